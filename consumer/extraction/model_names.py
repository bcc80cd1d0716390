"""The NER model's answers about names, on top of the rules' (``RuleNames``): where a phrase
the rules took for a bare role holds a name, and who a pronoun's antecedent is when the rules
find nobody. The model reads a few words around each question, batched per article."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from consumer.extraction import lexicon
from consumer.extraction.lang import headlines, particles, patterns
from consumer.extraction.mentions import Mention, classify_mention, oblique_plural
from consumer.extraction.name_words import (
    NOT_NAME_WORDS,
    SENTENCE_BREAK,
    last_sentence_start,
    name_like,
    strip_titles,
)
from consumer.extraction.rule_names import QUOTE_MARK, RuleNames
from consumer.extraction.text import Token
from consumer.extraction.wordsets import Words

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ModelNames"]

# Characters at the start of a sentence searched for its subject.
_SUBJECT_WINDOW = 80
# How far to look for the sentence around a phrase the model is asked about.
_MAX_REGION = 600
# Words of that sentence given to the model before and after the phrase: on the development
# parts 4 and 2 give the same answers as the whole sentence, at a fraction of the cost
# (1 and 1 lose some); make bench has the figures.
_CONTEXT_BEFORE = 4
_CONTEXT_AFTER = 2
# Every word of a phrase known to the lexicon: no name in it for the model to find.
_LEXICON_WORDS = Words(
    NOT_NAME_WORDS | lexicon.INDEFINITES | lexicon.ORGANIZATION_HEADS | lexicon.DOCUMENT_HEADS
)


def _may_end_name(word: str) -> bool:
    """Whether a person's or organisation's name can end in ``word``."""
    return name_like(word) and word not in _LEXICON_WORDS and not oblique_plural(word)


class ModelNames(RuleNames):
    """Rules first; the NER model delimits person and organisation names inside a phrase the
    rules took for a bare role (``जल संस्थान के अधिशासी अभियंता नरेश पंत`` -> person ``नरेश पंत``)
    and finds a person in subject position without ने in the sentence before a pronoun.
    Fuller names, role holders, nicknames and organisations are the rules' answers."""

    def __init__(self, nlp: Language, text: str) -> None:
        super().__init__(text)
        self.nlp = nlp
        self._regions: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        #: While recording, questions are answered "no entities" and their sentences noted
        #: for :meth:`prefetch`.
        self.recording = False
        self._wanted: dict[tuple[int, int], None] = {}
        #: Questions answered while recording whose answer read the model, with that answer.
        self._asked: list[tuple[Callable[..., Any], tuple[Any, ...], Any]] = []
        self._read_model = False

    def classify(self, tokens: list[Token]) -> Mention:
        return self._ask(self._classify, tokens)  # type: ignore[no-any-return]

    def subjects(self, start: int, end: int) -> list[tuple[int, str]]:
        """People named at the start of a sentence in ``text[start:end]`` (subject position,
        with or without ने): the antecedents a later उन्होंने or वे can point to."""
        return self._ask(self._subjects, start, end)  # type: ignore[no-any-return]

    def answers_changed(self) -> bool:
        """Whether any question asked while recording gets another answer now that the
        model has read its sentences. If none does, the recording pass asked the same
        questions and got the same answers as a second pass would: its result is final
        (true for 99% of the benchmark's articles)."""
        return any(question(*args) != answer for question, args, answer in self._asked)

    def _ask(self, question: Callable[..., Any], *args: Any) -> Any:
        if not self.recording:
            return question(*args)
        outer, self._read_model = self._read_model, False
        answer = question(*args)
        if self._read_model:
            self._asked.append((question, args, answer))
        self._read_model = outer
        return answer

    def _classify(self, tokens: list[Token]) -> Mention:
        rules = classify_mention(tokens)
        if rules.kind not in ("role", "document"):
            # Pronouns, organisations and names the rules delimit need no model (and most
            # speaker phrases are of these kinds, so the model rarely runs here).
            return rules
        if all(t.text in _LEXICON_WORDS for t in tokens):
            # Every word is a title, role, function word or organisation head the lexicon
            # knows (एक वरिष्ठ अधिकारी, पुलिस प्रवक्ता): no name for the model to find.
            return rules
        if rules.kind == "role" and not _may_end_name(tokens[-1].text):
            # Whatever the model finds in a role phrase is used only if it runs to the
            # phrase's end, and this phrase ends in a group, a number or a word the lexicon
            # knows (गांव के लोगों, 3.8 लाख अभ्यर्थियों, स्कूल के प्रधानाचार्य): a plural
            # surname (ढिल्लों ने कहा) is the rules' (full-name lookup in the resolver).
            return rules
        entities = [
            e
            for e in self._entities(rules.start, rules.end)
            if rules.start <= e[0] and e[1] <= rules.end
        ]
        persons = [e for e in entities if e[2] == "PERSON"]
        if persons and rules.kind == "role":
            # The rules took the phrase for a bare role or an unnamed person, but the model
            # sees a name in it: the name runs from the model's start to the phrase's end.
            start = persons[-1][0]
            name = strip_titles(self.text[start : rules.end])
            if any(w in lexicon.GENITIVE_MARKERS for w in name.split()):
                # बलजीत कौर की मां: someone related to the person the model found, unnamed.
                name = ""
            if name:
                role_words = [
                    w
                    for w in self.text[rules.start : start].split()
                    if w not in lexicon.GENITIVE_MARKERS
                ]
                return Mention(rules.start, rules.end, "person", name, " ".join(role_words) or None)
        organizations = [e for e in entities if e[2] == "ORGANIZATION"]
        if organizations and (
            rules.kind == "role"
            or self.text[organizations[-1][0] : organizations[-1][1]].split()[-1]
            in lexicon.ORGANIZATION_HEADS
        ):
            start, end, _ = organizations[-1]
            if end == rules.end:
                return Mention(rules.start, rules.end, "organization", self.text[start:end])
        if rules.kind == "document" and rules.name is None and organizations:
            start, end, _ = organizations[-1]
            return Mention(rules.start, rules.end, "document", self.text[start:end])
        return rules

    def _subjects(self, start: int, end: int) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        # Only the last sentence before the pronoun: further back, the rules' salience (the
        # last speaker or ने subject) was right more often than the model (measured on the
        # development parts).
        found += self._sentence_subject(last_sentence_start(self.text, start, end), end)
        # The rules' person introduced by a role in the last sentence, where the model
        # found nobody there.
        for at, who in super().subjects(start, end):
            if not found or at > found[-1][0]:
                found.append((at, who))
        return found

    def _sentence_subject(self, start: int, end: int) -> list[tuple[int, str]]:
        sentence = self.text[start:end]
        if not sentence.strip() or any(mark in sentence[:2] for mark in '"“”'):
            return []
        if sentence.lstrip().startswith(headlines.CLUTTER_PREFIXES):
            return []  # यह भी पढ़ें: … : नेता X: a link to another story names no antecedent
        # The subject comes first in a Hindi sentence; a name within its first few words,
        # after any time or place adverbial, is taken as the subject.
        head_end = start + min(len(sentence), _SUBJECT_WINDOW)
        # People named inside a quotation (गहलोत जी ने कहा, "भरत सिंह जी को …") are not
        # the sentence's subject.
        quote_at = QUOTE_MARK.search(self.text, start, head_end)
        if quote_at is not None:
            head_end = quote_at.start()
        if patterns.ERGATIVE_NE.search(self.text, start, head_end):
            # The subject is the ने phrase, which the rules observe; a person the model tags
            # elsewhere in the sentence is an object or a genitive (… सलीम अंसारी है, जिसे
            # पुलिस ने दबोचा), and the model need not read it.
            return []
        for ent_start, ent_end, label in self._entities(start, min(end, head_end)):
            if label == "PERSON" and start <= ent_start < head_end:
                name = strip_titles(self.text[ent_start:ent_end])
                following = self.text[ent_end : ent_end + 12].split()[:1]
                if following and following[0] in particles.NOT_AFTER_SUBJECT - {particles.NE}:
                    continue  # बलजीत कौर की मां: the person is not the subject
                if name and self._plausible_name(name):
                    return [(ent_start, name)]
        return []

    def _plausible_name(self, name: str) -> bool:
        """A PERSON the model finds without a ने after it is taken as an antecedent only if
        every word can be in a name and a single word is written in full somewhere in the
        article (the model also tags places and common nouns at a sentence's start)."""
        words = name.split()
        if not all(name_like(w) or w in lexicon.MIDDLE_NAMES for w in words):
            return False
        return len(words) > 1 or self.full_name(name) is not None

    def prefetch(self) -> None:
        """Run the model once, batched, over every sentence noted while recording."""
        regions = [r for r in self._wanted if r not in self._regions]
        self._wanted.clear()
        texts = [self.text[start:end] for start, end in regions]
        for (start, _), doc in zip(regions, self.nlp.pipe(texts), strict=True):
            self._regions[(start, _)] = [
                (start + e.start_char, start + e.end_char, e.label_) for e in doc.ents
            ]

    def _entities(self, start: int, end: int) -> list[tuple[int, int, str]]:
        region = self._region(start, end)
        cached = self._regions.get(region)
        if cached is None:
            if self.recording:
                self._read_model = True
                self._wanted[region] = None
                return []
            doc = self.nlp(self.text[region[0] : region[1]])
            cached = [
                (region[0] + e.start_char, region[0] + e.end_char, e.label_) for e in doc.ents
            ]
            self._regions[region] = cached
        return cached

    def _region(self, start: int, end: int) -> tuple[int, int]:
        """``start:end`` with a few words of its sentence on either side: what the model
        needs to delimit a name there (its tagger looks a few words around each word), and
        no more, since its cost grows with every word it reads."""
        text = self.text
        left = max(0, start - _MAX_REGION // 2)
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, left, start)]
        region_start = breaks[-1] if breaks else left
        following = SENTENCE_BREAK.search(text, end, min(len(text), end + _MAX_REGION // 2))
        region_end = following.end() if following else min(len(text), end + _MAX_REGION // 2)
        before = text[region_start:start].split(" ")
        if len(before) > _CONTEXT_BEFORE + 1:
            kept = before[-_CONTEXT_BEFORE - 1 :]  # the words, then the part next to start
            region_start = start - sum(len(w) + 1 for w in kept) + 1
        after = text[end:region_end].split(" ")
        if len(after) > _CONTEXT_AFTER + 1:
            region_end = end + sum(len(w) + 1 for w in after[: _CONTEXT_AFTER + 1]) - 1
        return region_start, region_end
