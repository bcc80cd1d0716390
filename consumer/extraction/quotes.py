"""Direct-quote spans: pair the quote marks in each paragraph, then drop what is not speech."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.extraction import lexicon

__all__ = ["QuoteSpan", "find_quote_spans"]

_MARK = re.compile("|".join(re.escape(m) for m in lexicon.DOUBLE_QUOTE_MARKS))
_FEET_INCHES = re.compile(r"\d\s?'\s?\d{1,2}$")
_TRAILING_SEPARATORS = " \t\n\r\u00a0,;:–—-"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation inside one paragraph. ``open_at`` and ``close_at`` are the marks' offsets
    (``close_at`` is the paragraph end when the quote is never closed)."""

    open_at: int
    close_at: int
    start: int
    end: int
    closed: bool
    paragraph_start: int
    paragraph_end: int


def find_quote_spans(text: str, paragraph_start: int, paragraph_end: int) -> list[QuoteSpan]:
    """Pair quote marks left to right within one paragraph.

    ``"हम पीछे नहीं हटेंगे," उन्होंने कहा।`` gives the span हम पीछे नहीं हटेंगे. Marks are paired by
    order, not shape, so reversed curly marks (”…“) still pair. A quote left open runs to the
    end of its paragraph. Spans with fewer than ``MIN_QUOTE_WORDS`` words (titles, labels,
    scare quotes such as "आत्मनिर्भर") are dropped.
    """
    marks = [
        (m.start(), m.end())
        for m in _MARK.finditer(text, paragraph_start, paragraph_end)
        if not _is_inch_mark(text, m.start(), m.end())
    ]
    if not marks and lexicon.SINGLE_QUOTE_OPEN in text[paragraph_start:paragraph_end]:
        return _single_quoted(text, paragraph_start, paragraph_end)
    spans: list[QuoteSpan] = []
    for index in range(0, len(marks), 2):
        open_start, open_end = marks[index]
        if index + 1 < len(marks):
            close_at, closed = marks[index + 1][0], True
        else:
            close_at, closed = paragraph_end, False
        start, end = _trim(text, open_end, close_at)
        if end - start <= 0 or len(text[start:end].split()) < lexicon.MIN_QUOTE_WORDS:
            continue
        spans.append(
            QuoteSpan(open_start, close_at, start, end, closed, paragraph_start, paragraph_end)
        )
    return spans


def _single_quoted(text: str, paragraph_start: int, paragraph_end: int) -> list[QuoteSpan]:
    """‘…’ quotations in a paragraph without double marks: each ‘ with the next ’ that is
    not inside a word. An unclosed ‘ runs to the paragraph's end (a quotation going on into
    the next paragraph) only where it plainly opens one: at the paragraph's start or after a
    comma, colon or dash (कहा, ‘…); elsewhere a lone mark quotes nothing."""
    spans: list[QuoteSpan] = []
    position = paragraph_start
    while True:
        open_at = text.find(lexicon.SINGLE_QUOTE_OPEN, position, paragraph_end)
        if open_at < 0:
            return spans
        close_at = _single_close(text, open_at + 1, paragraph_end)
        closed = close_at >= 0
        if not closed:
            before = text[paragraph_start:open_at].rstrip()
            if before and before[-1] not in ",:-–—":
                return spans
            close_at = paragraph_end
        start, end = _trim(text, open_at + 1, close_at)
        if end > start and len(text[start:end].split()) >= lexicon.MIN_QUOTE_WORDS:
            spans.append(
                QuoteSpan(open_at, close_at, start, end, closed, paragraph_start, paragraph_end)
            )
        if not closed:
            return spans
        position = close_at + 1


def _single_close(text: str, start: int, end: int) -> int:
    """The next ’ from ``start`` that closes a quotation (not followed by a letter)."""
    position = start
    while True:
        at = text.find(lexicon.SINGLE_QUOTE_CLOSE, position, end)
        if at < 0:
            return -1
        if at + 1 >= len(text) or not text[at + 1].isalpha():
            return at
        position = at + 1


def _is_inch_mark(text: str, start: int, end: int) -> bool:
    """``5' 1"``: a straight double mark closing a feet-and-inches figure measures, not quotes."""
    return (
        text[start:end] == '"' and _FEET_INCHES.search(text, max(0, start - 8), start) is not None
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the space after an opening mark and the comma or space before a closing one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING_SEPARATORS:
        end -= 1
    return start, end
