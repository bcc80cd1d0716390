"""The article's title read with its text (consumer/headline.py), through the Processor."""

from __future__ import annotations

import orjson
import pytest
from jsonschema import Draft202012Validator

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.headline import quotes_by_field
from consumer.processing import Processed, Processor
from consumer.records import Article
from consumer.schemas import load_schema

TITLE = "किसानों की आय दोगुनी करेंगे : कृषि मंत्री"
BODY = (
    "भोपाल। कृषि मंत्री रमेश चंद ने सोमवार को किसान सम्मेलन को संबोधित किया। "
    'उन्होंने कहा, "मंडियों में खरीद की व्यवस्था सुधारी जाएगी।"'
)


@pytest.fixture(scope="module")
def extractor() -> QuoteExtractor:
    return QuoteExtractor()


def _process(article: Article, schema_version: str = "1.2") -> Processed:
    result = Processor(QuoteExtractor(), ArticleDecoder(), schema_version=schema_version)
    processed = result.process_article(article)
    assert isinstance(processed, Processed)
    return processed


def test_a_headline_quotation_is_a_title_record_whose_speaker_the_body_names() -> None:
    article = Article(id="h-1", text=BODY, title=TITLE)
    records = _process(article).records
    title = [r for r in records if r.field == "title"]
    assert [r.quote.text for r in title] == ["किसानों की आय दोगुनी करेंगे"]
    quote = title[0].quote
    assert TITLE[quote.start : quote.end] == quote.text
    assert quote.speaker is not None and quote.speaker.name == "रमेश चंद"
    assert TITLE[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_text_records_keep_offsets_into_the_text_when_a_title_is_read() -> None:
    article = Article(id="h-2", text=BODY, title=TITLE)
    [body] = [r for r in _process(article).records if r.field == "text"]
    quote = body.quote
    assert BODY[quote.start : quote.end] == quote.text == "मंडियों में खरीद की व्यवस्था सुधारी जाएगी।"
    assert quote.speaker is not None and BODY[quote.speaker.start : quote.speaker.end] == "उन्होंने"


def test_a_title_the_text_already_opens_with_is_not_read_twice(extractor: QuoteExtractor) -> None:
    article = Article(id="h-3", text=TITLE + "\n\n" + BODY, title=TITLE)
    found = quotes_by_field(extractor.extract, article)
    assert [field for field, _ in found] == ["text", "text"]


def test_a_headline_quotation_the_body_repeats_is_reported_once(extractor: QuoteExtractor) -> None:
    title = "'मंडियों में खरीद की व्यवस्था सुधारी जाएगी': कृषि मंत्री"
    article = Article(id="h-4", text=BODY, title=title)
    found = quotes_by_field(extractor.extract, article)
    assert [(field, q.text) for field, q in found] == [
        ("text", "मंडियों में खरीद की व्यवस्था सुधारी जाएगी।")
    ]


def test_records_say_their_field_and_1_1_readers_get_no_title_records() -> None:
    article = Article(id="h-5", text=BODY, title=TITLE)
    newest = [orjson.loads(p) for p in _process(article).payloads]
    assert sorted(d["field"] for d in newest) == ["text", "title"]
    validator = Draft202012Validator(load_schema("quote.v1.json"))
    for document in newest:
        validator.validate(document)
    old = [orjson.loads(p) for p in _process(article, schema_version="1.1").payloads]
    assert len(old) == 1 and "field" not in old[0]


def test_without_a_title_only_the_text_is_read(extractor: QuoteExtractor) -> None:
    found = quotes_by_field(extractor.extract, Article(id="h-6", text=BODY))
    assert [field for field, _ in found] == ["text"]
