"""Benchmark articles generated from the project's own text (corpus/*.jsonl), nothing shipped.

Paragraphs of the annotated corpus are sorted into those that hold quotes and those that do
not, then recombined with a seeded random generator into articles of a chosen length and quote
count. The texts are realistic Hindi news prose (the corpus is written that way) in realistic
proportions, and the same seed always gives the same articles.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from consumer.evaluation.corpus import load

__all__ = ["Article", "Pool", "mixed", "of_length", "pool"]

ROOT = Path(__file__).resolve().parent.parent
_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    words: int
    quotes: int  # annotated quotes in the paragraphs used (direct + indirect)


@dataclass(frozen=True, slots=True)
class Pool:
    """Corpus paragraphs with their annotated quote counts."""

    quoted: tuple[tuple[str, int], ...]  # (paragraph, quotes in it), quotes >= 1
    plain: tuple[str, ...]

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p, _ in self.quoted) + sum(len(p.split()) for p in self.plain)


@lru_cache(maxsize=1)
def pool() -> Pool:
    quoted: list[tuple[str, int]] = []
    plain: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        for article in load(path):
            position = 0
            for separator in [*_BREAK.finditer(article.text), None]:
                end = separator.start() if separator else len(article.text)
                paragraph = article.text[position:end].strip()
                count = sum(1 for q in article.quotes if position <= q.span.start < end)
                if paragraph:
                    (quoted.append((paragraph, count)) if count else plain.append(paragraph))
                position = separator.end() if separator else end
    return Pool(tuple(quoted), tuple(plain))


def _compose(rng: random.Random, words: int, quotes: int, source: Pool, ident: str) -> Article:
    """Paragraphs adding up to about ``words`` words, holding about ``quotes`` quotes."""
    chosen: list[str] = []
    have_words = have_quotes = 0
    while have_quotes < quotes and have_words < words:
        paragraph, count = rng.choice(source.quoted)
        chosen.append(paragraph)
        have_quotes += count
        have_words += len(paragraph.split())
    while have_words < words:
        paragraph = rng.choice(source.plain)
        chosen.append(paragraph)
        have_words += len(paragraph.split())
    # Quotes spread through the article, not bunched at its start.
    rng.shuffle(chosen)
    return Article(ident, "\n\n".join(chosen), have_words, have_quotes)


def of_length(words: int, count: int, *, seed: int = 1) -> list[Article]:
    """``count`` articles of about ``words`` words, each with 0 to 6 quotes (a fifth with none)."""
    rng = random.Random(seed)
    source = pool()
    return [
        _compose(rng, words, rng.choice((0, 1, 2, 2, 3, 3, 4, 5, 6, 0)), source, f"len{words}-{i}")
        for i in range(count)
    ]


def mixed(count: int, *, seed: int = 2) -> list[Article]:
    """Lengths from 150 to 2,000 words, log-uniform (most articles short, some long); 0 to 6
    quotes, about one article in six with none."""
    rng = random.Random(seed)
    source = pool()
    articles = []
    for i in range(count):
        words = round(150 * (2000 / 150) ** rng.random())
        quotes = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 0))
        articles.append(_compose(rng, words, quotes, source, f"mixed-{i}"))
    return articles
