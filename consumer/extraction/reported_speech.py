"""Reported speech: ``X ने कहा कि …``, ``X के अनुसार, …`` and ``X ने बताया …`` without कि; where
the reported clause opens, who reports it, where it ends, and the quote it makes."""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from consumer.extraction import lexicon
from consumer.extraction.attribution import Attribution, attribute_before
from consumer.extraction.confidence import confidence
from consumer.extraction.cue_finder import cue_at_end
from consumer.extraction.lang import cues, particles, punctuation, roles
from consumer.extraction.mentions import Classifier, Mention
from consumer.extraction.quote_builder import build_quote, cue_of, evidence_of
from consumer.extraction.quotes import QuoteSpan, inside_spans
from consumer.extraction.resolution_case import Context
from consumer.extraction.speaker_resolution import resolve
from consumer.extraction.speaker_runs import speaker_run
from consumer.extraction.subjects import subject_mentions
from consumer.extraction.text import WORD_CHAR, Token
from consumer.extraction.windows import MAX_CLAUSE_WINDOW, window_before
from consumer.records import Quote

__all__ = ["INDIRECT_TRIGGER", "Reported", "reported_clauses", "reported_quote"]

# Words from a contrast conjunction to the कि of the cue that follows it (लेकिन, मैं कहता हूं कि).
_CONTRAST_REACH = 5
# Words of a place or topic phrase before a cue whose subject is dropped (वहीं गठबंधन पर बोले).
_TOPIC_WORDS = 3
# Words of a participle phrase before such a cue (बीजेपी पर जोरदार हमला करते हुए कहा कि).
_PARTICIPLE_WORDS = 7
_ACCORDING_TO = tuple(tuple(c.split()) for c in lexicon.ACCORDING_TO)


_ACCORDING_TO_WORDS = frozenset(c[-1] for c in _ACCORDING_TO)

#: ``X का कहना है <clause>``: a speech noun in the genitive and its copula, without कि.
_SPEECH_NOUNS_WITHOUT_KI = frozenset({"कहना", "मानना"})
_COPULAS = frozenset({"है", "था"})

#: ``मौसम विभाग की मानें तो <clause>``: "if X is to be believed", a source before a clause.
_BELIEVE = frozenset({"मानें", "माने"})
_THEN = "तो"

_INDIRECT_FIRST = (
    lexicon.COMPLEMENTIZERS
    | frozenset(c[0] for c in _ACCORDING_TO)
    | particles.GENITIVE_PRONOUN_SOURCES
    | lexicon.KI_OPTIONAL_CUES
    | _COPULAS
    | {_THEN, cues.IN_THE_WORDS_OF}
)

# What ends a sentence that names who said the one before it: यह बात X ने कही.
_SAID_BEFORE_CUES = frozenset({"कही", "कहीं", "बताई"})

# कि or अनुसार/मुताबिक as whole words: a paragraph without one holds no reported speech.
INDIRECT_TRIGGER = re.compile(
    rf"(?<!{WORD_CHAR})(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            lexicon.COMPLEMENTIZERS
            | {c[-1] for c in _ACCORDING_TO}
            | lexicon.KI_OPTIONAL_CUES
            | _SAID_BEFORE_CUES  # (यह बात X ने कही: see _said_before)
            | _SPEECH_NOUNS_WITHOUT_KI  # (X का कहना है <clause>)
            | _BELIEVE  # (X की मानें तो <clause>)
            | {cues.IN_THE_WORDS_OF},  # (बकौल X, <clause>)
            key=len,
            reverse=True,
        )
    )
    + rf")(?!{WORD_CHAR})"
)


# How many tokens before a subject-dropped कहा कि are read for the subject it takes over.
_DROPPED_SUBJECT_REACH = 80

# How far back from a cue without कि its agent's ने may stand (X ने मंगलवार को पत्रकारों से
# बातचीत में बताया …).
_AGENT_REACH = 12

# Words a sentence may have before a source without a comma (वहीं, इस बीच …).
_OPENING_WORDS = 8


class Reported(NamedTuple):
    """A reported clause found in a paragraph, its speaker not yet resolved."""

    start: int
    stop: int
    attribution: Attribution
    rule: str  # how the clause was found: complementizer, according_to, pronoun_according_to


def reported_clauses(
    text: str,
    tokens: list[Token],
    spans: list[QuoteSpan],
    context: Context,
) -> list[Reported]:
    """``X ने कहा कि …।`` and ``X के अनुसार, …।``: the reported clause up to the sentence end
    (its speaker is resolved later, in reading order)."""
    classify = context.names.classify
    quotes: list[Reported] = []
    words = [t.text for t in tokens]
    # The marks of real quotations; a quoted title (कहा कि "किसान पंचायत" लगेगी) stays
    # inside the reported clause.
    quote_marks = {
        mark
        for s in spans
        if not (_names_a_thing(text, s) or _term_mid_sentence(text, s))
        for mark in (s.open_at, s.close_at)
    }
    clause_ends: list[int] | None = None
    for i in [i for i, word in enumerate(words) if word in _INDIRECT_FIRST and _may_open(words, i)]:
        if inside_spans(tokens[i].start, spans):
            continue
        opening = _reported_opening(tokens, words, i, quote_marks, classify)
        if opening is None:
            continue
        attribution, body, how = opening
        if body >= len(tokens) or tokens[body].start in quote_marks:
            continue
        if attribution.speaker is None:
            # कहते हैं कि …, सुना है कि …: hearsay with nobody saying it is not a quote.
            continue
        # The clause runs to the sentence end, or to a quotation it runs into.
        if clause_ends is None:
            clause_ends = _clause_ends(tokens, quote_marks)
        end = clause_ends[body]
        if _in_when_clause(words, i):
            end = _before_then(words, body, end)
        if how == "without_complementizer":
            if _object_after_verb(words, body, end):
                continue
            end = _before_next_agent(words, body, end)
            if _described_after_verb(words, i, body, end):
                continue
        found = _reported_clause(text, tokens, words, body, end)
        if found is not None:
            quotes.append(Reported(found[0], found[1], attribution, how))
    for i in [i for i, word in enumerate(words) if word in _BAAT]:
        said = _said_before(text, tokens, words, i, classify)
        if said is not None:
            quotes.append(said)
    quotes.sort(key=lambda r: r.start)
    return _outermost(quotes)


def _outermost(quotes: list[Reported]) -> list[Reported]:
    """Drop a clause reported inside another one's words (``X ने कहा कि जब वह अमेरिका में थीं
    तब लोगों ने उनसे कहा था कि …``): what the outer speaker said includes it, and its
    speaker (लोगों) is no one a later pronoun should point to. Quotations never nest."""
    kept: list[Reported] = []
    for reported in quotes:
        cue = reported.attribution.cue_start
        if any(outer.start <= cue < outer.stop for outer in kept):
            continue
        kept.append(reported)
    return kept


_BAAT = frozenset({"बात", "बातें"})


def _said_before(
    text: str, tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> Reported | None:
    """``अगर सरकार ने सम्मान दिया तो पार्टी से लड़ूंगा। यह बात विधायक अनिल शर्मा ने सदन के बाहर
    कही।``: the sentence before ``यह बात X ने … कही`` is what X said (a sentence without
    quote marks; one in marks is a direct quote)."""
    if i < 2 or words[i - 1] not in _THIS:
        return None
    if words[i - 2] not in punctuation.SENTENCE_END:
        return _said_before_by(text, tokens, words, i, classify)
    cue = next(
        (
            j
            for j in range(i + 1, min(len(words), i + MAX_CLAUSE_WINDOW))
            if words[j] in _SAID_BEFORE_CUES or words[j] in punctuation.CLAUSE_END
        ),
        None,
    )
    if cue is None or words[cue] not in _SAID_BEFORE_CUES:
        return None
    return _sentence_said(text, tokens, words, tokens[i - 1 : cue + 1], i - 2, classify)


def _said_before_by(
    text: str, tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> Reported | None:
    """``… टीम ने बहुत मेहनत की है। कोच ने मीडिया दिवस में यह बात कही।``: the speaker first,
    then यह बात and the cue right after it; the sentence before is what was said."""
    if i + 1 >= len(words) or words[i + 1] not in _SAID_BEFORE_CUES:
        return None
    opening = i - 1
    while opening > 0 and words[opening - 1] not in punctuation.CLAUSE_END:
        if i - opening > MAX_CLAUSE_WINDOW:
            return None
        opening -= 1
    if opening == 0 or words[opening - 1] not in punctuation.SENTENCE_END:
        return None
    window = [*tokens[opening : i - 1], *tokens[i + 1 : i + 2]]
    return _sentence_said(text, tokens, words, window, opening - 1, classify)


def _sentence_said(
    text: str,
    tokens: list[Token],
    words: list[str],
    window: list[Token],
    end: int,
    classify: Classifier,
) -> Reported | None:
    """The sentence ending at token ``end`` (a sentence end), said by the agent of ``window``
    (a clause ending in the cue)."""
    if window[-1].text == "कहीं":
        # ये बातें X ने कहीं: the plural of कही, read as it (कहीं alone is "somewhere").
        window[-1] = Token("कही", window[-1].start, window[-1].end)
    attribution = attribute_before(window, classify)
    if attribution is None or attribution.speaker is None:
        return None
    start = end
    while (
        start > 0
        and words[start - 1] not in punctuation.CLAUSE_END
        and end - start < MAX_CLAUSE_WINDOW
    ):
        if words[start - 1] in punctuation.QUOTE_TOKENS:
            return None
        start -= 1
    colon = next((k for k in range(start, min(end, start + 3)) if words[k] == ":"), None)
    if colon is not None:
        start = colon + 1  # कांगड़ा: अगर …: a dateline first
    found = _reported_clause(text, tokens, words, start, end)
    if found is None:
        return None
    return Reported(found[0], found[1], attribution, "said_before")


# यह बात, ये बातें, उक्त बातें ("the said words"), उपरोक्त बातें, यही बात.
_THIS = frozenset({"यह", "ये", "उक्त", "उपरोक्त", "यही"})


def _reported_opening(
    tokens: list[Token],
    words: list[str],
    i: int,
    quote_marks: set[int],
    classify: Classifier,
) -> tuple[Attribution, int, str] | None:
    """The attribution of reported speech opening at token ``i``, the index of the clause's
    first token, and the span rule: after कि, after X के अनुसार, or after उनके मुताबिक."""
    if words[i] in lexicon.COMPLEMENTIZERS and i > 0:
        return _after_complementizer(tokens, i, quote_marks, classify)
    if words[i] in lexicon.KI_OPTIONAL_CUES and i + 1 < len(words):
        return _without_complementizer(tokens, words, i, classify)
    if words[i] in _COPULAS:
        return _speech_noun_without_complementizer(tokens, words, i, classify)
    if words[i] == _THEN:
        return _if_believed(tokens, words, i, classify)
    comma = _according_to_at(words, i)
    if comma is not None:
        return _after_according_to(tokens, words, i, classify, comma=comma)
    if words[i] == cues.IN_THE_WORDS_OF:
        return _bakaul(tokens, words, i, classify)
    if _pronoun_according_to_at(words, i):
        # उनके मुताबिक, …: the genitive pronoun is the speaker, the postposition the cue.
        cue_token = tokens[i + 1]
        speaker = classify(tokens[i : i + 1])
        attribution = Attribution(cue_token.start, cue_token.end, speaker, "pronoun_according_to")
        return attribution, i + 3, "pronoun_according_to"
    return None


def _bakaul(
    tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> tuple[Attribution, int, str] | None:
    """``बकौल संध्या, ज़ोर देने पर …``: "in the words of" a source of a few words, a comma,
    then the clause (a quotation in marks after the comma is left to the direct quotes)."""
    for comma in range(i + 2, min(len(words), i + 2 + cues.IN_THE_WORDS_OF_SOURCE_WORDS)):
        if words[comma] in punctuation.PUNCTUATION_TOKENS:
            break
    else:
        return None
    if words[comma] != "," or comma + 1 >= len(words):
        return None
    source = classify(tokens[i + 1 : comma])
    if source.kind not in ("person", "role", "organization"):
        return None
    attribution = Attribution(tokens[i].start, tokens[i].end, source, "bakaul")
    return attribution, comma + 1, "according_to"


def _without_complementizer(
    tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> tuple[Attribution, int, str] | None:
    """``कहा की …``: की typed for कि after a cue; ``एसपी ने बताया आरोपी फरार है``: a clause
    right after a cue whose agent stands before it with ने. Not ``बताया गया``, ``कहा था``,
    ``बताया और …`` (see :data:`lexicon.NOT_CLAUSE_OPENERS`). A clause in the speaker's own
    voice (``विराट ने मैच के बाद कहा हमारे पास मौका``) is reported speech too: only a comma
    after the verb (``ने कहा, हम …``) makes speech without marks, as the real-news gold reads
    them (five of six such clauses in sets a-g are reported)."""
    following = words[i + 1]
    if (
        following == particles.KI_SLIP
        and i + 2 < len(words)
        and words[i + 2] not in punctuation.PUNCTUATION_TOKENS
    ):
        found = _after_complementizer(tokens, i + 1, set(), classify)
        return (found[0], found[1], "complementizer_typo") if found else None
    if (
        following in lexicon.NOT_CLAUSE_OPENERS
        or following in lexicon.NARRATION_OPENERS
        or following in punctuation.PUNCTUATION_TOKENS
        # ने ट्वीट में लिखा चुनाव आयोग का कारनामा देखिये!: the words written, as unmarked speech.
        or words[i].startswith(cues.WRITING_STEM)
        # विधायक ने जो कहा उसमें …: a relative clause's verb reports nothing.
        or (i > 0 and words[i - 1] in particles.RELATIVE_PRONOUNS)
    ):
        return None
    clause = window_before(tokens, tokens[i + 1].start)
    if not any(
        # (उन्होंने कहा चंद्रयान …: a pronoun with the marker in it is an agent too)
        t.text in lexicon.AGENT_MARKERS or t.text in _THIRD_PERSON_AGENTS
        for t in clause[-_AGENT_REACH:]
    ):
        return None
    attribution = attribute_before(clause, classify)
    if attribution is None or attribution.speaker is None or attribution.cue_end != tokens[i].end:
        return None
    return attribution, i + 1, "without_complementizer"


def _object_after_verb(words: list[str], body: int, end: int) -> bool:
    """``कप्तान ने हार का विलेन बताया इन खिलाड़ियों को``: a headline's object put after the
    verb (a few words ending in a postposition, then the sentence or line ends), not a
    clause that was said."""
    while end > body and words[end - 1] in punctuation.CLAUSE_TRAILERS:
        end -= 1
    return 0 < end - body <= _OBJECT_WORDS and words[end - 1] in _OBJECT_POSTPOSITIONS


def _described_after_verb(words: list[str], i: int, body: int, end: int) -> bool:
    """``कप्तान ने इन खिलाड़ियों को बताया जीत का हीरो``: a headline's ``X को बताया Y`` with the
    predicate after the verb (a few words, no verb among them) describes X; nothing was said."""
    if i == 0 or words[i - 1] != particles.KO or words[i] not in lexicon.DESCRIBE_VERBS:
        return False
    while end > body and words[end - 1] in punctuation.CLAUSE_TRAILERS:
        end -= 1
    predicate = words[body:end]
    return 0 < len(predicate) <= _OBJECT_WORDS and not any(
        w in lexicon.AUXILIARIES or w.endswith(_FINITE_ENDINGS) for w in predicate
    )


# Endings of finite and participle verb forms (होगा, करेंगे, चाहता, किया, गए).
_FINITE_ENDINGS = ("गा", "गी", "गे", "ता", "ती", "ते", "या", "यी", "ये", "ए", "ई")


def _in_when_clause(words: list[str], i: int) -> bool:
    """The cue at ``i`` is in a sentence that opens with जब (``जब उनसे पूछा गया कि …, तो
    …``, ``पत्रकारों ने जब पूछा कि … तो वे भड़क गए``)."""
    for k in range(i - 1, max(-1, i - _WHEN_REACH), -1):
        if words[k] in lexicon.SENTENCE_END:
            return False
        if words[k] == _WHEN:
            return True
    return False


def _before_then(words: list[str], body: int, end: int) -> int:
    """A clause reported inside a जब clause ends before its तो (and a comma before it)."""
    for k in range(body + 1, end):
        if words[k] == _THEN:
            return k - 1 if words[k - 1] == "," else k
    return end


# How far back from a cue its sentence's जब may stand.
_WHEN_REACH = 12
_WHEN = "जब"


def _before_next_agent(words: list[str], body: int, end: int) -> int:
    """A clause reported without कि ends at a comma before another agent (``विधायक ने पूछा
    मंत्री कब बनोगे, मंत्री ने ही दिया जवाब …``): the words after it are narration."""
    for k in range(body + 1, end):
        if words[k] == "," and (
            any(
                w in lexicon.AGENT_MARKERS
                for w in words[k + 1 : min(end, k + 1 + _AGENT_AFTER_COMMA)]
            )
            # … को बताया जीत का हीरो, कहा- ये …: a speech verb after the comma opens new speech.
            or (k + 1 < end and words[k + 1] in cues.DASH_SPEECH_CUES)
        ):
            return k
    return end


# How many words after a comma a new agent's ने may stand.
_AGENT_AFTER_COMMA = 4


# At most this many words after a verb, ending in a postposition, are its object.
_OBJECT_WORDS = 4
_OBJECT_POSTPOSITIONS = frozenset({"को", "से", "का", "की", "के"})


def _may_open(words: list[str], i: int) -> bool:
    """A cheap first test: है / था / तो open a clause only after कहना, मानना or मानें (they are
    among the commonest words, and most of them open nothing)."""
    word = words[i]
    if word in _COPULAS:
        return i > 0 and words[i - 1] in _SPEECH_NOUNS_WITHOUT_KI
    if word == _THEN:
        return i > 0 and words[i - 1] in _BELIEVE
    return True


def _if_believed(
    tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> tuple[Attribution, int, str] | None:
    """``मौसम विभाग की मानें तो अगले 24 घंटों में …``, ``सूत्रों की मानें तो …``: the source
    in the genitive before मानें तो, the clause after it (a body, a document, a role or
    people in the plural, as for के अनुसार)."""
    if i < 3 or words[i - 1] not in _BELIEVE or words[i - 2] not in lexicon.GENITIVE_MARKERS:
        return None
    body = i + 1 + (i + 1 < len(words) and words[i + 1] == ",")
    if body >= len(words) or words[body] in punctuation.PUNCTUATION_TOKENS:
        return None
    clause = window_before(tokens, tokens[i - 2].start)
    speaker = speaker_run(clause, len(clause), classify) if clause else None
    if speaker is None or not _plausible_source(speaker, clause):
        return None
    if speaker.kind == "person" and speaker.role is None:
        return None  # (a bare name: …की मानें तो is as often a film's or a book's title)
    attribution = Attribution(tokens[i - 2].start, tokens[i].end, speaker, "if_believed")
    return attribution, body, "according_to"


def _speech_noun_without_complementizer(
    tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> tuple[Attribution, int, str] | None:
    """``पुलिस का कहना है, जल्द ही …``, ``थाना प्रभारी का मानना है आरोपी …``: the clause
    right after a genitive speech noun and its copula, with a comma or without कि (with कि it
    is read at the कि). Not ``का कहना है कि`` nor a question or a quotation after it."""
    if (
        i < 2
        or words[i - 1] not in _SPEECH_NOUNS_WITHOUT_KI
        or (
            words[i - 2] not in lexicon.GENITIVE_MARKERS
            and words[i - 2] not in particles.GENITIVE_PRONOUNS
        )
        or i + 2 >= len(words)
    ):
        return None
    body = i + 1 + (words[i + 1] == ",")
    if body >= len(words) or words[body] in lexicon.COMPLEMENTIZERS:
        return None
    if words[body] == particles.KI_SLIP:
        body += 1  # सीएमओ का कहना है की …: की typed for कि
        if body >= len(words):
            return None
    if words[body] in punctuation.PUNCTUATION_TOKENS or words[body] in lexicon.NOT_CLAUSE_OPENERS:
        return None
    clause = window_before(tokens, tokens[i].end)
    attribution = attribute_before(clause, classify)
    if attribution is None or attribution.speaker is None or attribution.cue_end != tokens[i].end:
        return None
    return attribution, body, "without_complementizer"


#: उन्होंने, उसने, इन्होंने (and their common misspellings): not मैंने or हमने, whose clause
#: is someone quoting himself, nor the relative जिन्होंने.
_THIRD_PERSON_AGENTS = (
    particles.PRONOUNS_WITH_NE - particles.FIRST_PERSON_AGENTS - particles.RELATIVE_PRONOUNS
) - {"आपने", "तुमने"}


def _subject_dropped(
    before: list[Token], clause: list[Token], attribution: Attribution, classify: Classifier
) -> Attribution | None:
    """``सांसद ने … नाराजगी जताई। कहा कि …``: a perfective cue opening its sentence (after at
    most a connective such as इसके अलावा) speaks for the last subject named with ने before it
    in the paragraph (``before``: the paragraph's tokens up to the sentence)."""
    at = next((k for k, t in enumerate(clause) if t.start == attribution.cue_start), None)
    if at is None or not _dropped_subject_lead([t.text for t in clause[:at]]):
        return None
    cue_words = [t.text for t in clause[at:]]
    if not cue_words or cue_words[-1] not in lexicon.SUBJECT_DROPPING_CUES:
        return None
    subjects = subject_mentions(before, classify)
    if not subjects:
        return None
    # A body named with ने is as often inside what the last person said (… ने कहा कि विपक्ष
    # ने भूमिका नहीं निभाई। वहीं … बोले कि): a person or office is preferred.
    people = [m for m in subjects if m.kind in ("person", "role", "pronoun")]
    subject = people[-1] if people else subjects[-1]
    return Attribution(attribution.cue_start, attribution.cue_end, subject, "subject_dropped")


def _dropped_subject_lead(words: list[str]) -> bool:
    """What may stand before a cue whose subject is dropped: connectives (इसके अलावा, वहीं),
    then at most a short phrase of place or topic ending in a postposition (वहीं गठबंधन पर
    बोले कि, जनसभा में कहा कि)."""
    k = 0
    while k < len(words) and words[k] in lexicon.SENTENCE_CONNECTIVES:
        k += 1
    rest = words[k:]
    if (
        len(rest) >= 2
        and rest[-1] == particles.HUE
        and len(rest) <= _PARTICIPLE_WORDS
        and not any(w in lexicon.AGENT_MARKERS or w in punctuation.PUNCTUATION_TOKENS for w in rest)
    ):
        return True  # बीजेपी पर जोरदार हमला करते हुए कहा कि …: a participle phrase
    return not rest or (
        len(rest) <= _TOPIC_WORDS
        and rest[-1] in particles.TOPIC_POSTPOSITIONS
        and not any(w in lexicon.AGENT_MARKERS or w in punctuation.PUNCTUATION_TOKENS for w in rest)
    )


# A mark some copy types between कि and the clause (कहा कि, …; कहा कि- …; कहा कि: …).
_AFTER_KI = frozenset({",", "-", "–", "—", ":"})


def _after_complementizer(
    tokens: list[Token], i: int, quote_marks: set[int], classify: Classifier
) -> tuple[Attribution, int, str] | None:
    """मंत्री ने कहा कि …: a cue closing the clause before कि."""
    token = tokens[i]
    clause = window_before(tokens, token.start)
    if not _cue_ends_clause(clause):
        return None
    attribution = attribute_before(clause, classify)
    if attribution is not None and attribution.speaker is None:
        # प्रवक्ता … ने <a long clause> बताया और कहा कि: the agent is further back.
        longer = attribute_before(
            window_before(tokens, token.start, MAX_CLAUSE_WINDOW, quote_marks), classify
        )
        if longer is not None and longer.speaker is not None:
            attribution = longer
        else:
            # The sentence or two before: enough for the subject a dropped one takes over,
            # and bounded, so that many कहा कि in one paragraph stay linear.
            before = tokens[
                max(0, i - len(clause) - _DROPPED_SUBJECT_REACH) : max(0, i - len(clause))
            ]
            attribution = _subject_dropped(before, clause, attribution, classify) or attribution
    if attribution is None:
        return None
    body = i + 1
    if body < len(tokens) and tokens[body].text in _AFTER_KI:
        body += 1  # कहा कि, अब हम …; ट्वीट कर कहा कि- …
    return attribution, body, "complementizer"


def _after_according_to(
    tokens: list[Token], words: list[str], i: int, classify: Classifier, *, comma: bool
) -> tuple[Attribution, int, str] | None:
    """पुलिस के मुताबिक, आरोपी फरार है: a source and के अनुसार/के मुताबिक opening a sentence."""
    clause = window_before(tokens, tokens[i].start)
    cue_len = next(len(c) for c in _ACCORDING_TO if tuple(words[i : i + len(c)]) == c)
    if (
        len(clause) > 3
        and clause[-1].text in _INFORMATION
        and clause[-2].text in _RECEIVED
        and clause[-3].text == _FROM
    ):
        clause = clause[:-3]  # पुलिस से मिली जानकारी के अनुसार …: the source is पुलिस
    window = [*clause, *tokens[i : i + cue_len]]
    attribution = attribute_before(window, classify)
    if attribution is None or not _plausible_source(attribution.speaker, clause):
        return None
    commas = [k for k, t in enumerate(clause) if t.text == ","]
    if commas:
        # … मरीज सामने आया है, डॉक्टरों के अनुसार …: the source opens the clause after a comma.
        clause = clause[commas[-1] + 1 :]
    if not comma and not _opening_source(attribution.speaker, clause):
        # पुलिस के मुताबिक आरोपी फरार है, but not नियमों के अनुसार कार्रवाई होगी.
        return None
    after = i + cue_len
    body = after + (1 if after < len(tokens) and words[after] == "," else 0)
    return attribution, body, "according_to"


# X से मिली जानकारी के अनुसार, X से प्राप्त सूचना के मुताबिक: X is the source.
_INFORMATION = frozenset({"जानकारी", "सूचना"})
_RECEIVED = frozenset({"मिली", "प्राप्त"})
_FROM = "से"


def _reported_clause(
    text: str, tokens: list[Token], words: list[str], body: int, end: int
) -> tuple[int, int] | None:
    """The reported clause from token ``body`` to ``end`` without trailing punctuation, if
    it has enough words to be a statement."""
    while end > body and words[end - 1] in punctuation.CLAUSE_TRAILERS:
        end -= 1
    if end <= body:
        return None
    start, stop = tokens[body].start, tokens[end - 1].end
    if len(text[start:stop].split(None, 2)) < lexicon.MIN_REPORTED_WORDS:
        return None
    if end - body <= _FRAME_WORDS and cue_at_end(words[body:end]) is not None:
        # रिपोर्ट के मुताबिक उन्होंने कहा, "…": a speaker and a verb framing a quotation.
        return None
    return start, stop


# At most this many words ending in a speech verb are a frame, not a statement.
_FRAME_WORDS = 3


# Words a name in marks of a few words is followed by inside a sentence (हमारी सरकार ‘आगे
# बढ़ता प्रदेश’ के संकल्प …, ‘मिशन शक्ति’ अभियान): it names a thing, the clause goes on.
_TITLE_WORDS = 5
# A whole word of letters, with no punctuation glued to it.
_WORD = re.compile(rf"{punctuation.LETTER}+")


def _names_a_thing(text: str, span: QuoteSpan) -> bool:
    """A short quotation followed by a postposition: a title the reported clause runs
    through, not a quotation that ends it."""
    if not span.closed or len(text[span.start : span.end].split()) > _TITLE_WORDS:
        return False
    following = text[span.after_close : span.after_close + 20].split()[:1]
    return bool(following) and following[0] in particles.POSTPOSITIONS | lexicon.GENITIVE_MARKERS


def _term_mid_sentence(text: str, span: QuoteSpan) -> bool:
    """A short quotation between two words of one sentence, not after a speech verb: a title
    or a term the reported clause runs through (कहा कि उनकी फिल्म 'रानी- द वॉरियर' अगले साल
    आएगी; कहा कि सरकार को 'यूनियन ट्विटर गवर्नमेंट' कहा जा सकता है), not a quotation that
    ends it. The real-news gold counts the clause through it and no quotation of its own."""
    if not span.closed or len(text[span.start : span.end].split()) > _TITLE_WORDS:
        return False
    inside = text[span.start : span.end].rstrip()
    if not inside or inside[-1] in punctuation.SENTENCE_END:
        return False
    before = text[max(0, span.open_at - 30) : span.open_at].split()[-1:]
    after = text[span.after_close : span.after_close + 30].split()[:1]
    return (
        bool(before)
        and bool(after)
        and _WORD.fullmatch(before[0]) is not None
        and _WORD.fullmatch(after[0]) is not None
        and before[0] not in lexicon.COMPLEMENTIZERS
        and cue_at_end([before[0]]) is None
    )


def _clause_ends(tokens: list[Token], quote_marks: set[int]) -> list[int]:
    """For each token, the index of the next sentence end or quotation mark at or after it
    (one pass from the right, so a paragraph of many कि clauses stays linear)."""
    ends = [len(tokens)] * (len(tokens) + 1)
    new_clauses = _new_cue_starts(tokens)
    next_ki = len(tokens) + _CONTRAST_REACH + 1  # the next कि after a cue, at or after i
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if token.text in lexicon.COMPLEMENTIZERS and _cue_ends_clause(tokens[max(0, i - 3) : i]):
            next_ki = i
        stop = (
            token.text in punctuation.CLAUSE_END
            or token.start in quote_marks
            # … करता हूं साथ ही कहा की …, … होगा और उन्होंने कहा कि …: a new cue opens
            or i in new_clauses
            # … खतरे में है लेकिन, मैं कहता हूं कि …: a new cue and its कि close by
            or (token.text in particles.CONTRAST_CONJUNCTIONS and next_ki - i <= _CONTRAST_REACH)
        )
        ends[i] = i if stop else ends[i + 1]
    return ends


# Words that join a new cue to the clause before it without a mark (… साथ ही कहा कि …,
# … और उन्होंने कहा कि …).
_CUE_JOINERS = frozenset({"साथ", "ही", "और", "तथा", "एवं", "वहीं", "फिर"})


def _new_cue_starts(tokens: list[Token]) -> set[int]:
    """Indices where a new cue with its own कि (or its slip की) begins inside a run of words
    without a mark, joined by साथ ही, और … or opened by उन्होंने: the clause before ends
    there. A cue with a subject of its own (सरकार ने माना कि …) is part of the clause."""
    starts: set[int] = set()
    for i, token in enumerate(tokens):
        slip = (
            token.text == particles.KI_SLIP
            and i > 0
            and tokens[i - 1].text in cues.KI_OPTIONAL_CUES
        )
        if not (token.text in lexicon.COMPLEMENTIZERS or slip) or i < 2:
            continue
        words = [t.text for t in tokens[max(0, i - 4) : i]]
        cue = cue_at_end(words)
        if cue is None:
            continue
        start = i - (len(words) - cue[0])
        if tokens[start - 1].text in particles.ERGATIVE_PRONOUNS:
            start -= 1
            joined = True
        else:
            joined = False
        while start > 0 and tokens[start - 1].text in _CUE_JOINERS:
            start -= 1
            joined = True
        if joined and start > 0 and tokens[start - 1].text not in punctuation.CLAUSE_END:
            starts.add(start)
    return starts


def _cue_ends_clause(clause: list[Token]) -> bool:
    return cue_at_end([t.text for t in clause]) is not None


def reported_quote(text: str, reported: Reported, context: Context) -> Quote:
    attribution = reported.attribution
    cue = cue_of(text, attribution)
    resolution = resolve(text, attribution.speaker, context, cue.text if cue else None)
    speaker = resolution.speaker
    named = speaker is not None and (speaker.name or speaker.kind == "role")
    score = confidence("indirect_named" if named else "indirect_unresolved")
    evidence = evidence_of(reported.rule, attribution, resolution)
    quote = build_quote(
        text, "indirect", reported.start, reported.stop, speaker, cue, score, evidence
    )
    return dataclasses.replace(quote, form="reported")


def _pronoun_according_to_at(words: list[str], i: int) -> bool:
    """``उनके मुताबिक, …`` opening a sentence."""
    return (
        words[i] in particles.GENITIVE_PRONOUN_SOURCES
        and i + 2 < len(words)
        and words[i + 1] in _ACCORDING_TO_WORDS
        and words[i + 2] == ","
    )


def _according_to_at(words: list[str], i: int) -> bool | None:
    """At ``X के अनुसार`` followed by a clause: whether a comma follows the cue (``True``) or
    not (``False``; the source must then be a body, a document or a titled person, see
    :func:`_opening_source`); ``None`` where no such cue stands at ``i``."""
    for cue in _ACCORDING_TO:
        if tuple(words[i : i + len(cue)]) == cue:
            after = i + len(cue)
            if after >= len(words) or words[after] in punctuation.CLAUSE_TRAILERS - {","}:
                return None
            return words[after] == ","
    return None


def _opening_source(mention: Mention | None, clause: list[Token]) -> bool:
    """Without a comma, ``X के मुताबिक <clause>`` is attribution only where X opens the
    sentence and is plainly a source: a body, a document, or a person with a title or
    office (पुलिस के मुताबिक, मौसम विभाग के अनुसार, थाना प्रभारी राकेश सिंह के अनुसार), not
    a plan, a rule or a time (योजना के मुताबिक, नियमों के अनुसार, समय के अनुसार)."""
    if mention is None or len(clause) > _OPENING_WORDS:
        return False
    if mention.kind in ("organization", "document"):
        return True
    if mention.kind == "role" and mention.role is None:
        # परिजनों के अनुसार, सूत्रों के मुताबिक: people who tell, in the plural (not नियमों).
        return bool(clause) and _people_plural(clause[-1].text)
    return mention.kind in ("person", "role") and mention.role is not None


def _people_plural(word: str) -> bool:
    """An oblique plural of a word for people: परिजनों, व्यापारियों, सूत्रों."""
    if word.endswith("ियों"):
        stem = word[: -len("ियों")] + "ी"
    elif word.endswith("ों"):
        stem = word[: -len("ों")]
    else:
        return False
    return stem in roles.ROLE_WORDS or stem in roles.SOURCE_GROUPS


def _plausible_source(mention: Mention | None, clause: list[Token]) -> bool:
    """A person, organisation, document or role: something that can state a fact."""
    if mention is None:
        return False
    if mention.kind in ("organization", "document", "pronoun"):
        return True
    if mention.kind == "role":
        return True
    return mention.name is not None and len(mention.name.split()) >= 1 and len(clause) <= 10
