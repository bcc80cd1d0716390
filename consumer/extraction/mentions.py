"""What a speaker phrase names: a pronoun, a document, a place, a body, an unnamed person, a
bare role or a person's name (:data:`MENTION_RULES`, the first answer wins), and where the
name in it begins and ends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consumer.extraction import lexicon
from consumer.extraction.lang import name_parts, organizations, particles, places, punctuation
from consumer.extraction.text import Token
from consumer.records import SpeakerKind

__all__ = [
    "MENTION_RULES",
    "Classifier",
    "Mention",
    "Phrase",
    "classify_mention",
    "classify_with_rule",
    "name_start",
    "oblique_plural",
    "organization_name",
    "surname_like_head",
    "trim_name",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention: its code-point range, what kind of thing it names, and the name."""

    start: int
    end: int
    kind: SpeakerKind
    name: str | None
    role: str | None = None


#: Turns the tokens of a speaker phrase into a Mention. The rules-only classifier is
#: :func:`classify_mention`; the extractor swaps in one that also uses the NER model.
Classifier = Callable[[list[Token]], Mention]


def classify_mention(tokens: list[Token]) -> Mention:
    """Rules only: pronoun, organisation, document, bare role, or a person's name; the first
    rule of :data:`MENTION_RULES` that answers wins.

    Titles and roles come before the name and are dropped from it
    (आपदा प्रबंधन मंत्री सुरेश तिवारी -> सुरेश तिवारी); honorifics after it too (खान साहब -> खान).
    """
    return classify_with_rule(tokens)[0]


def classify_with_rule(tokens: list[Token]) -> tuple[Mention, str]:
    """:func:`classify_mention` and the name of the rule that answered."""
    phrase = Phrase(tokens, [t.text for t in tokens])
    for rule in MENTION_RULES:
        mention = rule(phrase)
        if mention is not None:
            return mention, rule.__name__
    raise AssertionError("person answers every phrase")  # pragma: no cover


@dataclass(slots=True)
class Phrase:
    """A speaker phrase being classified: its tokens and their words."""

    tokens: list[Token]
    words: list[str]
    _split: tuple[int, list[str], str | None] | None = None

    def mention(self, kind: SpeakerKind, name: str | None, role: str | None = None) -> Mention:
        return Mention(self.tokens[0].start, self.tokens[-1].end, kind, name, role)

    def split(self) -> tuple[int, list[str], str | None]:
        """Where the name begins, its words (without honorifics after it), and the role
        words before it (without genitives, brackets and indefinites)."""
        if self._split is None:
            words = self.words
            first = name_start(words)
            if ")" in words[first:]:
                # पुलिस उपायुक्त (पश्चिम) विजय लक्ष्मी रावत: the bracket qualifies the office.
                first = len(words) - words[::-1].index(")")
            name_words = words[first:]
            while name_words and name_words[-1] in lexicon.HONORIFIC_SUFFIXES:
                name_words = name_words[:-1]
            role = (
                " ".join(
                    w
                    for w in words[:first]
                    if w not in lexicon.GENITIVE_MARKERS
                    and w not in punctuation.BRACKETS
                    and w not in lexicon.INDEFINITES
                )
                or None
            )
            self._split = (first, name_words, role)
        return self._split


def pronoun(phrase: Phrase) -> Mention | None:
    """उन्होंने, वह, इनका: a pronoun alone."""
    words = phrase.words
    if len(words) == 1 and words[0] in lexicon.PRONOUNS:
        return phrase.mention("pronoun", None)
    return None


def document_phrase(phrase: Phrase) -> Mention | None:
    """राज्य पोषण मिशन की ताज़ा रिपोर्ट: the document speaks for the body that issued it
    (अंतरराष्ट्रीय संस्था ग्रीनअर्थ की रिपोर्ट: the body, without what it is)."""
    words = phrase.words
    if words[-1] not in lexicon.DOCUMENT_HEADS:
        return None
    marker = _last_genitive(words)
    issuer = " ".join(organization_name(words[:marker])) if marker > 0 else None
    return phrase.mention("document", issuer)


def place(phrase: Phrase) -> Mention | None:
    """महाराष्ट्र ने केरल को हराया, चीन ने कहा: a government or a team, not a person."""
    joined = " ".join(phrase.words)
    return phrase.mention("organization", joined) if joined in places.STATES_AND_COUNTRIES else None


def single_judge_bench(phrase: Phrase) -> Mention | None:
    """न्यायमूर्ति शैलजा मेहरोत्रा की एकल पीठ ने कहा: a one-judge bench speaks as its judge."""
    words = phrase.words
    if (
        words[-1] in organizations.BENCH_WORDS
        and len(words) > 2
        and (words[-2] in organizations.SINGLE_WORDS or words[-2] in lexicon.GENITIVE_MARKERS)
    ):
        judge = _single_judge(phrase.tokens)
        if judge is not None:
            return judge
    if (
        words[-1] in organizations.DIVISION_BENCH_WORDS
        and len(words) > 3
        and words[-2] in lexicon.GENITIVE_MARKERS
        and any(w in particles.JOINING_CONJUNCTIONS for w in words[:-2])
    ):
        # न्यायमूर्ति … और न्यायमूर्ति … की (खंड)पीठ: the bench speaks, as the article says.
        return phrase.mention("organization", words[-1])
    return None


def organization_phrase(phrase: Phrase) -> Mention | None:
    """राज्य सरकार, संसद की कृषि संबंधी स्थायी समिति: a body (not सुधा निगम, a surname)."""
    words = phrase.words
    if words[-1] in lexicon.ORGANIZATION_HEADS and not surname_like_head(words):
        return phrase.mention("organization", " ".join(organization_name(words)))
    return None


def unnamed(phrase: Phrase) -> Mention | None:
    """एक अधिकारी, सम्मेलन के एक आयोजक, गांव वालों, सूत्रों: an unnamed person or group,
    never resolved to anyone (but ढिल्लों after सिंह, सेखों after कौर are surnames)."""
    first, name_words, _ = phrase.split()
    words = phrase.words
    tail = words[_last_genitive(words) + 1 :]
    named_after_indefinite = (
        # एक चश्मदीद रमेश यादव, बैंक के एक कर्मचारी सुनील कुमार: a known role after the
        # indefinite, then a full name (one word may be a common noun: एक स्थानीय राजा).
        len(name_words) >= 2
        and first > 0
        and not any(w in lexicon.INDEFINITES for w in name_words)
        and not oblique_plural(name_words[-1])
    )
    if (any(w in lexicon.INDEFINITES for w in tail) and not named_after_indefinite) or (
        name_words
        and oblique_plural(name_words[-1])
        and not (len(name_words) >= 2 and name_words[-2] in lexicon.MIDDLE_NAMES)
    ):
        return phrase.mention("role", None, None)
    if name_words and len(name_words) <= 2 and name_words[0] in particles.GROUP_NOUNS:
        # प्रदेश की जनता ने, डेलिगेशन बड़े देश में गया: a group, never a person's name
        return phrase.mention("role", None, None)
    return None


def bare_role(phrase: Phrase) -> Mention | None:
    """प्रवक्ता ने कहा, जिलाधिकारी ने कहा: a role with no name after it."""
    _, name_words, role = phrase.split()
    if name_words:
        return None
    return phrase.mention("role", None, role or " ".join(phrase.words))


def person_name(phrase: Phrase) -> Mention | None:
    """गृह मंत्री अरुण कुमार सिन्हा: a person's name after titles and roles (with no known
    title before it, unknown role words may lead it: चश्मदीद मोहन थापा)."""
    first, name_words, role = phrase.split()
    if first == 0 or len(name_words) > 4:
        name_words = trim_name(name_words)
    return phrase.mention("person", " ".join(name_words), role)


#: Classifying a speaker phrase, in order: the first rule that answers wins.
MENTION_RULES: tuple[Callable[[Phrase], Mention | None], ...] = (
    pronoun,
    document_phrase,
    place,
    single_judge_bench,
    organization_phrase,
    unnamed,
    bare_role,
    person_name,
)


def _last_genitive(words: list[str]) -> int:
    """Index of the last genitive marker; -1 if none."""
    return max((i for i, w in enumerate(words) if w in lexicon.GENITIVE_MARKERS), default=-1)


def organization_name(words: list[str]) -> list[str]:
    """The body's name in its phrase: after a genitive (संसद की | कृषि संबंधी स्थायी समिति)
    or a generic word for a body (प्रमुख विपक्षी पार्टी | उत्कल जनता दल)."""
    cut = 0
    while cut < len(words) - 2 and words[cut] in organizations.PARTY_DESCRIPTORS:
        cut += 1  # सत्तारूढ़ जनकल्याण मोर्चा: the party is जनकल्याण मोर्चा
    for i, word in enumerate(words[:-1]):
        if (word in lexicon.GENITIVE_MARKERS and i + 3 < len(words)) or (
            word in organizations.GENERIC_BODIES
            and (
                i + 2 < len(words)
                # स्वयंसेवी संस्था प्रथम, रेटिंग एजेंसी क्रेडिटलाइन: a one-word name after it
                # (not पार्टी कार्यालय: an office of the party)
                or (
                    words[i + 1] not in lexicon.ORGANIZATION_HEADS
                    and words[i + 1] not in lexicon.TITLES
                )
            )
        ):
            # (संयुक्त राष्ट्र की शरणार्थी एजेंसी: two words after a genitive describe a body
            # of the first, they do not name it.)
            cut = i + 1
    return words[cut:]


def _single_judge(tokens: list[Token]) -> Mention | None:
    """The judge of ``<title> <name> की (एकल) पीठ``, if one person is named before the
    genitive (a division bench, खंडपीठ, or two judges, ``… और …``, are a body)."""
    words = [t.text for t in tokens]
    marker = max((i for i, w in enumerate(words) if w in lexicon.GENITIVE_MARKERS), default=-1)
    if (
        marker < 2
        or any(w in particles.JOINING_CONJUNCTIONS for w in words[:marker])
        or words[0] not in lexicon.TITLES
    ):
        return None
    judge = classify_mention(tokens[:marker])
    if judge.kind != "person" or not judge.name:
        return None
    return Mention(tokens[0].start, tokens[-1].end, "person", judge.name, judge.role)


def surname_like_head(words: list[str]) -> bool:
    """अजीत कुमार मंडल, नेता प्रतिपक्ष सुधा निगम: a person whose surname is also a word for a
    body (after a middle name, or after a title with a name between)."""
    if len(words) < 2:
        return False
    if words[-2] in lexicon.MIDDLE_NAMES:
        return True
    return (
        words[-1] in name_parts.SURNAME_HEADS
        and words[-2] not in lexicon.TITLES
        and any(w in lexicon.TITLES and w not in places.PLACE_WORDS for w in words[:-2])
    )


def oblique_plural(word: str) -> bool:
    """Oblique plurals (सूत्रों, किसानों, वालों, पत्रकारों) name groups, not people, and end a
    name rather than belong to it."""
    return word.endswith(particles.OBLIQUE_PLURAL_ENDINGS) and len(word) > 3


def trim_name(words: list[str]) -> list[str]:
    """The words of a personal name at the end of a phrase: two by default (given name and
    surname), three or four when the middle words are middle names or initials
    (हरजीत सिंह सोढ़ी, के. एस. नेगी). Unknown role words before that are left out."""
    keep = min(2, len(words))
    while keep < min(4, len(words)):
        inner = words[-keep]
        before = words[-keep - 1]
        if (
            inner in lexicon.MIDDLE_NAMES
            or _initial(inner)
            or _initial(before)
            or before in lexicon.NAME_PREFIXES
        ):
            keep += 1
        else:
            break
    return words[-keep:]


def _initial(word: str) -> bool:
    return word.endswith(".") and len(word) <= 4


def name_start(words: list[str]) -> int:
    """Index of the first word of the name: the word after the last title, role or genitive."""
    last = max(
        (
            i
            for i, w in enumerate(words)
            if (w in lexicon.TITLES and not _middle_name_after_name(words, i))
            or (w in lexicon.GENITIVE_MARKERS and not _initial_ke(words, i))
            # महापौर दक्षिण वनीता सेठ, जिलाधिकारी देहरादून सवीन बंसल: a direction or a place
            # after an office is part of the office (its district)
            or (
                (w in places.DIRECTIONS or w in places.PLACES)
                and i > 0
                and words[i - 1] in lexicon.TITLES
            )
        ),
        default=-1,
    )
    return last + 1


def _initial_ke(words: list[str], index: int) -> bool:
    """``डा. के सिवन``: के right after an abbreviated title and before the last word is the
    initial K written without its stop, not the genitive."""
    return (
        words[index] == "के"
        and index == len(words) - 2
        and index > 0
        and words[index - 1].endswith(".")
        and words[index - 1] in lexicon.TITLES
    )


def _middle_name_after_name(words: list[str], index: int) -> bool:
    """कुमारी is a title before a name (कुमारी सुनीता) but a name after a given name
    (सेविका सुनैना कुमारी)."""
    before = words[index - 1] if index > 0 else ""
    after_name = (
        bool(before) and before not in lexicon.TITLES and before not in lexicon.GENITIVE_MARKERS
    )
    if words[index] in name_parts.SURNAME_TITLES:
        # शिक्षा मंत्री धर्मेंद्र प्रधान, नेता प्रतिपक्ष चरण दास महंत: a surname that is also a
        # title, ending a name an office introduces (not ग्राम प्रधान, पूर्व ग्राम प्रधान).
        return (
            after_name
            and index == len(words) - 1
            and before not in name_parts.SURNAME_TITLE_OFFICES
            and any(w in lexicon.TITLES for w in words[: index - 1])
        )
    return words[index] in lexicon.MIDDLE_NAMES and after_name
