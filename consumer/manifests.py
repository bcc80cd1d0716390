"""Article manifests: for every processed article, the list of its quote records' ids.

A manifest is published (key = article id) to the compacted topic ``QUOTES_MANIFEST_TOPIC``
in the same checkpoint as the article's records, so the topic ends up holding the latest list
per article. A downstream reader that keeps the last manifest it saw for an article knows,
when an updated version of the article arrives, which quotations the update removed: the ids
in the old list that are not in the new one (docs/manifests.md). Pure: no I/O.

An article without quotations gets a manifest with an empty list (an update that removed
every quotation must say so); a dead-lettered message gets none (nothing was extracted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from consumer.records import QUOTE_TYPES, SCHEMA_VERSION, Article, QuoteRecord

__all__ = [
    "MANIFEST_HEADERS",
    "MANIFEST_SCHEMA_VERSION",
    "Manifest",
    "encode_manifest",
    "manifest_to_dict",
    "removed_quote_ids",
]

#: Version of schemas/manifest.v1.json that Manifest follows.
MANIFEST_SCHEMA_VERSION = "1.0"
#: Kafka headers of every manifest record (the quote records carry ``schema: quote.v1``).
MANIFEST_HEADERS = [("content-type", b"application/json"), ("schema", b"manifest.v1")]


@dataclass(frozen=True, slots=True)
class Manifest:
    """One article's quote record ids, in the order the records were published."""

    article_id: str
    quote_ids: tuple[str, ...]
    #: Records of each type in QUOTE_TYPES (zero included), so a reader can see at a glance
    #: what an update changed without reading the records.
    counts: dict[str, int]
    extractor_version: str
    model_version: str | None
    source: str | None = None
    url: str | None = None
    published_at: str | None = None
    #: The schemas/quote.v1.json version of the records the ids point to.
    record_schema_version: str = SCHEMA_VERSION
    schema_version: str = MANIFEST_SCHEMA_VERSION

    @classmethod
    def build(
        cls,
        article: Article,
        records: Sequence[QuoteRecord],
        *,
        extractor_version: str,
        model_version: str | None,
        record_schema_version: str = SCHEMA_VERSION,
    ) -> Manifest:
        """``record_schema_version``: the version the records were encoded in, when a reader
        asked for an older one."""
        by_type = Counter(record.quote.type for record in records)
        return cls(
            article_id=article.id,
            quote_ids=tuple(record.quote_id for record in records),
            counts={kind: by_type.get(kind, 0) for kind in QUOTE_TYPES},
            extractor_version=extractor_version,
            model_version=model_version,
            source=article.source,
            url=article.url,
            published_at=article.published_at,
            record_schema_version=record_schema_version,
        )


def manifest_to_dict(manifest: Manifest) -> dict[str, Any]:
    """The JSON shape of schemas/manifest.v1.json."""
    return {
        "schema_version": manifest.schema_version,
        "article_id": manifest.article_id,
        "quote_ids": list(manifest.quote_ids),
        "quote_count": len(manifest.quote_ids),
        "counts": dict(manifest.counts),
        "extractor_version": manifest.extractor_version,
        "model_version": manifest.model_version,
        "record_schema_version": manifest.record_schema_version,
        "source": manifest.source,
        "url": manifest.url,
        "published_at": manifest.published_at,
    }


def encode_manifest(manifest: Manifest) -> bytes:
    """UTF-8 JSON bytes of a manifest (Devanagari kept as is)."""
    return orjson.dumps(manifest_to_dict(manifest))


def removed_quote_ids(previous: Sequence[str], latest: Sequence[str]) -> list[str]:
    """The ids an update removed: in the previous manifest's list, not in the latest, in the
    previous order. What a downstream reader computes to retract quotations."""
    kept = set(latest)
    return [quote_id for quote_id in previous if quote_id not in kept]
