"""Titles, honorifics and offices written before a name (the role words are in :mod:`.roles`)."""

from __future__ import annotations

from consumer.extraction.lang.roles import ROLE_WORDS
from consumer.extraction.wordsets import RoleWords, Words

__all__ = ["ADDRESS_TITLES", "POSTPOSITION_TITLES", "TITLES", "TITLE_NOUNS"]

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
        "डॉ0",  # (a zero typed for the abbreviation's dot)
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
        # बसपा सुप्रीमो मायावती: a party's leader
        "सुप्रीमो",
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

TITLES: Words = RoleWords(_TITLES_AND_OFFICES | ROLE_WORDS)

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


#: Caste or community titles used with साहब or जी to refer to someone already named.
ADDRESS_TITLES = frozenset({"ठाकुर", "पंडित", "पंडितजी", "बाबू", "मियां", "सरदार", "राय"})

#: Titles that after a genitive are postpositions: चुनाव के पूर्व (before the election), not a
#: former office.
POSTPOSITION_TITLES = frozenset({"पूर्व"})
