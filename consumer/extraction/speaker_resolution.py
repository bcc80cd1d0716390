"""Who spoke: a speaker mention resolved to a person, an organisation or nobody, with the
article's names, roles, nicknames, short forms and pronoun antecedents. Pure, no I/O."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from consumer.extraction import lexicon
from consumer.extraction.antecedent_features import rule_choice
from consumer.extraction.antecedents import (
    familiar_person_before,
    fuller_body,
    given_and_middle,
    issuer_before,
    nickname_of,
    sentence_start,
)
from consumer.extraction.article_names import role_forms
from consumer.extraction.gender import cue_gender, name_gender
from consumer.extraction.lang import (
    name_parts,
    organizations,
    particles,
    patterns,
    roles,
    titles,
)
from consumer.extraction.mentions import Mention, classify_mention, surname_like_head
from consumer.extraction.name_words import is_short_form
from consumer.extraction.resolution_case import Case, Context, Resolution
from consumer.extraction.text import tokenize
from consumer.records import Speaker

__all__ = ["RESOLUTION_RULES", "resolve", "resolve_speaker"]


def resolve(
    text: str, mention: Mention | None, context: Context, cue: str | None = None
) -> Resolution:
    """The speaker record for a mention and the rule that made it: its text and kind, and
    the name it resolves to in this article (a fuller name, a nickname's owner, a role's
    holder, a short form spelt out, a pronoun's antecedent), recorded in the resolver for
    later mentions. ``cue`` is the attribution verb, whose gender a pronoun's antecedent
    must agree with (वह बोलीं, वे कहते हैं). The first rule of :data:`RESOLUTION_RULES` that
    answers wins."""
    if mention is None:
        return Resolution(None, None)
    case = Case(text, mention, context, cue, cue_gender(cue) if cue else None)
    _spell_out(case)
    for rule in RESOLUTION_RULES:
        speaker = rule(case)
        if speaker is not None:
            name = rule.__name__
            return Resolution(speaker, f"{name}:{case.detail}" if case.detail else name)
    raise AssertionError("as_written answers every mention")  # pragma: no cover


def resolve_speaker(
    text: str, mention: Mention | None, context: Context, cue: str | None = None
) -> Speaker | None:
    """:func:`resolve` without the rule name."""
    return resolve(text, mention, context, cue).speaker


def _spell_out(case: Case) -> None:
    """Before the rules: a one-word name that is a body's short form spelt out in the
    article (डब्ल्यूएचओ, एनडब्ल्यूए) becomes that body; an office written short (सीएमएस ने
    कहा) becomes the person who holds it elsewhere (सीएमएस डॉ. अनिल गुप्ता), or, held by
    nobody, a body's short form (ईडी ने कहा: :func:`unheld_short_form`)."""
    mention, names = case.mention, case.context.names
    name = mention.name
    if mention.kind not in ("person", "organization") or name is None or " " in name:
        return
    expanded = names.expansion(name)
    if expanded is not None:
        case.mention = dataclasses.replace(mention, kind="organization", name=expanded)
    elif mention.kind == "person" and is_short_form(name):
        # एएसपी ने कहा after अतिरिक्त पुलिस अधीक्षक सुनील वर्मा: the office in any of its forms.
        holder = case.context.resolver.resolve_role(name) or next(
            (h for form in role_forms(name) if (h := names.role_holder(form)) is not None), None
        )
        if holder is None:
            case.unheld_short_form = True
        else:
            case.mention = dataclasses.replace(mention, name=holder, role=name)


def unheld_short_form(case: Case) -> Speaker | None:
    """ईडी ने कहा: a short form nobody in the article holds as an office is a body."""
    if not case.unheld_short_form:
        return None
    mention = case.mention
    assert mention.name is not None
    return Speaker(
        text=case.written,
        start=mention.start,
        end=mention.end,
        kind="organization",
        name=case.context.resolver.observe_org(mention.name),
    )


#: जस्टिस सुब्रमण्यम प्रसाद की बेंच, न्यायमूर्ति X की अध्यक्षता वाली पीठ: one judge's bench,
#: named by the judge (as Hindi news readers and annotators name it). Matched on the words
#: up to and including the mention, which may be the bench word alone.
_ONE_JUDGE_BENCH = re.compile(
    r"(?:जस्टिस|न्यायमूर्ति|न्यायाधीश)\s+(?P<judge>[^\s,।.]+(?:\s+[^\s,।.]+){0,3}?)\s+"
    r"(?:की\s+अध्यक्षता\s+वाली|की|वाली)\s+(?:\S+\s+)?(?:बेंच|खंडपीठ|पीठ)$"
)
_BENCH_REACH = 90


def public_body(case: Case) -> Speaker | None:
    """कोर्ट ने कहा, पुलिस ने बताया, विभाग ने कहा: a public body as written, not a fuller
    name from elsewhere in the article (organizations.PUBLIC_BODIES); जस्टिस सुब्रमण्यम
    प्रसाद की बेंच ने कहा: the judge whose bench it is."""
    mention = case.mention
    if mention.kind not in ("person", "organization") or not mention.name:
        return None
    if mention.name.split()[-1] not in organizations.PUBLIC_BODIES:
        return None
    before = " ".join(case.text[max(0, mention.start - _BENCH_REACH) : mention.end].split())
    bench = _ONE_JUDGE_BENCH.search(before)
    if (
        bench is not None
        and not any(w in particles.JOINING_CONJUNCTIONS for w in bench["judge"].split())
        # (जस्टिस ए और / व जस्टिस बी की पीठ: two judges, the bench as written)
        and not any(
            w in particles.JOINING_CONJUNCTIONS for w in before[: bench.start()].split()[-1:]
        )
        and not before[: bench.start()].rstrip().endswith(",")
    ):
        judge = case.speaker(case.context.resolver.observe(bench["judge"], at=mention.start))
        return dataclasses.replace(judge, kind="person")
    # (a body, whatever the NER model took the word for)
    body = case.speaker(case.context.resolver.observe_org(mention.name))
    return dataclasses.replace(body, kind="organization")


def company_named(case: Case) -> Speaker | None:
    """कार निर्माता कंपनी मारूति सुजुकी ने कहा: a company, named after the word for it (which
    the mention's name keeps when the NER model takes the whole for a person)."""
    mention = case.mention
    if mention.kind not in ("person", "organization") or not mention.name:
        return None
    words = mention.name.split()
    if len(words) < 2 or words[0] not in organizations.GENERIC_COMPANY:
        return None
    company = case.speaker(case.context.resolver.observe_company(" ".join(words[1:])))
    return dataclasses.replace(company, kind="organization")


def person(case: Case) -> Speaker | None:
    """सुरेश तिवारी ने कहा: a person's name, in its fullest form the article gives."""
    mention = case.mention
    if mention.kind != "person" or mention.name is None:
        return None
    resolver = case.context.resolver
    name = mention.name
    if len(name.split()) == 2 and resolver.resolve(name) == name:
        # बड़ी अम्मा: a two-word nickname the article defines (… को सब बड़ी अम्मा कहते हैं).
        nickname = nickname_of(case.text, name, case.context.names, resolver)
        if nickname:
            name, case.detail = nickname, "nickname"
    if len(name.split()) == 1 and resolver.resolve(name) == name:
        name = _one_word_person(case, name)
    elif given_and_middle(name) and resolver.resolve(name) == name:
        name = _given_and_middle_fuller(case, name)
    return case.speaker(
        resolver.observe(name, role=mention.role, at=mention.start, gender=case.gender)
    )


def _one_word_person(case: Case, name: str) -> str:
    """A nickname the article defines first (जल दीदी), then the fuller form; ठाकुर साहब ने
    कहा, पंडित जी बोले: a respectful way of referring to the person the article is about,
    not a name it writes in full anywhere."""
    names, resolver = case.context.names, case.context.resolver
    nickname = nickname_of(case.text, name, names, resolver)
    fuller = None if nickname else names.full_name(name)
    if nickname:
        found, case.detail = nickname, "nickname"
    elif fuller:
        found, case.detail = fuller, "full_name"
    else:
        found = name
    if (
        found in titles.ADDRESS_TITLES
        and case.written.split()[-1] in lexicon.HONORIFIC_SUFFIXES
        and (last := resolver.last_person(case.gender)) is not None
    ):
        found, case.detail = last, "address_title"
    return found


def _given_and_middle_fuller(case: Case, name: str) -> str:
    """कमला बाई -> कमला बाई मरावी: a given name with बाई/रानी/कुमारी (or सिंह) often stands
    for the full name the article writes once."""
    fuller = case.context.names.full_name(name)
    if fuller is not None and fuller.startswith(name + " "):
        case.detail = "given_and_middle"
        return " ".join(fuller.split()[:3])
    return name


def pronoun_first_person(case: Case) -> Speaker | None:
    """अदालत ने कहा, आप इसे करें। … हमने बार-बार कहा है कि …: outside quote marks a first-person
    agent is the running words of the last speaker, in this paragraph or the one before."""
    if case.mention.kind != "pronoun" or case.written not in particles.FIRST_PERSON_AGENTS:
        return None
    last = case.context.resolver.last_speaker
    if last is None or last[0] < case.context.lookback:
        return None
    return case.speaker(last[1])


def pronoun_group(case: Case) -> Speaker | None:
    """… महिलाएं टैंकर का इंतजार कर रही थीं। इनका कहना है कि …: इनका points to the people
    just described, a group nobody names."""
    if case.mention.kind != "pronoun":
        return None
    # The subjects are asked for first, as every pronoun rule after this one may need them
    # (and the model's recording pass must see the same questions in the same order).
    case.pronoun_subjects()
    own = sentence_start(case.text, case.mention.start)
    if case.written not in particles.PROXIMAL_PRONOUNS or not patterns.GROUP.search(
        case.text, sentence_start(case.text, max(0, own - 1)), own
    ):
        return None
    case.context.resolver.observe_unnamed(at=case.mention.start)
    return case.speaker(None)


def pronoun_familiar(case: Case) -> Speaker | None:
    """पूछताछ में उसने कहा after "आरोपी राजू को गिरफ्तार किया गया": उसने, not उन्होंने, is
    said of an accused, a child or a young person, not of the officer who spoke."""
    if case.mention.kind != "pronoun" or case.written not in particles.FAMILIAR_PRONOUNS:
        return None
    familiar = familiar_person_before(case.text, sentence_start(case.text, case.mention.start))
    if not familiar:
        return None
    # (Written as the article introduces them: often a given name alone.)
    return case.speaker(
        case.context.resolver.observe(familiar[1], at=familiar[0], gender=case.gender)
    )


def pronoun_chair(case: Case) -> Speaker | None:
    """अपर प्रशासक संजय कुमार की अध्यक्षता में बैठक हुई। इसमें उन्होंने कहा …: right after a
    sentence that names who chaired a meeting, a pronoun is the chair, whoever spoke before."""
    if case.mention.kind != "pronoun":
        return None
    own = sentence_start(case.text, case.mention.start)
    before = sentence_start(case.text, max(0, own - 1))
    if patterns.CHAIRED.search(case.text, before, own) is None:
        return None
    name = case.context.names.introduced_before(before, own)
    if name is None:
        return None
    return case.speaker(case.context.resolver.observe(name, gender=case.gender))


def pronoun_ranked(case: Case) -> Speaker | None:
    """राज्यपाल सुमन वर्मा ने … । सचिव ने बताया … । उन्होंने कहा: with the antecedent ranker
    on, the person it scores highest among those named before (a ने subject, the last
    speaker, the people the article named last), where the rules have an answer too."""
    chooser = case.context.antecedents
    if case.mention.kind != "pronoun" or chooser is None:
        return None
    chosen = chooser.choose(case)
    if chosen is None:
        return None
    name, at = chosen
    resolver = case.context.resolver
    overrides = name != rule_choice(case)
    if overrides:
        case.detail = "override"
    if at > resolver.last_person_at:
        # A subject or a sentence's opener not yet known is recorded, as pronoun_subject does.
        name = resolver.observe(name, at=at, gender=case.gender)
    elif overrides:
        # Someone named further back becomes the person last named, as a name would.
        name = resolver.observe(name, gender=case.gender)
    return case.speaker(name)


def pronoun_subject(case: Case) -> Speaker | None:
    """राज्यपाल सुमन वर्मा ने … । उन्होंने कहा: the last person named as a subject since the
    last known person, of the cue's gender."""
    if case.mention.kind != "pronoun" or not (subjects := case.pronoun_subjects()):
        return None
    names, resolver = case.context.names, case.context.resolver
    at, who = subjects[-1]
    if len(who.split()) == 1 and resolver.resolve(who) == who:
        who = names.full_name(who) or who
    return case.speaker(resolver.observe(who, at=at, gender=case.gender))


def pronoun_last_person(case: Case) -> Speaker | None:
    """वह बोलीं: the person last named (the last speaker or ने subject) of the cue's gender."""
    if case.mention.kind != "pronoun":
        return None
    name = case.context.resolver.last_person(case.gender)
    return case.speaker(name) if name is not None else None


def pronoun_unnamed(case: Case) -> Speaker | None:
    """मृतक की बहन ने आरोप लगाए। उनका कहना है …: with the person last mentioned unnamed
    (in this paragraph or the one before), the pronoun is them, as the article wrote them."""
    if case.mention.kind != "pronoun":
        return None
    written = case.context.resolver.unnamed_antecedent(case.context.lookback)
    return case.speaker(written) if written is not None else None


def pronoun_topic(case: Case) -> Speaker | None:
    """मृतका की मां शांति देवी का बुरा हाल है। उन्होंने कहा …: with nobody named yet, the
    person the sentence before opens with, even in a genitive; else the last person the two
    sentences before introduce with an office and a full name (अपर प्रशासक संजय कुमार की
    अध्यक्षता में बैठक हुई। इसमें उन्होंने कहा …)."""
    resolver = case.context.resolver
    if case.mention.kind != "pronoun" or resolver.has_people():
        return None
    own = sentence_start(case.text, case.mention.start)
    names = case.context.names
    topic = names.topic_before(case.context.lookback, own) or names.introduced_before(
        case.context.lookback, own
    )
    if topic and topic.split()[-1] in organizations.DOCUMENT_HEADS:
        topic = None  # … लोक प्रतिनिधित्व अधिनियम के अनुसरण में: a law, nobody who speaks
    return case.speaker(
        resolver.observe(topic, at=case.mention.start, gender=case.gender) if topic else None
    )


def role_nickname(case: Case) -> Speaker | None:
    """शिष्य उन्हें "दादा" कहकर बुलाते हैं … दादा बताते हैं: a word of kinship or address
    the article makes someone's nickname."""
    word = case.written
    if case.mention.kind != "role" or " " in word or case.context.names.alias(word) is None:
        return None
    mention = dataclasses.replace(case.mention, kind="person", name=word, role=None)
    return resolve(case.text, mention, case.context, case.cue).speaker


def role_surname(case: Case) -> Speaker | None:
    """ढिल्लों ने कहा: a surname in -ों looks like a plural group; it is a person where the
    article writes the full name (किसान नेता जसविंदर सिंह ढिल्लों)."""
    word = case.written
    if case.mention.kind != "role" or case.mention.role is not None or " " in word:
        return None
    fuller = case.context.names.full_name(word)
    if fuller is None or not surname_like_head(fuller.split()):
        return None
    mention = dataclasses.replace(case.mention, kind="person", name=word)
    return resolve(case.text, mention, case.context, case.cue).speaker


def role_holder(case: Case) -> Speaker | None:
    """मुख्यमंत्री ने कहा: the person the article names with this office (मुख्यमंत्री
    हरजीत सिंह सोढ़ी); unnamed for बलजीत कौर की मां ने कहा."""
    mention = case.mention
    if mention.kind != "role" or mention.role is None:
        return None
    names, resolver = case.context.names, case.context.resolver
    name = resolver.resolve_role(mention.role)
    if name is None and mention.role in name_parts.SURNAME_TITLES:
        # … चरण दास महंत ने … । महंत ने कहा: the surname of someone the article named.
        full = names.full_name(mention.role)
        if full is not None and full != mention.role:
            return case.speaker(resolver.observe(full, gender=case.gender))
    if name is None and len(mention.role.split()) <= 2:
        holder = None
        for form in role_forms(mention.role):
            holder = names.role_holder(form)
            if holder is not None:
                break
        if holder is None:
            holder = names.role_holder(mention.role.split()[-1])
        name = resolver.observe(holder, role=mention.role) if holder else None
    if name is None and any(w in lexicon.GENITIVE_MARKERS for w in case.written.split()):
        # बलजीत कौर की मां ने कहा: someone the article does not name.
        resolver.observe_unnamed(at=mention.start, written=case.written)
    elif name is None and mention.role.split()[-1] in roles.EPITHET_ROLES:
        name = _epithet_speaker(case)
    if name is None and resolver.unnamed_antecedent(mention.start) is None:
        # विस अध्यक्ष ने कहा … । उन्होंने कहा: an office nobody holds by name is who a
        # pronoun right after points to.
        resolver.observe_unnamed(at=mention.start, written=case.written)
    return case.speaker(name)


# Characters before an epithet searched for another profession given to the last speaker.
_EPITHET_REACH = 1500


def _epithet_speaker(case: Case) -> str | None:
    """पीवी सिंधु ने कहा … । भारतीय शटलर ने कहा: a profession nobody in the article holds by
    name, used right after someone spoke (this paragraph or the one before), is that
    speaker, where the cue's gender does not say otherwise."""
    resolver = case.context.resolver
    last = resolver.last_speaker
    role = case.mention.role or ""
    if last is None or last[0] < case.context.lookback:
        return None
    expected = case.gender or name_gender("", role)
    spoken = resolver.gender(last[1])
    if expected is not None and spoken is not None and spoken != expected:
        return None
    # निर्देशक अजय सेठी ने कहा … । अभिनेत्री ने बताया: someone the article gave another
    # profession is someone else.
    head = role.split()[-1] if role else ""
    # (A bounded stretch before the mention, so that a long article stays linear.)
    before = case.text[max(0, case.mention.start - _EPITHET_REACH) : case.mention.start]
    for written in re.finditer(rf"(\S+)\s+{re.escape(last[1])}", before):
        if written.group(1) in lexicon.ROLE_WORDS and written.group(1) != head:
            return None
    return last[1]


def role_unnamed(case: Case) -> Speaker | None:
    """एयरलाइन के एक प्रवक्ता ने कहा, सूत्रों ने कहा: someone the article does not name."""
    if case.mention.kind != "role":
        return None
    case.context.resolver.observe_unnamed(at=case.mention.start, written=case.written)
    return case.speaker(case.mention.name)


def organization_surname(case: Case) -> Speaker | None:
    """मंडल ने कहा after सांसद हेमंत कुमार मंडल: a word for a body that is the surname of a
    person the article names."""
    mention, names = case.mention, case.context.names
    if mention.kind != "organization" or mention.name is None or " " in mention.name:
        return None
    if names.full_organization(mention.name) is not None:
        return None
    person_name = names.full_name(mention.name)
    if person_name is None or not surname_like_head(person_name.split()):
        return None
    again = dataclasses.replace(mention, kind="person", name=mention.name)
    return resolve(case.text, again, case.context, case.cue).speaker


def organization(case: Case) -> Speaker | None:
    """जल संस्थान ने कहा: a body, in the fullest form the article names it (दून जल संस्थान)."""
    mention, names = case.mention, case.context.names
    if mention.kind != "organization" or mention.name is None:
        return None
    name = mention.name
    words = name.split()
    if words[-1] in organizations.PUBLIC_BODIES:
        pass  # कोर्ट ने कहा: the court as written, not a fuller name (PUBLIC_BODIES)
    elif words[-1] in organizations.GENERIC_COMPANY:
        # कार निर्माता कंपनी ने कहा: the company the article names, however it is described
        name = case.context.resolver.company() or names.full_organization(words[-1]) or name
    elif len(words) == 2:
        name = fuller_body(name, names)
    elif len(words) == 1:
        name = names.full_organization(name) or name
    return case.speaker(case.context.resolver.observe_org(name))


def document_by_person(case: Case) -> Speaker | None:
    """घायल रामाशंकर राजभर की ओर से दी गई तहरीर में कहा गया: a person's complaint speaks
    for the person."""
    mention, names = case.mention, case.context.names
    if mention.kind != "document" or mention.name is not None:
        return None
    issuer_name = issuer_before(case.text, mention.start)
    issuer = classify_mention(tokenize(issuer_name)) if issuer_name is not None else None
    if issuer is None or issuer.kind != "person" or not issuer.name:
        return None
    person_name = names.full_name(issuer.name) or issuer.name
    return case.speaker(case.context.resolver.observe(person_name, at=mention.start))


def document(case: Case) -> Speaker | None:
    """रिपोर्ट में कहा गया: a document speaks for its issuer: named with it, before की ओर
    से, the issuer of the same kind of document earlier, or the body last named."""
    mention, names, resolver = case.mention, case.context.names, case.context.resolver
    if mention.kind != "document":
        return None
    name = mention.name
    if name is None:
        # कंपनी की ओर से जारी बयान में कहा गया: the issuer stands before की ओर से.
        name = issuer_before(case.text, mention.start)
    if name is not None and len(name.split()) == 1:
        # कंपनी के बयान: the issuer's fuller name where the article gives one.
        name = names.full_organization(name) or name
    kind = case.written.split()[-1]
    if name is None:
        # कंपनी की विज्ञप्ति में कहा गया … विज्ञप्ति में आगे कहा गया: the same issuer.
        name = resolver.issuer(kind)
    if name is None:
        name = (
            names.organization_before(case.context.lookback, mention.start) or resolver.last_org()
        )
        if name is not None and len(name.split()) == 2:
            # कंपनी प्रबंधन ने बयान जारी किया। बयान में कहा गया …: the company it names.
            name = fuller_body(name, names)
    name = resolver.observe_org(name) if name is not None else None
    if name is not None:
        resolver.observe_issuer(kind, name)
    return case.speaker(name)


def as_written(case: Case) -> Speaker | None:
    """उन्होंने कहा with nobody to point to, or a mention of no known kind: as written."""
    return case.speaker(case.mention.name)


#: Speaker resolution, in order: the first rule that answers wins.
RESOLUTION_RULES: tuple[Callable[[Case], Speaker | None], ...] = (
    unheld_short_form,
    public_body,
    company_named,
    person,
    pronoun_first_person,
    pronoun_group,
    pronoun_familiar,
    pronoun_chair,
    pronoun_ranked,
    pronoun_subject,
    pronoun_last_person,
    pronoun_unnamed,
    pronoun_topic,
    role_nickname,
    role_surname,
    role_holder,
    role_unnamed,
    organization_surname,
    organization,
    document_by_person,
    document,
    as_written,
)
