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
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from consumer.extraction.lang.function_words import CLAUSE_WORDS, FUNCTION_WORDS, NEGATIONS
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
    "SHORT_PART",
    "WINDOW",
    "FoldedQuote",
    "fingerprint",
    "fold_quote",
    "fold_text",
    "fold_word",
    "forget",
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
WINDOW = 1

#: Content words a part of a clause needs for a key of its own when it is shorter than a
#: shingle: two-word parts (सरकार बनाएगी) are said by too many different people.
SHORT_PART = 3

# Each printed word's folded form, each folded word's form after the word rules, and each
# folded word's 64-bit hash and role in the near keys (news repeats its words; all bounded:
# cleared when they grow past _CACHE_MAX).
_PRINTED: dict[str, tuple[str, int, int]] = {}
_FOLDED: dict[str, str] = {}
_WORD_HASH: dict[str, tuple[int, int]] = {}
_CACHE_MAX = 100_000
_MASK = (1 << 64) - 1
# Odd multipliers of the shingle and negation mixing (from the golden ratio and a prime).
_MIX = 0x9E3779B97F4A7C15
_NEGATION_SALT = 0xC2B2AE3D27D4EB4F
# A printed word, or (no group) a clause break: one pass over a quotation.
_TOKEN = re.compile(rf"({WORD.pattern})|{CLAUSE_BREAK.pattern}")
# Roles of a folded word in the near keys (and of a clause break, the empty token).
_CONTENT, _NEGATION, _GRAMMAR, _CONNECTIVE, _BREAK = 0, 1, 2, 3, 4
_BREAK_INFO = ("", 0, _BREAK)
_PRINTED[""] = _BREAK_INFO


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
    """A quotation's folded words, and what :func:`near_keys` reads: the hashes of its content
    words (grammar words skipped), the part of a clause each stands in (numbered through the
    quotation; a clause runs between punctuation marks: commas, dandas, dashes; a part of
    it between connectives such as और), and the salt of each (its clause's negations and its
    part's predicate)."""

    words: tuple[str, ...]
    content: tuple[int, ...] = ()
    content_parts: tuple[int, ...] = ()
    salts: tuple[int, ...] = ()


def _fold_printed(word: str) -> tuple[str, int, int]:
    """A printed word folded (:func:`fold_text` and :func:`fold_word`), with the hash and
    role of the folded word; remembered. The empty token is a clause break."""
    if not word:
        return _BREAK_INFO
    folded = "".join(fold_word(w) for w in WORD.findall(fold_text(word)))
    value, role = _word_hash(folded) if folded else (0, _GRAMMAR)
    if len(_PRINTED) >= _CACHE_MAX:
        _PRINTED.clear()
        _PRINTED[""] = _BREAK_INFO
    known = _PRINTED[word] = (folded, value, role)
    return known


def fold_quote(text: str) -> FoldedQuote:
    """The folded words of a quotation, in order (the near keys' content words, parts and
    salts are gathered from the same look-ups)."""
    printed = _PRINTED
    tokens = _TOKEN.findall(text)
    looked_up = list(map(printed.get, tokens))
    # Every token seen before (the usual case): no None in the list.
    infos = (
        cast(list[tuple[str, int, int]], looked_up)
        if None not in looked_up
        else [
            i if i is not None else _fold_printed(t) for t, i in zip(tokens, looked_up, strict=True)
        ]
    )
    words = tuple([folded for folded, _, role in infos if role != _BREAK and folded])
    content: list[int] = []
    content_parts: list[int] = []
    clause_of: dict[int, int] = {}
    negations: dict[int, int] = {}
    predicate: dict[int, int] = {}
    clause = part = 0
    for _, value, role in infos:
        if role == _CONTENT:
            content.append(value)
            content_parts.append(part)
            predicate[part] = value
            clause_of[part] = clause
        elif role == _GRAMMAR:
            continue
        elif role == _BREAK:
            clause += 1
            part += 1
        elif role == _CONNECTIVE:
            part += 1
        else:  # a negation
            content.append(value)
            content_parts.append(part)
            predicate[part] = value
            clause_of[part] = clause
            negations[clause] = negations.get(clause, 0) + 1
    salt_of = {
        part: _mix(((negations.get(clause, 0) + 1) * _NEGATION_SALT ^ predicate[part]) & _MASK)
        for part, clause in clause_of.items()
    }
    return FoldedQuote(
        words,
        tuple(content),
        tuple(content_parts),
        tuple([salt_of[part] for part in content_parts]),
    )


def forget() -> None:
    """Empty every cache of folded words (for the benchmark's everything-new case)."""
    _PRINTED.clear()
    _PRINTED[""] = _BREAK_INFO
    _FOLDED.clear()
    _WORD_HASH.clear()


def quote_words(text: str) -> tuple[str, ...]:
    """The folded words of a quotation, in order; marks, punctuation and spacing dropped."""
    return fold_quote(text).words


def fingerprint(words: Sequence[str]) -> str:
    """16 hex digits (BLAKE2b-64) of the folded words: the same for the same quotation printed
    with other marks, spacing or spelling variants; differs for any other word."""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def _word_hash(word: str) -> tuple[int, int]:
    """A folded word's 64-bit hash and its role (content, negation, grammar, connective)."""
    value = _WORD_HASH.get(word)
    if value is None:
        if len(_WORD_HASH) >= _CACHE_MAX:
            _WORD_HASH.clear()
        digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
        role = (
            _CONNECTIVE
            if word in CLAUSE_WORDS
            else _GRAMMAR
            if word in FUNCTION_WORDS
            else _NEGATION
            if word in NEGATIONS
            else _CONTENT
        )
        value = _WORD_HASH[word] = (int.from_bytes(digest, "big"), role)
    return value


def _mix(value: int) -> int:
    """A 64-bit finaliser (splitmix64's): a salt unlike any word hash or sum of them."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


def _shingle_hashes(content: Sequence[int], salts: Sequence[int]) -> list[int]:
    """One hash per run of SHINGLE_WORDS content words (one over all of them if fewer), with
    the salt of the run's last word: a polynomial rolling hash over the word hashes (random
    64-bit values, so the sums are too), one step per shingle."""
    size = min(SHINGLE_WORDS, len(content))
    drop = pow(_MIX, size - 1, 1 << 64)
    rolling = 0
    for word in content[:size]:
        rolling = (rolling * _MIX + word) & _MASK
    hashes = [rolling ^ salts[size - 1]]
    for end in range(size, len(content)):
        rolling = ((rolling - content[end - size] * drop) * _MIX + content[end]) & _MASK
        hashes.append(rolling ^ salts[end])
    return hashes


def _winnow(hashes: list[int]) -> set[int]:
    """The smallest hash of every WINDOW consecutive ones (Schleimer et al.'s winnowing)."""
    if WINDOW == 1:
        return set(hashes)
    if len(hashes) <= WINDOW:
        return {min(hashes)}
    return {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def near_keys(quote: FoldedQuote) -> tuple[str, ...]:
    """Near-duplicate keys (16 hex digits each, sorted) of a folded quotation.

    Grammar words are skipped (:data:`~consumer.extraction.lang.function_words.FUNCTION_WORDS`);
    the remaining content words are cut into shingles of SHINGLE_WORDS and winnowed. Each
    shingle also hashes what its clause claims: the number of negations in its clause (the
    words between punctuation marks), and the last content word of its part of the clause
    (up to a connective such as और), the predicate of Hindi's verb-final clauses. So a
    clause and its negation share no key, nor do two clauses that say different things
    about the same subject (आय दोगुनी होगी / आय दोगुनी करने का वादा जुमला था), while a
    headline made of one clause or one part of a quotation still shares its keys (unless it
    leaves out a negation of its clause). A quotation of fewer than SHINGLE_WORDS
    content words has one key over all of them; one of fewer than two has none (its
    fingerprint is all there is to match).
    """
    content, salts = quote.content, quote.salts
    if len(content) < 2:
        return ()
    keys = _winnow(_shingle_hashes(content, salts))
    keys.update(_short_part_hashes(content, salts, quote.content_parts))
    return tuple(sorted(f"{h:016x}" for h in keys))


def _short_part_hashes(
    content: Sequence[int], salts: Sequence[int], parts: Sequence[int]
) -> set[int]:
    """One hash over each part of a clause too short for a shingle of its own (SHORT_PART to
    SHINGLE_WORDS - 1 content words), so that a headline made of it (पार्टी अपने दम पर सरकार
    बनाएगी) meets the quotation it came from."""
    hashes: set[int] = set()
    start = 0
    for end in range(1, len(parts) + 1):
        if end == len(parts) or parts[end] != parts[start]:
            if SHORT_PART <= end - start < SHINGLE_WORDS and end - start < len(content):
                hashes.update(_shingle_hashes(content[start:end], salts[start:end]))
            start = end
    return hashes
