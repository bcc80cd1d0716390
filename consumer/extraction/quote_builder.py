"""Building a :class:`~consumer.records.Quote` from what the rules found: its cue, its
evidence (which rules produced it) and its confidence, kept within [0, 1]."""

from __future__ import annotations

from consumer.extraction.attribution import Attribution
from consumer.extraction.quotes import QuoteSpan
from consumer.extraction.resolution_case import Resolution
from consumer.records import Cue, Quote, QuoteType, Speaker

__all__ = ["build_quote", "cue_of", "evidence_of", "opening"]


def evidence_of(span: str, attribution: Attribution, resolution: Resolution) -> dict[str, str]:
    """Which rules produced a quote: how its span, its speaker phrase and its name were found."""
    evidence = {"span": span, "speaker": attribution.rule or "none"}
    if resolution.rule is not None:
        evidence["resolution"] = resolution.rule
    return evidence


def opening(span: QuoteSpan) -> int:
    """Where a quotation opens (its mark), the order quotations are attributed in."""
    return span.open_at


def cue_of(text: str, attribution: Attribution | None) -> Cue | None:
    """The cue an attribution found, as a span of ``text``."""
    if attribution is None:
        return None
    start, end = attribution.cue_start, attribution.cue_end
    return Cue(text=text[start:end], start=start, end=end)


def build_quote(
    text: str,
    type_: QuoteType,
    start: int,
    end: int,
    speaker: Speaker | None,
    cue: Cue | None,
    confidence: float,
    evidence: dict[str, str] | None = None,
) -> Quote:
    """A quote over ``text[start:end]``, its confidence kept within [0, 1]."""
    return Quote(
        type=type_,
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker,
        cue=cue,
        confidence=max(0.0, min(1.0, confidence)),
        evidence=evidence,
    )
