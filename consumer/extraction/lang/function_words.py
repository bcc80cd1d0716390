"""Grammar words the near-duplicate keys skip, and the negations they count.

Outlets that reprint a quotation change its grammar words more than its content (की for के,
a dropped है, हम for मैं in a headline): a shingle of the near-duplicate key
(:func:`consumer.extraction.keys.near_keys`) is made of the other words only. Negations are
content, and more: a quotation and its negation (हम पीछे हटेंगे / हम पीछे नहीं हटेंगे) are
different claims, so their count is part of every near-duplicate key.

Both sets are written in their folded form (:mod:`.spelling`: anusvara, no nukta).
"""

from __future__ import annotations

__all__ = ["CLAUSE_WORDS", "FUNCTION_WORDS", "NEGATIONS"]

#: Skipped by near-duplicate shingles: postpositions, pronouns, auxiliaries, connectives and
#: particles, which outlets add, drop or swap without changing what was said.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        # postpositions
        "का",
        "की",
        "के",
        "को",
        "में",
        "से",
        "पर",
        "ने",
        "तक",
        "लिए",
        "द्वारा",
        "साथ",
        # pronouns and their forms (मैं and हम swap between a body quote and its headline)
        "मैं",
        "हम",
        "आप",
        "तुम",
        "वह",
        "वे",
        "वो",
        "यह",
        "ये",
        "इस",
        "उस",
        "इन",
        "उन",
        "मुझे",
        "हमें",
        "आपको",
        "उन्हें",
        "उसे",
        "इसे",
        "इन्हें",
        "मेरा",
        "मेरी",
        "मेरे",
        "हमारा",
        "हमारी",
        "हमारे",
        "आपका",
        "आपकी",
        "आपके",
        "उनका",
        "उनकी",
        "उनके",
        "इसका",
        "इसकी",
        "इसके",
        "उसका",
        "उसकी",
        "उसके",
        "अपना",
        "अपनी",
        "अपने",
        "जो",
        "जिस",
        "जिन",
        # auxiliaries and copulas
        "है",
        "हैं",
        "था",
        "थे",
        "थी",
        "थीं",
        "हो",
        "होगा",
        "होगी",
        "होंगे",
        "होता",
        "होती",
        "होते",
        "हुआ",
        "हुए",
        "हुई",
        "रहा",
        "रही",
        "रहे",
        "गया",
        "गई",
        "गए",
        "चुका",
        "चुकी",
        "चुके",
        "सकता",
        "सकती",
        "सकते",
        # connectives and particles
        "और",
        "तथा",
        "एवं",
        "या",
        "कि",
        "तो",
        "भी",
        "ही",
        "लेकिन",
        "मगर",
        "बल्कि",
        "क्योंकि",
        "इसलिए",
        "अब",
        "जब",
        "तब",
        "एक",
        "हूं",
        # indefinite determiners, which a shorter version drops (कोई सवाल / सवाल)
        "कोई",
        "किसी",
        # degree adverbs, which outlets add, drop and swap (पूरी तरह, बहुत, काफी)
        "पूरी",
        "पूरे",
        "पूरा",
        "तरह",
        "बहुत",
        "काफी",
        "बेहद",
        "सबसे",
    }
)

#: Negation words: counted into every near-duplicate key, so that a quotation and its
#: negation never share one. नही is the common typing of नहीं without its anusvara.
NEGATIONS: frozenset[str] = frozenset({"नहीं", "नही", "न", "ना", "मत"})

#: Connectives that start a new part of a clause, each with its own predicate: "भत्ता
#: बढ़ाएंगे और केंद्र खोलेंगे" is two claims, and a headline may carry either. (A negation
#: still counts for the whole clause up to the next punctuation mark: docs/identity.md.)
CLAUSE_WORDS: frozenset[str] = frozenset(
    {"और", "तथा", "एवं", "लेकिन", "मगर", "किंतु", "परंतु", "बल्कि", "ताकि", "क्योंकि", "वरना", "जबकि"}
)
