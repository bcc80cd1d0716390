"""Each model's contribution on one corpus part, side by side: rules only, rules + NER, rules +
the antecedent ranker, rules + both, rules with the calibrated confidence filtering at the
documented threshold; and how well each
confidence (the hand-set table, the calibrated model) forecasts. No printing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from consumer.evaluation.corpus import GoldArticle
from consumer.evaluation.reliability import Reliability, forecasts, reliability
from consumer.evaluation.report import load_part
from consumer.evaluation.rules_report import RuleCounts, count_rules
from consumer.evaluation.scoring import Report, score
from consumer.extraction import QuoteExtractor
from consumer.records import Quote

__all__ = ["RECOMMENDED_THRESHOLD", "Comparison", "compare"]

#: The confidence threshold the README documents for a consumer that wants precision near
#: 0.95 (docs/evaluation.md has the figures it rests on).
RECOMMENDED_THRESHOLD = 0.9


@dataclass(frozen=True, slots=True)
class Comparison:
    #: End-to-end figures per pipeline: ``rules``, ``rules + NER`` (when the NER model is
    #: given), ``rules + ranker`` (the antecedent ranker), ``rules + NER + ranker``,
    #: ``rules, confidence >= t`` (the calibrated records kept at the threshold).
    reports: dict[str, Report]
    #: How each confidence forecasts: ``hand-set table``, ``calibrated``.
    reliability: dict[str, Reliability]
    #: Speaker accuracy per rule, for rules only, rules + NER and rules + ranker.
    rules: dict[str, RuleCounts]
    #: Records that differ between rules only and rules + NER (speaker, span or count).
    ner_changed: int | None
    #: Records that differ between rules only and rules + the antecedent ranker.
    ranker_changed: int | None = None


def compare(
    part: str | Path,
    *,
    ner: QuoteExtractor | None = None,
    threshold: float = RECOMMENDED_THRESHOLD,
) -> Comparison:
    """The figures for ``part`` (``test``, ``dev`` or a path): see :class:`Comparison`."""
    articles = load_part(part)
    table = _predict(QuoteExtractor(calibrated=False), articles)
    calibrated = _predict(QuoteExtractor(), articles)
    gold = sum(len(a.quotes) for a in articles)
    reports = {"rules": score(articles, table)}
    rules = {"rules": count_rules(articles, table)}
    changed = None
    if ner is not None:
        with_ner = _predict(ner, articles)
        reports["rules + NER"] = score(articles, with_ner)
        rules["rules + NER"] = count_rules(articles, with_ner)
        changed = sum(_differing(a, b) for a, b in zip(table, with_ner, strict=True))
    with_ranker = _predict(QuoteExtractor(calibrated=False, antecedents=True), articles)
    reports["rules + ranker"] = score(articles, with_ranker)
    rules["rules + ranker"] = count_rules(articles, with_ranker)
    ranker_changed = sum(_differing(a, b) for a, b in zip(table, with_ranker, strict=True))
    if ner is not None:
        both = QuoteExtractor(nlp=ner.nlp, calibrated=False, antecedents=True)
        reports["rules + NER + ranker"] = score(articles, _predict(both, articles))
    kept = [[q for q in quotes if q.confidence >= threshold] for quotes in calibrated]
    reports[f"rules, confidence >= {threshold}"] = score(articles, kept)
    return Comparison(
        reports=reports,
        reliability={
            "hand-set table": reliability(forecasts(articles, table), gold),
            "calibrated": reliability(forecasts(articles, calibrated), gold),
        },
        rules=rules,
        ner_changed=changed,
        ranker_changed=ranker_changed,
    )


def _predict(extractor: QuoteExtractor, articles: Sequence[GoldArticle]) -> list[list[Quote]]:
    return [extractor.extract(a.text) for a in articles]


def _differing(a: Sequence[Quote], b: Sequence[Quote]) -> int:
    """How many records of ``a`` have no twin in ``b`` (same span, type and speaker), or the
    other way round, whichever is more."""

    def key(q: Quote) -> tuple[object, ...]:
        speaker = q.speaker
        return (
            q.type,
            q.start,
            q.end,
            speaker.name if speaker else None,
            speaker.kind if speaker else None,
        )

    mine, theirs = {key(q) for q in a}, {key(q) for q in b}
    return max(len(mine - theirs), len(theirs - mine))
