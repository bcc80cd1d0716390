"""Speaker runs: the name-like words that end just before a cue's ने or a bracket, read
leftwards until a stop word, a punctuation mark, a verb or a time adverbial ends the phrase."""

from __future__ import annotations

from consumer.extraction import lexicon
from consumer.extraction.lang import organizations, particles, punctuation, time_words
from consumer.extraction.mentions import Classifier, Mention
from consumer.extraction.text import Token

__all__ = ["MAX_SPEAKER_TOKENS", "speaker_run"]

#: Longest speaker phrase, in tokens (मुख्य चिकित्सा अधिकारी डॉ. रमेश चंद्र पाठक).
MAX_SPEAKER_TOKENS = 8

_JO = "जो"


def speaker_run(
    window: list[Token], end: int, classify: Classifier, *, floor: int = 0
) -> Mention | None:
    """The run of name-like tokens ending just before index ``end`` (not before ``floor``)."""
    end = _before_latin_bracket(window, end, floor)
    start = end
    while True:
        start = _run_start(window, start, end, floor)
        # पुलिस उपायुक्त (पश्चिम) विजय लक्ष्मी रावत: a bracket after an office is read through.
        opening = _bracket_before(window, start, floor)
        if opening is None or end - opening >= MAX_SPEAKER_TOKENS:
            break
        start = opening
    if (
        start > floor + 1
        and window[start - 1].text in particles.JOINING_CONJUNCTIONS
        and window[end - 1].text in organizations.DIVISION_BENCH_WORDS
    ):
        # न्यायमूर्ति डी एन पटेल और न्यायमूर्ति ज्योति सिंह की पीठ: two judges, one body.
        joined = _run_start(window, start - 1, end, floor)
        start = joined if joined < start - 1 else start
    if (
        end - start == 1
        and start > floor + 1
        and window[start - 1].text == _JO
        and window[start - 2].text in lexicon.TITLES
    ):
        # राष्ट्रपति जो बिडेन, कप्तान जो रूट: after an office, जो is the given name Joe,
        # not the relative pronoun (whose agent form would be जिसने).
        start -= 1
    # A run never begins with a bare genitive marker.
    while start < end and window[start].text in lexicon.GENITIVE_MARKERS:
        start += 1
    if start == end:
        return None
    return classify(window[start:end])


def _before_latin_bracket(window: list[Token], end: int, floor: int) -> int:
    """``मुख्यमंत्री रमेश साहू (CM Sahu) ने``, ``… कैपिटल लिमिटेड (एबीसीएल) ने``: a name's
    Latin form or short form in brackets after it is the same speaker; the run ends before the
    bracket."""
    if end - 1 <= floor or window[end - 1].text != ")":
        return end
    for i in range(end - 2, max(floor, end - 6) - 1, -1):
        if window[i].text == "(":
            inside = window[i + 1 : end - 1]
            latin = inside and all(t.text.isascii() for t in inside)
            # (not an office: रमेश चौहान (एसडीएम) ने … binds the office to the name elsewhere)
            short_form = (
                len(inside) == 1
                and inside[0].text not in punctuation.PUNCTUATION
                and inside[0].text not in lexicon.TITLES
            )
            return i if (latin or short_form) and i > floor else end
    return end


def _bracket_before(window: list[Token], start: int, floor: int) -> int | None:
    """Index of the "(" of a short bracket that closes right before ``start``, if the word
    before the bracket is a title (an office qualified by a place or a short form)."""
    if start - 1 <= floor or window[start - 1].text != ")":
        return None
    for i in range(start - 2, max(floor, start - 6) - 1, -1):
        if window[i].text == "(":
            return i if i > floor and window[i - 1].text in lexicon.TITLES else None
    return None


def _run_start(window: list[Token], start: int, end: int, floor: int) -> int:
    while (
        start > floor
        and end - start < MAX_SPEAKER_TOKENS
        and window[start - 1].text not in lexicon.SPEAKER_STOPS
        and window[start - 1].text not in punctuation.PUNCTUATION
        and window[start - 1].text not in lexicon.PARTICIPLES
        # लौटीं, बनीं, थीं: a verb ends the phrase (no name ends in -ीं; उन्हीं is a pronoun).
        and not (
            window[start - 1].text.endswith(particles.FEMININE_PLURAL_ENDING)
            and window[start - 1].text not in lexicon.PRONOUNS
        )
        # पिछले साल नीति आयोग …: a time adverbial opens the sentence (not 58 साल के मल्लाह)
        and not (
            window[start - 1].text in time_words.YEAR_WORDS
            and start >= 2
            and window[start - 2].text in time_words.TIME_DETERMINERS
        )
    ):
        start -= 1
    return start
