"""Accuracy on the sixth development set (tests/data/devset6): eleven real texts annotated in issue 13's fifth round.

Two annotators made them by the guideline before the extractor ever ran on them; scored once unseen (release 0.5.0:
0.915, 0.877, 0.971, 0.500; the round's start: 0.898, 0.870, 0.970, 0.500), then read: development data. The floor is
a regression floor: a change that loses a term, a count or a definition on these documents fails here. The gold is
not to be edited to follow the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps

DEVSET6 = DATA / "devset6"

#: With the weights refitted on the 141 development documents, this set among them (threshold 0.3, chosen by
#: leave-one-set-out): 0.949, 0.872, 0.973, 0.455 (a term more found whose members are not read).
#: Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.949, 0.864, 0.973, 0.455.
FLOOR = {"core_recall": 0.94, "precision": 0.86, "count_exact": 0.96, "components_exact": 0.45}


@pytest.fixture(scope="module")
def devset6() -> tuple[dict, dict[str, str]]:
    return annotated_set(DEVSET6)


def test_devset6_is_whole(devset6):
    gold, texts = devset6
    assert len(gold) == 11 and set(texts) == set(gold)
    assert (DEVSET6 / "SOURCES.md").is_file() and (DEVSET6 / "README.md").is_file()


def test_devset6_scores_stay_above_the_floor(extractor, devset6):
    scores = project_scores(extractor, *devset6)
    assert not (low := below_floor(scores, FLOOR)), "\n".join(low)


def test_devset6_traditional_copies_score_within_tolerance(extractor, devset6):
    assert not script_copy_gaps(extractor, *devset6)
