"""The tokens next to a quotation that its attribution rules read: a window that stops at
the next quote mark on either side."""

from __future__ import annotations

from consumer.extraction import lexicon
from consumer.extraction.lang import punctuation
from consumer.extraction.text import Token

__all__ = [
    "MAX_CLAUSE_WINDOW",
    "MAX_WINDOW",
    "window_after",
    "window_before",
]


#: Tokens read before a quote for its attribution.
MAX_WINDOW = 16

#: How far back a reported clause may run into a quote (X ने कहा कि <long clause>, "…").
MAX_CLAUSE_WINDOW = 64


def window_before(
    tokens: list[Token],
    offset: int,
    limit: int = MAX_WINDOW,
    quote_marks: set[int] | None = None,
) -> list[Token]:
    """Tokens before ``offset`` back to the previous sentence end or quote mark (at most
    ``limit`` of them). With ``quote_marks`` (offsets), only those marks stop the window: a
    quoted title inside the clause (X ने योजना को "जुमला" बताया और कहा कि) does not."""
    i = _index_at(tokens, offset)
    start = i
    while start > 0 and i - start < limit:
        previous = tokens[start - 1]
        if previous.text in lexicon.SENTENCE_END:
            break
        if previous.text in punctuation.QUOTE_TOKENS and (
            quote_marks is None or previous.start in quote_marks
        ):
            break
        start -= 1
    return tokens[start:i]


def window_after(tokens: list[Token], offset: int) -> list[Token]:
    """Tokens from ``offset`` to the next sentence end or quote mark (a long sentence such as
    ``यह बात … ने रविवार को गांव में … कही`` may put the cue far from the quote)."""
    i = _index_at(tokens, offset)
    end = i
    while end < len(tokens) and end - i < 2 * MAX_WINDOW:
        current = tokens[end].text
        if current in lexicon.SENTENCE_END or current in punctuation.QUOTE_TOKENS:
            break
        end += 1
    return tokens[i:end]


def _index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search)."""
    low, high = 0, len(tokens)
    while low < high:
        mid = (low + high) // 2
        if tokens[mid].start < offset:
            low = mid + 1
        else:
            high = mid
    return low
