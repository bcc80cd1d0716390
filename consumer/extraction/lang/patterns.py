"""Regular expressions over Hindi words: phrases the rules find in running text."""

from __future__ import annotations

import re

from consumer.extraction.lang.punctuation import LETTER, QUOTE_CHARS, WORD_CHAR
from consumer.extraction.lang.roles import HONORIFIC_SUFFIXES

__all__ = [
    "APPOINTED",
    "APPOSITIVE",
    "CALLED_AFTER",
    "CALLED_BEFORE",
    "CHAIRED",
    "COMPANY_THEN_NAME",
    "ERGATIVE_NE",
    "FAMILIAR_NOUN",
    "GROUP",
    "HONORIFIC",
    "KNOWN_AS",
    "KNOWN_AS_AFTER",
    "OBJECT_BEFORE",
    "ON_BEHALF_OF",
    "SO_CALLED_AFTER",
]


#: X की ओर से (शाम को) जारी before a document: X issued it.
ON_BEHALF_OF = re.compile(r"((?:[\u0900-\u0963\u0966-\u097f]+ ){1,6})की ओर से (?:\S+ ){0,4}$")


#: Words of fame in a nickname definition: "Y" के नाम से मशहूर X.
KNOWN_AS = "(?:मशहूर|प्रसिद्ध|चर्चित|लोकप्रिय|विख्यात|जाने जाने वाले|जानी जाने वाली|पहचाने जाने वाले)"


#: ", जो जिले के …" before a role: the name before the comma holds it.
APPOSITIVE = re.compile(r", (?:जो|जिन्हें हाल ही में) (?:\S+ ){0,4}$")


#: "X को विश्वविद्यालय का नया कुलपति नियुक्त किया गया": the holder is the object.
OBJECT_BEFORE = re.compile(r" को (?:\S+ ){0,4}$")


#: The ergative ने as a word: a sentence with one names its subject there, for the rules.
ERGATIVE_NE = re.compile(r"(?<!\S)ने(?!\S)")

#: The name after the word: कंपनी वेगावोल्ट मोबिलिटी ने (two to four words before a postposition).
COMPANY_THEN_NAME = re.compile(
    # (or after what it makes or provides, as wire copy names companies: वायर एवं केबल
    # विनिर्माता पॉलीकैब इंडिया का शुद्ध लाभ …, दूरसंचार सेवा प्रदाता …)
    rf"(?<!{LETTER})(?:कंपनी|कम्पनी|फर्म|विनिर्माता|निर्माता|प्रदाता|उत्पादक|निर्यातक) "
    # (a hyphenated word too: ट्रांसएशिया-एरबा समूह)
    r"((?:[\u0900-\u0963\u0966-\u097f]+(?:-[\u0900-\u0963\u0966-\u097f]+)? ){1,3}"
    r"[\u0900-\u0963\u0966-\u097f]+)"
    r" (?=ने |में |से |का |की |के |को |,)"
)
# Nickname definitions, read around a place the nickname is written (an optional honorific
# and quote marks around it): X उर्फ "Y"; "Y" के नाम से मशहूर X; उन्हें … "Y" कहकर बुलाते हैं.
#: An optional honorific after a nickname (खान साहब, शर्मा जी).
HONORIFIC = "(?: (?:" + "|".join(sorted(HONORIFIC_SUFFIXES)) + "))?"
#: Before a nickname: X उर्फ "Y".
SO_CALLED_AFTER = re.compile(rf"((?:\S+ ){{1,3}})उर्फ [{QUOTE_CHARS}]?$")
#: After a nickname: "Y" के नाम से मशहूर X.
KNOWN_AS_AFTER = re.compile(rf"{HONORIFIC}[{QUOTE_CHARS}]? के नाम से {KNOWN_AS} ((?:\S+ ?){{1,3}})")
#: Before a nickname: उन्हें … "Y" (कहकर बुलाते हैं).
CALLED_BEFORE = re.compile(
    rf"(?<!{LETTER})(उन्हें|इन्हें|जिन्हें|उसे|इसे|को) (?:\S+ ){{0,5}}?[{QUOTE_CHARS}]?$"
)
#: After the nickname: an honorific, or the rest of a quoted nickname (उन्हें सब "अम्मी
#: चाकवाली" कहते हैं: अम्मी alone stands for her later), then the verb of calling.
CALLED_AFTER = re.compile(
    rf"(?:{HONORIFIC}|(?: [^\s{QUOTE_CHARS}]+){{1,2}}(?=[{QUOTE_CHARS}]))[{QUOTE_CHARS}]? "
    r"(?:कहकर|कहते|कहती|बुलाते|बुलाती|के नाम से)"
)
#: Right after an office: the verb of appointing (X को … कुलपति नियुक्त किया गया).
APPOINTED = re.compile(
    rf"^ (?:नियुक्त|मनोनीत|निर्वाचित|नामित|तैनात|बनाया|बनाई|बनाए|चुना|चुनी|चुने)(?!{LETTER})"
)
#: A plural of people: लोग, महिलाएं, नाविकों, ग्रामीण (a word ending -ों/-ओं, -एं, or these).
GROUP = re.compile(
    rf"(?<!{WORD_CHAR})(?:लोग|लोगों|ग्रामीण|ग्रामीणों|निवासी|निवासियों|\S+(?:ों|ओं|एं|एँ|ियां|ियाँ))"
    rf"(?!{WORD_CHAR})"
)
#: Words that introduce someone spoken of familiarly, and an age (12 साल का).
FAMILIAR_NOUN = re.compile(
    rf"(?<!{WORD_CHAR})(?:आरोपी|बदमाश|सरगना|अभियुक्त|हमलावर|युवक|युवती|किशोर|किशोरी|छात्र|छात्रा"
    rf"|बच्चा|बच्ची|बालक|बालिका|बेटा|बेटी|नाबालिग|\d+ (?:साल|वर्ष) (?:का|की)|\d+ वर्षीय)(?!{WORD_CHAR})"
)


#: X की अध्यक्षता में (बैठक हुई): the sentence names who chaired a meeting.
CHAIRED = re.compile(r"की अध्यक्षता में")
