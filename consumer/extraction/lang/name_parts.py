"""Parts of personal names: middle names, prefixes, initials."""

from __future__ import annotations

from consumer.extraction.wordsets import Words

__all__ = ["INITIALS", "LETTER_NAMES", "MIDDLE_NAMES", "NAME_PREFIXES", "SURNAME_HEADS"]

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

#: Latin letters as Hindi spells them, written with a dot as initials (के. एल. वर्मा, एस.पी.).
INITIALS: frozenset[str] = frozenset(
    {
        "ए",
        "बी",
        "सी",
        "डी",
        "ई",
        "एफ",
        "जी",
        "एच",
        "आई",
        "जे",
        "के",
        "एल",
        "एम",
        "एन",
        "ओ",
        "पी",
        "क्यू",
        "आर",
        "एस",
        "टी",
        "यू",
        "वी",
        "डब्लू",
        "डब्ल्यू",
        "एक्स",
        "वाई",
        "ज़ेड",
        "जेड",
    }
)


#: Titles that are also common surnames (धर्मेंद्र प्रधान, चरण दास महंत, रवि पंडित): the
#: surname when they end a name that an office or title introduces.
SURNAME_TITLES = frozenset({"प्रधान", "महंत", "पंडित"})

#: Words before प्रधान that make it the office of a village or block (ग्राम प्रधान).
SURNAME_TITLE_OFFICES = frozenset({"ग्राम", "गांव", "गाँव", "ब्लॉक", "प्रखंड", "क्षेत्र", "पंचायत"})

#: Words for a body that are also common surnames (सुधा निगम, हेमंत मंडल).
SURNAME_HEADS = frozenset({"निगम", "मंडल"})


# The Latin letters as Hindi writes them in short forms (सीबीआई = सी-बी-आई).
LETTER_NAMES = sorted(
    {
        *("ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन"),
        *("ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड"),
        *("डब्लू", "ज़ेड", "जेड़", "एक्‍स"),
    },
    key=len,
    reverse=True,
)
