"""Speech without quote marks: after a dash (मंत्री बोले- …), in a headline with its speaker
after a colon or dash (… : कृषि मंत्री), and after ``ने कहा,``. Pure functions over one
paragraph's tokens; the extractor attributes what they find like any quotation.

Hindi news pages print a large share of their verbatim speech this way, in headlines above
all. Each finder proposes a span and the construction that marks it; nothing here decides
who spoke, and a proposal the extractor cannot attribute is dropped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from consumer.extraction import lexicon
from consumer.extraction.quotes import QuoteSpan
from consumer.extraction.text import Token
from consumer.records import QuoteForm

__all__ = ["HeadlineSpeech", "dash_speech", "headline_speech", "unmarked_speech"]

_DASH_TOKENS = frozenset({"-", "–", "—", ":"})
_QUOTE_TOKENS = frozenset((*lexicon.DOUBLE_QUOTE_MARKS, *lexicon.SINGLE_QUOTE_MARKS))
_SENTENCE_END = lexicon.SENTENCE_END
# Separators between a headline's words and its speaker: a colon, a visarga typed for one,
# a spaced dash or a bar.
_HEADLINE_AFTER = re.compile(r"(?:\s*[:ः]\s+|\s*:\s*|\s+[-–—|]\s+|\s*[–—]\s*)")
_LATIN = re.compile(r"[A-Za-z]")
_LINE_END_MARKS = "।.॥"


class HeadlineSpeech(NamedTuple):
    """A headline's words and the phrase naming who said them, with the separator between."""

    span: QuoteSpan
    speaker_start: int
    speaker_end: int
    separator_start: int
    separator_end: int


def dash_speech(text: str, tokens: list[Token], paragraph: tuple[int, int]) -> list[QuoteSpan]:
    """``एसपी बोले- आरोपी जल्द पकड़े जाएंगे।``: a speech verb (or noun), a dash or colon, and
    words that are not in quote marks. The span runs to the sentence end, and on through
    following sentences in the first person (हम …, मैं …)."""
    found: list[QuoteSpan] = []
    for i, token in enumerate(tokens):
        start = _dash_start(text, tokens, i)
        if start is None:
            continue
        end = _speech_end(text, tokens, start, paragraph[1])
        if end is None:
            continue
        found.append(_span(min(token.end, start - 1), start, end, paragraph, "dash"))
    return found


def unmarked_speech(text: str, tokens: list[Token], paragraph: tuple[int, int]) -> list[QuoteSpan]:
    """``विधायक ने कहा, अब गांव में पानी की कमी नहीं होगी।``: a speech verb, a comma, and a
    sentence in the speaker's own voice (first or second person) that no quote mark opens.
    Narration after the comma (``कहा, जिसके बाद …``) is not speech."""
    found: list[QuoteSpan] = []
    for i, token in enumerate(tokens[:-2]):
        if token.text not in lexicon.UNMARKED_SPEECH_VERBS or tokens[i + 1].text != ",":
            continue
        first = tokens[i + 2]
        if first.text in _QUOTE_TOKENS or first.text in lexicon.NARRATION_OPENERS:
            continue
        end = _speech_end(text, tokens, first.start, paragraph[1])
        if end is None or not _first_person(tokens, first.start, end):
            continue
        found.append(_span(tokens[i + 1].start, first.start, end, paragraph, "unmarked"))
    return found


def headline_speech(text: str, paragraph: tuple[int, int]) -> HeadlineSpeech | None:
    """``किसानों की आय दोगुनी करेंगे : कृषि मंत्री``: a line without a sentence end whose last
    words, after a colon or a spaced dash, are short enough to name a speaker. Whether they do
    is the extractor's question (a person, an office or a body, not a place)."""
    start, end = paragraph
    line = text[start:end].rstrip()
    if not _headline_shaped(line):
        return None
    separators = list(_HEADLINE_AFTER.finditer(line))
    if not separators:
        return None
    separator = separators[-1]
    speaker = line[separator.end() :].strip()
    words = line[: separator.start()].split()
    if (
        not speaker
        or len(speaker.split()) > lexicon.MAX_HEADLINE_SPEAKER_WORDS
        or _LATIN.search(speaker)
        or len(words) < lexicon.MIN_QUOTE_WORDS
        or any(mark in speaker for mark in _QUOTE_TOKENS)
    ):
        return None
    speech_start = start + len(line) - len(line.lstrip())
    speech_end = start + separator.start()
    while speech_end > speech_start and text[speech_end - 1] in " ,'\"‘’“”":
        speech_end -= 1
    if any(mark in text[speech_start:speech_end] for mark in _QUOTE_TOKENS):
        return None  # a headline in quote marks: an ordinary quotation
    speaker_start = start + separator.end()
    span = QuoteSpan(
        speech_start,
        speech_end,
        speech_start,
        speech_end,
        True,
        start,
        end,
        start + separator.end(),
        "headline",
    )
    return HeadlineSpeech(
        span,
        speaker_start,
        speaker_start + len(speaker),
        start + separator.start(),
        start + separator.end(),
    )


def _headline_shaped(line: str) -> bool:
    """A headline: a short line with no sentence end and no clutter prefix (यह भी पढ़ें)."""
    if not line or line[-1] in _LINE_END_MARKS or len(line.split()) > lexicon.MAX_HEADLINE_WORDS:
        return False
    if line.startswith(lexicon.CLUTTER_PREFIXES):
        return False
    return not any(mark in line for mark in "।")


def _dash_start(text: str, tokens: list[Token], i: int) -> int | None:
    """Where the speech after the cue at ``tokens[i]`` starts, if a dash follows the cue."""
    token = tokens[i]
    word = token.text
    if "-" in word:
        # बोले-सड़क: the tokenizer keeps a hyphenated word whole.
        cue, _, rest = word.partition("-")
        if cue in lexicon.DASH_SPEECH_CUES and rest:
            return token.start + len(cue) + 1
        return None
    if word not in lexicon.DASH_SPEECH_CUES or i + 2 >= len(tokens):
        return None
    dash, first = tokens[i + 1], tokens[i + 2]
    if dash.text not in _DASH_TOKENS or first.text in _QUOTE_TOKENS:
        return None
    if dash.text == ":" and word not in lexicon.UNMARKED_SPEECH_VERBS:
        return None  # X का बयान: … is a headline kicker, not speech
    return first.start


def _speech_end(text: str, tokens: list[Token], start: int, paragraph_end: int) -> int | None:
    """The end of the sentence starting at ``start`` (its final mark included), extended
    over the following sentences that speak in the first person; None when a quote mark
    comes first (the speech is then in marks) or the sentence is too short to be speech."""
    end = _sentence_end(tokens, start, paragraph_end)
    if end is None or len(text[start:end].split()) < lexicon.MIN_QUOTE_WORDS:
        return None
    while end < paragraph_end:
        following = _sentence_end(tokens, end, paragraph_end)
        if following is None or not _first_person(tokens, end, following):
            break
        if any(t.text in lexicon.AGENT_MARKERS for t in _between(tokens, end, following)):
            break  # उन्होंने/X ने: narration resumes
        end = following
    return end


def _sentence_end(tokens: list[Token], start: int, paragraph_end: int) -> int | None:
    """End offset (after its final mark) of the sentence starting at ``start``."""
    last = None
    for token in tokens:
        if token.start < start:
            continue
        if token.text in _QUOTE_TOKENS:
            return None if last is None else last
        last = token.end
        if token.text in _SENTENCE_END:
            return token.end
    return paragraph_end if last is not None else None


def _between(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start < end]


def _first_person(tokens: list[Token], start: int, end: int) -> bool:
    return any(t.text in lexicon.SPEAKER_VOICE for t in _between(tokens, start, end))


def _span(open_at: int, start: int, end: int, paragraph: tuple[int, int], form: QuoteForm) -> QuoteSpan:
    return QuoteSpan(
        open_at,
        end,
        start,
        end,
        True,
        paragraph[0],
        paragraph[1],
        end,
        form,
    )
