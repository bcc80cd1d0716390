"""Hindi language data for quote attribution, as plain data modules (spaCy's ``lang/hi``
habit): linguists can review and extend the word lists without reading the rules.

Each module holds one kind of word, each set with a one-line reason above it:

- :mod:`.punctuation`: quote marks, sentence ends, dotted abbreviations, character classes
- :mod:`.cues`: speech verbs (by gender too), light-verb phrases, postposition cues
- :mod:`.particles`: postpositions, pronouns, complementizers, connectives, single grammar words
- :mod:`.titles` and :mod:`.roles`: titles, honorifics, offices, professions, kinship
- :mod:`.organizations`: heads of organisation and document names, company suffixes
- :mod:`.short_forms`: short forms of bodies (सीबीआई) and other words for the same body
- :mod:`.name_parts`: parts of personal names (middle names, prefixes, initials, letter names)
- :mod:`.gender_words`: words of a name or role that show a person's gender
- :mod:`.places`: places datelines name; states and countries that act as governments
- :mod:`.stop_words`: words that end or never belong to a speaker phrase
- :mod:`.time_words`: time words
- :mod:`.headlines`: lines around an article that are not the article
- :mod:`.patterns`: regular expressions over Hindi words (nicknames, appointments, groups)
- :mod:`.limits`: word counts and reaches
- :mod:`.spelling`: spelling variants the record keys fold (nukta, chandrabindu, half nasals, ये/ए)
- :mod:`.function_words`: grammar words the near-duplicate keys skip, negations they count
- :mod:`.latin`: how a name is written in Latin letters, and its Latin spelling variants

The sets whose membership ignores the nukta (:class:`~consumer.extraction.wordsets.Words`)
are built here; that logic lives in :mod:`consumer.extraction.wordsets`.
"""
