"""The learned confidence: a logistic regression over a record's features, then an isotonic
map from its score to the observed precision. Loaded from a small JSON file; no pickle.

``consumer/models/confidence/confidence.json`` (card: ``MODEL_CARD.md`` beside it) is written
by ``make train-confidence`` (:mod:`consumer.training.confidence`). Applying it is a sum of
the weights of the features present, a sigmoid and a binary search: a few microseconds.

>>> model = ConfidenceModel(
...     intercept=0.0, weights={"form=marks": 2.0}, knots_x=(0.0, 1.0), knots_y=(0.1, 0.9)
... )
>>> round(model.probability({"form=marks": 1.0}), 3)
0.805
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from consumer.extraction.model_files import read_model_file
from consumer.extraction.record_features import Features

__all__ = ["MODEL_PATH", "ConfidenceModel", "apply_isotonic", "load_confidence", "sigmoid"]

#: The confidence model shipped inside the package.
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "confidence" / "confidence.json"
#: The file format this code reads; the trainer writes it.
FORMAT = "logistic+isotonic/1"


def sigmoid(z: float) -> float:
    """The logistic function, safe for large ``|z|``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def apply_isotonic(score: float, knots_x: Sequence[float], knots_y: Sequence[float]) -> float:
    """The isotonic map at ``score``: linear between knots, flat beyond the first and last."""
    if score <= knots_x[0]:
        return knots_y[0]
    if score >= knots_x[-1]:
        return knots_y[-1]
    i = bisect_right(knots_x, score)
    x0, x1, y0, y1 = knots_x[i - 1], knots_x[i], knots_y[i - 1], knots_y[i]
    if x1 == x0:
        return y1
    return y0 + (y1 - y0) * (score - x0) / (x1 - x0)


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Weights of a logistic regression and the knots of its isotonic calibration."""

    intercept: float
    weights: Mapping[str, float]
    knots_x: tuple[float, ...]
    knots_y: tuple[float, ...]
    #: What it was trained on (parts, counts, the fingerprint of features and labels).
    meta: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def score(self, features: Features) -> float:
        """The logistic regression's probability, before calibration."""
        weights = self.weights
        z = self.intercept
        for name, value in features.items():
            w = weights.get(name)
            if w is not None:
                z += w * value
        return sigmoid(z)

    def probability(self, features: Features) -> float:
        """The calibrated probability that the record's span and speaker are both right."""
        return apply_isotonic(self.score(features), self.knots_x, self.knots_y)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "intercept": self.intercept,
            "weights": dict(sorted(self.weights.items())),
            "isotonic": {"x": list(self.knots_x), "y": list(self.knots_y)},
            "meta": dict(self.meta),
        }


def load_confidence(path: Path | None = None) -> ConfidenceModel:
    """The model in ``path`` (default :data:`MODEL_PATH`). Raises :class:`FileNotFoundError`
    saying how to build it, :class:`ValueError` if the file is not this format."""
    source = path if path is not None else MODEL_PATH
    document = read_model_file(
        source, format_=FORMAT, what="confidence model", target="train-confidence"
    )
    knots = document["isotonic"]
    knots_x = tuple(float(x) for x in knots["x"])
    knots_y = tuple(float(y) for y in knots["y"])
    if not knots_x or len(knots_x) != len(knots_y) or list(knots_x) != sorted(knots_x):
        raise ValueError(f"{source}: isotonic knots must be non-empty, paired and sorted")
    return ConfidenceModel(
        intercept=float(document["intercept"]),
        weights=MappingProxyType({str(k): float(v) for k, v in document["weights"].items()}),
        knots_x=knots_x,
        knots_y=knots_y,
        meta=MappingProxyType(dict(document.get("meta", {}))),
    )
