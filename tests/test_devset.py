"""Accuracy on the development set (tests/data/devset): twenty-three real texts annotated before any run.

They were scored once unseen, then used as development data: the numbered-formula and member fixes were
made looking at their errors (docs/explanation/accuracy.md gives each fix and the documents that need it), and
the quoted-phrase weights are fitted on them with the twenty other development documents. The figures asserted
are in-sample, a regression floor a little below those measured after the fixes: a change that
loses a term, a count or a definition on these documents fails here. The gold is not to be edited to follow
the extractor.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores

#: Measured after the fixes and the refit on the 43: 0.911, 0.919, 0.938, 0.889 (the first, unseen figures of
#: 0.2.0: 0.911, 0.745, 0.934, 0.444); with the refit on the 59 (RESULTS.md section 7): 0.922, 0.905, 0.938,
#: 0.800. components_exact's floor is lowered from 0.85 to 0.80 because one more formula is found, not because
#: one is lost: 新四万亿 (a short phrase counting inside) is now reported, and its members (a 2 + 2 sum the
#: member rules do not read) are not; the eight expansions right before are still right. With the counting shapes
#: and 两会 of RESULTS.md section 8: 0.944, 0.906, 0.974, 0.818; with the weights fitted on the 81 and the quoted
#: lists of formulae named each (“6个破除，6个着力，6个坚持”): 0.944, 0.935, 0.974, 0.818; with compound names read by
#: their parts' morphemes (三学三强三提升) and a list named together (合称“新四万亿”): components 1.000. With the
#: weights refitted on the 108 (threshold 0.45 → 0.3: recall on new batches over precision here): 0.944, 0.861;
#: with the threshold chosen by leave-one-set-out (0.35) and the event, series and outlet evidence: 0.944, 0.886.
FLOOR = {"core_recall": 0.93, "precision": 0.87, "count_exact": 0.96, "components_exact": 0.95}

DEVSET = DATA / "devset"


@pytest.fixture(scope="module")
def devset() -> tuple[dict, dict[str, str]]:
    return annotated_set(DEVSET)


def test_devset_is_whole(devset):
    gold, texts = devset
    assert len(gold) == 23 and set(texts) == set(gold)
    assert (DEVSET / "SOURCES.md").is_file()


def test_devset_scores_stay_above_the_floor(extractor, devset):
    scores = project_scores(extractor, *devset)
    assert not (low := below_floor(scores, FLOOR)), "\n".join(low)
