"""One message in, quote records or a rejection out. No Kafka types, no I/O."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from consumer.codec import ArticleDecoder, encode_record
from consumer.errors import ExtractionFailed, RejectedMessage
from consumer.extraction import QuoteExtractor
from consumer.headline import quotes_by_field
from consumer.identity import build_records
from consumer.manifests import Manifest
from consumer.records import SCHEMA_VERSION, Article, QuoteRecord

__all__ = ["Processed", "Processor", "ProcessorLike", "Rejected"]


@dataclass(frozen=True, slots=True)
class Processed:
    """An article and the records to publish for it (possibly none), and its manifest (the
    records' ids; None from a processor that has no extractor, like the benchmark's)."""

    article: Article
    records: tuple[QuoteRecord, ...]
    payloads: tuple[bytes, ...]
    extraction_seconds: float
    manifest: Manifest | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """A message that goes to the dead-letter topic, and why."""

    error: RejectedMessage

    @property
    def reason(self) -> str:
        return self.error.reason


class ProcessorLike(Protocol):
    """What the loop needs from a processor: message bytes in, records or a rejection out,
    never an exception. :class:`Processor` is the real one; the benchmark's pass-through
    worker (bench/passthrough.py) brings its own."""

    def process(self, value: bytes | None) -> Processed | Rejected: ...


class Processor:
    """Decode, extract, encode: the same code path for the Kafka service and offline mode."""

    def __init__(
        self,
        extractor: QuoteExtractor,
        decoder: ArticleDecoder,
        *,
        clock: Callable[[], float] = time.perf_counter,
        schema_version: str = SCHEMA_VERSION,
    ) -> None:
        self.extractor = extractor
        self.decoder = decoder
        self._clock = clock
        # QUOTES_SCHEMA_VERSION=1.1: records encoded for readers of the published 1.1 schema.
        self.schema_version = schema_version

    def process(self, value: bytes | None) -> Processed | Rejected:
        try:
            article = self.decoder.decode(value)
        except RejectedMessage as exc:
            return Rejected(exc)
        return self.process_article(article)

    def process_article(self, article: Article) -> Processed | Rejected:
        started = self._clock()
        try:
            found = quotes_by_field(self.extractor.extract, article)
        except RejectedMessage as exc:  # the service's time budget (ExtractionTimedOut)
            return Rejected(exc)
        except Exception as exc:
            failure = ExtractionFailed(f"extractor raised {type(exc).__name__}: {exc}")
            failure.__cause__ = exc
            return Rejected(failure)
        elapsed = self._clock() - started
        records = build_records(
            article,
            (quote for field, quote in found if field == "text"),
            extractor_version=self.extractor.version,
            model_version=self.extractor.model_version,
            # Readers of the published 1.1 schema know no field but the text's.
            title_quotes=()
            if self.schema_version == "1.1"
            else (quote for field, quote in found if field == "title"),
        )
        manifest = Manifest.build(
            article,
            records,
            extractor_version=self.extractor.version,
            model_version=self.extractor.model_version,
        )
        payloads = tuple(encode_record(r, schema_version=self.schema_version) for r in records)
        return Processed(article, records, payloads, elapsed, manifest)
