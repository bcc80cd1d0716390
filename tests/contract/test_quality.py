"""Quality gate: the extractor on the held-out test part of the corpus, and the NER model on
HiNER's held-out part. Fails when a figure drops below its floor.

Floors are the issue's targets where the release meets them, and otherwise the figure of the
last release rounded down (a regression guard), with the target beside it; docs/evaluation.md
has the full table and the command (``make eval``) that prints it.
"""

from __future__ import annotations

import pytest

from consumer.evaluation.ner import evaluate_ner
from consumer.evaluation.report import CORPUS_DIR, evaluate
from consumer.extraction import QuoteExtractor
from consumer.training.ner import default_data_path

# figure: (floor, target)
FLOORS = {
    "direct span F1": (0.97, 0.97),
    "indirect span F1": (0.80, 0.80),
    # 0.929 at this release (0.921 at the last one): the floor is now the target.
    "end-to-end F1, strict speaker": (0.92, 0.92),
    "speaker accuracy, lenient": (0.95, None),
    "cue accuracy": (0.95, None),
}
PERSON_F1_FLOOR = (0.70, 0.80)

# The second test part (corpus/test2.jsonl), written to look like real pages: headlines,
# clutter, speech without marks, every kind of quote mark. Scored unseen at its first release
# (end-to-end 0.745, speech without marks found 37 of 52 at the exact span): floors are those
# figures rounded down, a regression guard; the real-news targets of issue 13 are higher.
FLOORS_TEST2 = {
    "end-to-end F1, strict speaker": 0.74,
    "indirect span F1": 0.93,
    "direct span F1, in quote marks": 0.97,
}


@pytest.fixture(scope="module")
def extractor() -> QuoteExtractor:
    """The pipeline as shipped: rules only (the NER model is off by default, issue 14)."""
    return QuoteExtractor()


@pytest.fixture(scope="module")
def with_ner() -> QuoteExtractor:
    return QuoteExtractor.with_model()


@pytest.fixture(scope="module")
def figures(extractor: QuoteExtractor) -> dict[str, float]:
    report, articles = evaluate(extractor, "test")
    assert len(articles) >= 80
    assert sum(len(a.quotes) for a in articles) >= 300
    return {
        "direct span F1": report.span["direct"].f1,
        "indirect span F1": report.span["indirect"].f1,
        "end-to-end F1, strict speaker": report.end_to_end.f1,
        "speaker accuracy, lenient": report.speaker_lenient.value,
        "cue accuracy": report.cue.value,
    }


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_extraction_quality_does_not_drop(figures: dict[str, float], figure: str) -> None:
    floor, target = FLOORS[figure]
    assert figures[figure] >= floor, f"{figure} {figures[figure]:.3f} < {floor} (target {target})"


def test_model_adds_to_the_rules(with_ner: QuoteExtractor) -> None:
    with_model, _ = evaluate(with_ner, "dev")
    rules_only, _ = evaluate(QuoteExtractor(), "dev")
    assert with_model.end_to_end.f1 >= rules_only.end_to_end.f1


def test_person_f1_on_hiner_held_out(with_ner: QuoteExtractor) -> None:
    assert with_ner.nlp is not None
    result = evaluate_ner(with_ner.nlp)
    person = result["per_type"]["PERSON"]["f"]
    floor, target = PERSON_F1_FLOOR
    assert person >= floor, (
        f"PERSON F1 {person:.3f} < {floor} (target {target}) on {result['source']}"
    )
    if default_data_path().is_file():
        assert "held-out" in result["source"]


@pytest.fixture(scope="module")
def figures_test2(extractor: QuoteExtractor) -> dict[str, float]:
    report, articles = evaluate(extractor, CORPUS_DIR / "test2.jsonl")
    assert len(articles) >= 60
    assert sum(q.form in ("dash", "headline", "unmarked") for a in articles for q in a.quotes) >= 50
    return {
        "end-to-end F1, strict speaker": report.end_to_end.f1,
        "indirect span F1": report.span["indirect"].f1,
        "direct span F1, in quote marks": report.form("marks").f1,
    }


@pytest.mark.parametrize("figure", sorted(FLOORS_TEST2))
def test_quality_on_pages_like_real_ones_does_not_drop(
    figures_test2: dict[str, float], figure: str
) -> None:
    floor = FLOORS_TEST2[figure]
    assert figures_test2[figure] >= floor, f"test2 {figure} {figures_test2[figure]:.3f} < {floor}"
