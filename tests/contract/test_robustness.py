"""Real feeds do not look like the corpus: the same development articles, written the way some
news sites and feeds write them, must score nearly as well as written.

- one paragraph per line (a single line break instead of a blank line);
- a zero-width joiner after every virama (प्रवक्‍ता), as many Hindi news sites emit;
- curly single marks for every quotation (‘…’), as many Hindi papers print them.

The markup is rewritten before parsing, so gold offsets stay exact. ``pytest -s`` prints the
figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from consumer.evaluation.corpus import GoldArticle, parse
from consumer.evaluation.scoring import score
from consumer.extraction import QuoteExtractor

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
# How far below the articles as written a rewritten feed may score (end-to-end F1).
TOLERANCE = 0.03

_DOUBLE_MARK = re.compile("''|[\"“”„‟«»＂]")


def _single_marks(markup: str) -> str:
    """Every double mark becomes ‘ or ’ in turn within its paragraph; single marks nested
    inside a double-quoted quotation are dropped, as a paper printing ‘…’ would print them
    (single marks outside any double quote already mark quotations and stay)."""
    paragraphs = markup.split("\n\n")
    rewritten = []
    for paragraph in paragraphs:
        pieces = _DOUBLE_MARK.split(paragraph)
        pieces = [p.replace("‘", "").replace("’", "") if i % 2 else p for i, p in enumerate(pieces)]
        marks = ["‘", "’"] * len(pieces)
        marks = [*marks[: len(pieces) - 1], ""]
        rewritten.append("".join(p + m for p, m in zip(pieces, marks, strict=True)))
    return "\n\n".join(rewritten)


VARIANTS: dict[str, Callable[[str], str]] = {
    "one paragraph per line": lambda markup: markup.replace("\n\n", "\n "),
    "zero-width joiner after every virama": lambda markup: markup.replace("\u094d", "\u094d\u200d"),
    "curly single marks for quotations": _single_marks,
}


def _articles(rewrite: Callable[[str], str] | None = None) -> list[GoldArticle]:
    articles = []
    for path in sorted(CORPUS.glob("dev*.jsonl")):
        for line in path.read_bytes().splitlines():
            record = orjson.loads(line)
            if rewrite is not None:
                record["markup"] = rewrite(record["markup"])
            articles.append(parse(record))
    return articles


@pytest.fixture(scope="module")
def extractor() -> QuoteExtractor:
    return QuoteExtractor.with_model()


@pytest.fixture(scope="module")
def as_written(extractor: QuoteExtractor) -> float:
    articles = _articles()
    return score(articles, [extractor.extract(a.text) for a in articles]).end_to_end.f1


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_rewritten_feed_scores_close_to_the_articles_as_written(
    extractor: QuoteExtractor, as_written: float, variant: str
) -> None:
    articles = _articles(VARIANTS[variant])
    rewritten = score(articles, [extractor.extract(a.text) for a in articles]).end_to_end.f1
    print(f"\n{variant}: end-to-end F1 {rewritten:.3f} (as written {as_written:.3f})")
    assert rewritten >= as_written - TOLERANCE, f"{variant}: {rewritten:.3f} vs {as_written:.3f}"
