"""Trains the calibrated confidence: ``python -m consumer.training.confidence``
(``make train-confidence``; a few seconds, deterministic).

Steps: run the rules (``QuoteExtractor(calibrated=False)``) over every development part
(``corpus/dev*.jsonl``); label each record 1 when its span matches a gold quote (same type,
same span: the scorer's rule) and its speaker is strictly right, else 0; describe it by
:func:`~consumer.extraction.record_features.record_features`; fit a logistic regression.
Calibration uses parts the regression did not see: for each development part, a regression
fitted on the other parts scores it, and the isotonic map is fitted on those out-of-part
scores. The final regression is fitted on every part. Writes
``consumer/models/confidence/confidence.json`` and ``MODEL_CARD.md``.

The model file keeps a fingerprint of the features and labels it was trained on; the
contract test recomputes it with the extractor in the tree, so a change to the rules that
changes any record fails until the model is retrained.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from consumer.evaluation.corpus import GoldArticle, load
from consumer.evaluation.report import CORPUS_DIR
from consumer.evaluation.scoring import speaker_strict
from consumer.extraction import EXTRACTOR_VERSION, QuoteExtractor
from consumer.extraction.calibration import MODEL_PATH, ConfidenceModel
from consumer.extraction.record_features import Features, record_features
from consumer.records import Quote
from consumer.training.fitting import fit_isotonic, fit_logistic

__all__ = ["Example", "fingerprint", "labelled", "main", "model_card", "train", "training_parts"]

#: Regularisation of the regression: strong enough that a feature seen on a dozen records
#: cannot claim certainty, weak enough that form and rule decisions separate (chosen on the
#: out-of-fold log loss of the development parts: 0.126, 0.118, 0.118, 0.125 for 0.3, 1, 3
#: and 10; 3 by a hair, and also best on dev6, the part most like real pages).
L2 = 3.0
#: A feature must occur on this many training records to get a weight.
MIN_COUNT = 3


#: Calibration folds: each article's records are scored by a regression fitted on the other
#: folds' articles, and the isotonic map is fitted on those scores.
FOLDS = 5


@dataclass(frozen=True, slots=True)
class Example:
    part: str
    features: Features
    label: int
    #: The article's fold, from a stable hash of its id (the same on every run).
    fold: int = 0


def training_parts() -> list[Path]:
    """The development parts, in name order."""
    return sorted(CORPUS_DIR.glob("dev*.jsonl"))


def is_right(quote: Quote, article: GoldArticle) -> bool:
    """The scorer's end-to-end rule: same type and span as a gold quote, speaker strictly right."""
    for gold in article.quotes:
        if (gold.type, gold.span.start, gold.span.end) == (quote.type, quote.start, quote.end):
            return speaker_strict(quote, gold)
    return False


def labelled(
    articles: Sequence[GoldArticle], part: str, extractor: QuoteExtractor
) -> list[Example]:
    """Every record the rules produce on ``articles``, with its features and label."""
    examples = []
    for article in articles:
        quotes = extractor.extract(article.text)
        for quote, features in zip(quotes, record_features(article.text, quotes), strict=True):
            examples.append(
                Example(part, features, int(is_right(quote, article)), fold_of(article.id))
            )
    return examples


def fold_of(article_id: str) -> int:
    """The calibration fold of an article: a stable hash of its id."""
    return hashlib.sha256(article_id.encode()).digest()[0] % FOLDS


def fingerprint(examples: Sequence[Example]) -> str:
    """sha256 of the training features and labels, in a canonical JSON form."""
    digest = hashlib.sha256()
    for example in examples:
        line = [
            example.part,
            example.label,
            sorted((k, round(v, 6)) for k, v in example.features.items()),
        ]
        digest.update(json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def development_examples() -> list[Example]:
    """The training set: the rules' records on every development part."""
    extractor = QuoteExtractor(calibrated=False)
    return [
        example
        for path in training_parts()
        for example in labelled(load(path), path.stem, extractor)
    ]


def _matrix(examples: Sequence[Example], vocabulary: Sequence[str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(vocabulary)}
    x = np.zeros((len(examples), len(vocabulary)))
    for row, example in enumerate(examples):
        for name, value in example.features.items():
            column = index.get(name)
            if column is not None:
                x[row, column] = value
    return x


def _vocabulary(examples: Sequence[Example]) -> list[str]:
    counts: dict[str, int] = {}
    for example in examples:
        for name, value in example.features.items():
            if value:
                counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, n in counts.items() if n >= MIN_COUNT)


def _fit(examples: Sequence[Example]) -> tuple[float, dict[str, float]]:
    vocabulary = _vocabulary(examples)
    y = np.array([e.label for e in examples], dtype=float)
    intercept, weights = fit_logistic(_matrix(examples, vocabulary), y, l2=L2)
    return intercept, {
        name: round(float(w), 6)
        for name, w in zip(vocabulary, weights, strict=True)
        if abs(w) >= 1e-6
    }


def _score(intercept: float, weights: dict[str, float], examples: Sequence[Example]) -> list[float]:
    model = ConfidenceModel(intercept=intercept, weights=weights, knots_x=(0.0,), knots_y=(0.0,))
    return [model.score(e.features) for e in examples]


def train(examples: Sequence[Example]) -> ConfidenceModel:
    """Regression on every example; isotonic map on out-of-part scores."""
    parts = sorted({e.part for e in examples})
    scores: list[float] = []
    labels: list[float] = []
    for fold in range(FOLDS):
        held = [e for e in examples if e.fold == fold]
        intercept, weights = _fit([e for e in examples if e.fold != fold])
        scores += _score(intercept, weights, held)
        labels += [float(e.label) for e in held]
    knots_x, knots_y = fit_isotonic(scores, labels)
    intercept, weights = _fit(examples)
    meta: dict[str, object] = {
        "extractor_version": EXTRACTOR_VERSION,
        "parts": parts,
        "records": len(examples),
        "right": sum(e.label for e in examples),
        "fingerprint": fingerprint(examples),
        "l2": L2,
        "calibration": (
            f"isotonic on out-of-fold scores ({FOLDS} folds of articles, each scored "
            "by a regression fitted on the others)"
        ),
    }
    return ConfidenceModel(
        intercept=round(intercept, 6),
        weights=weights,
        knots_x=tuple(knots_x),
        knots_y=tuple(knots_y),
        meta=meta,
    )


def model_card(model: ConfidenceModel) -> str:
    """The model card written beside the model: what it is, what it was trained on, its
    largest weights, how to use it and where it is weak."""
    weights = sorted(model.weights.items(), key=lambda item: item[1])
    lowest = ", ".join(f"`{name}` {w:+.2f}" for name, w in weights[:6])
    highest = ", ".join(f"`{name}` {w:+.2f}" for name, w in reversed(weights[-6:]))
    meta = model.meta
    parts = meta["parts"]
    assert isinstance(parts, list)
    return f"""# Model card: calibrated confidence of a quote record

This file and `confidence.json` beside it are written by `make train-confidence`
(`python -m consumer.training.confidence`; deterministic, a few seconds). Retrain after any
change to the extraction rules: the contract test `tests/contract/test_confidence.py` fails
until the model describes the extractor in the tree.

- **What it predicts**: for each record the extractor emits, the probability that its span
  matches the annotation exactly (same type) **and** its speaker is strictly right (the
  end-to-end rule of `make eval`). Written to the record's `confidence`.
- **Inputs**: the rules' decisions only (`consumer/extraction/record_features.py`): which rules
  fired (`evidence`), form and type, speaker kind and how its name was resolved, the cue's
  class, distances between cue, speaker and quotation, the quotation's length and shape, its
  position, the article's other records, page clutter, and the hand-set table's value
  (`consumer/extraction/confidence.py`) as a prior. No text is read by a model.
- **Model**: L2-regularised logistic regression (l2 = {meta["l2"]}, Newton's method, numpy)
  over {len(model.weights)} features, then an isotonic map ({len(model.knots_x)} knots) from its
  score to the observed rate; {meta["calibration"]}. Stored as plain JSON (no pickle); applying
  it costs a few microseconds per record.
- **Training data**: the rules' {meta["records"]} records on the development parts
  ({", ".join(str(p) for p in parts)}; {meta["right"]} right). The test parts are never
  used. Fingerprint of the features and labels: `{meta["fingerprint"]}`; extractor
  {meta["extractor_version"]}.
- **Largest weights**: against: {lowest}; for: {highest}.
- **Figures**: `make eval` prints the expected calibration error, the reliability table and
  precision/recall at thresholds on both test parts; docs/evaluation.md records them with the
  reliability diagrams.
- **Limits**: 96% of the development records are right, and over half the wrong ones come
  from the part written like real pages (dev6): on such pages (test2) the model is less well
  calibrated than on clean copy, and on real news pages it is overconfident (precision 0.73
  to 0.90 at 0.9 on three real-news sets; docs/evaluation.md). Situations with fewer than
  {MIN_COUNT} training records (an unclosed quotation, for one) get no weight of their own.
  NER features are not used: the NER model is
  off by default and changes almost no record.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m consumer.training.confidence", description=__doc__
    )
    parser.add_argument("--output", type=Path, default=MODEL_PATH, help="model file to write")
    args = parser.parse_args(argv)
    examples = development_examples()
    model = train(examples)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (args.output.parent / "MODEL_CARD.md").write_text(model_card(model), encoding="utf-8")
    print(
        f"confidence model: {len(examples)} records ({model.meta['right']} right) from "
        f"{', '.join(sorted({e.part for e in examples}))}; {len(model.weights)} weights, "
        f"{len(model.knots_x)} isotonic knots -> {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
