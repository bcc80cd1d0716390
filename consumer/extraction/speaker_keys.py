"""The speaker key: one key for one name however an outlet prints it.

श्री अरुण सिन्हा, अरुण सिन्हा जी and Arun Sinha get the same key; so do नरेन्द्र and नरेंद्र, ज़ोया
and जोया. The name's titles and honorifics are dropped (the lists of :mod:`.lang.titles`,
:mod:`.lang.roles` and :mod:`.lang.latin`), each word is folded like a quotation's words
(:mod:`.keys`), read in Latin letters (:mod:`.transliteration`) and the Latin spelling
variants folded (:data:`~consumer.extraction.lang.latin.LATIN_VARIANTS`), so a name printed
in Devanagari and the same name printed in Latin letters meet.

The key says "the same name", not "the same person": two people called सुनील शर्मा get one
key, and nothing here tells them apart (docs/identity.md).
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from consumer.extraction.keys import fold_text, fold_word
from consumer.extraction.lang.latin import LATIN_TITLES, LATIN_VARIANTS
from consumer.extraction.lang.roles import HONORIFIC_SUFFIXES
from consumer.extraction.lang.titles import TITLES
from consumer.extraction.transliteration import latin_words

__all__ = ["forget", "name_words", "speaker_key", "spoken_form"]

# Distinct names remembered: a day of a large feed names a few thousand people.
_NAMES_CACHED = 16_384
_EDGE_MARKS = ".,;:()[]'\"‘’“”-–—"


def _is_title(word: str) -> bool:
    return word in TITLES or f"{word}." in TITLES or word.casefold() in LATIN_TITLES


def _is_honorific(word: str) -> bool:
    return word in HONORIFIC_SUFFIXES or word.casefold() in LATIN_TITLES


@lru_cache(maxsize=_NAMES_CACHED)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name without its titles and honorifics: डॉ. मीना कुलकर्णी -> मीना
    कुलकर्णी, अरुण सिन्हा जी -> अरुण सिन्हा, Dr. Rajeev Kapoor -> Rajeev Kapoor."""
    words = [w.strip(_EDGE_MARKS) for w in unicodedata.normalize("NFC", name).split()]
    words = [w for w in words if w]
    start, end = 0, len(words)
    while start < end - 1 and _is_title(words[start]):
        start += 1
    while end > start + 1 and _is_honorific(words[end - 1]):
        end -= 1
    return tuple(words[start:end])


@lru_cache(maxsize=_NAMES_CACHED)
def _spoken(latin: str) -> str:
    """One word's Latin reading with the Latin variants folded (remembered: names share
    their words)."""
    latin = unicodedata.normalize("NFD", latin.casefold())
    latin = "".join(ch for ch in latin if ch.isalnum() and not unicodedata.combining(ch))
    for pattern, replacement in LATIN_VARIANTS:
        latin = pattern.sub(replacement, latin)
    return latin


def spoken_form(name: str) -> str:
    """The folded Latin reading the key hashes: नरेन्द्र कुशवाहा -> narendra kushvaha."""
    folded = ["".join(fold_word(w) for w in fold_text(word).split()) for word in name_words(name)]
    return " ".join(_spoken(latin) for latin in latin_words(folded))


@lru_cache(maxsize=_NAMES_CACHED)
def speaker_key(name: str) -> str | None:
    """16 hex digits (BLAKE2b-64) of the name's spoken form; None for a name with no words."""
    spoken = spoken_form(name)
    if not spoken.strip():
        return None
    return hashlib.blake2b(spoken.encode(), digest_size=8).hexdigest()


def forget() -> None:
    """Empty the caches of names and words (for the benchmark's every-name-new cases)."""
    speaker_key.cache_clear()
    name_words.cache_clear()
    _spoken.cache_clear()
