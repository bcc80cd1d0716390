"""Cues in a run of words: the longest cue at each word, priority cues (के हवाले से), a cue
that closes its clause, and "X को Y बताया" read as describing rather than speech."""

from __future__ import annotations

from consumer.extraction import lexicon
from consumer.extraction.lang import cues, particles, punctuation

__all__ = [
    "cue_at_end",
    "find_cue",
]


_CUE_TOKENS: tuple[tuple[str, ...], ...] = tuple(
    sorted({tuple(c.split()) for c in lexicon.CUES}, key=len, reverse=True)
)

_PRIORITY = frozenset(tuple(c.split()) for c in lexicon.PRIORITY_CUES)
# The cues that begin with each word, longest first (a dictionary lookup per word instead of
# a comparison with every cue).
_CUES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(c for c in _CUE_TOKENS if c[0] == first) for first in {c[0] for c in _CUE_TOKENS}
}


# Words of the verb phrase that may follow a participle cue (… कहते हुए बैठक समाप्त की, "…").
_PARTICIPLE_TAIL = 4


def find_cue(words: list[str], *, last: bool = False) -> tuple[int, int] | None:
    """Token range of the first (or last) cue: ``[मंत्री, ने, कहा]`` -> (2, 3).

    A priority cue (के हवाले से) wins wherever it is. Bails out on hearsay (कहा जाता है,
    माना जा रहा है) and on ``X को Y बताया`` (described X as Y).
    """
    found: tuple[int, int] | None = None
    for i in [i for i, word in enumerate(words) if word in _CUES_BY_FIRST_WORD]:
        for cue in _CUES_BY_FIRST_WORD[words[i]]:
            end = i + len(cue)
            if tuple(words[i:end]) != cue:
                continue
            if end < len(words) and words[end] in lexicon.CUE_BLOCKERS:
                break
            if _describes(words, i, cue):
                break
            if cue in _PRIORITY:
                return (i, end)
            found = (i, end)
            if not last:
                # Keep looking only for a priority cue later in the clause.
                rest = find_cue(words[end:], last=True) if _has_priority(words[end:]) else None
                return (rest[0] + end, rest[1] + end) if rest else found
            break
    return found


def _has_priority(words: list[str]) -> bool:
    return any(tuple(words[i : i + len(c)]) == c for c in _PRIORITY for i in range(len(words)))


def _describes(words: list[str], i: int, cue: tuple[str, ...]) -> bool:
    """``उन्होंने फैसले को ऐतिहासिक बताया``: a को object, then a one- or two-word predicate.

    Not ``मंगलवार को विधानसभा में बताया`` (a time word before को, a postposition after it).
    """
    if len(cue) != 1 or cue[0] not in lexicon.DESCRIBE_VERBS:
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j]
        if (
            word in punctuation.PUNCTUATION
            or word == particles.NE
            or word in particles.PRONOUNS_WITH_NE
        ):
            return False
        if word == particles.KO:
            predicate = words[j + 1 : i]
            return (
                0 < len(predicate) <= 2
                and not any(
                    w in lexicon.POSTPOSITIONS or w in lexicon.AUXILIARIES for w in predicate
                )
                # यात्रियों को एसएमएस भेजकर कहा: a verb in -कर, not a description.
                and not any(
                    w.endswith(particles.CONJUNCTIVE_ENDING) and len(w) > 3 for w in predicate
                )
                and (j == 0 or words[j - 1] not in lexicon.TIME_WORDS)
            )
    return False


def cue_at_end(words: list[str]) -> tuple[int, int] | None:
    """A cue that closes the clause, allowing trailing ``, : - कि`` and auxiliaries:
    ``मंत्री ने कहा है कि`` -> the range of कहा; ``X का कहना है,`` -> the range of कहना है."""
    end = len(words)
    while end > 0 and (
        words[end - 1] in punctuation.TRAILERS
        or words[end - 1] in lexicon.COMPLEMENTIZERS
        # ने ट्वीट कर लिखा की – "…": की typed for कि right after a verb of saying
        or (
            words[end - 1] == particles.KI_SLIP
            and end > 1
            and (
                words[end - 2] in lexicon.KI_OPTIONAL_CUES or words[end - 2] in lexicon.AUXILIARIES
            )
        )
    ):
        end -= 1
    bare = end
    while bare > 0 and words[bare - 1] in lexicon.AUXILIARIES:
        bare -= 1
    cue = find_cue(words[:end], last=True)
    if cue is None:
        return None
    if cue[1] >= bare or _priority_then_verb(words, cue, bare):
        return cue
    if (
        words[cue[1] - 1] == particles.HUE
        and words[cue[0]] in cues.PARTICIPLE_CUES
        and bare - cue[1] <= _PARTICIPLE_TAIL
        and not any(w in punctuation.PUNCTUATION for w in words[cue[1] : bare])
    ):
        # जिलाधिकारी ने यह कहते हुए बैठक समाप्त की, "…": the participle, then what was done.
        return cue
    return None


def _priority_then_verb(words: list[str], cue: tuple[int, int], end: int) -> bool:
    """``X के हवाले से कहा, "…"``: the priority cue, then the reporting verb at the end."""
    return tuple(words[cue[0] : cue[1]]) in _PRIORITY and find_cue(words[cue[1] : end]) is not None
