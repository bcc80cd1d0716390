"""An article's quotes to records with the keys that join them across outlets and updates.

Each record gets a ``quote_id`` from the article id, the type, the quotation's folded words
and an occurrence number (so an edit elsewhere in the article keeps it), the quotation's
``fingerprint`` and ``near_keys``, and the speaker's ``speaker_key`` and ``speaker_latin``
(docs/identity.md). Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from consumer.extraction.keys import fingerprint, fold_quote, near_keys
from consumer.extraction.speaker_keys import name_words, speaker_key
from consumer.extraction.transliteration import latin_name
from consumer.records import Article, Quote, QuoteField, QuoteKeys, QuoteRecord, QuoteType

__all__ = ["build_records", "speaker_latin"]


# Distinct names remembered: a day of a large feed names a few thousand people.
@lru_cache(maxsize=16_384)
def speaker_latin(name: str) -> str | None:
    """The name without titles, in Latin letters: श्री अरुण सिन्हा जी -> Arun Sinha."""
    words = name_words(name)
    return latin_name(" ".join(words)) if words else None


def build_records(
    article: Article,
    quotes: Iterable[Quote],
    *,
    extractor_version: str,
    model_version: str | None,
    title_quotes: Iterable[Quote] = (),
) -> tuple[QuoteRecord, ...]:
    """One record per quote, in the order given (the extractor's: text order), then one per
    quotation of the article's title (``field="title"``, offsets into the title)."""
    seen: dict[tuple[QuoteType, str], int] = {}
    records = []
    fields: list[tuple[QuoteField, Quote]] = [
        *(("text", q) for q in quotes),
        *(("title", q) for q in title_quotes),
    ]
    for field, quote in fields:
        folded = fold_quote(quote.text)
        print_ = fingerprint(folded.words)
        occurrence = seen.get((quote.type, print_), 0)
        seen[quote.type, print_] = occurrence + 1
        name = quote.speaker.name if quote.speaker is not None else None
        keys = QuoteKeys(
            fingerprint=print_,
            near_keys=near_keys(folded),
            speaker_key=speaker_key(name) if name else None,
            speaker_latin=speaker_latin(name) if name else None,
        )
        records.append(
            QuoteRecord.build(
                article,
                quote,
                extractor_version=extractor_version,
                model_version=model_version,
                words=folded.words,
                occurrence=occurrence,
                keys=keys,
                field=field,
            )
        )
    return tuple(records)
