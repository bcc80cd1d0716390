"""Language data for Hindi quote attribution: plain data, no logic (the word sets' nukta-blind
membership test is in :mod:`consumer.extraction.wordsets`).

Kept apart from the rules (spaCy's ``lang/hi`` habit) so that linguists can review and extend
it without reading code.
"""

from __future__ import annotations

from consumer.extraction.roles import HONORIFIC_SUFFIXES as HONORIFIC_SUFFIXES
from consumer.extraction.roles import ROLE_WORDS
from consumer.extraction.wordsets import RoleWords, Words
from consumer.extraction.wordsets import fold_nukta as fold_nukta

#: Marks that open or close a direct quotation. Straight and curly doubles, the low-9 mark,
#: guillemets, and the doubled singles that Hindi sites type for a double quote (two
#: apostrophes, ‘‘…’’, two backticks). Doubles are paired by position, not by shape: Hindi
#: copy often reverses them and mixes them (‘‘…” and “…’’ are one quotation).
DOUBLE_QUOTE_MARKS: tuple[str, ...] = (
    "''", "‘‘", "’’", "``", '"', "“", "”", "„", "‟", "«", "»", "＂",
)

#: Single marks, which open over half of the direct quotations on Hindi news pages
#: ('हम पीछे नहीं हटेंगे', ‘हम पीछे नहीं हटेंगे’). Inside a double-quoted quotation they nest;
#: a mark between two letters (ओ'कॉनर, ओ’कॉनर) is an apostrophe.
SINGLE_QUOTE_MARKS: tuple[str, ...] = ("'", "‘", "’")
SINGLE_QUOTE_OPEN = "‘"
SINGLE_QUOTE_CLOSE = "’"

#: Sentence-final punctuation: danda, double danda, and Latin marks used in Hindi web copy.
SENTENCE_END: frozenset[str] = frozenset({"।", "॥", "?", "!", "."})

#: Attribution cues, as token sequences. Longer entries win over their prefixes.
#: Verb forms cover gender and number (कहा/कही/कहे); noun + light verb pairs take the
#: light verb's forms (दी/दिया, की/किया).
_SIMPLE_VERBS = (
    "कहा",
    "कही",
    "कहे",
    "बताया",
    "बताई",
    "बताए",
    "पूछा",
    "पूछी",
    "पूछे",
    "जोड़ा",
    "जोड़ी",
    "दोहराया",
    "दोहराई",
    "लिखा",
    "लिखी",
    "लिखे",
    "माना",
    "मानी",
    "कबूला",
    "स्वीकारा",
    "समझाया",
    "चेताया",
    "बोला",
    "पुकारा",
    "गिनाया",
    "गिनाए",
    "सुनाया",
    "फरमाया",
    "टोका",  # मीरा ने तुरंत टोका: interrupted to object
    "ललकारा",
)
_NOUN_LIGHT_VERBS = (
    ("दावा", ("किया", "की", "है", "था")),
    ("आरोप", ("लगाया", "लगाए", "लगाई", "है", "था")),
    ("कबूल", ("किया", "की")),
    ("याद", ("किया", "की")),
    ("आगाह", ("किया", "की")),
    ("साफ", ("किया", "की")),
    ("चेतावनी", ("दी", "दिया")),
    ("जवाब", ("दिया", "दी")),
    ("सुझाव", ("दिया", "दिए", "दी")),
    ("अपील", ("की", "किया")),
    ("घोषणा", ("की", "किया")),
    ("ट्वीट", ("किया", "की")),
    ("पोस्ट", ("किया", "की")),
    ("स्पष्ट", ("किया", "की")),
    ("आश्वासन", ("दिया", "दी")),
    ("आश्वस्त", ("किया", "की")),
    ("भरोसा", ("दिलाया", "दिया")),
    ("बयान", ("दिया", "जारी किया")),
    ("टिप्पणी", ("की", "किया")),
    ("स्वीकार", ("किया", "की")),
    ("निर्देश", ("दिया", "दिए", "दी")),
    ("दलील", ("दी", "दिया")),
    ("सफाई", ("दी", "दिया")),
    ("सलाह", ("दी", "दिया")),
    ("तर्क", ("दिया", "दी")),
    ("कटाक्ष", ("किया", "की")),
    ("तंज", ("कसा", "किया")),
    ("पलटवार", ("किया", "की")),
    ("खुलासा", ("किया", "की")),
    ("दोहराव", ("किया",)),
    ("आग्रह", ("किया", "की")),
    ("अनुरोध", ("किया", "की")),
    ("मांग", ("की", "किया")),
    ("जानकारी", ("दी", "दिया")),
    ("पुष्टि", ("की", "किया")),
    ("जोर", ("दिया",)),
    ("ज़ोर", ("दिया",)),
    ("सिफारिश", ("की",)),
    ("सिफ़ारिश", ("की",)),
    ("शिकायत", ("की", "किया")),
    ("सवाल", ("किया", "उठाया", "पूछा")),
    ("आदेश", ("दिया", "दिए")),
    ("इनकार", ("किया", "की")),
    ("इंकार", ("किया", "की")),
    ("वादा", ("किया", "की")),
    ("ऐलान", ("किया", "की")),
    ("उल्लेख", ("किया", "की")),
    ("जिक्र", ("किया", "की")),
    ("ज़िक्र", ("किया", "की")),
    ("संकेत", ("दिया", "दिए", "दी")),
    ("प्रतिक्रिया", ("दी", "दिया")),
    ("आपत्ति", ("जताई", "की")),
    ("चिंता", ("जताई", "जाहिर की", "व्यक्त की")),
    ("उम्मीद", ("जताई", "जाहिर की")),
    ("नाराजगी", ("जताई",)),
    ("नाराज़गी", ("जताई",)),
    ("भरोसा", ("जताया",)),
    ("चुटकी", ("ली",)),
    ("हामी", ("भरी",)),
    ("गुहार", ("लगाई",)),
    ("ताना", ("मारा", "कसा")),
    ("उत्तर", ("दिया",)),
    ("विश्वास", ("जताया",)),
    ("कहना", ("है", "था", "थी", "हैं", "थे")),
    ("मानना", ("है", "था", "थी", "हैं", "थे")),
)
CUES: tuple[str, ...] = (
    *_SIMPLE_VERBS,
    *(f"{noun} {verb}" for noun, verbs in _NOUN_LIGHT_VERBS for verb in verbs),
    # postposition forms
    "के अनुसार",
    "के मुताबिक",
    "के मुताबिक़",
    "के हवाले से",
    "हवाले से",  # उनके हवाले से: the genitive is in the pronoun
    "की ओर से कहा",
    # participles and nominative forms
    "कहते हुए",
    "कहकर",
    "बताते हुए",
    "बोले",
    "बोलीं",
    "बोली",
    "कहते हैं",
    "कहती हैं",
    "कहता है",
    "कहती है",
    "बताते हैं",
    "बताती हैं",
    "बताता है",
    "बताती है",
    "कहते थे",
    "कहती थीं",
    "कहता था",
    "कहती थी",
    "पूछते हैं",
)

#: Nouns of genitive cues: ``X का कहना है``, ``उनका आरोप है``: the genitive names the speaker.
GENITIVE_CUE_NOUNS: frozenset[str] = frozenset({"कहना", "मानना", "आरोप", "दावा", "हवाले"})

#: Cues that name the real speaker even when another cue verb follows in the same clause:
#: in ``एजेंसी ने मंत्री के हवाले से लिखा`` the speaker is the minister, not the agency.
PRIORITY_CUES: tuple[str, ...] = ("के हवाले से", "हवाले से")

#: Postposition cues that can introduce reported speech without कि: ``पुलिस के अनुसार, …``.
ACCORDING_TO: tuple[str, ...] = ("के अनुसार", "के मुताबिक", "के मुताबिक़")

#: Auxiliaries that may follow a cue before कि or the quote: कहा है, कहा गया है, की थी.
AUXILIARIES: frozenset[str] = frozenset(
    {
        "है",
        "हैं",
        "था",
        "थी",
        "थे",
        "थीं",
        "गया",
        "गई",
        "गए",
        "गयी",
        "हुए",
        "चुके",
        "चुका",
        "चुकी",
    }
)

#: Passive markers after a cue: रिपोर्ट में कहा गया है.
PASSIVE_MARKERS: frozenset[str] = frozenset({"गया", "गई", "गए", "गयी"})

#: Nouns naming documents that can "say" something: रिपोर्ट में कहा गया है.
DOCUMENT_HEADS: Words = Words(
    {
        "बुलेटिन",
        "एफआईआर",
        "प्राथमिकी",
        "आंकड़ों",
        "आंकड़े",
        "आंकड़ा",
        "सूचना",
        "संदेश",
        "शोधपत्र",
        "दस्तावेज़",
        "मसौदा",
        "रिपोर्ट",
        "बयान",
        "अध्ययन",
        "सर्वेक्षण",
        "सर्वे",
        "आदेश",
        "फैसले",
        "फैसला",
        "पत्र",
        "चिट्ठी",
        "याचिका",
        "अधिसूचना",
        "एडवाइज़री",
        "एडवाइजरी",
        "परिपत्र",
        "विज्ञप्ति",
        "प्रेस विज्ञप्ति",
        "नोटिस",
        "ट्वीट",
        "पोस्ट",
        "घोषणापत्र",
        "हलफनामे",
        "हलफनामा",
        "आरोपपत्र",
        "चार्जशीट",
        "ज्ञापन",
        # complaints to the police or a court, written by the person who complains
        *("तहरीर", "शिकायत", "अर्जी", "प्रार्थना-पत्र", "प्रार्थनापत्र", "शपथपत्र"),
    }
)

#: Tokens that, right after a cue, turn it into something that is not an attribution:
#: कहा जाता है (it is said), माना जा रहा है (it is believed), कहा जा सकता है.
CUE_BLOCKERS: frozenset[str] = frozenset({"जाता", "जाती", "जाते", "जा", "जाए", "जाएगा"})

#: Cues that mean "described X as Y" when an object with को precedes them: X को Y बताया.
DESCRIBE_VERBS: frozenset[str] = frozenset({"बताया", "बताई", "बताए", "माना", "कहा"})

#: Postpositions that mark the speaker before a cue: X ने कहा, X का कहना है, X के अनुसार.
AGENT_MARKERS: frozenset[str] = frozenset({"ने"})
GENITIVE_MARKERS: frozenset[str] = frozenset({"का", "की", "के"})

#: Pronoun speakers. They keep their mention; the resolved person goes in ``name``.
PRONOUNS: frozenset[str] = frozenset(
    {
        "उन्हीं",
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
        "इनका",
        "इनकी",
        "इनके",
        "वो",
        "वे",
        "वह",
        "मैंने",
        "हमने",
    }
)

#: Honorifics and titles written before a name; kept in the mention, dropped from ``name``.
_TITLES_AND_OFFICES: frozenset[str] = frozenset(
    {
        # Tenure and standing written before an office: मौजूदा ज़िलाध्यक्ष, निवर्तमान महापौर.
        "तत्कालीन",
        "नवनियुक्त",
        "निवर्तमान",
        "मौजूदा",
        "वर्तमान",
        "कार्यवाहक",
        "संयुक्त",
        "अतिरिक्त",
        "विशेष",
        "दिवंगत",
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
ORGANIZATION_HEADS: Words = Words(
    {
        "रेलवे",
        "पीठ",
        "खंडपीठ",
        "मंच",
        "मिशन",
        "परिसंघ",
        "महासभा",
        "एसोसिएशन",
        "फेडरेशन",
        "केंद्र",
        "अधिकरण",
        "फर्म",
        "डीलरशिप",
        "फ़र्म",
        "लिमिटेड",
        "ट्रस्ट",
        "मंडल",
        "बल",
        "सेना",
        "यूनियन",
        "महासंघ",
        "फाउंडेशन",
        "अकादमी",
        "कॉलेज",
        "विद्यालय",
        "अस्पताल",
        "प्रबंधन",
        # groups that act and speak together: टीम ने यह खोज की
        "टीम",
        "गिरोह",
        "विपक्ष",
        "ब्यूरो",
        "समूह",
        "सोसाइटी",
        "क्लब",
        "महाविद्यालय",
        "प्रकोष्ठ",
        "निदेशालय",
        "सचिवालय",
        "थाना",
        "कमेटी",
        "ग्रुप",
        "इंडस्ट्रीज",
        "कॉर्पोरेशन",
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
    }
)

#: Conjunctive participles (हंसकर बोले, ठहाका लगाकर कहते हैं): a verb, never part of a name.
PARTICIPLES: Words = Words(
    {
        *("हंसकर", "हँसकर", "मुस्कराकर", "मुस्कुराकर", "लगाकर", "जीतकर", "होकर", "रोकर"),
        *("सुनकर", "देखकर", "पहुंचकर", "जाकर", "आकर", "देकर", "बैठकर", "उठकर", "मिलकर"),
        *("पढ़कर", "लौटकर", "झल्लाकर", "चिल्लाकर", "जोड़कर", "संभलकर", "सोचकर", "रुककर"),
        *("ठहरकर", "निकलकर", "बनकर", "करके", "भरकर", "पोंछकर", "थामकर", "झुककर", "गिनाकर"),
        *("कहकर", "बताकर"),
    }
)

#: Nouns that a conjunctive participle takes as its object in a phrase of manner (ठहाका
#: लगाकर कहते हैं, हाथ जोड़कर बोले, आंसू पोंछते हुए कहा): part of the verb, never a name.
MANNER_OBJECTS: Words = Words(
    {
        *("ठहाका", "ठहाके", "हाथ", "आंसू", "आँसू", "सिर", "गर्दन", "सांस", "साँस", "कंधे"),
        *("ताली", "तालियां", "मुट्ठी", "माथा", "आंखें", "आँखें", "नजरें", "नज़रें", "गला"),
    }
)

#: Words that end a speaker phrase when reading backwards from ने: postpositions,
#: conjunctions and time words that begin a clause rather than a name.
SPEAKER_STOPS: Words = Words(
    {
        "उर्फ",  # राजू उर्फ कालिया: the name before it, a nickname after it
        "लेकर",  # … को लेकर राष्ट्रीय जन मोर्चा में असंतोष
        # second words of compound postpositions: अनियमितताओं के चलते | विदर्भ … बैंक
        *("चलते", "कारण", "बदौलत", "जरिए", "ज़रिए", "द्वारा", "बावजूद", "बजाय", "अलावा"),
        # determiners: आज वही शबाना …
        *("वही", "यही", "वहीं", "यहीं"),
        # discourse adverbials and time nouns that open a sentence before its subject:
        # इसी तरह विश्व बैंक की रिपोर्ट, दूसरी ओर स्वास्थ्य विभाग, पिछले महीने नीति आयोग
        # (not साल or वर्ष: 58 साल के मल्लाह, द्वितीय वर्ष के छात्र; not ताज़ा: X की ताज़ा
        # रिपोर्ट is the document)
        *("तरह", "ओर", "फिलहाल", "बहरहाल", "लिहाजा", "गौरतलब", "महीने", "हफ्ते", "हफ़्ते"),
        "सप्ताह",
        # verbs of appointment: X को कुलपति नियुक्त किया (not a name after the role)
        *("नियुक्त", "मनोनीत", "निर्वाचित", "नामित", "तैनात", "बनाया", "बनाई", "बनाए"),
        # conjunctions that open a clause: जबकि दादा के जमाने में … (not तथा, एवं, या: they
        # join the words of a body's name, नियंत्रक एवं महालेखा परीक्षक)
        *("जबकि", "किंतु", "किन्तु", "बल्कि", "ताकि", "अगर", "यदि", "वरना", "चूंकि"),
        # adverbs of time, frequency and degree: दादा कभी डांटते नहीं (not केवल: केवल राम)
        *("कभी", "तभी", "हमेशा", "अक्सर", "सिर्फ", "सिर्फ़", "बिल्कुल", "बिलकुल", "नहीं"),
        # relative pronouns: मुख्यमंत्री जिन नहरों की बात कर रहे हैं …
        *("जिन", "जिस", "जो", "जिसे", "जिन्हें", "जिनके", "जिसके", "जिनकी", "जिसकी"),
        "तहत",
        "खिलाफ",
        "ख़िलाफ़",
        "शाम",
        "सुबह",
        "दोपहर",
        "वाले",
        "वाली",
        "वाला",
        "रहे",
        "रही",
        "रहा",
        "हुए",
        "हुई",
        "आए",
        "आईं",
        "आई",
        "गए",
        "गईं",
        "गई",
        "गया",
        "पहुंचे",
        "पहुंचीं",
        "मौजूद",
        "उपस्थित",
        "बाहर",
        "अंदर",
        "सामने",
        "पास",
        "बीच",
        "करीब",
        "जारी",
        "अपनी",
        "अपने",
        "अपना",
        "ने",
        "बात",
        "बातें",
        # यह जानकारी पुलिस अधीक्षक ने दी: what was reported, not who reported it.
        "जानकारी",
        "निष्कर्ष",
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
        "अगले",
        "पिछले",
        "दौरान",
        "साथ",
        "आज",
        "कल",
        "अब",
        "अभी",
        "उधर",
        "इधर",
        "हर",
        "प्रत्येक",
        # Discourse words that open a clause: हालांकि ओझा का मानना है, वे बस इतना बोलीं.
        "हालांकि",
        "हालाँकि",
        "बस",
        "इतना",
        "फिर",
        "वैसे",
        "दरअसल",
        "इसलिए",
        "क्योंकि",
        "यानी",
        # Object pronouns: टीम में साथी उन्हें विक्की कहकर बुलाते हैं.
        "उन्हें",
        "उसे",
        "इन्हें",
        "इसे",
        "उनको",
        "उसको",
        "स्थित",
        "वहीं",
        # Numbers and durations never stand in a name: एमानुएल दुबोआ दो दिवसीय यात्रा पर …
        "दो",
        "तीन",
        "चार",
        "पांच",
        "पाँच",
        "छह",
        "सात",
        "आठ",
        "नौ",
        "दस",
        "दिवसीय",
        "सोमवार",
        "मंगलवार",
        "बुधवार",
        "गुरुवार",
        "शुक्रवार",
        "शनिवार",
        "रविवार",
        "है",
        "था",
    }
)

#: Postpositions: a phrase that holds one is not a one-word predicate (X को Y बताया).
POSTPOSITIONS: frozenset[str] = frozenset(
    {
        "में",
        "से",
        "पर",
        "तक",
        "के",
        "की",
        "का",
        "ने",
        "को",
        "लिए",
        "बाद",
        "साथ",
        "हुए",
    }
)

#: Time words that take को without being an object: मंगलवार को, सुबह को.
TIME_WORDS: frozenset[str] = frozenset(
    {
        "सोमवार",
        "मंगलवार",
        "बुधवार",
        "गुरुवार",
        "शुक्रवार",
        "शनिवार",
        "रविवार",
        "दिन",
        "रात",
        "सुबह",
        "शाम",
        "दोपहर",
        "कल",
        "परसों",
        "तारीख",
        "जनवरी",
        "फरवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    }
)

#: Middle names and initials that make a three-word name: हरजीत सिंह सोढ़ी, रमेश चंद्र पाठक.
MIDDLE_NAMES: Words = Words(
    {
        "सिंह",
        "कुमार",
        "कुमारी",
        "चंद्र",
        "चन्द्र",
        "प्रताप",
        "लाल",
        "देवी",
        "प्रसाद",
        "कौर",
        "नाथ",
        "राम",
        "किशोर",
        "मोहन",
        "प्रकाश",
        "नारायण",
        "कृष्ण",
        "बाई",
        "हुसैन",
        "अहमद",
        "इकबाल",
        "हमीद",
        "मोहम्मद",
        "अली",
        "रंजन",
        "वर्धन",
        "भान",
        "पाल",
        "दत्त",
        "शंकर",
        "कांत",
        "दास",
        "जीत",
        "बहादुर",
        "राज",
        "रानी",
        "बेन",
        "नंद",
        "दयाल",
        "गोपाल",
        "विजय",
    }
)

#: Words that begin a three-word name: मोहम्मद यूनुस क़ुरैशी, सैयद अली नक़वी.
NAME_PREFIXES: Words = Words({"मोहम्मद", "मुहम्मद", "मो.", "सैयद", "शेख", "शेख़", "अब्दुल", "मीर", "मिर्ज़ा"})

#: Determiners of an unnamed speaker: एक अधिकारी, कई लोग, कुछ निवासी.
INDEFINITES: frozenset[str] = frozenset({"एक", "कई", "कुछ", "अनेक", "किसी"})

#: Words that introduce reported speech: X ने कहा कि …
COMPLEMENTIZERS: frozenset[str] = frozenset({"कि"})
TITLES: Words = RoleWords(_TITLES_AND_OFFICES | ROLE_WORDS)


#: Words right before a quote mark that introduce a definition, not speech:
#: थ्रोम्बोसाइटोपेनिया का अर्थ है "…", यानी "…".
DEFINITION_MARKERS: tuple[tuple[str, ...], ...] = (
    ("अर्थ", "है"),
    ("अर्थ", "होता", "है"),
    ("मतलब", "है"),
    ("मतलब", "होता", "है"),
    ("यानी",),
    ("अर्थात",),
    ("अर्थात्",),
    ("कहलाता", "है"),
)

#: An unattributed quotation this short, with no sentence punctuation, is a title or label:
#: फिल्म "धूप के साये", उपन्यास "सलाखों के उस पार".
MAX_TITLE_WORDS = 4

#: Nouns that, right after a closing mark, make the quotation a name: "…" अभियान.
TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "अभियान",
        "योजना",
        "कार्यक्रम",
        "नारा",
        "नारे",
        "नामक",
        "नाम",
        "फिल्म",
        "किताब",
        "पुस्तक",
        "उपन्यास",
        "गीत",
        "नाटक",
        "शीर्षक",
        "पुरस्कार",
        "सम्मान",
        "मिशन",
        "पहल",
        "मुहिम",
        "आंदोलन",
        "सीरीज",
        "सीरीज़",
        "धारावाहिक",
    }
)

#: Fewest words a quotation needs; shorter quoted material is a title, label or scare quote.
MIN_QUOTE_WORDS = 3

#: Fewest words a reported clause needs (डीएम ने कहा कि जांच होगी): a clause has a subject
#: and a verb, so two words can report a whole statement.
MIN_REPORTED_WORDS = 2

#: Abbreviations written with a final dot that does not end a sentence.
DOTTED_ABBREVIATIONS: frozenset[str] = frozenset(
    {"डॉ.", "डा.", "प्रो.", "श्री.", "सं.", "ई.", "पू.", "मि.", "कु.", "स्व.", "रु.", "नं.", "लि.",
     "प्रा.", "वि.", "मो.", "सु.", "श्रीमती.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "No."}
)

#: Latin letters as Hindi spells them, written with a dot as initials (के. एल. वर्मा, एस.पी.).
INITIALS: frozenset[str] = frozenset(
    {"ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ",
     "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्लू", "डब्ल्यू", "एक्स", "वाई", "ज़ेड", "जेड"}
)

#: Verbs and nouns that introduce speech after a dash: मंत्री बोले- …, उन्होंने कहा- …,
#: ट्वीट कर लिखा- …, एसपी का दावा- … (the speaker stands before them).
DASH_SPEECH_CUES: frozenset[str] = frozenset(
    {
        "कहा", "कही", "कहे", "कहीं", "बोले", "बोलीं", "बोला", "बोली", "लिखा", "लिखी", "बताया",
        "पूछा", "जोड़ा", "दोहराया", "कहना", "दावा", "आरोप", "तंज", "सवाल", "चेतावनी",
        "ऐलान", "अपील", "बयान", "जवाब", "पलटवार", "निशाना", "हमला", "कटाक्ष",
        "कबूला", "कबूली", "स्वीकारा", "चेताया", "टिप्पणी", "घोषणा",
    }
)

#: Light verbs after a speech noun before a dash: अदालत ने टिप्पणी की- …
DASH_LIGHT_VERBS: frozenset[str] = frozenset({"की", "किया", "दी", "दिया"})

#: Bodies a headline names in one word before its colon (हाईकोर्ट: …, पुलिस: …); one unknown
#: word there is as often a dateline (सुल्तानपुर : …).
HEADLINE_BODIES: frozenset[str] = frozenset(
    {
        "कोर्ट", "हाईकोर्ट", "अदालत", "सरकार", "पुलिस", "आयोग", "प्रशासन", "मंत्रालय",
        "सेना", "भाजपा", "कांग्रेस", "सपा", "बसपा", "राजद", "जदयू", "टीएमसी", "बीजेपी",
        "निगम", "विभाग", "बोर्ड", "कंपनी", "संघ", "केंद्र", "विपक्ष",
    }
)

#: Verbs after which a comma can open unmarked speech: विधायक ने कहा, अब गांव में …
UNMARKED_SPEECH_VERBS: frozenset[str] = frozenset(
    {"कहा", "कही", "कहे", "बोले", "बोलीं", "बोला", "बोली", "लिखा", "पूछा", "जोड़ा"}
)

#: Words that open narration, not speech, after ``कहा,`` (कहा, जिसके बाद …).
NARRATION_OPENERS: frozenset[str] = frozenset(
    {"जिसके", "जिसमें", "जिस", "जिन्होंने", "जो", "जहां", "जब", "और", "तथा", "एवं",
     "लेकिन", "परंतु", "किंतु", "पर", "वहीं", "इसके", "इसी", "तो", "कि", "की"}
)

#: The speaker's own voice: first- and second-person words that show a sentence without
#: quote marks is what the speaker said (हम झुकेंगे नहीं, मेरी सरकार, आप चिंता न करें).
SPEAKER_VOICE: frozenset[str] = frozenset(
    {
        "मैं", "मैंने", "मुझे", "मुझसे", "मेरा", "मेरी", "मेरे", "हम", "हमने", "हमें", "हमसे",
        "हमारा", "हमारी", "हमारे", "आप", "आपको", "आपका", "आपकी", "आपके", "आपने", "तुम",
        "हमलोग", "अपनी", "अपना", "अपने",
    }
)

#: A headline's speaker after the colon is a short phrase (कृषि मंत्री रमेश तिवारी).
MAX_HEADLINE_SPEAKER_WORDS = 5
#: A dateline before a headline's colon is a place of one or two words (सुल्तानपुर :).
MAX_DATELINE_WORDS = 2
#: Lines longer than this are paragraphs, not headlines.
MAX_HEADLINE_WORDS = 30

#: Lines that are navigation, not the article: their headlines quote nobody here.
CLUTTER_PREFIXES: tuple[str, ...] = (
    "यह भी पढ़ें", "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "पढ़ें", "Also Read", "Read",
    "और पढ़ें", "संबंधित", "Related",
)

#: Who can speak without quote marks: a person, an office, a body, or a pronoun for one.
UNMARKED_SPEAKER_KINDS: frozenset[str] = frozenset({"person", "role", "organization", "pronoun"})

#: Places a dateline or a headline names (पटना:, लखनऊ।): never speakers.
PLACES: frozenset[str] = frozenset(
    {
        "दिल्ली", "नई दिल्ली", "मुंबई", "कोलकाता", "चेन्नई", "बेंगलुरु", "हैदराबाद", "पटना",
        "लखनऊ", "जयपुर", "भोपाल", "रांची", "रायपुर", "देहरादून", "शिमला", "चंडीगढ़",
        "अहमदाबाद", "गांधीनगर", "पुणे", "नागपुर", "इंदौर", "वाराणसी", "प्रयागराज", "कानपुर",
        "आगरा", "मेरठ", "गोरखपुर", "गाजियाबाद", "नोएडा", "गुरुग्राम", "फरीदाबाद", "जम्मू",
        "श्रीनगर", "अमृतसर", "लुधियाना", "जोधपुर", "उदयपुर", "कोटा", "अजमेर", "ग्वालियर",
        "जबलपुर", "बिलासपुर", "धनबाद", "जमशेदपुर", "गया", "भागलपुर", "मुजफ्फरपुर", "हरिद्वार",
        "ऋषिकेश", "अयोध्या", "मथुरा", "बरेली", "अलीगढ़", "झांसी", "गुवाहाटी", "भुवनेश्वर",
        "तिरुवनंतपुरम", "पणजी", "इस्लामाबाद", "वाशिंगटन", "लंदन", "मॉस्को", "बीजिंग", "ढाका",
        "काठमांडू", "कोलंबो", "दुबई", "बिहार", "उत्तर प्रदेश", "राजस्थान", "मध्य प्रदेश",
        "झारखंड", "छत्तीसगढ़", "हरियाणा", "पंजाब", "उत्तराखंड", "गुजरात", "महाराष्ट्र",
    }
)

#: Cue verbs after which ``की`` is a typing slip for ``कि`` (कहा की सभी स्कूल बंद रहेंगे),
#: and after which a reported clause may follow without कि (एसपी ने बताया आरोपी फरार है).
KI_OPTIONAL_CUES: frozenset[str] = frozenset({"कहा", "बताया", "लिखा", "बोले", "बोलीं", "कहस"})

#: Words that cannot open a reported clause after a cue without कि: auxiliaries and the
#: passive (कहा था, बताया गया), conjunctions and relatives (बताया और …, कहा जिसके …).
NOT_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"है", "हैं", "था", "थी", "थे", "गया", "गई", "गए", "जाता", "जाती", "जा", "जाए", "हुआ",
     "भी", "ही", "तो", "नहीं", "न", "कि", "की", "का", "के", "को", "से", "में", "पर", "ने",
     "था।", "कर", "करते", "करके", "हुए"}
)

#: Perfective cues whose subject a sentence may drop, taking it from the sentence before
#: (सांसद ने … नाराजगी जताई। कहा कि …).
SUBJECT_DROPPING_CUES: frozenset[str] = frozenset(
    {"कहा", "बताया", "बोले", "बोलीं", "बोला", "बोली", "जोड़ा", "दोहराया", "पूछा", "किया"}
)

#: Words that may open a sentence before a cue whose subject is dropped (इसके अलावा कहा कि).
SENTENCE_CONNECTIVES: frozenset[str] = frozenset(
    {"इसके", "अलावा", "साथ", "ही", "वहीं", "आगे", "फिर", "और", "तथा", "लेकिन", "हालांकि",
     "इस", "दौरान", "पर", "बाद", "में", "उधर", "इधर", "तब", "अंत", "भी", "यह", "स्पष्ट"}
)

#: How many words back from a cue its agent's ने may stand (X ने मंगलवार को पत्रकारों से
#: बातचीत में कहा हम …).
AGENT_REACH = 12

#: Ergative pronouns: the agent and its marker in one word.
ERGATIVE_PRONOUNS: frozenset[str] = frozenset(
    {"उन्होंने", "उसने", "इन्होंने", "इसने", "मैंने", "हमने", "आपने", "तुमने", "जिन्होंने", "जिसने"}
)
