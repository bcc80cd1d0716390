"""The data that flows through the service: articles in, quote records out.

All offsets are in Unicode code points (Python ``str`` indices) into ``Article.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = [
    "QUOTE_TYPES",
    "SCHEMA_VERSION",
    "Article",
    "Cue",
    "Quote",
    "QuoteForm",
    "QuoteRecord",
    "QuoteType",
    "Speaker",
    "SpeakerKind",
    "quote_id",
]

#: Version of schemas/quote.v1.json that QuoteRecord follows.
SCHEMA_VERSION = "1.1"

#: ``direct``: words printed inside quote marks; ``indirect``: reported speech (X ने कहा कि …);
#: ``unmarked``: speech printed without quote marks (X बोले- …, a headline's "…: मंत्री",
#: X ने कहा, … without marks); its ``form`` says which. Verbatim or close to it, but not
#: marked as verbatim by the page, so readers can keep it apart from quotations in marks.
QuoteType = Literal["direct", "indirect", "unmarked"]
QUOTE_TYPES: tuple[QuoteType, ...] = get_args(QuoteType)
QuoteForm = Literal["marks", "dash", "headline", "unmarked", "reported"]
SpeakerKind = Literal["person", "organization", "role", "pronoun", "document", "unknown"]


@dataclass(frozen=True, slots=True)
class Article:
    """One input article (schemas/article.v1.json). Paragraphs are separated by blank lines
    (or a line break after a sentence end or a closing quote mark)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    published_at: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: the mention as written (``उन्होंने``) and, where known, the full name."""

    text: str
    start: int
    end: int
    kind: SpeakerKind
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    """The attribution expression: ``कहा``, ``के अनुसार``, ``ने ट्वीट किया``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation found in a text, before it is tied to an article."""

    type: QuoteType
    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: Cue | None
    confidence: float
    #: How the speech is marked on the page: ``marks`` (quote marks), ``dash`` (मंत्री बोले-
    #: …), ``headline`` (… : मंत्री), ``unmarked`` (ने कहा, …); ``reported`` for indirect
    #: speech (X ने कहा कि …).
    form: QuoteForm = "marks"
    #: Which rules produced the quote, for audits and error analysis: ``span`` (how the
    #: quotation was found), ``speaker`` (how its speaker phrase was found) and ``resolution``
    #: (how that phrase was resolved to a name). None where nothing recorded it.
    evidence: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One output message (schemas/quote.v1.json): a quote with its article's identity and metadata."""

    quote_id: str
    article_id: str
    quote: Quote
    extractor_version: str
    model_version: str | None
    url: str | None = None
    source: str | None = None
    published_at: str | None = None
    schema_version: str = SCHEMA_VERSION

    @classmethod
    def build(
        cls,
        article: Article,
        quote: Quote,
        *,
        extractor_version: str,
        model_version: str | None,
    ) -> QuoteRecord:
        return cls(
            quote_id=quote_id(article.id, quote.start, quote.end, quote.type),
            article_id=article.id,
            quote=quote,
            extractor_version=extractor_version,
            model_version=model_version,
            url=article.url,
            source=article.source,
            published_at=article.published_at,
        )


def quote_id(article_id: str, start: int, end: int, type_: QuoteType) -> str:
    """A stable id from the article id and the quote's offsets, so replays can be de-duplicated.

    The same article processed twice (a retry, a replay after a crash) gives the same ids.
    """
    digest = hashlib.blake2b(
        f"{article_id}\x1f{start}\x1f{end}\x1f{type_}".encode(), digest_size=16
    )
    return digest.hexdigest()
