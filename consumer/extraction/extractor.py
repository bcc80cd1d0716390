"""QuoteExtractor: article text in, quotes out. Rules only for now; no Kafka, no I/O."""

from __future__ import annotations

from consumer.extraction import lexicon
from consumer.extraction.attribution import (
    Attribution,
    Mention,
    attribute_after,
    attribute_before,
    find_cue,
    subject_mentions,
    window_after,
    window_before,
)
from consumer.extraction.quotes import QuoteSpan, find_quote_spans
from consumer.extraction.resolution import NameResolver
from consumer.extraction.text import Token, paragraphs, tokenize
from consumer.records import Cue, Quote, Speaker

__all__ = ["EXTRACTOR_VERSION", "QuoteExtractor"]

EXTRACTOR_VERSION = "0.1.0"

_QUOTE_MARKS = frozenset(lexicon.DOUBLE_QUOTE_MARKS)


class QuoteExtractor:
    """Finds direct and indirect quotations in Hindi text and attributes them.

    >>> [q.text for q in QuoteExtractor().extract('मंत्री ने कहा, "हम पीछे नहीं हटेंगे।"')]
    ['हम पीछे नहीं हटेंगे।']
    """

    version = EXTRACTOR_VERSION
    model_version: str | None = None

    def extract(self, text: str) -> list[Quote]:
        resolver = NameResolver()
        quotes: list[Quote] = []
        previous: Quote | None = None
        for p_start, p_end in paragraphs(text):
            tokens = tokenize(text, p_start, p_end)
            spans = find_quote_spans(text, p_start, p_end)
            subjects = [
                m for m in subject_mentions(tokens) if not any(_inside(m.start, s) for s in spans)
            ]
            for span in spans:
                _observe_until(text, subjects, span.open_at, resolver)
                quote = self._direct(text, tokens, span, resolver, previous)
                quotes.append(quote)
                previous = quote
            quotes.extend(self._indirect(text, tokens, spans, resolver))
            _observe_until(text, subjects, p_end, resolver)
        quotes.sort(key=lambda q: q.start)
        return quotes

    def _direct(
        self,
        text: str,
        tokens: list[Token],
        span: QuoteSpan,
        resolver: NameResolver,
        previous: Quote | None,
    ) -> Quote:
        attribution = None
        if span.closed:
            attribution = attribute_after(window_after(tokens, span.close_at + 1))
        if attribution is None or attribution.speaker is None:
            before = attribute_before(window_before(tokens, span.open_at))
            if before is not None and (attribution is None or before.speaker is not None):
                attribution = before
        confidence = 0.9
        if attribution is None:
            starts_paragraph = not text[span.paragraph_start : span.open_at].strip()
            same_paragraph = previous is not None and previous.start >= span.paragraph_start
            if (starts_paragraph or same_paragraph) and previous is not None and previous.speaker:
                # A quote that names nobody and opens a paragraph, or follows an attributed
                # quote in the same paragraph, continues the previous speaker (the newspaper
                # convention for quotes running over several sentences or paragraphs).
                return _quote(text, "direct", span.start, span.end, previous.speaker, None, 0.7)
            confidence = 0.4
        elif attribution.speaker is None:
            confidence = 0.6
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
    ) -> list[Quote]:
        """``X ने कहा कि सरकार … करेगी।``: the clause after कि up to the sentence end."""
        quotes: list[Quote] = []
        for i, token in enumerate(tokens):
            if token.text not in lexicon.COMPLEMENTIZERS or i == 0:
                continue
            if i + 1 >= len(tokens) or tokens[i + 1].text in _QUOTE_MARKS:
                continue
            if any(s.open_at <= token.start < s.close_at for s in spans):
                continue
            clause = window_before(tokens, token.start)
            cue = find_cue(clause, last=True)
            if cue is None or cue[1] != len(clause):
                continue
            attribution = attribute_before(clause)
            if attribution is None:
                continue
            end_index = i + 1
            while end_index < len(tokens) and tokens[end_index].text not in lexicon.SENTENCE_END:
                if tokens[end_index].text in _QUOTE_MARKS:
                    break
                end_index += 1
            if end_index < len(tokens) and tokens[end_index].text in _QUOTE_MARKS:
                continue
            start, end = tokens[i + 1].start, tokens[end_index - 1].end
            if len(text[start:end].split()) < lexicon.MIN_QUOTE_WORDS:
                continue
            speaker = _speaker(text, attribution.speaker, resolver)
            confidence = 0.8 if speaker is not None else 0.5
            quotes.append(
                _quote(text, "indirect", start, end, speaker, _cue(text, attribution), confidence)
            )
        return quotes


def _inside(offset: int, span: QuoteSpan) -> bool:
    return span.open_at <= offset < span.close_at


def _observe_until(text: str, subjects: list[Mention], offset: int, resolver: NameResolver) -> None:
    """Feed the resolver the people named as subjects before ``offset`` (consumed in place)."""
    while subjects and subjects[0].start < offset:
        mention = subjects.pop(0)
        if mention.kind == "person" and mention.name:
            resolver.observe(mention.name)


def _speaker(text: str, mention: Mention | None, resolver: NameResolver) -> Speaker | None:
    if mention is None:
        return None
    name = mention.name
    if mention.kind == "person" and name is not None:
        name = resolver.observe(name)
    elif mention.kind == "pronoun":
        name = resolver.last_person()
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
    type_: str,
    start: int,
    end: int,
    speaker: Speaker | None,
    cue: Cue | None,
    confidence: float,
) -> Quote:
    assert type_ in ("direct", "indirect")
    return Quote(
        type="direct" if type_ == "direct" else "indirect",
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker,
        cue=cue,
        confidence=max(0.0, min(1.0, confidence)),
    )
