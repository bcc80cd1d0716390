"""Lines around an article's text that are not the article."""

from __future__ import annotations

__all__ = ["CLUTTER_PREFIXES", "EVENT_LABELS", "LINK_WORDS", "MEDIA_WORDS"]

#: Lines that are navigation, not the article: their headlines quote nobody here.
CLUTTER_PREFIXES: tuple[str, ...] = (
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    "यह भी पढ़ें",
    "इसे भी पढ़ें",
    "पढ़ें",
    "Also Read",
    "Read",
    "और पढ़ें",
    "संबंधित",
    "Related",
)

#: Words that end the name of a news site, section or kicker before a headline's colon
#: (राजस्थान न्यूज़: …, ताजा खबर: …, Live Update: …): a page's label, never a speaker.
MEDIA_WORDS: frozenset[str] = frozenset(
    {
        *("न्यूज़", "न्यूज", "समाचार", "खबर", "ख़बर", "खबरें", "अपडेट", "अपडेट्स", "लाइव"),
        *("ब्रेकिंग", "डेस्क", "टाइम्स", "एक्सप्रेस", "News", "Update", "Live", "Desk"),
    }
)


#: The last word of a link's label (इसे भी पढ़ें : ‘…’, देखें वीडियो: …): never a speaker.
LINK_WORDS: frozenset[str] = frozenset(
    {"पढ़ें", "पढें", "देखें", "सुनें", "वीडियो", "Exclusive", "Video", "Photos", "Highlights"}
)


#: The last word of a story's label before a headline's colon (दौसा हादसा: …, हाथरस कांड: …,
#: पेपर लीक मामला: …): what happened, never who spoke.
EVENT_LABELS: frozenset[str] = frozenset(
    {
        *("हादसा", "दुर्घटना", "कांड", "हत्याकांड", "मामला", "मामले", "केस", "विवाद"),
        *("घोटाला", "चुनाव", "उपचुनाव", "बजट", "मौसम", "हिंसा", "बवाल", "हंगामा", "आंदोलन"),
    }
)
