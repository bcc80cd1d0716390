"""Reading a token<TAB>BIO-tag file and turning its sentences into spaCy training Docs.

The source file is tokenised ("दिल्ली , भारत ।"); news text that the service sees is not.
:func:`detokenise` rebuilds running prose from the tokens (no space before ``, . । ) :`` and
the like, none after ``(`` or an opening quote), the Docs are then made by spaCy's own Hindi
tokenizer from that prose, and the entity spans are carried over by character offsets. A model
trained on these Docs therefore sees the tokens it will see at inference time.

Nothing here reads the real corpus by itself: the functions take a path or lists of words.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

__all__ = [
    "LABELS",
    "AlignmentStats",
    "Sentence",
    "bucket",
    "build_doc",
    "build_docs",
    "detokenise",
    "entity_offsets",
    "read_conll",
    "split",
    "tidy",
]

#: The labels the model predicts, in a fixed order.
LABELS: tuple[str, ...] = ("PERSON", "ORGANIZATION", "LOCATION")

# Tag suffixes found in CoNLL-style NER files, mapped to our labels. HiNER's collapsed file
# uses the long names; the short ones are accepted so that other files in the same format work.
_TAG_TYPES = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORGANIZATION": "ORGANIZATION",
    "ORGANISATION": "ORGANIZATION",
    "ORG": "ORGANIZATION",
    "LOCATION": "LOCATION",
    "LOC": "LOCATION",
}

# Punctuation that sticks to the word before it ("कहा," "है।" "(भाजपा)") ...
_CLOSERS = frozenset(",.।॥:;?!)]}’”|…%")
# ... and to the word after it.
_OPENERS = frozenset("([{‘“")
# Straight quotes open or close depending on what came before in the sentence.
_QUOTES = frozenset("\"'")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the source file: its tokens and their BIO tags (same length)."""

    words: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def key(self) -> str:
        """The sentence as it stands in the file, tokens joined by spaces (used for the split)."""
        return " ".join(self.words)


@dataclass
class AlignmentStats:
    """How well spaCy's tokenisation of the rebuilt text agrees with the source tokens."""

    sentences: int = 0
    words: int = 0
    #: source words (without edge punctuation) that begin and end on spaCy token boundaries
    words_aligned: int = 0
    #: source words that spaCy cut into several tokens (e.g. at a hyphen), still on boundaries
    words_split: int = 0
    entities: int = 0
    #: entities whose character span had to be widened to whole spaCy tokens
    entities_expanded: int = 0
    #: entities dropped (no token inside them, or overlapping a longer entity after widening)
    entities_dropped: int = 0
    #: adjacent PERSON entities joined into one by :func:`tidy`
    persons_merged: int = 0
    by_label: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "words": self.words,
            "words_aligned": self.words_aligned,
            "words_split": self.words_split,
            "entities": self.entities,
            "entities_expanded": self.entities_expanded,
            "entities_dropped": self.entities_dropped,
            "persons_merged": self.persons_merged,
            "by_label": dict(sorted(self.by_label.items())),
        }


def read_conll(path: Path) -> list[Sentence]:
    """Reads ``token<TAB>tag`` lines, a blank line between sentences.

    Tags are BIO (``B-PERSON``, ``I-PERSON``, ``O``); unknown entity types become ``O``.
    An ``I-`` tag that does not continue an entity of the same type starts one (as in IOB1).
    Raises :class:`ValueError` naming the line for a line that is not token<TAB>tag.
    """
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if words:
                    sentences.append(Sentence(tuple(words), tuple(tags)))
                    words, tags = [], []
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1].strip():
                raise ValueError(f"{path}:{number}: expected 'token<TAB>tag', got {line!r}")
            words.append(parts[0].strip())
            tags.append(_normalise_tag(parts[1].strip()))
    if words:
        sentences.append(Sentence(tuple(words), tuple(tags)))
    return sentences


def _normalise_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, kind = tag.partition("-")
    label = _TAG_TYPES.get(kind.upper())
    if label is None or prefix.upper() not in ("B", "I"):
        return "O"
    return f"{prefix.upper()}-{label}"


def _is_punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _core(word: str) -> tuple[int, int]:
    """Start and end of ``word`` without the punctuation at its edges (whole word if all punct)."""
    start, end = 0, len(word)
    while start < end and _is_punct(word[start]):
        start += 1
    while end > start and _is_punct(word[end - 1]):
        end -= 1
    if start == end:
        return 0, len(word)
    return start, end


def detokenise(words: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Rebuilds prose from tokens; returns the text and each word's core span in it.

    A word's core is the word without punctuation at its edges, so that an entity token like
    ``"दिल्ली,"`` yields the span of ``दिल्ली``. A word glued to a sentence end before it
    (``".लेकिन"``) is pulled apart: ``"है .लेकिन"`` becomes ``"है. लेकिन"``.

    >>> detokenise(["राम", "ने", "कहा", ",", '"', "हाँ", '"', "(", "सच", ")", "।"])[0]
    'राम ने कहा, "हाँ" (सच)।'
    """
    # Pieces: (text, word index or -1, offset of the word's core inside the piece,
    #          no space before, no space after)
    pieces: list[tuple[str, int, int, bool, bool]] = []
    open_quotes: set[str] = set()
    for index, word in enumerate(words):
        start, end = _core(word)
        all_punct = start == 0 and end == len(word) and all(_is_punct(c) for c in word)
        if all_punct:
            first, last = word[0], word[-1]
            if first in _QUOTES:
                closes = first in open_quotes
                no_before = closes
            else:
                closes = False
                no_before = first in _CLOSERS
            no_after = last in _OPENERS
            if len(word) == 1 and first in _QUOTES:
                if closes:
                    open_quotes.discard(first)
                else:
                    open_quotes.add(first)
                    no_after = True
            else:
                for char in word:
                    if char in _QUOTES:
                        open_quotes.discard(char)  # a quote after other punctuation closes
            pieces.append((word, index, 0, no_before, no_after))
            continue
        lead, trail = word[:start], word[end:]
        for char in lead:
            if char in _QUOTES:
                open_quotes.add(char)
        for char in trail:
            if char in _QUOTES:
                open_quotes.discard(char)
        if lead and lead[0] in _CLOSERS and not any(c in _OPENERS or c in _QUOTES for c in lead):
            # ".लेकिन": the full stop belongs to the previous sentence.
            pieces.append((lead, -1, 0, True, False))
            pieces.append((word[start:], index, 0, False, False))
        else:
            pieces.append((word, index, start, False, False))

    text_parts: list[str] = []
    cores: list[tuple[int, int]] = [(0, 0)] * len(words)
    offset = 0
    previous_no_after = True
    for piece, index, core_at, no_before, no_after in pieces:
        if text_parts and not (previous_no_after or no_before):
            text_parts.append(" ")
            offset += 1
        if index >= 0:
            start, end = _core(words[index])
            cores[index] = (offset + core_at, offset + core_at + (end - start))
        text_parts.append(piece)
        offset += len(piece)
        previous_no_after = no_after
    return "".join(text_parts), cores


def entity_offsets(
    sentence: Sentence, cores: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Character spans of the BIO entities, from the first word's core to the last word's core.

    Words that are nothing but punctuation at either end of an entity are left out of it.
    """
    runs: list[tuple[int, int, str]] = []  # (first word, last word, label)
    for index, tag in enumerate(sentence.tags):
        if tag == "O":
            continue
        prefix, label = tag.split("-", 1)
        if prefix == "I" and runs and runs[-1][1] == index - 1 and runs[-1][2] == label:
            runs[-1] = (runs[-1][0], index, label)
        else:
            runs.append((index, index, label))
    offsets: list[tuple[int, int, str]] = []
    for first, last, label in runs:
        indices = [i for i in range(first, last + 1) if not _all_punct(sentence.words[i])]
        if not indices:
            continue
        offsets.append((cores[indices[0]][0], cores[indices[-1]][1], label))
    return offsets


def _all_punct(word: str) -> bool:
    return all(_is_punct(c) for c in word)


def tidy(sentence: Sentence) -> Sentence:
    """Two fixes for quirks of HiNER that running text and its own guidelines do not have.

    - A final ``"."`` token after a sentence end already there (``है। .``) is dropped; about a
      fifth of the sentences carry such a doubled end.
    - Adjacent PERSON entities with nothing but a space between them (``B-PERSON B-PERSON``,
      e.g. a first name and a surname tagged apart) become one entity: elsewhere the same
      full names are tagged as one, and the service wants whole names. Other labels are left
      alone (two adjacent LOCATION or ORGANIZATION entities are often really two).
    """
    words, tags = sentence.words, list(sentence.tags)
    for i in range(1, len(tags)):
        if (
            tags[i] == "B-PERSON"
            and tags[i - 1] in ("B-PERSON", "I-PERSON")
            and not _is_punct(words[i - 1][-1])
            and not _is_punct(words[i][0])
        ):
            tags[i] = "I-PERSON"
    if len(words) > 1 and words[-1] == "." and tags[-1] == "O":
        before = words[-2].rstrip("\"'’”")
        if before and before[-1] in "।?!.":
            return Sentence(words[:-1], tuple(tags[:-1]))
    if tags != list(sentence.tags):
        return Sentence(words, tuple(tags))
    return sentence


def build_doc(nlp: Language, sentence: Sentence, stats: AlignmentStats | None = None) -> Doc:
    """A Doc of the rebuilt sentence, tokenised by ``nlp``'s tokenizer, with the gold entities.

    The sentence is first passed through :func:`tidy`.
    """
    tidied = tidy(sentence)
    text, cores = detokenise(tidied.words)
    doc = nlp.make_doc(text)
    if stats is not None:
        stats.sentences += 1
        stats.persons_merged += sum(
            1
            for a, b in zip(sentence.tags, tidied.tags, strict=False)
            if a == "B-PERSON" and b == "I-PERSON"
        )
        starts = {token.idx for token in doc}
        ends = {token.idx + len(token) for token in doc}
        for start, end in cores:
            stats.words += 1
            if start in starts and end in ends:
                stats.words_aligned += 1
                span = doc.char_span(start, end)
                if span is not None and len(span) > 1:
                    stats.words_split += 1
    spans: list[Span] = []
    expanded = 0
    for start, end, label in entity_offsets(tidied, cores):
        span = doc.char_span(start, end, label=label)
        if span is None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            expanded += 1
        if span is None or len(span) == 0:
            if stats is not None:
                stats.entities_dropped += 1
            continue
        spans.append(span)
    kept = filter_spans(spans)
    doc.ents = kept
    if stats is not None:
        stats.entities += len(spans)
        stats.entities_expanded += expanded
        stats.entities_dropped += len(spans) - len(kept)
        for span in kept:
            stats.by_label[span.label_] = stats.by_label.get(span.label_, 0) + 1
    return doc


def build_docs(
    nlp: Language, sentences: Iterable[Sentence], stats: AlignmentStats | None = None
) -> Iterator[Doc]:
    for sentence in sentences:
        yield build_doc(nlp, sentence, stats)


def bucket(sentence: Sentence) -> int:
    """A stable number in 0..99 from the sentence text (same on every machine and Python)."""
    digest = hashlib.sha256(sentence.key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 100


def split(
    sentences: Iterable[Sentence], *, held_out: int = 10, dev: int = 8
) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """Deterministic (train, dev, held-out) split by :func:`bucket`.

    ``held_out`` percent go to the held-out part (never trained on, never used to pick a model),
    the next ``dev`` percent to the dev part that the training loop uses to pick its best
    checkpoint, the rest to training. Identical sentences always land in the same part.
    """
    train: list[Sentence] = []
    dev_part: list[Sentence] = []
    held: list[Sentence] = []
    for sentence in sentences:
        b = bucket(sentence)
        if b < held_out:
            held.append(sentence)
        elif b < held_out + dev:
            dev_part.append(sentence)
        else:
            train.append(sentence)
    return train, dev_part, held
