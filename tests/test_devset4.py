"""Accuracy on the fourth development set (tests/data/devset4): twenty-seven real texts, the test set `fresh` of
issue 13's third round.

Four annotators made them by the guideline before the extractor ever ran on them. They were scored unseen with
release 0.4.0 (0.832, 0.824, 0.989, 0.512) and with the third round's code (0.785, 0.856, 0.994, 0.512). Their
errors were then read (issue 13's fourth round), so they are development data now; the test sets are
tests/data/next and tests/data/next2. The floor is a regression floor: a change that loses a term, a count or a definition on these
documents fails here. The gold is not to be edited to follow the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps

DEVSET4 = DATA / "devset4"

#: The unseen runs: 0.4.0 0.832, 0.824, 0.989, 0.512; issue 13's third round 0.785, 0.856, 0.994, 0.512.
#: In-sample with the weights refitted on the 108 (threshold 0.3): 0.919, 0.864, 0.990, 0.512. With the threshold
#: chosen by leave-one-set-out (0.35) and the event, series and outlet evidence: 0.872, 0.900, 0.995, 0.512 —
#: core_recall's floor lowered from 0.90 to 0.86 (the higher threshold; held out whole, devset4 goes 0.799, 0.856 →
#: 0.859, 0.870: docs/explanation/quoted-decision.md), precision's raised.
#: With the head phrases of the list items (issue 13, fourth round, written reading these errors): components_exact
#: 0.651.
#: With the lexicon's national names (in-sample: several were added after reading these errors): 0.946, 0.867, 0.990, 0.512.
#: All three together: 0.899, 0.902, 0.995, 0.651.
#: With the lists read near a name where none was (written reading devset4's errors, in-sample): components 0.791.
#: All of the round together: 0.899, 0.902, 0.995, 0.907.
#: With the lexicon's second pass (公推直选 added after reading this set's misses): 0.906, 0.902, 0.995, 0.907.
#: With `metre` and `place_goal` (issue 13, fifth round; refit on the 130, threshold 0.4): 0.933, 0.898, 0.995, 0.907.
#: Weights refitted on the 141 (threshold 0.3, issue 13's fifth round): 0.946, 0.872, 0.990, 0.907.
#: Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.953, 0.863, 0.991, 0.907.
FLOOR = {"core_recall": 0.92, "precision": 0.86, "count_exact": 0.98, "components_exact": 0.88}


@pytest.fixture(scope="module")
def devset4() -> tuple[dict, dict[str, str]]:
    return annotated_set(DEVSET4)


def test_devset4_is_whole(devset4):
    gold, texts = devset4
    assert len(gold) == 27 and set(texts) == set(gold)
    assert (DEVSET4 / "SOURCES.md").is_file() and (DEVSET4 / "README.md").is_file()


def test_devset4_scores_stay_above_the_floor(extractor, devset4):
    scores = project_scores(extractor, *devset4)
    assert not (low := below_floor(scores, FLOOR)), "\n".join(low)


def test_devset4_traditional_copies_score_within_tolerance(extractor, devset4):
    assert not script_copy_gaps(extractor, *devset4)
