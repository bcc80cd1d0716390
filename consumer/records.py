"""The data that flows through the service: articles in, quote records out.

All offsets are in Unicode code points (Python ``str`` indices) into ``Article.text``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = [
    "QUOTE_TYPES",
    "SCHEMA_VERSION",
    "Article",
    "Cue",
    "Quote",
    "QuoteField",
    "QuoteForm",
    "QuoteKeys",
    "QuoteRecord",
    "QuoteType",
    "Speaker",
    "SpeakerKind",
    "quote_id",
]

#: Version of schemas/quote.v1.json that QuoteRecord follows (every published version is
#: kept as schemas/quote.v1.<minor>.json; README: the compatibility promise).
SCHEMA_VERSION = "1.2"

#: ``direct``: words printed inside quote marks; ``indirect``: reported speech (X ने कहा कि …);
#: ``unmarked``: speech printed without quote marks (X बोले- …, a headline's "…: मंत्री",
#: X ने कहा, … without marks); its ``form`` says which. Verbatim or close to it, but not
#: marked as verbatim by the page, so readers can keep it apart from quotations in marks.
QuoteType = Literal["direct", "indirect", "unmarked"]
QUOTE_TYPES: tuple[QuoteType, ...] = get_args(QuoteType)
#: Which field of the article a record's offsets index: its ``text`` or its ``title``.
QuoteField = Literal["text", "title"]
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
class QuoteKeys:
    """Keys that join records across outlets (schema 1.2; docs/identity.md): ``fingerprint``
    of the quotation's folded words, ``near_keys`` shared by a trimmed or lightly edited
    version, ``speaker_key`` of the speaker's name however it is spelled, and that name in
    Latin letters (``speaker_latin``)."""

    fingerprint: str
    near_keys: tuple[str, ...]
    speaker_key: str | None = None
    speaker_latin: str | None = None


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
    keys: QuoteKeys | None = None
    schema_version: str = SCHEMA_VERSION
    field: QuoteField = "text"

    @classmethod
    def build(
        cls,
        article: Article,
        quote: Quote,
        *,
        extractor_version: str,
        model_version: str | None,
        words: Sequence[str] = (),
        occurrence: int = 0,
        keys: QuoteKeys | None = None,
        field: QuoteField = "text",
    ) -> QuoteRecord:
        """The record of ``quote``; ``words`` are its folded words and ``occurrence`` counts
        the earlier quotations of the article with the same type and words (for its id)."""
        return cls(
            quote_id=quote_id(article.id, quote.type, words, occurrence),
            article_id=article.id,
            quote=quote,
            extractor_version=extractor_version,
            model_version=model_version,
            url=article.url,
            source=article.source,
            published_at=article.published_at,
            keys=keys,
            field=field,
        )


def quote_id(article_id: str, type_: QuoteType, words: Sequence[str], occurrence: int) -> str:
    """A stable id from the article id, the type, the quotation's folded words and its
    occurrence number (0 for the first quotation of the article with that type and words, 1
    for the next …): BLAKE2b-128 of the four joined by U+001F, the words by spaces.

    The same article processed twice (a retry, a replay) gives the same ids, and so does an
    updated version of it whose edits leave the quotation's words alone: its offsets do not
    count (schema 1.2; before, the id hashed the offsets and any edit above a quotation
    changed it).
    """
    joined = " ".join(words)
    digest = hashlib.blake2b(
        f"{article_id}\x1f{type_}\x1f{joined}\x1f{occurrence}".encode(), digest_size=16
    )
    return digest.hexdigest()
