"""The annotated corpus: inline markup in, article text and gold quotes out.

Authoring format (docs/annotation.md), one JSON object per line::

    {"id": "dev-001",
     "markup": "[[s1|गृह मंत्री अरुण सिन्हा]] ने [[c1|कहा]], \\"[[q1|हम पीछे नहीं हटेंगे।]]\\"",
     "names": {"1": "अरुण सिन्हा"},
     "tags": ["cue-before", "ne-kaha"]}

``[[q1|…]]`` is direct quote 1, ``[[i2|…]]`` indirect quote 2, ``[[s1|…]]`` the speaker mention
of quote 1 and ``[[c1|…]]`` its cue; one mention or cue can serve several quotes
(``[[s1,2|…]]``). ``names`` gives each quote's speaker as the resolved full name (absent or
null when the speaker is unnamed). Markup never nests. Run
``python -m consumer.evaluation.corpus check FILE`` to validate a file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

__all__ = ["CorpusError", "GoldArticle", "GoldQuote", "GoldSpan", "load", "parse"]

_MARKUP = re.compile(r"\[\[([qisc])([0-9]+(?:,[0-9]+)*)\|(.*?)\]\]", re.DOTALL)


class CorpusError(ValueError):
    """A corpus line that breaks docs/annotation.md; the message names the article and problem."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldQuote:
    key: str
    type: str
    span: GoldSpan
    speaker: GoldSpan | None
    cue: GoldSpan | None
    name: str | None
    #: How the speech is marked (docs/annotation.md): marks, dash, headline or unmarked for
    #: direct quotes, reported for indirect ones.
    form: str = "marks"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    tags: tuple[str, ...] = field(default=())


def parse(line: dict[str, object]) -> GoldArticle:
    """Turn one authoring record into text plus gold quotes with code-point offsets."""
    article_id = str(line.get("id", "?"))
    markup = line.get("markup")
    if not isinstance(markup, str):
        raise CorpusError(f"{article_id}: 'markup' must be a string")
    names = line.get("names") or {}
    if not isinstance(names, dict):
        raise CorpusError(f"{article_id}: 'names' must be an object")
    text_parts: list[str] = []
    position = 0
    last = 0
    quotes: dict[str, tuple[str, GoldSpan]] = {}
    speakers: dict[str, GoldSpan] = {}
    cues: dict[str, GoldSpan] = {}
    for match in _MARKUP.finditer(markup):
        before = markup[last : match.start()]
        if "[[" in before or "]]" in before:
            raise CorpusError(f"{article_id}: malformed markup near {before[-40:]!r}")
        text_parts.append(before)
        position += len(before)
        kind, keys, content = match.group(1), match.group(2).split(","), match.group(3)
        if "[[" in content:
            raise CorpusError(f"{article_id}: markup must not nest: {content[:40]!r}")
        if content != content.strip() or not content:
            raise CorpusError(f"{article_id}: span {kind}{keys} has outer spaces or is empty")
        span = GoldSpan(content, position, position + len(content))
        text_parts.append(content)
        position += len(content)
        last = match.end()
        for key in keys:
            target = {"q": None, "i": None, "s": speakers, "c": cues}[kind]
            if target is None:
                if key in quotes:
                    raise CorpusError(f"{article_id}: quote {key} annotated twice")
                quotes[key] = ("direct" if kind == "q" else "indirect", span)
            else:
                if key in target:
                    raise CorpusError(f"{article_id}: {kind}{key} annotated twice")
                target[key] = span
    tail = markup[last:]
    if "[[" in tail or "]]" in tail:
        raise CorpusError(f"{article_id}: malformed markup near {tail[:40]!r}")
    text_parts.append(tail)
    text = "".join(text_parts)
    for key in set(speakers) | set(cues) | {str(k) for k in names}:
        if key not in quotes:
            raise CorpusError(f"{article_id}: speaker, cue or name for missing quote {key}")
    forms = _forms(article_id, line, quotes)
    gold = []
    for key, (type_, span) in quotes.items():
        name = names.get(key)
        if name is not None and not isinstance(name, str):
            raise CorpusError(f"{article_id}: name of quote {key} must be a string or null")
        assert text[span.start : span.end] == span.text
        form = forms.get(key, "marks" if type_ == "direct" else "reported")
        if form in _UNMARKED_FORMS:
            # Annotated as a direct quote with its form (docs/annotation.md); the extractor
            # gives speech without quote marks a type of its own.
            type_ = "unmarked"
        gold.append(GoldQuote(key, type_, span, speakers.get(key), cues.get(key), name, form))
    gold.sort(key=lambda q: q.span.start)
    tags = line.get("tags") or []
    if not isinstance(tags, list):
        raise CorpusError(f"{article_id}: 'tags' must be a list")
    return GoldArticle(article_id, text, tuple(gold), tuple(str(t) for t in tags))


_UNMARKED_FORMS = frozenset({"dash", "headline", "unmarked"})


def _forms(
    article_id: str, line: dict[str, object], quotes: dict[str, tuple[str, GoldSpan]]
) -> dict[str, str]:
    """The ``forms`` object: speech without quote marks among the direct quotes."""
    forms = line.get("forms") or {}
    if not isinstance(forms, dict):
        raise CorpusError(f"{article_id}: 'forms' must be an object")
    for key, form in forms.items():
        if key not in quotes or quotes[key][0] != "direct":
            raise CorpusError(f"{article_id}: form given for {key}, which is no direct quote")
        if form not in _UNMARKED_FORMS:
            raise CorpusError(
                f"{article_id}: form of quote {key} must be one of dash, headline, unmarked"
            )
    return {str(k): str(v) for k, v in forms.items()}


def load(path: Path) -> list[GoldArticle]:
    articles = []
    seen: set[str] = set()
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{number}: not JSON: {exc}") from exc
        article = parse(record)
        if article.id in seen:
            raise CorpusError(f"{path}:{number}: duplicate id {article.id}")
        seen.add(article.id)
        articles.append(article)
    return articles


def _summary(articles: Iterable[GoldArticle]) -> Iterator[str]:
    articles = list(articles)
    quotes = [q for a in articles for q in a.quotes]
    direct = sum(q.type == "direct" for q in quotes)
    indirect = sum(q.type == "indirect" for q in quotes)
    named = sum(q.name is not None for q in quotes)
    unmarked = sum(q.form in _UNMARKED_FORMS for q in quotes)
    tags: dict[str, int] = {}
    for article in articles:
        for tag in article.tags:
            tags[tag] = tags.get(tag, 0) + 1
    yield (
        f"{len(articles)} articles, {direct} direct ({unmarked} without quote marks) and "
        f"{indirect} indirect quotes, {named} with names"
    )
    yield "tags: " + ", ".join(f"{t}={n}" for t, n in sorted(tags.items()))


if __name__ == "__main__":  # python -m consumer.evaluation.corpus check FILE...
    if len(sys.argv) < 3 or sys.argv[1] != "check":
        print("usage: python -m consumer.evaluation.corpus check FILE...", file=sys.stderr)
        raise SystemExit(2)
    for name in sys.argv[2:]:
        for line in _summary(load(Path(name))):
            print(f"{name}: {line}")
