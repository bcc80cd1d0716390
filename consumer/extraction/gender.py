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

__all__ = ["Gender", "cue_gender", "name_gender"]

Gender = Literal["f", "m"]

# Speech verbs by the subject's gender (the perfective, habitual and progressive forms).
_FEMININE_VERBS = frozenset(
    {
        *("बोली", "बोलीं", "कहती", "बताती", "मानती", "जोड़ती", "लिखती", "पूछती", "कहतीं"),
        *("बतातीं", "मानतीं", "बोलती", "बोलतीं", "समझाती", "गिनाती", "दोहराती", "सुनाती"),
        *("बोल उठीं", "कह उठीं", "हंसती", "मुस्कुराती"),
    }
)
_MASCULINE_VERBS = frozenset(
    {
        *("बोले", "बोला", "कहते", "कहता", "बताते", "बताता", "मानते", "मानता", "जोड़ते"),
        *("लिखते", "लिखता", "पूछते", "पूछता", "बोलते", "बोलता", "समझाते", "गिनाते"),
        *("दोहराते", "सुनाते", "हंसते", "मुस्कुराते"),
    }
)

# Words of a name or of the role before it that say who is meant.
_FEMININE_WORDS = frozenset(
    {
        # name parts
        *("देवी", "कुमारी", "कौर", "बेगम", "बाई", "रानी", "बेन", "बानो", "खातून", "बीबी"),
        # titles and kinship
        *("श्रीमती", "सुश्री", "मां", "माँ", "माता", "पत्नी", "बहन", "बेटी", "पुत्री", "बहू"),
        *("दादी", "नानी", "चाची", "मौसी", "बुआ", "भाभी", "ननद", "सास", "दीदी", "अम्मा"),
        # roles written in the feminine
        *("छात्रा", "शिक्षिका", "अध्यापिका", "अभिनेत्री", "गायिका", "लेखिका", "नेत्री"),
        *("सेविका", "सहायिका", "महिला", "गृहिणी", "नर्तकी", "निदेशिका", "प्राध्यापिका"),
        *("पीड़िता", "विधवा", "किशोरी", "युवती", "लड़की", "प्रधानाध्यापिका", "सचिवा"),
    }
)
_MASCULINE_WORDS = frozenset(
    {
        *("कुमार", "लाल", "प्रसाद", "नाथ", "चंद्र", "चन्द्र", "मोहम्मद", "मो.", "मोहन"),
        *("श्री", "पिता", "भाई", "बेटा", "पुत्र", "पति", "दादा", "नाना", "चाचा", "मामा"),
        *("छात्र", "अभिनेता", "गायक", "लेखक", "युवक", "किशोर", "लड़का", "बुजुर्ग", "बुज़ुर्ग"),
    }
)


def cue_gender(cue: str) -> Gender | None:
    """The subject's gender that a speech verb shows, if it shows one."""
    words = cue.split()
    if not words:
        return None
    if cue in _FEMININE_VERBS or words[0] in _FEMININE_VERBS:
        return "f"
    if cue in _MASCULINE_VERBS or words[0] in _MASCULINE_VERBS:
        return "m"
    return None


def name_gender(name: str, role: str | None) -> Gender | None:
    """A person's gender where the name or the role says it: देवी, कौर, श्रीमती, मां, छात्रा
    for a woman; कुमार, लाल, पिता, भाई for a man; otherwise unknown."""
    words = [*(role.split() if role else ()), *name.split()]
    feminine = any(w in _FEMININE_WORDS for w in words)
    masculine = any(w in _MASCULINE_WORDS for w in words)
    if feminine and not masculine:
        return "f"
    if masculine and not feminine:
        return "m"
    return None
