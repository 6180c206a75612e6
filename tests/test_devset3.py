"""Accuracy on the third development set (tests/data/devset3): twenty-two real texts, the test set of 0.4.0.

Three annotators made them by the guideline before the extractor ever ran on them. They were scored unseen with
release 0.3.0 (0.788, 0.811, 1.000, 0.300) and release 0.4.0 (0.803, 0.826, 0.987, 0.273). Their errors were then
read to find the shapes that fail on new text, so they are development data now; the test set that replaces them
was tests/data/fresh (tests/data/devset4 now). The floor is a regression floor: a change that loses a term, a count or a definition on these
documents fails here. The gold is not to be edited to follow the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps

DEVSET3 = DATA / "devset3"

#: The unseen run of 0.4.0: 0.803, 0.826, 0.987, 0.273. After its errors were read (in-sample, issue 13's third
#: round: the recognition shapes, the weights fitted on the 81, the member mechanisms): 0.869, 0.898, 0.987, 0.517
#: (15 of 29 expansions; more formulae are found, some whose members are spelled out in lines the rules do not read).
#: With the threshold chosen by leave-one-set-out (0.35) and the event, series and outlet evidence: 0.891, 0.898,
#: 0.988, 0.517.
#: With the lexicon's national names (in-sample: several were added after reading these errors): 0.956, 0.887, 0.979, 0.517.
#: With the lists read near a name where none was (written reading devset4's and this set's errors): components 0.690.
#: All of this round together: 0.949, 0.903, 0.989, 0.690.
#: With the member readings of issue 13's fifth round (the 、 word list after a colon written reading this set): 0.724.
#: Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.964, 0.888, 0.979, 0.724.
FLOOR = {"core_recall": 0.94, "precision": 0.88, "count_exact": 0.97, "components_exact": 0.70}


@pytest.fixture(scope="module")
def devset3() -> tuple[dict, dict[str, str]]:
    return annotated_set(DEVSET3)


def test_devset3_is_whole(devset3):
    gold, texts = devset3
    assert len(gold) == 22 and set(texts) == set(gold)
    assert (DEVSET3 / "SOURCES.md").is_file() and (DEVSET3 / "README.md").is_file()


def test_devset3_scores_stay_above_the_floor(extractor, devset3):
    scores = project_scores(extractor, *devset3)
    assert not (low := below_floor(scores, FLOOR)), "\n".join(low)


def test_devset3_traditional_copies_score_within_tolerance(extractor, devset3):
    assert not script_copy_gaps(extractor, *devset3)
