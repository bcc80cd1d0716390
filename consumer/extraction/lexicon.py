"""The language data that used to live in this module, now in :mod:`consumer.extraction.lang`,
re-exported so that rules can keep writing ``lexicon.CUES``. Defines nothing itself: edit the lists in
``lang/``, one place per list. The nukta-blind membership test is in
:mod:`consumer.extraction.wordsets`."""

from __future__ import annotations

from consumer.extraction.lang.cues import (
    ACCORDING_TO as ACCORDING_TO,
)
from consumer.extraction.lang.cues import (
    AUXILIARIES as AUXILIARIES,
)
from consumer.extraction.lang.cues import (
    CUE_BLOCKERS as CUE_BLOCKERS,
)
from consumer.extraction.lang.cues import (
    CUES as CUES,
)
from consumer.extraction.lang.cues import (
    DASH_LIGHT_VERBS as DASH_LIGHT_VERBS,
)
from consumer.extraction.lang.cues import (
    DASH_SPEECH_CUES as DASH_SPEECH_CUES,
)
from consumer.extraction.lang.cues import (
    DEFINITION_MARKERS as DEFINITION_MARKERS,
)
from consumer.extraction.lang.cues import (
    DESCRIBE_VERBS as DESCRIBE_VERBS,
)
from consumer.extraction.lang.cues import (
    GENITIVE_CUE_NOUNS as GENITIVE_CUE_NOUNS,
)
from consumer.extraction.lang.cues import (
    KI_OPTIONAL_CUES as KI_OPTIONAL_CUES,
)
from consumer.extraction.lang.cues import (
    PASSIVE_MARKERS as PASSIVE_MARKERS,
)
from consumer.extraction.lang.cues import (
    PRIORITY_CUES as PRIORITY_CUES,
)
from consumer.extraction.lang.cues import (
    SUBJECT_DROPPING_CUES as SUBJECT_DROPPING_CUES,
)
from consumer.extraction.lang.cues import (
    UNMARKED_SPEECH_VERBS as UNMARKED_SPEECH_VERBS,
)
from consumer.extraction.lang.headlines import (
    CLUTTER_PREFIXES as CLUTTER_PREFIXES,
)
from consumer.extraction.lang.limits import (
    AGENT_REACH as AGENT_REACH,
)
from consumer.extraction.lang.limits import (
    MAX_DATELINE_WORDS as MAX_DATELINE_WORDS,
)
from consumer.extraction.lang.limits import (
    MAX_HEADLINE_SPEAKER_WORDS as MAX_HEADLINE_SPEAKER_WORDS,
)
from consumer.extraction.lang.limits import (
    MAX_HEADLINE_WORDS as MAX_HEADLINE_WORDS,
)
from consumer.extraction.lang.limits import (
    MAX_TITLE_WORDS as MAX_TITLE_WORDS,
)
from consumer.extraction.lang.limits import (
    MIN_QUOTE_WORDS as MIN_QUOTE_WORDS,
)
from consumer.extraction.lang.limits import (
    MIN_REPORTED_WORDS as MIN_REPORTED_WORDS,
)
from consumer.extraction.lang.limits import (
    UNMARKED_SPEAKER_KINDS as UNMARKED_SPEAKER_KINDS,
)
from consumer.extraction.lang.name_parts import (
    INITIALS as INITIALS,
)
from consumer.extraction.lang.name_parts import (
    MIDDLE_NAMES as MIDDLE_NAMES,
)
from consumer.extraction.lang.name_parts import (
    NAME_PREFIXES as NAME_PREFIXES,
)
from consumer.extraction.lang.organizations import (
    DOCUMENT_HEADS as DOCUMENT_HEADS,
)
from consumer.extraction.lang.organizations import (
    HEADLINE_BODIES as HEADLINE_BODIES,
)
from consumer.extraction.lang.organizations import (
    ORGANIZATION_HEADS as ORGANIZATION_HEADS,
)
from consumer.extraction.lang.particles import (
    AGENT_MARKERS as AGENT_MARKERS,
)
from consumer.extraction.lang.particles import (
    COMPLEMENTIZERS as COMPLEMENTIZERS,
)
from consumer.extraction.lang.particles import (
    ERGATIVE_PRONOUNS as ERGATIVE_PRONOUNS,
)
from consumer.extraction.lang.particles import (
    GENITIVE_MARKERS as GENITIVE_MARKERS,
)
from consumer.extraction.lang.particles import (
    INDEFINITES as INDEFINITES,
)
from consumer.extraction.lang.particles import (
    NARRATION_OPENERS as NARRATION_OPENERS,
)
from consumer.extraction.lang.particles import (
    NOT_CLAUSE_OPENERS as NOT_CLAUSE_OPENERS,
)
from consumer.extraction.lang.particles import (
    POSTPOSITIONS as POSTPOSITIONS,
)
from consumer.extraction.lang.particles import (
    PRONOUNS as PRONOUNS,
)
from consumer.extraction.lang.particles import (
    SENTENCE_CONNECTIVES as SENTENCE_CONNECTIVES,
)
from consumer.extraction.lang.particles import (
    SPEAKER_VOICE as SPEAKER_VOICE,
)
from consumer.extraction.lang.places import (
    PLACES as PLACES,
)
from consumer.extraction.lang.punctuation import (
    DOTTED_ABBREVIATIONS as DOTTED_ABBREVIATIONS,
)
from consumer.extraction.lang.punctuation import (
    DOUBLE_QUOTE_MARKS as DOUBLE_QUOTE_MARKS,
)
from consumer.extraction.lang.punctuation import (
    SENTENCE_END as SENTENCE_END,
)
from consumer.extraction.lang.punctuation import (
    SINGLE_QUOTE_CLOSE as SINGLE_QUOTE_CLOSE,
)
from consumer.extraction.lang.punctuation import (
    SINGLE_QUOTE_MARKS as SINGLE_QUOTE_MARKS,
)
from consumer.extraction.lang.punctuation import (
    SINGLE_QUOTE_OPEN as SINGLE_QUOTE_OPEN,
)
from consumer.extraction.lang.roles import (
    HONORIFIC_SUFFIXES as HONORIFIC_SUFFIXES,
)
from consumer.extraction.lang.roles import (
    OCCUPATION_ENDINGS as OCCUPATION_ENDINGS,
)
from consumer.extraction.lang.roles import (
    ROLE_SYNONYMS as ROLE_SYNONYMS,
)
from consumer.extraction.lang.roles import (
    ROLE_WORDS as ROLE_WORDS,
)
from consumer.extraction.lang.stop_words import (
    MANNER_OBJECTS as MANNER_OBJECTS,
)
from consumer.extraction.lang.stop_words import (
    PARTICIPLES as PARTICIPLES,
)
from consumer.extraction.lang.stop_words import (
    SPEAKER_STOPS as SPEAKER_STOPS,
)
from consumer.extraction.lang.time_words import (
    TIME_WORDS as TIME_WORDS,
)
from consumer.extraction.lang.titles import (
    TITLE_NOUNS as TITLE_NOUNS,
)
from consumer.extraction.lang.titles import (
    TITLES as TITLES,
)
from consumer.extraction.wordsets import fold_nukta as fold_nukta
