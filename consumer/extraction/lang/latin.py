"""How a Hindi name is read in Latin letters: the plain spelling dashboards show, and the
folds under which a name printed in Latin (Anita Mehra) meets its Devanagari form.

The script mapping itself is the ``indic-transliteration`` library's (IAST); these tables
turn its scholarly output into the plain spelling Hindi newspapers use in English
(शर्मा: śarmā -> Sharma, चौहान: cauhān -> Chauhan) and fold the usual Latin variants of a
name together for the speaker key (Rajeev / Rajiv, Kapoor / Kapur, Qureshi / कुरैशी).
"""

from __future__ import annotations

import re

__all__ = [
    "DEVANAGARI_CONSONANT",
    "DEVANAGARI_READINGS",
    "DEVANAGARI_VOWEL_SIGN",
    "IAST_LETTERS",
    "IAST_PLAIN",
    "LATIN_TITLES",
    "LATIN_VARIANTS",
]

#: Consonant letters (with the precomposed nukta letters) and the dependent vowel signs:
#: what the schwa rule reads to find a consonant that carries the inherent a.
DEVANAGARI_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f\u0929\u0931\u0934]\u093c?")
DEVANAGARI_VOWEL_SIGN = frozenset(
    "\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947"
    "\u0948\u0949\u094a\u094b\u094c\u0962\u0963"
)

#: Devanagari letters read another way in a Hindi name before the library maps it: the
#: chandrabindu as the anusvara (चाँदनी / चांदनी: Chandni), the vocalic r as ri (कृष्ण Krishna,
#: ऋषि Rishi; IAST's ṛ is also the nukta ड़'s, which stays r: छाबड़ा Chhabra).
DEVANAGARI_READINGS: dict[str, str] = {"\u0901": "\u0902", "\u0943": "\u094dरि", "\u090b": "रि"}

#: IAST letters to the plain spelling that depend on their neighbours, in order (c before
#: the rest, since IAST's ch is छ): चौहान cauhān -> chauhan, छाबड़ा chābaṛā -> chhabra,
#: ज्ञानेश jñāneśa -> gyanesh, संपत saṃpat -> sampat.
IAST_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("jñ"), "gy"),
    (re.compile("ch"), "chh"),
    (re.compile("c(?!hh)"), "ch"),
    (re.compile("ṃ(?=[pbm])"), "m"),
    (re.compile("m̐"), "n"),
)

#: IAST letters to the plain spelling one for one (after :data:`IAST_PLAIN`): शर्मा śarmā ->
#: sharma, संजय saṃjaya -> sanjay; the long-vowel and retroflex marks are dropped after.
IAST_LETTERS: dict[str, str] = {
    "ś": "sh",
    "ṣ": "sh",
    "ṃ": "n",
    "ṅ": "n",
    "ñ": "n",
    "ṇ": "n",
    "ṛ": "r",
    "ḥ": "",
}

#: Latin spellings of one Hindi sound, folded for the speaker key only (never shown), in
#: order: Rajeev / Rajiv, Kapoor / Kapur, Zoya / जोया, Farhan / फरहान, Qureshi / कुरैशी,
#: Wasim / वसीम, Saxena / सक्सेना, Farooqui / फ़ारूक़ी, Rathore / राठौर, Bhatt / भट्ट.
LATIN_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    # x is ks: Saxena / सक्सेना (saksena); and क्ष (ksh) is printed x: Laxmi / लक्ष्मी, Dixit /
    # दीक्षित (both laksmi, diksit).
    (re.compile("x"), "ks"),
    (re.compile("ksh"), "ks"),
    # English's -ey for a final e (Pandey / पांडे) and -ary for a final ri (Choudhary / चौधरी).
    (re.compile(r"ey\b"), "e"),
    (re.compile(r"ary\b"), "ari"),
    # qu before a vowel is k: Farooqui / फ़ारूक़ी (faruki); Qureshi keeps its u.
    (re.compile("qu(?=[aeio])"), "k"),
    # English's silent final e of -ore: Rathore / राठौर (rathaur, folded rathor), Kishore.
    (re.compile(r"ore\b"), "or"),
    # The a Hindi keeps after a final double stop is not written in Latin (Bhatt / भट्ट,
    # read bhatta), and a doubled consonant is one: both bhat.
    (re.compile(r"(?<=kk|gg|cc|jj|tt|dd|pp|bb)a\b"), ""),
    (re.compile("|".join(f"{c}(?={c})" for c in "bcdfghjklmnpqrstvwyz")), ""),
    (re.compile("ee|ii"), "i"),
    (re.compile("oo|uu"), "u"),
    (re.compile("aa"), "a"),
    (re.compile("ai"), "e"),
    (re.compile("au|ou"), "o"),
    (re.compile("w"), "v"),
    (re.compile("z"), "j"),
    (re.compile("f"), "ph"),
    (re.compile("q"), "k"),
    (re.compile("m(?=[pb])"), "n"),
    # An a between two consonants is the inherent a, which Hindi often does not say and Latin
    # spellings keep or drop (Chandni / चांदनी read chandani, Agarwal / अग्रवाल, Bhardwaj /
    # भारद्वाज): dropped. A first or last a stays: कमल / कमला (kml, kmla) keep two keys.
    (re.compile("(?<=[bcdfghjklmnpqrstvwyz])a(?=[bcdfghjklmnpqrstvwyz])"), ""),
)

#: Titles written before a name printed in Latin letters (Dr. Rajeev Kapoor, Shri Govind
#: Mishra): dropped from the speaker key like श्री and डॉ. (folded to lower case, no dot).
LATIN_TITLES: frozenset[str] = frozenset(
    {
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "prof",
        "shri",
        "shree",
        "sri",
        "smt",
        "kumari",
        "sushri",
        "adv",
        "justice",
        "ji",
    }
)
