"""What the rules alone say about the names in one article (:class:`RuleNames`), behind the
:class:`NameSource` protocol that :class:`~consumer.extraction.model_names.ModelNames` also
implements: how a speaker phrase is classified, a surname's full name, a body's full name, a
nickname's person. Word-level helpers are in :mod:`.name_words`.

The model runs only on the sentences where it can change an answer (a speaker phrase, or the
sentences that hold a surname to expand), never over whole articles, and its answers are
cached per sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from consumer.extraction import lexicon
from consumer.extraction.article_names import rank_of, role_key
from consumer.extraction.lang import (
    organizations,
    particles,
    patterns,
    places,
    short_forms,
    titles,
)
from consumer.extraction.lang.punctuation import LETTER, QUOTE_CHARS
from consumer.extraction.mentions import (
    Mention,
    classify_mention,
    organization_name,
    surname_like_head,
    trim_name,
)
from consumer.extraction.name_words import (
    SENTENCE_BREAK,
    after_last_non_org_word,
    break_at,
    first_sentence,
    forward_name_words,
    given_name,
    last_break,
    last_sentence_start,
    name_after,
    name_like,
    org_word,
    trailing_name_words,
    whole_word,
)
from consumer.extraction.text import ZERO_WIDTH, Token

__all__ = [
    "QUOTE_MARK",
    "Alias",
    "NameSource",
    "RuleNames",
]


class Alias(NamedTuple):
    """Whom a nickname stands for: a name the article writes (``name``), or, when the
    article says it of a pronoun (उन्हें … "विक्की" कहकर बुलाते हैं), the person that pronoun
    at offset ``at`` points to (``name`` is None)."""

    at: int
    name: str | None


_ORG_PHRASE = re.compile(
    r"(?:\S+ ){1,4}(?:"
    + "|".join(sorted(lexicon.ORGANIZATION_HEADS, key=len, reverse=True))
    + rf")(?!{LETTER})"
)
_SUFFIX = "(?:" + "|".join(organizations.COMPANY_SUFFIXES) + ")"
_COMPANY_NAME = re.compile(rf"(?:\S+ ){{1,4}}{_SUFFIX}(?: {_SUFFIX})*(?!{LETTER})")
QUOTE_MARK = re.compile("|".join(re.escape(m) for m in lexicon.DOUBLE_QUOTE_MARKS))
# "X, जिला कृषि अधिकारी, ने": the role between commas after its holder.
_COMMA_APPOSITIVE = re.compile(r", (?:\S+ ){0,3}$")


class NameSource(Protocol):
    """What the extractor asks about names while it reads one article."""

    def classify(self, tokens: list[Token]) -> Mention: ...

    def full_name(self, name: str) -> str | None: ...

    def alias(self, nickname: str) -> Alias | None: ...

    def expansion(self, short: str) -> str | None: ...

    def subjects(self, start: int, end: int) -> list[tuple[int, str]]: ...

    def topic_before(self, start: int, end: int) -> str | None: ...

    def full_organization(self, head: str) -> str | None: ...

    def introduced_before(self, start: int, end: int) -> str | None: ...

    def role_holder(self, role: str) -> str | None: ...

    def organization_before(self, start: int, end: int) -> str | None: ...


# Words after a one-word name that show it ends a subject (स्वास्थ्य मंत्री सिलावट जैसे ही …,
# आरोपी दिवेश उर्फ …, मंत्री वर्मा ने …), unlike a verb going on (मंत्री रूके और …).
_AFTER_A_SUBJECT = frozenset({"उर्फ", "जैसे", "ने", "भी", "ही"})


class RuleNames:
    """Rules only: titles and roles from the lexicon, no model."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Name lookups read the article without zero-width (non-)joiners, as the tokens are.
        self._plain = text.translate(ZERO_WIDTH) if ("\u200c" in text or "\u200d" in text) else text
        # Each lookup scans the whole article, so each is made once per article: an article
        # that names the same role a thousand times must not be read a thousand times.
        self._full_names: dict[str, str | None] = {}
        self._role_holders: dict[str, str | None] = {}
        self._organizations: dict[str, str | None] = {}
        self._aliases: dict[str, Alias | None] = {}
        self._expansions: dict[str, str | None] = {}

    def classify(self, tokens: list[Token]) -> Mention:
        return classify_mention(tokens)

    def subjects(self, start: int, end: int) -> list[tuple[int, str]]:
        """The person the sentence just before ``end`` introduces by a role at its start,
        without ने (चंदनवाड़ी की गृहिणी सरोज बाला इस व्यवस्था से नाराज़ दिखीं। उन्होंने कहा):
        the antecedent a pronoun right after it points to. The ने phrases are read elsewhere.
        Only that one sentence is read: further back, the words after a role word are as
        often the sentence going on (tried: the development parts fell)."""
        subject = self._introduced(last_sentence_start(self.text, start, end), end)
        return [subject] if subject is not None else []

    def topic_before(self, start: int, end: int) -> str | None:
        """The person the sentence right before ``end`` opens with, even in a genitive
        (मृतका की मां शांति देवी का बुरा हाल है। उन्होंने कहा …): a pronoun's antecedent when
        the article has named nobody else."""
        found = self._introduced(last_sentence_start(self.text, start, end), end, topic=True)
        return found[1] if found else None

    def introduced_before(self, start: int, end: int) -> str | None:
        """The last person introduced by an office or title and a full name anywhere in
        the two sentences before ``end`` (not before ``start``): ``… सांसद मेनका गांधी …
        बैठीं. उन्होंने कहा``, ``अपर प्रशासक संजय कुमार की अध्यक्षता में बैठक हुई। इसमें
        उन्होंने कहा``: a pronoun's antecedent when nobody has spoken yet and no sentence
        opens with a person. Only names of two words or more: one word after an office is
        as often the sentence going on."""
        first = last_sentence_start(self.text, start, end)
        first = last_sentence_start(self.text, start, max(start, first - 1))
        words = self._plain[first:end].split()
        for i in range(len(words) - 2, -1, -1):
            if words[i] not in lexicon.TITLES:
                continue
            name = name_after(words[i + 1 : i + 5], self._plain)
            if len(name) >= 2 and not (
                name[-1] in lexicon.ORGANIZATION_HEADS and not surname_like_head(name)
            ):
                return " ".join(name)
        return None

    def _introduced(self, start: int, end: int, *, topic: bool = False) -> tuple[int, str] | None:
        sentence = self.text[start:end]
        if not sentence.strip() or QUOTE_MARK.search(sentence):
            return None
        words = sentence.split()
        role_at = max(
            (
                i
                for i, w in enumerate(words[:6])
                if w in lexicon.TITLES
                # चुनाव के पूर्व …: after a genitive, पूर्व is "before", not "former".
                and not (
                    i
                    and words[i - 1] in lexicon.GENITIVE_MARKERS
                    and w in titles.POSTPOSITION_TITLES
                )
            ),
            default=-1,
        )
        if role_at < 0:
            return None
        if words[role_at + 1 : role_at + 2] and words[role_at + 1] in lexicon.GENITIVE_MARKERS:
            role_at += 1  # 12 साल का आरिफ़
        name = name_after(words[role_at + 1 :], self._plain)
        following = words[role_at + 1 + len(name) : role_at + 2 + len(name)]
        not_after = particles.NOT_AFTER_SUBJECT
        blocked = not_after - lexicon.GENITIVE_MARKERS if topic else not_after
        if not name or (following and following[0] in blocked):
            return None  # none, a ने phrase (read elsewhere), or an oblique noun phrase
        if name[-1] in lexicon.ORGANIZATION_HEADS and not surname_like_head(name):
            return None  # … चुनाव आयोग द्वारा: a body, not a person introduced
        if (
            len(name) == 1
            and self.full_name(name[0]) is None
            and len(whole_word(name[0]).findall(self._plain)) < 2
        ):
            return None  # a single word the article never uses again: the sentence going on
        offset = start + len(sentence) - len(sentence.lstrip())
        offset += len(" ".join(words[: role_at + 1])) + 1
        return offset, " ".join(name)

    def full_name(self, name: str) -> str | None:
        """``पाठक`` -> ``रमेश चंद्र पाठक`` where the article writes the words side by side and
        the neighbours are neither function words nor titles."""
        if name in self._full_names:
            return self._full_names[name]
        best = self._full_name(name)
        self._full_names[name] = best
        return best

    def expansion(self, short: str) -> str | None:
        """The full name of a body written in short (एनडब्ल्यूए, कैग), where the article
        spells it out: ``राष्ट्रीय जल प्राधिकरण (एनडब्ल्यूए)``, or a full name the short form
        is known to stand for (:data:`short_forms.SHORT_FORMS`)."""
        if short not in self._expansions:
            self._expansions[short] = self._expansion(short)
        return self._expansions[short]

    def _expansion(self, short: str) -> str | None:
        text = self._plain
        if "(" in text:
            for match in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", text):
                before = text[max(0, match.start() - 120) : match.start()].split()[-6:]
                words = organization_name(after_last_non_org_word(before))
                if len(words) > 1:
                    return " ".join(words)
        for full in short_forms.SHORT_FORMS.get(short, ()):
            if whole_word(full).search(text):
                return full
        for other in short_forms.SAME_BODY.get(short, ()):
            named = self._named_with_head(other)  # हाईकोर्ट -> मध्य प्रदेश उच्च न्यायालय
            if named is not None:
                return named
        return None

    def alias(self, nickname: str) -> Alias | None:
        """The person a nickname stands for, where the article says so: ``X उर्फ "बबलू"``,
        ``"बिट्टू" के नाम से मशहूर अभिषेक``, ``उन्हें विक्की कहकर बुलाते हैं``."""
        if nickname not in self._aliases:
            self._aliases[nickname] = self._alias(nickname)
        return self._aliases[nickname]

    def _alias(self, nickname: str) -> Alias | None:
        text = self._plain
        if text.count(nickname) < 2:
            return None  # the nickname is defined in one place and used in another
        for match in whole_word(nickname).finditer(text):
            before = text[max(0, match.start() - 90) : match.start()]
            after = text[match.end() : match.end() + 120]
            # राजू उर्फ "कालिया"
            defined = patterns.SO_CALLED_AFTER.search(before)
            if defined is not None:
                kept = trailing_name_words(defined.group(1).split(), limit=3)
                if kept:
                    return Alias(match.start() - len(before) + defined.start(1), " ".join(kept))
            # "बिट्टू" के नाम से मशहूर अभिषेक
            known = patterns.KNOWN_AS_AFTER.match(after)
            if known is not None:
                kept = []
                for word in known.group(1).split():
                    if not name_like(word):
                        break
                    kept.append(word)
                if kept:
                    return Alias(match.end() + known.start(1), " ".join(kept))
            # उन्हें / जिन्हें … "विक्की" कहकर बुलाते हैं
            called = patterns.CALLED_BEFORE.search(before)
            if called is not None and patterns.CALLED_AFTER.match(after):
                at = match.start() - len(before) + called.start()
                if called.group(1) in particles.CALLED_OBJECTS:
                    # सुमित्रा देवी अहिरवार, जिन्हें सब "जल दीदी" कहते हैं; मंगरी उरांव को सब
                    # प्यार से बड़ी अम्मा कहते हैं: the name before it.
                    head = text[max(0, at - 80) : at].rstrip(" ,").split()
                    kept = trailing_name_words(head, limit=4)
                    if kept:
                        return Alias(at, " ".join(trim_name(kept)))
                return Alias(at, None)
        return None

    def _full_name(self, name: str) -> str | None:
        best: str | None = None
        single_middle = name in lexicon.MIDDLE_NAMES  # सिंह alone: a name on both sides
        for match in whole_word(name).finditer(self._plain):
            forward: list[str] = []
            after_text = self._plain[match.end() : match.end() + 60]
            after = after_text[: break_at(after_text)].split()
            if self._plain[match.end() : match.end() + 1] == " ":
                forward = forward_name_words(after)
            backward: list[str] = []
            if self._plain[match.start() - 1 : match.start()] == " ":
                before_text = self._plain[max(0, match.start() - 80) : match.start()]
                before = before_text[last_break(before_text) :].split()
                for word in reversed(before[-3:]):
                    if not name_like(word):
                        break
                    backward.insert(0, word)
            if forward and backward and not single_middle:
                # Which way does the name run? A given name is finished by the words after
                # it (लोकगायिका पार्वती देवी रावत: what stands before describes her); before
                # a surname stand the given names (नंदकिशोर सैनी बैठक में: the noun after it
                # is the sentence).
                if given_name(name, forward, after):
                    backward = []
                else:
                    forward = []
            if backward:
                # रेलकर्मी प्रभाकर देशपांडे: an unknown role word before the given name is
                # not part of it (two words, more with middle names or initials).
                backward = trim_name([*backward, name])[:-1]
            words = [*backward, name, *forward]
            if len(words) > 1 and (best is None or len(words) > len(best.split())):
                best = " ".join(words)
        return best

    def role_holder(self, role: str) -> str | None:
        """``मुख्यमंत्री`` -> ``हरजीत सिंह सोढ़ी`` where the article writes the role before a name."""
        if role not in self._role_holders:
            self._role_holders[role] = self._role_holder(role)
        return self._role_holders[role]

    def _role_holder(self, role: str) -> str | None:
        found: str | None = None
        for match in whole_word(role).finditer(self._plain):
            if rank_of(role_key(role)) != rank_of(role_key(self._office_at(match.start(), role))):
                continue  # अपर पुलिस अधीक्षक सुनील वर्मा holds another office than पुलिस अधीक्षक
            # Within the sentence: a headline's "– सीईओ" is not followed by its holder's name.
            following = first_sentence(self._plain[match.end() : match.end() + 80]).split()
            if following and following[0].startswith("(") and following[0].endswith(")"):
                following = following[1:]  # वरिष्ठ पुलिस अधीक्षक (एसएसपी) मनोज तिवारी
            while len(following) > 1 and following[0] in lexicon.TITLES:
                following = following[1:]  # प्रधान न्यायाधीश न्यायमूर्ति वेणुगोपाल अय्यर
            if len(following) > 1 and following[0] in places.PLACES:
                following = following[1:]  # एसएसपी लखनऊ राकेश मीणा: the office's district
            words = name_after(following, self._plain)
            if (
                words
                and not (following[1:2] and following[1] in _AFTER_A_SUBJECT)
                and self._one_word_going_on(words)
            ):
                continue  # मंत्री रूके और …: a verb after the office, said once, not a name
            if words:
                found = " ".join(words)
            elif found is None:
                found = self._holder_before(match.start(), match.end())
        return found

    def _one_word_going_on(self, words: list[str]) -> bool:
        """A one-word "name" the article never uses again and knows no fuller form of: more
        likely the sentence going on after an office than a surname."""
        return (
            len(words) == 1
            and self.full_name(words[0]) is None
            and len(whole_word(words[0]).findall(self._plain)) < 2
        )

    def _office_at(self, start: int, role: str) -> str:
        """``role`` as written at ``start`` with the words before it (a rank: अपर, पूर्व; the
        head word अधीक्षक of अपर पुलिस अधीक्षक)."""
        before = self._plain[max(0, start - 40) : start].split()[-3:]
        return " ".join([*before, role])

    def _holder_before(self, start: int, end: int) -> str | None:
        """The role written after its holder: ``रमेश चौहान (एसडीएम)``, ``रमेश चौहान, जो जिले
        के एसडीएम हैं,``, ``अनिल शर्मा, जिला कृषि अधिकारी, ने``, ``सुधीर माथुर को नया
        कुलपति नियुक्त किया गया``."""
        text = self._plain
        before = text[max(0, start - 120) : start]
        after = text[end : end + 20]
        appositive = patterns.APPOSITIVE.search(before)
        sentence = before[max((m.end() for m in SENTENCE_BREAK.finditer(before)), default=0) :]
        appointed = (
            patterns.OBJECT_BEFORE.search(sentence) if patterns.APPOINTED.match(after) else None
        )
        commas = _COMMA_APPOSITIVE.search(before) if after.startswith(",") else None
        if before.endswith("(") and after.startswith(")"):
            head = before[:-1]
        elif appositive is not None:
            head = before[: appositive.start()]
        elif appointed is not None:
            head = sentence[: appointed.start()]
        elif commas is not None:
            head = before[: commas.start()]
        else:
            return None
        words = trailing_name_words(head.rstrip(" ,").split(), limit=3)
        return " ".join(trim_name(words)) if len(words) >= 2 else None

    def full_organization(self, head: str) -> str | None:
        """``आयोग`` -> ``ज़िला उपभोक्ता आयोग``: the longest run of words written before the head."""
        if head not in self._organizations:
            self._organizations[head] = self._full_organization(head)
        return self._organizations[head]

    def _full_organization(self, head: str) -> str | None:
        if head in organizations.GENERIC_COMPANY:
            # कंपनी ने कहा: the company the article names (… लिमिटेड), if it names one, or
            # the name written after the word (पुणे की कंपनी वेगावोल्ट मोबिलिटी ने …).
            for match in _COMPANY_NAME.finditer(self._plain):
                # (a name in quotes: "फतेहगढ़ मोटर्स" से एक एसयूवी खरीदी थी)
                written = [w.strip(QUOTE_CHARS) for w in match.group(0).split()]
                words = organization_name(after_last_non_org_word(written))
                if len(words) > 1:
                    return " ".join(words)
            for match in patterns.COMPANY_THEN_NAME.finditer(self._plain):
                if all(org_word(w) for w in match.group(1).split()):
                    return match.group(1)
        best = self._named_with_head(head)
        for other in short_forms.SAME_BODY.get(head, ()):
            # हाईकोर्ट ने कहा: the मध्य प्रदेश उच्च न्यायालय the article names; the longest
            # such name (मिल: गंगेश्वर शुगर मिल्स, not the 'मात्रा मिल' of 'की मात्रा मिल से').
            named = self._named_with_head(other)
            if named is not None and (best is None or len(named.split()) > len(best.split())):
                best = named
        if best is None and head in organizations.PARTY_HEADS:
            # पार्टी ने कहा in an article about the राष्ट्रीय जन मोर्चा: the party it names.
            for other in sorted(organizations.PARTY_HEADS - {head}):
                best = self._named_with_head(other)
                if best is not None:
                    break
        return best

    def _named_with_head(self, head: str) -> str | None:
        """The longest organisation name the article writes ending in ``head`` (one or more
        words: जल संस्थान -> दून जल संस्थान)."""
        best: str | None = None
        for match in whole_word(head).finditer(self._plain):
            following = self._plain[match.end() : match.end() + 30].split()[:1]
            if following and following[0] in lexicon.TITLES:
                continue  # वरिष्ठ पुलिस अधीक्षक: part of an office, not the body's name
            if following and following[0] in particles.VERB_AUXILIARIES:
                continue  # पानी की मात्रा मिल रही है: a verb that looks like a body's word
            # (never across a line or a sentence: a headline ending in सरकार above a
            # paragraph opening with सरकार ने is not the body "सरकार सरकार")
            written = self._plain[max(0, match.start() - 80) : match.start()]
            before = SENTENCE_BREAK.split(written)[-1].split()
            words = head.split()
            for word in reversed(before[-4:]):
                if not org_word(word):
                    break
                words.insert(0, word)
            if surname_like_head(words):
                continue  # सांसद हेमंत कुमार मंडल: a person, not a body
            words = organization_name(words)
            if len(words) > len(head.split()) and (best is None or len(words) > len(best.split())):
                best = " ".join(words)
        return best

    def organization_before(self, start: int, end: int) -> str | None:
        """The last organisation named in ``text[start:end]``: who a bare रिपोर्ट speaks for."""
        found = None
        for match in _ORG_PHRASE.finditer(self.text, start, end):
            words = after_last_non_org_word(match.group(0).split())
            if len(words) > 1:
                found = " ".join(words)
        return found
