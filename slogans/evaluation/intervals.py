"""How far a score could move with other documents: a bootstrap interval over documents, and a Wilson
interval for a share of independent items (definition passages).

A test set of ten documents holds few terms and fewer expansions, so its four scores are rough:
drawing the same number of documents again, with replacement, and scoring the draw shows the
spread a new batch of the same kind would give. Each draw adds up the tallies of the documents it
holds (micro-averaged, like the scores themselves); the interval is the middle ``level`` of the
draws' scores (percentile bootstrap).
"""
from __future__ import annotations

import math
import random
from statistics import NormalDist
from typing import Sequence

from slogans.evaluation.gold import METRICS, GoldScores

#: Draws of documents per interval: enough for the second decimal of a 95 % interval to settle.
RESAMPLES = 2000
#: The share of the draws an interval holds.
LEVEL = 0.95
#: The tallies behind each score: (hits, out of).
_TALLIES = {
    "core_recall": ("core_hit", "core"),
    "precision": ("reported_ok", "reported"),
    "count_exact": ("count_ok", "counted"),
    "components_exact": ("expansions_ok", "expansions"),
}


def bootstrap_intervals(per_document: Sequence[GoldScores], resamples: int = RESAMPLES, level: float = LEVEL,
                        seed: int = 0) -> dict[str, tuple[float, float]]:
    """For each score, the interval holding the middle ``level`` of its value over ``resamples`` draws of
    the documents with replacement (a draw with nothing to score for a measure is left out of its interval).

    Raises ValueError when there is no document or ``level`` is not between 0 and 1.

    Examples:
        >>> docs = [GoldScores(documents=1, core=2, core_hit=2), GoldScores(documents=1, core=2, core_hit=0)]
        >>> bootstrap_intervals(docs, resamples=200)["core_recall"]
        (0.0, 1.0)
    """
    if not per_document:
        raise ValueError("an interval needs at least one document")
    if not 0 < level < 1:
        raise ValueError(f"the level is a share between 0 and 1, not {level}")
    rng = random.Random(seed)
    n = len(per_document)
    tallies = {m: [(getattr(d, hit), getattr(d, total)) for d in per_document] for m, (hit, total) in _TALLIES.items()}
    draws: dict[str, list[float]] = {m: [] for m in METRICS}
    for _ in range(resamples):
        picked = [rng.randrange(n) for _ in range(n)]
        for metric, pairs in tallies.items():
            out_of = sum(pairs[i][1] for i in picked)
            if out_of:
                draws[metric].append(sum(pairs[i][0] for i in picked) / out_of)
    tail = (1 - level) / 2
    return {metric: _percentiles(sorted(values), tail) for metric, values in draws.items()}


def _percentiles(values: list[float], tail: float) -> tuple[float, float]:
    if not values:
        return (0.0, 0.0)
    last = len(values) - 1
    return values[round(tail * last)], values[round((1 - tail) * last)]


def wilson_interval(hits: int, total: int, level: float = LEVEL) -> tuple[float, float]:
    """The Wilson score interval of the share ``hits`` / ``total`` of independent items (passages read exactly):
    unlike the share plus or minus its error, it stays within 0 and 1 and is not empty at 0 of n or n of n.

    Raises ValueError when ``total`` is not positive, ``hits`` is out of range or ``level`` is not between 0 and 1.

    Examples:
        >>> tuple(round(x, 3) for x in wilson_interval(9, 29))
        (0.173, 0.492)
    """
    if total <= 0 or not 0 <= hits <= total:
        raise ValueError(f"a share needs 0 <= hits <= total and total > 0, not {hits} of {total}")
    if not 0 < level < 1:
        raise ValueError(f"the level is a share between 0 and 1, not {level}")
    z = NormalDist().inv_cdf(1 - (1 - level) / 2)
    share = hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z / (1 + z * z / total) * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    low = 0.0 if hits == 0 else max(0.0, centre - half)
    high = 1.0 if hits == total else min(1.0, centre + half)
    return low, high
