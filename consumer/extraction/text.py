"""Paragraphs and word tokens with their code-point offsets. Pure helpers for the rules."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["WORD_CHAR", "ZERO_WIDTH", "Token", "paragraphs", "tokenize"]

# A blank line; or a line break right after a sentence end or a closing quote mark, as feeds
# that put one paragraph per line write it (an unclosed quote then ends with its paragraph,
# not with the article).
_PARAGRAPH_BREAK = re.compile(
    r"\n[ \t\r\f\v\u00a0]*\n\s*|(?<=[।॥?!\"”’»])[ \t\u00a0]*\r?\n\s*"
)
# A token is a run of word characters (Devanagari letters, matras, nukta, ZWJ/ZWNJ, digits,
# Latin) possibly with internal dots (डॉ.), or a single punctuation character.
_PUNCTUATION_CLASS = r"[,;:!?।॥\"“”„‟«»＂'‘’()\[\]{}<>|—–-]"
#: A character that can stand inside a word token (a regular-expression class).
WORD_CHAR = r"[^\s,;:!?।॥\"“”„‟«»＂'‘’()\[\]{}<>|—–-]"
_TOKEN = re.compile(rf"{WORD_CHAR}+(?:-{WORD_CHAR}+)*|''|{_PUNCTUATION_CLASS}")


#: Drops zero-width non-joiners and joiners (``str.translate`` table).
ZERO_WIDTH = str.maketrans({"\u200c": None, "\u200d": None})

#: Abbreviations written with a final dot that does not end a sentence.
ABBREVIATIONS = frozenset({"डॉ.", "डा.", "प्रो.", "श्री.", "सं.", "ई.", "पू.", "मि.", "कु.", "स्व."})


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
    return [(s, e) for s, e in spans if text[s:e].strip()]


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
    if "." not in segment:
        return tokens
    split: list[Token] = []
    for token in tokens:
        word, s, e = token
        if word[-1] == "." and not _is_abbreviation(word):
            split.append(Token(word[:-1], s, e - 1))
            split.append(Token(".", e - 1, e))
        else:
            split.append(token)
    return split


def _is_abbreviation(word: str) -> bool:
    """डॉ., प्रो., initials such as ए.के. or के. keep their dot; कहा. does not."""
    return word in ABBREVIATIONS or "." in word[:-1] or len(word) <= 3
