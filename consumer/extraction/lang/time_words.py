"""Time words: they take postpositions without being objects or speakers."""

from __future__ import annotations

__all__ = ["TIME_DETERMINERS", "TIME_WORDS", "YEAR_WORDS"]

#: Time words that take को without being an object: मंगलवार को, सुबह को.
TIME_WORDS: frozenset[str] = frozenset(
    {
        "सोमवार",
        "मंगलवार",
        "बुधवार",
        "गुरुवार",
        "शुक्रवार",
        "शनिवार",
        "रविवार",
        "दिन",
        "रात",
        "सुबह",
        "शाम",
        "दोपहर",
        "कल",
        "परसों",
        "तारीख",
        "जनवरी",
        "फरवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    }
)


#: पिछले साल, इस वर्ष, बीते साल: a time adverbial, not part of a speaker phrase.
YEAR_WORDS = frozenset({"साल", "वर्ष", "बरस"})


#: Determiners of a time word (पिछले साल, इस वर्ष, बीते साल).
TIME_DETERMINERS = frozenset({"पिछले", "इस", "अगले", "बीते", "गत", "हर", "उस", "पिछला"})
