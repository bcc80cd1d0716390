"""Who spoke: a speaker mention resolved to a person, an organisation or nobody, with the
article's names, roles, nicknames, short forms and pronoun antecedents. Pure, no I/O."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from consumer.extraction import bodies, lexicon
from consumer.extraction.attribution import Mention, classify_mention, surname_like_head
from consumer.extraction.gender import cue_gender
from consumer.extraction.names import NameSource, last_sentence_start
from consumer.extraction.resolution import NameResolver, role_forms
from consumer.extraction.text import WORD_CHAR, ZERO_WIDTH, tokenize
from consumer.records import Speaker

__all__ = ["Context", "observe_until", "resolve_speaker"]

_ON_BEHALF_OF = re.compile(r"((?:[\u0900-\u0963\u0966-\u097f]+ ){1,6})की ओर से (?:\S+ ){0,4}$")


def _issuer_before(text: str, start: int) -> str | None:
    """``X की ओर से (शाम को) जारी`` right before a document: X issued it."""
    match = _ON_BEHALF_OF.search(text, max(0, start - 120), start)
    if match is None:
        return None
    words = match.group(1).split()
    # इस मामले में कंपनी की ओर से: the issuer follows the last postposition.
    cut = max((i + 1 for i, w in enumerate(words) if w in lexicon.POSTPOSITIONS), default=0)
    words = words[cut:]
    while words and (words[0] in lexicon.SPEAKER_STOPS or words[0] in lexicon.POSTPOSITIONS):
        words = words[1:]
    return " ".join(words) or None


# The management of a body speaks for it (अस्पताल प्रबंधन, मिल प्रबंधन).
_MANAGEMENT = frozenset({"प्रबंधन"})
_SENTENCE_END = re.compile(r"[।?!॥\n]")
# इनका, इनकी, इनके: "these (people)", often a group the sentence before describes.
_PROXIMAL_PRONOUNS = frozenset({"इनका", "इनकी", "इनके"})
# A plural of people: लोग, महिलाएं, नाविकों, ग्रामीण (a word ending -ों/-ओं, -एं, or these).
_GROUP = re.compile(
    rf"(?<!{WORD_CHAR})(?:लोग|लोगों|ग्रामीण|ग्रामीणों|निवासी|निवासियों|\S+(?:ों|ओं|एं|एँ|ियां|ियाँ))"
    rf"(?!{WORD_CHAR})"
)
# उसने, उसका: the familiar third person, said of an accused, a child, a young person.
_FAMILIAR_PRONOUNS = frozenset({"उसने", "उसका", "उसकी", "उसके"})
# Words that introduce someone spoken of familiarly, and an age (12 साल का).
_FAMILIAR_NOUN = re.compile(
    rf"(?<!{WORD_CHAR})(?:आरोपी|बदमाश|सरगना|अभियुक्त|हमलावर|युवक|युवती|किशोर|किशोरी|छात्र|छात्रा"
    rf"|बच्चा|बच्ची|बालक|बालिका|बेटा|बेटी|नाबालिग|\d+ (?:साल|वर्ष) (?:का|की)|\d+ वर्षीय)(?!{WORD_CHAR})"
)
_NAME_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")
_NOT_NAMES = lexicon.Words(
    lexicon.POSTPOSITIONS | lexicon.SPEAKER_STOPS | lexicon.PRONOUNS | lexicon.AUXILIARIES
)
# Characters before a pronoun searched for the person it points to.
_ANTECEDENT_REACH = 300
# Caste or community titles used with साहब or जी to refer to someone already named.
_ADDRESS_TITLES = frozenset({"ठाकुर", "पंडित", "पंडितजी", "बाबू", "मियां", "सरदार", "राय"})
# Sentences read back for the person a pronoun before a nickname points to (its own first).
_NICKNAME_SENTENCES = 3


def _familiar_person_before(text: str, end: int) -> tuple[int, str] | None:
    """A person the two sentences before ``end`` name with a word that takes the familiar
    pronoun (आरोपी राजू, 12 साल का आरिफ़, छात्र अमन): the antecedent of उसने or उसका."""
    start = _sentence_start(text, max(0, _sentence_start(text, end) - 1))
    found: tuple[int, str] | None = None
    for match in _FAMILIAR_NOUN.finditer(text, start, end):
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


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` begins (after a danda, ?, ! or line break)."""
    window = text[max(0, offset - _ANTECEDENT_REACH) : offset]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return offset - len(window) + ends[-1] if ends else max(0, offset - _ANTECEDENT_REACH)


def _nickname(text: str, name: str, names: NameSource, resolver: NameResolver) -> str | None:
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


def _fuller_body(name: str, names: NameSource) -> str:
    """A two-word body as the article names it in full: अस्पताल प्रबंधन -> the hospital the
    article names; जल संस्थान -> दून जल संस्थान."""
    words = name.split()
    if words[1] in _MANAGEMENT:
        # (मिल प्रबंधन: the mill the article names, गंगेश्वर शुगर मिल्स)
        return names.full_organization(words[0]) or name
    return names.full_organization(name) or name


def _given_and_middle(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[1] in lexicon.MIDDLE_NAMES


def observe_until(subjects: list[Mention], offset: int, context: Context) -> None:
    """Feed the resolver the people named as subjects before ``offset`` (consumed in place)."""
    resolver = context.resolver
    while subjects and subjects[0].start < offset:
        mention = subjects.pop(0)
        if mention.kind == "person" and mention.name:
            name = mention.name
            if len(name.split()) == 1 and resolver.resolve(name) == name:
                name = context.names.full_name(name) or name
            resolver.observe(name, role=mention.role, at=mention.start)
        elif mention.kind == "organization" and mention.name:
            resolver.observe_org(mention.name)


@dataclass(frozen=True, slots=True)
class Context:
    """What attribution needs to know about the article around one paragraph."""

    names: NameSource
    resolver: NameResolver
    lookback: int  # start of the previous paragraph: how far back a pronoun may point


def resolve_speaker(
    text: str, mention: Mention | None, context: Context, cue: str | None = None
) -> Speaker | None:
    """The speaker record for a mention: its text and kind, and the name it resolves to in
    this article (a fuller name, a nickname's owner, a role's holder, a short form spelt out,
    a pronoun's antecedent), recorded in the resolver for later mentions. ``cue`` is the
    attribution verb, whose gender a pronoun's antecedent must agree with."""
    if mention is None:
        return None
    resolver, names = context.resolver, context.names
    # वह बोलीं, वे कहते हैं: the verb agrees with the speaker.
    gender = cue_gender(cue) if cue else None
    name = mention.name
    if mention.kind in ("person", "organization") and name is not None and " " not in name:
        # डब्ल्यूएचओ, एनडब्ल्यूए: a body's short form, spelt out in the article.
        expanded = names.expansion(name)
        if expanded is not None:
            mention = dataclasses.replace(mention, kind="organization", name=expanded)
            name = expanded
        elif mention.kind == "person" and bodies.is_short_form(name):
            # सीएमएस ने कहा: an office written short, held by the name after it elsewhere
            # (सीएमएस डॉ. अनिल गुप्ता); else a body's short form (ईडी ने कहा).
            holder = names.role_holder(name)
            if holder is None:
                return Speaker(
                    text=text[mention.start : mention.end],
                    start=mention.start,
                    end=mention.end,
                    kind="organization",
                    name=resolver.observe_org(name),
                )
            name = holder
            mention = dataclasses.replace(mention, name=holder, role=name)
    if mention.kind == "person" and name is not None:
        if len(name.split()) == 2 and resolver.resolve(name) == name:
            # बड़ी अम्मा: a two-word nickname the article defines (… को सब बड़ी अम्मा कहते हैं).
            name = _nickname(text, name, names, resolver) or name
        if len(name.split()) == 1 and resolver.resolve(name) == name:
            # A nickname the article defines first (जल दीदी), then the fuller form.
            name = _nickname(text, name, names, resolver) or names.full_name(name) or name
            if (
                name in _ADDRESS_TITLES
                and text[mention.start : mention.end].split()[-1] in lexicon.HONORIFIC_SUFFIXES
                and (last := resolver.last_person(gender)) is not None
            ):
                # ठाकुर साहब ने कहा, पंडित जी बोले: a respectful way of referring to the
                # person the article is about, not a name it writes in full anywhere.
                name = last
        elif _given_and_middle(name) and resolver.resolve(name) == name:
            # कमला बाई -> कमला बाई मरावी: a given name with बाई/रानी/कुमारी (or सिंह) often
            # stands for the full name the article writes once.
            fuller = names.full_name(name)
            if fuller is not None and fuller.startswith(name + " "):
                name = " ".join(fuller.split()[:3])
        name = resolver.observe(name, role=mention.role, at=mention.start, gender=gender)
    elif mention.kind == "pronoun":
        # The most salient earlier person: the last speaker or ने subject, unless a person
        # named later in subject position (without ने) is closer.
        # Only sentences after the last person already known can hold a closer antecedent.
        since = max(context.lookback, resolver.last_person_at + 1)
        # The pronoun is its own sentence's subject: a person named earlier in that sentence
        # (अभिनेत्री तान्या के बारे में उन्होंने कहा) is not its antecedent.
        own_sentence = _sentence_start(text, mention.start)
        mention_text = text[mention.start : mention.end]
        subjects = [
            (at, who)
            for at, who in names.subjects(since, own_sentence)
            if at >= since and (gender is None or resolver.gender(who) in (None, gender))
        ]
        if mention_text in _PROXIMAL_PRONOUNS and _GROUP.search(
            text, _sentence_start(text, max(0, own_sentence - 1)), own_sentence
        ):
            # … महिलाएं टैंकर का इंतजार कर रही थीं। इनका कहना है कि …: इनका points to the
            # people just described, a group nobody names.
            resolver.observe_unnamed(at=mention.start)
        elif mention_text in _FAMILIAR_PRONOUNS and (
            familiar := _familiar_person_before(text, own_sentence)
        ):
            # पूछताछ में उसने कहा after "आरोपी राजू को गिरफ्तार किया गया": उसने, not उन्होंने,
            # is said of an accused, a child or a young person, not of the officer who spoke.
            # (Written as the article introduces them: often a given name alone.)
            name = resolver.observe(familiar[1], at=familiar[0], gender=gender)
        elif subjects:
            at, who = subjects[-1]
            if len(who.split()) == 1 and resolver.resolve(who) == who:
                who = names.full_name(who) or who
            name = resolver.observe(who, at=at, gender=gender)
        else:
            name = resolver.last_person(gender)
            if name is None and not resolver.has_people():
                # Nobody named yet: the person the sentence before opens with, even in a
                # genitive (मृतका की मां शांति देवी का बुरा हाल है। उन्होंने कहा …).
                topic = names.topic_before(context.lookback, own_sentence)
                name = resolver.observe(topic, at=mention.start, gender=gender) if topic else None
    elif (
        mention.kind == "role"
        and " " not in (word := text[mention.start : mention.end])
        and names.alias(word) is not None
    ):
        # शिष्य उन्हें "दादा" कहकर बुलाते हैं … दादा बताते हैं: a word of kinship or address
        # the article makes someone's nickname.
        return resolve_speaker(
            text, dataclasses.replace(mention, kind="person", name=word, role=None), context, cue
        )
    elif (
        mention.kind == "role"
        and mention.role is None
        and " " not in text[mention.start : mention.end]
    ):
        # ढिल्लों ने कहा: a surname in -ों looks like a plural group; it is a person where the
        # article writes the full name (किसान नेता जसविंदर सिंह ढिल्लों).
        word = text[mention.start : mention.end]
        fuller = names.full_name(word)
        if fuller is not None and surname_like_head(fuller.split()):
            return resolve_speaker(
                text, dataclasses.replace(mention, kind="person", name=word), context, cue
            )
        else:
            resolver.observe_unnamed(at=mention.start)
    elif mention.kind == "role" and mention.role is not None:
        name = resolver.resolve_role(mention.role)
        if name is None and len(mention.role.split()) <= 2:
            holder = None
            for form in role_forms(mention.role):
                holder = names.role_holder(form)
                if holder is not None:
                    break
            if holder is None:
                holder = names.role_holder(mention.role.split()[-1])
            name = resolver.observe(holder, role=mention.role) if holder else None
        if name is None and any(
            w in lexicon.GENITIVE_MARKERS for w in text[mention.start : mention.end].split()
        ):
            # बलजीत कौर की मां ने कहा: someone the article does not name.
            resolver.observe_unnamed(at=mention.start)
    elif mention.kind == "role":
        resolver.observe_unnamed(at=mention.start)  # एयरलाइन के एक प्रवक्ता ने कहा
    elif mention.kind == "organization" and name is not None:
        words = name.split()
        if len(words) == 2:
            name = _fuller_body(name, names)
        elif len(words) == 1:
            fuller = names.full_organization(name)
            person = names.full_name(name) if fuller is None else None
            if person is not None and surname_like_head(person.split()):
                # मंडल ने कहा after सांसद हेमंत कुमार मंडल: the surname of a person.
                return resolve_speaker(
                    text, dataclasses.replace(mention, kind="person", name=name), context, cue
                )
            name = fuller or name
        name = resolver.observe_org(name)
    elif mention.kind == "document":
        if name is None:
            # कंपनी की ओर से जारी बयान में कहा गया: the issuer stands before की ओर से.
            name = _issuer_before(text, mention.start)
            issuer = classify_mention(tokenize(name)) if name is not None else None
            if issuer is not None and issuer.kind == "person" and issuer.name:
                # घायल रामाशंकर राजभर की ओर से दी गई तहरीर: a person's complaint.
                person = names.full_name(issuer.name) or issuer.name
                return Speaker(
                    text=text[mention.start : mention.end],
                    start=mention.start,
                    end=mention.end,
                    kind=mention.kind,
                    name=resolver.observe(person, at=mention.start).translate(ZERO_WIDTH),
                )
        if name is not None and len(name.split()) == 1:
            # कंपनी के बयान: the issuer's fuller name where the article gives one.
            name = names.full_organization(name) or name
        document = text[mention.start : mention.end].split()[-1]
        if name is None:
            # कंपनी की विज्ञप्ति में कहा गया … विज्ञप्ति में आगे कहा गया: the same issuer.
            name = resolver.issuer(document)
        if name is None:
            name = names.organization_before(context.lookback, mention.start) or resolver.last_org()
            if name is not None and len(name.split()) == 2:
                # कंपनी प्रबंधन ने बयान जारी किया। बयान में कहा गया …: the company it names.
                name = _fuller_body(name, names)
        name = resolver.observe_org(name) if name is not None else None
        if name is not None:
            resolver.observe_issuer(document, name)
    return Speaker(
        text=text[mention.start : mention.end],
        start=mention.start,
        end=mention.end,
        kind=mention.kind,
        # A name is written without zero-width joiners, however the article wrote it.
        name=name.translate(ZERO_WIDTH) if name else name,
    )
