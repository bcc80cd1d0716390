"""Regular expressions over Hindi words: phrases the rules find in running text."""

from __future__ import annotations

import re

__all__ = ["APPOSITIVE", "ERGATIVE_NE", "KNOWN_AS", "OBJECT_BEFORE", "ON_BEHALF_OF"]


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
