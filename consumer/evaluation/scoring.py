"""Precision, recall and F1 of an extractor against the gold corpus. Pure: no I/O.

Definitions (docs/evaluation.md):

- A predicted quote **matches** a gold quote of the same type with exactly the same span.
- Span P/R/F1 per type count matched, predicted and gold quotes of that type. The *overlap*
  variant accepts any overlapping span of the same type (one-to-one).
- Speaker accuracy is measured on matched quotes. *Strict*: the resolved name equals the gold
  name (for an unnamed gold speaker: no name, and the mention overlaps the gold mention).
  *Lenient*: strict, or the mention overlaps the gold mention, or the last word of the
  predicted name or mention equals the last word of the gold name.
- Cue accuracy: on matched quotes, the cue span equals the gold cue span (or both are absent).
- End-to-end: a prediction is correct when its span matches and its speaker is strictly right.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from consumer.evaluation.corpus import GoldArticle, GoldQuote, GoldSpan
from consumer.records import QUOTE_TYPES, Quote

__all__ = ["Counts", "Report", "score", "speaker_strict"]

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Report:
    span: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in QUOTE_TYPES})
    span_overlap: dict[str, Counts] = field(
        default_factory=lambda: {t: Counts() for t in QUOTE_TYPES}
    )
    speaker_strict: Ratio = field(default_factory=Ratio)
    speaker_lenient: Ratio = field(default_factory=Ratio)
    cue: Ratio = field(default_factory=Ratio)
    end_to_end: Counts = field(default_factory=Counts)
    end_to_end_direct: Counts = field(default_factory=Counts)
    by_threshold: dict[float, Counts] = field(
        default_factory=lambda: {t: Counts() for t in THRESHOLDS}
    )
    #: Exact-span counts per marking form (marks, dash, headline, unmarked, reported): gold
    #: by the annotation's form, predictions by the record's.
    by_form: dict[str, Counts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def form(self, name: str) -> Counts:
        return self.by_form.setdefault(name, Counts())

    def as_dict(self) -> dict[str, object]:
        def counts(c: Counts) -> dict[str, float]:
            return {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "tp": c.tp,
                "predicted": c.predicted,
                "gold": c.gold,
            }

        return {
            "span": {t: counts(c) for t, c in self.span.items()},
            "span_overlap": {t: counts(c) for t, c in self.span_overlap.items()},
            "speaker_strict": round(self.speaker_strict.value, 4),
            "speaker_lenient": round(self.speaker_lenient.value, 4),
            "speaker_matched_quotes": self.speaker_strict.total,
            "cue": round(self.cue.value, 4),
            "end_to_end": counts(self.end_to_end),
            "end_to_end_direct": counts(self.end_to_end_direct),
            "precision_at_confidence": {str(t): counts(c) for t, c in self.by_threshold.items()},
            "by_form": {f: counts(c) for f, c in sorted(self.by_form.items())},
        }


def score(articles: Iterable[GoldArticle], predictions: Sequence[Sequence[Quote]]) -> Report:
    report = Report()
    for article, predicted in zip(articles, predictions, strict=True):
        _score_article(report, article, list(predicted))
    return report


def _score_article(report: Report, article: GoldArticle, predicted: list[Quote]) -> None:
    gold_by_span = {(g.type, g.span.start, g.span.end): g for g in article.quotes}
    for gold in article.quotes:
        report.form(gold.form).gold += 1
        report.span[gold.type].gold += 1
        report.span_overlap[gold.type].gold += 1
        report.end_to_end.gold += 1
        if gold.type == "direct":
            report.end_to_end_direct.gold += 1
        for threshold in THRESHOLDS:
            report.by_threshold[threshold].gold += 1
    used_overlap: set[str] = set()
    for quote in predicted:
        report.form(quote.form).predicted += 1
        report.span[quote.type].predicted += 1
        report.span_overlap[quote.type].predicted += 1
        report.end_to_end.predicted += 1
        if quote.type == "direct":
            report.end_to_end_direct.predicted += 1
        for threshold in THRESHOLDS:
            if quote.confidence >= threshold:
                report.by_threshold[threshold].predicted += 1
        overlapping = next(
            (
                g
                for g in article.quotes
                if g.type == quote.type
                and g.key not in used_overlap
                and g.span.start < quote.end
                and quote.start < g.span.end
            ),
            None,
        )
        if overlapping is not None:
            used_overlap.add(overlapping.key)
            report.span_overlap[quote.type].tp += 1
        matched = gold_by_span.get((quote.type, quote.start, quote.end))
        if matched is None:
            report.errors.append(f"{article.id}: spurious {quote.type} {quote.text[:60]!r}")
            continue
        gold = matched
        report.span[quote.type].tp += 1
        if gold.form == quote.form:
            report.form(quote.form).tp += 1
        strict = speaker_strict(quote, gold)
        lenient = strict or _speaker_lenient(quote, gold)
        report.speaker_strict.total += 1
        report.speaker_lenient.total += 1
        report.speaker_strict.correct += strict
        report.speaker_lenient.correct += lenient
        report.cue.total += 1
        report.cue.correct += _cue_right(quote, gold)
        if not strict:
            said = quote.speaker.name or quote.speaker.text if quote.speaker else None
            report.errors.append(
                f"{article.id}: speaker {said!r} should be {gold.name or _text(gold.speaker)!r} "
                f"for {quote.text[:40]!r}"
            )
        if strict:
            report.end_to_end.tp += 1
            if quote.type == "direct":
                report.end_to_end_direct.tp += 1
            for threshold in THRESHOLDS:
                if quote.confidence >= threshold:
                    report.by_threshold[threshold].tp += 1
    predicted_spans = {(q.type, q.start, q.end) for q in predicted}
    for gold in article.quotes:
        if (gold.type, gold.span.start, gold.span.end) not in predicted_spans:
            report.errors.append(f"{article.id}: missed {gold.type} {gold.span.text[:60]!r}")


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    return " ".join(unicodedata.normalize("NFC", name).replace("\u200d", "").split())


def _overlaps(a_start: int, a_end: int, span: GoldSpan | None) -> bool:
    return span is not None and a_start < span.end and span.start < a_end


def speaker_strict(quote: Quote, gold: GoldQuote) -> bool:
    """Whether the quote names the gold speaker: the same name, or both unnamed."""
    speaker = quote.speaker
    if gold.name is not None:
        return speaker is not None and _norm(speaker.name) == _norm(gold.name)
    if gold.speaker is None:
        return speaker is None or speaker.name is None
    return (
        speaker is not None
        and speaker.name is None
        and _overlaps(speaker.start, speaker.end, gold.speaker)
    )


def _speaker_lenient(quote: Quote, gold: GoldQuote) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    if _overlaps(speaker.start, speaker.end, gold.speaker):
        return True
    gold_last = (_norm(gold.name) or "").split()[-1:]
    mine = (_norm(speaker.name) or _norm(speaker.text) or "").split()[-1:]
    return bool(gold_last) and gold_last == mine


def _cue_right(quote: Quote, gold: GoldQuote) -> bool:
    if gold.cue is None:
        return quote.cue is None
    return quote.cue is not None and (quote.cue.start, quote.cue.end) == (
        gold.cue.start,
        gold.cue.end,
    )


def _text(span: GoldSpan | None) -> str | None:
    return span.text if span else None
