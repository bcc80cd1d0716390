"""Cue and speaker rules: who said a quotation, and with which words.

Each rule looks at a small window of tokens next to the quotation and either returns an
answer or ``None``; none of them guesses past the sentence the quotation sits in.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from consumer.extraction import bodies, lexicon
from consumer.extraction.lang import cues, name_parts, organizations, particles, places, time_words
from consumer.extraction.text import WORD_CHAR, Token, tokenize
from consumer.records import SpeakerKind

__all__ = [
    "MAX_CLAUSE_WINDOW",
    "MAX_WINDOW",
    "Attribution",
    "Classifier",
    "Mention",
    "agent_before_quote",
    "attribute_after",
    "attribute_before",
    "classify_mention",
    "cue_at_end",
    "find_cue",
    "local_subject_mentions",
    "name_start",
    "oblique_plural",
    "subject_mentions",
    "trim_name",
    "window_after",
    "window_before",
]

_CUE_TOKENS: tuple[tuple[str, ...], ...] = tuple(
    sorted({tuple(c.split()) for c in lexicon.CUES}, key=len, reverse=True)
)
_PRIORITY = frozenset(tuple(c.split()) for c in lexicon.PRIORITY_CUES)
# The cues that begin with each word, longest first (a dictionary lookup per word instead of
# a comparison with every cue).
_CUES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(c for c in _CUE_TOKENS if c[0] == first) for first in {c[0] for c in _CUE_TOKENS}
}
_ERGATIVE_PRONOUNS = frozenset(p for p in lexicon.PRONOUNS if p.endswith("ने"))
_PUNCTUATION = frozenset(",;:!?।॥\"“”„‟«»＂'‘’()[]{}<>|—–-.") | {"''"}
_QUOTE_TOKENS = frozenset((*lexicon.DOUBLE_QUOTE_MARKS, *lexicon.SINGLE_QUOTE_MARKS))
_DASHES = frozenset({"-", "—", "–"})
# '…': विधायक, "…" - मंत्री: a headline's speaker after its quotation.
_HEADLINE_SEPARATORS = _DASHES | {":"}
_TRAILERS = frozenset({",", ":", "-", "—", "–"})
_GENITIVE_PRONOUNS = frozenset(
    p for p in lexicon.PRONOUNS if p[-1] in "ाीे" and p.startswith(("उन", "उस", "इन", "इस"))
)
_BRACKETS = frozenset("()")
# Words of the verb phrase that may follow a participle cue (… कहते हुए बैठक समाप्त की, "…").
_PARTICIPLE_TAIL = 4
#: Tokens read before a quote for its attribution.
MAX_WINDOW = 16
#: How far back a reported clause may run into a quote (X ने कहा कि <long clause>, "…").
MAX_CLAUSE_WINDOW = 64
_MAX_SPEAKER_TOKENS = 8
_SUBJECT_MARKERS = lexicon.AGENT_MARKERS | _ERGATIVE_PRONOUNS
# A ने marker or an ergative pronoun as a whole token (an ergative pronoun may carry a final
# "." that tokenize() splits off; "ने." is kept whole as an abbreviation-like short word).
_SUBJECT_MARKER = re.compile(
    rf"(?<!{WORD_CHAR})(?:(?:"
    + "|".join(re.escape(m) for m in sorted(lexicon.AGENT_MARKERS, key=len, reverse=True))
    + ")|(?:"
    + "|".join(re.escape(p) for p in sorted(_ERGATIVE_PRONOUNS, key=len, reverse=True))
    + rf"))\.?(?!{WORD_CHAR})"
)
_SPACE = re.compile(r"\s")
# Characters read back from a ने marker: comfortably more than _MAX_SPEAKER_TOKENS words.
_LOCAL_CHARS = 160


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention: its code-point range, what kind of thing it names, and the name."""

    start: int
    end: int
    kind: SpeakerKind
    name: str | None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue's code-point range and the speaker it names, if any."""

    cue_start: int
    cue_end: int
    speaker: Mention | None
    #: The rule that found the speaker (a name from :data:`SPEAKER_RULES`, or one of the
    #: fixed shapes: ``colon``, ``dash``, ``agent_before_quote``, ``pronoun_according_to``).
    rule: str | None = None


#: Turns the tokens of a speaker phrase into a Mention. The rules-only classifier is
#: :func:`classify_mention`; the extractor swaps in one that also uses the NER model.
Classifier = Callable[[list[Token]], Mention]


def find_cue(words: list[str], *, last: bool = False) -> tuple[int, int] | None:
    """Token range of the first (or last) cue: ``[मंत्री, ने, कहा]`` -> (2, 3).

    A priority cue (के हवाले से) wins wherever it is. Bails out on hearsay (कहा जाता है,
    माना जा रहा है) and on ``X को Y बताया`` (described X as Y).
    """
    found: tuple[int, int] | None = None
    for i in [i for i, word in enumerate(words) if word in _CUES_BY_FIRST_WORD]:
        for cue in _CUES_BY_FIRST_WORD[words[i]]:
            end = i + len(cue)
            if tuple(words[i:end]) != cue:
                continue
            if end < len(words) and words[end] in lexicon.CUE_BLOCKERS:
                break
            if _describes(words, i, cue):
                break
            if cue in _PRIORITY:
                return (i, end)
            found = (i, end)
            if not last:
                # Keep looking only for a priority cue later in the clause.
                rest = find_cue(words[end:], last=True) if _has_priority(words[end:]) else None
                return (rest[0] + end, rest[1] + end) if rest else found
            break
    return found


def _has_priority(words: list[str]) -> bool:
    return any(tuple(words[i : i + len(c)]) == c for c in _PRIORITY for i in range(len(words)))


def _describes(words: list[str], i: int, cue: tuple[str, ...]) -> bool:
    """``उन्होंने फैसले को ऐतिहासिक बताया``: a को object, then a one- or two-word predicate.

    Not ``मंगलवार को विधानसभा में बताया`` (a time word before को, a postposition after it).
    """
    if len(cue) != 1 or cue[0] not in lexicon.DESCRIBE_VERBS:
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j]
        if word in _PUNCTUATION or word == "ने" or word in _ERGATIVE_PRONOUNS:
            return False
        if word == "को":
            predicate = words[j + 1 : i]
            return (
                0 < len(predicate) <= 2
                and not any(
                    w in lexicon.POSTPOSITIONS or w in lexicon.AUXILIARIES for w in predicate
                )
                # यात्रियों को एसएमएस भेजकर कहा: a verb in -कर, not a description.
                and not any(w.endswith("कर") and len(w) > 3 for w in predicate)
                and (j == 0 or words[j - 1] not in lexicon.TIME_WORDS)
            )
    return False


def attribute_before(window: list[Token], classify: Classifier | None = None) -> Attribution | None:
    """Attribution that ends right before the quote: ``मंत्री ने कहा, "…"``, ``मंत्री: "…"``."""
    classify = classify or classify_mention
    words = [t.text for t in window]
    cue = cue_at_end(words)
    if cue is not None:
        return _attribution(window, cue, classify)
    # डिसूज़ा ने कहा कि टीम शिविर लगाएगी, "…": reported speech that runs into the quote.
    if words and words[-1] in _TRAILERS:
        for i in range(len(words) - 2, 0, -1):
            if words[i] in lexicon.COMPLEMENTIZERS:
                cue = cue_at_end(words[:i])
                if cue is not None:
                    return _attribution(window, cue, classify)
                break
    if words and words[-1] == ":" and len(words) >= 2:
        speaker = _speaker_run(window, len(window) - 1, classify)
        if speaker is not None:
            return Attribution(window[-1].start, window[-1].end, speaker, "colon")
    return None


def cue_at_end(words: list[str]) -> tuple[int, int] | None:
    """A cue that closes the clause, allowing trailing ``, : - कि`` and auxiliaries:
    ``मंत्री ने कहा है कि`` -> the range of कहा; ``X का कहना है,`` -> the range of कहना है."""
    end = len(words)
    while end > 0 and (words[end - 1] in _TRAILERS or words[end - 1] in lexicon.COMPLEMENTIZERS):
        end -= 1
    bare = end
    while bare > 0 and words[bare - 1] in lexicon.AUXILIARIES:
        bare -= 1
    cue = find_cue(words[:end], last=True)
    if cue is None:
        return None
    if cue[1] >= bare or _priority_then_verb(words, cue, bare):
        return cue
    if (
        words[cue[1] - 1] == "हुए"
        and words[cue[0]] in cues.PARTICIPLE_CUES
        and bare - cue[1] <= _PARTICIPLE_TAIL
        and not any(w in _PUNCTUATION for w in words[cue[1] : bare])
    ):
        # जिलाधिकारी ने यह कहते हुए बैठक समाप्त की, "…": the participle, then what was done.
        return cue
    return None


def _priority_then_verb(words: list[str], cue: tuple[int, int], end: int) -> bool:
    """``X के हवाले से कहा, "…"``: the priority cue, then the reporting verb at the end."""
    return tuple(words[cue[0] : cue[1]]) in _PRIORITY and find_cue(words[cue[1] : end]) is not None


def attribute_after(window: list[Token], classify: Classifier | None = None) -> Attribution | None:
    """Attribution after the quote: ``"…," मंत्री ने कहा।`` or headline style ``"…" - मंत्री``."""
    classify = classify or classify_mention
    if not window:
        return None
    if window[0].text in _HEADLINE_SEPARATORS and len(window) >= 2:
        end = 1
        while (
            end < len(window)
            and end <= _MAX_SPEAKER_TOKENS
            and window[end].text not in _PUNCTUATION
        ):
            end += 1
        if end > 1:
            return Attribution(window[0].start, window[0].end, classify(window[1:end]), "dash")
    words = [t.text for t in window]
    cue = find_cue(words)
    if cue is None:
        return None
    # "…।" उन्होंने कहा कि …: a new sentence of reported speech, not this quote's attribution.
    if cue[1] < len(words) and words[cue[1]] in lexicon.COMPLEMENTIZERS:
        return None
    return _attribution(window, cue, classify)


def _attribution(window: list[Token], cue: tuple[int, int], classify: Classifier) -> Attribution:
    first, last = window[cue[0]], window[cue[1] - 1]
    found = find_speaker(CueSite(window, [t.text for t in window], cue[0], cue[1], classify))
    return Attribution(first.start, last.end, found.mention, found.rule)


class Nobody(enum.Enum):
    """A speaker rule's answer that the speaker's place is empty: no later rule is asked."""

    NOBODY = "nobody"


NOBODY = Nobody.NOBODY


@dataclass(frozen=True, slots=True)
class CueSite:
    """A cue in its window of tokens: what every speaker-finding rule reads."""

    window: list[Token]
    words: list[str]
    start: int  # token range of the cue
    end: int
    classify: Classifier

    @property
    def first(self) -> str:
        return self.words[self.start]

    def mention(self, at: int) -> Mention:
        """The one-token mention at ``at`` (a pronoun)."""
        return self.classify(self.window[at : at + 1])

    def run(self, end: int, *, floor: int = 0) -> Mention | Nobody:
        """The speaker phrase ending before ``end``; nobody if no word stands there."""
        return _speaker_run(self.window, end, self.classify, floor=floor) or NOBODY


class Found(NamedTuple):
    """A speaker mention (None: nobody) and the rule that found it (None: no rule did)."""

    mention: Mention | None
    rule: str | None


SpeakerRule = Callable[[CueSite], "Mention | Nobody | None"]


def find_speaker(site: CueSite) -> Found:
    """The speaker phrase for a cue, reading within its window: the first rule of
    :data:`SPEAKER_RULES` that answers wins."""
    for rule in SPEAKER_RULES:
        answer = rule(site)
        if answer is not None:
            return Found(None if answer is NOBODY else answer, rule.__name__)
    return Found(None, None)


def genitive_cue(site: CueSite) -> Mention | Nobody | None:
    """मंत्री के अनुसार, X के हवाले से: the cue begins with the genitive marker itself."""
    return site.run(site.start) if site.first in lexicon.GENITIVE_MARKERS else None


def genitive_pronoun(site: CueSite) -> Mention | Nobody | None:
    """उनका कहना है: a genitive pronoun is the speaker."""
    if (
        site.start >= 1
        and site.first in lexicon.GENITIVE_CUE_NOUNS
        and site.words[site.start - 1] in _GENITIVE_PRONOUNS
    ):
        return site.mention(site.start - 1)
    return None


def genitive_before_cue(site: CueSite) -> Mention | Nobody | None:
    """सरपंच का कहना है: the genitive marker sits just before the cue."""
    if (
        site.start >= 1
        and site.words[site.start - 1] in lexicon.GENITIVE_MARKERS
        and site.first in lexicon.GENITIVE_CUE_NOUNS
    ):
        return site.run(site.start - 1)
    return None


def genitive_after_cue(site: CueSite) -> Mention | Nobody | None:
    """ "…" यह कहना है गांव के बुज़ुर्ग रामलाल का: the speaker follows, closed by a genitive."""
    words = site.words
    if site.first not in lexicon.GENITIVE_CUE_NOUNS or not (
        site.start == 0 or words[site.start - 1] in particles.DEMONSTRATIVES
    ):
        return None
    for i in range(site.end, min(len(words), site.end + MAX_WINDOW)):
        if words[i] in _PUNCTUATION:
            break
        if words[i] in lexicon.GENITIVE_MARKERS and (
            i + 1 == len(words) or words[i + 1] in _PUNCTUATION
        ):
            return site.run(i, floor=site.end)
    return None


def agent_marker(site: CueSite) -> Mention | Nobody | None:
    """मंत्री ने (पत्रकारों से) कहा: the nearest agent marker before the cue; with a passive
    cue also द्वारा (पुलिस द्वारा बताया गया कि …)."""
    words = site.words
    passive = site.end < len(words) and words[site.end] in lexicon.PASSIVE_MARKERS
    for i in range(site.start - 1, -1, -1):
        # A quoted title inside the clause (… को "जुमला" बताया और कहा) is not a boundary; the
        # window itself ends at the marks of real quotations.
        if words[i] in _PUNCTUATION and words[i] not in _QUOTE_TOKENS:
            break
        if words[i] in _ERGATIVE_PRONOUNS:
            return site.mention(i)
        if words[i] in lexicon.AGENT_MARKERS or (passive and words[i] in particles.PASSIVE_AGENT_MARKERS):
            return site.run(i)
    return None


def document_passive(site: CueSite) -> Mention | Nobody | None:
    """रिपोर्ट में कहा गया है: a passive cue; the document before में speaks (so does one in
    which something is written: पत्र में लिखा है)."""
    words = site.words
    if site.end >= len(words) or not (
        words[site.end] in lexicon.PASSIVE_MARKERS
        or (site.first.startswith(cues.WRITING_STEM) and words[site.end] in lexicon.AUXILIARIES)
    ):
        return None
    for i in range(site.start - 1, -1, -1):
        if words[i] in _PUNCTUATION:
            break
        if words[i] in particles.LOCATIVE_MARKERS:
            return site.run(i)
    return None


def _nominative(site: CueSite) -> bool:
    """X बोले, X कहते हैं: a cue whose subject stands before it without ने."""
    return site.first in cues.NOMINATIVE_CUES and site.words[site.end - 1] != "हुए" and site.start > 0


def nominative_pronoun(site: CueSite) -> Mention | Nobody | None:
    """भावुक होकर वे बोले, वे बस इतना बोलीं: a pronoun close before the verb is the subject."""
    if not _nominative(site):
        return None
    for i in range(site.start - 1, max(-1, site.start - 4), -1):
        if site.words[i] in _PUNCTUATION:
            break
        if site.words[i] in lexicon.PRONOUNS:
            return site.mention(i)
    return None


def nominative_subject(site: CueSite) -> Mention | Nobody | None:
    """सम्मान की खबर मिलने पर पार्वती देवी बोलीं: with the adverbial phrases in front, the
    subject stands right before the verb."""
    if not _nominative(site):
        return None
    words = site.words
    verb = site.start
    while verb >= 2 and words[verb - 1] in particles.ADVERBS_BEFORE_VERB:
        verb -= 1  # प्रो. अनिल भार्गव ठीक ही कहते हैं
    if verb >= 3 and words[verb - 1] == "हुए":
        verb -= 2  # टोनी सर मुस्कुराते हुए बोले: the subject stands before the participle
    elif verb >= 2 and words[verb - 1] in lexicon.PARTICIPLES:
        verb -= 1  # अम्मी हंसकर बोलीं
    if verb >= 2 and words[verb - 1] in lexicon.MANNER_OBJECTS:
        verb -= 1  # दादा ठहाका लगाकर कहते हैं: the participle's object is not the subject
    if words[verb - 1] in particles.ADVERBIAL_POSTPOSITIONS:
        return None
    return _speaker_run(site.window, verb, site.classify)


def nominative_before_place(site: CueSite) -> Mention | Nobody | None:
    """करण वशिष्ठ मुंबई में पत्रकारों से बोले: the subject ends before the first place or
    addressee phrase (a noun followed by में/से/को/पर)."""
    if not _nominative(site):
        return None
    words = site.words
    end = site.start
    for i in range(1, site.start):
        if words[i] in particles.ADVERBIAL_POSTPOSITIONS:
            end = i - 1
            break
        if words[i] in particles.COMPOUND_POSTPOSITIONS and words[i - 1] in lexicon.GENITIVE_MARKERS:
            end = i - 2  # कपूर कार्यकर्ताओं के बीच बोले
            break
    return _speaker_run(site.window, end, site.classify) if end > 0 else None


def participle_agent_after(site: CueSite) -> Mention | Nobody | None:
    """ "…," कहते हुए मंत्री ने …: a participle, then the agent after it."""
    if site.first not in cues.PARTICIPLE_CUES:
        return None
    words = site.words
    for i in range(site.end, len(words)):
        if words[i] in _PUNCTUATION:
            break
        if words[i] in _ERGATIVE_PRONOUNS:
            return site.mention(i)
        if words[i] in lexicon.AGENT_MARKERS:
            return site.run(i, floor=site.end)
    return None


def participle_subject_after(site: CueSite) -> Mention | Nobody | None:
    """ "…," कहते हुए अमर भावुक हो गए: no agent, the subject follows the participle: titles,
    then one name word (the article's fuller form is found later)."""
    if site.first not in cues.PARTICIPLE_CUES:
        return None
    words = site.words
    end = site.end
    while end < len(words) and end - site.end < 3 and words[end] in lexicon.TITLES:
        end += 1
    if end < len(words) and _subject_word(words[end]):
        return site.classify(site.window[site.end : end + 1])
    return None


#: Finding the speaker phrase of a cue, in order: the first rule that answers wins.
SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    genitive_cue,
    genitive_pronoun,
    genitive_before_cue,
    genitive_after_cue,
    agent_marker,
    document_passive,
    nominative_pronoun,
    nominative_subject,
    nominative_before_place,
    participle_agent_after,
    participle_subject_after,
)


def agent_before_quote(window: list[Token], classify: Classifier | None = None) -> Mention | None:
    """``यादव ने "…" कहकर …``: a ने phrase (or उन्होंने) right before the opening mark."""
    classify = classify or classify_mention
    if not window:
        return None
    last = window[-1].text
    if last in _ERGATIVE_PRONOUNS:
        return classify(window[-1:])
    if last in lexicon.AGENT_MARKERS:
        return _speaker_run(window, len(window) - 1, classify)
    return None


def _subject_word(word: str) -> bool:
    return (
        word not in _PUNCTUATION
        and word not in lexicon.SPEAKER_STOPS
        and word not in lexicon.POSTPOSITIONS
        and word not in lexicon.PRONOUNS
        and word not in lexicon.AUXILIARIES
        and word not in lexicon.TITLES
        and all("\u0900" <= ch <= "\u097f" for ch in word)
    )


def _speaker_run(
    window: list[Token], end: int, classify: Classifier, *, floor: int = 0
) -> Mention | None:
    """The run of name-like tokens ending just before index ``end`` (not before ``floor``)."""
    end = _before_latin_bracket(window, end, floor)
    start = end
    while True:
        start = _run_start(window, start, end, floor)
        # पुलिस उपायुक्त (पश्चिम) विजय लक्ष्मी रावत: a bracket after an office is read through.
        opening = _bracket_before(window, start, floor)
        if opening is None or end - opening >= _MAX_SPEAKER_TOKENS:
            break
        start = opening
    # A run never begins with a bare genitive marker.
    while start < end and window[start].text in lexicon.GENITIVE_MARKERS:
        start += 1
    if start == end:
        return None
    return classify(window[start:end])


def _before_latin_bracket(window: list[Token], end: int, floor: int) -> int:
    """``मुख्यमंत्री रमेश साहू (CM Sahu) ने``: a name's Latin form in brackets after it is the
    same person; the run ends before the bracket."""
    if end - 1 <= floor or window[end - 1].text != ")":
        return end
    for i in range(end - 2, max(floor, end - 6) - 1, -1):
        if window[i].text == "(":
            inside = window[i + 1 : end - 1]
            latin = inside and all(t.text.isascii() for t in inside)
            return i if latin and i > floor else end
    return end


def _bracket_before(window: list[Token], start: int, floor: int) -> int | None:
    """Index of the "(" of a short bracket that closes right before ``start``, if the word
    before the bracket is a title (an office qualified by a place or a short form)."""
    if start - 1 <= floor or window[start - 1].text != ")":
        return None
    for i in range(start - 2, max(floor, start - 6) - 1, -1):
        if window[i].text == "(":
            return i if i > floor and window[i - 1].text in lexicon.TITLES else None
    return None


def _run_start(window: list[Token], start: int, end: int, floor: int) -> int:
    while (
        start > floor
        and end - start < _MAX_SPEAKER_TOKENS
        and window[start - 1].text not in lexicon.SPEAKER_STOPS
        and window[start - 1].text not in _PUNCTUATION
        and window[start - 1].text not in lexicon.PARTICIPLES
        # लौटीं, बनीं, थीं: a verb ends the phrase (no name ends in -ीं; उन्हीं is a pronoun).
        and not (
            window[start - 1].text.endswith("ीं") and window[start - 1].text not in lexicon.PRONOUNS
        )
        # पिछले साल नीति आयोग …: a time adverbial opens the sentence (not 58 साल के मल्लाह)
        and not (
            window[start - 1].text in time_words.YEAR_WORDS
            and start >= 2
            and window[start - 2].text in time_words.TIME_DETERMINERS
        )
    ):
        start -= 1
    return start


def classify_mention(tokens: list[Token]) -> Mention:
    """Rules only: pronoun, organisation, document, bare role, or a person's name; the first
    rule of :data:`MENTION_RULES` that answers wins.

    Titles and roles come before the name and are dropped from it
    (आपदा प्रबंधन मंत्री सुरेश तिवारी -> सुरेश तिवारी); honorifics after it too (खान साहब -> खान).
    """
    return classify_with_rule(tokens)[0]


def classify_with_rule(tokens: list[Token]) -> tuple[Mention, str]:
    """:func:`classify_mention` and the name of the rule that answered."""
    phrase = Phrase(tokens, [t.text for t in tokens])
    for rule in MENTION_RULES:
        mention = rule(phrase)
        if mention is not None:
            return mention, rule.__name__
    raise AssertionError("person answers every phrase")  # pragma: no cover


@dataclass(slots=True)
class Phrase:
    """A speaker phrase being classified: its tokens and their words."""

    tokens: list[Token]
    words: list[str]
    _split: tuple[int, list[str], str | None] | None = None

    def mention(self, kind: SpeakerKind, name: str | None, role: str | None = None) -> Mention:
        return Mention(self.tokens[0].start, self.tokens[-1].end, kind, name, role)

    def split(self) -> tuple[int, list[str], str | None]:
        """Where the name begins, its words (without honorifics after it), and the role
        words before it (without genitives, brackets and indefinites)."""
        if self._split is None:
            words = self.words
            first = name_start(words)
            if ")" in words[first:]:
                # पुलिस उपायुक्त (पश्चिम) विजय लक्ष्मी रावत: the bracket qualifies the office.
                first = len(words) - words[::-1].index(")")
            name_words = words[first:]
            while name_words and name_words[-1] in lexicon.HONORIFIC_SUFFIXES:
                name_words = name_words[:-1]
            role = (
                " ".join(
                    w
                    for w in words[:first]
                    if w not in lexicon.GENITIVE_MARKERS
                    and w not in _BRACKETS
                    and w not in lexicon.INDEFINITES
                )
                or None
            )
            self._split = (first, name_words, role)
        return self._split


def pronoun(phrase: Phrase) -> Mention | None:
    """उन्होंने, वह, इनका: a pronoun alone."""
    words = phrase.words
    if len(words) == 1 and words[0] in lexicon.PRONOUNS:
        return phrase.mention("pronoun", None)
    return None


def document_phrase(phrase: Phrase) -> Mention | None:
    """राज्य पोषण मिशन की ताज़ा रिपोर्ट: the document speaks for the body that issued it
    (अंतरराष्ट्रीय संस्था ग्रीनअर्थ की रिपोर्ट: the body, without what it is)."""
    words = phrase.words
    if words[-1] not in lexicon.DOCUMENT_HEADS:
        return None
    marker = _last_genitive(words)
    issuer = " ".join(organization_name(words[:marker])) if marker > 0 else None
    return phrase.mention("document", issuer)


def place(phrase: Phrase) -> Mention | None:
    """महाराष्ट्र ने केरल को हराया, चीन ने कहा: a government or a team, not a person."""
    joined = " ".join(phrase.words)
    return phrase.mention("organization", joined) if joined in bodies.PLACES else None


def single_judge_bench(phrase: Phrase) -> Mention | None:
    """न्यायमूर्ति शैलजा मेहरोत्रा की एकल पीठ ने कहा: a one-judge bench speaks as its judge."""
    words = phrase.words
    if (
        words[-1] in organizations.BENCH_WORDS
        and len(words) > 2
        and (words[-2] in organizations.SINGLE_WORDS or words[-2] in lexicon.GENITIVE_MARKERS)
    ):
        return _single_judge(phrase.tokens)
    return None


def organization_phrase(phrase: Phrase) -> Mention | None:
    """राज्य सरकार, संसद की कृषि संबंधी स्थायी समिति: a body (not सुधा निगम, a surname)."""
    words = phrase.words
    if words[-1] in lexicon.ORGANIZATION_HEADS and not surname_like_head(words):
        return phrase.mention("organization", " ".join(organization_name(words)))
    return None


def unnamed(phrase: Phrase) -> Mention | None:
    """एक अधिकारी, सम्मेलन के एक आयोजक, गांव वालों, सूत्रों: an unnamed person or group,
    never resolved to anyone (but ढिल्लों after सिंह, सेखों after कौर are surnames)."""
    first, name_words, _ = phrase.split()
    words = phrase.words
    tail = words[_last_genitive(words) + 1 :]
    named_after_indefinite = (
        # एक चश्मदीद रमेश यादव, बैंक के एक कर्मचारी सुनील कुमार: a known role after the
        # indefinite, then a full name (one word may be a common noun: एक स्थानीय राजा).
        len(name_words) >= 2
        and first > 0
        and not any(w in lexicon.INDEFINITES for w in name_words)
        and not oblique_plural(name_words[-1])
    )
    if (any(w in lexicon.INDEFINITES for w in tail) and not named_after_indefinite) or (
        name_words
        and oblique_plural(name_words[-1])
        and not (len(name_words) >= 2 and name_words[-2] in lexicon.MIDDLE_NAMES)
    ):
        return phrase.mention("role", None, None)
    return None


def bare_role(phrase: Phrase) -> Mention | None:
    """प्रवक्ता ने कहा, जिलाधिकारी ने कहा: a role with no name after it."""
    _, name_words, role = phrase.split()
    if name_words:
        return None
    return phrase.mention("role", None, role or " ".join(phrase.words))


def person_name(phrase: Phrase) -> Mention | None:
    """गृह मंत्री अरुण कुमार सिन्हा: a person's name after titles and roles (with no known
    title before it, unknown role words may lead it: चश्मदीद मोहन थापा)."""
    first, name_words, role = phrase.split()
    if first == 0 or len(name_words) > 4:
        name_words = trim_name(name_words)
    return phrase.mention("person", " ".join(name_words), role)


#: Classifying a speaker phrase, in order: the first rule that answers wins.
MENTION_RULES: tuple[Callable[[Phrase], Mention | None], ...] = (
    pronoun,
    document_phrase,
    place,
    single_judge_bench,
    organization_phrase,
    unnamed,
    bare_role,
    person_name,
)


def _last_genitive(words: list[str]) -> int:
    """Index of the last genitive marker; -1 if none."""
    return max((i for i, w in enumerate(words) if w in lexicon.GENITIVE_MARKERS), default=-1)


def organization_name(words: list[str]) -> list[str]:
    """The body's name in its phrase: after a genitive (संसद की | कृषि संबंधी स्थायी समिति)
    or a generic word for a body (प्रमुख विपक्षी पार्टी | उत्कल जनता दल)."""
    cut = 0
    while cut < len(words) - 2 and words[cut] in organizations.PARTY_DESCRIPTORS:
        cut += 1  # सत्तारूढ़ जनकल्याण मोर्चा: the party is जनकल्याण मोर्चा
    for i, word in enumerate(words[:-1]):
        if (word in lexicon.GENITIVE_MARKERS and i + 3 < len(words)) or (
            word in organizations.GENERIC_BODIES
            and (
                i + 2 < len(words)
                # स्वयंसेवी संस्था प्रथम, रेटिंग एजेंसी क्रेडिटलाइन: a one-word name after it
                # (not पार्टी कार्यालय: an office of the party)
                or (
                    words[i + 1] not in lexicon.ORGANIZATION_HEADS
                    and words[i + 1] not in lexicon.TITLES
                )
            )
        ):
            # (संयुक्त राष्ट्र की शरणार्थी एजेंसी: two words after a genitive describe a body
            # of the first, they do not name it.)
            cut = i + 1
    return words[cut:]


def _single_judge(tokens: list[Token]) -> Mention | None:
    """The judge of ``<title> <name> की (एकल) पीठ``, if one person is named before the
    genitive (a division bench, खंडपीठ, or two judges, ``… और …``, are a body)."""
    words = [t.text for t in tokens]
    marker = max((i for i, w in enumerate(words) if w in lexicon.GENITIVE_MARKERS), default=-1)
    if marker < 2 or "और" in words[:marker] or words[0] not in lexicon.TITLES:
        return None
    judge = classify_mention(tokens[:marker])
    if judge.kind != "person" or not judge.name:
        return None
    return Mention(tokens[0].start, tokens[-1].end, "person", judge.name, judge.role)


def surname_like_head(words: list[str]) -> bool:
    """अजीत कुमार मंडल, नेता प्रतिपक्ष सुधा निगम: a person whose surname is also a word for a
    body (after a middle name, or after a title with a name between)."""
    if len(words) < 2:
        return False
    if words[-2] in lexicon.MIDDLE_NAMES:
        return True
    return (
        words[-1] in name_parts.SURNAME_HEADS
        and words[-2] not in lexicon.TITLES
        and any(w in lexicon.TITLES and w not in places.PLACE_WORDS for w in words[:-2])
    )


def oblique_plural(word: str) -> bool:
    """Oblique plurals (सूत्रों, किसानों, वालों, पत्रकारों) name groups, not people, and end a
    name rather than belong to it."""
    return word.endswith(("ों", "ओं")) and len(word) > 3


def trim_name(words: list[str]) -> list[str]:
    """The words of a personal name at the end of a phrase: two by default (given name and
    surname), three or four when the middle words are middle names or initials
    (हरजीत सिंह सोढ़ी, के. एस. नेगी). Unknown role words before that are left out."""
    keep = min(2, len(words))
    while keep < min(4, len(words)):
        inner = words[-keep]
        before = words[-keep - 1]
        if (
            inner in lexicon.MIDDLE_NAMES
            or _initial(inner)
            or _initial(before)
            or before in lexicon.NAME_PREFIXES
        ):
            keep += 1
        else:
            break
    return words[-keep:]


def _initial(word: str) -> bool:
    return word.endswith(".") and len(word) <= 4


def name_start(words: list[str]) -> int:
    """Index of the first word of the name: the word after the last title, role or genitive."""
    last = max(
        (
            i
            for i, w in enumerate(words)
            if (w in lexicon.TITLES and not _middle_name_after_name(words, i))
            or w in lexicon.GENITIVE_MARKERS
        ),
        default=-1,
    )
    return last + 1


def _middle_name_after_name(words: list[str], index: int) -> bool:
    """कुमारी is a title before a name (कुमारी सुनीता) but a name after a given name
    (सेविका सुनैना कुमारी)."""
    before = words[index - 1] if index > 0 else ""
    return (
        words[index] in lexicon.MIDDLE_NAMES
        and bool(before)
        and before not in lexicon.TITLES
        and before not in lexicon.GENITIVE_MARKERS
    )


def subject_mentions(tokens: list[Token], classify: Classifier | None = None) -> list[Mention]:
    """Every ``X ने`` agent phrase in a paragraph, in order: the candidates that a later
    उन्होंने or surname refers back to."""
    classify = classify or classify_mention
    found: list[Mention] = []
    for i in [i for i, token in enumerate(tokens) if token.text in _SUBJECT_MARKERS]:
        mention = _subject_at(tokens, i, classify)
        if mention is not None:
            found.append(mention)
    return found


def local_subject_mentions(
    text: str, start: int, end: int, classify: Classifier | None = None
) -> list[Mention]:
    """:func:`subject_mentions` of ``text[start:end]`` without tokenizing all of it: a regular
    expression finds the ने markers and only the few words before each are tokenized."""
    classify = classify or classify_mention
    found: list[Mention] = []
    for match in _SUBJECT_MARKER.finditer(text, start, end):
        marker_start = match.start()
        # Words never contain whitespace, so tokens read from just after a space are the
        # paragraph's own tokens; read far enough back for the longest speaker run.
        window_start = start
        if marker_start - start > _LOCAL_CHARS:
            space = _SPACE.search(text, marker_start - _LOCAL_CHARS, marker_start)
            window_start = space.end() if space else start
        tokens = tokenize(text, window_start, match.end())
        if len(tokens) <= _MAX_SPEAKER_TOKENS + 2 and window_start > start:
            tokens = tokenize(text, start, match.end())
        if tokens and tokens[-1].text == "." and tokens[-1].start != marker_start:
            tokens.pop()  # उन्होंने. : the sentence's full stop, split off by tokenize()
        if not tokens or tokens[-1].start != marker_start:
            continue
        mention = _subject_at(tokens, len(tokens) - 1, classify)
        if mention is not None:
            found.append(mention)
    return found


def _subject_at(tokens: list[Token], i: int, classify: Classifier) -> Mention | None:
    if tokens[i].text in lexicon.AGENT_MARKERS:
        return _speaker_run(tokens, i, classify)
    return classify(tokens[i : i + 1])


def window_before(
    tokens: list[Token],
    offset: int,
    limit: int = MAX_WINDOW,
    quote_marks: set[int] | None = None,
) -> list[Token]:
    """Tokens before ``offset`` back to the previous sentence end or quote mark (at most
    ``limit`` of them). With ``quote_marks`` (offsets), only those marks stop the window: a
    quoted title inside the clause (X ने योजना को "जुमला" बताया और कहा कि) does not."""
    i = _index_at(tokens, offset)
    start = i
    while start > 0 and i - start < limit:
        previous = tokens[start - 1]
        if previous.text in lexicon.SENTENCE_END:
            break
        if previous.text in _QUOTE_TOKENS and (
            quote_marks is None or previous.start in quote_marks
        ):
            break
        start -= 1
    return tokens[start:i]


def window_after(tokens: list[Token], offset: int) -> list[Token]:
    """Tokens from ``offset`` to the next sentence end or quote mark (a long sentence such as
    ``यह बात … ने रविवार को गांव में … कही`` may put the cue far from the quote)."""
    i = _index_at(tokens, offset)
    end = i
    while end < len(tokens) and end - i < 2 * MAX_WINDOW:
        current = tokens[end].text
        if current in lexicon.SENTENCE_END or current in _QUOTE_TOKENS:
            break
        end += 1
    return tokens[i:end]


def _index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search)."""
    low, high = 0, len(tokens)
    while low < high:
        mid = (low + high) // 2
        if tokens[mid].start < offset:
            low = mid + 1
        else:
            high = mid
    return low
