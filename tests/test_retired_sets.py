"""Floors on the retired test sets: tests/data/next, next3 and next5.

Made by annotators before any run and scored as test sets from issue 13's third to its ninth round (their history
below); at the start of the tenth round they were retired to development data, the first made of documents no rule
was written for, and their errors may be read (`slogans evaluate --gold tests/data/next/gold --texts tests/data/next -v`).
The floors stay, a little under the last run, so that a change which loses terms on them fails; unlike the unread
sets', their failures show the errors.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps

#: Per set: how many documents it holds, and its floor.
RETIRED_SETS = {
    # 0.4.0: 0.837, 0.845, 0.939, 0.200; issue 13's third round: 0.796, 0.870, 0.936, 0.400 (4 of 10 expansions);
    # fourth round: 0.816, 0.862, 0.940, 0.400; the fifth round's start (weights refitted on the 130): 0.816, 0.860,
    # 0.939, 0.400; 0.6.0: 0.816, 0.859, 0.945, 0.400; the sixth round's start (0.6.0 refitted on the 159, next4 read
    # as devset7): 0.837, 0.848, 0.964, 0.400 (the precision floor lowered from 0.85 by that refit, not by a rule).
    "next": (17, {"core_recall": 0.80, "precision": 0.84, "count_exact": 0.92, "components_exact": 0.39}),
    # 0.4.0: 0.781, 0.848, 0.961, 0.357; start of the fourth round: 0.767, 0.841, 0.973, 0.357; 0.5.0: 0.822, 0.854,
    # 0.975, 0.357 (5 of 14 expansions); the fifth round's start: 0.808, 0.862, 0.987, 0.357;
    # 0.6.0: 0.863, 0.848, 0.989, 0.357; the sixth round's start: 0.863, 0.849, 0.989, 0.357.
    "next3": (17, {"core_recall": 0.80, "precision": 0.84, "count_exact": 0.96, "components_exact": 0.35}),
    # 0.6.0: 0.920, 0.828, 0.929, 0.385 (5 of 13 expansions); the sixth round's start (weights refitted on the 159):
    # 0.920, 0.829, 0.929, 0.385.
    # Issue 13's seventh round (0.8.0): 0.920, 0.805, 0.930, 0.357 (5 of 14): the precision and components floors lowered
    # by that round's refit (threshold 0.30 → 0.27 once the new evidence was in) and counted names found by their lists
    # (one more expansion matched, its members not exact), measured step by step in docs/explanation/accuracy.md.
    # Issue 13's eighth round (0.9.0): 0.920, 0.797, 0.939, 0.357 (one count more exact, one more false term).
    "next5": (18, {"core_recall": 0.90, "precision": 0.78, "count_exact": 0.91, "components_exact": 0.34}),
    # Retired at the start of the tenth round; the lexicon entries added from next's and next3's errors (两个基本点,
    # 三反五反, 一中各表, 关键少数): next 0.857, 0.862, 0.964, 0.400; next3 0.918, 0.855, 0.989, 0.438; next5 unchanged.
    # The eleventh round's merge of lexicon12's 75 entries: next 0.898, 0.866, 0.966, 0.400; next3 0.932, 0.856, 0.989,
    # 0.438; next5 unchanged.
}


@pytest.fixture(scope="module", params=sorted(RETIRED_SETS))
def retired(request) -> tuple[str, dict, dict[str, str]]:
    return (request.param, *annotated_set(DATA / request.param))


def test_each_set_is_whole(retired):
    name, gold, texts = retired
    assert len(gold) == RETIRED_SETS[name][0] and set(texts) == set(gold)


def test_scores_stay_above_the_floor(extractor, retired):
    name, gold, texts = retired
    scores = project_scores(extractor, gold, texts)
    assert not (low := below_floor(scores, RETIRED_SETS[name][1], show_errors=True)), "\n".join(low)


def test_traditional_copies_score_within_tolerance(extractor, retired):
    _, gold, texts = retired
    assert not script_copy_gaps(extractor, gold, texts)
