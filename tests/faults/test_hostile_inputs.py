"""The hostile-input catalogue (tests/faults/hostile.py) through the processing code alone:
each message gets its expected outcome, and a valid article is extracted within the
service's time budget (QUOTES_EXTRACTION_TIMEOUT_S, 10 s) rather than dead-lettered for
running out of it. tests/faults/test_hostile_worker.py sends the same catalogue through a
worker on the real broker."""

from __future__ import annotations

import time

import pytest

from consumer.codec import ArticleDecoder
from consumer.config import Settings
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from tests.faults.hostile import CASES, PROCESSED, Case

BUDGET_S = Settings().extraction_timeout_s


@pytest.fixture(scope="module")
def processor() -> Processor:
    return Processor(QuoteExtractor.with_model(), ArticleDecoder())


def test_the_catalogue_covers_at_least_thirty_kinds_of_bad_input():
    assert len({c.name for c in CASES}) == len(CASES) >= 30
    assert {c.expect for c in CASES} >= {
        PROCESSED,
        "undecodable",
        "invalid_json",
        "invalid_article",
        "message_too_large",
        "text_too_large",
    }


# A case still running past the budget has failed already; stop it there rather than
# wait minutes for a super-linear extraction to finish.
@pytest.mark.timeout(BUDGET_S + 2)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_message_gets_its_expected_outcome(processor: Processor, case: Case) -> None:
    value = case.build()
    started = time.perf_counter()
    result = processor.process(value)
    elapsed = time.perf_counter() - started
    outcome = PROCESSED if isinstance(result, Processed) else result.reason
    assert outcome == case.expect, getattr(result, "error", None)
    assert elapsed < BUDGET_S, f"{case.name}: {len(value or b'')} bytes took {elapsed:.1f}s"
    if isinstance(result, Processed):
        text = result.article.text
        for record in result.records:
            quote = record.quote
            assert text[quote.start : quote.end] == quote.text
