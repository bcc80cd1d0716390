"""How sure the extractor is of a quote, by the situation that produced it: one table.

The values were set by hand against the development corpus (the precision at each
threshold is in ``make eval``); they rank situations, they are not probabilities.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["CONFIDENCE", "UNCLOSED_PENALTY", "confidence"]

CONFIDENCE: Mapping[str, float] = MappingProxyType(
    {
        # A cue and a named speaker (or a body, a role, a document): the usual news attribution.
        "direct_named": 0.92,
        # A cue and a pronoun not yet resolved: right speaker phrase, name still to be found.
        "direct_pronoun": 0.8,
        # A quote opening a paragraph with no cue continues the previous speaker: the
        # newspaper convention for quotes running over several paragraphs.
        "continues_paragraph": 0.75,
        # After an attributed quote in the same paragraph: usually the same speaker, but a
        # second voice is introduced this way more often than in a new paragraph.
        "continues_sentence": 0.7,
        # A cue with no speaker phrase (कहा गया कि …): the quote is real, its speaker unknown.
        "direct_cue_only": 0.55,
        # Quote marks and nothing else: as often a title or a term as speech.
        "direct_unattributed": 0.4,
        # X ने कहा कि …, X के अनुसार …: a reported clause whose speaker resolved to a name or role.
        "indirect_named": 0.85,
        # A reported clause whose speaker stays a pronoun or an unnamed mention.
        "indirect_unresolved": 0.5,
        # Speech without quote marks (बोले- …, headline … : मंत्री, कहा, …) with a named
        # speaker or office: the cue leaves little doubt it is speech, but its end is a guess
        # (the sentence, or the first-person sentences after it).
        "unmarked_named": 0.8,
        # The same with a pronoun or an unnamed speaker.
        "unmarked_unresolved": 0.65,
    }
)

# An unclosed quotation runs to the paragraph end: its span is a guess, so it costs this much.
UNCLOSED_PENALTY = 0.15


def confidence(situation: str, *, closed: bool = True) -> float:
    """The table's value for ``situation``, less the penalty for an unclosed quotation."""
    value = CONFIDENCE[situation]
    if not closed:
        value -= UNCLOSED_PENALTY
    return value
