"""Quotations in marks: who said each one (a cue before or after it, an agent before the
opening mark, a speech noun's genitive), or, with nobody named, whether it continues the
last speaker, a title or a label. Pure: no I/O."""

from __future__ import annotations

from consumer.extraction import lexicon
from consumer.extraction.attribution import (
    Attribution,
    agent_before_quote,
    attribute_after,
    attribute_before,
    genitive_noun,
    quote_ending_reported_clause,
)
from consumer.extraction.confidence import confidence
from consumer.extraction.lang import cues, particles, punctuation
from consumer.extraction.mentions import Classifier
from consumer.extraction.quote_builder import build_quote, cue_of, evidence_of
from consumer.extraction.quotes import QuoteSpan
from consumer.extraction.resolution_case import Context
from consumer.extraction.speaker_resolution import resolve
from consumer.extraction.text import Token
from consumer.extraction.windows import MAX_CLAUSE_WINDOW, MAX_WINDOW, window_after, window_before
from consumer.records import Quote

# What may follow a quotation that ends a reported clause (कि उन्हें "…"।).
_CLAUSE_END = frozenset({"।", ".", "?", "!", ",", "॥", ""})

__all__ = ["direct_quote"]


def direct_quote(
    text: str,
    tokens: list[Token],
    span: QuoteSpan,
    context: Context,
    previous: Quote | None,
) -> Quote | None:
    classify = context.names.classify
    window = window_before(tokens, span.open_at)
    if _defines(window) or _repeats_headline(text, span):
        return None
    before = attribute_before(window, classify)
    if (
        before is None
        and len(window) == MAX_WINDOW
        and window[-1].text in punctuation.CLAUSE_TRAILERS
    ):
        # बरुआ ने कहा कि <a clause longer than the window>, "…": look back further.
        before = attribute_before(
            window_before(tokens, span.open_at, limit=MAX_CLAUSE_WINDOW), classify
        )
    following = window_after(tokens, span.after_close) if span.closed else []
    if _label_or_name(text, span, window, following):
        return None
    after = attribute_after(following, classify) if span.closed else None
    attribution = _choose(before, after)
    if _written_on_something(window, attribution):
        # तख्तियां थीं, जिन पर लिखा था "…", बैनर पर लिखा था, "…": a slogan, not speech.
        return None
    if before is None and after is not None:
        # यादव ने "…" कहकर …: the agent stands before the quote, the cue after it.
        agent = agent_before_quote(window, classify)
        if agent is not None:
            attribution = Attribution(after.cue_start, after.cue_end, agent, "agent_before_quote")
    if attribution is None and span.closed and text[span.after_close :].lstrip()[:1] in _CLAUSE_END:
        attribution = quote_ending_reported_clause(window, classify)
    if attribution is None and window and window[-1].text in punctuation.DASHES | {":", ","}:
        # परिजनों का आरोप- '…', HC की तल्ख टिप्पणी- ‘…’, टिकैत का बड़ा बयान, ‘…’: the speech
        # noun's genitive speaks.
        attribution = genitive_noun(window, classify)
    if attribution is None and window and window[-1].text == ",":
        attribution = _in_the_words_of(window, classify)
    if attribution is None:
        if _looks_like_title(text, span):
            return None
        return _unattributed(text, span, previous)
    return _attributed(text, span, attribution, context)


def _repeats_headline(text: str, span: QuoteSpan) -> bool:
    """``Be the first to comment on "<the headline>"``, ``पढ़ें: "<the headline>"``: the page's
    own headline in marks (a comment box, a share line, a related-story link) is no speech."""
    if span.open_at == 0:
        return False
    quoted = text[span.start : span.end].strip()
    if len(quoted) < _HEADLINE_MIN_CHARS:
        return False
    first_line = text.lstrip()[:_HEADLINE_MAX_CHARS].split("\n", 1)[0].strip()
    return quoted == first_line


# A headline repeated in marks is this long at least (short titles are other filters' work),
# and the first line is read up to this length.
_HEADLINE_MIN_CHARS = 12
_HEADLINE_MAX_CHARS = 300


def _in_the_words_of(window: list[Token], classify: Classifier) -> Attribution | None:
    """``बकौल ऐक्ट्रेस, "…"``: "in the words of" a source of a few words, then a comma."""
    reach = cues.IN_THE_WORDS_OF_SOURCE_WORDS + 1
    for k in range(len(window) - 2, max(-1, len(window) - 2 - reach), -1):
        if window[k].text in punctuation.PUNCTUATION_TOKENS:
            return None
        if window[k].text == cues.IN_THE_WORDS_OF and k + 1 < len(window) - 1:
            source = classify(window[k + 1 : len(window) - 1])
            if source.kind in ("person", "role", "organization"):
                return Attribution(window[k].start, window[k].end, source, "bakaul")
            return None
    return None


def _label_or_name(text: str, span: QuoteSpan, window: list[Token], following: list[Token]) -> bool:
    """किसानों ने इसे "बूढ़े की सनक" बताया: a label the subject gives something; "एक बहन, एक
    खाता" अभियान, "हमारा जंगल, हमारा हक" लिखी तख्तियां: the name of a campaign or work, or a
    slogan written on something; फिल्म '…' में: a title."""
    if _described_as(window, following) and _looks_like_title(text, span, words=6):
        return True
    if _titled(window, following) and _looks_like_title(text, span, words=6):
        return True
    return _names_a_thing(following) and _looks_like_title(text, span, words=6)


def _titled(window: list[Token], following: list[Token]) -> bool:
    """फिल्म '…' में काम करने पर, '…' पर भूमि बोलीं: a short quotation after a title noun or
    before a postposition is a name the sentence goes on about, not speech."""
    if window and window[-1].text in lexicon.TITLE_NOUNS:
        return True
    return bool(following) and following[0].text in _AFTER_A_NAME


# Postpositions that make a short quotation before them a name (… '…' पर बोलीं, '…' में).
_AFTER_A_NAME = frozenset({"पर", "में", "को", "का", "की", "के", "से"})


def _unattributed(text: str, span: QuoteSpan, previous: Quote | None) -> Quote:
    """A quote that names nobody and opens a paragraph, or follows an attributed quote in the
    same paragraph, continues the previous speaker (the newspaper convention for quotes
    running over several sentences or paragraphs); else it has no speaker."""
    starts_paragraph = not text[span.paragraph_start : span.open_at].strip()
    same_paragraph = previous is not None and previous.start >= span.paragraph_start
    if (starts_paragraph or same_paragraph) and previous is not None and previous.speaker:
        situation = "continues_paragraph" if starts_paragraph else "continues_sentence"
        evidence = {"span": _direct_span_rule(span), "speaker": situation}
        if previous.evidence is not None and "resolution" in previous.evidence:
            evidence["resolution"] = previous.evidence["resolution"]
        return build_quote(
            text,
            "direct",
            span.start,
            span.end,
            previous.speaker,
            None,
            confidence(situation),
            evidence,
        )
    evidence = {"span": _direct_span_rule(span)}
    score = confidence("direct_unattributed", closed=span.closed)
    return build_quote(text, "direct", span.start, span.end, None, None, score, evidence)


def _attributed(text: str, span: QuoteSpan, attribution: Attribution, context: Context) -> Quote:
    """A quote with a cue, and the speaker phrase resolved in this article."""
    if attribution.speaker is None:
        situation = "direct_cue_only"
    elif attribution.speaker.name or attribution.speaker.kind != "pronoun":
        situation = "direct_named"
    else:
        situation = "direct_pronoun"
    cue = cue_of(text, attribution)
    resolution = resolve(text, attribution.speaker, context, cue.text if cue else None)
    evidence = evidence_of(_direct_span_rule(span), attribution, resolution)
    score = confidence(situation, closed=span.closed)
    return build_quote(
        text, "direct", span.start, span.end, resolution.speaker, cue, score, evidence
    )


def _direct_span_rule(span: QuoteSpan) -> str:
    return "quote_marks" if span.closed else "unclosed_quote"


def _defines(window: list[Token]) -> bool:
    """``X का अर्थ है "…"``: the quote marks a term being defined, not speech."""
    words = tuple(t.text for t in window if t.text not in {",", ":"})
    return any(words[-len(m) :] == m for m in lexicon.DEFINITION_MARKERS)


def _described_as(before: list[Token], after: list[Token]) -> bool:
    """``X को "…" बताया``, ``इसे "…" कहते हैं``, ``मेले को शहर का "…" बताया``: an object, the
    quote, a verb of describing."""
    if not before or not after or not after[0].text.startswith(cues.DESCRIBING_STEMS):
        return False
    for token in reversed(before[-3:]):
        if token.text == particles.KO or token.text in particles.OBJECT_PRONOUNS:
            return True
        if token.text in punctuation.PUNCTUATION_TOKENS:
            return False
    return False


def _written_on_something(window: list[Token], attribution: Attribution | None) -> bool:
    """``बैनर पर लिखा था, "…"``: a cue of writing after पर, with nobody writing."""
    if attribution is None or attribution.speaker is not None:
        return False
    at = next((i for i, t in enumerate(window) if t.start == attribution.cue_start), None)
    return (
        at is not None
        and at > 0
        and window[at].text.startswith(cues.WRITING_STEM)
        and window[at - 1].text == particles.PAR
    )


def _looks_like_title(text: str, span: QuoteSpan, words: int = lexicon.MAX_TITLE_WORDS) -> bool:
    """A short quotation with no sentence punctuation: possibly a title or a label."""
    quoted = text[span.start : span.end]
    return len(quoted.split()) <= words and not any(ch in quoted for ch in "।?!")


def _names_a_thing(after: list[Token]) -> bool:
    """The words after a closing mark make the quotation a name: ``"…" अभियान``, ``"…" नामक
    फिल्म``, or a slogan written on something (``"…" लिखी तख्तियां``)."""
    if not after:
        return False
    first = after[0].text
    if first in lexicon.TITLE_NOUNS:
        return True
    return (
        first in cues.WRITTEN_FORMS
        and len(after) > 1
        and after[1].text not in lexicon.AUXILIARIES
        and after[1].text not in lexicon.COMPLEMENTIZERS
        and after[1].text not in punctuation.CLAUSE_TRAILERS
        and after[1].text not in lexicon.SENTENCE_END
    )


def _choose(before: Attribution | None, after: Attribution | None) -> Attribution | None:
    """Prefer the attribution that names a speaker; on a tie, the one before the quote."""
    if before is not None and before.speaker is not None:
        return before
    if after is not None and after.speaker is not None:
        return after
    return before or after
