"""QuoteExtractor: article text in, quotes out. No Kafka, no I/O."""

from __future__ import annotations

import bisect
import dataclasses
import re
from pathlib import Path

from spacy.language import Language

from consumer.extraction import lexicon
from consumer.extraction.antecedent_ranker import AntecedentRanker, load_antecedents
from consumer.extraction.article_names import NameResolver
from consumer.extraction.calibration import ConfidenceModel, load_confidence
from consumer.extraction.direct_quotes import direct_quote
from consumer.extraction.lang import particles, punctuation
from consumer.extraction.model import load_ner, model_version
from consumer.extraction.model_names import ModelNames
from consumer.extraction.quote_builder import opening
from consumer.extraction.quotes import QuoteSpan, find_quote_spans, inside_spans
from consumer.extraction.record_features import record_features
from consumer.extraction.reported_speech import (
    INDIRECT_TRIGGER,
    Reported,
    reported_clauses,
    reported_quote,
)
from consumer.extraction.resolution_case import AntecedentChooser, Context, observe_until
from consumer.extraction.rule_names import NameSource, RuleNames
from consumer.extraction.subjects import local_subject_mentions, subject_mentions
from consumer.extraction.text import WORD_CHAR, Token, paragraphs, tokenize
from consumer.extraction.unmarked_attribution import unmarked_quote, unmarked_spans
from consumer.records import Quote

__all__ = ["EXTRACTOR_VERSION", "QuoteExtractor"]

# 0.4.0 (5 December 2026): the real-news rules of that day, and near keys and speaker keys
# computed by new rules (records of 0.3.0 and 0.4.0 do not share near keys).
EXTRACTOR_VERSION = "0.4.0"

_QUOTE_MARK = re.compile(
    "|".join(re.escape(m) for m in (*lexicon.DOUBLE_QUOTE_MARKS, *lexicon.SINGLE_QUOTE_MARKS))
)
# Speech without quote marks: a speech word before a dash, colon or comma (बोले-, कहा,), or a
# headline's separator before its speaker (… : मंत्री). A paragraph without one holds none.
_UNMARKED_TRIGGER = re.compile(
    rf"(?<!{WORD_CHAR})(?:"
    + "|".join(re.escape(w) for w in sorted(lexicon.DASH_SPEECH_CUES, key=len, reverse=True))
    + r")\s*[-–—:,]|[:ःः|–—]|\s-\s|-\s"
    # … लज्जाजनक है-अध्यक्ष: a hyphen glued before a line's last word or two
    + r"|(?<=\S)-(?=[^\s-]+(?:[ \t]+[^\s-]+)?[ \t]*(?:\n|$))"
)


class QuoteExtractor:
    """Finds direct and indirect quotations in Hindi text and attributes them.

    >>> [q.text for q in QuoteExtractor().extract('मंत्री ने कहा, "हम पीछे नहीं हटेंगे।"')]
    ['हम पीछे नहीं हटेंगे।']
    """

    version = EXTRACTOR_VERSION

    def __init__(
        self,
        *,
        nlp: Language | None = None,
        calibrated: bool = True,
        confidence_model: ConfidenceModel | None = None,
        antecedents: AntecedentChooser | bool = False,
    ) -> None:
        """Rules only by default; pass the NER pipeline (or use :meth:`with_model`) for
        rules plus model. ``confidence`` is the packaged calibrated probability
        (``consumer/models/confidence``) unless ``confidence_model`` is given;
        ``calibrated=False`` keeps the hand-set table of :mod:`confidence` instead.
        ``antecedents=True`` lets the packaged antecedent ranker
        (``consumer/models/antecedents``) choose pronoun speakers' antecedents (the rule
        ``pronoun_ranked``); a chooser object may be passed instead."""
        self.nlp = nlp
        self.model_version: str | None = model_version(nlp) if nlp is not None else None
        self.confidence_model: ConfidenceModel | None = (
            (confidence_model or _packaged_confidence()) if calibrated else None
        )
        self.antecedents: AntecedentChooser | None = (
            _packaged_antecedents() if antecedents is True else antecedents or None
        )

    @classmethod
    def with_model(cls, path: Path | None = None, *, calibrated: bool = True) -> QuoteExtractor:
        """Rules plus the packaged NER model (``consumer/models/hi_ner``), loaded from disk."""
        return cls(nlp=load_ner(path), calibrated=calibrated)

    def extract(self, text: str) -> list[Quote]:
        quotes = self._extract_raw(text)
        model = self.confidence_model
        if model is None or not quotes:
            return quotes
        return [
            dataclasses.replace(quote, confidence=round(model.probability(features), 4))
            for quote, features in zip(quotes, record_features(text, quotes), strict=True)
        ]

    def _extract_raw(self, text: str) -> list[Quote]:
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
            context = Context(names, resolver, lookback, self.antecedents)
            lookback = p_start
            spans = find_quote_spans(text, p_start, p_end)
            if (
                not spans
                and INDIRECT_TRIGGER.search(text, p_start, p_end) is None
                and _UNMARKED_TRIGGER.search(text, p_start, p_end) is None
            ):
                # A paragraph without quotes only tells who was named as a subject (for a
                # later उन्होंने): tokenize just the words before each ने.
                observe_until(
                    local_subject_mentions(text, p_start, p_end, classify), p_end, context, text
                )
                continue
            tokens = _without_nicknames(_tokens_outside_quotes(text, p_start, p_end, spans))
            subjects = [
                m for m in subject_mentions(tokens, classify) if not inside_spans(m.start, spans)
            ]
            # Direct and reported quotes are attributed in reading order, so that a pronoun
            # points to the person who spoke last (पार्षद X का कहना था कि …। वे बोले, "…").
            reported = reported_clauses(text, tokens, spans, context)
            unmarked = unmarked_spans(text, tokens, spans, (p_start, p_end))
            if unmarked:
                # X बोले- हमने कहा था कि …: a clause inside unmarked speech is part of it.
                reported = [r for r in reported if not inside_spans(r.start, unmarked)]
            # कहा कि उनकी फिल्म 'रानी- द वॉरियर' अगले साल आएगी: a title or term in marks that
            # a reported clause runs through is part of it, not a quotation of its own.
            marked = [s for s in spans if not _inside_clause(s, reported)]
            events: list[tuple[int, QuoteSpan | Reported]] = [
                *((span.open_at, span) for span in sorted([*marked, *unmarked], key=opening)),
                *((r.start, r) for r in reported),
            ]
            for at, event in sorted(events, key=lambda e: e[0]):
                observe_until(subjects, at, context, text)
                if isinstance(event, Reported):
                    quotes.append(reported_quote(text, event, context))
                    _spoke(resolver, quotes[-1])
                    previous = quotes[-1]
                    continue
                if event.form == "marks":
                    quote = direct_quote(text, tokens, event, context, previous)
                else:
                    quote = unmarked_quote(text, tokens, event, context)
                if quote is None:
                    continue
                quotes.append(quote)
                _spoke(resolver, quote)
                previous = quote
            observe_until(subjects, p_end, context, text)
        quotes.sort(key=lambda q: q.start)
        return [_fullest(quote, resolver) for quote in _distinct(quotes)]


_packaged: list[ConfidenceModel] = []
_ranker: list[AntecedentRanker] = []


def _packaged_antecedents() -> AntecedentRanker:
    """The packaged antecedent ranker, read from disk once per process."""
    if not _ranker:
        _ranker.append(load_antecedents())
    return _ranker[0]


def _packaged_confidence() -> ConfidenceModel:
    """The packaged confidence model, read from disk once per process."""
    if not _packaged:
        _packaged.append(load_confidence())
    return _packaged[0]


def _spoke(resolver: NameResolver, quote: Quote) -> None:
    """Record the quotation's speaker, whose running words a later हमने or मैं continues;
    not a वे (कांग्रेस) कहते हैं, someone the speaker reports inside their own words."""
    if quote.evidence is not None and quote.evidence.get("speaker") == "nominative_bracketed":
        return
    if quote.speaker is not None and quote.speaker.name:
        resolver.spoke(quote.speaker.name, at=quote.start)


def _distinct(quotes: list[Quote]) -> list[Quote]:
    """One record per span: the same words found by two rules (a headline's speech in marks
    and as headline speech) are one quotation; the first found stands."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for quote in quotes:
        if (quote.start, quote.end) not in seen:
            seen.add((quote.start, quote.end))
            kept.append(quote)
    return kept


def _without_nicknames(tokens: list[Token]) -> list[Token]:
    """The tokens without a one-word name in marks after a word and before ने (शिक्षा मंत्री
    रमेश पांडे 'निर्मल' ने कहा कि …): a pen name or nickname, which would otherwise stop the
    window that finds the speaker at its marks. (Before का or की such a word is more often a
    title: कहा कि 'बंजारन' की शूटिंग …)"""
    drop: set[int] = set()
    for at, token in enumerate(tokens):
        if at < 4 or token.text not in particles.AGENT_MARKERS:
            continue  # (read from each ने back: most tokens are not one)
        k = at - 3
        if (
            tokens[k].text in punctuation.QUOTE_TOKENS
            and tokens[k + 2].text in punctuation.QUOTE_TOKENS
            and tokens[k + 1].text not in punctuation.PUNCTUATION_TOKENS
            and tokens[k - 1].text not in punctuation.PUNCTUATION_TOKENS
        ):
            drop.update((k, k + 1, k + 2))
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


def _inside_clause(span: QuoteSpan, reported: list[Reported]) -> bool:
    """Whether ``span`` lies inside one of the (sorted, non-overlapping) reported clauses."""
    at = bisect.bisect_left(reported, span.open_at, key=lambda r: r.start) - 1
    return at >= 0 and span.after_close <= reported[at].stop


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
    for pattern in (_QUOTE_MARK, INDIRECT_TRIGGER, _UNMARKED_TRIGGER):
        for match in pattern.finditer(text, max(0, last)):
            last = max(last, match.start())
    return last


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
