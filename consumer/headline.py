"""The article's ``title`` read with its text: a headline is where Hindi pages print much of
their speech (``किसानों की आय दोगुनी करेंगे : कृषि मंत्री``). Pure, no I/O.

The title is read as the page prints it, a line above the body, so that its speaker
resolves with the names the body gives (the body's first paragraph names the कृषि मंत्री),
and the body's pronouns see who the headline named. Records say which field their offsets
point into. A title whose words already open the text (feeds that send the headline in both
fields) is not read twice, and a headline quotation the body repeats word for word is
reported once, from the body.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from consumer.records import Article, Quote, QuoteField

__all__ = ["TITLE_SEPARATOR", "quotes_by_field"]

#: What stands between the title and the text when they are read together: a paragraph break.
TITLE_SEPARATOR = "\n\n"
#: How far into the text a title may already stand (after a dateline or a kicker) and count as
#: printed there.
_TITLE_IN_TEXT_WITHIN = 300


def quotes_by_field(
    extract: Callable[[str], list[Quote]], article: Article
) -> list[tuple[QuoteField, Quote]]:
    """The quotations of the article's text and title, each with the field its offsets index:
    ``("title", quote)`` offsets into ``article.title``, ``("text", quote)`` into ``article.text``.
    Without a title (or with one the text already opens with) this is the text's quotations."""
    title, text = article.title, article.text
    if (
        not title
        or not title.strip()
        or title.strip() in text[: len(title) + _TITLE_IN_TEXT_WITHIN]
    ):
        return [("text", quote) for quote in extract(text)]
    shift = len(title) + len(TITLE_SEPARATOR)
    found: list[tuple[QuoteField, Quote]] = []
    for quote in extract(title + TITLE_SEPARATOR + text):
        offsets = _offsets(quote)
        if all(end <= len(title) for _, end in offsets):
            found.append(("title", quote))
        elif all(start >= shift for start, _ in offsets):
            found.append(("text", _shifted(quote, -shift)))
        # A record whose speaker or cue stands in the other field cannot point into one
        # field: left out (a headline's speech attributed from the body's first line).
    body_words = {_words(q.text) for field, q in found if field == "text"}
    return [(f, q) for f, q in found if f == "text" or _words(q.text) not in body_words]


def _offsets(quote: Quote) -> Sequence[tuple[int, int]]:
    spans = [(quote.start, quote.end)]
    if quote.speaker is not None:
        spans.append((quote.speaker.start, quote.speaker.end))
    if quote.cue is not None:
        spans.append((quote.cue.start, quote.cue.end))
    return spans


def _shifted(quote: Quote, by: int) -> Quote:
    speaker = quote.speaker
    cue = quote.cue
    return dataclasses.replace(
        quote,
        start=quote.start + by,
        end=quote.end + by,
        speaker=None
        if speaker is None
        else dataclasses.replace(speaker, start=speaker.start + by, end=speaker.end + by),
        cue=None
        if cue is None
        else dataclasses.replace(cue, start=cue.start + by, end=cue.end + by),
    )


def _words(text: str) -> tuple[str, ...]:
    """The quotation's words without punctuation or marks: how a body repeats a headline."""
    return tuple(
        w.strip("।॥.,;:!?-–—'\"‘’“” ") for w in text.split() if w.strip("।॥.,;:!?-–—'\"‘’“” ")
    )
