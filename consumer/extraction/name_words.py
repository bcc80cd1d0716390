"""Which words can belong to a name, and where a name begins and ends in running text:
name-like words, titles to strip, given names and surnames read forwards and backwards,
sentence and clause breaks. Rules only; :mod:`.rule_names` and :mod:`.model_names` build on it."""

from __future__ import annotations

import functools
import re
import unicodedata

from consumer.extraction import lexicon
from consumer.extraction.lang import name_parts, particles, stop_words
from consumer.extraction.lang.punctuation import LETTER
from consumer.extraction.mentions import oblique_plural
from consumer.extraction.text import ZERO_WIDTH
from consumer.extraction.wordsets import Words

__all__ = [
    "NOT_NAME_WORDS",
    "SENTENCE_BREAK",
    "after_last_non_org_word",
    "break_at",
    "first_sentence",
    "forward_name_words",
    "given_name",
    "is_short_form",
    "last_break",
    "last_sentence_start",
    "name_after",
    "name_like",
    "org_word",
    "strip_titles",
    "trailing_name_words",
    "whole_word",
]


SENTENCE_BREAK = re.compile(r"[।?!॥\n]|\.(?=\s)")


# Where a name cannot run on: a sentence or line end, a clause mark, a bracket, a quote mark,
# or a dash with a space after it (… पसंद नहीं- मेनका).
_NAME_BREAK = re.compile(r"[।?!॥\n,;:|()\"“”‘’]|\.(?=\s)|[-–—](?=\s)|\s[-–—]")

# Characters before a pronoun searched for the sentence that introduces its antecedent.
_LAST_SENTENCE_REACH = 400


def forward_name_words(after: list[str]) -> list[str]:
    """The words after a name that continue it (at most two): सुमित्रा देवी अहिरवार, जिन्हें …"""
    forward: list[str] = []
    for index, written in enumerate(after[:2]):
        word = written.rstrip(",;")  # सुमित्रा देवी अहिरवार, जिन्हें …
        if not (name_like(word) or word in lexicon.MIDDLE_NAMES) or (
            word in stop_words.NOT_AFTER_NAME
        ):
            break
        if oblique_plural(word) and after[index + 1 : index + 2] != [particles.NE]:
            break  # पूनम किसानों से मिलीं; but कुलविंदर कौर सेखों ने
        forward.append(word)
        if word != written:
            break
    if forward and _verb_before_auxiliary(after, len(forward)):
        forward.pop()  # सुगिया बारला करती हैं: the verb is not part of the name
    if len(forward) > 1 and not _middle_or_initial(forward[0]):
        forward = forward[:1]  # रामसजीवन पटेल | खेतिहर मजदूर हैं
    return forward


def given_name(name: str, forward: list[str], after: list[str]) -> bool:
    """Whether ``name`` followed by ``forward`` is a given name finished by a surname: a
    middle name on either side (पार्वती देवी | रावत, कुलविंदर | कौर सेखों), or the words end
    where the subject does (… सेखों ने)."""
    if name.split()[-1] in lexicon.MIDDLE_NAMES or forward[0] in lexicon.MIDDLE_NAMES:
        return True
    return after[len(forward) : len(forward) + 1] == [particles.NE]


def last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of ``text[start:end]`` begins. Only the text just before
    ``end`` is scanned: reading from ``start`` for every pronoun of a long paragraph was
    quadratic."""
    position = max(start, end - _LAST_SENTENCE_REACH)
    for match in SENTENCE_BREAK.finditer(text, position, end):
        if text[match.end() : end].strip():
            position = match.end()
    return position


def first_sentence(text: str) -> str:
    """``text`` up to its first sentence end; the dot of an abbreviation (प्रो., डॉ., के.)
    does not end a sentence."""
    for match in SENTENCE_BREAK.finditer(text):
        if match.group() == ".":
            word = (
                text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
            )
            if 0 < len(word) <= 5 and word not in lexicon.AUXILIARIES:
                continue  # प्रो., डॉ., के.; but "… है." ends the sentence
        return text[: match.start()]
    return text


def name_after(following: list[str], plain: str = "") -> list[str]:
    """The name that starts ``following`` (the words after a role): two words, or up to four
    with middle names or initials, never the verb before an auxiliary."""
    while following and following[0] in lexicon.TITLES and following[0].endswith("."):
        following = following[1:]  # कुलपति प्रो. सुधीर कुमार चतुर्वेदी
    words: list[str] = []
    for word in following[:4]:
        bare = word.rstrip(",")
        if not (name_like(bare) or (words and bare in lexicon.MIDDLE_NAMES)):
            break  # (कुमारी after a given name is a name: पीड़िता की मां वसंता कुमारी)
        words.append(bare)
        if bare != word:
            break  # डिप्टी मेयर संजीव विजयवर्गीय, सीईओ …: a comma ends the name
    if len(words) > 1 and _before_auxiliary(following, len(words)):
        # जल सहिया सुगिया बारला करती हैं: before an auxiliary stands the verb.
        words.pop()
    # Two words, one more after each middle name or initial (हरजीत सिंह सोढ़ी, के. एस. नेगी,
    # कमला देवी पाल | रोज), or after मोहम्मद …: मनोज तिवारी | मौके पर पहुंचे.
    keep = min(2, len(words))
    while (
        keep < len(words)
        and (
            _middle_or_initial(words[keep - 1]) or (keep == 2 and words[0] in lexicon.NAME_PREFIXES)
        )
        # विजय पाल सिंह | मौके पर पहुंचे: a word before पर or में is a place, not a name.
        and not (keep + 1 < len(following) and following[keep + 1] in particles.PLACE_POSTPOSITIONS)
    ):
        keep += 1
    if (
        keep == 2
        and len(words) > 2
        and plain
        and _named_again(words[2], plain)
        # (not पहलवान रवि दहिया रजत पदक …: the word is named again with the noun after it)
        and not (len(following) > 3 and _named_again(f"{words[2]} {following[3]}", plain))
    ):
        keep = 3  # विजय लक्ष्मी रावत where the article names रावत again
    return words[:keep]


def _middle_or_initial(word: str) -> bool:
    """सिंह, कुमार …, or an initial (के.): a name goes on after it."""
    return word in lexicon.MIDDLE_NAMES or (word.endswith(".") and len(word) <= 4)


def _verb_before_auxiliary(words: list[str], index: int) -> bool:
    """Whether ``words[index - 1]`` is a verb form and ``words[index]`` its auxiliary
    (सुगिया बारला करती हैं), not a name before a copula (सुधा रानी मरांडी हैं)."""
    return _before_auxiliary(words, index) and words[index - 1].endswith(particles.VERB_ENDINGS)


def _before_auxiliary(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is an auxiliary (है, हैं, था …), punctuation aside."""
    return index < len(words) and words[index].rstrip("।॥.,;!?") in lexicon.AUXILIARIES


def _devanagari_word(word: str, *, extra: str) -> bool:
    """Devanagari letters and marks only (no danda, digits or quote marks), plus ``extra``."""
    return (
        bool(word)
        and any("\u0900" <= ch <= "\u097f" for ch in word)  # not a bare "-" or "."
        and all(
            ch in extra or ("\u0900" <= ch <= "\u097f" and unicodedata.category(ch)[0] in "LM")
            for ch in word
        )
    )


def trailing_name_words(words: list[str], *, limit: int) -> list[str]:
    """The name-like words at the end of ``words`` (at most ``limit``)."""
    kept: list[str] = []
    for word in reversed(words[-limit:]):
        if not name_like(word):
            break
        kept.insert(0, word)
    return kept


@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=1024)
def _named_again(word: str, plain: str) -> bool:
    """Whether ``word`` stands in ``plain`` more than once. Remembered: a sentence of every
    pronoun asks again about the same article (the key's hash is the string's own, computed
    once), so a long article stays linear."""
    return len(whole_word(word).findall(plain)) > 1


def whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!{LETTER}){re.escape(word)}(?!{LETTER})")


def after_last_non_org_word(words: list[str]) -> list[str]:
    """The name starts after the last word that cannot be in it (… स्थित, … गई।)."""
    cut = max((i + 1 for i, w in enumerate(words) if not org_word(w)), default=0)
    return words[cut:]


def org_word(word: str) -> bool:
    """A word that can stand inside an organisation's name: राज्य, उपभोक्ता, एशिया-प्रशांत."""
    return _devanagari_word(word, extra="-") and word not in _FUNCTION_WORDS


def name_like(word: str) -> bool:
    """A word that can be part of a personal name: not a function word, title or honorific,
    nor a verb or participle (लौटीं, हंसकर)."""
    return (
        _devanagari_word(word, extra="-.")
        # बोले- सरकार …: a word glued to a dash ends a sentence's subject, it names nobody;
        # -सीएम योगी …: a dash glued before a word opens the next item of a headline list.
        and not word.endswith("-")
        and not word.startswith("-")
        and word not in NOT_NAME_WORDS
        and word not in lexicon.PARTICIPLES
        and not word.endswith(particles.FEMININE_PLURAL_ENDING)
        and not _reduplicated(word)
    )


def _reduplicated(word: str) -> bool:
    """बार-बार, धीरे-धीरे, घर-घर: an adverb, not a name."""
    first, dash, second = word.partition("-")
    return bool(dash) and (first == second or first[:2] == second[:2])


#: Words of cues that are also given names (मेयर आशा लकड़ा, कवि कुमार विश्वास): never
#: a cue's word inside a name run, since a cue follows its ने.
_GIVEN_NAMES_IN_CUES = frozenset({"आशा", "विश्वास", "संकेत"})

_CUE_WORDS = frozenset(w for cue in lexicon.CUES for w in cue.split()) - _GIVEN_NAMES_IN_CUES

# Words that never stand inside a name of a person or an organisation.
_FUNCTION_WORDS = Words(
    lexicon.SPEAKER_STOPS
    | lexicon.POSTPOSITIONS
    | lexicon.PRONOUNS
    | lexicon.AUXILIARIES
    | lexicon.COMPLEMENTIZERS
    | lexicon.INDEFINITES
    | _CUE_WORDS
)

NOT_NAME_WORDS = Words(
    _FUNCTION_WORDS
    | lexicon.TITLES
    | lexicon.GENITIVE_MARKERS
    | lexicon.HONORIFIC_SUFFIXES
    | lexicon.MANNER_OBJECTS
    | stop_words.PREDICATE_ADJECTIVES
    # जिलाधिकारी शंभू कुमार व पुलिस अधीक्षक …: a conjunction joins two names, it ends one
    | particles.JOINING_CONJUNCTIONS
    # मैं, हम, आप …: first- and second-person words stand in no one's name (… है। आप कोर्ट
    # का समय बर्बाद कर रहे हैं: not a person "आप कोर्ट").
    | particles.SPEAKER_VOICE
)


def strip_titles(name: str) -> str:
    words = name.translate(ZERO_WIDTH).split()
    while words and (words[0] in lexicon.TITLES or words[0] in lexicon.GENITIVE_MARKERS):
        words = words[1:]
    while words and words[-1] in lexicon.HONORIFIC_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _breaks(text: str) -> list[re.Match[str]]:
    """Places in ``text`` where a name cannot run on; the dot of an initial or a title
    (आर. वेंकटरमण, डॉ. मीना) is not one."""
    found = []
    for match in _NAME_BREAK.finditer(text):
        if match.group() == ".":
            word = (
                text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
            )
            if (
                word in lexicon.INITIALS
                or f"{word}." in lexicon.DOTTED_ABBREVIATIONS
                or "." in word
            ):
                continue
        found.append(match)
    return found


def break_at(text: str) -> int:
    """Offset just after the first place in ``text`` where a name cannot run on (its length
    if none)."""
    found = _breaks(text)
    if not found:
        return len(text)
    if found[0].group() == "\n":
        return found[0].start()  # सुनीता सिंह⏎आइडियल इंडिया न्यूज़: the next line is not read on
    # The marks stay on the word before them (होगी," or उठाएं?), which then reads as no name.
    space = re.compile(r"\s").search(text, found[0].end())
    return space.start() if space else len(text)


def last_break(text: str) -> int:
    """Offset just after the last place in ``text`` where a name cannot run on (0 if none)."""
    found = _breaks(text)
    return found[-1].end() if found else 0


def is_short_form(word: str) -> bool:
    """Whether ``word`` spells Latin letters (सीएमएस, सीपीआरओ, ईडी): a short form of an office
    or a body, not a personal name.

    >>> is_short_form("सीएमएस"), is_short_form("सीमा")
    (True, False)
    """
    position, letters = 0, 0
    while position < len(word):
        for letter in name_parts.LETTER_NAMES:
            if word.startswith(letter, position):
                position += len(letter)
                letters += 1
                break
        else:
            return False
    return letters >= 2
