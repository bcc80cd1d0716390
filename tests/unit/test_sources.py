"""Which label an article gets on the per-source metrics (consumer/sources.py)."""

from __future__ import annotations

import pytest

from consumer.records import Article
from consumer.sources import OTHER, SourceLabels, article_source


@pytest.mark.parametrize(
    "source, url, expected",
    [
        ("दैनिक उजाला", "https://www.ujala.example/x", "दैनिक उजाला"),
        ("  दैनिक उजाला ", None, "दैनिक उजाला"),
        (None, "https://www.Ujala.Example/desh/123", "ujala.example"),
        ("", "http://khabar.example:8080/a", "khabar.example"),
        (None, "not a url", None),
        (None, "http://[::1", None),
        (None, None, None),
    ],
)
def test_an_articles_source_is_its_source_field_else_its_url_host(source, url, expected):
    assert article_source(Article(id="a", text="", source=source, url=url)) == expected


def test_only_allow_listed_sources_get_their_own_label():
    labels = SourceLabels(["दैनिक उजाला", "WWW.Khabar.Example"])
    assert labels.values == ("khabar.example", "दैनिक उजाला", OTHER)
    assert labels.label(Article(id="a", text="", source="दैनिक उजाला")) == "दैनिक उजाला"
    assert (
        labels.label(Article(id="b", text="", url="https://khabar.example/1")) == "khabar.example"
    )
    assert labels.label(Article(id="c", text="", source="नया पोर्टल")) == OTHER
    assert labels.label(Article(id="d", text="")) == OTHER


def test_label_values_stay_bounded_whatever_the_input():
    labels = SourceLabels(["दैनिक उजाला"])
    seen = {labels.label(Article(id=str(i), text="", source=f"स्रोत {i}")) for i in range(500)}
    assert seen == {OTHER}
