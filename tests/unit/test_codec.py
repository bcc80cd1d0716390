"""Decoding articles: what is accepted, and what each rejection says."""

from __future__ import annotations

import orjson
import pytest

from consumer.codec import ArticleDecoder
from consumer.errors import (
    InvalidArticle,
    InvalidJson,
    MessageTooLarge,
    RejectedMessage,
    TextTooLarge,
    UndecodableMessage,
)

GOOD = {
    "id": "a-1",
    "text": 'मंत्री ने कहा, "काम जारी रहेगा।"',
    "title": "शीर्षक",
    "url": "https://example.org/a-1",
    "source": "उदाहरण",
    "language": "hi",
    "published_at": "2026-11-29T08:30:00+05:30",
}


@pytest.fixture(scope="module")
def decoder() -> ArticleDecoder:
    return ArticleDecoder(max_message_bytes=10_000, max_text_chars=1_000)


def test_decodes_a_complete_article(decoder):
    article = decoder.decode(orjson.dumps(GOOD))
    assert article.id == "a-1"
    assert article.text == GOOD["text"]
    assert article.published_at == GOOD["published_at"]


def test_unknown_fields_are_ignored(decoder):
    article = decoder.decode(orjson.dumps({"id": "x", "text": "", "extra": [1, 2]}))
    assert article.id == "x"


@pytest.mark.parametrize(
    ("value", "error", "says"),
    [
        (b"\xff\xfe{}", UndecodableMessage, "UTF-8"),
        (b"{not json", InvalidJson, "not valid JSON"),
        (b"", InvalidJson, "not valid JSON"),
        (None, InvalidJson, "tombstone"),
        (b"[1, 2]", InvalidArticle, "JSON object"),
        (b'"text"', InvalidArticle, "JSON object"),
        (b'{"text": "x"}', InvalidArticle, "'id' is a required property"),
        (b'{"id": "x"}', InvalidArticle, "'text' is a required property"),
        (b'{"id": 7, "text": "x"}', InvalidArticle, "id"),
        (b'{"id": "", "text": "x"}', InvalidArticle, "id"),
        (b'{"id": "x", "text": ["x"]}', InvalidArticle, "text"),
        (b'{"id": "x", "text": "x", "published_at": "kal subah"}', InvalidArticle, "published_at"),
        (
            b'{"id": "x", "text": "x", "published_at": "2026-11-29T08:30:00"}',
            InvalidArticle,
            "published_at",
        ),
        (b'{"id": "x", "text": "x", "url": 5}', InvalidArticle, "url"),
    ],
)
def test_rejections_name_the_problem(decoder, value, error, says):
    with pytest.raises(error) as caught:
        decoder.decode(value)
    assert says in str(caught.value)
    assert isinstance(caught.value, RejectedMessage)


def test_text_over_the_limit_is_rejected_with_the_limit_named(decoder):
    with pytest.raises(TextTooLarge, match="limit is 1000"):
        decoder.decode(orjson.dumps({"id": "x", "text": "क" * 1001}))


def test_text_at_the_limit_is_accepted(decoder):
    assert len(decoder.decode(orjson.dumps({"id": "x", "text": "क" * 1000})).text) == 1000


def test_message_over_the_byte_limit_is_rejected_before_parsing(decoder):
    with pytest.raises(MessageTooLarge, match="QUOTES_MAX_MESSAGE_BYTES"):
        decoder.decode(b"{" + b" " * 10_000 + b"}")


def test_deeply_nested_json_is_rejected_not_crashing(decoder):
    with pytest.raises(InvalidJson):
        decoder.decode(b"[" * 5000 + b"]" * 5000)


@pytest.mark.parametrize(
    "stamp", ["2026-11-29T08:30:00Z", "2026-11-29T08:30:00.123+05:30", "2026-11-29t03:00:00z"]
)
def test_rfc3339_timestamps_are_accepted(decoder, stamp):
    assert decoder.decode(orjson.dumps({"id": "x", "text": "", "published_at": stamp}))
