"""Order-free keys of what a part of a clause claims: a headline made of the end of a part,
with its words moved, reordered or turned around its verb, still meets the quotation.

Hindi sites shorten a body quotation into a headline: the subject, time and place at the
front go, the verb moves before its subject or the subject after the verb, a light verb is
dropped or changed (शुरू करेगी / शुरू होंगे, रद्द कर दिया गया है / रद्द):

    नगर पालिका अगले महीने से शहर के सभी पार्कों में सुबह योग शिविर शुरू करेगी।
    पार्कों में सुबह शुरू होंगे योग शिविर

A part's claim is read as its items: content words in their near form (an infinitive by its
stem), a main verb or a participle before a passive by its stem, a negation as one item;
grammar words, light and auxiliary verbs, the first verb of a compound light verb (कर
लेगा, ले ली) and the nouns of compound postpositions (के भीतर) are left out. The words
after its last verb group are moved to the front (a subject put after the verb goes back
before it). The last K items, for each K from :data:`CLAIM_MIN` to :data:`CLAIM_MAX`, are
hashed as a multiset (no order) with the part's and its clause's negations: each is a key.
Words before ने, को, से and "instead of" (के बजाय, की जगह) carry that postposition, so
swapped roles stay apart; a part with two main verbs (पहले सड़क बनेगी फिर नाली बनेगी) gets
no claim key, since its claims can be swapped. docs/identity.md has the rules and limits.

The tokens come from :func:`consumer.extraction.keys.fold_quote`, one ``(kind, item,
stem)`` per printed word, the kinds below computed once per word.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CLAIM_MAX",
    "CLAIM_MIN",
    "CLAUSE_END",
    "COMPOUND_STEM",
    "GRAMMAR",
    "ITEM",
    "MAIN_VERB",
    "NEGATION",
    "PART_END",
    "ROLE_ANCHOR",
    "ROLE_MARKER",
    "ROLE_PHRASE",
    "VERB_GROUP",
    "claim_keys",
]

#: Fewest items of a claim key. Three-item ends of a part (सरकार पत्र लिख) are shared by
#: different claims on one topic; four with the predicate are what a headline keeps at least
#: (शिक्षक भर्ती धांधली बर्दाश्त). Checked against the must-not-collide pairs and against every
#: pair of different quotations of the annotated corpus (docs/identity.md).
CLAIM_MIN = 5

#: Most items of a claim key: a headline longer than this shares a run of five content words
#: with its quotation (the shingles), and every further size is one more key per part.
CLAIM_MAX = 8

# Kinds of a printed word for the claim keys.
ITEM = 0  # a noun, adjective or other content word (a participle before a passive: a verb)
MAIN_VERB = 1  # a future tense: its stem is the item
NEGATION = 2
PART_END = 3  # a connective (और, कि, तो …)
CLAUSE_END = 4  # punctuation
GRAMMAR = 5  # a postposition, pronoun or particle: ends a phrase
VERB_GROUP = 6  # a light verb, an auxiliary or a passive form of जाना
ROLE_MARKER = 7  # ने, को: ends a phrase and tags its words
COMPOUND_STEM = 8  # कर, ले, करवा …: a light verb when a light verb follows
ROLE_ANCHOR = 9  # ने and "instead of" (जगह, बजाय, बदले): a role marker that binds the roles
ROLE_PHRASE = 10  # पर: a grammar word whose phrase is one of the roles (… पर आरोप लगाया)

_MASK = (1 << 64) - 1
# Salts (odd 64-bit constants): the claim keys' own, one per negation count, one per size, and
# the tags of ने and को.
_CLAIM_SALT = 0x8EBC6AF09C88C6E3
_PART_NEGATION = 0xE7037ED1A0B428DB
_CLAUSE_NEGATION = 0x589965CC75374CC3
_SIZE = 0x1D8E4E27C47D124F
_NEGATED = 0x6A09E667F3BCC909
# What a key of each size adds to its sum (so a set and its subset plus a word never meet by
# a coincidence of sums), and the salts by negation counts (a few dozen pairs at most).
_SIZES = tuple(_SIZE * size & _MASK for size in range(CLAIM_MAX + 2))
_SALTS: dict[tuple[int, int], int] = {}
_VERBAL = frozenset({VERB_GROUP, COMPOUND_STEM})
_MARKERS = frozenset({ROLE_MARKER, ROLE_ANCHOR, ROLE_PHRASE})


def _mix(value: int) -> int:
    """splitmix64's finaliser: a salt unlike any sum of word hashes."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


_Part = tuple[list[int], int, int, int, int, frozenset[int]]


def _parts(tokens: Sequence[tuple[int, int, int]]) -> list[_Part]:
    """The parts of a quotation as (items in claim order, negations, clause, main verbs,
    roles, and for a part with roles the places of the items a role marker tags)."""
    parts: list[_Part] = []
    items: list[int] = []
    tagged: list[int] = []  # indexes (before rotation) of the items a marker tags
    negations = clause = verbs = phrase = before = 0
    marked: list[tuple[int, int, int]] = []  # each role phrase: its tag and where it stands
    anchored = False
    after = -1  # items before the end of the last verb group
    last = len(tokens) - 1
    for at, (kind, item, stem) in enumerate(tokens):
        if kind == ITEM:
            if stem and at < last and tokens[at + 1][0] == VERB_GROUP and tokens[at + 1][2]:
                items.append(stem)  # a participle before a passive: बसें चलाई जाएंगी
                verbs += 1
            else:
                items.append(item)
            continue
        if kind == MAIN_VERB:
            items.append(stem)
            verbs += 1
            after = phrase = before = len(items)
            continue
        if kind == COMPOUND_STEM:
            if at < last and tokens[at + 1][0] in _VERBAL:
                continue  # पूरी कर लेगा, वापस ले ली
            items.append(item)
            continue
        if kind in (PART_END, CLAUSE_END):
            if items:
                parts.append(
                    _part(items, negations, clause, verbs, after, marked, anchored, tagged)
                )
            items = []
            tagged = []
            marked = []
            anchored = False
            negations = verbs = phrase = before = 0
            after = -1
            clause += kind == CLAUSE_END
            continue
        if kind in _MARKERS:
            anchored = _mark(kind, item, items, tagged, marked, phrase, before) or anchored
        elif kind == VERB_GROUP:
            after = len(items)
        elif kind == NEGATION:
            negations += 1
        before, phrase = phrase, len(items)
    if items:
        parts.append(_part(items, negations, clause, verbs, after, marked, anchored, tagged))
    return parts


def _part(
    items: list[int],
    negations: int,
    clause: int,
    verbs: int,
    after: int,
    marked: list[tuple[int, int, int]],
    anchored: bool,
    tagged: list[int],
) -> _Part:
    """A part's entry: its items rotated (:func:`_rotated`), and for a part that binds its
    roles the places of its tagged items after the rotation."""
    roles = _roles(marked, items) if anchored else 0
    rotated = _rotated(items, after)
    if not roles:
        return rotated, negations, clause, verbs, 0, _NONE
    shift = after if 0 < after < len(items) else 0
    return (
        rotated,
        negations,
        clause,
        verbs,
        roles,
        frozenset((i - shift) % len(items) for i in tagged),
    )


_NONE: frozenset[int] = frozenset()


def _mark(
    kind: int,
    tag: int,
    items: list[int],
    tagged: list[int],
    marked: list[tuple[int, int, int]],
    phrase: int,
    before: int,
) -> bool:
    """A role marker after ``items[phrase:]``: tag those items (not for पर), and add the
    phrase (or, right after a के or की, the phrase before it: समीर खन्ना की जगह) to
    ``marked``; True if the marker anchors the roles (ने, "instead of") and had a phrase."""
    if kind != ROLE_PHRASE:
        for index in range(phrase, len(items)):
            items[index] ^= tag  # राज्य सरकार ने: both words the agent's
            tagged.append(index)
    low, high = (phrase, len(items)) if phrase < len(items) else (before, phrase)
    if low >= high:
        return False
    marked.append((tag, low, high))
    return kind == ROLE_ANCHOR


def _roles(marked: Sequence[tuple[int, int, int]], items: Sequence[int]) -> int:
    """A part's roles when it has two role phrases or more, one of them an agent or the thing
    replaced (``marked``): summed, as their order is free. A claim key of the part with no
    tagged item hashes them, so राज्य सरकार ने केंद्र को पत्र लिखकर … हिसाब मांगा है and its
    swapped version share no key (consumer.extraction.keys binds the other keys alike)."""
    if len(marked) < 2:
        return 0
    return sum(_mix((tag + sum(items[low:high])) & _MASK) for tag, low, high in marked) & _MASK


def _rotated(items: list[int], after: int) -> list[int]:
    """The words after the last verb group first, where a headline puts its subject after the
    verb: … सीटों पर उम्मीदवार उतारेगी पार्टी is read पार्टी … सीटों पर उम्मीदवार उतारेगी, the
    order of the quotation it came from (which matters when the headline keeps more words
    than CLAIM_MAX)."""
    if 0 < after < len(items):
        return items[after:] + items[:after]
    return items


def claim_keys(tokens: Sequence[tuple[int, int, int]]) -> list[int]:
    """The claim keys of a quotation's tokens (kind, item hash, stem hash or, for ने and को,
    the tag; a passive form of जाना has a stem of 1): one per size from CLAIM_MIN to
    CLAIM_MAX of the last items of each part with at most one main verb."""
    parts = _parts(tokens)
    per_clause: dict[int, int] = {}
    for _, negations, clause, _, _, _ in parts:
        per_clause[clause] = per_clause.get(clause, 0) + negations
    keys: list[int] = []
    for items, negations, clause, verbs, roles, tagged in parts:
        # A negation is part of the claim: one item (and its count salts the key).
        size = 1 if negations else 0
        if verbs > 1 or len(items) + size < CLAIM_MIN:
            continue
        salt = _salt(negations, per_clause[clause])
        total = _NEGATED if negations else 0
        if not roles:
            for item in reversed(items[size - CLAIM_MAX :]):
                total += item
                size += 1
                if size >= CLAIM_MIN:
                    keys.append(((total + _SIZES[size]) & _MASK) ^ salt)
            continue
        # A part that binds its roles: a run with no tagged item also hashes them.
        blind = True
        index = len(items)
        for item in reversed(items[size - CLAIM_MAX :]):
            index -= 1
            total += item
            size += 1
            blind = blind and index not in tagged
            if size >= CLAIM_MIN:
                key = ((total + _SIZES[size]) & _MASK) ^ salt
                keys.append(key ^ roles if blind else key)
    return keys


def _salt(negations: int, clause_negations: int) -> int:
    """The salt of a part's claim keys: its and its clause's negations (remembered)."""
    salt = _SALTS.get((negations, clause_negations))
    if salt is None:
        seed = _CLAIM_SALT + negations * _PART_NEGATION + clause_negations * _CLAUSE_NEGATION
        salt = _SALTS[negations, clause_negations] = _mix(seed & _MASK)
    return salt
