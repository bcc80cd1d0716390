"""Bytes to Article and QuoteRecord to bytes (orjson), with validation. Pure: no I/O.

Rejections raise subclasses of :class:`consumer.errors.RejectedMessage` whose message says
what was wrong in words a producer team can act on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match

from consumer.errors import (
    InvalidArticle,
    InvalidJson,
    MessageTooLarge,
    TextTooLarge,
    UndecodableMessage,
)
from consumer.records import SCHEMA_VERSION, Article, QuoteRecord
from consumer.schemas import load_schema

__all__ = ["SCHEMA_VERSIONS", "ArticleDecoder", "encode_record", "record_to_dict"]

#: Record versions the service can write (QUOTES_SCHEMA_VERSION): the newest, and 1.1 for
#: readers that validate against the published, closed 1.1 schema (README: compatibility).
SCHEMA_VERSIONS = (SCHEMA_VERSION, "1.1")

_format_checker = FormatChecker(formats=())


def _is_rfc3339(value: object) -> bool:
    """RFC 3339 needs a date, a time and an offset: 2026-11-29T08:30:00+05:30 or ...Z."""
    if not isinstance(value, str):
        return True
    if len(value) < 20 or value[10] not in "Tt ":
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no UTC offset")
    return True


_format_checker.checks("date-time", raises=ValueError)(_is_rfc3339)


class ArticleDecoder:
    """Turns a Kafka message value into an :class:`Article`, or raises a ``RejectedMessage``.

    >>> ArticleDecoder().decode(b'{"id": "a1", "text": "..."}').id
    'a1'
    """

    def __init__(self, *, max_message_bytes: int = 2 * 1024 * 1024, max_text_chars: int = 200_000):
        self.max_message_bytes = max_message_bytes
        self.max_text_chars = max_text_chars
        schema = load_schema("article.v1.json")
        # The configured limit replaces the schema's default one; the length itself is checked
        # before validation so that the rejection names the limit.
        schema["properties"]["text"].pop("maxLength", None)
        self._validator = Draft202012Validator(schema, format_checker=_format_checker)

    def decode(self, value: bytes | None) -> Article:
        if value is None:
            raise InvalidJson("message has no value (a tombstone); expected an article object")
        if len(value) > self.max_message_bytes:
            raise MessageTooLarge(
                f"message is {len(value)} bytes; the limit is {self.max_message_bytes} "
                "(QUOTES_MAX_MESSAGE_BYTES)"
            )
        try:
            value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UndecodableMessage(
                f"message is not valid UTF-8 (byte {exc.start}: {exc.reason})"
            ) from exc
        try:
            document = orjson.loads(value)
        except orjson.JSONDecodeError as exc:
            raise InvalidJson(f"message is not valid JSON: {exc}") from exc
        if not isinstance(document, dict):
            raise InvalidArticle(f"article must be a JSON object, got {type(document).__name__}")
        text = document.get("text")
        if isinstance(text, str) and len(text) > self.max_text_chars:
            raise TextTooLarge(
                f"text has {len(text)} characters; the limit is {self.max_text_chars} "
                "(QUOTES_MAX_TEXT_CHARS)"
            )
        error = best_match(self._validator.iter_errors(document))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "article"
            raise InvalidArticle(f"{where}: {error.message}")
        return Article(
            id=document["id"],
            text=text if isinstance(text, str) else "",
            title=document.get("title"),
            url=document.get("url"),
            source=document.get("source"),
            language=document.get("language"),
            published_at=document.get("published_at"),
        )


def record_to_dict(record: QuoteRecord, *, schema_version: str = SCHEMA_VERSION) -> dict[str, Any]:
    """The JSON shape of schemas/quote.v1.json; with ``schema_version="1.1"`` that of the
    published schemas/quote.v1.1.json: no 1.2 fields, and ``unmarked`` speech typed
    ``direct`` as 1.1 typed it (its ``form`` still says how it was printed)."""
    if schema_version == "1.1":
        return _as_version_1_1(record_to_dict(record))
    quote = record.quote
    speaker = quote.speaker
    cue = quote.cue
    out: dict[str, Any] = {
        "schema_version": record.schema_version,
        "quote_id": record.quote_id,
        "article_id": record.article_id,
        "type": quote.type,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": None
        if speaker is None
        else {
            "text": speaker.text,
            "start": speaker.start,
            "end": speaker.end,
            "name": speaker.name,
            "kind": speaker.kind,
        },
        "cue": None if cue is None else {"text": cue.text, "start": cue.start, "end": cue.end},
        "confidence": round(quote.confidence, 4),
        "form": quote.form,
        "field": record.field,
        "extractor_version": record.extractor_version,
        "model_version": record.model_version,
        "url": record.url,
        "source": record.source,
        "published_at": record.published_at,
    }
    if quote.evidence is not None:
        out["evidence"] = dict(quote.evidence)
    keys = record.keys
    if keys is not None:
        out["fingerprint"] = keys.fingerprint
        out["near_keys"] = list(keys.near_keys)
        out["speaker_key"] = keys.speaker_key
        out["speaker_latin"] = keys.speaker_latin
    return out


#: Fields that schema 1.2 added: a 1.1 record has none of them.
_ADDED_IN_1_2 = ("field", "fingerprint", "near_keys", "speaker_key", "speaker_latin")


def _as_version_1_1(document: dict[str, Any]) -> dict[str, Any]:
    for name in _ADDED_IN_1_2:
        document.pop(name, None)
    if document["type"] == "unmarked":
        document["type"] = "direct"
    document["schema_version"] = "1.1"
    return document


def encode_record(record: QuoteRecord, *, schema_version: str = SCHEMA_VERSION) -> bytes:
    """UTF-8 JSON bytes of a record (Devanagari kept as is, not \\u-escaped)."""
    return orjson.dumps(record_to_dict(record, schema_version=schema_version))
