"""Speaker phrases: for a cue next to a quotation, the words that say who spoke
(:data:`SPEAKER_RULES`, the first answer wins), and the :class:`Attribution` they make.

Each rule looks at a small window of tokens next to the quotation and either returns an
answer or ``None``; none of them guesses past the sentence the quotation sits in.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from consumer.extraction import lexicon
from consumer.extraction.cue_finder import cue_at_end, find_cue
from consumer.extraction.lang import cues, headlines, particles, punctuation
from consumer.extraction.mentions import Classifier, Mention, classify_mention
from consumer.extraction.speaker_runs import MAX_SPEAKER_TOKENS, speaker_run
from consumer.extraction.text import Token
from consumer.extraction.windows import MAX_WINDOW

__all__ = [
    "NOBODY",
    "SPEAKER_RULES",
    "Attribution",
    "CueSite",
    "Found",
    "Nobody",
    "SpeakerRule",
    "agent_before_quote",
    "attribute_after",
    "attribute_before",
    "find_speaker",
    "genitive_noun",
    "quote_ending_reported_clause",
]

# '…': विधायक, "…" - मंत्री: a headline's speaker after its quotation.
_HEADLINE_SEPARATORS = punctuation.DASHES | {":"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue's code-point range and the speaker it names, if any."""

    cue_start: int
    cue_end: int
    speaker: Mention | None
    #: The rule that found the speaker (a name from :data:`SPEAKER_RULES`, or one of the
    #: fixed shapes: ``colon``, ``dash``, ``agent_before_quote``, ``pronoun_according_to``).
    rule: str | None = None


# Words between कि and a quotation that carries on the reported clause (कि उन्हें "…").
_WORDS_BEFORE_PARTIAL_QUOTE = 3


def attribute_before(window: list[Token], classify: Classifier | None = None) -> Attribution | None:
    """Attribution that ends right before the quote: ``मंत्री ने कहा, "…"``, ``मंत्री: "…"``."""
    classify = classify or classify_mention
    words = [t.text for t in window]
    cue = cue_at_end(words)
    if cue is not None:
        return _attribution(window, cue, classify)
    # डिसूज़ा ने कहा कि टीम शिविर लगाएगी, "…": reported speech that runs into the quote.
    if words and words[-1] in punctuation.TRAILERS:
        for i in range(len(words) - 2, 0, -1):
            if words[i] in lexicon.COMPLEMENTIZERS:
                cue = cue_at_end(words[:i])
                if cue is not None:
                    return _attribution(window, cue, classify)
                break
    if words and words[-1] == ":" and len(words) >= 2:
        speaker = speaker_run(window, len(window) - 1, classify)
        if speaker is not None and not _label_before_colon(window, speaker):
            return Attribution(window[-1].start, window[-1].end, speaker, "colon")
    return None


def _label_before_colon(window: list[Token], speaker: Mention) -> bool:
    """``Bigg Boss OTT 3 Exclusive: ‘…’``, ``इसे भी पढ़ें : ‘…’``, ``राजस्थान न्यूज़: ‘…’``: a
    page's kicker, link label or section before a colon, never a speaker (the quotation's
    speaker is then read after it: ``‘…’ सना मकबूल ने …``)."""
    words = [t.text for t in window if speaker.start <= t.start < speaker.end]
    if not words:
        return False
    return (
        words[-1] in headlines.MEDIA_WORDS
        or words[-1] in headlines.LINK_WORDS
        or any(ch.isdigit() for word in words for ch in word)
        or all(word.isascii() for word in words)
    )


def quote_ending_reported_clause(
    window: list[Token], classify: Classifier | None = None
) -> Attribution | None:
    """``आलिया ने कहा कि उन्हें "ऐसी फिल्म की उम्मीद नहीं थी"।``: the speaker's own words
    quoted at the end of a reported clause, a few words after its कि (the caller checks that
    the clause ends with the quotation: ``कि हमारी सरकार ‘…’ के संकल्प …`` names a scheme)."""
    classify = classify or classify_mention
    words = [t.text for t in window]
    for i in range(len(words) - 1, max(0, len(words) - 1 - _WORDS_BEFORE_PARTIAL_QUOTE), -1):
        if words[i] in punctuation.PUNCTUATION:
            return None
        if words[i] in lexicon.COMPLEMENTIZERS and i < len(words) - 1:
            cue = cue_at_end(words[:i])
            return _attribution(window, cue, classify) if cue is not None else None
    return None


def attribute_after(window: list[Token], classify: Classifier | None = None) -> Attribution | None:
    """Attribution after the quote: ``"…," मंत्री ने कहा।`` or headline style ``"…" - मंत्री``."""
    classify = classify or classify_mention
    if not window:
        return None
    if window[0].text in _HEADLINE_SEPARATORS and len(window) >= 2:
        end = 1
        while (
            end < len(window)
            and end <= MAX_SPEAKER_TOKENS
            and window[end].text not in punctuation.PUNCTUATION
        ):
            end += 1
        # A label ends where the headline does (a mark, or the end of the window); words
        # running on past MAX_SPEAKER_TOKENS are the article's text (‘…’: देश भर जारी
        # कोरोना कहर के बीच बीते 4 महीनों से …), not who spoke.
        runs_on = end < len(window) and window[end].text not in punctuation.PUNCTUATION
        if end > 1 and not runs_on:
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
        return speaker_run(self.window, end, self.classify, floor=floor) or NOBODY


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
    """उनका कहना है (उनका यह भी कहना है): a genitive pronoun is the speaker."""
    at = _genitive_before(site)
    if (
        at >= 0
        and site.first in lexicon.GENITIVE_CUE_NOUNS
        and site.words[at] in particles.GENITIVE_PRONOUNS
    ):
        return site.mention(at)
    return None


def genitive_before_cue(site: CueSite) -> Mention | Nobody | None:
    """सरपंच का कहना है (सरपंच का यह भी कहना है): the genitive marker sits just before the
    cue."""
    at = _genitive_before(site)
    if (
        at >= 0
        and site.words[at] in lexicon.GENITIVE_MARKERS
        and site.first in lexicon.GENITIVE_CUE_NOUNS
    ):
        return site.run(at)
    return None


# Words between a genitive and its speech noun: X का यह भी कहना है, X का भी मानना है.
_BETWEEN_GENITIVE_AND_NOUN = frozenset({"यह", "भी", "तो", "ही", "साफ"})


def _genitive_before(site: CueSite) -> int:
    """Index of the word before the cue, skipping up to two of ``यह भी``; -1 if none."""
    at = site.start - 1
    while at >= 0 and site.start - at <= 2 and site.words[at] in _BETWEEN_GENITIVE_AND_NOUN:
        at -= 1
    return at


def genitive_after_cue(site: CueSite) -> Mention | Nobody | None:
    """ "…" यह कहना है गांव के बुज़ुर्ग रामलाल का: the speaker follows, closed by a genitive."""
    words = site.words
    if site.first not in lexicon.GENITIVE_CUE_NOUNS or not (
        site.start == 0 or words[site.start - 1] in particles.DEMONSTRATIVES
    ):
        return None
    for i in range(site.end, min(len(words), site.end + MAX_WINDOW)):
        if words[i] in punctuation.PUNCTUATION:
            break
        if words[i] in lexicon.GENITIVE_MARKERS and (
            i + 1 == len(words) or words[i + 1] in punctuation.PUNCTUATION
        ):
            return site.run(i, floor=site.end)
    return None


def agent_marker(site: CueSite) -> Mention | Nobody | None:
    """मंत्री ने (पत्रकारों से) कहा: the nearest agent marker before the cue; with a passive
    cue also द्वारा (पुलिस द्वारा बताया गया कि …)."""
    words = site.words
    passive = site.end < len(words) and words[site.end] in lexicon.PASSIVE_MARKERS
    document = False  # … की ओर से जारी बयान में कहा गया: the document speaks (document_passive)
    for i in range(site.start - 1, -1, -1):
        # A quoted title inside the clause (… को "जुमला" बताया और कहा) is not a boundary; the
        # window itself ends at the marks of real quotations.
        if words[i] in punctuation.PUNCTUATION and words[i] not in punctuation.QUOTE_TOKENS:
            break
        if words[i] in particles.PRONOUNS_WITH_NE:
            return site.mention(i)
        if words[i] in lexicon.AGENT_MARKERS or (
            passive and words[i] in particles.PASSIVE_AGENT_MARKERS
        ):
            return site.run(i)
        document = document or words[i] in particles.LOCATIVE_MARKERS
        if passive and not document and _on_behalf_of(words, i):
            # इसरो की तरफ से (बयान जारी कर) कहा गया है कि …: who it was said for.
            return site.run(i - 2)
    return None


def _on_behalf_of(words: list[str], i: int) -> bool:
    """``words[i-2:i+1]`` is की ओर से / की तरफ से."""
    return (
        i >= 3
        and words[i] == "से"
        and words[i - 1] in particles.BEHALF_NOUNS
        and words[i - 2] in lexicon.GENITIVE_MARKERS
    )


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
        if words[i] in punctuation.PUNCTUATION:
            break
        if words[i] in particles.LOCATIVE_MARKERS:
            return site.run(i)
    return None


def _nominative(site: CueSite) -> bool:
    """X बोले, X कहते हैं: a cue whose subject stands before it without ने."""
    return (
        site.first in cues.NOMINATIVE_CUES
        and site.words[site.end - 1] != particles.HUE
        and site.start > 0
    )


def nominative_bracketed(site: CueSite) -> Mention | Nobody | None:
    """वे (कांग्रेस) कहते हैं कि …: a pronoun whose referent the writer adds in brackets; the
    words in brackets are the speaker."""
    if not _nominative(site) or site.start < 4 or site.words[site.start - 1] != ")":
        return None
    for i in range(site.start - 2, max(0, site.start - 6), -1):
        if site.words[i] == "(":
            if i == 0 or site.words[i - 1] not in lexicon.PRONOUNS or i + 1 == site.start - 1:
                return None
            return site.classify(site.window[i + 1 : site.start - 1])
    return None


def nominative_pronoun(site: CueSite) -> Mention | Nobody | None:
    """भावुक होकर वे बोले, वे बस इतना बोलीं: a pronoun close before the verb is the subject."""
    if not _nominative(site):
        return None
    for i in range(site.start - 1, max(-1, site.start - 4), -1):
        if site.words[i] in punctuation.PUNCTUATION:
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
    if verb >= 3 and words[verb - 1] == particles.HUE:
        verb -= 2  # टोनी सर मुस्कुराते हुए बोले: the subject stands before the participle
    elif verb >= 2 and words[verb - 1] in lexicon.PARTICIPLES:
        verb -= 1  # अम्मी हंसकर बोलीं
    if verb >= 2 and words[verb - 1] in lexicon.MANNER_OBJECTS:
        verb -= 1  # दादा ठहाका लगाकर कहते हैं: the participle's object is not the subject
    if words[verb - 1] in particles.ADVERBIAL_POSTPOSITIONS:
        return None
    if verb >= 2 and words[verb - 1] == ",":
        # … को लेकर उत्साहित है तृप्ति डिमरी, बोलीं-: a headline's subject after its verb,
        # right before the comma (a name only: a comma after other words ends a clause).
        named = speaker_run(site.window, verb - 1, site.classify)
        if isinstance(named, Mention) and named.kind == "person" and named.name:
            return named
    return speaker_run(site.window, verb, site.classify)


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
        if (
            words[i] in particles.COMPOUND_POSTPOSITIONS
            and words[i - 1] in lexicon.GENITIVE_MARKERS
        ):
            end = i - 2  # कपूर कार्यकर्ताओं के बीच बोले
            break
    return speaker_run(site.window, end, site.classify) if end > 0 else None


def participle_agent_after(site: CueSite) -> Mention | Nobody | None:
    """ "…," कहते हुए मंत्री ने …: a participle, then the agent after it."""
    if site.first not in cues.PARTICIPLE_CUES:
        return None
    words = site.words
    for i in range(site.end, len(words)):
        if words[i] in punctuation.PUNCTUATION:
            break
        if words[i] in particles.PRONOUNS_WITH_NE:
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
    nominative_bracketed,
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
    if last in particles.PRONOUNS_WITH_NE:
        return classify(window[-1:])
    if last in lexicon.AGENT_MARKERS:
        return speaker_run(window, len(window) - 1, classify)
    return None


def _subject_word(word: str) -> bool:
    return (
        word not in punctuation.PUNCTUATION
        and word not in lexicon.SPEAKER_STOPS
        and word not in lexicon.POSTPOSITIONS
        and word not in lexicon.PRONOUNS
        and word not in lexicon.AUXILIARIES
        and word not in lexicon.TITLES
        and all("\u0900" <= ch <= "\u097f" for ch in word)
    )


def genitive_noun(window: list[Token], classify: Classifier | None = None) -> Attribution | None:
    """``कांग्रेस नेता रमेश कुमार की टिप्पणी- …``, ``HC की तल्ख टिप्पणी- ‘…’``: a speech noun
    (at most one word after its genitive) naming its speaker in the genitive, right before
    the dash or colon that opens the speech (the window may end with that mark)."""
    classify = classify or classify_mention
    if window and (window[-1].text in _HEADLINE_SEPARATORS or window[-1].text == ","):
        window = window[:-1]
    if len(window) < 3 or window[-1].text not in lexicon.DASH_SPEECH_CUES:
        return None
    marker = len(window) - 2
    if window[marker].text not in lexicon.GENITIVE_MARKERS and marker >= 2:
        marker -= 1  # HC की तल्ख टिप्पणी: one adjective between
    if window[marker].text not in lexicon.GENITIVE_MARKERS:
        return None
    mention = speaker_run(window, marker, classify)
    if mention is None or mention.kind not in ("person", "role", "organization"):
        return None
    return Attribution(window[-1].start, window[-1].end, mention, "genitive_noun")
