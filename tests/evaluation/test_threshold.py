"""The threshold choice: a fine grid, sets counted alike, the F1 curve smoothed."""
from __future__ import annotations

import pytest

from slogans.evaluation.threshold import GRID, f1_at, f1_curve, smoothed, steady_threshold


def test_f1_at_counts_names_found_missed_and_wrongly_taken():
    scored = [(0.9, 1), (0.4, 1), (0.6, 0), (0.1, 0)]
    assert f1_at(scored, 0.5) == pytest.approx(2 * 1 / (2 * 1 + 1 + 1))
    assert f1_at(scored, 0.3) == pytest.approx(2 * 2 / (2 * 2 + 1))
    assert f1_at(scored, 0.95) == 0.0


def test_the_grid_is_fine_and_covers_the_usual_range():
    assert GRID[0] == 0.1 and GRID[-1] == 0.7 and len(GRID) == 61
    assert all(round(b - a, 2) == 0.01 for a, b in zip(GRID, GRID[1:]))


def test_each_set_counts_alike_however_many_phrases_it_holds():
    """A large set whose best lies high, a small one whose best lies low: pooled, the large set decides;
    by set, both weigh the same."""
    large = [(0.6, 1)] * 20 + [(0.45, 0)] * 20
    small = [(0.3, 1)] * 2 + [(0.15, 0)] * 2
    by_set, pooled = f1_curve({"large": large, "small": small}, True), f1_curve({"large": large, "small": small}, False)
    assert by_set[0.5] == pytest.approx((1.0 + 0.0) / 2)
    assert pooled[0.5] == pytest.approx(2 * 20 / (2 * 20 + 2))
    assert by_set[0.35] == pytest.approx((f1_at(large, 0.35) + 0.0) / 2)


def test_a_fold_without_names_does_not_weigh_in_the_mean():
    curve = f1_curve({"a": [(0.8, 1), (0.2, 0)], "none": [(0.9, 0)]}, True)
    assert curve[0.5] == 1.0


def test_smoothing_averages_the_points_either_side():
    curve = {0.1: 0.0, 0.2: 1.0, 0.3: 0.0}
    assert smoothed(curve, 0.1) == pytest.approx({0.1: 0.5, 0.2: 1 / 3, 0.3: 0.5})


def test_a_broad_good_region_beats_a_narrow_higher_peak():
    """A narrow peak at 0.2 (a name scored 0.2 is found, a non-name at 0.19 is not) and a broad plateau between
    0.45 and 0.65: unsmoothed, the peak wins; smoothed, the plateau's middle does."""
    scored = {"a": [(0.9, 1), (0.2, 1), (0.19, 0), (0.66, 1), (0.44, 0)]}
    raw = f1_curve(scored, True)
    assert max(raw, key=lambda t: (raw[t], -t)) == 0.2
    assert 0.45 <= steady_threshold(scored, True) <= 0.6


def test_the_lowest_of_equal_thresholds_is_taken():
    assert steady_threshold({"a": [(0.95, 1), (0.05, 0)]}, True) == GRID[0]
