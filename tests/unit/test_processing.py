"""The processing step shared by the service and offline mode."""

from __future__ import annotations

import orjson

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.extraction.keys import quote_words
from consumer.processing import Processed, Processor, Rejected
from consumer.records import quote_id

ARTICLE = {
    "id": "p-1",
    "text": 'सांसद रीना वर्मा ने कहा, "यह फैसला किसानों के हित में है।"',
    "url": "https://example.org/p-1",
    "source": "उदाहरण",
    "published_at": "2026-11-29T08:30:00+05:30",
}


def _processor(extractor=None) -> Processor:
    return Processor(extractor or QuoteExtractor(), ArticleDecoder())


def test_records_carry_article_metadata_and_stable_ids():
    result = _processor().process(orjson.dumps(ARTICLE))
    assert isinstance(result, Processed)
    (record,) = result.records
    assert record.article_id == "p-1"
    assert record.url == ARTICLE["url"]
    assert record.published_at == ARTICLE["published_at"]
    words = quote_words(record.quote.text)
    assert record.quote_id == quote_id("p-1", "direct", words, 0)
    again = _processor().process(orjson.dumps(ARTICLE))
    assert isinstance(again, Processed)
    assert again.payloads == result.payloads


def test_quote_ids_differ_by_article_type_words_and_occurrence():
    words = ("हम", "पीछे", "नहीं", "हटेंगे")
    assert quote_id("a", "direct", words, 0) != quote_id("b", "direct", words, 0)
    assert quote_id("a", "direct", words, 0) != quote_id("a", "indirect", words, 0)
    assert quote_id("a", "direct", words, 0) != quote_id("a", "direct", words[:3], 0)
    assert quote_id("a", "direct", words, 0) != quote_id("a", "direct", words, 1)


def test_article_without_quotes_is_processed_with_no_records():
    result = _processor().process(orjson.dumps({"id": "n", "text": "आज मौसम साफ रहेगा।"}))
    assert isinstance(result, Processed)
    assert result.records == ()


def test_bad_message_is_rejected_with_a_reason():
    result = _processor().process(b"\xc3\x28")
    assert isinstance(result, Rejected)
    assert result.reason == "undecodable"


class _Broken(QuoteExtractor):
    def extract(self, text):
        raise IndexError("boom")


def test_extractor_failure_is_a_rejection_not_a_crash():
    result = _processor(_Broken()).process(orjson.dumps(ARTICLE))
    assert isinstance(result, Rejected)
    assert result.reason == "extraction_failed"
    assert "IndexError" in str(result.error)
