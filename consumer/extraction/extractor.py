"""QuoteExtractor: article text in, quotes out. No Kafka, no I/O."""

from __future__ import annotations

import bisect
import dataclasses
import re
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language

from consumer.extraction import lexicon
from consumer.extraction.attribution import (
    Attribution,
    agent_before_quote,
    attribute_after,
    attribute_before,
)
from consumer.extraction.confidence import confidence
from consumer.extraction.cue_finder import cue_at_end
from consumer.extraction.lang import cues, particles, punctuation
from consumer.extraction.mentions import Classifier, Mention
from consumer.extraction.model import load_ner, model_version
from consumer.extraction.model_names import ModelNames
from consumer.extraction.names import NameSource, RuleNames
from consumer.extraction.quote_builder import build_quote, cue_of, evidence_of, opening
from consumer.extraction.quotes import QuoteSpan, find_quote_spans
from consumer.extraction.resolution import NameResolver
from consumer.extraction.speakers import Context, observe_until, resolve
from consumer.extraction.subjects import local_subject_mentions, subject_mentions
from consumer.extraction.text import WORD_CHAR, Token, paragraphs, tokenize
from consumer.extraction.unmarked_attribution import unmarked_quote, unmarked_spans
from consumer.extraction.windows import MAX_CLAUSE_WINDOW, MAX_WINDOW, window_after, window_before
from consumer.records import Quote

__all__ = ["EXTRACTOR_VERSION", "QuoteExtractor"]

EXTRACTOR_VERSION = "0.2.0"

_ACCORDING_TO = tuple(tuple(c.split()) for c in lexicon.ACCORDING_TO)
_ACCORDING_TO_WORDS = frozenset(c[-1] for c in _ACCORDING_TO)
_INDIRECT_FIRST = (
    lexicon.COMPLEMENTIZERS
    | frozenset(c[0] for c in _ACCORDING_TO)
    | particles.GENITIVE_PRONOUN_SOURCES
    | lexicon.KI_OPTIONAL_CUES
)
# कि or अनुसार/मुताबिक as whole words: a paragraph without one holds no reported speech.
_INDIRECT_TRIGGER = re.compile(
    rf"(?<!{WORD_CHAR})(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            lexicon.COMPLEMENTIZERS | {c[-1] for c in _ACCORDING_TO} | lexicon.KI_OPTIONAL_CUES,
            key=len,
            reverse=True,
        )
    )
    + rf")(?!{WORD_CHAR})"
)
_QUOTE_MARK = re.compile(
    "|".join(re.escape(m) for m in (*lexicon.DOUBLE_QUOTE_MARKS, *lexicon.SINGLE_QUOTE_MARKS))
)
_CLAUSE_TRAILERS = frozenset({",", ";", ":", "-", "—", "–"})
# Speech without quote marks: a speech word before a dash, colon or comma (बोले-, कहा,), or a
# headline's separator before its speaker (… : मंत्री). A paragraph without one holds none.
_UNMARKED_TRIGGER = re.compile(
    rf"(?<!{WORD_CHAR})(?:"
    + "|".join(re.escape(w) for w in sorted(lexicon.DASH_SPEECH_CUES, key=len, reverse=True))
    + r")\s*[-–—:,]|[:ःः|–—]|\s-\s|-\s"
)
# How many words of a sentence after a cue are read for a first-person word (हम, मैं): a
# news sentence rarely runs longer.
_FIRST_PERSON_REACH = 60
# How many tokens before a subject-dropped कहा कि are read for the subject it takes over.
_DROPPED_SUBJECT_REACH = 80
# How far back from a cue without कि its agent's ने may stand (X ने मंगलवार को पत्रकारों से
# बातचीत में बताया …).
_AGENT_REACH = 12
# Words a sentence may have before a source without a comma (वहीं, इस बीच …).
_OPENING_WORDS = 8


class QuoteExtractor:
    """Finds direct and indirect quotations in Hindi text and attributes them.

    >>> [q.text for q in QuoteExtractor().extract('मंत्री ने कहा, "हम पीछे नहीं हटेंगे।"')]
    ['हम पीछे नहीं हटेंगे।']
    """

    version = EXTRACTOR_VERSION

    def __init__(self, *, nlp: Language | None = None) -> None:
        """Rules only by default; pass the NER pipeline (or use :meth:`with_model`) for
        rules plus model."""
        self.nlp = nlp
        self.model_version: str | None = model_version(nlp) if nlp is not None else None

    @classmethod
    def with_model(cls, path: Path | None = None) -> QuoteExtractor:
        """Rules plus the packaged NER model (``consumer/models/hi_ner``), loaded from disk."""
        return cls(nlp=load_ner(path))

    def extract(self, text: str) -> list[Quote]:
        last = _last_trigger(text)
        if last < 0:
            # No quote mark and no reported-speech marker: nothing to find (a cheap scan).
            return []
        if self.nlp is None:
            return self._extract(text, RuleNames(text), last)
        # The model's per-call overhead dwarfs its per-word cost, so its questions about this
        # article are asked in one batch: a first pass records the sentences the rules will
        # ask about (answering "no names there"), the model reads them together, and only if
        # that changes an answer does a second pass run with the model's answers cached (a
        # sentence first asked about in that pass is read on its own).
        names = ModelNames(self.nlp, text)
        names.recording = True
        quotes = self._extract(text, names, last)
        names.recording = False
        names.prefetch()
        if not names.answers_changed():
            return quotes
        return self._extract(text, names, last)

    def _extract(self, text: str, names: NameSource, last: int) -> list[Quote]:
        classify = names.classify
        resolver = NameResolver()
        quotes: list[Quote] = []
        previous: Quote | None = None
        lookback = 0
        for p_start, p_end in paragraphs(text):
            if p_start > last:
                break  # what follows the last quote cannot change any attribution
            context = Context(names, resolver, lookback)
            lookback = p_start
            spans = find_quote_spans(text, p_start, p_end)
            if (
                not spans
                and _INDIRECT_TRIGGER.search(text, p_start, p_end) is None
                and _UNMARKED_TRIGGER.search(text, p_start, p_end) is None
            ):
                # A paragraph without quotes only tells who was named as a subject (for a
                # later उन्होंने): tokenize just the words before each ने.
                observe_until(
                    local_subject_mentions(text, p_start, p_end, classify), p_end, context
                )
                continue
            tokens = _tokens_outside_quotes(text, p_start, p_end, spans)
            subjects = [
                m for m in subject_mentions(tokens, classify) if not _inside(m.start, spans)
            ]
            # Direct and reported quotes are attributed in reading order, so that a pronoun
            # points to the person who spoke last (पार्षद X का कहना था कि …। वे बोले, "…").
            reported = self._indirect(text, tokens, spans, context)
            unmarked = unmarked_spans(text, tokens, spans, (p_start, p_end))
            if unmarked:
                # X बोले- हमने कहा था कि …: a clause inside unmarked speech is part of it.
                reported = [r for r in reported if not _inside(r.start, unmarked)]
            events: list[tuple[int, QuoteSpan | _Reported]] = [
                *((span.open_at, span) for span in sorted([*spans, *unmarked], key=opening)),
                *((r.start, r) for r in reported),
            ]
            for at, event in sorted(events, key=lambda e: e[0]):
                observe_until(subjects, at, context)
                if isinstance(event, _Reported):
                    quotes.append(_reported_quote(text, event, context))
                    continue
                if event.form == "marks":
                    quote = self._direct(text, tokens, event, context, previous)
                else:
                    quote = unmarked_quote(text, tokens, event, context)
                if quote is None:
                    continue
                quotes.append(quote)
                previous = quote
            observe_until(subjects, p_end, context)
        quotes.sort(key=lambda q: q.start)
        return [_fullest(quote, resolver) for quote in quotes]

    def _direct(
        self,
        text: str,
        tokens: list[Token],
        span: QuoteSpan,
        context: Context,
        previous: Quote | None,
    ) -> Quote | None:
        classify = context.names.classify
        window = window_before(tokens, span.open_at)
        if _defines(window):
            return None
        before = attribute_before(window, classify)
        if before is None and len(window) == MAX_WINDOW and window[-1].text in _CLAUSE_TRAILERS:
            # बरुआ ने कहा कि <a clause longer than the window>, "…": look back further.
            before = attribute_before(
                window_before(tokens, span.open_at, limit=MAX_CLAUSE_WINDOW), classify
            )
        following = window_after(tokens, span.after_close) if span.closed else []
        if _label_or_name(text, span, window, following):
            return None
        after = attribute_after(following, classify) if span.closed else None
        attribution = _choose(before, after)
        if _written_on_something(window, attribution):
            # तख्तियां थीं, जिन पर लिखा था "…", बैनर पर लिखा था, "…": a slogan, not speech.
            return None
        if before is None and after is not None:
            # यादव ने "…" कहकर …: the agent stands before the quote, the cue after it.
            agent = agent_before_quote(window, classify)
            if agent is not None:
                attribution = Attribution(
                    after.cue_start, after.cue_end, agent, "agent_before_quote"
                )
        if attribution is None:
            if _looks_like_title(text, span):
                return None
            return _unattributed(text, span, previous)
        return _attributed(text, span, attribution, context)

    def _indirect(
        self,
        text: str,
        tokens: list[Token],
        spans: list[QuoteSpan],
        context: Context,
    ) -> list[_Reported]:
        """``X ने कहा कि …।`` and ``X के अनुसार, …।``: the reported clause up to the sentence end
        (its speaker is resolved later, in reading order)."""
        classify = context.names.classify
        quotes: list[_Reported] = []
        words = [t.text for t in tokens]
        # The marks of real quotations; a quoted title (कहा कि "किसान पंचायत" लगेगी) stays
        # inside the reported clause.
        quote_marks = {s.open_at for s in spans} | {s.close_at for s in spans}
        clause_ends: list[int] | None = None
        for i in [i for i, word in enumerate(words) if word in _INDIRECT_FIRST]:
            if _inside(tokens[i].start, spans):
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
            found = _reported_clause(text, tokens, words, body, clause_ends[body])
            if found is not None:
                quotes.append(_Reported(found[0], found[1], attribution, how))
        return quotes


def _label_or_name(text: str, span: QuoteSpan, window: list[Token], following: list[Token]) -> bool:
    """किसानों ने इसे "बूढ़े की सनक" बताया: a label the subject gives something; "एक बहन, एक
    खाता" अभियान, "हमारा जंगल, हमारा हक" लिखी तख्तियां: the name of a campaign or work, or a
    slogan written on something."""
    if _described_as(window, following) and _looks_like_title(text, span, words=6):
        return True
    return _names_a_thing(following) and _looks_like_title(text, span, words=6)


def _unattributed(text: str, span: QuoteSpan, previous: Quote | None) -> Quote:
    """A quote that names nobody and opens a paragraph, or follows an attributed quote in the
    same paragraph, continues the previous speaker (the newspaper convention for quotes
    running over several sentences or paragraphs); else it has no speaker."""
    starts_paragraph = not text[span.paragraph_start : span.open_at].strip()
    same_paragraph = previous is not None and previous.start >= span.paragraph_start
    if (starts_paragraph or same_paragraph) and previous is not None and previous.speaker:
        situation = "continues_paragraph" if starts_paragraph else "continues_sentence"
        evidence = {"span": _direct_span_rule(span), "speaker": situation}
        if previous.evidence is not None and "resolution" in previous.evidence:
            evidence["resolution"] = previous.evidence["resolution"]
        return build_quote(
            text,
            "direct",
            span.start,
            span.end,
            previous.speaker,
            None,
            confidence(situation),
            evidence,
        )
    evidence = {"span": _direct_span_rule(span)}
    score = confidence("direct_unattributed", closed=span.closed)
    return build_quote(text, "direct", span.start, span.end, None, None, score, evidence)


def _attributed(text: str, span: QuoteSpan, attribution: Attribution, context: Context) -> Quote:
    """A quote with a cue, and the speaker phrase resolved in this article."""
    if attribution.speaker is None:
        situation = "direct_cue_only"
    elif attribution.speaker.name or attribution.speaker.kind != "pronoun":
        situation = "direct_named"
    else:
        situation = "direct_pronoun"
    cue = cue_of(text, attribution)
    resolution = resolve(text, attribution.speaker, context, cue.text if cue else None)
    evidence = evidence_of(_direct_span_rule(span), attribution, resolution)
    score = confidence(situation, closed=span.closed)
    return build_quote(text, "direct", span.start, span.end, resolution.speaker, cue, score, evidence)


def _direct_span_rule(span: QuoteSpan) -> str:
    return "quote_marks" if span.closed else "unclosed_quote"


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
    comma = _according_to_at(words, i)
    if comma is not None:
        return _after_according_to(tokens, words, i, classify, comma=comma)
    if _pronoun_according_to_at(words, i):
        # उनके मुताबिक, …: the genitive pronoun is the speaker, the postposition the cue.
        cue_token = tokens[i + 1]
        speaker = classify(tokens[i : i + 1])
        attribution = Attribution(cue_token.start, cue_token.end, speaker, "pronoun_according_to")
        return attribution, i + 3, "pronoun_according_to"
    return None


def _without_complementizer(
    tokens: list[Token], words: list[str], i: int, classify: Classifier
) -> tuple[Attribution, int, str] | None:
    """``कहा की …``: की typed for कि after a cue; ``एसपी ने बताया आरोपी फरार है``: a clause
    right after a cue whose agent stands before it with ने. Not ``बताया गया``, ``कहा था``,
    ``बताया और …`` (see :data:`lexicon.NOT_CLAUSE_OPENERS`), and not first-person speech
    (``ने कहा हमें …``: that is the speaker's own words, found as unmarked speech)."""
    following = words[i + 1]
    if following == "की" and i + 2 < len(words) and words[i + 2] not in punctuation.PUNCTUATION_TOKENS:
        found = _after_complementizer(tokens, i + 1, set(), classify)
        return (found[0], found[1], "complementizer_typo") if found else None
    if (
        following in lexicon.NOT_CLAUSE_OPENERS
        or following in lexicon.NARRATION_OPENERS
        or following in punctuation.PUNCTUATION_TOKENS
        or _first_person_sentence(words, i + 1)
    ):
        return None
    clause = window_before(tokens, tokens[i + 1].start)
    if not any(t.text in lexicon.AGENT_MARKERS for t in clause[-_AGENT_REACH:]):
        return None
    attribution = attribute_before(clause, classify)
    if attribution is None or attribution.speaker is None or attribution.cue_end != tokens[i].end:
        return None
    return attribution, i + 1, "without_complementizer"


def _first_person_sentence(words: list[str], start: int) -> bool:
    """Whether the sentence from ``words[start]`` speaks in the first or second person (read
    for at most ``_FIRST_PERSON_REACH`` words, so that a paragraph of many cues without a
    sentence end stays linear)."""
    for word in words[start : start + _FIRST_PERSON_REACH]:
        if word in lexicon.SENTENCE_END:
            return False
        if word in lexicon.SPEAKER_VOICE:
            return True
    return False


def _subject_dropped(
    before: list[Token], clause: list[Token], attribution: Attribution, classify: Classifier
) -> Attribution | None:
    """``सांसद ने … नाराजगी जताई। कहा कि …``: a perfective cue opening its sentence (after at
    most a connective such as इसके अलावा) speaks for the last subject named with ने before it
    in the paragraph (``before``: the paragraph's tokens up to the sentence)."""
    at = next((k for k, t in enumerate(clause) if t.start == attribution.cue_start), None)
    if at is None or any(t.text not in lexicon.SENTENCE_CONNECTIVES for t in clause[:at]):
        return None
    cue_words = [t.text for t in clause[at:]]
    if not cue_words or cue_words[-1] not in lexicon.SUBJECT_DROPPING_CUES:
        return None
    subjects = subject_mentions(before, classify)
    if not subjects:
        return None
    return Attribution(
        attribution.cue_start, attribution.cue_end, subjects[-1], "subject_dropped"
    )


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
            before = tokens[max(0, i - len(clause) - _DROPPED_SUBJECT_REACH) : max(0, i - len(clause))]
            attribution = _subject_dropped(before, clause, attribution, classify) or attribution
    if attribution is None:
        return None
    body = i + 1
    if body < len(tokens) and tokens[body].text == ",":
        body += 1  # कहा कि, अब हम …
    return attribution, body, "complementizer"


def _after_according_to(
    tokens: list[Token], words: list[str], i: int, classify: Classifier, *, comma: bool
) -> tuple[Attribution, int, str] | None:
    """पुलिस के मुताबिक, आरोपी फरार है: a source and के अनुसार/के मुताबिक opening a sentence."""
    clause = window_before(tokens, tokens[i].start)
    cue_len = next(len(c) for c in _ACCORDING_TO if tuple(words[i : i + len(c)]) == c)
    window = [*clause, *tokens[i : i + cue_len]]
    attribution = attribute_before(window, classify)
    if attribution is None or not _plausible_source(attribution.speaker, clause):
        return None
    if not comma and not _opening_source(attribution.speaker, clause):
        # पुलिस के मुताबिक आरोपी फरार है, but not नियमों के अनुसार कार्रवाई होगी.
        return None
    after = i + cue_len
    body = after + (1 if after < len(tokens) and words[after] == "," else 0)
    return attribution, body, "according_to"


def _reported_clause(
    text: str, tokens: list[Token], words: list[str], body: int, end: int
) -> tuple[int, int] | None:
    """The reported clause from token ``body`` to ``end`` without trailing punctuation, if
    it has enough words to be a statement."""
    while end > body and words[end - 1] in _CLAUSE_TRAILERS:
        end -= 1
    if end <= body:
        return None
    start, stop = tokens[body].start, tokens[end - 1].end
    if len(text[start:stop].split(None, 2)) < lexicon.MIN_REPORTED_WORDS:
        return None
    return start, stop


def _tokens_outside_quotes(text: str, start: int, end: int, spans: list[QuoteSpan]) -> list[Token]:
    """The paragraph's tokens minus those inside its quotations: no rule reads inside a quote
    (every window stops at a quote mark), and quotations are most of a quoting paragraph.
    The marks themselves are kept."""
    tokens: list[Token] = []
    position = start
    for span in spans:
        tokens += tokenize(text, position, span.start)
        position = span.close_at
    tokens += tokenize(text, position, end)
    return tokens


def _last_trigger(text: str) -> int:
    """Offset of the last quote mark or reported-speech marker in ``text``; -1 if none."""
    last = -1
    for pattern in (_QUOTE_MARK, _INDIRECT_TRIGGER, _UNMARKED_TRIGGER):
        for match in pattern.finditer(text, max(0, last)):
            last = max(last, match.start())
    return last


def _defines(window: list[Token]) -> bool:
    """``X का अर्थ है "…"``: the quote marks a term being defined, not speech."""
    words = tuple(t.text for t in window if t.text not in {",", ":"})
    return any(words[-len(m) :] == m for m in lexicon.DEFINITION_MARKERS)


def _clause_ends(tokens: list[Token], quote_marks: set[int]) -> list[int]:
    """For each token, the index of the next sentence end or quotation mark at or after it
    (one pass from the right, so a paragraph of many कि clauses stays linear)."""
    ends = [len(tokens)] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        stop = token.text in lexicon.SENTENCE_END or token.start in quote_marks
        ends[i] = i if stop else ends[i + 1]
    return ends


def _described_as(before: list[Token], after: list[Token]) -> bool:
    """``X को "…" बताया``, ``इसे "…" कहते हैं``, ``मेले को शहर का "…" बताया``: an object, the
    quote, a verb of describing."""
    if not before or not after or not after[0].text.startswith(cues.DESCRIBING_STEMS):
        return False
    for token in reversed(before[-3:]):
        if token.text == "को" or token.text in particles.OBJECT_PRONOUNS:
            return True
        if token.text in punctuation.PUNCTUATION_TOKENS:
            return False
    return False


def _written_on_something(window: list[Token], attribution: Attribution | None) -> bool:
    """``बैनर पर लिखा था, "…"``: a cue of writing after पर, with nobody writing."""
    if attribution is None or attribution.speaker is not None:
        return False
    at = next((i for i, t in enumerate(window) if t.start == attribution.cue_start), None)
    return (
        at is not None
        and at > 0
        and window[at].text.startswith("लिख")
        and window[at - 1].text == "पर"
    )


def _looks_like_title(text: str, span: QuoteSpan, words: int = lexicon.MAX_TITLE_WORDS) -> bool:
    """A short quotation with no sentence punctuation: possibly a title or a label."""
    quoted = text[span.start : span.end]
    return len(quoted.split()) <= words and not any(ch in quoted for ch in "।?!")


def _names_a_thing(after: list[Token]) -> bool:
    """The words after a closing mark make the quotation a name: ``"…" अभियान``, ``"…" नामक
    फिल्म``, or a slogan written on something (``"…" लिखी तख्तियां``)."""
    if not after:
        return False
    first = after[0].text
    if first in lexicon.TITLE_NOUNS:
        return True
    return (
        first in cues.WRITTEN_FORMS
        and len(after) > 1
        and after[1].text not in lexicon.AUXILIARIES
        and after[1].text not in lexicon.COMPLEMENTIZERS
        and after[1].text not in _CLAUSE_TRAILERS
        and after[1].text not in lexicon.SENTENCE_END
    )


def _choose(before: Attribution | None, after: Attribution | None) -> Attribution | None:
    """Prefer the attribution that names a speaker; on a tie, the one before the quote."""
    if before is not None and before.speaker is not None:
        return before
    if after is not None and after.speaker is not None:
        return after
    return before or after


def _cue_ends_clause(clause: list[Token]) -> bool:
    return cue_at_end([t.text for t in clause]) is not None


class _Reported(NamedTuple):
    """A reported clause found in a paragraph, its speaker not yet resolved."""

    start: int
    stop: int
    attribution: Attribution
    rule: str  # how the clause was found: complementizer, according_to, pronoun_according_to


def _reported_quote(text: str, reported: _Reported, context: Context) -> Quote:
    attribution = reported.attribution
    cue = cue_of(text, attribution)
    resolution = resolve(text, attribution.speaker, context, cue.text if cue else None)
    speaker = resolution.speaker
    named = speaker is not None and (speaker.name or speaker.kind == "role")
    score = confidence("indirect_named" if named else "indirect_unresolved")
    evidence = evidence_of(reported.rule, attribution, resolution)
    quote = build_quote(text, "indirect", reported.start, reported.stop, speaker, cue, score, evidence)
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
            if after >= len(words) or words[after] in _CLAUSE_TRAILERS - {","}:
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
    return mention.kind in ("person", "role") and mention.role is not None


def _plausible_source(mention: Mention | None, clause: list[Token]) -> bool:
    """A person, organisation, document or role: something that can state a fact."""
    if mention is None:
        return False
    if mention.kind in ("organization", "document", "pronoun"):
        return True
    if mention.kind == "role":
        return True
    return mention.name is not None and len(mention.name.split()) >= 1 and len(clause) <= 10


def _inside(offset: int, spans: list[QuoteSpan]) -> bool:
    """Whether ``offset`` falls inside one of ``spans`` (in order, not overlapping): a
    binary search, so a paragraph of thousands of quotes stays linear."""
    i = bisect.bisect_right(spans, offset, key=lambda span: span.open_at) - 1
    return i >= 0 and offset < spans[i].close_at


def _fullest(quote: Quote, resolver: NameResolver) -> Quote:
    """The quote with its speaker's fullest name in the article: a person first written short
    (सिन्हा ने कहा … उन्होंने …) and in full only later (गृह मंत्री अरुण कुमार सिन्हा)."""
    speaker = quote.speaker
    if speaker is None or not speaker.name or speaker.kind in ("organization", "document"):
        return quote
    fuller = resolver.resolve(speaker.name)
    if fuller == speaker.name:
        return quote
    return dataclasses.replace(quote, speaker=dataclasses.replace(speaker, name=fuller))
