"""Hindi language data for quote attribution, as plain data modules (spaCy's ``lang/hi``
habit): linguists can review and extend the word lists without reading the rules.

Each module holds one kind of word, each set with a one-line reason above it:

- :mod:`.punctuation`: quote marks, sentence ends, dotted abbreviations
- :mod:`.cues`: speech verbs, light-verb phrases, postposition cues and their forms
- :mod:`.particles`: postpositions, pronouns, complementizers, connectives
- :mod:`.titles` and :mod:`.roles`: titles, honorifics, offices, professions, kinship
- :mod:`.organizations`: heads of organisation and document names
- :mod:`.name_parts`: parts of personal names (middle names, prefixes, initials)
- :mod:`.places`: places datelines name
- :mod:`.stop_words`: words that end or never belong to a speaker phrase
- :mod:`.time_words`: time words
- :mod:`.headlines`: lines around an article that are not the article
- :mod:`.limits`: word counts and reaches

The sets whose membership ignores the nukta (:class:`~consumer.extraction.wordsets.Words`)
are built here; that logic lives in :mod:`consumer.extraction.wordsets`.
"""
