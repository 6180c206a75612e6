"""Accuracy on the test sets nobody has fitted anything on: tests/data/next6 to next11.

Annotators made them by the guideline before the extractor ever ran on them. `next6`, made at the end of issue 13's
sixth round, was scored with 0.7.0 and in the seventh round; `next7`, made during the seventh round, once at its end;
`next8`, made at the start of the eighth round, once at its end with 0.8.0 and the round's code; `next9`, made at the
start of the ninth round, once at its end; `next10` and `next11`, made at the start of the tenth and eleventh, once at their ends (figures in
docs/explanation/accuracy.md). No rule, feature or weight was made or chosen looking at their errors. (Earlier test
sets have been read since: `fresh` is tests/data/devset4, `next2` tests/data/devset5, `next4` tests/data/devset7, and
`next`, `next3` and `next5` are retired to development data: tests/test_retired_sets.py.) The floors are the last run,
a little lower, so that a change which loses terms on unseen text fails here. This module prints no errors on
purpose: reading them and fixing what they show would turn a set into development data (then a new test set is
needed). The gold is not to be edited to follow the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps

#: Per set: how many documents it holds, and its floor.
UNREAD_SETS = {
    # Made at the end of the sixth round, before any run: 0.7.0 (and 0.6.0) 0.977, 0.842, 0.968, 0.500 (5 of 10 expansions).
    # Issue 13's seventh round (0.8.0): 0.977, 0.823, 0.969, 0.455 (5 of 11): components floor lowered for the same reason.
    # Issue 13's eighth round (0.9.0): 0.977, 0.812, 0.969, 0.455: one more false term (members9's counted-name evidence).
    "next6": (15, {"core_recall": 0.95, "precision": 0.80, "count_exact": 0.95, "components_exact": 0.45}),
    # Made during the seventh round before any run, scored once at its end: 0.8.0 0.923, 0.876, 0.976, 0.556 (5 of 9);
    # 0.7.0 0.908, 0.865, 0.976, 0.500; the round's steady threshold alone 0.892, 0.880, 0.975, 0.500.
    # Issue 13's eighth round (0.9.0): 0.923, 0.867, 0.976, 0.556 (one more false term, from precision8's counted word
    # before a predicate; step by step in docs/explanation/accuracy.md).
    "next7": (14, {"core_recall": 0.90, "precision": 0.85, "count_exact": 0.96, "components_exact": 0.55}),
    # Made at the start of the eighth round before any run, scored once at its end: 0.9.0 0.917, 0.886, 0.992, 0.250
    # (2 of 8 expansions); 0.8.0 the same.
    "next8": (20, {"core_recall": 0.89, "precision": 0.86, "count_exact": 0.97, "components_exact": 0.24}),
    # Made at the start of the ninth round before any run, scored once at its end: 0.889, 0.733, 0.977, 0.333
    # (2 of 6 expansions), the same with the code the round started from (its output did not change).
    "next9": (9, {"core_recall": 0.87, "precision": 0.71, "count_exact": 0.95, "components_exact": 0.33}),
    # Made at the start of the tenth round before any run (mostly repository text), scored once at its end: 0.852,
    # 0.929, 1.000, 0.286 (2 of 7 expansions), the same with the code the round started from.
    "next10": (10, {"core_recall": 0.83, "precision": 0.91, "count_exact": 0.97, "components_exact": 0.28}),
    # Made at the start of the eleventh round before any run (no core term with members), scored once at its end:
    # 0.800, 0.875, 0.952, — (12 of 15 core terms, 21 of 24 reported), the same with the code the round started from.
    "next11": (8, {"core_recall": 0.78, "precision": 0.85, "count_exact": 0.93, "components_exact": 0.0}),
}


@pytest.fixture(scope="module", params=sorted(UNREAD_SETS))
def unread(request) -> tuple[str, dict, dict[str, str]]:
    return (request.param, *annotated_set(DATA / request.param))


def test_each_set_is_whole(unread):
    name, gold, texts = unread
    assert len(gold) == UNREAD_SETS[name][0] and set(texts) == set(gold)
    assert (DATA / name / "SOURCES.md").is_file() and (DATA / name / "README.md").is_file()


def test_weights_in_force_never_saw_these_documents(extractor, unread):
    _, gold, _ = unread
    assert extractor.weights.fitted_on and not set(extractor.weights.fitted_on) & set(gold)


def test_scores_stay_above_the_floor(extractor, unread):
    name, gold, texts = unread
    scores = project_scores(extractor, gold, texts)
    assert not (low := below_floor(scores, UNREAD_SETS[name][1], show_errors=False)), "\n".join(low)


def test_traditional_copies_score_within_tolerance(extractor, unread):
    _, gold, texts = unread
    assert not script_copy_gaps(extractor, gold, texts)
