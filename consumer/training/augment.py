"""Training-data augmentation: the same sentences with other names in them.

Most PERSON and ORGANIZATION names in held-out text were never seen in training, so a model that
memorises names does poorly on them. Copies of the training sentences in which each name of a
chosen label is replaced by another name of that label (drawn from the training part only)
push the model towards the context ("... ने कहा", "श्री ...", "... के प्रवक्ता") and the
shape of names rather than the names themselves.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

__all__ = ["swap_names"]


def swap_names(
    nlp: Language,
    docs: Sequence[Doc],
    *,
    labels: Sequence[str],
    rate: float,
    seed: int = 0,
) -> list[Doc]:
    """New Docs: for a ``rate`` share of the docs that hold a name of ``labels`` (``rate`` > 1
    gives several copies each), a copy with each such name replaced by a random name of the
    same label taken from ``docs``. The copies are re-tokenised by ``nlp``; other entities keep
    their labels. Deterministic for a given ``seed``.
    """
    wanted = set(labels)
    pools: dict[str, list[str]] = {}
    for label in sorted(wanted):
        pools[label] = sorted({e.text for d in docs for e in d.ents if e.label_ == label})
    rng = random.Random(seed)
    out: list[Doc] = []
    for doc in docs:
        if not any(e.label_ in wanted for e in doc.ents):
            continue
        copies = int(rate)
        if rng.random() < rate - copies:
            copies += 1
        for _ in range(copies):
            new = _swap(nlp, doc, pools, rng)
            if new is not None:
                out.append(new)
    return out


def _swap(nlp: Language, doc: Doc, pools: dict[str, list[str]], rng: random.Random) -> Doc | None:
    text = doc.text
    parts: list[str] = []
    length = 0
    cursor = 0
    offsets: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        before = text[cursor : ent.start_char]
        parts.append(before)
        length += len(before)
        pool = pools.get(ent.label_)
        surface = rng.choice(pool) if pool else ent.text
        parts.append(surface)
        offsets.append((length, length + len(surface), ent.label_))
        length += len(surface)
        cursor = ent.end_char
    parts.append(text[cursor:])
    new = nlp.make_doc("".join(parts))
    spans: list[Span] = []
    for start, end, label in offsets:
        span = new.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        spans.append(span)
    kept = filter_spans(spans)
    if len(kept) != len(spans):
        return None
    new.ents = kept
    return new
