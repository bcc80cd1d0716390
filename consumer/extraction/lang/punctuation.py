"""Quote marks, sentence ends and dotted abbreviations as Hindi web copy types them."""

from __future__ import annotations

__all__ = [
    "BRACKETS",
    "CLAUSE_END",
    "CLAUSE_TRAILERS",
    "DASHES",
    "DOTTED_ABBREVIATIONS",
    "DOUBLE_QUOTE_MARKS",
    "PUNCTUATION",
    "PUNCTUATION_TOKENS",
    "QUOTE_TOKENS",
    "SENTENCE_END",
    "SINGLE_QUOTE_CLOSE",
    "SINGLE_QUOTE_MARKS",
    "SINGLE_QUOTE_OPEN",
    "TRAILERS",
    "VISARGA_COLON",
]

#: Marks that open or close a direct quotation. Straight and curly doubles, the low-9 mark,
#: guillemets, and the doubled marks that Hindi sites type for a double quote (two
#: apostrophes, ‘‘…’’, two backticks, two straight doubles ""…"). Doubles are paired by
#: position, not by shape: Hindi copy often reverses them and mixes them (‘‘…” and “…’’ are
#: one quotation).
DOUBLE_QUOTE_MARKS: tuple[str, ...] = (
    "''",
    '""',
    "‘‘",
    "’’",
    "``",
    '"',
    "“",
    "”",
    "„",
    "‟",
    "«",
    "»",
    "＂",
)

#: Single marks, which open over half of the direct quotations on Hindi news pages
#: ('हम पीछे नहीं हटेंगे', ‘हम पीछे नहीं हटेंगे’). Inside a double-quoted quotation they nest;
#: a mark between two letters (ओ'कॉनर, ओ’कॉनर) is an apostrophe.
SINGLE_QUOTE_MARKS: tuple[str, ...] = ("'", "‘", "’")

SINGLE_QUOTE_OPEN = "‘"

SINGLE_QUOTE_CLOSE = "’"

#: Sentence-final punctuation: danda, double danda, and Latin marks used in Hindi web copy.
SENTENCE_END: frozenset[str] = frozenset({"।", "॥", "?", "!", "."})

#: A visarga typed for a colon (बोलेः जिसकी …, … करेंगेः सीएम योगी).
VISARGA_COLON = "ः"

#: Where speech without marks and reported speech end: a sentence end, or a bar standing
#: alone, which some Hindi sites type for a danda (… घाट नहीं है | जहां …), or an ellipsis
#: character, as the three stops it stands for (… ख़तरा है…एमपी कांग्रेस के इस ट्वीट पर …).
CLAUSE_END: frozenset[str] = SENTENCE_END | {"|", "…"}

#: Abbreviations written with a final dot that does not end a sentence.
DOTTED_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "डॉ.",
        "डा.",
        "प्रो.",
        "श्री.",
        "सं.",
        "ई.",
        "पू.",
        "मि.",
        "कु.",
        "स्व.",
        "रु.",
        "नं.",
        "लि.",
        "प्रा.",
        "वि.",
        "मो.",
        "सु.",
        "श्रीमती.",
        "Dr.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Prof.",
        "St.",
        "No.",
    }
)


#: Punctuation tokens that end a speaker phrase or a clause (a comma, a danda, a bracket, a dash).
PUNCTUATION_TOKENS = frozenset(",;:!?।॥()-—–\"“”'‘’")


#: Punctuation that ends a speaker phrase read back from a cue (and the doubled apostrophe).
PUNCTUATION = frozenset(",;:!?।॥\"“”„‟«»＂'‘’()[]{}<>|—–-.") | {"''"}


#: Marks that may follow a cue before the quotation (मंत्री ने कहा, / कहा: / कहा-).
TRAILERS = frozenset({",", ":", "-", "—", "–"})


#: Hyphen, em dash and en dash: the same separator as Hindi copy types it.
DASHES = frozenset({"-", "—", "–"})


#: Round brackets: a bracketed word in a speaker phrase is an aside (its Latin form, a party).
BRACKETS = frozenset("()")


#: Every quote mark as a token: a speaker phrase never runs across one.
QUOTE_TOKENS = frozenset((*DOUBLE_QUOTE_MARKS, *SINGLE_QUOTE_MARKS))


#: Marks that end a clause before a quotation or a source (X के अनुसार, / कहा: / बोले-).
CLAUSE_TRAILERS = frozenset({",", ";", ":", "-", "—", "–"})


#: A punctuation character that is a token of its own (a regular-expression class).
PUNCTUATION_CLASS = r"[…,;:!?।॥\"“”„‟«»＂'‘’`()\[\]{}<>|—–-]"

#: A character that can stand inside a word token (a regular-expression class).
WORD_CHAR = r"[^\s…,;:!?।॥\"“”„‟«»＂'‘’`()\[\]{}<>|—–-]"

#: A letter, mark or digit of a word (Devanagari or other), not a danda: "अंसारी।" ends a word.
LETTER = r"[\w\u0900-\u0963\u0966-\u097f]"

#: Quote marks as characters (for a regular-expression class): a nickname may stand in them.
QUOTE_CHARS = "\"“”'‘’"
