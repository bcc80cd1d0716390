"""The JSON Schemas in schemas/ are the contract: what the code emits must satisfy them."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator

from consumer.codec import ArticleDecoder, record_to_dict
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from consumer.schemas import load_schema

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [
    orjson.loads(line) for line in (ROOT / "examples/articles.jsonl").read_bytes().splitlines()
]


@pytest.fixture(scope="module")
def quote_validator() -> Draft202012Validator:
    schema = load_schema("quote.v1.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.mark.parametrize("name", ["article.v1.json", "quote.v1.json", "manifest.v1.json"])
def test_schemas_are_valid_draft_2020_12(name):
    Draft202012Validator.check_schema(load_schema(name))


def test_examples_are_valid_articles():
    validator = Draft202012Validator(load_schema("article.v1.json"))
    assert len(EXAMPLES) >= 5
    for article in EXAMPLES:
        assert not list(validator.iter_errors(article)), article["id"]


def test_every_example_record_is_valid_and_honours_offsets(quote_validator):
    processor = Processor(QuoteExtractor(), ArticleDecoder())
    count = 0
    for article in EXAMPLES:
        result = processor.process(orjson.dumps(article))
        assert isinstance(result, Processed)
        for record, payload in zip(result.records, result.payloads, strict=True):
            document = orjson.loads(payload)
            assert document == record_to_dict(record)
            errors = [e.message for e in quote_validator.iter_errors(document)]
            assert not errors, errors
            text = article["text"]
            assert text[document["start"] : document["end"]] == document["text"]
            for part in ("speaker", "cue"):
                if document[part] is not None:
                    span = document[part]
                    assert text[span["start"] : span["end"]] == span["text"]
            count += 1
    assert count >= 10


def test_quote_marks_are_outside_the_span():
    processor = Processor(QuoteExtractor(), ArticleDecoder())
    for article in EXAMPLES:
        result = processor.process(orjson.dumps(article))
        assert isinstance(result, Processed)
        for record in result.records:
            quote = record.quote
            if quote.type == "direct":
                assert quote.text[0] not in "\"“”'", quote.text
                assert quote.text[-1] not in "\"“”'", quote.text


def test_readme_documents_every_setting():
    from consumer.config import ENVIRONMENT

    readme = (ROOT / "README.md").read_text()
    missing = [name for name in ENVIRONMENT if f"`{name}`" not in readme]
    assert not missing, f"README configuration table lacks {missing}"


def test_readme_documents_every_metric():
    from consumer.metrics import Metrics

    readme = (ROOT / "README.md").read_text()
    names = {m.name for m in Metrics().registry.collect()}
    missing = [n for n in names if f"`{n}" not in readme]
    assert not missing, f"README metrics table lacks {missing}"


def test_every_example_manifest_is_valid_and_lists_its_records():
    from consumer.manifests import encode_manifest

    schema = load_schema("manifest.v1.json")
    validator = Draft202012Validator(schema)
    processor = Processor(QuoteExtractor(), ArticleDecoder())
    empty = {"id": "khali-1", "text": "शहर में आज दिन भर बादल छाए रहे।", "source": None}
    for article in [*EXAMPLES, empty]:
        result = processor.process(orjson.dumps(article))
        assert isinstance(result, Processed) and result.manifest is not None
        document = orjson.loads(encode_manifest(result.manifest))
        errors = [e.message for e in validator.iter_errors(document)]
        assert not errors, errors
        assert document["quote_ids"] == [r.quote_id for r in result.records]
        assert document["quote_count"] == len(result.records)
        assert set(schema["required"]) == set(document)
    assert list(validator.iter_errors({**document, "quote_count": -1}))
