"""The compatibility promise between record versions (README: Compatibility of record versions).

Old records validate against the newest schema; records of 1.2 validate against 1.2 and,
written with QUOTES_SCHEMA_VERSION=1.1, against the published 1.1 schema; raw 1.2 records
fail the closed 1.1 schema for exactly the two documented reasons and no other.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator

from consumer.codec import ArticleDecoder, record_to_dict
from consumer.config import Settings
from consumer.errors import ConfigError
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from consumer.records import SCHEMA_VERSION
from consumer.schemas import load_schema, schema_dir

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
VERSIONS = ("1.0", "1.1", "1.2")
DASH_ARTICLE = {
    "id": "contract-dash",
    "text": (
        "परिवहन मंत्री अरुण सिन्हा बोले- सड़क अगले साल तक बनकर तैयार हो जाएगी।\n\n"
        'उन्होंने कहा, "हम पीछे नहीं हटेंगे।"'
    ),
}


def _validator(version: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(f"quote.v{version}.json"))


def _fixture(version: str) -> list[dict]:
    lines = (DATA / f"records.v{version}.jsonl").read_bytes().splitlines()
    return [orjson.loads(line) for line in lines if line.strip()]


def _new_documents(*, schema_version: str = SCHEMA_VERSION) -> list[dict]:
    processor = Processor(QuoteExtractor(), ArticleDecoder(), schema_version=schema_version)
    values = (ROOT / "examples/articles.jsonl").read_bytes().splitlines()
    documents = []
    for value in [*values, orjson.dumps(DASH_ARTICLE)]:
        result = processor.process(value)
        assert isinstance(result, Processed)
        documents += [orjson.loads(p) for p in result.payloads]
    return documents


def test_every_published_version_is_kept_and_the_newest_is_quote_v1():
    names = sorted(p.name for p in schema_dir().glob("quote.v1.*.json"))
    assert names == [f"quote.v{v}.json" for v in VERSIONS]
    for version in VERSIONS:
        Draft202012Validator.check_schema(load_schema(f"quote.v{version}.json"))
    newest = (schema_dir() / f"quote.v{VERSIONS[-1]}.json").read_bytes()
    assert (schema_dir() / "quote.v1.json").read_bytes() == newest
    assert VERSIONS[-1] == SCHEMA_VERSION


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_old_records_validate_against_their_schema_and_the_newest(version):
    records = _fixture(version)
    assert len(records) >= 10
    for record in records:
        assert record["schema_version"] == version
        assert not list(_validator(version).iter_errors(record)), record["quote_id"]
        assert not list(_validator(SCHEMA_VERSION).iter_errors(record)), record["quote_id"]


def test_new_records_are_valid_1_2_and_carry_every_new_field():
    documents = _new_documents()
    assert any(d["type"] == "unmarked" for d in documents)
    for document in documents:
        assert not list(_validator("1.2").iter_errors(document))
        assert {"fingerprint", "near_keys", "speaker_key", "speaker_latin"} <= document.keys()


def test_raw_1_2_records_fail_the_closed_1_1_schema_only_for_the_documented_reasons():
    reasons = set()
    for document in _new_documents():
        for error in _validator("1.1").iter_errors(document):
            if error.validator == "enum":
                assert list(error.absolute_path) == ["type"] and error.instance == "unmarked"
            else:
                assert error.validator == "additionalProperties", error.message
            reasons.add(error.validator)
    assert reasons == {"additionalProperties", "enum"}


def test_records_written_as_1_1_validate_against_the_published_1_1_schema():
    as_1_1 = _new_documents(schema_version="1.1")
    as_1_2 = _new_documents()
    for old, new in zip(as_1_1, as_1_2, strict=True):
        assert not list(_validator("1.1").iter_errors(old)), old
        assert old["schema_version"] == "1.1"
        assert old["quote_id"] == new["quote_id"]  # a reader that moves to 1.2 keeps its ids
        expected_type = "direct" if new["type"] == "unmarked" else new["type"]
        assert old["type"] == expected_type
        assert old["form"] == new["form"]


def test_1_2_records_with_fields_of_a_later_minor_version_still_validate():
    document = _new_documents()[0]
    document["a_field_of_1_3"] = {"anything": [1, 2]}
    document["speaker"]["a_field_of_1_3"] = "x"
    document["cue"]["a_field_of_1_3"] = 3
    assert not list(_validator("1.2").iter_errors(document))


def test_codec_defaults_to_the_newest_version():
    processor = Processor(QuoteExtractor(), ArticleDecoder())
    result = processor.process(orjson.dumps(DASH_ARTICLE))
    assert isinstance(result, Processed)
    assert record_to_dict(result.records[0])["schema_version"] == SCHEMA_VERSION


def test_schema_version_setting_takes_only_versions_the_service_can_write():
    assert Settings.from_env({"QUOTES_SCHEMA_VERSION": "1.1"}).schema_version == "1.1"
    with pytest.raises(ConfigError, match="QUOTES_SCHEMA_VERSION"):
        Settings.from_env({"QUOTES_SCHEMA_VERSION": "1.0"})
