"""Grammatical gender of speakers and of speech verbs: Hindi verbs agree with their subject.

``वह बोलीं`` and ``वे बताती हैं`` are said by a woman, ``वे बोले`` and ``वह कहता है`` by a
man; ``उसने कहा`` says nothing (the verb agrees with its object). A pronoun speaker is
resolved to the latest person whose gender does not contradict its verb.

>>> cue_gender("बोलीं"), cue_gender("कहते हैं"), cue_gender("कहा")
('f', 'm', None)
>>> name_gender("सुनैना देवी धुर्वे", None), name_gender("अभय", "मृतक के पिता")
('f', 'm')
"""

from __future__ import annotations

from typing import Literal

from consumer.extraction.lang import cues, gender_words

__all__ = ["Gender", "cue_gender", "name_gender"]

Gender = Literal["f", "m"]


def cue_gender(cue: str) -> Gender | None:
    """The subject's gender that a speech verb shows, if it shows one."""
    words = cue.split()
    if not words:
        return None
    if cue in cues.FEMININE_SPEECH_VERBS or words[0] in cues.FEMININE_SPEECH_VERBS:
        return "f"
    if cue in cues.MASCULINE_SPEECH_VERBS or words[0] in cues.MASCULINE_SPEECH_VERBS:
        return "m"
    return None


def name_gender(name: str, role: str | None) -> Gender | None:
    """A person's gender where the name or the role says it: देवी, कौर, श्रीमती, मां, छात्रा
    for a woman; कुमार, लाल, पिता, भाई for a man; otherwise unknown."""
    words = [*(role.split() if role else ()), *name.split()]
    feminine = any(w in gender_words.FEMININE_WORDS for w in words)
    masculine = any(w in gender_words.MASCULINE_WORDS for w in words)
    if feminine and not masculine:
        return "f"
    if masculine and not feminine:
        return "m"
    return None
