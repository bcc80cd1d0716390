"""Agent phrases (``X ने``) in a paragraph: the candidates later pronouns and dropped subjects
take their speaker from."""

from __future__ import annotations

import re

from consumer.extraction import lexicon
from consumer.extraction.lang import particles
from consumer.extraction.mentions import Classifier, Mention, classify_mention
from consumer.extraction.speaker_runs import MAX_SPEAKER_TOKENS, speaker_run
from consumer.extraction.text import WORD_CHAR, Token, tokenize

__all__ = [
    "local_subject_mentions",
    "subject_mentions",
]


_SUBJECT_MARKERS = lexicon.AGENT_MARKERS | particles.PRONOUNS_WITH_NE
# A ने marker or an ergative pronoun as a whole token (an ergative pronoun may carry a final
# "." that tokenize() splits off; "ने." is kept whole as an abbreviation-like short word).
_SUBJECT_MARKER = re.compile(
    rf"(?<!{WORD_CHAR})(?:(?:"
    + "|".join(re.escape(m) for m in sorted(lexicon.AGENT_MARKERS, key=len, reverse=True))
    + ")|(?:"
    + "|".join(re.escape(p) for p in sorted(particles.PRONOUNS_WITH_NE, key=len, reverse=True))
    + rf"))\.?(?!{WORD_CHAR})"
)

_SPACE = re.compile(r"\s")
# Characters read back from a ने marker: comfortably more than MAX_SPEAKER_TOKENS words.
_LOCAL_CHARS = 160


def subject_mentions(tokens: list[Token], classify: Classifier | None = None) -> list[Mention]:
    """Every ``X ने`` agent phrase in a paragraph, in order: the candidates that a later
    उन्होंने or surname refers back to."""
    classify = classify or classify_mention
    found: list[Mention] = []
    for i in [i for i, token in enumerate(tokens) if token.text in _SUBJECT_MARKERS]:
        mention = _subject_at(tokens, i, classify)
        if mention is not None:
            found.extend(_conjuncts(tokens, i, mention, classify))
    return found


def _conjuncts(
    tokens: list[Token], marker: int, mention: Mention, classify: Classifier
) -> list[Mention]:
    """``जिलाधिकारी प्रकाश श्रीवास्तव व ब्लाक प्रमुख रजनीश पांडे ने …। उन्होंने कहा``: two
    people joined before one ने are two candidates, the second first and the first last, so
    that a later उन्होंने goes to the first named, who leads (as the real-news gold reads
    it). Only a person's full name (two words or more) on both sides; anything else stays one
    mention."""
    if mention.kind != "person":
        return [mention]
    # (read back only over the mention's own tokens, so that many ने stay linear)
    joint = marker - 1
    while joint >= 0 and tokens[joint].start >= mention.start:
        if tokens[joint].text in particles.JOINING_CONJUNCTIONS:
            break
        joint -= 1
    if joint < 0 or tokens[joint].start < mention.start:
        return [mention]
    second = classify(tokens[joint + 1 : marker])
    first = speaker_run(tokens, joint, classify)
    if first is None or not all(
        m.kind == "person" and m.name and len(m.name.split()) > 1 for m in (first, second)
    ):
        return [mention]  # (खाद्य एवं आपूर्ति मंत्री …: one office)
    return [second, first]


def local_subject_mentions(
    text: str, start: int, end: int, classify: Classifier | None = None
) -> list[Mention]:
    """:func:`subject_mentions` of ``text[start:end]`` without tokenizing all of it: a regular
    expression finds the ने markers and only the few words before each are tokenized."""
    classify = classify or classify_mention
    found: list[Mention] = []
    for match in _SUBJECT_MARKER.finditer(text, start, end):
        marker_start = match.start()
        # Words never contain whitespace, so tokens read from just after a space are the
        # paragraph's own tokens; read far enough back for the longest speaker run.
        window_start = start
        if marker_start - start > _LOCAL_CHARS:
            space = _SPACE.search(text, marker_start - _LOCAL_CHARS, marker_start)
            window_start = space.end() if space else start
        tokens = tokenize(text, window_start, match.end())
        if len(tokens) <= MAX_SPEAKER_TOKENS + 2 and window_start > start:
            tokens = tokenize(text, start, match.end())
        if tokens and tokens[-1].text == "." and tokens[-1].start != marker_start:
            tokens.pop()  # उन्होंने. : the sentence's full stop, split off by tokenize()
        if not tokens or tokens[-1].start != marker_start:
            continue
        mention = _subject_at(tokens, len(tokens) - 1, classify)
        if mention is not None:
            found.extend(_conjuncts(tokens, len(tokens) - 1, mention, classify))
    return found


def _subject_at(tokens: list[Token], i: int, classify: Classifier) -> Mention | None:
    if tokens[i].text in lexicon.AGENT_MARKERS:
        return speaker_run(tokens, i, classify)
    return classify(tokens[i : i + 1])
