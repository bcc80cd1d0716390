"""Keys of a quotation's words: the same for the same quotation printed by different outlets.

Pure functions, no state but bounded caches. :func:`quote_words` folds a quotation to its
words (Unicode normalised, spelling variants folded, punctuation, quote marks and spacing
ignored; the folds are data in :mod:`consumer.extraction.lang.spelling`):

>>> quote_words('"हम पीछे नहीं हटेंगे।"') == quote_words("‘हम पीछे नहीं हटेँगे’")
True

:func:`fingerprint` hashes those words: equal fingerprints mean the same words. :func:`near_keys`
gives the keys of a quotation trimmed or lightly edited by another outlet: two quotations
that share a run of content words (a clipped end, a headline made of one clause, one changed
word in a long quotation) share at least one key; a quotation and its negation share none.
docs/identity.md has the rules and the figures.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import cast

from consumer.extraction import claim_keys as claim
from consumer.extraction.lang.function_words import (
    ANCHORS,
    AUXILIARIES,
    BINDING_MARKERS,
    CLAUSE_WORDS,
    COMPOUND_STEMS,
    FUNCTION_WORDS,
    INSTEAD_OF,
    LIGHT_VERBS,
    NEGATIONS,
    PASSIVE_WORDS,
    POSTPOSITION_NOUNS,
    ROLE_MARKERS,
)
from consumer.extraction.lang.spelling import (
    CHARACTER_FOLDS,
    CLAUSE_BREAK,
    FINAL_VIRAMA,
    FUTURE_ENDINGS,
    HALF_NASAL,
    INFLECTION_ENDINGS,
    NEAR_SYNONYMS,
    VARIANT_ENDINGS,
    VARIANT_WORDS,
    WORD,
)

__all__ = [
    "NOMINAL_RUN",
    "SHINGLE_WORDS",
    "SHORT_PART",
    "WINDOW",
    "FoldedQuote",
    "fingerprint",
    "fold_quote",
    "fold_text",
    "fold_word",
    "forget",
    "near_form",
    "near_keys",
    "quote_words",
]

_CHARACTERS = str.maketrans(CHARACTER_FOLDS)

#: Content words per shingle. Four content words span six to eight printed words: a run that
#: long, shared word for word, is the same quotation; three-word runs are stock phrases
#: (सरकार किसानों साथ) that different claims on one topic share.
SHINGLE_WORDS = 5

#: Winnowing window (shingles): of every WINDOW consecutive shingles the smallest hash is a
#: key, so any run of SHINGLE_WORDS + WINDOW - 1 content words shared by two quotations gives
#: both the same key, while a quotation carries about 2 / (WINDOW + 1) of its shingles.
WINDOW = 1

#: Content words a part of a clause needs for a key of its own when it is shorter than a
#: shingle: two-word parts (सरकार बनाएगी) are said by too many different people.
SHORT_PART = 3

#: Nouns and adjectives (content words that are not verbs) at the end of a part of a clause
#: that make its nominal key: a headline that moves, changes or drops the verb (हर आंगनबाड़ी
#: केंद्र में मिलेगा गर्म खाना, पुराने डीजल वाहनों पर अगले महीने से रोक) keeps them in order.
NOMINAL_RUN = 4

# Each printed word's folded form, each folded word's form after the word rules, and each
# folded word's 64-bit hash and role in the near keys (news repeats its words; all bounded:
# cleared when they grow past _CACHE_MAX).
# A word's claim token (:mod:`.claim_keys`): its kind, item hash and stem hash (or tag).
_Claim = tuple[int, int, int]
_Info = tuple[str, int, int, int, _Claim]
_PRINTED: dict[str, _Info] = {}
_FOLDED: dict[str, str] = {}
_WORD_HASH: dict[str, tuple[int, int, int, _Claim]] = {}
_SALTS: dict[int, int] = {}
_CACHE_MAX = 100_000
_MASK = (1 << 64) - 1
# Odd multipliers of the shingle and negation mixing (from the golden ratio and a prime).
_MIX = 0x9E3779B97F4A7C15
_NEGATION_SALT = 0xC2B2AE3D27D4EB4F
_CLAUSE_NEGATION_SALT = 0x165667B19E3779F9
_NOMINAL_SALT = 0x27D4EB2F165667C5
# What the rolling hash multiplies a shingle's first word by: taken out when it slides.
_DROP = pow(_MIX, SHINGLE_WORDS - 1, 1 << 64)
# A printed word, or (no group) a clause break: one pass over a quotation.
_TOKEN = re.compile(rf"({WORD.pattern})|{CLAUSE_BREAK.pattern}")
# Roles of a folded word in the near keys (and of a clause break, the empty token): a noun or
# adjective (nominal), a negation, a grammar word, a connective, a break, a light verb, a
# main verb, and the passive's forms of जाना (a grammar word or a light verb).
_CONTENT, _NEGATION, _GRAMMAR, _CONNECTIVE, _BREAK = 0, 1, 2, 3, 4
_LIGHT, _VERB, _GRAMMAR_PASSIVE, _LIGHT_PASSIVE = 5, 6, 7, 8
_BREAK_INFO: _Info = ("", 0, _BREAK, 0, (claim.CLAUSE_END, 0, 0))
_GRAMMAR_CLAIM = (claim.GRAMMAR, 0, 0)
_ENDS_PART = frozenset({_BREAK, _CONNECTIVE})
_FOLDED_OF = itemgetter(0)
_CLAIM_OF = itemgetter(4)
_PASSIVE = frozenset({_LIGHT_PASSIVE, _GRAMMAR_PASSIVE})
# Final vowel signs of gender and number dropped by :func:`near_form` (खड़ी, खड़े: खड़).
_GENDER_SIGNS = ("ा", "ी", "े")
# Perfective endings of a participle before the passive (चलाई जाएंगी, बनाए गए, खोले जाएंगे).
_PARTICIPLE_ENDINGS = ("ाई", "ाए", "ाया", "ी", "े", "ा", "ईं", "ई", "ए", "या")
_PRINTED[""] = _BREAK_INFO


def fold_text(text: str) -> str:
    """NFKC, the character folds and the half-nasal fold over a whole text: नरेन्द्र -> नरेंद्र."""
    return HALF_NASAL.sub("\u0902", unicodedata.normalize("NFKC", text).translate(_CHARACTERS))


def fold_word(word: str) -> str:
    """One word of :func:`fold_text`'s output: variant endings, a final virama, variant words
    and Latin case folded: गये -> गए, जगत् -> जगत, एवम् -> एवं, BJP -> bjp."""
    folded = _FOLDED.get(word)
    if folded is not None:
        return folded
    result = word.casefold()
    if result.endswith(FINAL_VIRAMA) and len(result) > 2:
        result = result[:-1]
    for variant, replacement in VARIANT_ENDINGS:
        if result.endswith(variant) and len(result) > len(variant):
            result = result[: -len(variant)] + replacement
            break
    result = VARIANT_WORDS.get(result, result)
    if len(_FOLDED) >= _CACHE_MAX:
        _FOLDED.clear()
    _FOLDED[word] = result
    return result


@dataclass(frozen=True, slots=True)
class FoldedQuote:
    """A quotation's folded words, and what :func:`near_keys` reads: the hashes of its content
    words (grammar words skipped), the part of a clause each stands in (numbered through the
    quotation; a clause runs between punctuation marks: commas, dandas, dashes; a part of
    it between connectives such as और), the salt of each (its part's and its clause's
    negations and its part's predicate), the keys that are not shingles (``extra``: short
    parts, nominal keys) and, for a quotation of one part, what turns its last shingle into
    its headline key (``headline``: the other salt xor its own; 0 otherwise), and the parts
    whose keys must bind their roles (``bindings``: :func:`_roles`)."""

    words: tuple[str, ...]
    content: tuple[int, ...] = ()
    content_parts: tuple[int, ...] = ()
    salts: tuple[int, ...] = ()
    extra: tuple[int, ...] = ()
    headline: int = 0
    # (first content word, end, roles salt, the phrases' (start, end)) per part with roles
    bindings: tuple[tuple[int, int, int, tuple[tuple[int, int], ...]], ...] = ()


def _fold_printed(word: str) -> _Info:
    """A printed word folded (:func:`fold_text` and :func:`fold_word`), with the hash, role
    and verb stem of the folded word; remembered. The empty token is a clause break."""
    if not word:
        return _BREAK_INFO
    folded = "".join(fold_word(w) for w in WORD.findall(fold_text(word)))
    value, role, stem, token = _word_hash(folded) if folded else (0, _GRAMMAR, 0, _GRAMMAR_CLAIM)
    if len(_PRINTED) >= _CACHE_MAX:
        _PRINTED.clear()
        _PRINTED[""] = _BREAK_INFO
    known = _PRINTED[word] = (folded, value, role, stem, token)
    return known


def _salt(own: int, clause: int, predicate: int) -> int:
    """What a key hashes besides its words: the negations of its part (``own``) and of its
    clause, and its predicate (or verb); mixed, and remembered (predicates repeat)."""
    seed = ((own + 1) * _NEGATION_SALT + clause * _CLAUSE_NEGATION_SALT ^ predicate) & _MASK
    salt = _SALTS.get(seed)
    if salt is None:
        if len(_SALTS) >= _CACHE_MAX:
            _SALTS.clear()
        salt = _SALTS[seed] = _mix(seed)
    return salt


def _run_hash(values: Sequence[int]) -> int:
    rolling = 0
    for value in values:
        rolling = (rolling * _MIX + value) & _MASK
    return rolling


def _part_keys(
    parts: Sequence[tuple[int, int, int, int, list[int], int, int]], content: Sequence[int]
) -> tuple[list[int], list[int], list[int]]:
    """The part of each content word, its salt (its part's negations, its clause's, its
    part's predicate) and the keys that are not shingles: a short part's and the nominal
    keys; for a quotation of one part, first, what turns its last shingle into its headline
    key: the shingle salted as if its clause had one negation more (a headline taken from
    a clause whose other part is negated)."""
    if len(parts) == 1:  # the usual case: no other part, no other clause
        _, count, last, verb, found, _, size = parts[0]
        salt = _salt(count, count, last)
        keys = [salt ^ _salt(count, count + 1, last)]  # the headline key's salt, less the run's
        if len(found) >= NOMINAL_RUN:
            keys.append(_run_hash(found[-NOMINAL_RUN:]) ^ _salt(count, count, verb ^ _NOMINAL_SALT))
        return [0] * size, [salt] * size, keys
    per_clause: dict[int, int] = {}
    for clause, count, _, _, _, _, _ in parts:
        per_clause[clause] = per_clause.get(clause, 0) + count
    content_parts: list[int] = []
    salts: list[int] = []
    keys = []
    for at, (clause, count, last, verb, found, start, end) in enumerate(parts):
        total = per_clause[clause]
        salt = _salt(count, total, last)
        size = end - start
        content_parts += [at] * size
        salts += [salt] * size
        if SHORT_PART <= size < SHINGLE_WORDS:
            keys.append(_run_hash(content[start:end]) ^ salt)
        if len(found) >= NOMINAL_RUN:
            keys.append(_run_hash(found[-NOMINAL_RUN:]) ^ _salt(count, total, verb ^ _NOMINAL_SALT))
    return content_parts, salts, keys


def fold_quote(text: str) -> FoldedQuote:
    """The folded words of a quotation, in order (the near keys' content words, parts,
    salts and nominal keys are gathered from the same look-ups)."""
    printed = _PRINTED
    tokens = _TOKEN.findall(text)
    looked_up = list(map(printed.get, tokens))
    # Every token seen before (the usual case): no None in the list.
    infos = (
        cast(list[_Info], looked_up)
        if None not in looked_up
        else [
            i if i is not None else _fold_printed(t) for t, i in zip(tokens, looked_up, strict=True)
        ]
    )
    words = tuple(filter(None, map(_FOLDED_OF, infos)))
    content: list[int] = []
    # One entry per part of a clause with content words: its clause, negations, predicate
    # (last content word that is not a light verb), verb stem, nominal words and the indexes
    # of its first content word and of the next part's.
    parts: list[tuple[int, int, int, int, list[int], int, int]] = []
    clause = negations = predicate = verb = start = 0
    nominals: list[int] = []
    # The part's phrases before ने, को and पर: each its tag xor its words' hash, and where
    # it stands; the current phrase (the content words since the last grammar word) starts
    # at ``phrase``.
    marked: list[tuple[int, int, int]] = []  # (tag, first, end) of each role phrase
    phrase = 0
    agent = False
    bindings: list[tuple[int, int, int, tuple[tuple[int, int], ...]]] = []
    # The stem of a nominal that may be a participle (it ends in a vowel sign) when it is
    # the token just before: a passive form of जाना after it makes it the verb.
    participle = 0
    previous = 0  # where the phrase before the last grammar word starts
    for folded, value, role, stem, _ in infos:
        if role == _GRAMMAR:
            participle = 0
            if folded in _BINDING_TAGS and phrase < len(content):
                marked.append((_BINDING_TAGS[folded], phrase, len(content)))
                agent = agent or folded == _AGENT
            previous, phrase = phrase, len(content)
            continue
        if folded in INSTEAD_OF and previous < phrase == len(content):
            marked.append((_INSTEAD_TAG, previous, phrase))  # समीर की जगह: before की
            agent = True
        if role == _CONTENT:
            content.append(value)
            predicate = value
            nominals.append(value)
            participle = stem
            continue
        if role in _ENDS_PART:
            if len(content) > start:
                end = len(content)
                verb = _bind(bindings, agent, marked, (start, end), nominals, content, verb)
                parts.append((clause, negations, predicate, verb, nominals, start, end))
                negations = predicate = verb = 0
                nominals = []
                start = end
            marked = []
            agent = False
            previous = phrase = len(content)
            clause += role == _BREAK
            participle = 0
            continue
        if role != _GRAMMAR_PASSIVE:
            content.append(value)
            if role == _VERB:
                predicate, verb = value, stem
            elif role == _NEGATION:
                predicate = value
                negations += 1
        if participle and role in _PASSIVE:  # जाना's passive right after a participle
            nominals.pop()
            verb = participle
        participle = 0
    if len(content) > start:
        end = len(content)
        verb = _bind(bindings, agent, marked, (start, end), nominals, content, verb)
        parts.append((clause, negations, predicate, verb, nominals, start, len(content)))
    if len(content) < 2:
        return FoldedQuote(words, tuple(content), (0,) * len(content), (0,) * len(content))
    content_parts, word_salts, extra = _part_keys(parts, content)
    headline = extra.pop(0) if len(parts) == 1 else 0
    if len(content) >= claim.CLAIM_MIN:
        extra += claim.claim_keys(list(map(_CLAIM_OF, infos)))
    return FoldedQuote(
        words,
        tuple(content),
        tuple(content_parts),
        tuple(word_salts),
        tuple(extra),
        headline,
        tuple(bindings),
    )


def _bind(
    bindings: list[tuple[int, int, int, tuple[tuple[int, int], ...]]],
    agent: bool,
    marked: Sequence[tuple[int, int, int]],
    part: tuple[int, int],
    nominals: Sequence[int],
    content: Sequence[int],
    verb: int,
) -> int:
    """If the ``part`` (its first content word and end) binds its roles (an ``agent`` and
    another role phrase), record it, and return the verb salt of its nominal key: with the
    roles unless its run (the last NOMINAL_RUN ``nominals``, found back from the part's end
    in ``content``) holds a whole role phrase; else ``verb`` as it is."""
    if not agent or len(marked) < 2:
        return verb
    start, end = part
    roles = _roles([tag ^ _run_hash(content[low:high]) for tag, low, high in marked])
    ranges = tuple((low, high) for _, low, high in marked)
    bindings.append((start, end, roles, ranges))
    if len(nominals) >= NOMINAL_RUN:
        # where the run stands: its words found back from the part's end, in order
        wanted = list(nominals[-NOMINAL_RUN:])
        at, last = end, end - 1
        while wanted and at > start:
            at -= 1
            if content[at] == wanted[-1]:
                if len(wanted) == NOMINAL_RUN:
                    last = at
                wanted.pop()
        if not _holds_phrase(at, last + 1, ranges):
            verb ^= roles
    return verb


def _holds_phrase(first: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether the content words from ``first`` to ``end`` hold the whole of a role phrase."""
    return any(first <= low and high <= end for low, high in ranges)


def forget() -> None:
    """Empty every cache of folded words (for the benchmark's everything-new case)."""
    _PRINTED.clear()
    _PRINTED[""] = _BREAK_INFO
    _FOLDED.clear()
    _WORD_HASH.clear()
    _SALTS.clear()


def quote_words(text: str) -> tuple[str, ...]:
    """The folded words of a quotation, in order; marks, punctuation and spacing dropped."""
    return fold_quote(text).words


def fingerprint(words: Sequence[str]) -> str:
    """16 hex digits (BLAKE2b-64) of the folded words: the same for the same quotation printed
    with other marks, spacing or spelling variants; differs for any other word."""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def near_form(word: str) -> str:
    """A folded word as the near keys read it: a synonym folded, then its inflection
    (:data:`~consumer.extraction.lang.spelling.NEAR_SYNONYMS`, ``INFLECTION_ENDINGS``):
    निर्णयों -> फैसल, गाड़ियां -> गाड़, श्रद्धालुओं -> श्रद्धालु, बसें -> बस."""
    word = _SYNONYMS.get(word, word)
    for ending, replacement in INFLECTION_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= 2:
            word = word[: -len(ending)] + replacement
            break
    if word.endswith(_GENDER_SIGNS) and len(word) > 2:
        word = word[:-1]
    return word


# The synonym table in folded form (its words are written as printed: गाड़ी, folded गाडी).
_SYNONYMS = {
    fold_word(fold_text(word)): fold_word(fold_text(other)) for word, other in NEAR_SYNONYMS.items()
}


def _verb_stem(word: str) -> int:
    """The hash of a future-tense verb's stem (a causative ा dropped: चलाएंगे and चलेंगी both
    चल), 0 for any other word."""
    return _stem_hash(word, FUTURE_ENDINGS)


def _participle_stem(word: str) -> int:
    """The hash of a word's stem if the word may be a participle (चलाई, बनाए, खोले: a final
    vowel of the perfective), 0 otherwise; read only before a passive form of जाना."""
    return _stem_hash(word, _PARTICIPLE_ENDINGS)


def _stem_hash(word: str, endings: tuple[str, ...]) -> int:
    """The hash of ``word`` without the first of ``endings`` it ends with (and a causative ा
    before it), keeping at least two letters; 0 when it ends with none."""
    if not word.endswith(endings):
        return 0
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            if stem.endswith("ा") and len(stem) > 2:
                stem = stem[:-1]
            return _hash64(stem)
    return 0


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _word_hash(word: str) -> tuple[int, int, int, _Claim]:
    """A folded word's 64-bit near-key hash (of :func:`near_form`), its role (nominal,
    negation, grammar, connective, light verb, main verb, passive), for a main verb or a
    possible participle its stem's hash, and its claim token (:func:`_claim_token`)."""
    value = _WORD_HASH.get(word)
    if value is None:
        if len(_WORD_HASH) >= _CACHE_MAX:
            _WORD_HASH.clear()
        stem = 0
        if word in CLAUSE_WORDS:
            role = _CONNECTIVE
        elif word in PASSIVE_WORDS:
            role = _LIGHT_PASSIVE if word in LIGHT_VERBS else _GRAMMAR_PASSIVE
        elif word in FUNCTION_WORDS:
            role = _GRAMMAR
        elif word in NEGATIONS:
            role = _NEGATION
        elif word in LIGHT_VERBS:
            role = _LIGHT
        elif stem := _verb_stem(word):
            role = _VERB
        else:
            role, stem = _CONTENT, _participle_stem(word)
        near = near_form(word)
        value = _WORD_HASH[word] = (_hash64(near), role, stem, _claim_token(word, near, role, stem))
    return value


# The tags of the words before ने and को in the claim keys.
_ROLE_TAGS = {marker: _hash64(f"role:{marker}") for marker in ROLE_MARKERS}
# The tags of the phrases that bind a part's roles in the other near keys (:func:`_roles`).
_BINDING_TAGS = {marker: _hash64(f"binding:{marker}") for marker in BINDING_MARKERS}
_INSTEAD_TAG = _hash64("binding:instead")
_AGENT = "ने"


def _roles(marked: Sequence[int]) -> int:
    """Who does what to whom in a part with an agent (a phrase before ने) and another phrase
    before ने, को or पर (``marked``: each its tag xor its words' hash): mixed and summed,
    since their order is free in Hindi. A key of the part that holds no whole role phrase
    (the nominal run, a shingle of the words after them: पत्र लिखा …) hashes it too, so
    राज्य ने केंद्र को पत्र लिखा and केंद्र ने राज्य को पत्र लिखा share no key; a key that
    holds one (दो संदिग्धों हिरासत …) does not, so a headline that drops the agent (चोरी के
    मामले में दो संदिग्ध हिरासत में) still meets its quotation."""
    return sum(map(_mix, marked)) & _MASK


def _claim_token(word: str, near: str, role: int, stem: int) -> _Claim:
    """A folded word as :mod:`.claim_keys` reads it: (kind, item hash, stem hash or tag)."""
    if word in ROLE_MARKERS:
        kind = claim.ROLE_ANCHOR if word in ANCHORS else claim.ROLE_MARKER
        return kind, _ROLE_TAGS[word], 0
    if word == "पर":
        return claim.ROLE_PHRASE, _BINDING_TAGS[word], 0
    if role == _CONTENT and word not in POSTPOSITION_NOUNS:
        kind = claim.COMPOUND_STEM if word in COMPOUND_STEMS else claim.ITEM
        return kind, _hash64(_claim_item(near)), stem
    if role == _VERB:
        return claim.MAIN_VERB, 0, stem
    if role in _PASSIVE:
        return claim.VERB_GROUP, 0, 1
    if role == _LIGHT:
        return claim.VERB_GROUP, 0, 0
    if role == _NEGATION:
        return claim.NEGATION, 0, 0
    if role == _CONNECTIVE:
        return claim.PART_END, 0, 0
    return (claim.VERB_GROUP if word in AUXILIARIES else claim.GRAMMAR), 0, 0


def _claim_item(near: str) -> str:
    """A near form as a claim item: an infinitive's stem, so that a verb made a noun reads as
    the verb (चलाने का फैसला, चलाएगा: चल; a final न dropped from every word, then a
    causative ा, never below two letters: योजना and योजनाएं are both योज)."""
    if near.endswith("न") and len(near) > 2:
        near = near[:-1]
        if near.endswith("ा") and len(near) > 2:
            near = near[:-1]
    return near


def _mix(value: int) -> int:
    """A 64-bit finaliser (splitmix64's): a salt unlike any word hash or sum of them."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


def _shingle_hashes(content: Sequence[int], salts: Sequence[int]) -> list[int]:
    """One hash per run of SHINGLE_WORDS content words (one over all of them if fewer), with
    the salt of the run's last word: a polynomial rolling hash over the word hashes (random
    64-bit values, so the sums are too), one step per shingle."""
    size = min(SHINGLE_WORDS, len(content))
    drop = _DROP  # used only for a full-size shingle
    rolling = 0
    for word in content[:size]:
        rolling = (rolling * _MIX + word) & _MASK
    hashes = [rolling ^ salts[size - 1]]
    for end in range(size, len(content)):
        rolling = ((rolling - content[end - size] * drop) * _MIX + content[end]) & _MASK
        hashes.append(rolling ^ salts[end])
    return hashes


def _bind_shingles(
    hashes: list[int],
    bindings: Sequence[tuple[int, int, int, tuple[tuple[int, int], ...]]],
    size: int,
) -> None:
    """Salt, with its part's roles, each shingle whose last word is in a part that binds
    its roles and that holds none of that part's role phrases whole (:func:`_roles`)."""
    for start, end, roles, ranges in bindings:
        for last in range(max(start, size - 1), end):
            first = last - size + 1
            if not _holds_phrase(first, last + 1, ranges):
                hashes[first] ^= roles


def _winnow(hashes: list[int]) -> set[int]:
    """The smallest hash of every WINDOW consecutive ones (Schleimer et al.'s winnowing)."""
    if WINDOW == 1:
        return set(hashes)
    if len(hashes) <= WINDOW:
        return {min(hashes)}
    return {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def near_keys(quote: FoldedQuote) -> tuple[str, ...]:
    """Near-duplicate keys (16 hex digits each, sorted) of a folded quotation.

    Grammar words are skipped (:data:`~consumer.extraction.lang.function_words.FUNCTION_WORDS`);
    the remaining content words (in their :func:`near_form`: synonyms of a short list and
    inflections folded) are cut into shingles of SHINGLE_WORDS and winnowed. Each shingle
    also hashes what its part of a clause claims: the negations in its part and in its
    clause (the words between punctuation marks), and its predicate, the last content word
    of its part (up to a connective such as और or कि) that is not a light verb. So a clause
    and its negation share no key, nor do two clauses that say different things about the
    same subject (आय दोगुनी होगी / आय दोगुनी करने का वादा जुमला था), while a headline made of
    one clause or one part of a quotation still shares its keys. Added to the shingles
    (``FoldedQuote.extra``): a key per short part, a nominal key per part (its last
    NOMINAL_RUN nouns and adjectives with its verb, wherever a headline puts the verb), and
    for a quotation of one part a headline key (its last shingle as if its clause had one
    negation more). A quotation of fewer than SHINGLE_WORDS content words has one shingle
    over all of them; one of fewer than two has no key (its fingerprint is all there is to
    match). docs/identity.md has the rules and the figures.
    """
    content, salts = quote.content, quote.salts
    if len(content) < 2:
        return ()
    hashes = _shingle_hashes(content, salts)
    if quote.bindings:
        _bind_shingles(hashes, quote.bindings, min(SHINGLE_WORDS, len(content)))
    keys = _winnow(hashes)
    keys.update(quote.extra)
    if quote.headline:
        keys.add(hashes[-1] ^ quote.headline)
    return tuple([h.to_bytes(8, "big").hex() for h in sorted(keys)])
