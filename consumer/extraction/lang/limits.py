"""Word counts and reaches the rules use: how long a title, a quotation or a headline is."""

from __future__ import annotations

__all__ = [
    "AGENT_REACH",
    "MAX_DATELINE_WORDS",
    "MAX_HEADLINE_SPEAKER_WORDS",
    "MAX_HEADLINE_WORDS",
    "MAX_TITLE_WORDS",
    "MIN_QUOTE_WORDS",
    "MIN_REPORTED_WORDS",
    "UNMARKED_SPEAKER_KINDS",
]

#: An unattributed quotation this short, with no sentence punctuation, is a title or label:
#: फिल्म "धूप के साये", उपन्यास "सलाखों के उस पार".
MAX_TITLE_WORDS = 4

#: Fewest words a quotation needs; shorter quoted material is a title, label or scare quote.
MIN_QUOTE_WORDS = 3

#: Fewest words a reported clause needs (डीएम ने कहा कि जांच होगी): a clause has a subject
#: and a verb, so two words can report a whole statement.
MIN_REPORTED_WORDS = 2

#: A headline's speaker after the colon is a short phrase (कृषि मंत्री रमेश तिवारी).
MAX_HEADLINE_SPEAKER_WORDS = 5

#: A dateline before a headline's colon is a place of one or two words (सुल्तानपुर :).
MAX_DATELINE_WORDS = 2

#: Lines longer than this are paragraphs, not headlines.
MAX_HEADLINE_WORDS = 30

#: Who can speak without quote marks: a person, an office, a body, or a pronoun for one.
UNMARKED_SPEAKER_KINDS: frozenset[str] = frozenset({"person", "role", "organization", "pronoun"})

#: How many words back from a cue its agent's ने may stand (X ने मंगलवार को पत्रकारों से
#: बातचीत में कहा हम …).
AGENT_REACH = 12
