"""Direct-quote spans: pair the quote marks in each paragraph, then drop what is not speech."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from consumer.extraction import lexicon
from consumer.records import QuoteForm

__all__ = ["QuoteSpan", "find_quote_spans", "inside_spans"]

_DOUBLE = frozenset(lexicon.DOUBLE_QUOTE_MARKS)
# Longest marks first, so that ‘‘ is one doubled mark and not two singles.
_MARK = re.compile(
    "|".join(
        re.escape(m)
        for m in sorted((*lexicon.DOUBLE_QUOTE_MARKS, *lexicon.SINGLE_QUOTE_MARKS), key=len)[::-1]
    )
)
# A danda, a bar for one, or a Latin mark followed by a space or the end: where a sentence stops.
_SENTENCE_STOP = re.compile(r"[।॥|]|[.?!](?=\s|$)")
_FEET_INCHES = re.compile(r"\d\s?'\s?\d{1,2}$")
_TRAILING_SEPARATORS = " \t\n\r\u00a0,;:–—-"
# Where an unclosed single mark plainly opens a quotation: after these, or at a paragraph start.
_OPENS_SPEECH = ",:-–—"
# A short quotation is kept only when it reads as a whole utterance (हम जीतेंगे।).
_UTTERANCE_END = ("।", "?", "!", "॥")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation inside one paragraph. ``open_at`` and ``close_at`` are the marks' offsets
    (``close_at`` is the paragraph end when the quote is never closed); ``close_end`` is the
    offset after the closing mark. For speech without marks, ``open_at`` is the dash, colon
    or comma before it and ``close_at`` its end."""

    open_at: int
    close_at: int
    start: int
    end: int
    closed: bool
    paragraph_start: int
    paragraph_end: int
    close_end: int = -1
    form: QuoteForm = "marks"
    #: Speech without marks whose speaker follows it (``हम सब कुछ वहीं छोड़ आए हैं, कोच ने
    #: कहा``): attributed from the words after ``close_end``.
    speaker_after: bool = False
    #: Dash speech whose verb comes before its speaker (``हार के बाद बोले कप्तान- …``): the
    #: speaker is the words between the verb and the dash.
    verb_first: bool = False

    @property
    def after_close(self) -> int:
        """Where the text after the closing mark starts."""
        return self.close_end if self.close_end >= 0 else self.close_at + 1


def find_quote_spans(text: str, paragraph_start: int, paragraph_end: int) -> list[QuoteSpan]:
    """Pair quote marks left to right within one paragraph.

    ``"हम पीछे नहीं हटेंगे," उन्होंने कहा।`` gives the span हम पीछे नहीं हटेंगे. Double marks
    pair by order, not shape, so reversed curly marks (”…“) still pair; single marks inside a
    double-quoted quotation nest. A single mark opens where it stands before a word
    ('हम …', ‘हम …) and closes after one. A double quote left open runs to the end of its
    paragraph, a single one only where it plainly opens speech. Spans with fewer than
    ``MIN_QUOTE_WORDS`` words (titles, labels, scare quotes such as "आत्मनिर्भर") are dropped
    unless they end as an utterance does (``"हम जीतेंगे।"``).
    """
    spans: list[QuoteSpan] = []
    open_mark: re.Match[str] | None = None
    for mark in _marks(text, paragraph_start, paragraph_end):
        if open_mark is None:
            if mark.group() in _DOUBLE or _opens(text, mark, paragraph_start):
                open_mark = mark
            continue
        if _closes(text, open_mark.group(), mark):
            stop = _reopened_after(text, open_mark, mark)
            if stop is not None:
                # … अनुचित है।सुप्रीम कोर्ट के मुताबिक,”ये …: the first quotation was left open,
                # the mark after the cue and its comma opens the next one
                _add(spans, text, open_mark, stop, -1, paragraph_start, paragraph_end)
                open_mark = mark
                continue
            _add(spans, text, open_mark, mark.start(), mark.end(), paragraph_start, paragraph_end)
            open_mark = None
    if open_mark is not None:
        end = _run_on_end(text, open_mark, paragraph_start, paragraph_end)
        if end is not None:
            _add(spans, text, open_mark, end, -1, paragraph_start, paragraph_end)
    return spans


def _reopened_after(text: str, opened: re.Match[str], mark: re.Match[str]) -> int | None:
    """Where an open double quotation ends if ``mark`` opens another one instead of closing
    it: the mark follows a comma after a speech cue that opens a sentence of its own inside
    the open quotation, and a word follows the mark (``… है।सुप्रीम कोर्ट के मुताबिक,”ये …``):
    the open one ends at that sentence's start; None otherwise."""
    if opened.group() not in _DOUBLE or mark.group() not in _DOUBLE:
        return None
    after = text[mark.end()] if mark.end() < len(text) else " "
    if not _is_letter(after) or not text[: mark.start()].rstrip().endswith(","):
        return None
    stops = list(_SENTENCE_STOP.finditer(text, opened.end(), mark.start()))
    if not stops:
        return None
    sentence = text[stops[-1].end() : mark.start()].rstrip(" ,").split()
    if not 1 < len(sentence) <= _REOPENING_WORDS or sentence[-1] not in _REOPENING_CUES:
        return None
    return stops[-1].end()


# A sentence of at most this many words ending in one of these cues and a comma inside an
# open quotation opens the next quotation (… के मुताबिक,”…, … ने कहा,”…).
_REOPENING_WORDS = 8
_REOPENING_CUES = frozenset({"मुताबिक", "अनुसार", "कहा", "बताया", "बोले", "बोलीं", "लिखा"})


def _marks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Quote marks in ``text[start:end]``, without apostrophes inside words and inch marks."""
    marks = []
    for match in _MARK.finditer(text, start, end):
        mark = match.group()
        if mark in _DOUBLE:
            if not _is_inch_mark(text, match.start(), match.end()):
                marks.append(match)
            continue
        before = text[match.start() - 1] if match.start() > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if _is_letter(before) and _is_letter(after):
            continue  # ओ'कॉनर, ओ’कॉनर: an apostrophe
        if mark == "'" and before.isdigit():
            continue  # 5' 8": feet
        marks.append(match)
    return marks


def _opens(text: str, mark: re.Match[str], paragraph_start: int) -> bool:
    """A single mark opens a quotation when a word follows it and no word precedes it."""
    if mark.group() == lexicon.SINGLE_QUOTE_CLOSE and mark.start() > paragraph_start:
        before = text[mark.start() - 1]
        if not before.isspace() and before not in "(:-–—,":
            return False
    after = text[mark.end()] if mark.end() < len(text) else " "
    before = text[mark.start() - 1] if mark.start() > paragraph_start else " "
    if after == " " and before == " " and _spaced_opener(text, mark, paragraph_start):
        return True
    return not after.isspace() and not _is_letter(before)


def _spaced_opener(text: str, mark: re.Match[str], paragraph_start: int) -> bool:
    """``उन्होंने कहा कि - ' हम …``: a single mark with spaces on both sides opens a
    quotation right after a dash or colon that follows a speech verb or कि."""
    lead = text[paragraph_start : mark.start()].rstrip()
    if not lead or lead[-1] not in ":-–—":
        return False
    words = lead[:-1].split()
    following = text[mark.end() + 1 : mark.end() + 2]
    return bool(words) and words[-1] in _SPACED_OPENER_AFTER and _is_letter(following)


# Words before the dash or colon of a spaced single opening mark.
_SPACED_OPENER_AFTER = frozenset({"कि", "कहा", "बोले", "बोलीं", "लिखा", "बताया"})


def _closes(text: str, opened: str, mark: re.Match[str]) -> bool:
    """Whether ``mark`` closes the quotation opened by ``opened``: any double mark closes a
    double (singles inside it nest); a single opened quotation closes at a single mark after
    a word, or at a double mark (‘‘…” is typed as one quotation)."""
    if opened in _DOUBLE:
        return mark.group() in _DOUBLE
    if mark.group() in _DOUBLE:
        return True
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    return not before.isspace() and mark.group() != lexicon.SINGLE_QUOTE_OPEN


def _run_on_end(
    text: str, mark: re.Match[str], paragraph_start: int, paragraph_end: int
) -> int | None:
    """Where an unclosed quotation ends, if it is one. An unclosed double quote runs to its
    paragraph's end; an unclosed single one too at the paragraph's start or after a comma,
    colon or dash (कहा, ‘…), where it plainly opens speech going on into the next paragraph.
    After कि (कहा कि 'हम किसी को नहीं छोड़ेंगे। …) it opens the speaker's words but their end
    is lost: the first sentence is taken, as for reported speech. Elsewhere a lone single mark
    quotes nothing."""
    if mark.group() in _DOUBLE:
        return paragraph_end
    before = text[paragraph_start : mark.start()].rstrip()
    if not before or before[-1] in _OPENS_SPEECH:
        return paragraph_end
    if before.split()[-1] not in lexicon.COMPLEMENTIZERS:
        return None
    found = _SENTENCE_STOP.search(text, mark.end(), paragraph_end)
    return found.end() if found else paragraph_end


def _add(
    spans: list[QuoteSpan],
    text: str,
    opened: re.Match[str],
    close_at: int,
    close_end: int,
    paragraph_start: int,
    paragraph_end: int,
) -> None:
    closed = close_end >= 0
    start, end = _trim(text, opened.end(), close_at)
    if end <= start:
        return
    words = len(text[start:end].split())
    if words < lexicon.MIN_QUOTE_WORDS and not (
        closed and text[start:end].endswith(_UTTERANCE_END)
    ):
        return
    spans.append(
        QuoteSpan(
            opened.start(),
            close_at,
            start,
            end,
            closed,
            paragraph_start,
            paragraph_end,
            close_end if closed else -1,
        )
    )


def _is_letter(char: str) -> bool:
    """A letter or a Devanagari sign that stands inside a word (matra, virama, nukta)."""
    return char.isalpha() or ("\u0900" <= char <= "\u097f" and char not in "।॥")


def _is_inch_mark(text: str, start: int, end: int) -> bool:
    """``5' 1"``: a straight double mark closing a feet-and-inches figure measures, not quotes."""
    return (
        text[start:end] == '"' and _FEET_INCHES.search(text, max(0, start - 8), start) is not None
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the space after an opening mark and the comma or space before a closing one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING_SEPARATORS:
        end -= 1
    return start, end


def inside_spans(offset: int, spans: list[QuoteSpan]) -> bool:
    """Whether ``offset`` falls inside one of ``spans`` (in order, not overlapping): a
    binary search, so a paragraph of thousands of quotes stays linear."""
    i = bisect.bisect_right(spans, offset, key=lambda span: span.open_at) - 1
    return i >= 0 and offset < spans[i].close_at
