"""Grammar words the near-duplicate keys skip, and the negations they count.

Outlets that reprint a quotation change its grammar words more than its content (की for के,
a dropped है, हम for मैं in a headline): a shingle of the near-duplicate key
(:func:`consumer.extraction.keys.near_keys`) is made of the other words only. Negations are
content, and more: a quotation and its negation (हम पीछे हटेंगे / हम पीछे नहीं हटेंगे) are
different claims, so their count is part of every near-duplicate key.

Both sets are written in their folded form (:mod:`.spelling`: anusvara, no nukta).
"""

from __future__ import annotations

__all__ = [
    "ANCHORS",
    "AUXILIARIES",
    "BINDING_MARKERS",
    "CLAUSE_WORDS",
    "COMPOUND_STEMS",
    "FUNCTION_WORDS",
    "INSTEAD_OF",
    "LIGHT_VERBS",
    "NEGATIONS",
    "PASSIVE_WORDS",
    "POSTPOSITION_NOUNS",
    "ROLE_MARKERS",
]

#: Auxiliaries and copulas: grammar words, and where a clause's verb group stands (a headline
#: that puts its subject after them, पंद्रह दिन में होगा गन्ने का बकाया भुगतान, is read with the
#: subject first: docs/identity.md).
AUXILIARIES: frozenset[str] = frozenset(
    {
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
    }
)

#: Skipped by near-duplicate shingles: postpositions, pronouns, auxiliaries, connectives and
#: particles, which outlets add, drop or swap without changing what was said.
FUNCTION_WORDS: frozenset[str] = (
    frozenset(
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
    | AUXILIARIES
)

#: Negation words: counted into every near-duplicate key, so that a quotation and its
#: negation never share one. नही is the common typing of नहीं without its anusvara.
NEGATIONS: frozenset[str] = frozenset({"नहीं", "नही", "न", "ना", "मत"})

#: Connectives that start a new part of a clause, each with its own predicate: "भत्ता
#: बढ़ाएंगे और केंद्र खोलेंगे" is two claims, and a headline may carry either. (A negation
#: still counts for the whole clause up to the next punctuation mark: docs/identity.md.)
CLAUSE_WORDS: frozenset[str] = frozenset(
    {"और", "तथा", "एवं", "लेकिन", "मगर", "किंतु", "परंतु", "बल्कि", "ताकि", "क्योंकि", "वरना", "जबकि"}
    # कि opens what was said (मैं साफ कहना चाहता हूं कि गठबंधन में कोई दरार नहीं है) and तो
    # the main part of a condition (अगर मांगें नहीं मानी गईं तो हम हड़ताल करेंगे): a headline
    # carries the part after them alone.
    | {"कि", "तो"}
)

#: Forms of the light and auxiliary verbs (करना, होना, जाना, देना, लेना, रखना, मिलना, लगना,
#: लगाना, पाना, सकना, रहना) that are not grammar words above: they carry tense and voice, not
#: the claim, and a headline drops or changes them (रोक लगाएंगे / रोक, आरक्षण मिलेगा /
#: आरक्षण, खोल दिया जाएगा / खुलेगा). The near keys still read them as content words in
#: shingles; they are never a clause's predicate and never part of a nominal key
#: (docs/identity.md). Bare stems (कर tax, मिल mill) are left out: they are also nouns.
LIGHT_VERBS: frozenset[str] = frozenset(
    {
        # करना
        "करना",
        "करने",
        "करनी",
        "करता",
        "करती",
        "करते",
        "किया",
        "किए",
        "कीं",
        "करेगा",
        "करेगी",
        "करेंगे",
        "करेंगी",
        "करूंगा",
        "करूंगी",
        "करें",
        "करे",
        "करो",
        "करके",
        # होना
        "होना",
        "होने",
        "होनी",
        "हों",
        "होंगी",
        "हुईं",
        "होकर",
        # जाना (also the passive)
        "जा",
        "जाना",
        "जाने",
        "जानी",
        "जाता",
        "जाती",
        "जाते",
        "जाएगा",
        "जाएगी",
        "जाएंगे",
        "जाएंगी",
        "जाए",
        "जाएं",
        "जाऊंगा",
        "गईं",
        # देना
        "देना",
        "देने",
        "देनी",
        "देता",
        "देती",
        "देते",
        "दिया",
        "दिए",
        "दी",
        "दीं",
        "देगा",
        "देगी",
        "देंगे",
        "देंगी",
        "दें",
        "देकर",
        # लेना
        "लेना",
        "लेने",
        "लेनी",
        "लेता",
        "लेती",
        "लेते",
        "लिया",
        "ली",
        "लीं",
        "लेगा",
        "लेगी",
        "लेंगे",
        "लेंगी",
        "लें",
        "लेकर",
        # रखना
        "रखना",
        "रखने",
        "रखता",
        "रखती",
        "रखते",
        "रखा",
        "रखी",
        "रखे",
        "रखेगा",
        "रखेगी",
        "रखेंगे",
        "रखेंगी",
        "रखें",
        # मिलना
        "मिलना",
        "मिलने",
        "मिलता",
        "मिलती",
        "मिलते",
        "मिला",
        "मिली",
        "मिले",
        "मिलेगा",
        "मिलेगी",
        "मिलेंगे",
        "मिलेंगी",
        "मिलें",
        # लगना, लगाना
        "लगना",
        "लगने",
        "लगता",
        "लगती",
        "लगते",
        "लगा",
        "लगी",
        "लगे",
        "लगेगा",
        "लगेगी",
        "लगेंगे",
        "लगेंगी",
        "लगाना",
        "लगाने",
        "लगाता",
        "लगाती",
        "लगाते",
        "लगाया",
        "लगाई",
        "लगाए",
        "लगाएगा",
        "लगाएगी",
        "लगाएंगे",
        "लगाएंगी",
        "लगाएं",
        # पाना
        "पाना",
        "पाने",
        "पाता",
        "पाती",
        "पाते",
        "पाया",
        "पाई",
        "पाए",
        "पाएगा",
        "पाएगी",
        "पाएंगे",
        "पाएंगी",
        # सकना
        "सका",
        "सकी",
        "सके",
        "सकेगा",
        "सकेगी",
        "सकेंगे",
        "सकेंगी",
        # रहना
        "रहना",
        "रहने",
        "रहता",
        "रहती",
        "रहते",
        "रहेगा",
        "रहेगी",
        "रहेंगे",
        "रहेंगी",
        "रहें",
        "चाहिए",
    }
)

#: Forms of जाना after a participle, the passive (बसें चलाई जाएंगी, कमेटी बनाई गई है): the
#: participle before them is the clause's verb, not a noun (docs/identity.md).
PASSIVE_WORDS: frozenset[str] = frozenset(
    {
        "जाएगा",
        "जाएगी",
        "जाएंगे",
        "जाएंगी",
        "जाता",
        "जाती",
        "जाते",
        "जाए",
        "जाएं",
        "जाना",
        "जाने",
        "गया",
        "गई",
        "गए",
        "गईं",
    }
)

#: Postpositions that mark a role: the agent's ने, the recipient's or object's को, the source's
#: से, and the nouns of "instead of" (के बजाय, की जगह, के बदले). The order-free claim keys tag
#: the words before them, so that swapped roles (राज्य ने केंद्र को पत्र लिखा / केंद्र ने राज्य को
#: पत्र लिखा, जून के बजाय जुलाई / जुलाई के बजाय जून) stay apart (docs/identity.md).
ROLE_MARKERS: frozenset[str] = frozenset({"ने", "को", "से", "बजाय", "जगह", "बदले"})

#: Postpositions whose phrases bind a part's roles in the near keys (docs/identity.md, rule
#: 9): the agent's ने, the object's को, and पर (… पर आरोप लगाया, … पर हमला).
BINDING_MARKERS: tuple[str, ...] = ("ने", "को", "पर")

#: Role markers that bind a part's roles: the agent's ने, and "instead of" (समीर की जगह
#: अंकित, जून के बजाय जुलाई), read after the के or की before them.
INSTEAD_OF: frozenset[str] = frozenset({"जगह", "बजाय", "बदले"})
ANCHORS: frozenset[str] = frozenset({"ने"}) | INSTEAD_OF

#: The first verb of a compound verb when it is itself a light verb (पूरी कर लेगा, वापस ले ली,
#: मरम्मत करवा देंगे, शुरू कराई जाएगी): read as a light verb when a light verb follows it, as
#: a word otherwise (कर is also tax). Used by the claim keys only.
COMPOUND_STEMS: frozenset[str] = frozenset(
    {"कर", "ले", "दे", "करा", "कराई", "कराए", "कराया", "करवा", "करवाई", "करवाए", "करवाया"}
)

#: Nouns of compound postpositions that a headline writes as a plain one (पंद्रह दिन के भीतर /
#: पंद्रह दिन में, त्योहारों के दौरान / त्योहारों पर): grammar words for the claim keys only (the
#: shingles keep them, as they always have).
POSTPOSITION_NOUNS: frozenset[str] = frozenset({"भीतर", "अंदर", "दौरान", "तहत", "जरिए"})
