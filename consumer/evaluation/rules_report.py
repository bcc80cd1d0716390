"""Accuracy per rule: which speaker-finding and resolution rules get speakers right.

Every quote the extractor finds says, in its ``evidence``, which rule found its speaker
phrase and which resolved it. Over the predicted quotes whose span matches a gold quote,
this counts, per rule, how many it answered and how many of those name the right speaker
(strict, as in :mod:`consumer.evaluation.scoring`). No printing here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from consumer.evaluation.corpus import GoldArticle
from consumer.evaluation.scoring import speaker_strict
from consumer.records import Quote

__all__ = ["RuleCounts", "count_rules", "render_rules"]

#: (evidence key, rule name) -> (quotes, quotes with the right speaker)
RuleCounts = dict[tuple[str, str], tuple[int, int]]

_KEYS = ("speaker", "resolution")


def count_rules(
    articles: Iterable[GoldArticle], predictions: Sequence[Sequence[Quote]]
) -> RuleCounts:
    """Per speaker rule and per resolution rule: matched quotes and strict speaker hits."""
    total: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for article, predicted in zip(articles, predictions, strict=True):
        gold = {(g.type, g.span.start, g.span.end): g for g in article.quotes}
        for quote in predicted:
            matched = gold.get((quote.type, quote.start, quote.end))
            if matched is None:
                continue
            correct = speaker_strict(quote, matched)
            evidence = quote.evidence or {}
            for key in _KEYS:
                rule = (key, evidence.get(key, "none"))
                total[rule] += 1
                right[rule] += correct
    return {rule: (total[rule], right[rule]) for rule in sorted(total)}


def render_rules(counts: dict[str, RuleCounts]) -> str:
    """One table per evidence key, a column pair (count, accuracy) per extractor."""
    labels = list(counts)
    lines: list[str] = []
    for key in _KEYS:
        rules = sorted({rule for c in counts.values() for k, rule in c if k == key})
        header = " | ".join(f"{label:>20}" for label in labels)
        lines += ["", f"| {key + ' rule':<36} | {header} |"]
        lines.append(f"|{'-' * 38}|" + "|".join("-" * 22 for _ in labels) + "|")
        for rule in rules:
            cells = []
            for label in labels:
                n, ok = counts[label].get((key, rule), (0, 0))
                cells.append(f"{n:>6}  {ok / n:>12.3f}" if n else f"{0:>6}  {'-':>12}")
            lines.append(f"| {rule:<36} | " + " | ".join(f"{c:>20}" for c in cells) + " |")
    return "\n".join(lines)
