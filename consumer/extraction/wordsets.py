"""Word sets whose membership test ignores how Hindi is typed: the logic behind the
language data's sets (the words themselves are data, in :mod:`consumer.extraction.lang`)."""

from __future__ import annotations

from collections.abc import Iterable

from consumer.extraction.lang.roles import OCCUPATION_ENDINGS

__all__ = ["RoleWords", "Words", "fold_nukta"]

# Hindi writes the nukta optionally (ज़िलाध्यक्ष and जिलाध्यक्ष are one word), and many news sites
# put a zero-width joiner or non-joiner after the virama of a conjunct (प्रवक्‍ता): lexicon
# lookups ignore both. Precomposed letters (क़ U+0958 …) fold to their base letter; a combining
# nukta (U+093C), ZWNJ (U+200C) and ZWJ (U+200D) are dropped.
_NUKTA = str.maketrans(
    {
        "\u093c": None,
        "\u200c": None,
        "\u200d": None,
        **{chr(0x0958 + i): base for i, base in enumerate("कखगजडढफय")},
    }
)


# Folded forms of the words seen so far: lexicon lookups fold every word they miss, and news
# text repeats its words (bounded: cleared when it grows past _FOLDED_MAX).
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 50_000


def fold_nukta(word: str) -> str:
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        translated = word.translate(_NUKTA)
        folded = _FOLDED[word] = word if translated == word else translated
    return folded


class Words(frozenset[str]):
    """A word set whose membership test ignores the nukta and zero-width joiners:
    ``"ज़िलाध्यक्ष" in TITLES``."""

    __slots__ = ()

    def __new__(cls, words: Iterable[str] = ()) -> Words:
        words = list(words)
        return super().__new__(cls, [*words, *(fold_nukta(w) for w in words)])

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and frozenset.__contains__(self, fold_nukta(word))
        )


class RoleWords(Words):
    """The role lexicon, plus any word with an occupation ending."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        if not isinstance(word, str) or len(word) <= 4:
            return False
        # सह-अध्यक्ष, पूर्व-मंत्री: a hyphenated word whose last part is a role.
        return word.endswith(OCCUPATION_ENDINGS) or (
            "-" in word and super().__contains__(word.rsplit("-", 1)[1])
        )
