"""Postpositions, pronouns, complementizers and connectives: the grammar words rules read around a cue."""

from __future__ import annotations

__all__ = [
    "ADVERBIAL_POSTPOSITIONS",
    "ADVERBS_BEFORE_VERB",
    "AGENT_MARKERS",
    "AUR",
    "BEHALF_NOUNS",
    "CALLED_OBJECTS",
    "COMPLEMENTIZERS",
    "COMPOUND_POSTPOSITIONS",
    "CONJUNCTIVE_ENDING",
    "CONTRAST_CONJUNCTIONS",
    "DEMONSTRATIVES",
    "ERGATIVE_PRONOUNS",
    "FAMILIAR_PRONOUNS",
    "FEMININE_PLURAL_ENDING",
    "FIRST_PERSON_AGENTS",
    "GENITIVE_MARKERS",
    "GENITIVE_PRONOUNS",
    "GENITIVE_PRONOUN_SOURCES",
    "GROUP_NOUNS",
    "HUE",
    "INDEFINITES",
    "JOINING_CONJUNCTIONS",
    "KI_SLIP",
    "KO",
    "LOCATIVE_MARKERS",
    "NARRATION_OPENERS",
    "NE",
    "NOT_AFTER_SUBJECT",
    "NOT_CLAUSE_OPENERS",
    "OBJECT_PRONOUNS",
    "OBLIQUE_PLURAL_ENDINGS",
    "PAR",
    "PASSIVE_AGENT_MARKERS",
    "PLACE_POSTPOSITIONS",
    "POSTPOSITIONS",
    "PRONOUNS",
    "PRONOUNS_WITH_NE",
    "PROXIMAL_PRONOUNS",
    "RELATIVE_PRONOUNS",
    "SENTENCE_CONNECTIVES",
    "SPEAKER_VOICE",
    "TOPIC_POSTPOSITIONS",
    "VERB_AUXILIARIES",
    "VERB_ENDINGS",
]

#: Postpositions that mark the speaker before a cue: X ने कहा, X का कहना है, X के अनुसार.
AGENT_MARKERS: frozenset[str] = frozenset({"ने"})

GENITIVE_MARKERS: frozenset[str] = frozenset({"का", "की", "के"})

#: Pronoun speakers. They keep their mention; the resolved person goes in ``name``.
PRONOUNS: frozenset[str] = frozenset(
    {
        "उन्हीं",
        "उन्होंने",
        # common misspellings of उन्होंने on news sites
        "उन्होनें",
        "उन्होने",
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
        "मैने",  # printed without the anusvara on many pages
        "हमने",
        "हमनें",
        # मैं कहता हूं कि …, हम कहते हैं कि …: outside quote marks, a speaker's running words
        "मैं",
        "हम",
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

#: Nouns for a group or the public that pages make subjects (प्रदेश की जनता ने, लोग कहते हैं,
#: डेलिगेशन बड़े देश में गया): an unnamed group, never the first word of a person's name.
GROUP_NOUNS: frozenset[str] = frozenset(
    {"लोग", "जनता", "समर्थक", "प्रतिनिधिमंडल", "डेलिगेशन", "भीड़", "भीड़"}
)

#: Determiners of an unnamed speaker: एक अधिकारी, कई लोग, कुछ निवासी.
INDEFINITES: frozenset[str] = frozenset({"एक", "कई", "कुछ", "अनेक", "किसी"})

#: Words that introduce reported speech: X ने कहा कि …
COMPLEMENTIZERS: frozenset[str] = frozenset({"कि"})

#: Postpositions that end a place or topic phrase before a verb whose subject is dropped:
#: वहीं गठबंधन पर बोले कि …, जनसभा में कहा कि …, इस मुद्दे को लेकर कहा कि …
TOPIC_POSTPOSITIONS: frozenset[str] = frozenset({"पर", "में", "लेकर"})

#: Conjunctions of contrast: ``वे कहते हैं कि लोकतंत्र खतरे में है लेकिन, मैं कहता हूं कि …``
#: before a new cue with कि, one reported clause ends and the next begins.
CONTRAST_CONJUNCTIONS: frozenset[str] = frozenset({"लेकिन", "परंतु", "परन्तु", "किंतु", "किन्तु", "मगर"})

#: Conjunctions that join two nouns: ``जिलाधिकारी … व पुलिस अधीक्षक … ने`` (two agents of one
#: ने); never inside a name.
JOINING_CONJUNCTIONS: frozenset[str] = frozenset({"व", "और", "एवं", "तथा"})

#: Relative pronouns: ``विधायक ने जो कहा उसमें …``, a verb after one opens no reported speech.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"जो", "जिसे", "जिन्होंने", "जिसने"})

#: Words that open narration, not speech, after ``कहा,`` (कहा, जिसके बाद …).
NARRATION_OPENERS: frozenset[str] = frozenset(
    {
        "जिसके",
        "जिसमें",
        "जिस",
        "जिन्होंने",
        "जो",
        "जहां",
        "जब",
        "और",
        "तथा",
        "एवं",
        "लेकिन",
        "परंतु",
        "किंतु",
        "पर",
        "वहीं",
        "इसके",
        "इसी",
        "तो",
        "कि",
        "की",
    }
)

#: The speaker's own voice: first- and second-person words that show a sentence without
#: quote marks is what the speaker said (हम झुकेंगे नहीं, मेरी सरकार, आप चिंता न करें).
SPEAKER_VOICE: frozenset[str] = frozenset(
    {
        "मैं",
        "मैंने",
        "मैने",
        "मुझे",
        "मुझसे",
        "मेरा",
        "मेरी",
        "मेरे",
        "हम",
        "हमने",
        "हमें",
        "हमसे",
        "हमारा",
        "हमारी",
        "हमारे",
        "आप",
        "आपको",
        "आपका",
        "आपकी",
        "आपके",
        "आपने",
        "तुम",
        "हमलोग",
        "अपनी",
        "अपना",
        "अपने",
    }
)

#: Words that cannot open a reported clause after a cue without कि: auxiliaries and the
#: passive (कहा था, बताया गया), conjunctions and relatives (बताया और …, कहा जिसके …).
NOT_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {
        "है",
        "हैं",
        "था",
        "थी",
        "थे",
        "गया",
        "गई",
        "गए",
        "जाता",
        "जाती",
        "जा",
        "जाए",
        "हुआ",
        "भी",
        "ही",
        "तो",
        "नहीं",
        "न",
        "कि",
        "की",
        "का",
        "के",
        "को",
        "से",
        "में",
        "पर",
        "ने",
        "था।",
        "कर",
        "करते",
        "करके",
        "हुए",
    }
)

#: Words that may open a sentence before a cue whose subject is dropped (इसके अलावा कहा कि).
SENTENCE_CONNECTIVES: frozenset[str] = frozenset(
    {
        "इसके",
        "अलावा",
        "साथ",
        "ही",
        "वहीं",
        "आगे",
        "फिर",
        "और",
        "तथा",
        "लेकिन",
        "हालांकि",
        "इस",
        "दौरान",
        "पर",
        "बाद",
        "में",
        "उधर",
        "इधर",
        "तब",
        "अंत",
        "भी",
        "यह",
        "स्पष्ट",
    }
)

#: First-person subjects: outside quote marks, only a speaker's running words say हमने
#: बार-बार कहा है कि … or मैं कहता हूं कि …, so they are that speaker.
FIRST_PERSON_AGENTS: frozenset[str] = frozenset({"मैंने", "मैने", "हमने", "हमनें", "मैं", "हम"})

#: Ergative pronouns: the agent and its marker in one word.
ERGATIVE_PRONOUNS: frozenset[str] = frozenset(
    {
        "उन्होनें",
        "उन्होने",
        "उन्होंने",
        "उसने",
        "इन्होंने",
        "इसने",
        "मैंने",
        "मैने",
        "हमने",
        "हमनें",
        "आपने",
        "तुमने",
        "जिन्होंने",
        "जिसने",
    }
)


#: Postpositions of an adverbial phrase between a speaker and its cue (बैठक में कहा, पत्रकारों से कहा).
ADVERBIAL_POSTPOSITIONS = frozenset({"में", "से", "को", "पर", "तक"})


#: Second words of compound postpositions after a genitive (के बीच, के सामने, के साथ).
COMPOUND_POSTPOSITIONS = frozenset({"बीच", "सामने", "समक्ष", "साथ", "पास"})


#: Demonstratives before a cue that point at the quotation (यह कहा, ऐसा बताया).
DEMONSTRATIVES = frozenset({"यह", "ऐसा", "यही"})


#: The agent of a passive cue (मंत्री द्वारा कहा गया).
PASSIVE_AGENT_MARKERS = frozenset({"द्वारा"})

#: Nouns of की ओर से / की तरफ से: with a passive cue, the words before them name who spoke.
BEHALF_NOUNS = frozenset({"ओर", "तरफ", "तरफ़"})


#: The locative that names a document as the source (रिपोर्ट में कहा गया).
LOCATIVE_MARKERS = frozenset({"में"})


#: Particles and adverbs between a nominative subject and its verb (भार्गव ठीक ही कहते हैं).
ADVERBS_BEFORE_VERB = frozenset({"ही", "भी", "तो", "ठीक", "सही", "बस", "फिर", "अब", "साफ", "खुलकर"})


#: इनका, इनकी, इनके: "these (people)", often a group the sentence before describes.
PROXIMAL_PRONOUNS = frozenset({"इनका", "इनकी", "इनके"})


#: उसने, उसका: the familiar third person, said of an accused, a child, a young person.
FAMILIAR_PRONOUNS = frozenset({"उसने", "उसका", "उसकी", "उसके"})


#: Tokens that can open reported speech: कि, or the first word of के अनुसार.
#: उनके मुताबिक, …: a genitive pronoun before अनुसार/मुताबिक.
GENITIVE_PRONOUN_SOURCES = frozenset({"उनके", "इनके", "उसके", "इसके"})


OBJECT_PRONOUNS = frozenset({"इसे", "उसे", "इन्हें", "उन्हें", "जिसे", "जिन्हें"})


#: Auxiliaries of progressive, perfective and modal verbs: the word before them is a verb.
VERB_AUXILIARIES = frozenset(
    {
        *("रहा", "रही", "रहे", "गया", "गई", "गए", "गईं", "सकता", "सकती", "सकते"),
        *("चुका", "चुकी", "चुके", "जाएगा", "जाएगी", "जाएंगे", "पाया", "पाई", "पाए"),
    }
)


#: Endings of the verb forms that stand before an auxiliary (करती हैं, रहे थे, गया है).
VERB_ENDINGS = (
    *("ती", "ते", "ता", "ना", "नी", "ने", "या", "यी", "ये", "ई", "ए", "गा", "गी", "गे"),
    *("रहा", "रही", "रहे", "चुका", "चुकी", "चुके"),
)


#: After a place word, not after a name (मौके पर, घटनास्थल में).
PLACE_POSTPOSITIONS = frozenset({"पर", "में"})


#: Pronouns with the agent marker in them (उन्होंने, उसने, इन्होंने): the speaker and its ने.
PRONOUNS_WITH_NE = frozenset(p for p in PRONOUNS if p.endswith(("ने", "नें")))


#: Genitive pronouns of the third person (उनका, उसकी, इनके): the speaker of a genitive cue.
GENITIVE_PRONOUNS = frozenset(
    p for p in PRONOUNS if p[-1] in "ाीे" and p.startswith(("उन", "उस", "इन", "इस"))
)


# After a subject without ने comes its predicate, not a case marker.
NOT_AFTER_SUBJECT = frozenset({"ने", "का", "की", "के", "को", "से", "में", "पर", "तक"})

# Single grammar words and endings that rules compare with, named so that no logic module
# spells a Hindi word.

#: The agent marker as a word: X ने कहा.
NE = "ने"

#: The object marker: X को Y बताया, मंगलवार को.
KO = "को"

#: The locative "on": बैनर पर लिखा था.
PAR = "पर"

#: "and": a phrase joined by और names two people, not one with a title.
AUR = "और"

#: The participle of होना after an imperfective participle: कहते हुए (a participle cue, not a
#: finite one).
HUE = "हुए"

#: की typed for कि after a cue: कहा की सभी स्कूल बंद रहेंगे.
KI_SLIP = "की"

#: Object forms before a nickname and a verb of calling: जिन्हें … "Y" कहते हैं, X को "Y" कहते हैं.
CALLED_OBJECTS = ("जिन्हें", "को")

#: The feminine plural ending of verbs and honorific pronouns (बोलीं, उन्हीं): not a name.
FEMININE_PLURAL_ENDING = "ीं"

#: Oblique plural endings (सूत्रों, किसानों, वालों): groups, not people.
OBLIQUE_PLURAL_ENDINGS = ("ों", "ओं")

#: The conjunctive participle ending (हंसकर, जोड़कर): a verb, not a predicate noun.
CONJUNCTIVE_ENDING = "कर"
