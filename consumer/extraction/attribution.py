"""Cue and speaker rules: who said a quotation, and with which words.

Each rule looks at a small window of tokens next to the quotation and either returns an
answer or ``None``; none of them guesses past the sentence the quotation sits in.
"""

from __future__ import annotations

from dataclasses import dataclass

from consumer.extraction import lexicon
from consumer.extraction.text import Token
from consumer.records import SpeakerKind

__all__ = [
    "Attribution",
    "Mention",
    "attribute_after",
    "attribute_before",
    "find_cue",
    "subject_mentions",
    "window_after",
    "window_before",
]

_CUE_TOKENS: tuple[tuple[str, ...], ...] = tuple(
    sorted({tuple(c.split()) for c in lexicon.CUES}, key=len, reverse=True)
)
_ERGATIVE_PRONOUNS = frozenset(p for p in lexicon.PRONOUNS if p.endswith("ने"))
_PUNCTUATION = frozenset(",;:!?।॥\"“”„‟«»＂'‘’()[]{}<>|—–-.") | {"''"}
_QUOTE_TOKENS = frozenset(lexicon.DOUBLE_QUOTE_MARKS)
_MAX_WINDOW = 14
_MAX_SPEAKER_TOKENS = 7


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention: its code-point range and what kind of thing it names."""

    start: int
    end: int
    kind: SpeakerKind
    name: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue's code-point range and the speaker it names, if any."""

    cue_start: int
    cue_end: int
    speaker: Mention | None


def find_cue(window: list[Token], *, last: bool = False) -> tuple[int, int] | None:
    """Token range of the first (or last) cue in ``window``: ``[मंत्री, ने, कहा]`` -> (2, 3).

    Bails out on कहा जाता है and माना जा रहा है, which report hearsay, not a speaker.
    """
    found: tuple[int, int] | None = None
    words = [t.text for t in window]
    for i in range(len(words)):
        for cue in _CUE_TOKENS:
            if tuple(words[i : i + len(cue)]) != cue:
                continue
            after = words[i + len(cue)] if i + len(cue) < len(words) else ""
            if after in lexicon.CUE_BLOCKERS:
                break
            found = (i, i + len(cue))
            if not last:
                return found
            break
    return found


def attribute_before(window: list[Token]) -> Attribution | None:
    """Attribution written before the quote: ``मंत्री ने कहा, "…"`` or ``मंत्री: "…"``."""
    trimmed = _strip_trailing(window, {",", ":", "-", "—", "–"} | lexicon.COMPLEMENTIZERS)
    cue = find_cue(trimmed, last=True)
    if cue is not None and cue[1] >= len(trimmed) - 1:
        return _attribution(trimmed, cue)
    if window and window[-1].text == ":" and len(window) >= 2:
        speaker = _speaker_run(window, len(window) - 1)
        if speaker is not None:
            return Attribution(window[-1].start, window[-1].end, speaker)
    return None


def attribute_after(window: list[Token]) -> Attribution | None:
    """Attribution written after the quote: ``"…," मंत्री ने कहा।`` or ``"…" - मंत्री``."""
    if not window:
        return None
    if window[0].text in {"-", "—", "–"} and len(window) >= 2:
        end = 1
        while (
            end < len(window)
            and end <= _MAX_SPEAKER_TOKENS
            and window[end].text not in _PUNCTUATION
        ):
            end += 1
        if end > 1:
            return Attribution(window[0].start, window[0].end, _mention(window[1:end]))
    cue = find_cue(window)
    if cue is None:
        return None
    return _attribution(window, cue)


def _attribution(window: list[Token], cue: tuple[int, int]) -> Attribution:
    first, last = window[cue[0]], window[cue[1] - 1]
    return Attribution(first.start, last.end, _find_speaker(window, cue))


def _find_speaker(window: list[Token], cue: tuple[int, int]) -> Mention | None:
    """The speaker phrase for a cue, reading backwards from it within the window."""
    words = [t.text for t in window]
    cue_words = words[cue[0] : cue[1]]
    # X के अनुसार, X के मुताबिक: the cue begins with the genitive marker itself.
    if cue_words[0] in lexicon.GENITIVE_MARKERS:
        return _speaker_run(window, cue[0])
    # X का कहना है: the genitive marker sits just before the cue.
    if (
        cue[0] >= 1
        and words[cue[0] - 1] in lexicon.GENITIVE_MARKERS
        and cue_words[0] in {"कहना", "मानना"}
    ):
        return _speaker_run(window, cue[0] - 1)
    # X ने (पत्रकारों से) कहा: the nearest agent marker before the cue.
    for i in range(cue[0] - 1, -1, -1):
        if words[i] in _PUNCTUATION:
            break
        if words[i] in _ERGATIVE_PRONOUNS:
            return _mention(window[i : i + 1])
        if words[i] in lexicon.AGENT_MARKERS:
            return _speaker_run(window, i)
    # X बोले / X कहते हैं: a nominative speaker right before the cue.
    if cue_words[0] in {"बोले", "बोलीं", "बोली", "कहते", "कहती"}:
        return _speaker_run(window, cue[0])
    return None


def subject_mentions(tokens: list[Token]) -> list[Mention]:
    """Every ``X ने`` agent phrase in a paragraph, in order: the candidates that a later
    उन्होंने or surname refers back to."""
    found: list[Mention] = []
    for i, token in enumerate(tokens):
        if token.text in lexicon.AGENT_MARKERS:
            mention = _speaker_run(tokens, i)
        elif token.text in _ERGATIVE_PRONOUNS:
            mention = _mention(tokens[i : i + 1])
        else:
            continue
        if mention is not None:
            found.append(mention)
    return found


def _speaker_run(window: list[Token], end: int) -> Mention | None:
    """The run of name-like tokens ending just before index ``end``."""
    start = end
    while (
        start > 0
        and end - start < _MAX_SPEAKER_TOKENS
        and window[start - 1].text not in lexicon.SPEAKER_STOPS
        and window[start - 1].text not in _PUNCTUATION
    ):
        start -= 1
    # A run never begins with a bare genitive: "मंत्रालय की प्रवक्ता" keeps its head noun or
    # is cut after the marker.
    while start < end and window[start].text in lexicon.GENITIVE_MARKERS:
        start += 1
    if start == end:
        return None
    return _mention(window[start:end])


def _mention(tokens: list[Token]) -> Mention:
    """Classify a speaker phrase: pronoun, organisation, bare role, or a person's name."""
    words = [t.text for t in tokens]
    start, end = tokens[0].start, tokens[-1].end
    if len(words) == 1 and words[0] in lexicon.PRONOUNS:
        return Mention(start, end, "pronoun", None)
    if words[-1] in lexicon.ORGANIZATION_HEADS:
        return Mention(start, end, "organization", " ".join(words))
    # Titles and roles come before the name: everything up to the last of them is dropped
    # (आपदा प्रबंधन मंत्री सुरेश तिवारी -> सुरेश तिवारी).
    last_title = max((i for i, w in enumerate(words) if w in lexicon.TITLES), default=-1)
    name_words = words[last_title + 1 :]
    if not name_words:
        return Mention(start, end, "role", None)
    return Mention(start, end, "person", " ".join(name_words))


def _strip_trailing(window: list[Token], drop: set[str] | frozenset[str]) -> list[Token]:
    end = len(window)
    while end > 0 and window[end - 1].text in drop:
        end -= 1
    return window[:end]


def window_before(tokens: list[Token], offset: int) -> list[Token]:
    """Tokens before ``offset`` back to the previous sentence end or quote mark."""
    i = _index_at(tokens, offset)
    start = i
    while start > 0 and i - start < _MAX_WINDOW:
        previous = tokens[start - 1].text
        if previous in lexicon.SENTENCE_END or previous in _QUOTE_TOKENS:
            break
        start -= 1
    return tokens[start:i]


def window_after(tokens: list[Token], offset: int) -> list[Token]:
    """Tokens from ``offset`` to the next sentence end or quote mark."""
    i = _index_at(tokens, offset)
    end = i
    while end < len(tokens) and end - i < _MAX_WINDOW:
        current = tokens[end].text
        if current in lexicon.SENTENCE_END or current in _QUOTE_TOKENS:
            break
        end += 1
    return tokens[i:end]


def _index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search)."""
    low, high = 0, len(tokens)
    while low < high:
        mid = (low + high) // 2
        if tokens[mid].start < offset:
            low = mid + 1
        else:
            high = mid
    return low
