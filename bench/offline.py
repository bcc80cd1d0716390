"""The extractor alone, in one process: throughput, latency, the tokenizer floor, memory.

Run by ``python -m bench`` in a child process of its own (so that its peak RSS is the
extractor's, not the benchmark driver's) and prints one JSON object. Also usable directly:
``python -m bench.offline --articles 300``.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from bench.corpus import Article, mixed, of_length

__all__ = ["main", "measure"]

#: Word counts of the length sweep (cost must grow linearly with length).
SWEEP_WORDS = (150, 600, 2000)
#: Words per article for the headline set: about 550 spaCy tokens.
HEADLINE_WORDS = 480


def _rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn: Callable[[str], Any], texts: Sequence[str], repeats: int) -> tuple[float, list[float]]:
    """Best total seconds over ``repeats`` passes, and per-text seconds from the best pass."""
    best_total = float("inf")
    best_each: list[float] = []
    clock = time.perf_counter
    for _ in range(repeats):
        gc.collect()
        each = []
        started = clock()
        for text in texts:
            t = clock()
            fn(text)
            each.append(clock() - t)
        total = clock() - started
        if total < best_total:
            best_total, best_each = total, each
    return best_total, best_each


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _row(
    name: str, fn: Callable[[str], Any], articles: list[Article], repeats: int, floor: float | None
) -> dict[str, Any]:
    texts = [a.text for a in articles]
    total, each = _timed(fn, texts, repeats)
    row = {
        "name": name,
        "articles": len(texts),
        "words_mean": statistics.fmean(a.words for a in articles),
        "seconds": total,
        "articles_per_s": len(texts) / total,
        "p50_ms": _percentile(each, 0.50) * 1000,
        "p99_ms": _percentile(each, 0.99) * 1000,
    }
    if floor is not None:
        row["x_tokenizer"] = total / floor
    return row


def measure(articles: int = 300, repeats: int = 3, model: bool = True) -> dict[str, Any]:
    import spacy

    from consumer.extraction import QuoteExtractor

    rss_before_model = _rss_mb()
    started = time.perf_counter()
    with_model = QuoteExtractor.with_model() if model else None
    model_load_s = time.perf_counter() - started
    rules = QuoteExtractor()
    blank = spacy.blank("hi")
    tokenizer = blank.make_doc

    sets = {
        "headline": of_length(HEADLINE_WORDS, articles, seed=11),
        "mixed": mixed(articles, seed=12),
    }
    for words in SWEEP_WORDS:
        # Fewer long articles: the same number of words per set.
        sets[f"{words}w"] = of_length(words, max(20, articles * 600 // words // 2), seed=words)
    result: dict[str, Any] = {
        "model_load_s": model_load_s,
        "rss_before_model_mb": rss_before_model,
        "sets": {},
    }
    for key, chosen in sets.items():
        tokens = [len(tokenizer(a.text)) for a in chosen]
        floor = _row("tokenizer", tokenizer, chosen, repeats, None)
        rows = [floor, _row("rules", rules.extract, chosen, repeats, floor["seconds"])]
        if with_model is not None:
            rows.append(_row("rules+model", with_model.extract, chosen, repeats, floor["seconds"]))
        quotes = sum(len(rules.extract(a.text)) for a in chosen)
        result["sets"][key] = {
            "articles": len(chosen),
            "tokens_mean": statistics.fmean(tokens),
            "words_mean": statistics.fmean(a.words for a in chosen),
            "quotes_per_article": quotes / len(chosen),
            "no_quote_share": sum(1 for a in chosen if not rules.extract(a.text)) / len(chosen),
            "rows": rows,
        }
    result["peak_rss_mb"] = _rss_mb()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.offline", description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.articles, args.repeats, model=not args.no_model)
    sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
