"""Accuracy on the documents of tests/data/heldout: ten real texts, DEVELOPMENT data now.

They were held out once (the first, unseen figures are in tests/data/heldout/RESULTS.md); their errors
have since been read, rules were fixed while looking at them, and the quoted-phrase weights are fitted
on them together with the ten shared annotated documents, the 23 of tests/data/devset and the 16 of
tests/data/devset2. The figures asserted are therefore in-sample: a regression floor, no estimate for new
documents (the leave-one-document-out figures over all 59, in RESULTS.md section 7, are the estimate). A change that loses a term, a count
or a definition on these documents fails here. The gold was annotated before the extractor was first run
on them; it is not to be edited to follow the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps
from slogans.evaluation.gold import load_gold

HELDOUT = DATA / "heldout"

#: The in-sample scores on all ten with the weights fitted on the 59 development documents (RESULTS.md, section 7:
#: 0.964, 0.941, 1.000, 1.000); with the weights fitted on the 81 and the recognition shapes of issue 13's third
#: round: 0.964, 0.968, 1.000, 1.000; with the threshold chosen by leave-one-set-out (0.35) and the event, series
#: and outlet evidence: 0.982, 0.970, 1.000, 1.000.
#: Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.982, 0.959, 1.000, 1.000.
#: Refitted on the 159 (devset7 added; threshold 0.25): 0.982, 0.947 (a classical line in a slogan's metre taken).
FLOOR = {"core_recall": 0.96, "precision": 0.94, "count_exact": 1.0, "components_exact": 0.88}


@pytest.fixture(scope="module")
def heldout() -> tuple[dict, dict[str, str]]:
    return annotated_set(HELDOUT)


def test_heldout_set_is_whole(heldout):
    gold, texts = heldout
    assert len(gold) == 10 and set(texts) == set(gold)
    assert all(len(t) >= 1400 for t in texts.values())
    assert (HELDOUT / "SOURCES.md").is_file() and (HELDOUT / "RESULTS.md").is_file()


def test_weights_in_force_were_fitted_on_the_174_development_documents(extractor, heldout, corpus):
    """Provenance: the shipped weights name every document they saw, these ten, the ten shared ones, the
    23 of tests/data/devset, the 16 of tests/data/devset2, the 22 of tests/data/devset3, the 27 of
    tests/data/devset4, the 22 of tests/data/devset5, the 11 of tests/data/devset6, the 18 of tests/data/devset7 and the
    15 of tests/data/devset8; and none other (no test set)."""
    gold, _ = heldout
    shared = load_gold([corpus / "gold", corpus.parent / "added-corpus" / "gold"])
    devset = load_gold([HELDOUT.parent / "devset" / "gold"])
    devset2 = load_gold([HELDOUT.parent / "devset2" / "gold"])
    devset3 = load_gold([HELDOUT.parent / "devset3" / "gold"])
    devset4 = load_gold([HELDOUT.parent / "devset4" / "gold"])
    devset5 = load_gold([HELDOUT.parent / "devset5" / "gold"])
    devset6 = load_gold([HELDOUT.parent / "devset6" / "gold"])
    devset7 = load_gold([HELDOUT.parent / "devset7" / "gold"])
    devset8 = load_gold([HELDOUT.parent / "devset8" / "gold"])
    sets = (shared, devset, devset2, devset3, devset4, devset5, devset6, devset7, devset8)
    assert [len(s) for s in sets] == [10, 23, 16, 22, 27, 22, 11, 18, 15]
    seen = set(gold).union(*sets)
    assert sorted(extractor.weights.fitted_on) == sorted(seen)


def test_heldout_scores_stay_above_the_floor(extractor, heldout):
    scores = project_scores(extractor, *heldout)
    assert not (low := below_floor(scores, FLOOR)), "\n".join(low)


def test_heldout_traditional_copies_score_within_tolerance(extractor, heldout):
    assert not script_copy_gaps(extractor, *heldout)
