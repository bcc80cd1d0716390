"""Extraction-quality metrics (Metrics.observe_article): types and forms, confidence, named
speakers, quotes per article under a bounded source label."""

from __future__ import annotations

from consumer.metrics import Metrics
from consumer.records import QUOTE_TYPES, Article, Quote, QuoteRecord, Speaker


def _record(article: Article, type_: str, form: str, *, name: str | None) -> QuoteRecord:
    speaker = Speaker("उन्होंने", 0, 8, "pronoun", name=name)
    quote = Quote(type_, "सड़क अगले साल बनेगी", 10, 28, speaker, None, 0.85, form=form)  # type: ignore[arg-type]
    return QuoteRecord.build(article, quote, extractor_version="t", model_version=None)


def test_every_type_form_and_allowed_source_starts_at_zero():
    registry = Metrics(sources=["दैनिक उजाला"]).registry
    for kind in QUOTE_TYPES:
        assert (
            registry.get_sample_value("quote_consumer_quotes_named_speaker_total", {"type": kind})
            == 0
        )
        assert (
            registry.get_sample_value(
                "quote_consumer_quotes_total", {"type": kind, "form": "marks"}
            )
            == 0
        )
    for source in ("दैनिक उजाला", "other"):
        assert (
            registry.get_sample_value("quote_consumer_article_quotes_count", {"source": source})
            == 0
        )


def test_an_article_is_counted_by_type_form_name_and_source():
    metrics = Metrics(sources=["दैनिक उजाला"])
    allowed = Article(id="a", text="", source="दैनिक उजाला")
    records = [
        _record(allowed, "direct", "marks", name="कविता राठौर"),
        _record(allowed, "unmarked", "dash", name=None),
        _record(allowed, "indirect", "reported", name="कविता राठौर"),
    ]
    metrics.observe_article(allowed, records)
    metrics.observe_article(Article(id="b", text="", source="कोई और"), [])
    value = metrics.registry.get_sample_value
    assert value("quote_consumer_quotes_total", {"type": "unmarked", "form": "dash"}) == 1
    assert value("quote_consumer_quotes_named_speaker_total", {"type": "direct"}) == 1
    assert value("quote_consumer_quotes_named_speaker_total", {"type": "unmarked"}) == 0
    assert value("quote_consumer_quote_confidence_bucket", {"form": "dash", "le": "0.9"}) == 1
    assert value("quote_consumer_article_quotes_sum", {"source": "दैनिक उजाला"}) == 3
    assert value("quote_consumer_article_quotes_count", {"source": "other"}) == 1
    assert value("quote_consumer_article_quotes_bucket", {"source": "other", "le": "0.0"}) == 1
