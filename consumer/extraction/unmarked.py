"""Speech without quote marks: after a dash (मंत्री बोले- …), in a headline with its speaker
after a colon or dash (… : कृषि मंत्री), and after ``ने कहा,``. Pure functions over one
paragraph's tokens; the extractor attributes what they find like any quotation.

Hindi news pages print a large share of their verbatim speech this way, in headlines above
all. Each finder proposes a span and the construction that marks it; nothing here decides
who spoke, and a proposal the extractor cannot attribute is dropped.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from consumer.extraction import lexicon
from consumer.extraction.lang import cues, headlines, punctuation, roles
from consumer.extraction.quotes import QuoteSpan
from consumer.extraction.text import Token
from consumer.records import QuoteForm

__all__ = ["dash_speech", "headline_speech", "speech_before_speaker", "unmarked_speech"]

_DASH_TOKENS = frozenset({"-", "–", "—", ":"})
_QUOTE_TOKENS = frozenset((*lexicon.DOUBLE_QUOTE_MARKS, *lexicon.SINGLE_QUOTE_MARKS))
_SENTENCE_END = punctuation.CLAUSE_END
# Separators between a headline's words and its speaker: a colon, a visarga typed for one,
# a spaced dash or a bar.
_HEADLINE_AFTER = re.compile(r"(?:\s*[:ः]\s+|\s*:\s*|\s*[-–—|]\s+|\s*[–—]\s*)")
# A hyphen glued to both words before a line's last one or two words, the last an office
# (… लज्जाजनक है-अध्यक्ष, … बनेगी-जिला अधिकारी): not a compound like धक्का-मुक्की, which
# ends in no office word (checked by the caller through roles.ROLE_WORDS).
_GLUED_DASH = re.compile(
    r"(?<=[\u0900-\u097f])-(?=(?P<speaker>[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)?)\s*$)"
)
# Where a headline's speaker spoke, before the speaker (… : किसानों की महापंचायत में टिकैत).
_SETTING = re.compile(r"\s*(?:[^\s:|]+\s+){1,3}में\s+")
# A colon after a speaker, or after a dateline, at a headline's start.
_HEADLINE_BEFORE = re.compile(r"\s*[:ः]\s*")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
# A dateline of one or two words closed by a danda at a line's start (लखनऊ। , नई दिल्ली। ).
_DATELINE_DANDA = re.compile(r"\s*[^\s।:,]+(?:\s[^\s।:,]+)?।\s*")
_LATIN = re.compile(r"[A-Za-z]")
_LINE_END_MARKS = "।.॥"
# Longest utterance without quote marks, in tokens, read after a dash or a cue: news
# sentences are rarely over 60 words, and a bound keeps each cue's reading short.
_MAX_SPEECH_TOKENS = 120
# Longest speaker between a verb and the dash in headline word order (बोले टीम इंडिया के कोच-).
_MAX_VERB_FIRST_SPEAKER = 5
# The same with a comma for the dash (बोलीं सिंधु, …): a shorter speaker, as a comma also
# ends ordinary clauses.
_MAX_VERB_FIRST_COMMA = 3
# Longest speaker phrase between the comma and ने of speech printed before its speaker.
_MAX_TRAILING_SPEAKER = 8


def dash_speech(text: str, tokens: list[Token], paragraph: tuple[int, int]) -> list[QuoteSpan]:
    """``एसपी बोले- आरोपी जल्द पकड़े जाएंगे।``: a speech verb (or noun), a dash or colon, and
    words that are not in quote marks, to the sentence end."""
    found: list[QuoteSpan] = []
    for i, token in enumerate(tokens):
        start = _dash_start(text, tokens, i)
        verb_first = start is None and _verb_first(tokens, i)
        if verb_first:
            start = tokens[i + 1].start
        if start is None:
            continue
        end = _speech_end(text, tokens, start, paragraph[1])
        if end is None:
            continue
        span = _span(min(token.end, start - 1), start, end, paragraph, "dash")
        found.append(dataclasses.replace(span, verb_first=True) if verb_first else span)
    return found


def unmarked_speech(text: str, tokens: list[Token], paragraph: tuple[int, int]) -> list[QuoteSpan]:
    """``विधायक ने कहा, अब गांव में पानी की कमी नहीं होगी।``: a speech verb, a comma, and a
    sentence that no quote mark opens; without the comma, only what was written after an agent
    with ने (ने लिखा …): other clauses right after the verb are reported speech.
    Narration after the comma (``कहा, जिसके बाद …``) is not speech. (Real pages print the
    speaker's words after ``ने कहा,`` in the third person too: the real-news gold counts them
    as speech without marks; the corpus's older guideline calls them reported.)"""
    found: list[QuoteSpan] = []
    for i, token in enumerate(tokens[:-2]):
        if token.text not in lexicon.UNMARKED_SPEECH_VERBS:
            continue
        comma = tokens[i + 1].text == ","
        first = tokens[i + 2] if comma else tokens[i + 1]
        if (
            first.text in _QUOTE_TOKENS
            or first.text in lexicon.NARRATION_OPENERS
            or first.text in lexicon.NOT_CLAUSE_OPENERS
            or not _is_word(first.text)
        ):
            continue
        # ने ट्वीट में लिखा …: what was written after an agent is quoted whatever its person.
        written = not comma and token.text.startswith(cues.WRITING_STEM)
        if not comma and not (written and _agent_before(tokens, i)):
            # मुख्यमंत्री ने कहा हम …: a clause right after a speech verb is reported speech
            # (consumer.extraction.reported_speech), in whatever person it speaks.
            continue
        end = _speech_end(text, tokens, first.start, paragraph[1])
        if end is None:
            continue
        opening = tokens[i + 1].start if comma else token.end
        found.append(_span(opening, first.start, end, paragraph, "unmarked"))
    return found


def speech_before_speaker(
    text: str, tokens: list[Token], paragraph: tuple[int, int]
) -> list[QuoteSpan]:
    """``हम सब कुछ वहीं छोड़ आए हैं, इंग्लैंड के कोच ने कहा।``: a sentence that ends in a comma,
    an agent with ने and a speech verb, the verb closing the sentence (wire copy translated
    from English prints speech this way). The words before the comma, from the sentence's
    start, are the speech; who spoke is read after it like a quotation's speaker."""
    found: list[QuoteSpan] = []
    for i, token in enumerate(tokens):
        if (
            token.text not in cues.SPEAKER_AFTER_VERBS
            or i < 3
            or tokens[i - 1].text not in lexicon.AGENT_MARKERS
        ):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text not in _SENTENCE_END:
            continue  # कहा कि …, कहा और …: the verb does not close its sentence
        comma = _comma_before_agent(tokens, i - 1)
        if comma is None:
            continue
        start = _sentence_start(tokens, comma)
        if start is None or tokens[start].text in _QUOTE_TOKENS:
            continue
        words = text[tokens[start].start : tokens[comma].start].split()
        if len(words) < lexicon.MIN_QUOTE_WORDS:
            continue
        span = QuoteSpan(
            tokens[start].start,
            tokens[comma].start,
            tokens[start].start,
            tokens[comma].start,
            True,
            paragraph[0],
            paragraph[1],
            tokens[comma].end,
            "unmarked",
            speaker_after=True,
        )
        found.append(span)
    return found


def _comma_before_agent(tokens: list[Token], agent: int) -> int | None:
    """Index of the comma that closes the speech before ``X ने``: the speaker phrase between
    them is short and has no punctuation."""
    for k in range(agent - 1, max(-1, agent - 1 - _MAX_TRAILING_SPEAKER), -1):
        word = tokens[k].text
        if word == ",":
            return k if k < agent - 1 else None
        if word in punctuation.PUNCTUATION_TOKENS:
            return None
    return None


def _sentence_start(tokens: list[Token], end: int) -> int | None:
    """Index of the first token of the sentence that ``tokens[end]`` is in (None when no
    sentence start comes within ``_MAX_SPEECH_TOKENS``)."""
    k = end
    while k > 0 and end - k < _MAX_SPEECH_TOKENS:
        if tokens[k - 1].text in _SENTENCE_END or tokens[k - 1].text in _QUOTE_TOKENS:
            return k
        k -= 1
    return 0 if k == 0 else None


def _glued_dash_speaker(line: str) -> re.Match[str] | None:
    """:data:`_GLUED_DASH` where the words after it end in an office word."""
    match = _GLUED_DASH.search(line)
    if match is None or match["speaker"].split()[-1] not in roles.ROLE_WORDS:
        return None
    return match


def headline_speech(text: str, paragraph: tuple[int, int]) -> QuoteSpan | None:
    """``किसानों की आय दोगुनी करेंगे : कृषि मंत्री``: a line without a sentence end whose last
    words, after a colon or a dash, are short enough to name a speaker; or, failing that,
    ``सुप्रीम कोर्ट : सरकार के ऊपर सुपर सरकार नहीं होनी चाहिए``, a short speaker before the
    line's first colon. Whether the words name a speaker is the extractor's question (a
    person, an office or a body, not a place)."""
    start, end = paragraph
    line = text[start:end].rstrip()
    if line.endswith(("।", ".")) and not line.endswith(".."):
        line = line[:-1].rstrip()  # … हत्या: पीड़ित परिवार।
    # लखनऊ। … हत्या: पीड़ित परिवार: a dateline with a danda before the headline.
    dateline = _DATELINE_DANDA.match(line)
    lead = dateline.end() if dateline else len(line) - len(line.lstrip())
    if not _headline_shaped(line[lead:]):
        return None
    return _speaker_after(text, start, line, lead) or _speaker_before(text, start, line, lead)


def _speaker_after(text: str, start: int, line: str, lead: int) -> QuoteSpan | None:
    separators = list(_HEADLINE_AFTER.finditer(line))
    glued = _glued_dash_speaker(line)
    if glued is not None and (not separators or separators[-1].start() < glued.start()):
        separators.append(glued)  # घटना लज्जाजनक है-अध्यक्ष: an office glued to the dash
    if not separators:
        return None
    separator = separators[-1]
    if line[: separator.start()].rsplit(None, 1)[-1:] and (
        line[: separator.start()].split()[-1] in lexicon.DASH_SPEECH_CUES
    ):
        return None  # … कहा- जनता …: dash speech, not a speaker after a dash
    speaker = line[separator.end() :].strip()
    setting = _SETTING.match(line, separator.end())
    if setting is not None and _speaker_like(line[setting.end() :].strip()):
        # … चलता रहेगा: किसानों की महापंचायत में राकेश टिकैत: where it was said, then who.
        speaker, speaker_at = line[setting.end() :].strip(), setting.end()
    else:
        speaker_at = separator.end()
    if speaker.startswith("(") and speaker.endswith(")"):
        # … पहुंचाएंगे : (मुख्यमंत्री पुष्कर सिंह धामी): the speaker in brackets.
        speaker = speaker[1:-1].strip()
        speaker_at = line.index("(", speaker_at) + 1
    if not _speaker_like(speaker) and not _latin_name(speaker):
        return None
    speech_start = start + lead
    first = _HEADLINE_BEFORE.search(line, lead)
    if first is not None and first.start() < separator.start():
        before = line[lead : first.start()].split()
        if len(before) <= lexicon.MAX_DATELINE_WORDS:
            speech_start = start + first.end()  # सुल्तानपुर : … - मेनका: a dateline first
    speech_end = _trim_speech_end(text, speech_start, start + separator.start())
    if not _speech_like(text[speech_start:speech_end]):
        return None
    # The speaker follows the separator: it is read from close_end on.
    return _headline_span(speech_start, speech_start, speech_end, start, line, start + speaker_at)


def _speaker_before(text: str, start: int, line: str, lead: int) -> QuoteSpan | None:
    colon = _HEADLINE_BEFORE.search(line, lead)
    if colon is None:
        return None
    speaker = line[lead : colon.start()].strip()
    if speaker.split()[-1:] and speaker.split()[-1] in headlines.EVENT_LABELS:
        return None  # दौसा हादसा: …: the story's label
    # (Not a name in Latin letters, Irfan Ansari : …: far more often a kicker, Traffic
    # Advisory: …, Stock Market: …, than a speaker; such a speaker is missed.)
    words = speaker.split()
    if ends_in_speech_noun(words):
        words = words[:-2]  # आईजी बस्तर पी सुंदरराज का दावा : …: the speaker before the genitive
    if not _speaker_like(" ".join(words)) or len(words) > lexicon.MAX_HEADLINE_SPEAKER_WORDS:
        return None
    speech_start = start + colon.end()
    speech_end = _trim_speech_end(text, speech_start, start + len(line))
    if not _speech_like(text[speech_start:speech_end]):
        return None
    # The speaker stands before the separator: the span's open_at is the colon, and its
    # close_end is its own end (nothing after it names anyone).
    return _headline_span(start + colon.start(), speech_start, speech_end, start, line, speech_end)


def ends_in_speech_noun(words: list[str]) -> bool:
    """``सपा नेता का आरोप``: a phrase ending in the genitive of a speech noun (the speaker is
    the words before the genitive, the noun the cue)."""
    return (
        len(words) >= 2
        and words[-2] in lexicon.GENITIVE_MARKERS
        and words[-1] in lexicon.GENITIVE_CUE_NOUNS
    )


def _headline_span(
    open_at: int, speech_start: int, speech_end: int, line_start: int, line: str, close_end: int
) -> QuoteSpan:
    return QuoteSpan(
        open_at,
        speech_end,
        speech_start,
        speech_end,
        True,
        line_start,
        line_start + len(line),
        close_end,
        "headline",
    )


def _speaker_like(phrase: str) -> bool:
    """Short, in Devanagari, without digits or quote marks: what a headline's speaker looks
    like (कृषि मंत्री रमेश तिवारी), unlike a time, a byline or a Latin kicker."""
    return (
        bool(phrase)
        and len(phrase.split()) <= lexicon.MAX_HEADLINE_SPEAKER_WORDS
        and not _LATIN.search(phrase)
        and not any(ch.isdigit() for ch in phrase)
        and not any(mark in phrase for mark in _QUOTE_TOKENS)
        and not any(ch in phrase for ch in "|:ः")
    )


def _latin_name(phrase: str) -> bool:
    """``… : Meera Nair``: a name in Latin letters, every word capitalised."""
    words = phrase.split()
    return 0 < len(words) <= 4 and all(
        w.isascii() and w.isalpha() and w[0].isupper() for w in words
    )


def _speech_like(speech: str) -> bool:
    """Enough Devanagari words, and not a quotation in marks (that is an ordinary quote); a
    title in marks inside the words (फिल्म 'मिमी' मेरे दिल के नजदीक : अभिनेत्री) is not."""
    words = [w for w in speech.split() if _DEVANAGARI.search(w)]
    stripped = speech.strip()
    marked = stripped.startswith(tuple(_QUOTE_TOKENS)) or stripped.endswith(tuple(_QUOTE_TOKENS))
    return len(words) >= lexicon.MIN_QUOTE_WORDS and not marked


def _trim_speech_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,'\"‘’“”.।":
        end -= 1
    return end


def _headline_shaped(line: str) -> bool:
    """A headline: a short line with no sentence end and no clutter prefix (यह भी पढ़ें)."""
    if not line or line[-1] in _LINE_END_MARKS or len(line.split()) > lexicon.MAX_HEADLINE_WORDS:
        return False
    if line.lstrip().startswith(lexicon.CLUTTER_PREFIXES):
        return False
    return "।" not in line


def _verb_first(tokens: list[Token], i: int) -> bool:
    """``हार के बाद बोले ऑस्ट्रेलियाई कप्तान- …``: ``tokens[i]`` is a dash (or a comma) after a
    speaker of a few words that a speech verb opens (headline word order)."""
    comma = tokens[i].text == "," if i < len(tokens) else False
    if not (comma or tokens[i].text in punctuation.DASHES) or i + 1 >= len(tokens) or i < 2:
        return False
    if tokens[i + 1].text in _QUOTE_TOKENS:
        return False
    # जीत के बाद बोलीं सिंधु, रजत पदक …: a comma for the dash, after a speaker of at most
    # _MAX_VERB_FIRST_COMMA words.
    reach = _MAX_VERB_FIRST_COMMA if comma else _MAX_VERB_FIRST_SPEAKER
    for k in range(i - 2, max(-1, i - 2 - reach), -1):
        word = tokens[k].text
        if word in cues.VERB_FIRST_CUES:
            return True
        if word in punctuation.PUNCTUATION_TOKENS:
            return False
    return False


def _dash_start(text: str, tokens: list[Token], i: int) -> int | None:
    """Where the speech after the cue at ``tokens[i]`` starts, if a dash follows the cue."""
    token = tokens[i]
    word = token.text
    if word.endswith(punctuation.VISARGA_COLON) and word[:-1] in lexicon.UNMARKED_SPEECH_VERBS:
        # बोलेः जिसकी …: a visarga typed for the colon, glued to the verb.
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt.start if nxt is not None and nxt.text not in _QUOTE_TOKENS else None
    if "-" in word:
        # बोले-सड़क: the tokenizer keeps a hyphenated word whole.
        cue, _, rest = word.partition("-")
        if cue in lexicon.DASH_SPEECH_CUES and rest:
            return token.start + len(cue) + 1
        return None
    light = (
        word in lexicon.DASH_LIGHT_VERBS
        and i > 0
        and tokens[i - 1].text in lexicon.DASH_SPEECH_CUES
    )
    # रीता कहती हैं: …, वह कहते हैं- …: a present-tense speech verb and its auxiliary.
    present = word in _PRESENT_AUXILIARIES and i > 0 and tokens[i - 1].text in _PRESENT_SPEECH
    if (word not in lexicon.DASH_SPEECH_CUES and not light and not present) or i + 2 >= len(tokens):
        return None
    dash, first = tokens[i + 1], tokens[i + 2]
    if dash.text not in _DASH_TOKENS or first.text in _QUOTE_TOKENS:
        return None
    if dash.text == ":" and word not in lexicon.UNMARKED_SPEECH_VERBS and not present:
        return None  # X का बयान: … is a headline kicker, not speech
    return first.start


#: Present-tense speech verbs that open speech after their auxiliary and a dash or colon.
_PRESENT_SPEECH = frozenset({"कहती", "कहते", "कहता", "बताती", "बताते", "बताता"})
_PRESENT_AUXILIARIES = frozenset({"है", "हैं", "हूं", "हूँ"})


def _speech_end(text: str, tokens: list[Token], start: int, paragraph_end: int) -> int | None:
    """The end of the sentence starting at ``start``, without its final danda or full stop
    (as for reported speech); None when a quote mark comes first (the speech is then in
    marks) or the sentence is too short to be speech. Speech without marks is taken one
    sentence at a time: where it goes on, nothing on the page says so."""
    end = _sentence_end(text, tokens, start, paragraph_end)
    if end is None:
        return None
    while end > start and text[end - 1] in "।.॥ ,;":
        end -= 1
    if len(text[start:end].split()) < lexicon.MIN_QUOTE_WORDS:
        return None
    return end


def _sentence_end(text: str, tokens: list[Token], start: int, paragraph_end: int) -> int | None:
    """End offset (after its final mark) of the sentence starting at ``start``; None where a
    quote mark comes first, or where no sentence end comes within ``_MAX_SPEECH_TOKENS``
    (a run of words without punctuation is not one utterance, and reading it to its end for
    every cue in it would make a long paragraph cost the square of its length). A dash that
    opens the next item of a run-on list of headlines (``… देख सकेगा -बकिंघम पैलेस …``) or
    a credit in Latin letters (``… किया- India TV Hindi``) ends it too."""
    first = bisect.bisect_left(tokens, start, key=_token_start)
    last = None
    window = tokens[first : first + _MAX_SPEECH_TOKENS]
    skip_to = -1
    for k, token in enumerate(window):
        if k <= skip_to:
            continue
        if token.text in _QUOTE_TOKENS:
            close = _scare_quote(text, window, k) if last is not None else None
            if close is not None:
                # आज की घटना 'लज्जाजनक', एक्शन …: a word or two in marks inside the speech
                # is part of it.
                skip_to, last = close, window[close].end
                continue
            return None if last is None else last
        if (
            last is not None
            and token.text in punctuation.DASHES
            and _dash_ends_item(text, window, k)
        ):
            return last
        last = token.end
        if token.text in _SENTENCE_END:
            return token.end
    if last is None or first + _MAX_SPEECH_TOKENS < len(tokens):
        return None
    return paragraph_end


#: Most words in marks read as part of speech without marks around them (a scare quote).
_SCARE_QUOTE_WORDS = 3


def _scare_quote(text: str, window: list[Token], k: int) -> int | None:
    """Index of the token closing the mark that ``window[k]`` opens, when it closes around
    at most ``_SCARE_QUOTE_WORDS`` words with no sentence end and the sentence goes on after
    it (the words inside are tokens too when no quotation was found there)."""
    for close in range(k + 1, min(len(window) - 1, k + _SCARE_QUOTE_WORDS + 2)):
        if window[close].text not in _QUOTE_TOKENS:
            continue
        inside = text[window[k].end : window[close].start]
        if any(mark in inside for mark in _LINE_END_MARKS + "?!"):
            return None
        if 0 < len(inside.split()) <= _SCARE_QUOTE_WORDS and (
            window[close + 1].text not in _SENTENCE_END
        ):
            return close
        return None
    return None


def _dash_ends_item(text: str, window: list[Token], k: int) -> bool:
    """``window[k]`` (a dash) opens the next headline of a list (a space before it, none
    after) or a credit line (a Latin word after it)."""
    dash = window[k]
    before = text[dash.start - 1] if dash.start > 0 else " "
    after = text[dash.end] if dash.end < len(text) else " "
    if before.isspace() and not after.isspace():
        return True
    following = window[k + 1].text if k + 1 < len(window) else ""
    return bool(_LATIN.match(following)) and not _DEVANAGARI.search(following)


def _token_start(token: Token) -> int:
    return token.start


def _is_word(text: str) -> bool:
    return bool(_DEVANAGARI.search(text)) or text.isalnum()


def _agent_before(tokens: list[Token], i: int) -> bool:
    """Whether an agent marked with ने (or an ergative pronoun) stands shortly before the cue
    at ``tokens[i]``, within its sentence."""
    for token in reversed(tokens[max(0, i - lexicon.AGENT_REACH) : i]):
        if token.text in _SENTENCE_END:
            return False
        if token.text in lexicon.AGENT_MARKERS or token.text in lexicon.ERGATIVE_PRONOUNS:
            return True
    return False


def _between(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens starting in ``[start, end)`` (binary search: tokens are in order)."""
    low = bisect.bisect_left(tokens, start, key=_token_start)
    high = bisect.bisect_left(tokens, end, lo=low, key=_token_start)
    return tokens[low:high]


def _span(
    open_at: int, start: int, end: int, paragraph: tuple[int, int], form: QuoteForm
) -> QuoteSpan:
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
