"""The benchmark's generated articles: the lengths and quote counts it claims, reproducibly."""

from __future__ import annotations

from bench.corpus import mixed, of_length, pool
from bench.passthrough import PassThrough


def test_articles_of_a_length_reach_it_and_are_reproducible() -> None:
    longest = max(len(p.split()) for p, _ in pool().quoted + tuple((p, 0) for p in pool().plain))
    articles = of_length(600, 20, seed=5)
    assert all(600 <= a.words < 600 + longest for a in articles)
    assert [a.text for a in articles] == [a.text for a in of_length(600, 20, seed=5)]
    assert any(a.quotes == 0 for a in articles) and any(a.quotes >= 3 for a in articles)


def test_mixed_articles_span_the_lengths() -> None:
    words = sorted(a.words for a in mixed(200, seed=3))
    assert words[0] >= 150 and words[0] < 400 and words[-1] >= 1500


def test_pass_through_forwards_the_bytes_unchanged() -> None:
    processed = PassThrough().process(b'{"id": "x"}')
    assert processed.payloads == (b'{"id": "x"}',) and len(processed.records) == 1
