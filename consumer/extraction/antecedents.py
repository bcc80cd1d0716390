"""What the text before a speaker mention says about it: the sentence it begins, the person
a familiar pronoun points to, the person a nickname stands for, the body that issued a
document, a body's fuller name. Helpers of the resolution rules in :mod:`.speaker_resolution`."""

from __future__ import annotations

import re

from consumer.extraction import lexicon
from consumer.extraction.article_names import NameResolver
from consumer.extraction.lang import name_parts, organizations, patterns
from consumer.extraction.name_words import last_sentence_start
from consumer.extraction.rule_names import NameSource
from consumer.extraction.wordsets import Words

__all__ = [
    "familiar_person_before",
    "fuller_body",
    "given_and_middle",
    "issuer_before",
    "nickname_of",
    "sentence_start",
]


# A danda, ?, !, a line break, or a Latin full stop before a space (a third of Hindi news
# pages end sentences with it: … खो बैठीं. उन्होंने कहा …) unless it closes an initial or
# a short title (के. सिवन, एम. देसाई, डॉ. सिंह).
_SENTENCE_END = re.compile(r"[।?!॥\n]|(?<=[^\s.])\.(?=\s)")
_ABBREVIATED = re.compile(r"(?:^|\s)(\S{1,3})\.$")
_ABBREVIATIONS = frozenset({"डॉ", "डा", "मो", "प्रो", "श्री", "स्व", "कु", "सुश्री", "Dr", "Mr", "Ms"})


def _sentence_end(window: str, match: re.Match[str]) -> bool:
    if match.group() != ".":
        return True
    short = _ABBREVIATED.search(window, 0, match.end())
    if short is None:
        return True
    word = short.group(1)
    return not (word in name_parts.INITIALS or word in _ABBREVIATIONS or word.isascii())


_NAME_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")


_NOT_NAMES = Words(
    lexicon.POSTPOSITIONS | lexicon.SPEAKER_STOPS | lexicon.PRONOUNS | lexicon.AUXILIARIES
)

# Characters before a pronoun searched for the person it points to.
_ANTECEDENT_REACH = 300

# Sentences read back for the person a pronoun before a nickname points to (its own first).
_NICKNAME_SENTENCES = 3


def issuer_before(text: str, start: int) -> str | None:
    """``X की ओर से (शाम को) जारी`` right before a document: X issued it."""
    match = patterns.ON_BEHALF_OF.search(text, max(0, start - 120), start)
    if match is None:
        return None
    words = match.group(1).split()
    # इस मामले में कंपनी की ओर से: the issuer follows the last postposition.
    cut = max((i + 1 for i, w in enumerate(words) if w in lexicon.POSTPOSITIONS), default=0)
    words = words[cut:]
    while words and (words[0] in lexicon.SPEAKER_STOPS or words[0] in lexicon.POSTPOSITIONS):
        words = words[1:]
    return " ".join(words) or None


def familiar_person_before(text: str, end: int) -> tuple[int, str] | None:
    """A person the two sentences before ``end`` name with a word that takes the familiar
    pronoun (आरोपी राजू, 12 साल का आरिफ़, छात्र अमन): the antecedent of उसने or उसका."""
    start = sentence_start(text, max(0, sentence_start(text, end) - 1))
    found: tuple[int, str] | None = None
    for match in patterns.FAMILIAR_NOUN.finditer(text, start, end):
        words = text[match.end() : match.end() + 60].split()
        name: list[str] = []
        for word in words[:2]:
            if not _NAME_WORD.fullmatch(word) or word in lexicon.TITLES or word in _NOT_NAMES:
                break
            name.append(word)
        if len(name) == 2 and text.count(" ".join(name)) < 2:
            # 12 साल का आरिफ़ | हादसे के वक्त …: one word, unless the article repeats both
            name = name[:1]
        if name:
            found = (match.end() + 1, " ".join(name))
    return found


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` begins (after a danda, ?, !, a line break or a
    Latin full stop that ends a sentence)."""
    window = text[max(0, offset - _ANTECEDENT_REACH) : offset]
    ends = [m.end() for m in _SENTENCE_END.finditer(window) if _sentence_end(window, m)]
    return offset - len(window) + ends[-1] if ends else max(0, offset - _ANTECEDENT_REACH)


def nickname_of(text: str, name: str, names: NameSource, resolver: NameResolver) -> str | None:
    """The person a nickname stands for (बिट्टू -> अभिषेक संधू), where the article says so."""
    alias = names.alias(name)
    if alias is None:
        return None
    if alias.name is None:
        # उन्हें "विक्की" कहकर बुलाते हैं: whom the pronoun points to, then: the subject of
        # one of the few sentences before (उस्ताद बाबूलाल परमार 84 साल के हो गए हैं। … ढोलक
        # बजती है। शिष्य उन्हें "दादा" कहकर बुलाते हैं।).
        end = alias.at
        for _ in range(_NICKNAME_SENTENCES):
            subjects = names.subjects(max(0, end - _ANTECEDENT_REACH), end)
            if subjects:
                return resolver.resolve(subjects[-1][1])
            previous = last_sentence_start(text, max(0, end - _ANTECEDENT_REACH), end)
            if previous >= end or not text[:previous].strip():
                break
            end = previous
        return resolver.person_before(alias.at)
    if " " in alias.name:
        return resolver.resolve(alias.name)  # already a full name
    return resolver.resolve(names.full_name(alias.name) or alias.name)


def fuller_body(name: str, names: NameSource) -> str:
    """A two-word body as the article names it in full: अस्पताल प्रबंधन -> the hospital the
    article names; जल संस्थान -> दून जल संस्थान."""
    words = name.split()
    if words[1] in organizations.MANAGEMENT:
        # (मिल प्रबंधन: the mill the article names, गंगेश्वर शुगर मिल्स)
        return names.full_organization(words[0]) or name
    return names.full_organization(name) or name


def given_and_middle(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[1] in lexicon.MIDDLE_NAMES
