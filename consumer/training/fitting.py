"""The two fits behind the confidence model, in numpy: an L2-regularised logistic regression
(Newton's method, so the same data always gives the same weights) and isotonic regression
(pool adjacent violators). Pure functions; :mod:`consumer.training.confidence` uses them.

Why not scikit-learn: it is not a dependency of the package, and these two fits are ~60
lines here, exact and deterministic; the run-time side (:mod:`consumer.extraction.
calibration`) reads only their numbers from JSON, never a pickled estimator.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["fit_isotonic", "fit_logistic"]

Array = NDArray[np.float64]


def fit_logistic(
    x: Array, y: Array, *, l2: float = 1.0, iterations: int = 50
) -> tuple[float, Array]:
    """Intercept and weights minimising the log loss plus ``l2/2 * |w|²`` (the intercept is
    not penalised). Newton steps until the step is below 1e-10 or ``iterations`` run out."""
    n, d = x.shape
    design = np.hstack([np.ones((n, 1)), x])
    theta = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(design @ theta)))
        gradient = design.T @ (p - y) + penalty * theta
        hessian = (
            (design * (p * (1.0 - p))[:, None]).T @ design + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        )
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return float(theta[0]), theta[1:]


def fit_isotonic(
    scores: Sequence[float], labels: Sequence[float], *, prior: float = 1.0
) -> tuple[list[float], list[float]]:
    """Knots (x, y) of the non-decreasing map from score to observed rate of ``labels``.

    Pool adjacent violators over the records sorted by score; each pooled block becomes two
    knots (its lowest and highest score) at its rate. A block's rate is smoothed toward 1/2
    by ``prior`` pseudo-records of each outcome, so a block of 40 right records says 0.976,
    not a certainty the data cannot show; the result is kept non-decreasing.
    """
    order = sorted(range(len(scores)), key=lambda i: (scores[i], labels[i]))
    # Each block: [sum of labels, count, lowest score, highest score]
    blocks: list[list[float]] = []
    for i in order:
        blocks.append([float(labels[i]), 1.0, float(scores[i]), float(scores[i])])
        while len(blocks) > 1 and (
            blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]
            or blocks[-2][3] == blocks[-1][2]
        ):
            last = blocks.pop()
            blocks[-1][0] += last[0]
            blocks[-1][1] += last[1]
            blocks[-1][3] = last[3]
    xs: list[float] = []
    ys: list[float] = []
    floor = 0.0
    for total, count, low, high in blocks:
        rate = max(floor, (total + prior) / (count + 2.0 * prior))
        floor = rate
        for x in (low, high) if high > low else (low,):
            xs.append(round(x, 6))
            ys.append(round(rate, 6))
    return xs, ys
