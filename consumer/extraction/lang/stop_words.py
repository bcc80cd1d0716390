"""Words that end or never belong to a speaker phrase."""

from __future__ import annotations

from consumer.extraction.lang.organizations import ORGANIZATION_HEADS
from consumer.extraction.wordsets import Words

__all__ = [
    "MANNER_OBJECTS",
    "NOT_AFTER_NAME",
    "PARTICIPLES",
    "PREDICATE_ADJECTIVES",
    "SPEAKER_STOPS",
]

#: Conjunctive participles (हंसकर बोले, ठहाका लगाकर कहते हैं): a verb, never part of a name.
PARTICIPLES: Words = Words(
    {
        *("हंसकर", "हँसकर", "मुस्कराकर", "मुस्कुराकर", "लगाकर", "जीतकर", "होकर", "रोकर"),
        *("सुनकर", "देखकर", "पहुंचकर", "जाकर", "आकर", "देकर", "बैठकर", "उठकर", "मिलकर"),
        *("पढ़कर", "लौटकर", "झल्लाकर", "चिल्लाकर", "जोड़कर", "संभलकर", "सोचकर", "रुककर"),
        *("ठहरकर", "निकलकर", "बनकर", "करके", "भरकर", "पोंछकर", "थामकर", "झुककर", "गिनाकर"),
        *("कहकर", "बताकर", "बुलाकर", "बुलवाकर", "समझाकर", "दिखाकर"),
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
        "लिए",  # … के लिए चर्चित अभिनेत्री
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
        # adverbs of manner and immediacy after a subject: स्वास्थ्य मंत्री जय प्रताप सिंह
        # अचानक …, इसरो लगातार …, मंत्री खुद … (never the end of a name)
        *("अचानक", "लगातार", "तुरंत", "तत्काल", "फौरन", "फ़ौरन", "खुद", "ख़ुद", "स्वयं"),
        *("दोबारा", "पुनः", "बाकायदा", "बाक़ायदा"),
        "जैसे",  # मंत्री सिलावट जैसे ही बाहर निकले: the conjunction जैसे ही
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
        # finite verbs and a predicate adjective: a headline's subject comes after its
        # predicate (देश के कानून का पालन करे मोदी सरकार; चर्चा के लिए तैयार सरकार), and no
        # name holds one of these words
        *("करे", "करें", "करेगा", "करेगी", "करेंगे", "करेंगी", "करो", "किया", "कहा"),
        *("हैं", "थे", "थी", "थीं", "होगा", "होगी", "होंगे", "तैयार"),
        # पीएम मोदी संग योगी ने …: "with"; 32 वर्षीया करीना ने …: an age before the name
        *("संग", "वर्षीय", "वर्षीया"),
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
        # बैठक के पश्चात Tejashwi Yadav ने बताया: after, like बाद; कार्यक्रम से इतर नीतीश ने:
        # apart from.
        "पश्चात",
        "उपरांत",
        "इतर",
        # बकौल संध्या, …: "in the words of" (cues.IN_THE_WORDS_OF), before the source
        "बकौल",
        # इस बाबत मौसम विभाग ने …, आपको बता दें मेयर ने …: a sentence opener, then the subject
        # (no name holds बाबत or the imperative दें).
        "बाबत",
        "दें",
        # सरकार पर हमला बोला प्रियंका ने …: a verb ends the clause before the subject.
        "बोला",
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
        "सब",
        "सभी",
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


#: Nouns that follow a surname without being part of it: सिन्हा परिवार, अंसारी सरकार.
NOT_AFTER_NAME = Words(ORGANIZATION_HEADS | {"परिवार", "खानदान", "दंपती", "दंपति", "बंधु", "ब्रदर्स"})


#: Adjectives a headline puts right after its subject (मेडल जीतकर साक्षी खुश, बोलीं- …; फैसले
#: से नाराज विधायक …): a state, never part of a name.
PREDICATE_ADJECTIVES: Words = Words(
    {"खुश", "नाखुश", "नाराज", "नाराज़", "दुखी", "परेशान", "हैरान", "भावुक", "गदगद", "खफा"}
)
