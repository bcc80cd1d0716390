"""Language data for Hindi quote attribution: plain data, no logic.

Kept apart from the rules (spaCy's ``lang/hi`` habit) so that linguists can review and extend
it without reading code.
"""

from __future__ import annotations

#: Marks that open or close a direct quotation. Straight and curly doubles, the low-9 mark,
#: guillemets and the doubled apostrophe that some Hindi sites type for a double quote.
#: Curly marks are paired by position, not by shape: Hindi copy often reverses them.
DOUBLE_QUOTE_MARKS: tuple[str, ...] = ("''", '"', "“", "”", "„", "‟", "«", "»", "＂")

#: Sentence-final punctuation: danda, double danda, and Latin marks used in Hindi web copy.
SENTENCE_END: frozenset[str] = frozenset({"।", "॥", "?", "!", "."})

#: Attribution cues, as token sequences. Longer entries win over their prefixes.
#: The verb forms cover gender and number (कहा/कही/कहे) and common light-verb nouns.
CUES: tuple[str, ...] = (
    # simple verbs
    "कहा",
    "कही",
    "कहे",
    "बताया",
    "बताई",
    "बताए",
    "पूछा",
    "पूछी",
    "जोड़ा",
    "जोड़ी",
    "दोहराया",
    "लिखा",
    "लिखी",
    "माना",
    "कबूला",
    "स्वीकारा",
    "समझाया",
    "चेताया",
    "टिप्पणी की",
    # noun + light verb
    "दावा किया",
    "आरोप लगाया",
    "चेतावनी दी",
    "जवाब दिया",
    "सुझाव दिया",
    "अपील की",
    "घोषणा की",
    "ट्वीट किया",
    "पोस्ट किया",
    "स्पष्ट किया",
    "आश्वासन दिया",
    "भरोसा दिलाया",
    "बयान दिया",
    "कहना है",
    "कहना था",
    "मानना है",
    "मानना था",
    # postposition forms
    "के अनुसार",
    "के मुताबिक",
    "के मुताबिक़",
    "के हवाले से",
    # nominative forms
    "बोले",
    "बोलीं",
    "बोली",
    "कहते हैं",
    "कहती हैं",
    "कहते हुए",
    "कहकर",
)

#: Tokens that, right after a cue, turn it into something that is not an attribution:
#: कहा जाता है (it is said), माना जा रहा है (it is believed).
CUE_BLOCKERS: frozenset[str] = frozenset({"जाता", "जाती", "जा", "जाए", "जाएगा"})

#: Postpositions that mark the speaker before a cue: X ने कहा, X का कहना है, X के अनुसार.
AGENT_MARKERS: frozenset[str] = frozenset({"ने"})
GENITIVE_MARKERS: frozenset[str] = frozenset({"का", "की", "के"})

#: Pronoun speakers. They keep their mention; the resolved person goes in ``name``.
PRONOUNS: frozenset[str] = frozenset(
    {
        "उन्होंने",
        "उसने",
        "इन्होंने",
        "इसने",
        "उनका",
        "उनकी",
        "उनके",
        "उसका",
        "उसकी",
        "उसके",
        "वो",
        "वे",
        "वह",
        "मैंने",
        "हमने",
    }
)

#: Honorifics and titles written before a name; kept in the mention, dropped from ``name``.
TITLES: frozenset[str] = frozenset(
    {
        "श्री",
        "श्रीमती",
        "सुश्री",
        "कुमारी",
        "डॉ",
        "डॉ.",
        "डा.",
        "प्रो.",
        "प्रोफेसर",
        "जनाब",
        "मिस्टर",
        "राष्ट्रपति",
        "प्रधानमंत्री",
        "मुख्यमंत्री",
        "उपमुख्यमंत्री",
        "मंत्री",
        "राज्यमंत्री",
        "सांसद",
        "विधायक",
        "प्रवक्ता",
        "अध्यक्ष",
        "सचिव",
        "निदेशक",
        "अधिकारी",
        "कमिश्नर",
        "आयुक्त",
        "जिलाधिकारी",
        "कलेक्टर",
        "न्यायाधीश",
        "जज",
        "कोच",
        "कप्तान",
        "महापौर",
        "राज्यपाल",
        "गृह",
        "वित्त",
        "विदेश",
        "रक्षा",
        "स्वास्थ्य",
        "शिक्षा",
        "कृषि",
        "रेल",
        "पुलिस",
        "मुख्य",
        "केंद्रीय",
        "वरिष्ठ",
        "पूर्व",
        "कार्यकारी",
        "प्रदेश",
        "राष्ट्रीय",
        "जिला",
        "उप",
        "नेता",
        "निवेशक",
        "विशेषज्ञ",
        "वैज्ञानिक",
        "डॉक्टर",
        "प्रबंधक",
        "प्रमुख",
        "संस्थापक",
        "अभिनेता",
        "अभिनेत्री",
        "खिलाड़ी",
        "लेखक",
        "प्रोफ़ेसर",
        "अधिवक्ता",
        "वकील",
        "किसान",
        "प्रधानाचार्य",
        "महासचिव",
        "उपाध्यक्ष",
        "प्रभारी",
        "थानाध्यक्ष",
        "एसपी",
        "डीएम",
        "सीईओ",
    }
)

#: Heads of organisation names: विदेश मंत्रालय, राज्य सरकार, चुनाव आयोग.
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    {
        "मंत्रालय",
        "सरकार",
        "विभाग",
        "आयोग",
        "पुलिस",
        "कंपनी",
        "बोर्ड",
        "संघ",
        "समिति",
        "पार्टी",
        "कांग्रेस",
        "परिषद",
        "बैंक",
        "प्राधिकरण",
        "निगम",
        "संस्थान",
        "विश्वविद्यालय",
        "अदालत",
        "न्यायालय",
        "प्रशासन",
        "मोर्चा",
        "दल",
        "संगठन",
        "एजेंसी",
        "कार्यालय",
        "रिपोर्ट",
        "बयान",
    }
)

#: Words that end a speaker phrase when reading backwards from ने: postpositions,
#: conjunctions and time words that begin a clause rather than a name.
SPEAKER_STOPS: frozenset[str] = frozenset(
    {
        "ने",
        "को",
        "में",
        "से",
        "पर",
        "तक",
        "और",
        "कि",
        "लेकिन",
        "परंतु",
        "मगर",
        "तो",
        "भी",
        "ही",
        "इस",
        "उस",
        "यह",
        "यहां",
        "वहां",
        "जब",
        "तब",
        "बाद",
        "पहले",
        "दौरान",
        "साथ",
        "आज",
        "कल",
        "सोमवार",
        "मंगलवार",
        "बुधवार",
        "गुरुवार",
        "शुक्रवार",
        "शनिवार",
        "रविवार",
        "हुए",
        "है",
        "था",
    }
)

#: Words that introduce reported speech: X ने कहा कि …
COMPLEMENTIZERS: frozenset[str] = frozenset({"कि"})

#: Fewest words a quotation needs; shorter quoted material is a title, label or scare quote.
MIN_QUOTE_WORDS = 3
