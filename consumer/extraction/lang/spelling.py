"""Spelling variants of Hindi as outlets print it, as data: what the keys fold to one form.

Two outlets print the same quotation with different, equally correct spellings (नरेन्द्र and
नरेंद्र, ज़्यादा and ज्यादा, गये and गए, दुःख and दुख). The keys of
:mod:`consumer.extraction.keys` fold each of these to one form before hashing. Each fold is
a plain table or pattern with the reason above it; the logic that applies them is in
:mod:`consumer.extraction.keys`. Folded text is a key, never shown to a reader.
"""

from __future__ import annotations

import re

__all__ = [
    "CHARACTER_FOLDS",
    "CLAUSE_BREAK",
    "FINAL_VIRAMA",
    "FUTURE_ENDINGS",
    "HALF_NASAL",
    "INFLECTION_ENDINGS",
    "NEAR_SYNONYMS",
    "VARIANT_ENDINGS",
    "VARIANT_WORDS",
    "WORD",
]

#: Characters that fold to another (or to nothing). Applied after NFKC normalisation, which
#: already splits the precomposed nukta letters (क़ U+0958 … य़ U+095F) into letter + nukta.
CHARACTER_FOLDS: dict[str, str | None] = {
    # The nukta is written optionally: ज़्यादा / ज्यादा, फ़ैसला / फैसला, ड़ stays ड.
    "\u093c": None,
    # Precomposed letters NFKC keeps whole (ऩ ऱ ऴ): their base letter.
    "\u0929": "न",
    "\u0931": "र",
    "\u0934": "ळ",
    # Zero-width joiner and non-joiner after a virama (प्रवक्‍ता), the zero-width space, the
    # soft hyphen and a byte-order mark inside copied text: invisible, dropped.
    "\u200c": None,
    "\u200d": None,
    "\u200b": None,
    "\u00ad": None,
    "\ufeff": None,
    # Chandrabindu and anusvara are used interchangeably in news copy: हैँ / हैं, पाँच / पांच.
    "\u0901": "\u0902",
    # The candra o of English loans is often typed as the long a: डॉक्टर / डाक्टर, ऑफिस / आफिस.
    "\u0949": "\u093e",
    "\u0911": "\u0906",
    # The candra e likewise: ऍ / ए, ॅ / े.
    "\u0945": "\u0947",
    "\u090d": "\u090f",
    # The visarga is dropped in common words (दुःख / दुख, अतः / अत:, whose colon is punctuation).
    "\u0903": None,
    # Devanagari digits and Western digits: २०२६ / 2026.
    **{chr(0x0966 + digit): str(digit) for digit in range(10)},
}

#: A nasal consonant with a virama before a consonant of its own class is the anusvara written
#: out (नरेन्द्र / नरेंद्र, हिन्दी / हिंदी, सम्बन्ध / संबंध, ठण्डा / ठंडा, पङ्क्ति / पंक्ति): fold it
#: to the anusvara. The class rule keeps न्य, म्ह and the like, which have no anusvara form.
HALF_NASAL = re.compile("ङ्(?=[कखगघ])|ञ्(?=[चछजझ])|ण्(?=[टठडढ])|न्(?=[तथदध])|म्(?=[पफबभ])")

#: Word endings written with या-series letters or the independent vowel: गये / गए, लिये / लिए,
#: नयी / नई, जायें / जाएं, गयीं / गईं, रुपये / रुपए, जायेगा / जाएगा. Each (variant, folded)
#: applies to the end of a word longer than the ending, so the pronoun ये stays ये; the first
#: that matches wins.
VARIANT_ENDINGS: tuple[tuple[str, str], ...] = (
    # the future tense: जायेगा / जाएगा, करायेगी / कराएगी, आयेंगे / आएंगे
    ("येगा", "एगा"),
    ("येगी", "एगी"),
    ("येंगे", "एंगे"),
    ("येंगी", "एंगी"),
    ("यें", "एं"),
    ("यीं", "ईं"),
    ("ये", "ए"),
    ("यी", "ई"),
)

#: A virama at the end of a word is a Sanskrit spelling dropped in Hindi copy: जगत् / जगत.
FINAL_VIRAMA = "\u094d"

#: Whole words with more than one accepted spelling that no rule above covers; the key uses
#: the right-hand form. Written here in their folded form (after the rules above).
VARIANT_WORDS: dict[str, str] = {
    # The Sanskrit final म् of these is the anusvara in Hindi copy (एवम् / एवं).
    "एवम": "एवं",
    "स्वयम": "स्वयं",
    # Both spellings are in print.
    "जिम्मेवार": "जिम्मेदार",
    "जिम्मेवारी": "जिम्मेदारी",
    "मुहैय्या": "मुहैया",
    "बरबाद": "बर्बाद",
    "बरबादी": "बर्बादी",
    "दुबारा": "दोबारा",
    "उंचाई": "ऊंचाई",
    "उपर": "ऊपर",
    "रूपए": "रुपए",
}

#: Words news copy uses for one another, for the near keys only (never the fingerprint or the
#: id): the right-hand word stands for both. A short list of the commonest, each pair checked
#: against the must-not-collide pairs of corpus/variants (docs/identity.md); a word with a
#: second sense that differs from the other word's (उत्तर: also north) only folds the two
#: for near keys, where both outlets' words fold alike. Plural and oblique forms are listed
#: where the inflection rule below does not reach them (वाहनों: गाड़ियों).
NEAR_SYNONYMS: dict[str, str] = {
    "निर्णय": "फैसला",
    "निर्णयों": "फैसलों",
    "उत्तर": "जवाब",
    "उपचार": "इलाज",
    "वाहन": "गाड़ी",
    "वाहनों": "गाड़ियों",
    "पाबंदी": "रोक",
    "अफसर": "अधिकारी",
    "अफसरों": "अधिकारियों",
    "कार्यालय": "दफ्तर",
    "कार्यालयों": "दफ्तरों",
    "अध्यापक": "शिक्षक",
    "अध्यापकों": "शिक्षकों",
    "नौजवान": "युवा",
    "नौजवानों": "युवाओं",
}

#: Inflection endings folded for the near keys only: number, case and gender change between a
#: body quotation and its headline or another outlet's copy (बसें / बस, श्रद्धालुओं / श्रद्धालु,
#: गाड़ियां खड़ी / गाड़ी खड़े). Each (ending, replacement) applies once, the first that
#: matches, then one final ा, ी or े is dropped; a word is never cut below two letters
#: (दो two and दी gave stay apart). A key, never shown.
INFLECTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ियों", "ी"),
    ("ियां", "ी"),
    ("ाओं", "ा"),
    ("ुओं", "ु"),
    ("ाएं", "ा"),
    ("ओं", ""),
    ("ों", ""),
    ("ें", ""),
    ("ीं", ""),
)

#: Future-tense endings (after the ये / ए fold): a word ending so is the clause's verb
#: (चलेंगी, बनाएंगे, हटेगी); the near keys read its stem (चल, बन, हट, a causative ा dropped)
#: as the claim's verb, wherever a headline puts it (docs/identity.md).
FUTURE_ENDINGS: tuple[str, ...] = (
    "एंगे",
    "एंगी",
    "एगा",
    "एगी",
    "ेंगे",
    "ेंगी",
    "ेगा",
    "ेगी",
    "ूंगा",
    "ूंगी",
    "ोगे",
    "ोगी",
)

#: A word as printed: letters, vowel signs and digits of Devanagari or any other script, with
#: the invisible characters the folds drop (zero-width joiners, soft hyphen) inside it;
#: everything else (spaces, quote marks, danda, commas, dashes, brackets) separates words
#: and is ignored.
WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097f\u200b-\u200d\u00ad\ufeff]+")

#: Punctuation that ends a clause inside a quotation (danda, comma, colon, dash, question and
#: exclamation marks, a line break): a negation counts for the clause it stands in
#: (docs/identity.md). A hyphen inside a word (घर-घर) is not one.
CLAUSE_BREAK = re.compile(r"[,;:!?।॥.—–\n]|\s-\s|-\s|\s-")
