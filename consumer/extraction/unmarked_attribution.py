"""Attribution of speech without quote marks (headlines, dash speech, unmarked speech after a
comma): which spans in a paragraph are such speech, and who said it. The spans themselves
are found by :mod:`consumer.extraction.unmarked`."""

from __future__ import annotations

import bisect
import dataclasses

from consumer.extraction import lexicon
from consumer.extraction.attribution import (
    Attribution,
    attribute_after,
    attribute_before,
    genitive_noun,
)
from consumer.extraction.confidence import confidence
from consumer.extraction.lang import cues, headlines, particles, punctuation, stop_words
from consumer.extraction.mentions import Classifier
from consumer.extraction.quote_builder import build_quote, cue_of, evidence_of, opening
from consumer.extraction.quotes import QuoteSpan
from consumer.extraction.resolution_case import Context
from consumer.extraction.speaker_resolution import resolve
from consumer.extraction.speaker_runs import speaker_run
from consumer.extraction.subjects import subject_mentions
from consumer.extraction.text import Token
from consumer.extraction.unmarked import (
    dash_speech,
    ends_in_speech_noun,
    headline_speech,
    speech_before_speaker,
    unmarked_speech,
)
from consumer.extraction.windows import window_after, window_before
from consumer.records import Quote

__all__ = ["unmarked_quote", "unmarked_spans"]


def unmarked_spans(
    text: str, tokens: list[Token], marked: list[QuoteSpan], paragraph: tuple[int, int]
) -> list[QuoteSpan]:
    """Speech without quote marks in one paragraph, outside its quotations: a headline
    whose speaker follows a colon or dash, dash speech, and unmarked speech after a comma."""
    found = [
        *dash_speech(text, tokens, paragraph),
        *unmarked_speech(text, tokens, paragraph),
        *speech_before_speaker(text, tokens, paragraph),
    ]
    if not marked and not found:
        headline = headline_speech(text, paragraph)
        if headline is not None:
            return [headline]
    found = [s for s in found if not any(m.open_at <= s.start < m.close_at for m in marked)]
    found.sort(key=opening)
    kept: list[QuoteSpan] = []
    for span in found:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def unmarked_quote(
    text: str, tokens: list[Token], span: QuoteSpan, context: Context
) -> Quote | None:
    """Attribute speech without quote marks, or drop it: without a cue and a speaker
    before the dash or comma (or after a headline's colon) the words are narration."""
    classify = context.names.classify
    if span.form == "headline":
        attribution = _headline_attribution(text, tokens, span, classify)
    elif span.speaker_after:
        attribution = attribute_after(window_after(tokens, span.after_close), classify)
    elif span.verb_first:
        attribution = _verb_first_speaker(window_before(tokens, span.open_at + 1), classify)
    else:
        window = window_before(tokens, span.open_at)
        if window and window[-1].end > span.open_at:
            # कोच बोले-टीम …: the cue is glued to the speech by the dash.
            last = window[-1]
            window[-1] = Token(text[last.start : span.open_at], last.start, span.open_at)
        elif window and window[-1].text.endswith(punctuation.VISARGA_COLON):
            # बोलेः जिसकी …: a visarga typed for the colon, glued to the verb.
            last = window[-1]
            window[-1] = Token(last.text[:-1], last.start, last.end - 1)
        attribution = attribute_before(window, classify) or genitive_noun(window, classify)
        if attribution is not None and _across_comma(window, attribution):
            # … मेंढक से की, बोलेः …: a clause of its own before the comma holds no subject
            # of the cue; the subject is dropped (or stands before that clause).
            attribution = dataclasses.replace(attribution, speaker=None)
        if attribution is not None and attribution.speaker is None:
            attribution = (
                _dropped_subject(tokens, attribution, classify, sentences=0)
                or _genitive_head(window, attribution, classify)
                or _comma_subject(window, attribution, classify)
                or _colon_subject(window, attribution, classify)
                or _dropped_subject(tokens, attribution, classify, sentences=1)
            )
    if attribution is None or attribution.speaker is None:
        return None
    if attribution.speaker.kind not in lexicon.UNMARKED_SPEAKER_KINDS:
        return None
    cue = cue_of(text, attribution)
    resolution = resolve(text, attribution.speaker, context, cue.text if cue else None)
    speaker = resolution.speaker
    if speaker is None:
        return None
    named = speaker.name is not None or speaker.kind == "role"
    score = confidence("unmarked_named" if named else "unmarked_unresolved")
    evidence = evidence_of(span.form, attribution, resolution)
    quote = build_quote(text, "unmarked", span.start, span.end, speaker, cue, score, evidence)
    return dataclasses.replace(quote, form=span.form)


def _headline_attribution(
    text: str, tokens: list[Token], span: QuoteSpan, classify: Classifier
) -> Attribution | None:
    """``… : कृषि मंत्री``: the separator is the cue and the words after it the speaker;
    ``सुप्रीम कोर्ट : …``: the words before the colon."""
    if span.close_end == span.end:
        offset = (
            span.open_at
            + len(text[span.open_at : span.start])
            - len(text[span.open_at : span.start].lstrip())
        )
        speaker_tokens = [t for t in tokens if t.start < offset]
    else:
        separator = text[span.close_at : span.close_end]
        offset = span.close_at + len(separator) - len(separator.lstrip())
        speaker_tokens = [
            # (… है-अध्यक्ष: the part of a hyphenated token after the separator)
            Token(text[span.close_end : t.end], span.close_end, t.end)
            if t.start < span.close_end < t.end
            else t
            for t in tokens
            if t.end > span.close_end
        ]
        while speaker_tokens and speaker_tokens[-1].text in ("।", ".", ")"):
            speaker_tokens.pop()  # … हत्या: पीड़ित परिवार।, … : (मुख्यमंत्री …)
    cue_end = offset + 1
    if (
        span.close_end == span.end
        and len(speaker_tokens) > 2
        and ends_in_speech_noun([t.text for t in speaker_tokens])
    ):
        # सपा नेता का आरोप : …: the speech noun is the cue, its genitive the speaker.
        offset, cue_end = speaker_tokens[-1].start, speaker_tokens[-1].end
        speaker_tokens = speaker_tokens[:-2]
    if not speaker_tokens or any(t.text in punctuation.PUNCTUATION_TOKENS for t in speaker_tokens):
        return None
    if speaker_tokens[-1].text in headlines.MEDIA_WORDS:
        return None  # राजस्थान न्यूज़: …: the page's label, not a speaker
    mention = classify(speaker_tokens)
    if mention.kind == "person" and mention.name and mention.name in lexicon.PLACES:
        return None
    if (
        span.close_end == span.end
        and mention.kind == "person"
        and len(speaker_tokens) < 2
        and speaker_tokens[0].text not in lexicon.HEADLINE_BODIES
    ):
        return None  # सुल्तानपुर : …: one unknown word before a colon is a dateline
    return Attribution(offset, cue_end, mention, "headline_after")


def _comma_subject(
    window: list[Token], attribution: Attribution, classify: Classifier
) -> Attribution | None:
    """``राज्यपाल पर बरसे मुख्यमंत्री, बोले- …``: the subject ends the clause before the comma;
    the shortest phrase there that names an office or body (or a person with a title)."""
    if len(window) < 3 or window[-2].text != ",":
        return None
    comma = len(window) - 2
    adjective = comma > 1 and window[comma - 1].text in stop_words.PREDICATE_ADJECTIVES
    if adjective:
        comma -= 1  # मेडल जीतकर पहलवान सुनीता खुश, बोलीं- …: the subject before the adjective
    for size in (1, 2, 3):
        phrase = window[max(0, comma - size) : comma]
        if len(phrase) < size or any(t.text in punctuation.PUNCTUATION_TOKENS for t in phrase):
            return None
        mention = classify(phrase)
        if mention.kind in ("role", "organization") or (
            mention.kind == "person" and mention.role is not None
        ):
            return Attribution(attribution.cue_start, attribution.cue_end, mention, "comma_subject")
        if adjective and mention.kind == "person" and mention.name and size < 3:
            # मेडल जीतकर साक्षी खुश, बोलीं- …: a bare name right after a participle (जीतकर)
            # or opening the headline, before a predicate adjective, is its subject.
            before = comma - size - 1
            if before < 0 or window[before].text.endswith(particles.CONJUNCTIVE_ENDING):
                return Attribution(
                    attribution.cue_start, attribution.cue_end, mention, "comma_subject"
                )
    return None


def _colon_subject(
    window: list[Token], attribution: Attribution, classify: Classifier
) -> Attribution | None:
    """``जीत से खुश कप्तान रोहन मेहता: मैच के बाद बोले- …``: a headline names its speaker
    before a colon and drops the subject of the verb a few words after it."""
    at = next((k for k, t in enumerate(window) if t.start == attribution.cue_start), None)
    if at is None:
        return None
    colon = next(
        (
            k
            for k in range(at - 1, max(-1, at - 1 - _DROPPED_SUBJECT_WORDS), -1)
            if window[k].text == ":"
        ),
        None,
    )
    if colon is None or colon == 0:
        return None
    if any(t.text in punctuation.PUNCTUATION_TOKENS for t in window[colon + 1 : at]):
        return None
    mention = speaker_run(window, colon, classify)
    if mention is None or mention.kind not in ("person", "role", "organization"):
        return None
    if mention.kind == "person" and not mention.name:
        return None
    return Attribution(attribution.cue_start, attribution.cue_end, mention, "colon_subject")


def _genitive_head(
    window: list[Token], attribution: Attribution, classify: Classifier
) -> Attribution | None:
    """``अखिलेश का भाजपा पर हमला, कहा- …``: a headline names its speaker in the genitive
    at its start and drops the subject of the verb."""
    for i, token in enumerate(window[: lexicon.MAX_HEADLINE_SPEAKER_WORDS + 1]):
        if token.text in lexicon.GENITIVE_MARKERS and i > 0:
            if i + 1 < len(window) and window[i + 1].text in _NOT_POSSESSED:
                return None  # किसानों के बीच पहुंचे विधायक …, कहा-: a place, not a speaker
            mention = classify(window[:i])
            if mention.kind in ("person", "role", "organization"):
                return Attribution(
                    attribution.cue_start, attribution.cue_end, mention, "genitive_head"
                )
            return None
        if token.text in punctuation.PUNCTUATION_TOKENS:
            return None
    return None


# Nouns of compound postpositions: X के बीच, X के खिलाफ … say where or about whom, and
# the genitive before them names no speaker.
_NOT_POSSESSED = particles.COMPOUND_POSTPOSITIONS | {"खिलाफ", "लिए", "बारे", "बाद", "दौरान"}

#: How many words may stand before a cue whose subject is dropped (फेसबुक पर लिखा-, आगे कहा-).
_DROPPED_SUBJECT_WORDS = 4

#: How many tokens back a dropped subject's ने may stand.
_DROPPED_SUBJECT_REACH = 160


def _dropped_subject(
    tokens: list[Token], attribution: Attribution, classify: Classifier, *, sentences: int
) -> Attribution | None:
    """``तेजस्वी ने सरकार पर हमला किया, फेसबुक पर लिखा- …``: a cue with no subject of its own,
    a few words into its clause, continues the paragraph's last ``X ने`` in the same sentence
    (``बैठक में मुख्यमंत्री ने दी हिदायत, कहा- …``: before a genitive at the sentence's
    start is read as its speaker) or, with ``sentences=1``, the sentence before."""
    # The tokens before the cue, back to the sentence end before the sentences read (and at
    # most _DROPPED_SUBJECT_REACH of them): each cue reads a bounded stretch, so that a
    # paragraph of many cues stays linear.
    end = bisect.bisect_right(tokens, attribution.cue_start, key=lambda t: t.end)
    start, ends_seen = end, 0
    while start > 0 and end - start < _DROPPED_SUBJECT_REACH:
        if tokens[start - 1].text in punctuation.SENTENCE_END:
            ends_seen += 1
            if ends_seen > sentences:
                break
        start -= 1
    before = tokens[start:end]
    clause = 0
    for token in reversed(before):
        if token.text in punctuation.SENTENCE_END or token.text == ",":
            break
        clause += 1
    if clause > _DROPPED_SUBJECT_WORDS:
        return None
    subjects = [
        m for m in subject_mentions(before, classify) if m.kind in lexicon.UNMARKED_SPEAKER_KINDS
    ]
    if not subjects:
        return None
    subject = subjects[-1]
    ends = sum(1 for t in before if t.start >= subject.end and t.text in punctuation.SENTENCE_END)
    if ends > sentences:
        return None
    return Attribution(attribution.cue_start, attribution.cue_end, subject, "dropped_subject")


def _verb_first_speaker(window: list[Token], classify: Classifier) -> Attribution | None:
    """``हार के बाद बोले ऑस्ट्रेलियाई कप्तान-``: the words between the verb and the dash."""
    if window and (window[-1].text in punctuation.DASHES or window[-1].text == ","):
        window = window[:-1]
    for k in range(len(window) - 1, -1, -1):
        if window[k].text in cues.VERB_FIRST_CUES:
            if k == len(window) - 1:
                return None
            mention = classify(window[k + 1 :])
            return Attribution(window[k].start, window[k].end, mention, "verb_first")
    return None


def _across_comma(window: list[Token], attribution: Attribution) -> bool:
    """Whether a comma stands right before the cue and the speaker before that comma."""
    speaker = attribution.speaker
    if speaker is None:
        return False
    at = next((k for k, t in enumerate(window) if t.start == attribution.cue_start), None)
    return (
        at is not None
        and at > 0
        and window[at - 1].text == ","
        and speaker.end <= window[at - 1].start
    )
