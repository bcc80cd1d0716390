"""Attribution cues: the verbs, light-verb phrases and postpositions that say someone spoke."""

from __future__ import annotations

__all__ = [
    "ACCORDING_TO",
    "AUXILIARIES",
    "CUES",
    "CUE_BLOCKERS",
    "DASH_LIGHT_VERBS",
    "DASH_SPEECH_CUES",
    "DEFINITION_MARKERS",
    "DESCRIBE_VERBS",
    "DESCRIBING_STEMS",
    "FEMININE_SPEECH_VERBS",
    "GENITIVE_CUE_NOUNS",
    "IN_THE_WORDS_OF",
    "IN_THE_WORDS_OF_SOURCE_WORDS",
    "KI_OPTIONAL_CUES",
    "MASCULINE_SPEECH_VERBS",
    "NOMINATIVE_CUES",
    "PARTICIPLE_CUES",
    "PASSIVE_MARKERS",
    "PRIORITY_CUES",
    "SPEAKER_AFTER_VERBS",
    "SUBJECT_DROPPING_CUES",
    "UNMARKED_SPEECH_VERBS",
    "VERB_FIRST_CUES",
    "WRITING_STEM",
    "WRITTEN_FORMS",
]

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
    ("साझा", ("किया", "की")),  # अभिनेत्री ने साझा किया कि …
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
    ("हिदायत", ("दी", "दिया")),
    ("नसीहत", ("दी", "दिया")),
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
    ("उम्मीद", ("जताई", "जाहिर की", "व्यक्त की")),
    ("नाराजगी", ("जताई",)),
    ("नाराज़गी", ("जताई",)),
    ("भरोसा", ("जताया",)),
    ("चुटकी", ("ली",)),
    ("हामी", ("भरी",)),
    ("गुहार", ("लगाई",)),
    ("ताना", ("मारा", "कसा")),
    ("उत्तर", ("दिया",)),
    ("विश्वास", ("जताया", "व्यक्त किया", "जाहिर किया")),
    ("अवगत", ("कराया", "कराते")),  # जिला अधिकारी ने अवगत कराया है कि …
    ("आशा", ("जताई", "व्यक्त की")),
    ("कहना", ("है", "था", "थी", "हैं", "थे")),
    ("मानना", ("है", "था", "थी", "हैं", "थे")),
    ("अनुमान", ("है", "था")),  # व्यापारियों का अनुमान है कि …
)

CUES: tuple[str, ...] = (
    *_SIMPLE_VERBS,
    *(f"{noun} {verb}" for noun, verbs in _NOUN_LIGHT_VERBS for verb in verbs),
    # …with भी between them (हिदायत भी दी, मांग भी की); not after कहना/मानना (X का कहना भी है
    # is rare, and their copulas are read elsewhere)
    *(
        f"{noun} भी {verb}"
        for noun, verbs in _NOUN_LIGHT_VERBS
        if noun not in ("कहना", "मानना", "अनुमान")
        for verb in verbs
    ),
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
    "पूछती हैं",
    "पूछता है",
    "पूछती है",
    # the progressive: किसान नेता बता रहे हैं कि … (not कह रहे हैं: लोग कह रहे हैं कि … is
    # as often hearsay inside what someone says)
    "बता रहे हैं",
    "बता रही हैं",
    "बता रहा है",
    "बता रही है",
    # first person, in a speaker's running words: मैं कहता हूं कि …, हम कहते हैं कि …
    "कहता हूं",
    "कहती हूं",
    "कहता हूँ",
    "कहती हूँ",
)

#: Nouns of genitive cues: ``X का कहना है``, ``उनका आरोप है``: the genitive names the speaker.
GENITIVE_CUE_NOUNS: frozenset[str] = frozenset({"कहना", "मानना", "आरोप", "दावा", "हवाले", "अनुमान"})

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

#: Tokens that, right after a cue, turn it into something that is not an attribution:
#: कहा जाता है (it is said), माना जा रहा है (it is believed), कहा जा सकता है.
CUE_BLOCKERS: frozenset[str] = frozenset({"जाता", "जाती", "जाते", "जा", "जाए", "जाएगा"})

#: Cues that mean "described X as Y" when an object with को precedes them: X को Y बताया.
DESCRIBE_VERBS: frozenset[str] = frozenset({"बताया", "बताई", "बताए", "माना", "कहा"})

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

#: Verbs and nouns that introduce speech after a dash: मंत्री बोले- …, उन्होंने कहा- …,
#: ट्वीट कर लिखा- …, एसपी का दावा- … (the speaker stands before them).
DASH_SPEECH_CUES: frozenset[str] = frozenset(
    {
        "कहा",
        "कही",
        "कहे",
        "कहीं",
        "बोले",
        "बोलीं",
        "बोला",
        "बोली",
        "लिखा",
        "लिखी",
        "बताया",
        "पूछा",
        "जोड़ा",
        "दोहराया",
        "कहना",
        "दावा",
        "आरोप",
        "तंज",
        "सवाल",
        "चेतावनी",
        "ऐलान",
        "अपील",
        "बयान",
        "जवाब",
        "पलटवार",
        "निशाना",
        "हमला",
        "कटाक्ष",
        "कबूला",
        "कबूली",
        "स्वीकारा",
        "चेताया",
        "टिप्पणी",
        "घोषणा",
    }
)

#: Light verbs after a speech noun before a dash: अदालत ने टिप्पणी की- …
DASH_LIGHT_VERBS: frozenset[str] = frozenset({"की", "किया", "दी", "दिया"})

#: Verbs that open a headline's speaker before its dash: हार के बाद बोले कप्तान- …
VERB_FIRST_CUES: frozenset[str] = frozenset({"बोले", "बोलीं", "बोला", "बोली"})

#: Verbs that close a sentence whose speech came first: हम सब कुछ वहीं छोड़ आए हैं, कोच ने कहा।
#: (Not बताया: "…, थानाध्यक्ष ने बताया" reports what the police found, not words said.)
SPEAKER_AFTER_VERBS: frozenset[str] = frozenset({"कहा", "कही", "बोले", "बोलीं", "जोड़ा"})

#: Verbs after which a comma can open unmarked speech: विधायक ने कहा, अब गांव में …
UNMARKED_SPEECH_VERBS: frozenset[str] = frozenset(
    {"कहा", "कही", "कहे", "बोले", "बोलीं", "बोला", "बोली", "लिखा", "पूछा", "जोड़ा", "बताया"}
)

#: Cue verbs after which ``की`` is a typing slip for ``कि`` (कहा की सभी स्कूल बंद रहेंगे),
#: and after which a reported clause may follow without कि (एसपी ने बताया आरोपी फरार है).
KI_OPTIONAL_CUES: frozenset[str] = frozenset({"कहा", "बताया", "लिखा", "बोले", "बोलीं", "कहस", "पूछा"})

#: Perfective cues whose subject a sentence may drop, taking it from the sentence before
#: (सांसद ने … नाराजगी जताई। कहा कि …).
SUBJECT_DROPPING_CUES: frozenset[str] = frozenset(
    {"कहा", "बताया", "बोले", "बोलीं", "बोला", "बोली", "जोड़ा", "दोहराया", "पूछा", "किया"}
)


#: "In the words of" before a source and a comma (बकौल संध्या, …; बकौल एक्ट्रेस, "…"), and
#: how many words that source may have.
IN_THE_WORDS_OF = "बकौल"
IN_THE_WORDS_OF_SOURCE_WORDS = 5

#: The stem of verbs of writing (लिखा, लिखा है): a written source can stand before them.
WRITING_STEM = "लिख"


#: Participle cues whose subject comes before them (… कहते हुए, कहकर).
PARTICIPLE_CUES = frozenset({"कहते", "कहकर", "बताते", "कहती"})


#: Cues whose subject takes no ने (वे बोले, भार्गव कहते हैं).
NOMINATIVE_CUES = frozenset(
    {
        "बोले",
        "बोलीं",
        "बोली",
        "बोला",
        "कहते",
        "कहती",
        "कहता",
        "पूछते",
        "पूछती",
        "पूछता",
        "बताते",
        "बताती",
        "बताता",
        "बता",  # किसान नेता बता रहे हैं
    }
)


#: Perfective forms of लिखना: a cue of writing (… ने लिखा, पत्र में लिखी बात).
WRITTEN_FORMS = frozenset({"लिखी", "लिखे", "लिखा", "लिखीं"})


#: Stems of verbs of describing (X को Y बताया / कहा / माना / करार दिया): X is described, not quoted.
DESCRIBING_STEMS = ("बता", "कह", "मान", "करार")


#: Speech verbs by the subject's gender (the perfective, habitual and progressive forms).
FEMININE_SPEECH_VERBS = frozenset(
    {
        *("बोली", "बोलीं", "कहती", "बताती", "मानती", "जोड़ती", "लिखती", "पूछती", "कहतीं"),
        *("बतातीं", "मानतीं", "बोलती", "बोलतीं", "समझाती", "गिनाती", "दोहराती", "सुनाती"),
        *("बोल उठीं", "कह उठीं", "हंसती", "मुस्कुराती"),
    }
)


#: Speech verbs whose subject is a man (वे बोले, वह कहता है).
MASCULINE_SPEECH_VERBS = frozenset(
    {
        *("बोले", "बोला", "कहते", "कहता", "बताते", "बताता", "मानते", "मानता", "जोड़ते"),
        *("लिखते", "लिखता", "पूछते", "पूछता", "बोलते", "बोलता", "समझाते", "गिनाते"),
        *("दोहराते", "सुनाते", "हंसते", "मुस्कुराते"),
    }
)
