"""The trained antecedent ranker: which of the people named before a pronoun speaker
(उन्होंने, वह, वे …) it points to. A linear score over each candidate's features
(:mod:`.antecedent_features`); the best-scoring candidate wins, the rules' own answer on a
tie. Loaded from a small JSON file; no pickle.

``consumer/models/antecedents/antecedents.json`` (card: ``MODEL_CARD.md`` beside it) is
written by ``make train-antecedents`` (:mod:`consumer.training.antecedents`). Ranking one
pronoun costs building its few candidates and summing their weights.

>>> ranker = AntecedentRanker(weights={"rule_choice": 1.0})
>>> ranker.score({"rule_choice": 1.0, "chars": 0.5})
1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from consumer.extraction.antecedent_features import Features, candidates, rule_choice
from consumer.extraction.model_files import read_model_file
from consumer.extraction.resolution_case import Case

__all__ = ["MODEL_PATH", "AntecedentRanker", "load_antecedents"]

#: The ranker shipped inside the package.
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "antecedents" / "antecedents.json"
#: The file format this code reads; the trainer writes it.
FORMAT = "linear-ranker/1"


@dataclass(frozen=True, slots=True)
class AntecedentRanker:
    """Weights of a linear score over a candidate antecedent's features."""

    weights: Mapping[str, float]
    #: What it was trained on (parts, counts, cross-validated accuracy).
    meta: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def score(self, features: Features) -> float:
        weights = self.weights
        return sum(weights.get(name, 0.0) * value for name, value in features.items())

    def choose(self, case: Case) -> tuple[str, int] | None:
        """The best candidate for the pronoun in ``case`` where the rules have an answer
        (None where they have none: the ranker reorders, it does not invent)."""
        choice = rule_choice(case)
        if choice is None:
            return None
        best = max(
            candidates(case, choice),
            key=lambda c: (self.score(c.features), c.name == choice),
        )
        return best.name, best.at

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "weights": dict(sorted(self.weights.items())),
            "meta": dict(self.meta),
        }


def load_antecedents(path: Path | None = None) -> AntecedentRanker:
    """The ranker in ``path`` (default :data:`MODEL_PATH`). Raises :class:`FileNotFoundError`
    saying how to build it, :class:`ValueError` if the file is not this format."""
    source = path if path is not None else MODEL_PATH
    document = read_model_file(
        source, format_=FORMAT, what="antecedent ranker", target="train-antecedents"
    )
    return AntecedentRanker(
        weights=MappingProxyType({str(k): float(v) for k, v in document["weights"].items()}),
        meta=MappingProxyType(dict(document.get("meta", {}))),
    )
