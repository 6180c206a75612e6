"""Accuracy on the fifth development set (tests/data/devset5): twenty-two real texts, the test set `next2` of
issue 13's fourth round.

Three annotators made them by the guideline before the extractor ever ran on them. They were scored unseen with
release 0.4.0 (0.823, 0.912, 0.991, 0.421), with the fourth round's start (0.823, 0.896, 0.991, 0.450) and with
release 0.5.0 (0.906, 0.904, 0.992, 0.476). Their errors were then read (issue 13's fifth round), so they are
development data now; the test sets are tests/data/next and tests/data/next3 (and tests/data/next4, made this round).
The floor is a regression floor: a change that loses a term, a count or a definition on these documents fails here.
The gold is not to be edited to follow the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps

DEVSET5 = DATA / "devset5"

#: With the weights refitted on the 130 development documents (threshold 0.4, chosen by leave-one-set-out):
#: in-sample 0.896, 0.904, 0.992, 0.476; held out by set (weights fitted on the other 108) 0.906, 0.904.
#: With `metre`, `place_goal` and a lexicon campaign quoted in parts or its long form (fifth round, written reading
#: these errors; threshold 0.4): in-sample 0.917, 0.910, 0.992, 0.476.
#: With the member readings of issue 13's fifth round (written reading this set's errors): components 0.667.
#: Refitted on the 141 (threshold 0.3): 0.917, 0.897, 0.992.
#: Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.927, 0.905, 0.993, 0.667.
FLOOR = {"core_recall": 0.91, "precision": 0.89, "count_exact": 0.98, "components_exact": 0.65}


@pytest.fixture(scope="module")
def devset5() -> tuple[dict, dict[str, str]]:
    return annotated_set(DEVSET5)


def test_devset5_is_whole(devset5):
    gold, texts = devset5
    assert len(gold) == 22 and set(texts) == set(gold)
    assert (DEVSET5 / "SOURCES.md").is_file() and (DEVSET5 / "README.md").is_file()


def test_devset5_scores_stay_above_the_floor(extractor, devset5):
    scores = project_scores(extractor, *devset5)
    assert not (low := below_floor(scores, FLOOR)), "\n".join(low)


def test_devset5_traditional_copies_score_within_tolerance(extractor, devset5):
    assert not script_copy_gaps(extractor, *devset5)
