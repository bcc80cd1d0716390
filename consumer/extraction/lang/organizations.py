"""Heads of organisation and document names: the bodies and papers that can "say" something."""

from __future__ import annotations

from consumer.extraction.wordsets import Words

__all__ = [
    "BENCH_WORDS",
    "COMPANY_SUFFIXES",
    "DIVISION_BENCH_WORDS",
    "DOCUMENT_HEADS",
    "GENERIC_BODIES",
    "GENERIC_COMPANY",
    "HEADLINE_BODIES",
    "MANAGEMENT",
    "ORGANIZATION_HEADS",
    "ORGANIZATION_SYNONYMS",
    "PARTY_DESCRIPTORS",
    "PARTY_HEADS",
    "SINGLE_WORDS",
]

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
        # laws, which "say" what they provide (अधिनियम में कहा गया है)
        *("अधिनियम", "कानून", "विधेयक", "अध्यादेश", "संहिता", "नियमावली"),
        "ज्ञापन",
        # complaints to the police or a court, written by the person who complains
        *("तहरीर", "शिकायत", "अर्जी", "प्रार्थना-पत्र", "प्रार्थनापत्र", "शपथपत्र"),
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

#: Bodies a headline names in one word before its colon (हाईकोर्ट: …, पुलिस: …); one unknown
#: word there is as often a dateline (सुल्तानपुर : …).
HEADLINE_BODIES: frozenset[str] = frozenset(
    {
        "कोर्ट",
        "हाईकोर्ट",
        "अदालत",
        "सरकार",
        "पुलिस",
        "आयोग",
        "प्रशासन",
        "मंत्रालय",
        "सेना",
        "भाजपा",
        "कांग्रेस",
        "सपा",
        "बसपा",
        "राजद",
        "जदयू",
        "टीएमसी",
        "बीजेपी",
        "निगम",
        "विभाग",
        "बोर्ड",
        "कंपनी",
        "संघ",
        "केंद्र",
        "विपक्ष",
    }
)


#: A bench of judges (पीठ, खंडपीठ).
BENCH_WORDS = frozenset({"पीठ"})
#: Benches of two or more judges (न्यायमूर्ति … व न्यायमूर्ति … की खंडपीठ).
DIVISION_BENCH_WORDS = frozenset({"पीठ", "खंडपीठ", "खण्डपीठ", "बेंच"})


#: A single judge's bench (एकल पीठ).
SINGLE_WORDS = frozenset({"एकल"})


#: Words for any body, written before its name (विपक्षी दल प्रगतिशील जनता मोर्चा).
GENERIC_BODIES = frozenset(
    {
        *("दल", "पार्टी", "संस्था", "संगठन", "कंपनी", "फर्म", "मोर्चा", "एजेंसी", "अखबार"),
        *("समाचार पत्र", "पत्रिका", "चैनल", "टैंक"),
        # what a company does, before its name: इस्पात निर्माता मेघालया स्टील्स लिमिटेड
        *("निर्माता", "विनिर्माता", "उत्पादक", "विक्रेता", "प्रदाता", "निर्यातक"),
        "आपूर्तिकर्ता",
    }
)


#: Words that describe a party's place, before its name.
PARTY_DESCRIPTORS = frozenset({"सत्तारूढ़", "सत्तारूढ", "सत्ताधारी", "विपक्षी", "प्रमुख"})


#: The management of a body speaks for it (अस्पताल प्रबंधन, मिल प्रबंधन).
MANAGEMENT = frozenset({"प्रबंधन"})


#: A company's registered name ends in one of these words: सिंधु सीमेंट्स लिमिटेड, सह्याद्रि
#: ऑटो कंपोनेंट्स, मेघालया स्टील्स लिमिटेड.
COMPANY_SUFFIXES = (
    "लिमिटेड",
    "कॉरपोरेशन",
    "कॉर्पोरेशन",
    "इंडस्ट्रीज़",
    "इंडस्ट्रीज",
    "कंपोनेंट्स",
    "मोटर्स",
    "स्टील्स",
    "टेक्नोलॉजीज",
    "टेक्सटाइल्स",
    "एंटरप्राइजेज",
    "फार्मास्युटिकल्स",
    "मिल्स",
)


#: Words for a company before its name (कंपनी वेगावोल्ट मोबिलिटी).
GENERIC_COMPANY = frozenset({"कंपनी", "कम्पनी", "फर्म", "डीलरशिप"})


#: Words for a political party: a bare one stands for the party the article names.
PARTY_HEADS = frozenset({"पार्टी", "मोर्चा", "दल"})


#: Public institutions named by what they are, not by a name of their own: a speaker written
#: with one of these heads keeps the words it is written with (कोर्ट ने कहा: कोर्ट, not the
#: दिल्ली हाईकोर्ट named earlier; पुलिस ने बताया: पुलिस), as readers and annotators of Hindi
#: news name them. Companies and parties, which have names, are still named in full.
PUBLIC_BODIES = frozenset(
    {"कोर्ट", "अदालत", "हाईकोर्ट", "न्यायालय", "पुलिस", "विभाग", "खंडपीठ", "बेंच", "पीठ"}
)


#: Organisation heads that name the same kind of body: अदालत and न्यायालय are both "court".
ORGANIZATION_SYNONYMS = {
    "अदालत": "न्यायालय",
    "कोर्ट": "न्यायालय",
    "हाईकोर्ट": "न्यायालय",
    # A bench speaks for its court: न्यायमूर्ति … की पीठ ने कहा.
    "पीठ": "न्यायालय",
    "खंडपीठ": "न्यायालय",
}
