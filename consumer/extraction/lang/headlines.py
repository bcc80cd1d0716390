"""Lines around an article's text that are not the article."""

from __future__ import annotations

__all__ = ["CLUTTER_PREFIXES"]

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
