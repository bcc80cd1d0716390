"""``nlp.add_pipe("hindi_quotes")``: the QuoteExtractor as a spaCy pipeline component.

A thin facade: the component runs :meth:`QuoteExtractor.extract` on ``doc.text`` and puts the
quotations in ``doc.spans["quotes"]`` (label ``direct``, ``indirect`` or ``unmarked``), each span aligned
outwards to whole tokens::

    nlp = spacy.blank("hi")
    nlp.add_pipe("hindi_quotes")                  # config={"model": True}: rules + NER
    doc = nlp('प्रिया वर्मा ने कहा, "हम कभी भी पीछे नहीं हटेंगे।"')
    quote = doc.spans["quotes"][0]
    quote._.speaker, quote._.speaker_name, quote._.cue, quote._.confidence

Every :class:`~consumer.records.Quote` field is an extension of the span: ``speaker`` and
``cue`` as Spans of the same Doc, ``type`` as ``quote_type``, each further Speaker field as
``speaker_<field>`` (``speaker_name``, ``speaker_kind``), any other field by its own name, and
``quote`` is the whole record. The record is kept in ``doc.user_data`` as plain values and the
extensions are getters over it, so they survive ``Doc.to_bytes`` and ``nlp.pipe(n_process=2)``.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from consumer.extraction.extractor import QuoteExtractor
from consumer.extraction.model import load_ner
from consumer.records import Quote

__all__ = ["HindiQuotes", "make_hindi_quotes"]

#: Where the records live in ``doc.user_data``: ``{"start:end:label": quote as plain values}``.
_USER_DATA_KEY = "hindi_quotes"
# Quote fields the span itself carries, or that have an extension of their own below.
_SPAN_FIELDS = frozenset({"type", "text", "start", "end", "speaker", "cue"})
_MENTION_FIELDS = frozenset({"text", "start", "end"})


class HindiQuotes:
    """Sets ``doc.spans[spans_key]`` to the quotations :class:`QuoteExtractor` finds."""

    def __init__(self, extractor: QuoteExtractor, *, spans_key: str = "quotes") -> None:
        self.extractor = extractor
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        records: dict[str, dict[str, Any]] = doc.user_data.setdefault(_USER_DATA_KEY, {})
        for quote in self.extractor.extract(doc.text):
            span = doc.char_span(quote.start, quote.end, label=quote.type, alignment_mode="expand")
            if span is None:  # a quote of whitespace only: no token to hold it
                continue
            spans.append(span)
            records[_key(span)] = _to_plain(quote)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "hindi_quotes",
    # Rules only by default, as the service (consumer.config: the NER model changes almost
    # no record); model = true adds it.
    default_config={"model": False, "antecedents": False, "spans_key": "quotes"},
    assigns=["doc.spans", "span._.quote"],
)
def make_hindi_quotes(
    nlp: Language, name: str, model: bool, antecedents: bool, spans_key: str
) -> HindiQuotes:
    """Rules only (the default), or rules plus the packaged NER model with ``model = true``
    (as :meth:`QuoteExtractor.with_model`); ``antecedents = true`` adds the antecedent
    ranker for pronoun speakers."""
    extractor = QuoteExtractor(nlp=load_ner() if model else None, antecedents=antecedents)
    return HindiQuotes(extractor, spans_key=spans_key)


def _key(span: Span) -> str:
    return f"{span.start_char}:{span.end_char}:{span.label_}"


def _record(span: Span) -> dict[str, Any] | None:
    records: dict[str, dict[str, Any]] = span.doc.user_data.get(_USER_DATA_KEY, {})
    return records.get(_key(span))


def _quote(span: Span) -> Quote | None:
    record = _record(span)
    return None if record is None else _from_plain(Quote, record)


def _field(span: Span, *, name: str) -> Any:
    record = _record(span)
    return None if record is None else record.get(name)


def _mention(span: Span, *, name: str) -> Span | None:
    """``speaker`` or ``cue`` as a Span of the same Doc (whole tokens)."""
    mention = _field(span, name=name)
    if mention is None:
        return None
    return span.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")


def _mention_field(span: Span, *, name: str, field: str) -> Any:
    mention = _field(span, name=name)
    return None if mention is None else mention.get(field)


_field_tables: dict[type[Any], tuple[tuple[str, type[Any] | None], ...]] = {}


def _fields(cls: type[Any]) -> tuple[tuple[str, type[Any] | None], ...]:
    """Each field of a record dataclass, with the record type it holds if any (``Speaker`` in
    ``Speaker | None``); cached, as type hints are slow to resolve."""
    if cls not in _field_tables:
        hints = typing.get_type_hints(cls)
        _field_tables[cls] = tuple(
            (f.name, next(iter(_record_types(hints[f.name])), None))
            for f in dataclasses.fields(cls)
        )
    return _field_tables[cls]


def _record_types(hint: Any) -> list[type[Any]]:
    return [t for t in typing.get_args(hint) if isinstance(t, type) and dataclasses.is_dataclass(t)]


def _to_plain(record: Any) -> dict[str, Any]:
    """A record as a dict of plain values, nested records included: what msgpack can carry
    (:func:`dataclasses.asdict` does the same with deep copies, at 10 times the cost)."""
    plain: dict[str, Any] = {}
    for name, nested in _fields(type(record)):
        value = getattr(record, name)
        plain[name] = _to_plain(value) if nested is not None and value is not None else value
    return plain


def _from_plain(cls: type[Any], plain: dict[str, Any]) -> Any:
    """The record back from :func:`_to_plain`."""
    values: dict[str, Any] = {}
    for name, nested in _fields(cls):
        if name not in plain:
            continue  # a field added after the doc was made keeps its default
        value = plain[name]
        if nested is not None and value is not None:
            value = _from_plain(nested, value)
        values[name] = value
    return cls(**values)


def _register_extensions() -> None:
    # Getters are module functions or partials of them, so that ``nlp.pipe(n_process=…)`` can
    # pickle them into worker processes under any start method.
    extensions: dict[str, Any] = {
        "quote": _quote,
        "quote_type": functools.partial(_field, name="type"),
        "speaker": functools.partial(_mention, name="speaker"),
        "cue": functools.partial(_mention, name="cue"),
    }
    for name, nested in _fields(Quote):
        if name not in _SPAN_FIELDS:
            extensions[name] = functools.partial(_field, name=name)
        elif name in ("speaker", "cue") and nested is not None:
            for field, _ in _fields(nested):
                if field not in _MENTION_FIELDS:
                    getter = functools.partial(_mention_field, name=name, field=field)
                    extensions[f"{name}_{field}"] = getter
    for name, getter in extensions.items():
        Span.set_extension(name, getter=getter, force=True)


_register_extensions()
