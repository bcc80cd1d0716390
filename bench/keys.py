"""``make bench-keys``: what the record keys (schema 1.2) cost per record and per article.

Times, on generated articles (bench/corpus.py), the records of each article built with their
ids and keys (consumer.identity.build_records: folding, fingerprint, near keys, speaker key,
Latin form) against records built without keys, both encoded to JSON, and the whole
processing of the article (decode, extract, records, encode) for the share. Four cases
for the names: seen before (the caches warm, as in a running service), first seen (the name
caches emptied once before a pass over all articles, as a freshly started worker sees
them), every speaker name new (the name caches emptied before each record), and everything
new (every cache emptied before each record: no word folded or transliterated before). Prints one JSON
object. ``python -m bench.keys --articles 300``.

Times are the process's CPU time (``time.process_time``), best of the passes: the service is
CPU-bound, and CPU time is what other work on a shared machine disturbs least.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import orjson

from bench.corpus import mixed
from consumer.codec import ArticleDecoder, encode_record
from consumer.extraction import QuoteExtractor, keys, speaker_keys, transliteration
from consumer.identity import build_records, speaker_latin
from consumer.processing import Processor
from consumer.records import Article, Quote, QuoteRecord

__all__ = ["main"]

_VERSION = "bench"


def _plain(article: Article, quotes: tuple[Quote, ...]) -> None:
    for quote in quotes:
        encode_record(
            QuoteRecord.build(article, quote, extractor_version=_VERSION, model_version=None)
        )


def _keyed(article: Article, quotes: tuple[Quote, ...]) -> None:
    for record in build_records(article, quotes, extractor_version=_VERSION, model_version=None):
        encode_record(record)


def _forget_names() -> None:
    transliteration.forget()
    speaker_keys.forget()
    speaker_latin.cache_clear()


def _forget_everything() -> None:
    _forget_names()
    keys.forget()


def _per_record_us(
    build: Callable[[Article, tuple[Quote, ...]], None],
    work: list[tuple[Article, tuple[Quote, ...]]],
    *,
    forget: Callable[[], None] | None,
    repeats: int,
    every_record: bool = True,
) -> float:
    """Best-of-``repeats`` microseconds per record; ``forget`` runs (untimed) before every
    record, or once before each pass."""
    clock = time.process_time
    records = sum(len(q) for _, q in work)
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        spent = 0.0
        if forget is not None and not every_record:
            forget()
        for article, quotes in work:
            for quote in quotes:
                if forget is not None and every_record:
                    forget()
                started = clock()
                build(article, (quote,))
                spent += clock() - started
        best = min(best, spent)
    return best / records * 1e6


def measure(articles: int, repeats: int) -> dict[str, Any]:
    extractor = QuoteExtractor.with_model()
    corpus = mixed(articles, seed=16)
    work = [(Article(a.id, a.text), tuple(extractor.extract(a.text))) for a in corpus]
    records = sum(len(q) for _, q in work)
    names = {q.speaker.name for _, qs in work for q in qs if q.speaker and q.speaker.name}
    for article, quotes in work:  # warm every cache once
        _keyed(article, quotes)

    plain = _per_record_us(_plain, work, forget=None, repeats=repeats)
    seen = _per_record_us(_keyed, work, forget=None, repeats=repeats)
    first_sight = _per_record_us(_keyed, work, forget=_forget_names, repeats=repeats, every_record=False)
    new_names = _per_record_us(_keyed, work, forget=_forget_names, repeats=repeats)
    all_new = _per_record_us(_keyed, work, forget=_forget_everything, repeats=repeats)

    processor = Processor(extractor, ArticleDecoder())
    values = [orjson.dumps({"id": a.id, "text": a.text}) for a, _ in work]
    per_article = []
    for _ in range(repeats):
        gc.collect()
        started = time.process_time()
        for value in values:
            processor.process(value)
        per_article.append((time.process_time() - started) / len(values) * 1e6)
    article_us = min(per_article)
    records_per_article = records / len(work)

    def share(keys_us: float) -> float:
        return round((keys_us - plain) * records_per_article / article_us, 4)

    return {
        "articles": len(work),
        "records": records,
        "distinct_speaker_names": len(names),
        "near_keys_per_record": round(
            statistics.mean(
                len(keys.near_keys(keys.fold_quote(q.text))) for _, qs in work for q in qs
            ),
            2,
        ),
        "record_us_without_keys": round(plain, 2),
        "keys_us_per_record": {
            "names_seen": round(seen - plain, 2),
            "names_first_seen": round(first_sight - plain, 2),
            "new_names": round(new_names - plain, 2),
            "all_new": round(all_new - plain, 2),
        },
        "article_processing_us": round(article_us, 1),
        "keys_share_of_article_processing": {
            "names_seen": share(seen),
            "names_first_seen": share(first_sight),
            "new_names": share(new_names),
            "all_new": share(all_new),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.keys", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3, help="passes (best counts)")
    args = parser.parse_args(argv)
    sys.stdout.write(orjson.dumps(measure(args.articles, args.repeats), option=orjson.OPT_INDENT_2).decode())
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
