"""Run an extractor over a corpus part and render the figures as a table. No printing here."""

from __future__ import annotations

from pathlib import Path

from consumer.evaluation.corpus import GoldArticle, load
from consumer.evaluation.scoring import THRESHOLDS, Report, score
from consumer.extraction import QuoteExtractor
from consumer.records import QUOTE_TYPES

__all__ = ["CORPUS_DIR", "evaluate", "load_part", "render"]

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"


def evaluate(
    extractor: QuoteExtractor, part: str | Path = "test"
) -> tuple[Report, list[GoldArticle]]:
    """Score ``extractor`` on a corpus part: ``test``, ``dev`` (every ``dev*.jsonl``) or a path."""
    articles = load_part(part)
    predictions = [extractor.extract(a.text) for a in articles]
    return score(articles, predictions), articles


def load_part(part: str | Path) -> list[GoldArticle]:
    """The articles of a corpus part: ``test``, ``dev`` (every ``dev*.jsonl``) or a path."""
    if isinstance(part, Path):
        paths = [part]
    elif part == "dev":
        paths = sorted(CORPUS_DIR.glob("dev*.jsonl"))
    else:
        paths = [CORPUS_DIR / f"{part}.jsonl"]
    return [article for path in paths for article in load(path)]


def render(reports: dict[str, Report], *, title: str) -> str:
    names = list(reports)
    rows: list[tuple[str, ...]] = []

    def row(label: str, values: list[str]) -> None:
        rows.append((label, *values))

    for kind in QUOTE_TYPES:
        for metric in ("precision", "recall", "f1"):
            row(
                f"{kind} span {metric}",
                [f"{getattr(r.span[kind], metric):.3f}" for r in reports.values()],
            )
    for kind in QUOTE_TYPES:
        row(
            f"{kind} span F1 (overlap)",
            [f"{r.span_overlap[kind].f1:.3f}" for r in reports.values()],
        )
    row("speaker accuracy, strict", [f"{r.speaker_strict.value:.3f}" for r in reports.values()])
    row("speaker accuracy, lenient", [f"{r.speaker_lenient.value:.3f}" for r in reports.values()])
    row("cue accuracy", [f"{r.cue.value:.3f}" for r in reports.values()])
    row(
        "end-to-end P (span + strict speaker)",
        [f"{r.end_to_end.precision:.3f}" for r in reports.values()],
    )
    row("end-to-end R", [f"{r.end_to_end.recall:.3f}" for r in reports.values()])
    row("end-to-end F1", [f"{r.end_to_end.f1:.3f}" for r in reports.values()])
    row("end-to-end F1, direct only", [f"{r.end_to_end_direct.f1:.3f}" for r in reports.values()])
    for threshold in THRESHOLDS:
        row(
            f"precision / recall at confidence >= {threshold}",
            [
                f"{r.by_threshold[threshold].precision:.3f} / {r.by_threshold[threshold].recall:.3f}"
                for r in reports.values()
            ],
        )
    forms = sorted({f for r in reports.values() for f in r.by_form})
    for form in forms:
        row(
            f"{form}: span P / R (gold {max(r.form(form).gold for r in reports.values())})",
            [f"{r.form(form).precision:.3f} / {r.form(form).recall:.3f}" for r in reports.values()],
        )
    width = max(len(r[0]) for r in rows)
    columns = [max(len(n), *(len(r[i + 1]) for r in rows)) for i, n in enumerate(names)]
    lines = [
        title,
        "",
        f"| {'metric'.ljust(width)} | "
        + " | ".join(n.ljust(c) for n, c in zip(names, columns, strict=True))
        + " |",
    ]
    lines.append(f"|{'-' * (width + 2)}|" + "|".join("-" * (c + 2) for c in columns) + "|")
    for r in rows:
        lines.append(
            f"| {r[0].ljust(width)} | "
            + " | ".join(v.rjust(c) for v, c in zip(r[1:], columns, strict=True))
            + " |"
        )
    return "\n".join(lines)
