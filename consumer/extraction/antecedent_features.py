"""The candidate antecedents of a pronoun speaker and what describes each one: the features
the antecedent ranker (:mod:`.antecedent_ranker`) weighs. Pure, no I/O.

A pronoun speaker (उन्होंने कहा, वह बोलीं, वे बताते हैं) may point to any person the article
has named before it: the people named as subjects since the last known person (what the rule
``pronoun_subject`` takes), the people the resolver remembers (``pronoun_last_person``), the
last quotation's speaker. Each candidate is described by where it was last mentioned (how
many sentences and characters back, in this paragraph or not, inside quoted speech, before a
genitive का/की/के), how it was mentioned (a ने subject, the last speaker, its rank by
recency) and whether its gender agrees with the cue's verb.

>>> sorted(distance_features(text="राम ने कहा। फिर वह गया।", at=0, end=15, paragraph_start=0))
['chars', 'same_paragraph', 'sentences=1']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from consumer.extraction import lexicon
from consumer.extraction.antecedents import sentence_start
from consumer.extraction.lang import particles
from consumer.extraction.resolution_case import Case

__all__ = [
    "CANDIDATES",
    "Candidate",
    "Features",
    "candidates",
    "distance_features",
    "rule_choice",
]

Features = dict[str, float]

#: People the resolver remembers that are offered as candidates, the latest first. On the
#: development parts the right antecedent is among the latest four in all but a handful of
#: cases; more only adds wrong ones.
CANDIDATES = 6

# A danda, ? or !, or a full stop after a word of three or more characters (pages written
# like real ones end sentences with "."; डॉ. and के. are abbreviations).
_SENTENCE_END = re.compile(r"[।?!॥]|(?<=[^\s.]{3})\.(?=\s)")
_QUOTE_CHARS = frozenset("".join(lexicon.DOUBLE_QUOTE_MARKS))
#: Characters after a mention's offset searched for the word that follows the name.
_NAME_REACH = 80
#: Words at the start of the sentence before a pronoun read as a possible name.
_OPENER_WORDS = 3
_NAME_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097fA-Za-z]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One person a pronoun may point to, as the resolver knows them."""

    name: str
    #: Offset of its latest mention before the pronoun (-1: not known).
    at: int
    features: Features


def rule_choice(case: Case) -> str | None:
    """The name the rules give the pronoun: the last person named as a subject since the
    last known person (``pronoun_subject``), else the last person named of the cue's gender
    (``pronoun_last_person``). Read-only: nothing is recorded in the resolver."""
    subjects = case.pronoun_subjects()
    resolver = case.context.resolver
    if subjects:
        who = subjects[-1][1]
        if len(who.split()) == 1 and resolver.resolve(who) == who:
            who = case.context.names.full_name(who) or who
        return resolver.resolve(who)
    return resolver.last_person(case.gender)


def candidates(case: Case, choice: str | None) -> list[Candidate]:
    """Every candidate antecedent of the pronoun in ``case``, with its features; the rules'
    own answer (``choice``) among them."""
    resolver = case.context.resolver
    found: dict[str, int] = {}
    subjects: dict[str, int] = {}
    for at, who in case.pronoun_subjects():
        if len(who.split()) == 1 and resolver.resolve(who) == who:
            who = case.context.names.full_name(who) or who
        name = resolver.resolve(who)
        subjects[name] = at
        found[name] = max(found.get(name, -1), at)
    own = sentence_start(case.text, case.mention.start)
    previous = sentence_start(case.text, max(0, own - 1)) if own > 0 else own
    openers = _openers(case, previous, own)
    for name, at in openers.items():
        found[name] = max(found.get(name, -1), at)
    recent = resolver.recent_people(CANDIDATES)
    for name, at in recent:
        found.setdefault(name, at)
    last_speaker = resolver.last_speaker
    if last_speaker is not None:
        found.setdefault(last_speaker[1], last_speaker[0])
    if choice is not None:
        found.setdefault(choice, -1)
    rank = {name: i for i, (name, _) in enumerate(recent)}
    agreeing = (
        next((n for n, _ in recent if resolver.gender(n) == case.gender), None)
        if case.gender is not None
        else None
    )
    last_person = resolver.last_person()
    return [
        Candidate(
            name,
            at,
            {
                **_candidate_features(case, name, at),
                **_sentence_features(case.text, name, previous, own, opener=name in openers),
                **_mention_features(
                    name,
                    rank=rank.get(name),
                    subject=name in subjects,
                    last_subject=bool(subjects) and name == list(subjects)[-1],
                    last_person=name == last_person,
                    last_speaker=last_speaker is not None and name == last_speaker[1],
                    choice=name == choice,
                ),
                **({"latest_agreeing": 1.0} if name == agreeing else {}),
                **_speaker_features(case, name),
            },
        )
        for name, at in found.items()
    ]


def _openers(case: Case, previous: int, own: int) -> dict[str, int]:
    """The person the sentence before the pronoun's opens with (शिक्षिका पुष्पा कुमारी हर
    शनिवार …। उन्होंने कहा; सुमित्रा इस घोषणा से खुश हैं …। वे बोलीं), even in a genitive
    (मृतका की मां शांति देवी का …): a topic the rules read only when nobody is named yet."""
    if previous >= own:
        return {}
    names, resolver = case.context.names, case.context.resolver
    found: dict[str, int] = {}
    topic = names.topic_before(previous, own)
    if topic is not None:
        at = case.text.find(topic, previous, own)
        found[resolver.resolve(names.full_name(topic) or topic)] = at
    words = case.text[previous:own].split()[:_OPENER_WORDS]
    for n in range(len(words), 0, -1):
        written = " ".join(words[:n])
        known = resolver.resolve(written)
        if known != written and _NAME_WORD.fullmatch(words[0]):
            # (A person the resolver knows; any other opening words are as often a place,
            # a time or a thing.)
            found.setdefault(known, case.text.find(written, previous, own))
            break
    return found


def _speaker_features(case: Case, name: str) -> Features:
    """Whether the candidate is the speaker of the last quotation, and how close that
    quotation is (मंत्री ने चेतावनी दी, "…" उन्होंने सदन को बताया: the speaker goes on)."""
    speaker = case.context.resolver.last_speaker
    if speaker is None or speaker[1] != name or speaker[0] >= case.mention.start:
        return {}
    text, end = case.text, case.mention.start
    sentences = min(len(_SENTENCE_END.findall(text, speaker[0], end)), 3)
    features: Features = {f"spoke_sentences={sentences}": 1.0}
    if "\n" not in text[speaker[0] : end]:
        features["spoke_same_paragraph"] = 1.0
    return features


def _sentence_features(text: str, name: str, previous: int, own: int, *, opener: bool) -> Features:
    """Whether the candidate opens the sentence before the pronoun's, or is named in it or in
    the pronoun's own sentence before the pronoun."""
    features: Features = {}
    if opener:
        features["opens_previous_sentence"] = 1.0
    words = name.split()
    window = text[previous:own]
    if any(len(w) > 1 and w in window for w in (words[0], words[-1])):
        features["named_in_previous_sentence"] = 1.0
    return features


def _mention_features(
    name: str,
    *,
    rank: int | None,
    subject: bool,
    last_subject: bool,
    last_person: bool,
    last_speaker: bool,
    choice: bool,
) -> Features:
    features: Features = {f"recency={min(rank, 4)}" if rank is not None else "recency=none": 1.0}
    for flag, key in (
        (subject, "subject"),
        (last_subject, "last_subject"),
        (last_person, "last_person"),
        (last_speaker, "last_speaker"),
        (choice, "rule_choice"),
        (len(name.split()) == 1, "one_word_name"),
    ):
        if flag:
            features[key] = 1.0
    return features


def _candidate_features(case: Case, name: str, at: int) -> Features:
    """Where the candidate was last mentioned, and whether its gender fits the cue."""
    text, end = case.text, case.mention.start
    resolver = case.context.resolver
    features: Features = {}
    gender = resolver.gender(name)
    if case.gender is None:
        features["cue_gender=none"] = 1.0
    elif gender is None:
        features["gender=unknown"] = 1.0
    else:
        features["gender=agrees" if gender == case.gender else "gender=conflicts"] = 1.0
    familiar = case.written in particles.FAMILIAR_PRONOUNS
    if at < 0 or at >= end:
        features["offset=unknown"] = 1.0
    else:
        paragraph_start = text.rfind("\n", 0, end) + 1
        features.update(
            distance_features(text=text, at=at, end=end, paragraph_start=paragraph_start)
        )
        if _inside_quote(text, at):
            features["inside_quote"] = 1.0
        if _before_genitive(text, at, name):
            features["genitive"] = 1.0
        speaker = resolver.last_speaker
        if speaker is not None and speaker[1] != name and speaker[0] > at:
            features["other_spoke_since"] = 1.0
    if familiar:
        features.update({f"familiar×{key}": value for key, value in features.items()})
    return features


def distance_features(*, text: str, at: int, end: int, paragraph_start: int) -> Features:
    """How far back a mention at ``at`` is from a pronoun at ``end``: sentences (0, 1, 2,
    3 or more), characters (log-scaled to about 0–1), and whether in the pronoun's paragraph."""
    sentences = len(_SENTENCE_END.findall(text, at, end))
    features: Features = {
        f"sentences={min(sentences, 3)}": 1.0,
        "chars": round(math.log1p(end - at) / 8.0, 6),
    }
    if at >= paragraph_start:
        features["same_paragraph"] = 1.0
    return features


def _inside_quote(text: str, at: int) -> bool:
    """Whether ``at`` lies inside quoted speech: an odd number of quote marks before it in
    its paragraph (गृह मंत्री ने कहा, "सुमन वर्मा जी ने भी …" names someone the speaker
    talks about)."""
    paragraph_start = text.rfind("\n", 0, at) + 1
    return sum(text.count(mark, paragraph_start, at) for mark in _QUOTE_CHARS) % 2 == 1


def _before_genitive(text: str, at: int, name: str) -> bool:
    """Whether the mention at ``at`` is followed by का/की/के (सुमन वर्मा के बेटे ने कहा): a
    possessor, less often the one a later pronoun points to."""
    last = name.split()[-1]
    window = text[at : at + _NAME_REACH]
    found = window.find(last)
    if found < 0:
        return False
    after = window[found + len(last) :].split()
    return bool(after) and after[0] in lexicon.GENITIVE_MARKERS
