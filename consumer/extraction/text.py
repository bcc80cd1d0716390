"""Paragraphs and word tokens with their code-point offsets. Pure helpers for the rules."""

from __future__ import annotations

import re
from typing import NamedTuple

from consumer.extraction import lexicon
from consumer.extraction.lang.punctuation import PUNCTUATION_CLASS, WORD_CHAR

__all__ = ["WORD_CHAR", "ZERO_WIDTH", "Token", "paragraphs", "tokenize"]

# Any line break: news pages put a headline, a dateline, a byline, a caption or a paragraph
# on a line of its own, often without a sentence end (a headline has none), and no speaker
# name or reported clause runs from one line into the next.
_PARAGRAPH_BREAK = re.compile(r"[ \t\u00a0]*\r?\n\s*")
# A token is a run of word characters (Devanagari letters, matras, nukta, ZWJ/ZWNJ, digits,
# Latin) possibly with internal dots (डॉ.), or a single punctuation character.
_TOKEN = re.compile(rf"{WORD_CHAR}+(?:-{WORD_CHAR}+)*|''|‘‘|’’|``|{PUNCTUATION_CLASS}")
#: Drops zero-width non-joiners and joiners (``str.translate`` table).
ZERO_WIDTH = str.maketrans({"\u200c": None, "\u200d": None})

#: Abbreviations written with a final dot that does not end a sentence (डॉ., प्रो., रु.).
ABBREVIATIONS = lexicon.DOTTED_ABBREVIATIONS


class Token(NamedTuple):
    """A word or punctuation mark and its code-point range. A tuple: tokens are the hottest
    objects of the extractor, and a tuple is built several times faster than a dataclass."""

    text: str
    start: int
    end: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph. Paragraphs are separated by blank lines, or
    by a line break after a sentence end or a closing quote mark."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    found = [(s, e) for s, e in spans if text[s:e].strip()]
    return _join_open_quotes(text, found) if _OPEN_CURLY in text else found


_OPEN_CURLY, _CLOSE_CURLY = "“", "”"


def _join_open_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A paragraph that opens a curly quote it does not close, followed by one that closes a
    quote before opening any (“मुझे … नहीं है।⏎जीवन … जनता है।”), is one quotation broken
    across a line: the two are one paragraph."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _opens_unclosed(text, *joined[-1]) and _closes_first(text, start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _opens_unclosed(text: str, start: int, end: int) -> bool:
    segment = text[start:end]
    return segment.count(_OPEN_CURLY) > segment.count(_CLOSE_CURLY)


def _closes_first(text: str, start: int, end: int) -> bool:
    segment = text[start:end]
    close = segment.find(_CLOSE_CURLY)
    opening = segment.find(_OPEN_CURLY)
    return close >= 0 and (opening < 0 or close < opening)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``. A word's trailing '.' that ends
    a sentence is split off, except in short abbreviations such as डॉ. or प्रो."""
    stop = len(text) if end is None else end
    tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
    segment = text[start:stop]
    if "\u200c" in segment or "\u200d" in segment:
        # प्रवक्‍ता: many sites put a zero-width (non-)joiner after a virama. The words the rules
        # compare are read without it; offsets still point into the text as written.
        tokens = [
            Token(word, s, e)
            for word, s, e in ((t.text.translate(ZERO_WIDTH), t.start, t.end) for t in tokens)
            if word
        ]
    if "ंं" in segment:
        # उन्होंंने: a doubled anusvara, a common typing slip, is read as one.
        tokens = [Token(t.text.replace("ंं", "ं"), t.start, t.end) for t in tokens]
    if "." not in segment:
        return tokens
    split: list[Token] = []
    for token in tokens:
        if "." in token.text[:-1] and len(token.text) == token.end - token.start:
            split += _split_glued(token)
        else:
            split += _split_final(token)
    return split


def _split_final(token: Token) -> list[Token]:
    """कहा. -> कहा + ., but डॉ. and ए. stay whole."""
    word, s, e = token
    if word[-1] == "." and not _is_abbreviation(word):
        return [Token(word[:-1], s, e - 1), Token(".", e - 1, e)]
    return [token]


def _split_glued(token: Token) -> list[Token]:
    """था.Crime, है.उन्होंने: a full stop without a space after it still ends the sentence;
    initials (ए.के.) and abbreviations (डॉ.) keep their dots."""
    word, s, _ = token
    parts: list[Token] = []
    begin = 0
    for at, char in enumerate(word):
        if char != "." or at + 1 == len(word):
            continue
        left = word[begin:at]
        if not left or _is_abbreviation(left + ".") or left in lexicon.INITIALS:
            continue
        if left[-1].isdigit() or left.isascii():
            continue  # 25.5, www.example
        parts += [Token(left, s + begin, s + at), Token(".", s + at, s + at + 1)]
        begin = at + 1
    if begin == 0:
        return _split_final(token)
    return parts + _split_final(Token(word[begin:], s + begin, token.end))


def _is_abbreviation(word: str) -> bool:
    """डॉ., प्रो., initials such as ए.के., के. or R. keep their dot; कहा., है. and था. end a
    sentence (a third of Hindi news pages end sentences with a Latin full stop)."""
    stem = word[:-1]
    return (
        word in ABBREVIATIONS
        or "." in stem
        or stem in lexicon.INITIALS
        or (len(stem) == 1 and stem.isascii() and stem.isalpha())
    )
