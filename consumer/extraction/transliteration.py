"""Latin forms of Hindi names, for readers who do not read Devanagari: अनीता मेहरा -> Anita Mehra.

The script mapping is the ``indic-transliteration`` library's (Devanagari to IAST). Two Hindi
habits it does not know are added here: the inherent a that Hindi does not pronounce is
dropped (Ohala's rule: at the end of a word and between a vowel-consonant and a
consonant-vowel: मेहरा mehrā, not meharā; कुमार kumār, not kumāra), and IAST's letters are
written the way Hindi newspapers print names in English (:mod:`.lang.latin`: ś -> sh,
c -> ch, ṃ -> n). Each word is transliterated once and remembered (names repeat their
words: a new name is mostly words seen before).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from indic_transliteration import sanscript

from consumer.extraction.lang.latin import (
    DEVANAGARI_CONSONANT,
    DEVANAGARI_READINGS,
    DEVANAGARI_VOWEL_SIGN,
    IAST_LETTERS,
    IAST_PLAIN,
)

__all__ = ["delete_schwas", "forget", "latin_name", "latin_word", "latin_words"]

_VIRAMA = "\u094d"
_NASALS = frozenset("\u0901\u0902\u0903")
_IAST = sanscript.SchemeMap(
    sanscript.SCHEMES[sanscript.DEVANAGARI], sanscript.SCHEMES[sanscript.IAST]
)

# Distinct words remembered: far more than the names a news feed names in a day (each entry
# is a few hundred bytes); emptied when full.
_WORDS_CACHED = 65_536
_LATIN: dict[str, str] = {}


@dataclass(slots=True)
class _Unit:
    """One written syllable: a consonant cluster (or an independent vowel) and its vowel."""

    text: str
    consonants: int  # 0 for an independent vowel
    vowel: str  # "a" (inherent), "sign", "none" (ends in a virama)
    nasal: bool = False


def _units(word: str) -> list[_Unit]:
    units: list[_Unit] = []
    i = 0
    while i < len(word):
        match = DEVANAGARI_CONSONANT.match(word, i)
        if match is None:
            if word[i] in _NASALS and units:
                units[-1].text += word[i]
                units[-1].nasal = True
            else:
                units.append(_Unit(word[i], 0, "sign"))
            i += 1
            continue
        end, consonants = match.end(), 1
        while word.startswith(_VIRAMA, end) and (more := DEVANAGARI_CONSONANT.match(word, end + 1)):
            end, consonants = more.end(), consonants + 1
        vowel = "a"
        if end < len(word) and word[end] == _VIRAMA:
            vowel, end = "none", end + 1
        elif end < len(word) and word[end] in DEVANAGARI_VOWEL_SIGN:
            vowel, end = "sign", end + 1
        units.append(_Unit(word[i:end], consonants, vowel))
        i = end
    return units


def _voiced(unit: _Unit) -> bool:
    return unit.vowel != "none"


def _open(unit: _Unit) -> bool:
    """A syllable ending in its vowel: after a closed one (रं in रंजना) the a stays."""
    return unit.vowel != "none" and not unit.nasal


def delete_schwas(word: str) -> str:
    """The word with a virama where Hindi drops the inherent a, read right to left:
    कमला -> कम्ला, अमरनाथ -> अमर्नाथ्, कुलकर्णी -> कुल्कर्णी; a final conjunct keeps it (नरेंद्र), and so
    does a consonant after a closed syllable (रंजना)."""
    units = _units(word)
    syllables = sum(1 for u in units if _voiced(u))
    for i in range(len(units) - 1, 0, -1):
        unit = units[i]
        if unit.consonants == 0 or unit.vowel != "a" or unit.nasal:
            continue
        if i == len(units) - 1:
            drop = unit.consonants == 1 and syllables >= 2
        else:
            after = units[i + 1]
            drop = (
                unit.consonants == 1
                and _open(units[i - 1])
                and after.consonants == 1
                and _voiced(after)
            )
        if drop:
            unit.text += _VIRAMA
            unit.vowel = "none"
    return "".join(u.text for u in units)


_READINGS = str.maketrans(DEVANAGARI_READINGS)
_LETTERS = str.maketrans(IAST_LETTERS)
# What is left after the letters: long-vowel and other combining marks, dropped.
_MARKS = dict.fromkeys((cp for cp in range(0x0300, 0x0370) if unicodedata.combining(chr(cp))), None)


def _plain(iast: str) -> str:
    for pattern, plain in IAST_PLAIN:
        iast = pattern.sub(plain, iast)
    return unicodedata.normalize("NFD", iast.translate(_LETTERS)).translate(_MARKS)


def _has_devanagari(word: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in word)


def latin_words(words: Sequence[str]) -> list[str]:
    """Words in plain lower-case Latin letters: मेहरा -> mehra, शर्मा -> sharma; a word without
    Devanagari is returned as it is. Words not seen before go to the library in one call
    (each call costs about as much as a word: it compiles its patterns every time)."""
    missing = [w for w in dict.fromkeys(words) if w not in _LATIN and _has_devanagari(w)]
    if missing:
        schwaless = " ".join(delete_schwas(w.translate(_READINGS)) for w in missing)
        iast = sanscript.transliterate(schwaless, scheme_map=_IAST).split(" ")
        if len(_LATIN) + len(missing) > _WORDS_CACHED:
            _LATIN.clear()
        for word, latin in zip(missing, iast, strict=True):
            _LATIN[word] = _plain(latin)
    return [_LATIN.get(w, w) for w in words]


def latin_word(word: str) -> str:
    """One word in plain lower-case Latin letters (:func:`latin_words`)."""
    return latin_words((word,))[0]


def latin_name(name: str) -> str:
    """A name in plain Latin letters, each word capitalised: अनीता मेहरा -> Anita Mehra."""
    return " ".join(w.capitalize() for w in latin_words(name.split()))


def forget() -> None:
    """Empty the cache of Latin forms (for the benchmark's every-name-new case)."""
    _LATIN.clear()
