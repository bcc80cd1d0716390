"""How well ``confidence`` forecasts: expected calibration error, a reliability table, precision
and recall at thresholds, and the lowest threshold reaching a target precision. Pure.

Each record is a forecast (its confidence) and an outcome (its span matches a gold quote and
its speaker is strictly right: the end-to-end rule of :mod:`consumer.evaluation.scoring`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from consumer.evaluation.corpus import GoldArticle
from consumer.evaluation.scoring import speaker_strict
from consumer.records import Quote

__all__ = [
    "BINS",
    "CUTS",
    "Bin",
    "Reliability",
    "forecasts",
    "reliability",
    "render_reliability",
]

#: Upper edges of the reliability table's bins (the first starts at 0).
BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
#: Thresholds at which precision and recall are reported.
CUTS = (0.5, 0.7, 0.8, 0.9, 0.95)
#: The precision a media monitor asks for (issue 14).
TARGET_PRECISION = 0.95


@dataclass(frozen=True, slots=True)
class Bin:
    low: float
    high: float
    count: int
    predicted: float  # mean confidence
    observed: float  # share of right records


@dataclass(frozen=True, slots=True)
class Reliability:
    records: int
    right: int
    gold: int
    ece: float
    bins: tuple[Bin, ...]
    #: threshold -> (precision, recall, records kept)
    at: dict[float, tuple[float, float, int]]
    #: The lowest confidence threshold whose kept records reach TARGET_PRECISION (None if
    #: none does), with its precision and recall.
    threshold: tuple[float, float, float] | None

    def as_dict(self) -> dict[str, object]:
        return {
            "records": self.records,
            "right": self.right,
            "gold": self.gold,
            "ece": round(self.ece, 4),
            "bins": [
                {
                    "low": b.low,
                    "high": b.high,
                    "count": b.count,
                    "predicted": round(b.predicted, 4),
                    "observed": round(b.observed, 4),
                }
                for b in self.bins
            ],
            "at": {
                str(t): {"precision": round(p, 4), "recall": round(r, 4), "kept": n}
                for t, (p, r, n) in self.at.items()
            },
            "threshold_for_precision_0.95": None
            if self.threshold is None
            else {
                "threshold": self.threshold[0],
                "precision": round(self.threshold[1], 4),
                "recall": round(self.threshold[2], 4),
            },
        }


def forecasts(
    articles: Sequence[GoldArticle], predictions: Sequence[Sequence[Quote]]
) -> list[tuple[float, bool]]:
    """(confidence, right) for every predicted record."""
    pairs = []
    for article, predicted in zip(articles, predictions, strict=True):
        gold = {(g.type, g.span.start, g.span.end): g for g in article.quotes}
        for quote in predicted:
            matched = gold.get((quote.type, quote.start, quote.end))
            pairs.append((quote.confidence, matched is not None and speaker_strict(quote, matched)))
    return pairs


def reliability(pairs: Sequence[tuple[float, bool]], gold: int) -> Reliability:
    """The figures for ``pairs`` (confidence, right) against ``gold`` annotated quotes."""
    bins = []
    ece = 0.0
    low = 0.0
    for high in BINS:
        inside = [(c, r) for c, r in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
        if inside:
            predicted = sum(c for c, _ in inside) / len(inside)
            observed = sum(r for _, r in inside) / len(inside)
            ece += len(inside) / len(pairs) * abs(predicted - observed)
            bins.append(Bin(low, high, len(inside), predicted, observed))
        else:
            bins.append(Bin(low, high, 0, 0.0, 0.0))
        low = high
    at = {t: _kept(pairs, t, gold) for t in CUTS}
    threshold = None
    for t in sorted({c for c, _ in pairs}):
        precision, recall, kept = _kept(pairs, t, gold)
        if kept and precision >= TARGET_PRECISION:
            threshold = (t, precision, recall)
            break
    return Reliability(len(pairs), sum(r for _, r in pairs), gold, ece, tuple(bins), at, threshold)


def _kept(
    pairs: Sequence[tuple[float, bool]], threshold: float, gold: int
) -> tuple[float, float, int]:
    kept = [r for c, r in pairs if c >= threshold]
    right = sum(kept)
    return (right / len(kept) if kept else 1.0, right / gold if gold else 1.0, len(kept))


def render_reliability(figures: dict[str, Reliability], *, title: str) -> str:
    """The reliability table and threshold figures, one column group per extractor."""
    lines = [title, ""]
    header = (
        "| confidence bin | "
        + " | ".join(f"{n}: count, predicted, observed" for n in figures)
        + " |"
    )
    lines += [header, "|---|" + "---|" * len(figures)]
    for i, high in enumerate(BINS):
        low = BINS[i - 1] if i else 0.0
        cells = []
        for f in figures.values():
            b = f.bins[i]
            cells.append(
                f"{b.count:>4}, {b.predicted:.3f}, {b.observed:.3f}" if b.count else f"{0:>4}, -, -"
            )
        lines.append(
            f"| [{low:.2f}, {high:.2f}{']' if high == 1.0 else ')'} | " + " | ".join(cells) + " |"
        )
    lines.append("")
    lines.append("| figure | " + " | ".join(figures) + " |")
    lines.append("|---|" + "---|" * len(figures))
    lines.append(
        "| expected calibration error | "
        + " | ".join(f"{f.ece:.3f}" for f in figures.values())
        + " |"
    )
    for t in CUTS:
        lines.append(
            f"| P / R at confidence >= {t} | "
            + " | ".join(f"{f.at[t][0]:.3f} / {f.at[t][1]:.3f}" for f in figures.values())
            + " |"
        )
    lines.append(
        "| lowest threshold with P >= 0.95 (P / R) | "
        + " | ".join(
            "none"
            if f.threshold is None
            else f"{f.threshold[0]:.3f} ({f.threshold[1]:.3f} / {f.threshold[2]:.3f})"
            for f in figures.values()
        )
        + " |"
    )
    return "\n".join(lines)
