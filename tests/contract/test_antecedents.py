"""The shipped antecedent ranker was trained on the pronouns this extractor produces.

``consumer/models/antecedents/antecedents.json`` holds the weights of a conditional logit
fitted on the development parts (``make train-antecedents``, seconds, deterministic). A change
to the rules, the candidate features or the corpus changes the training examples; this test
refits and fails until the model is retrained and committed.
"""

from __future__ import annotations

import pytest

from consumer.extraction.antecedent_ranker import load_antecedents
from consumer.training.antecedents import development_groups, fit_ranker

RETRAIN = (
    "the shipped antecedent ranker was not trained on the pronouns this extractor resolves: "
    "run `make train-antecedents` and commit consumer/models/antecedents/"
)


def test_packaged_ranker_matches_a_refit_on_the_development_parts() -> None:
    packaged = load_antecedents()
    examples, unreachable = development_groups()
    assert packaged.meta["pronouns"] == len(examples), RETRAIN
    assert packaged.meta["no_right_candidate"] == unreachable, RETRAIN
    refit = fit_ranker(examples)
    assert set(refit) == set(packaged.weights), RETRAIN
    for name, weight in refit.items():
        assert packaged.weights[name] == pytest.approx(weight, abs=1e-5), RETRAIN


def test_packaged_ranker_beats_the_rules_on_held_out_development_folds() -> None:
    held = load_antecedents().meta["held_out_accuracy"]
    assert isinstance(held, dict)
    assert held["ranker"] >= held["rules"]
