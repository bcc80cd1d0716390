"""Confidence as a forecast on real news pages: the reliability table and precision/recall at
thresholds, from the real-news scorer's per-quotation details.

    .venv/bin/quote-consumer extract ARTICLES > pred.jsonl
    python3 ../shared/tools/realnews_score.py GOLD ARTICLES pred.jsonl --json > scored.json
    .venv/bin/python scripts/realnews_reliability.py scored.json [more scored.json ...]

A record is right as the scorer counts end-to-end: matched to a gold quotation of its type
(direct or indirect, at least 50% overlap) with the speaker strictly right. Records the scorer
does not type-match (speech without marks, type ``unmarked``) are left out, as in its
direct + indirect figures. The pages stay outside the repository (corpus/realnews/README.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from consumer.evaluation.reliability import reliability, render_reliability


def _details(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text[text.index("{") :])  # after the scorer's notes
    return document


def forecasts(document: dict[str, Any]) -> tuple[list[tuple[float, bool]], int]:
    """(confidence, right) per scored record, and the number of gold quotations."""
    pairs: list[tuple[float, bool]] = []
    for record in document["details"]:
        prediction = record.get("p")
        if prediction is None:
            continue
        right = record["kind"] == "gold" and bool(record.get("sp_strict"))
        pairs.append((float(prediction["confidence"]), right))
    return pairs, int(document["totals"]["direct+indirect"]["gold"])


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    figures = {}
    for name in argv:
        pairs, gold = forecasts(_details(Path(name)))
        figures[Path(name).stem] = reliability(pairs, gold)
    print(render_reliability(figures, title="confidence on real pages (scorer's end-to-end rule)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
