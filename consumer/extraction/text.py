"""Paragraphs and word tokens with their code-point offsets. Pure helpers for the rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "paragraphs", "tokenize"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
# A token is a run of word characters (Devanagari letters, matras, nukta, ZWJ/ZWNJ, digits,
# Latin) possibly with internal dots (डॉ.), or a single punctuation character.
_TOKEN = re.compile(
    r"[^\s,;:!?।॥\"“”„‟«»＂'‘’()\[\]{}<>|—–-]+"
    r"|''|[,;:!?।॥\"“”„‟«»＂'‘’()\[\]{}<>|—–-]"
)


#: Abbreviations written with a final dot that does not end a sentence.
ABBREVIATIONS = frozenset({"डॉ.", "डा.", "प्रो.", "श्री.", "सं.", "ई.", "पू.", "मि.", "कु.", "स्व."})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are separated by blank lines."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``. A word's trailing '.' that ends
    a sentence is split off, except in short abbreviations such as डॉ. or प्रो."""
    tokens: list[Token] = []
    stop = len(text) if end is None else end
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group()
        s, e = match.start(), match.end()
        if word.endswith(".") and not _is_abbreviation(word):
            tokens.append(Token(word[:-1], s, e - 1))
            tokens.append(Token(".", e - 1, e))
        else:
            tokens.append(Token(word, s, e))
    return tokens


def _is_abbreviation(word: str) -> bool:
    """डॉ., प्रो., initials such as ए.के. or के. keep their dot; कहा. does not."""
    return word in ABBREVIATIONS or "." in word[:-1] or len(word) <= 3
