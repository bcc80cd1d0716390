"""The ``hindi_quotes`` spaCy component, on hand-written Hindi sentences (fictional people)."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from consumer.evaluation.corpus import load
from consumer.extraction import QuoteExtractor
from consumer.extraction.component import HindiQuotes, make_hindi_quotes
from consumer.records import Quote, Speaker

_DIRECT = 'प्रिया वर्मा ने कहा, "हम कभी भी पीछे नहीं हटेंगे।"'
_INDIRECT = "नगर आयुक्त कमला देवी ने बताया कि नई सड़क का काम अगले सप्ताह शुरू होगा।"
_CUE_AFTER = '"पुस्तकालय रविवार को भी खुला रहेगा," संजय मेहता ने कहा।'
_NO_QUOTE = "आज शहर में हल्की बारिश हुई और तापमान गिर गया।"
_CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev.jsonl"


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("hi")
    nlp.add_pipe("hindi_quotes", config={"model": False})
    return nlp


@pytest.fixture(scope="module")
def nlp_with_model() -> Language:
    nlp = spacy.blank("hi")
    nlp.add_pipe("hindi_quotes", config={"model": True})
    return nlp


def _only(doc: Doc) -> Span:
    spans = list(doc.spans["quotes"])
    assert len(spans) == 1, [s.text for s in spans]
    return spans[0]


def _summary(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (s.text, s.label_, str(s._.speaker), s._.speaker_name, str(s._.cue), s._.confidence)
        for s in doc.spans["quotes"]
    ]


@pytest.mark.parametrize(
    ("text", "quote", "type_", "speaker", "name", "kind", "cue"),
    [
        # X ने कहा, "…"
        (_DIRECT, "हम कभी भी पीछे नहीं हटेंगे।", "direct", "प्रिया वर्मा", "प्रिया वर्मा", "person", "कहा"),
        # "…," X ने कहा।
        (
            _CUE_AFTER,
            "पुस्तकालय रविवार को भी खुला रहेगा",
            "direct",
            "संजय मेहता",
            "संजय मेहता",
            "person",
            "कहा",
        ),
        # X ने बताया कि …।
        (
            _INDIRECT,
            "नई सड़क का काम अगले सप्ताह शुरू होगा",
            "indirect",
            "नगर आयुक्त कमला देवी",
            "कमला देवी",
            "person",
            "बताया",
        ),
        # X के मुताबिक, …।
        (
            "पुलिस के मुताबिक, आरोपी कल रात शहर छोड़कर भाग गया था।",
            "आरोपी कल रात शहर छोड़कर भाग गया था",
            "indirect",
            "पुलिस",
            "पुलिस",
            "organization",
            "के मुताबिक",
        ),
    ],
)
def test_quote_span_carries_speaker_cue_type_and_confidence(
    nlp, text, quote, type_, speaker, name, kind, cue
):
    span = _only(nlp(text))
    assert (span.text, span.label_, span._.quote_type) == (quote, type_, type_)
    assert isinstance(span._.speaker, Span) and span._.speaker.doc is span.doc
    assert span._.speaker.text == speaker
    assert (span._.speaker_name, span._.speaker_kind) == (name, kind)
    assert isinstance(span._.cue, Span) and span._.cue.text == cue
    # The extractor's calibrated probability, a probability.
    assert span._.confidence == QuoteExtractor().extract(text)[0].confidence
    assert 0.5 < span._.confidence <= 1.0


def test_spans_are_the_extractors_quotes_as_records(nlp):
    """The component is a facade: ``span._.quote`` is exactly what QuoteExtractor returns,
    on every text of the dev corpus."""
    extractor = QuoteExtractor()
    texts = [article.text for article in load(_CORPUS)]
    docs = list(nlp.pipe(texts))
    assert sum(len(doc.spans["quotes"]) for doc in docs) > 100
    for text, doc in zip(texts, docs, strict=True):
        assert [s._.quote for s in doc.spans["quotes"]] == extractor.extract(text)


def test_pronoun_speaker_is_the_pronoun_span_with_the_resolved_name(nlp):
    doc = nlp(f"{_DIRECT} उन्होंने बताया कि नई सड़क का काम अगले सप्ताह शुरू होगा।")
    _, indirect = doc.spans["quotes"]
    assert indirect.label_ == "indirect"
    assert indirect._.speaker.text == "उन्होंने"
    assert (indirect._.speaker_name, indirect._.speaker_kind) == ("प्रिया वर्मा", "pronoun")


def test_text_without_quotes_gives_an_empty_group(nlp):
    doc = nlp(_NO_QUOTE)
    assert "quotes" in doc.spans
    assert len(doc.spans["quotes"]) == 0


def test_offsets_inside_a_token_expand_to_whole_tokens(nlp):
    # spaCy keeps कहा:"टीम as one token; the quote starts after the mark, inside it.
    span = _only(nlp('कोच रवि नागर ने कहा:"टीम अब पूरी तरह तैयार है।"'))
    assert span.text == 'कहा:"टीम अब पूरी तरह तैयार है।'
    assert span._.quote.text == "टीम अब पूरी तरह तैयार है।"
    assert span._.cue.text == 'कहा:"टीम'
    assert span._.speaker_name == "रवि नागर"


def test_pipe_over_several_texts(nlp):
    docs = list(nlp.pipe([_DIRECT, _NO_QUOTE, _INDIRECT, _CUE_AFTER], batch_size=2))
    assert [len(doc.spans["quotes"]) for doc in docs] == [1, 0, 1, 1]
    assert [_summary(doc) for doc in docs] == [_summary(nlp(doc.text)) for doc in docs]


def test_extensions_survive_doc_serialization(nlp):
    doc = nlp(_DIRECT)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _summary(copy) == _summary(doc)
    assert _only(copy)._.quote == _only(doc)._.quote


@Language.component("test_component_worker_pid")
def _record_pid(doc: Doc) -> Doc:
    doc.user_data["worker_pid"] = os.getpid()
    return doc


@pytest.mark.timeout(60)
def test_pipe_with_two_processes(nlp):
    # Eight short texts in batches of two: both workers get some, and it takes well under a second.
    two = spacy.blank("hi")
    two.add_pipe("hindi_quotes", config={"model": False})
    two.add_pipe("test_component_worker_pid")
    texts = [_DIRECT, _NO_QUOTE, _INDIRECT, _CUE_AFTER] * 2
    docs = list(two.pipe(texts, n_process=2, batch_size=2))
    assert len({doc.user_data["worker_pid"] for doc in docs} - {os.getpid()}) == 2
    assert [doc.text for doc in docs] == texts
    assert [_summary(doc) for doc in docs] == [_summary(nlp(text)) for text in texts]
    assert _only(docs[0])._.quote == QuoteExtractor().extract(_DIRECT)[0]


def test_every_quote_field_is_an_extension():
    """New optional Quote or Speaker fields become extensions without touching the component."""
    mention = {"text", "start", "end"}
    for f in dataclasses.fields(Quote):
        if f.name not in mention | {"type", "speaker", "cue"}:
            assert Span.has_extension(f.name), f.name
    for f in dataclasses.fields(Speaker):
        if f.name not in mention:
            assert Span.has_extension(f"speaker_{f.name}"), f.name
    for name in ("quote", "quote_type", "speaker", "cue"):
        assert Span.has_extension(name)


def test_extensions_of_a_span_that_is_no_quote_are_none(nlp):
    doc = nlp(_DIRECT)
    other = doc[0:2]
    assert (other._.quote, other._.speaker, other._.cue, other._.confidence) == (None,) * 4


def test_spans_key_is_configurable():
    nlp = spacy.blank("hi")
    nlp.add_pipe("hindi_quotes", config={"model": False, "spans_key": "sc"})
    doc = nlp(_DIRECT)
    assert "quotes" not in doc.spans
    (span,) = doc.spans["sc"]
    assert span._.speaker_name == "प्रिया वर्मा"


def test_component_is_usable_without_the_registry():
    component = HindiQuotes(QuoteExtractor())
    span = _only(component(spacy.blank("hi")(_DIRECT)))
    assert span._.speaker_name == "प्रिया वर्मा"


def test_entry_point_names_the_factory():
    (entry,) = [
        e
        for e in importlib.metadata.entry_points(group="spacy_factories")
        if e.name == "hindi_quotes"
    ]
    assert entry.load() is make_hindi_quotes


def test_fresh_interpreter_finds_the_factory_through_the_entry_point():
    # A new process, so that nothing here has imported the component module yet.
    script = (
        "import sys, spacy\n"
        "nlp = spacy.blank('hi')\n"
        "assert 'hindi_quotes' in spacy.registry.factories\n"
        "assert 'consumer.extraction.component' in sys.modules\n"
        "nlp.add_pipe('hindi_quotes', config={'model': False})\n"
        f"doc = nlp({_DIRECT!r})\n"
        "print(doc.spans['quotes'][0]._.speaker_name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "प्रिया वर्मा"


def test_with_the_model_on(nlp_with_model):
    component = nlp_with_model.get_pipe("hindi_quotes")
    assert component.extractor.model_version == "hi_ner-0.2.0"
    text = f"{_DIRECT} {_INDIRECT}"
    docs = list(nlp_with_model.pipe([text, _NO_QUOTE]))
    assert [s._.quote for s in docs[0].spans["quotes"]] == QuoteExtractor.with_model().extract(text)
    assert [s._.speaker_name for s in docs[0].spans["quotes"]] == ["प्रिया वर्मा", "कमला देवी"]
    assert len(docs[1].spans["quotes"]) == 0
