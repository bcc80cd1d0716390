"""Article manifests (consumer/manifests.py): built from an article's records, pure."""

from __future__ import annotations

import orjson

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.manifests import Manifest, encode_manifest, manifest_to_dict, removed_quote_ids
from consumer.processing import Processed, Processor
from consumer.records import QUOTE_TYPES, Article

TWO_QUOTES = (
    'नगर निगम आयुक्त रमेश बघेल ने कहा, "सभी नालों की सफाई इसी महीने पूरी होगी।"\n\n'
    'पार्षद सविता नायर ने कहा, "हमारे वार्ड में अब तक कोई काम नहीं हुआ है।"'
)


def _processed(text: str, **fields: str) -> Processed:
    value = orjson.dumps({"id": "lekh-17", "text": text, **fields})
    result = Processor(QuoteExtractor(), ArticleDecoder()).process(value)
    assert isinstance(result, Processed)
    return result


def test_a_manifest_lists_the_record_ids_in_order_with_counts_per_type():
    result = _processed(TWO_QUOTES, source="नगर दर्पण", url="https://nagar.example/a/17")
    manifest = result.manifest
    assert manifest is not None
    assert len(result.records) == 2
    assert manifest.quote_ids == tuple(r.quote_id for r in result.records)
    assert manifest.article_id == "lekh-17"
    assert set(manifest.counts) == set(QUOTE_TYPES)
    assert sum(manifest.counts.values()) == 2
    assert manifest.counts["direct"] == 2
    assert manifest.source == "नगर दर्पण"
    assert manifest.extractor_version == result.records[0].extractor_version
    document = manifest_to_dict(manifest)
    assert document["quote_count"] == 2
    assert orjson.loads(encode_manifest(manifest)) == document


def test_an_article_without_quotations_gets_an_empty_list():
    manifest = _processed("बारिश के कारण शहर के कई इलाकों में पानी भर गया।").manifest
    assert manifest is not None
    assert manifest.quote_ids == ()
    assert manifest_to_dict(manifest)["quote_count"] == 0
    assert set(manifest.counts.values()) == {0}


def test_a_rejected_message_has_no_manifest():
    result = Processor(QuoteExtractor(), ArticleDecoder()).process(b"{not json")
    assert not isinstance(result, Processed)


def test_an_edit_that_drops_a_quotation_shows_as_its_id_missing_from_the_new_list():
    before = _processed(TWO_QUOTES)
    after = _processed(TWO_QUOTES.split("\n\n")[0])
    assert before.manifest is not None and after.manifest is not None
    removed = removed_quote_ids(before.manifest.quote_ids, after.manifest.quote_ids)
    assert removed == [before.records[1].quote_id]
    assert removed_quote_ids(after.manifest.quote_ids, before.manifest.quote_ids) == []


def test_build_takes_versions_and_article_metadata():
    article = Article(id="x", text="", url="https://a.example/1", published_at=None)
    manifest = Manifest.build(
        article, [], extractor_version="9.9", model_version="hi_ner-2", record_schema_version="1.1"
    )
    assert manifest_to_dict(manifest)["model_version"] == "hi_ner-2"
    assert manifest_to_dict(manifest)["record_schema_version"] == "1.1"
    assert manifest.url == "https://a.example/1"
