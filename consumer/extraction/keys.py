"""Keys of a quotation's words: the same for the same quotation printed by different outlets.

Pure functions, no state but bounded caches. :func:`quote_words` folds a quotation to its
words (Unicode normalised, spelling variants folded, punctuation, quote marks and spacing
ignored; the folds are data in :mod:`consumer.extraction.lang.spelling`):

>>> quote_words('"हम पीछे नहीं हटेंगे।"') == quote_words("‘हम पीछे नहीं हटेँगे’")
True

:func:`fingerprint` hashes those words: equal fingerprints mean the same words. :func:`near_keys`
gives the keys of a quotation trimmed or lightly edited by another outlet: two quotations
that share a run of content words (a clipped end, a headline made of one clause, one changed
word in a long quotation) share at least one key; a quotation and its negation share none.
docs/identity.md has the rules and the figures.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from consumer.extraction.lang.function_words import FUNCTION_WORDS, NEGATIONS
from consumer.extraction.lang.spelling import (
    CHARACTER_FOLDS,
    CLAUSE_BREAK,
    FINAL_VIRAMA,
    HALF_NASAL,
    VARIANT_ENDINGS,
    VARIANT_WORDS,
    WORD,
)

__all__ = [
    "SHINGLE_WORDS",
    "WINDOW",
    "FoldedQuote",
    "fingerprint",
    "fold_quote",
    "fold_text",
    "fold_word",
    "near_keys",
    "quote_words",
]

_CHARACTERS = str.maketrans(CHARACTER_FOLDS)

#: Content words per shingle. Four content words span six to eight printed words: a run that
#: long, shared word for word, is the same quotation; three-word runs are stock phrases
#: (सरकार किसानों साथ) that different claims on one topic share.
SHINGLE_WORDS = 5

#: Winnowing window (shingles): of every WINDOW consecutive shingles the smallest hash is a
#: key, so any run of SHINGLE_WORDS + WINDOW - 1 content words shared by two quotations gives
#: both the same key, while a quotation carries about 2 / (WINDOW + 1) of its shingles.
WINDOW = 2

# The 64-bit hash of each word seen, and each word's folded form (news repeats its words;
# both are bounded: cleared when they grow past _CACHE_MAX).
_WORD_HASH: dict[str, int] = {}
_FOLDED: dict[str, str] = {}
_CACHE_MAX = 100_000
_MASK = (1 << 64) - 1
# Odd multipliers of the shingle and negation mixing (from the golden ratio and a prime).
_MIX = 0x9E3779B97F4A7C15
_NEGATION_SALT = 0xC2B2AE3D27D4EB4F


def fold_text(text: str) -> str:
    """NFKC, the character folds and the half-nasal fold over a whole text: नरेन्द्र -> नरेंद्र."""
    return HALF_NASAL.sub("\u0902", unicodedata.normalize("NFKC", text).translate(_CHARACTERS))


def fold_word(word: str) -> str:
    """One word of :func:`fold_text`'s output: variant endings, a final virama, variant words
    and Latin case folded: गये -> गए, जगत् -> जगत, एवम् -> एवं, BJP -> bjp."""
    folded = _FOLDED.get(word)
    if folded is not None:
        return folded
    result = word.casefold()
    if result.endswith(FINAL_VIRAMA) and len(result) > 2:
        result = result[:-1]
    for variant, replacement in VARIANT_ENDINGS:
        if result.endswith(variant) and len(result) > len(variant):
            result = result[: -len(variant)] + replacement
            break
    result = VARIANT_WORDS.get(result, result)
    if len(_FOLDED) >= _CACHE_MAX:
        _FOLDED.clear()
    _FOLDED[word] = result
    return result


@dataclass(frozen=True, slots=True)
class FoldedQuote:
    """A quotation's folded words, and the clause (between commas, dandas, dashes …) of each."""

    words: tuple[str, ...]
    clauses: tuple[int, ...]


def fold_quote(text: str) -> FoldedQuote:
    """The folded words of a quotation, in order, with their clause numbers."""
    words: list[str] = []
    clauses: list[int] = []
    for number, clause in enumerate(CLAUSE_BREAK.split(fold_text(text))):
        for word in WORD.findall(clause):
            words.append(fold_word(word))
            clauses.append(number)
    return FoldedQuote(tuple(words), tuple(clauses))


def quote_words(text: str) -> tuple[str, ...]:
    """The folded words of a quotation, in order; marks, punctuation and spacing dropped."""
    return fold_quote(text).words


def fingerprint(words: Sequence[str]) -> str:
    """16 hex digits (BLAKE2b-64) of the folded words: the same for the same quotation printed
    with other marks, spacing or spelling variants; differs for any other word."""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def _word_hash(word: str) -> int:
    value = _WORD_HASH.get(word)
    if value is None:
        if len(_WORD_HASH) >= _CACHE_MAX:
            _WORD_HASH.clear()
        digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
        value = _WORD_HASH[word] = int.from_bytes(digest, "big")
    return value


def _mix(value: int) -> int:
    """A 64-bit finaliser (splitmix64's), so that shingle hashes are spread for winnowing."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


def _shingle_hashes(content: Sequence[int], salts: Sequence[int]) -> list[int]:
    size = min(SHINGLE_WORDS, len(content))
    hashes = []
    for start in range(len(content) - size + 1):
        value = salts[start] if salts[start] == salts[start + size - 1] else salts[start] ^ _MIX
        for word in content[start : start + size]:
            value = ((value * _MIX) ^ word) & _MASK
        hashes.append(_mix(value))
    return hashes


def _winnow(hashes: list[int]) -> set[int]:
    """The smallest hash of every WINDOW consecutive ones (Schleimer et al.'s winnowing)."""
    if len(hashes) <= WINDOW:
        return {min(hashes)}
    return {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def near_keys(quote: FoldedQuote) -> tuple[str, ...]:
    """Near-duplicate keys (16 hex digits each, sorted) of a folded quotation.

    Grammar words are skipped (:data:`~consumer.extraction.lang.function_words.FUNCTION_WORDS`);
    the remaining content words are cut into shingles of SHINGLE_WORDS and winnowed. Every
    shingle also hashes the number of negations in its clause, so a clause and its negation
    share no key, while a headline made of another clause of the quotation still can. A
    quotation of fewer than SHINGLE_WORDS content words has one key over all of them; one of
    fewer than two has none (its fingerprint is all there is to match).
    """
    content: list[int] = []
    clauses: list[int] = []
    negations: dict[int, int] = {}
    for word, clause in zip(quote.words, quote.clauses, strict=True):
        if word in FUNCTION_WORDS:
            continue
        content.append(_word_hash(word))
        clauses.append(clause)
        if word in NEGATIONS:
            negations[clause] = negations.get(clause, 0) + 1
    if len(content) < 2:
        return ()
    salts = [(negations.get(c, 0) + 1) * _NEGATION_SALT & _MASK for c in clauses]
    hashes = _shingle_hashes(content, salts)
    return tuple(sorted(format(h, "016x") for h in _winnow(hashes)))
