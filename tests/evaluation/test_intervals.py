"""Bootstrap intervals over documents (slogans.evaluation.intervals)."""
from __future__ import annotations

import pytest

from slogans.evaluation.gold import GoldScores
from slogans.evaluation.intervals import bootstrap_intervals, wilson_interval


def _doc(core: int, hit: int, expansions: int = 0, expansions_ok: int = 0) -> GoldScores:
    return GoldScores(documents=1, core=core, core_hit=hit, reported=core, reported_ok=hit, counted=hit, count_ok=hit,
                      expansions=expansions, expansions_ok=expansions_ok)


def test_documents_that_agree_give_an_interval_of_one_point():
    bounds = bootstrap_intervals([_doc(4, 3), _doc(8, 6)], resamples=300)
    assert bounds["core_recall"] == (0.75, 0.75)
    assert bounds["precision"] == (0.75, 0.75)


def test_the_interval_holds_the_pooled_score_and_narrows_with_more_documents():
    few = [_doc(5, 5), _doc(5, 2), _doc(5, 4), _doc(5, 1)]
    low, high = bootstrap_intervals(few)["core_recall"]
    assert low < 12 / 20 < high
    many_low, many_high = bootstrap_intervals(few * 10)["core_recall"]
    assert low <= many_low < 12 / 20 < many_high <= high
    assert many_high - many_low < high - low


def test_a_measure_with_nothing_to_score_in_a_draw_is_left_out():
    """Only one document holds an expansion: draws without it do not count as 0 for components."""
    bounds = bootstrap_intervals([_doc(2, 2, expansions=1, expansions_ok=1), _doc(2, 1)], resamples=500)
    assert bounds["components_exact"] == (1.0, 1.0)
    assert bootstrap_intervals([_doc(2, 2)])["components_exact"] == (0.0, 0.0)


def test_the_same_seed_gives_the_same_interval_and_another_may_not():
    docs = [_doc(5, n) for n in range(6)]
    assert bootstrap_intervals(docs, seed=3) == bootstrap_intervals(docs, seed=3)


@pytest.mark.parametrize("docs, level", [([], 0.95), ([_doc(1, 1)], 1.5), ([_doc(1, 1)], 0.0)])
def test_no_document_or_a_level_out_of_range_is_refused(docs, level):
    with pytest.raises(ValueError):
        bootstrap_intervals(docs, level=level)


def test_the_wilson_interval_holds_the_share_and_stays_within_0_and_1():
    low, high = wilson_interval(9, 29)
    assert round(low, 3) == 0.173 and round(high, 3) == 0.492
    assert wilson_interval(0, 10)[0] == 0.0 and 0.0 < wilson_interval(0, 10)[1] < 0.35
    assert wilson_interval(10, 10)[1] == 1.0 and 0.65 < wilson_interval(10, 10)[0] < 1.0
    assert wilson_interval(90, 290)[1] - wilson_interval(90, 290)[0] < high - low


@pytest.mark.parametrize("hits, total", [(1, 0), (-1, 5), (6, 5)])
def test_a_share_out_of_range_is_refused(hits, total):
    with pytest.raises(ValueError):
        wilson_interval(hits, total)


def test_the_examples_in_the_docstrings_hold():
    import doctest

    import slogans.evaluation.intervals as module

    assert doctest.testmod(module).failed == 0
