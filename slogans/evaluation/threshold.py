"""Choosing the quoted-phrase decision's threshold from held-out scores, so that it holds on a new batch.

The F1 of the decision, as a function of its threshold, is flat and bumpy between about 0.2 and 0.5 on the
project's development documents: two maxima a little apart in F1 can lie far apart in threshold, and which one
wins tips with one batch more or less (0.25 on 159 documents, 0.45 on 174). The choice is made steady three ways:

- a fine grid (``GRID``), so that the answer does not hang on where a coarse grid happens to fall;
- each held-out set counts alike (the mean of the sets' F1), as each new batch a user scores is one set, so that a
  large set does not pull the threshold to its own best; with one set, the documents' scores are pooled;
- the curve is smoothed (the mean F1 over ``SMOOTHING`` either side), so that the chosen threshold lies in a broad
  good region rather than on a narrow peak that the next batch will not have.
"""
from __future__ import annotations

from statistics import mean
from typing import Mapping, Sequence

#: The thresholds tried: 0.10 to 0.70 by 0.01.
GRID: tuple[float, ...] = tuple(round(0.10 + 0.01 * i, 2) for i in range(61))
#: The half-width of the window the F1 curve is averaged over.
SMOOTHING = 0.10
_EPSILON = 1e-9

Scored = Sequence[tuple[float, int]]


def f1_at(scored: Scored, threshold: float) -> float:
    """F1 of the decision ``score >= threshold`` over (score, label) pairs (0 when it finds no name)."""
    tp = sum(1 for p, label in scored if p >= threshold and label)
    fp = sum(1 for p, label in scored if p >= threshold and not label)
    fn = sum(1 for p, label in scored if p < threshold and label)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def f1_curve(scored_by_fold: Mapping[str, Scored], by_fold: bool) -> dict[float, float]:
    """F1 at each threshold of ``GRID``: the mean over folds when ``by_fold``, else over all pairs pooled."""
    if by_fold:
        folds = [s for s in scored_by_fold.values() if any(label for _, label in s)]
        return {t: mean(f1_at(s, t) for s in folds) if folds else 0.0 for t in GRID}
    pooled = [pair for s in scored_by_fold.values() for pair in s]
    return {t: f1_at(pooled, t) for t in GRID}


def smoothed(curve: Mapping[float, float], half_width: float = SMOOTHING) -> dict[float, float]:
    """Each point of ``curve`` replaced by the mean of the points within ``half_width`` of it."""
    return {t: mean(v for u, v in curve.items() if abs(u - t) <= half_width + _EPSILON) for t in curve}


def steady_threshold(scored_by_fold: Mapping[str, Scored], by_fold: bool) -> float:
    """The threshold where the smoothed F1 curve (``f1_curve``, ``smoothed``) is highest; the lowest of equals.

    Examples:
        >>> steady_threshold({"a": [(0.9, 1), (0.5, 1), (0.3, 0)], "b": [(0.8, 1), (0.2, 0)]}, by_fold=True)
        0.4
    """
    curve = smoothed(f1_curve(scored_by_fold, by_fold))
    best = max(curve.values())
    return min(t for t, v in curve.items() if v >= best - _EPSILON)
