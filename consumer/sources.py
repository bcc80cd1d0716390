"""Which source an article is counted under in the per-source metrics. Pure: no I/O.

An article's source is its ``source`` field (the producer's publisher or feed name, e.g.
``उदाहरण समाचार``) when it has one, else the host of its ``url`` (lower case, without a
leading ``www.``, e.g. ``example.org``). Only sources on the allow-list
(``QUOTES_METRICS_SOURCES``) get a label value of their own; every other article, and one
with neither field, is counted as ``other``. Label values stay bounded whatever the input.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from consumer.records import Article

__all__ = ["OTHER", "SourceLabels", "article_source"]

#: The label value of every source not on the allow-list.
OTHER = "other"


def article_source(article: Article) -> str | None:
    """The article's ``source`` (trimmed), else its URL's host; None when it has neither."""
    if article.source is not None and article.source.strip():
        return article.source.strip()
    if article.url:
        try:
            host = urlsplit(article.url.strip()).hostname
        except ValueError:  # a malformed URL (an unclosed IPv6 bracket) names no host
            return None
        if host:
            return host.removeprefix("www.")
    return None


class SourceLabels:
    """Maps an article to its metrics label: an allowed source, or ``other``."""

    def __init__(self, allowed: Iterable[str]) -> None:
        self._allowed = {_normal(name) for name in allowed if name.strip()}

    @property
    def values(self) -> tuple[str, ...]:
        """Every label value this mapping can give, ``other`` last (to pre-create series)."""
        return (*sorted(self._allowed), OTHER)

    def label(self, article: Article) -> str:
        source = article_source(article)
        if source is None:
            return OTHER
        source = _normal(source)
        return source if source in self._allowed else OTHER


def _normal(name: str) -> str:
    """A host compares in lower case without ``www.``, as article_source gives it; a name
    (anything with a space or without a dot) as written."""
    name = name.strip()
    if "." in name and " " not in name:
        return name.lower().removeprefix("www.")
    return name
