"""What the rules decided about a quote, as features for the confidence model. Pure.

Every feature is read from the records the rules produced and the article's text: which rules
fired (``evidence``), how the speech was marked (``form``), the speaker's kind and how its
name was resolved, the cue's class, the distances between cue, speaker and quotation, the
quotation's length and shape, its position in the article and what the article's other
records say. A feature is a name and a value; categorical ones are ``name=value`` at 1.0.

>>> from consumer.extraction import QuoteExtractor
>>> text = 'मंत्री अरुण सिन्हा ने कहा, "हम पीछे नहीं हटेंगे।"'
>>> quotes = QuoteExtractor(calibrated=False).extract(text)
>>> features = record_features(text, quotes)[0]
>>> features["type=direct"], features["speaker_rule=agent_marker"]
(1.0, 1.0)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

from consumer.extraction.lang import cues
from consumer.records import Quote

__all__ = ["Features", "record_features"]

#: Feature name -> value; absent features are 0.
Features = dict[str, float]

_SENTENCE_ENDS = "।?!|."
_QUESTION = "?"
# Characters of a quotation its shape features read (9 in 10 in the corpus are under 130).
_SHAPE_CHARS = 300
# A line ending in one of these is prose (or a quotation), not a headline or a label.
_LINE_ENDS = "।?!|.\"”'’:"
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile(r"\d")
# More Latin letters than this in an article: English labels and tags around the story.
_LATIN_LETTERS = 20
# Distances and lengths are given as log buckets: the difference between 3 and 30 characters
# matters, between 300 and 330 it does not, and buckets keep a linear model honest about it.
_BUCKETS = (0, 2, 8, 32, 128, 512)


def _bucket(name: str, value: int) -> str:
    """``name<=8`` for the smallest bucket bound at or above ``value`` (``name>512`` past all)."""
    for bound in _BUCKETS:
        if value <= bound:
            return f"{name}<={bound}"
    return f"{name}>{_BUCKETS[-1]}"


def _cue_class(cue_text: str | None) -> str:
    """The cue's kind: none, according_to (के अनुसार), priority (के हवाले से), dash speech
    (बोले-), writing (लिखा), genitive noun (का कहना), or a speech verb."""
    if not cue_text:
        return "none"
    if cue_text in cues.ACCORDING_TO or cue_text.endswith(cues.ACCORDING_TO):
        return "according_to"
    if cue_text.endswith(cues.PRIORITY_CUES):
        return "priority"
    words = cue_text.split()
    if words[-1] in cues.DASH_SPEECH_CUES:
        return "dash_speech"
    if cue_text.startswith(cues.WRITING_STEM):
        return "writing"
    if any(w in cues.GENITIVE_CUE_NOUNS for w in words):
        return "genitive_noun"
    return "speech_verb"


def _page(text: str) -> Features:
    """Features of the article as a page: news sites surround the story with headlines,
    captions and navigation lines (no sentence end) and Latin-script labels, and the rules
    err more on such pages than on clean copy."""
    lines = bare = 0
    for line in text.split("\n"):
        line = line.rstrip()
        if line:
            lines += 1
            bare += line[-1] not in _LINE_ENDS
    latin = next(islice(_LATIN.finditer(text), _LATIN_LETTERS, None), None) is not None
    return {
        f"page_bare_lines={min(bare, 6) // 2}": 1.0,
        "page_latin": float(latin),
        _bucket("page_lines", lines): 1.0,
    }


def _one(
    quote: Quote,
    text: str,
    index: int,
    quotes: Sequence[Quote],
    named: Counter[str],
    page: Features,
    earlier: int,
    page_first_break: int,
) -> Features:
    evidence = quote.evidence or {}
    speaker = quote.speaker
    cue = quote.cue
    f: Features = {
        # The hand-set table's value (consumer.extraction.confidence): the situation as the
        # rules name it, with the penalty for an unclosed quotation, as a prior.
        "table": quote.confidence,
        f"type={quote.type}": 1.0,
        f"form={quote.form}": 1.0,
        f"span_rule={evidence.get('span', 'none')}": 1.0,
        f"speaker_rule={evidence.get('speaker', 'none')}": 1.0,
        f"resolution={evidence.get('resolution', 'none')}": 1.0,
        f"cue_class={_cue_class(cue.text if cue else None)}": 1.0,
        **page,
    }
    if speaker is None:
        f["speaker=none"] = 1.0
    else:
        f[f"speaker_kind={speaker.kind}"] = 1.0
        f["speaker_named" if speaker.name else "speaker_unnamed"] = 1.0
        if speaker.name:
            words = len(speaker.name.split())
            f[f"name_words={min(words, 4)}"] = 1.0
            f["name_is_mention"] = float(speaker.name == speaker.text)
            # A name the article gives several records is a person it is about.
            f["name_records>1"] = float(named[speaker.name] > 1)
            f["name_in_mention"] = float(speaker.name in speaker.text)
            f["name_latin"] = float(_LATIN.search(speaker.name) is not None)
            f["name_digit"] = float(_DIGIT.search(speaker.name) is not None)
        # How many people spoke before: a pronoun or a short form has that many to choose from.
        f[f"earlier_speakers={min(earlier, 3)}"] = 1.0
        inside = quote.start <= speaker.start < quote.end
        f["speaker_inside_span"] = float(inside)
        if not inside:
            before = speaker.end <= quote.start
            gap = quote.start - speaker.end if before else speaker.start - quote.end
            f["speaker_before" if before else "speaker_after"] = 1.0
            f[_bucket("speaker_gap", max(gap, 0))] = 1.0
    if cue is not None:
        gap = quote.start - cue.end if cue.end <= quote.start else cue.start - quote.end
        f[_bucket("cue_gap", max(gap, 0))] = 1.0
        f[f"cue_words={min(len(cue.text.split()), 3)}"] = 1.0
    f[_bucket("span_chars", len(quote.text))] = 1.0
    # The shape is read from the quotation's first characters only: a record's cost stays
    # bounded however long its span (and the features linear in the article).
    quoted = quote.text[:_SHAPE_CHARS]
    f[f"span_sentences={min(sum(quoted.count(c) for c in _SENTENCE_ENDS), 3)}"] = 1.0
    f["span_ends_sentence"] = float(quote.text.rstrip()[-1:] in _SENTENCE_ENDS)
    f["span_question"] = float(_QUESTION in quoted)
    f["span_has_comma"] = float("," in quoted)
    f["span_has_digit"] = float(_DIGIT.search(quoted) is not None)
    f["position"] = quote.start / max(len(text), 1)
    f["first_line"] = float(quote.start < page_first_break)
    f[f"records={min(len(quotes), 8) // 2}"] = 1.0
    f["speakers_in_article"] = math.log1p(len(named))
    previous = quotes[index - 1] if index else None
    if previous is not None:
        same = (
            previous.speaker is not None
            and speaker is not None
            and previous.speaker.name is not None
            and previous.speaker.name == speaker.name
        )
        f["same_speaker_as_previous"] = float(same)
        f["overlaps_previous"] = float(previous.end > quote.start)
    if index + 1 < len(quotes):
        f["overlaps_next"] = float(quotes[index + 1].start < quote.end)
    return f


def record_features(text: str, quotes: Sequence[Quote]) -> list[Features]:
    """The features of each of an article's quotes (as the extractor returns them, in order,
    with the hand-set table's confidence). Linear in the number of quotes."""
    named: Counter[str] = Counter(
        q.speaker.name for q in quotes if q.speaker is not None and q.speaker.name
    )
    page = _page(text)
    first_break = text.find("\n")
    first_break = len(text) if first_break < 0 else first_break
    features = []
    seen: set[str] = set()
    for i, quote in enumerate(quotes):
        features.append(_one(quote, text, i, quotes, named, page, len(seen), first_break))
        if quote.speaker is not None and quote.speaker.name:
            seen.add(quote.speaker.name)
    return features
