"""The calibrated confidence: its math (logistic regression, isotonic map), the model file, the
record features it reads, and the forecast figures and diagram of the evaluation."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from consumer.evaluation.diagram import png_bytes, reliability_png
from consumer.evaluation.reliability import reliability
from consumer.extraction import QuoteExtractor
from consumer.extraction.calibration import (
    ConfidenceModel,
    apply_isotonic,
    load_confidence,
    sigmoid,
)
from consumer.extraction.record_features import record_features
from consumer.training.fitting import fit_isotonic, fit_logistic


@pytest.mark.parametrize("z", [-800.0, -3.0, 0.0, 2.5, 800.0])
def test_sigmoid_is_a_probability_and_symmetric(z: float) -> None:
    assert 0.0 <= sigmoid(z) <= 1.0
    assert sigmoid(z) + sigmoid(-z) == pytest.approx(1.0)


def test_isotonic_map_interpolates_between_knots_and_is_flat_beyond() -> None:
    xs, ys = (0.2, 0.4, 0.8), (0.1, 0.5, 0.9)
    assert apply_isotonic(0.0, xs, ys) == 0.1
    assert apply_isotonic(0.3, xs, ys) == pytest.approx(0.3)
    assert apply_isotonic(0.6, xs, ys) == pytest.approx(0.7)
    assert apply_isotonic(0.99, xs, ys) == 0.9


def test_isotonic_fit_pools_violators_and_smooths_toward_one_half() -> None:
    scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    labels = [0, 1, 0, 0, 1, 1, 1, 1]
    xs, ys = fit_isotonic(scores, labels, prior=1.0)
    assert ys == sorted(ys), "the map never goes down"
    assert xs == sorted(xs)
    # 0.1 alone (0 of 1), then 0.2..0.4 pooled (1 of 3), then 0.5..0.8 (4 of 4), smoothed.
    assert ys[0] == pytest.approx(1 / 3, abs=1e-6)
    assert apply_isotonic(0.3, xs, ys) == pytest.approx(2 / 5, abs=1e-6)
    assert ys[-1] == pytest.approx(5 / 6, abs=1e-6)
    assert ys[-1] < 1.0, "four right records do not make a certainty"


def test_isotonic_fit_keeps_tied_scores_in_one_block() -> None:
    xs, ys = fit_isotonic([0.5, 0.5, 0.5, 0.9], [1, 0, 1, 1], prior=0.0)
    assert apply_isotonic(0.5, xs, ys) == pytest.approx(2 / 3, abs=1e-6)


def test_logistic_fit_separates_and_is_deterministic() -> None:
    x = np.array([[1.0, 0.0]] * 30 + [[0.0, 1.0]] * 30 + [[1.0, 1.0]] * 10)
    y = np.array([1.0] * 27 + [0.0] * 3 + [1.0] * 6 + [0.0] * 24 + [1.0] * 5 + [0.0] * 5)
    intercept, weights = fit_logistic(x, y, l2=0.1)
    again = fit_logistic(x, y, l2=0.1)
    assert (intercept, list(weights)) == (again[0], list(again[1]))
    assert weights[0] > 0 > weights[1]
    p_first = sigmoid(intercept + weights[0])
    assert p_first == pytest.approx(0.88, abs=0.05)  # 27/30 right, pulled by the mixed rows


def test_logistic_fit_regularisation_shrinks_weights_not_the_intercept() -> None:
    x = np.array([[1.0]] * 20 + [[0.0]] * 20)
    y = np.array([1.0] * 20 + [1.0] * 15 + [0.0] * 5)
    _, loose = fit_logistic(x, y, l2=0.01)
    intercept, tight = fit_logistic(x, y, l2=100.0)
    assert abs(tight[0]) < abs(loose[0])
    assert sigmoid(intercept) > 0.8, "the unpenalised intercept still carries the base rate"


def test_model_round_trips_through_json(tmp_path: Path) -> None:
    model = ConfidenceModel(
        intercept=0.5,
        weights={"form=marks": 1.0, "speaker=none": -2.0},
        knots_x=(0.1, 0.9),
        knots_y=(0.2, 0.95),
        meta={"fingerprint": "x"},
    )
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    loaded = load_confidence(path)
    features = {"form=marks": 1.0, "unknown": 1.0}
    assert loaded.probability(features) == model.probability(features)
    assert loaded.score({"speaker=none": 1.0}) == pytest.approx(sigmoid(-1.5))


def test_a_missing_model_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make train-confidence"):
        load_confidence(tmp_path / "absent.json")


def test_a_model_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps({"format": "pickle/0"}), encoding="utf-8")
    with pytest.raises(ValueError, match="make train-confidence"):
        load_confidence(path)


_TWO_SPEAKERS = (
    'गृह मंत्री अरुण सिन्हा ने कहा, "हम पीछे नहीं हटेंगे।"\n\nपुलिस अधीक्षक नीता राव ने बताया कि जांच जारी है।'
)


def test_features_name_the_rules_that_fired() -> None:
    quotes = QuoteExtractor(calibrated=False).extract(_TWO_SPEAKERS)
    first, second = record_features(_TWO_SPEAKERS, quotes)
    assert first["type=direct"] == first["form=marks"] == first["speaker_before"] == 1.0
    assert first["speaker_rule=agent_marker"] == 1.0
    assert first["table"] == quotes[0].confidence
    assert first["earlier_speakers=0"] == 1.0
    assert second["type=indirect"] == second["form=reported"] == 1.0
    assert second["earlier_speakers=1"] == 1.0
    assert second["same_speaker_as_previous"] == 0.0


def test_calibrated_confidence_is_the_model_probability_of_the_features() -> None:
    raw = QuoteExtractor(calibrated=False).extract(_TWO_SPEAKERS)
    calibrated = QuoteExtractor().extract(_TWO_SPEAKERS)
    model = load_confidence()
    assert [q.text for q in raw] == [q.text for q in calibrated]
    expected = [round(model.probability(f), 4) for f in record_features(_TWO_SPEAKERS, raw)]
    assert [q.confidence for q in calibrated] == expected
    assert [q.confidence for q in raw] != expected


def test_expected_calibration_error_by_hand() -> None:
    # Bin [0.9, 0.95): 0.92 forecast, 1 of 2 right; bin [0.95, 1]: 1.0 forecast, 2 of 2 right.
    pairs = [(0.92, True), (0.92, False), (1.0, True), (1.0, True)]
    result = reliability(pairs, gold=5)
    assert result.ece == pytest.approx(0.5 * abs(0.92 - 0.5) + 0.5 * 0.0)
    assert result.at[0.95] == (1.0, 2 / 5, 2)
    assert result.threshold == (1.0, 1.0, 2 / 5)
    assert [b.count for b in result.bins if b.count] == [2, 2]


def test_png_is_a_valid_rgb_image() -> None:
    data = png_bytes(2, 1, bytes([255, 0, 0, 0, 0, 255]))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    _length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and struct.unpack(">II", data[16:24]) == (2, 1)
    idat = data.index(b"IDAT")
    (size,) = struct.unpack(">I", data[idat - 4 : idat])
    assert zlib.decompress(data[idat + 4 : idat + 4 + size]) == b"\x00" + bytes(
        [255, 0, 0, 0, 0, 255]
    )


def test_reliability_diagram_draws_the_bins() -> None:
    result = reliability([(0.92, True), (0.92, False), (1.0, True)], gold=3)
    empty = reliability([], gold=0)
    drawn, blank = reliability_png([result], size=100), reliability_png([empty], size=100)
    assert drawn != blank
