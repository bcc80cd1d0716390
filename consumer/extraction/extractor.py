"""QuoteExtractor: article text in, quotes out. No Kafka, no I/O."""

from __future__ import annotations

from consumer.extraction import lexicon
from consumer.extraction.attribution import (
    Attribution,
    Classifier,
    Mention,
    attribute_after,
    attribute_before,
    classify_mention,
    cue_at_end,
    subject_mentions,
    window_after,
    window_before,
)
from consumer.extraction.quotes import QuoteSpan, find_quote_spans
from consumer.extraction.resolution import NameResolver
from consumer.extraction.text import Token, paragraphs, tokenize
from consumer.records import Cue, Quote, QuoteType, Speaker

__all__ = ["EXTRACTOR_VERSION", "QuoteExtractor"]

EXTRACTOR_VERSION = "0.2.0"

_QUOTE_MARKS = frozenset(lexicon.DOUBLE_QUOTE_MARKS)
_ACCORDING_TO = tuple(tuple(c.split()) for c in lexicon.ACCORDING_TO)
_CLAUSE_TRAILERS = frozenset({",", ";", ":", "-", "—", "–"})


class QuoteExtractor:
    """Finds direct and indirect quotations in Hindi text and attributes them.

    >>> [q.text for q in QuoteExtractor().extract('मंत्री ने कहा, "हम पीछे नहीं हटेंगे।"')]
    ['हम पीछे नहीं हटेंगे।']
    """

    version = EXTRACTOR_VERSION
    model_version: str | None = None

    def extract(self, text: str) -> list[Quote]:
        classify = self._classifier(text)
        resolver = NameResolver()
        quotes: list[Quote] = []
        previous: Quote | None = None
        for p_start, p_end in paragraphs(text):
            tokens = tokenize(text, p_start, p_end)
            spans = find_quote_spans(text, p_start, p_end)
            subjects = [
                m
                for m in subject_mentions(tokens, classify)
                if not any(_inside(m.start, s) for s in spans)
            ]
            for span in spans:
                _observe_until(subjects, span.open_at, resolver)
                quote = self._direct(text, tokens, span, resolver, previous, classify)
                quotes.append(quote)
                previous = quote
            quotes.extend(self._indirect(text, tokens, spans, resolver, classify))
            _observe_until(subjects, p_end, resolver)
        quotes.sort(key=lambda q: q.start)
        return quotes

    def _classifier(self, text: str) -> Classifier:
        """How speaker phrases become mentions; the model-backed extractor overrides this."""
        return classify_mention

    def _direct(
        self,
        text: str,
        tokens: list[Token],
        span: QuoteSpan,
        resolver: NameResolver,
        previous: Quote | None,
        classify: Classifier,
    ) -> Quote:
        before = attribute_before(window_before(tokens, span.open_at), classify)
        after = (
            attribute_after(window_after(tokens, span.close_at + 1), classify)
            if span.closed
            else None
        )
        attribution = _choose(before, after)
        if attribution is None:
            starts_paragraph = not text[span.paragraph_start : span.open_at].strip()
            same_paragraph = previous is not None and previous.start >= span.paragraph_start
            if (starts_paragraph or same_paragraph) and previous is not None and previous.speaker:
                # A quote that names nobody and opens a paragraph, or follows an attributed
                # quote in the same paragraph, continues the previous speaker (the newspaper
                # convention for quotes running over several sentences or paragraphs).
                confidence = 0.75 if starts_paragraph else 0.7
                return _quote(
                    text, "direct", span.start, span.end, previous.speaker, None, confidence
                )
            confidence = 0.4
        elif attribution.speaker is None:
            confidence = 0.55
        else:
            confidence = (
                0.92 if attribution.speaker.name or attribution.speaker.kind != "pronoun" else 0.8
            )
        if not span.closed:
            confidence -= 0.15
        speaker = _speaker(text, attribution.speaker, resolver) if attribution else None
        cue = _cue(text, attribution)
        return _quote(text, "direct", span.start, span.end, speaker, cue, confidence)

    def _indirect(
        self,
        text: str,
        tokens: list[Token],
        spans: list[QuoteSpan],
        resolver: NameResolver,
        classify: Classifier,
    ) -> list[Quote]:
        """``X ने कहा कि …।`` and ``X के अनुसार, …।``: the reported clause up to the sentence end."""
        quotes: list[Quote] = []
        words = [t.text for t in tokens]
        for i, token in enumerate(tokens):
            if any(_inside(token.start, s) for s in spans):
                continue
            if token.text in lexicon.COMPLEMENTIZERS and i > 0:
                clause = window_before(tokens, token.start)
                if not _cue_ends_clause(clause):
                    continue
                attribution = attribute_before(clause, classify)
                body = i + 1
            elif _according_to_at(words, i):
                clause = window_before(tokens, token.start)
                cue_len = next(len(c) for c in _ACCORDING_TO if tuple(words[i : i + len(c)]) == c)
                window = [*clause, *tokens[i : i + cue_len]]
                attribution = attribute_before(window, classify)
                if attribution is None or not _plausible_source(attribution.speaker, clause):
                    continue
                body = (
                    i
                    + cue_len
                    + (1 if i + cue_len < len(tokens) and words[i + cue_len] == "," else 0)
                )
            else:
                continue
            if attribution is None or body >= len(tokens) or words[body] in _QUOTE_MARKS:
                continue
            end = body
            while end < len(tokens) and words[end] not in lexicon.SENTENCE_END:
                if words[end] in _QUOTE_MARKS:
                    break
                end += 1
            while end > body and words[end - 1] in _CLAUSE_TRAILERS:
                end -= 1
            if end <= body:
                continue
            start, stop = tokens[body].start, tokens[end - 1].end
            if len(text[start:stop].split()) < lexicon.MIN_QUOTE_WORDS:
                continue
            speaker = _speaker(text, attribution.speaker, resolver)
            confidence = (
                0.85 if speaker is not None and (speaker.name or speaker.kind == "role") else 0.5
            )
            quotes.append(
                _quote(text, "indirect", start, stop, speaker, _cue(text, attribution), confidence)
            )
        return quotes


def _choose(before: Attribution | None, after: Attribution | None) -> Attribution | None:
    """Prefer the attribution that names a speaker; on a tie, the one before the quote."""
    if before is not None and before.speaker is not None:
        return before
    if after is not None and after.speaker is not None:
        return after
    return before or after


def _cue_ends_clause(clause: list[Token]) -> bool:
    return cue_at_end([t.text for t in clause]) is not None


def _according_to_at(words: list[str], i: int) -> bool:
    """``X के अनुसार, …`` opening a sentence (not ``नियमों के अनुसार कार्रवाई होगी``)."""
    for cue in _ACCORDING_TO:
        if tuple(words[i : i + len(cue)]) == cue:
            after = i + len(cue)
            return after < len(words) and words[after] == ","
    return False


def _plausible_source(mention: Mention | None, clause: list[Token]) -> bool:
    """A person, organisation, document or role: something that can state a fact."""
    if mention is None:
        return False
    if mention.kind in ("organization", "document", "pronoun"):
        return True
    if mention.kind == "role":
        return True
    return mention.name is not None and len(mention.name.split()) >= 1 and len(clause) <= 10


def _inside(offset: int, span: QuoteSpan) -> bool:
    return span.open_at <= offset < span.close_at


def _observe_until(subjects: list[Mention], offset: int, resolver: NameResolver) -> None:
    """Feed the resolver the people named as subjects before ``offset`` (consumed in place)."""
    while subjects and subjects[0].start < offset:
        mention = subjects.pop(0)
        if mention.kind == "person" and mention.name:
            resolver.observe(mention.name, role=mention.role)
        elif mention.kind == "organization" and mention.name:
            resolver.observe_org(mention.name)


def _speaker(text: str, mention: Mention | None, resolver: NameResolver) -> Speaker | None:
    if mention is None:
        return None
    name = mention.name
    if mention.kind == "person" and name is not None:
        name = resolver.observe(name, role=mention.role)
    elif mention.kind == "pronoun":
        name = resolver.last_person()
    elif mention.kind == "role" and mention.role is not None:
        name = resolver.resolve_role(mention.role)
    elif mention.kind == "organization" and name is not None:
        name = resolver.observe_org(name)
    return Speaker(
        text=text[mention.start : mention.end],
        start=mention.start,
        end=mention.end,
        kind=mention.kind,
        name=name,
    )


def _cue(text: str, attribution: Attribution | None) -> Cue | None:
    if attribution is None:
        return None
    start, end = attribution.cue_start, attribution.cue_end
    return Cue(text=text[start:end], start=start, end=end)


def _quote(
    text: str,
    type_: QuoteType,
    start: int,
    end: int,
    speaker: Speaker | None,
    cue: Cue | None,
    confidence: float,
) -> Quote:
    return Quote(
        type=type_,
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker,
        cue=cue,
        confidence=max(0.0, min(1.0, confidence)),
    )
