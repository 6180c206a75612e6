"""Accuracy on the development sets (tests/data/devset … devset10): regression floors.

Each set was annotated by the guideline before the extractor ever ran on it, scored unseen once, and then read: its
errors shaped rules, features and weights, so it is development data. A floor is a regression floor, the in-sample
figure a little lower: a change that loses a term, a count or a definition on these documents fails here. The gold is
not to be edited to follow the extractor. Each set's history (its unseen runs, and what moved its figures) stands
above its entry. The unread test sets are in test_unread_sets.py.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import pytest

from gold_scoring import DATA, annotated_set, below_floor, project_scores, script_copy_gaps


class DevelopmentSet(NamedTuple):
    """How many documents a set holds, and its floor."""

    documents: int
    floor: dict[str, float]


DEVELOPMENT_SETS = {
    # Accuracy on the development set (tests/data/devset): twenty-three real texts annotated before any run.
    #
    # They were scored once unseen, then used as development data: the numbered-formula and member fixes were
    # made looking at their errors (docs/explanation/accuracy.md gives each fix and the documents that need it), and
    # the quoted-phrase weights are fitted on them with the twenty other development documents. The figures asserted
    # are in-sample, a regression floor a little below those measured after the fixes: a change that
    # loses a term, a count or a definition on these documents fails here. The gold is not to be edited to follow
    # the extractor.
    # Measured after the fixes and the refit on the 43: 0.911, 0.919, 0.938, 0.889 (the first, unseen figures of
    # 0.2.0: 0.911, 0.745, 0.934, 0.444); with the refit on the 59 (RESULTS.md section 7): 0.922, 0.905, 0.938,
    # 0.800. components_exact's floor is lowered from 0.85 to 0.80 because one more formula is found, not because
    # one is lost: 新四万亿 (a short phrase counting inside) is now reported, and its members (a 2 + 2 sum the
    # member rules do not read) are not; the eight expansions right before are still right. With the counting shapes
    # and 两会 of RESULTS.md section 8: 0.944, 0.906, 0.974, 0.818; with the weights fitted on the 81 and the quoted
    # lists of formulae named each (“6个破除，6个着力，6个坚持”): 0.944, 0.935, 0.974, 0.818; with compound names read by
    # their parts' morphemes (三学三强三提升) and a list named together (合称“新四万亿”): components 1.000. With the
    # weights refitted on the 108 (threshold 0.45 → 0.3: recall on new batches over precision here): 0.944, 0.861;
    # with the threshold chosen by leave-one-set-out (0.35) and the event, series and outlet evidence: 0.944, 0.886.
    "devset": DevelopmentSet(
        23, {"core_recall": 0.93, "precision": 0.87, "count_exact": 0.96, "components_exact": 0.95}
    ),
    # Accuracy on the second development set (tests/data/devset2): sixteen real texts, the test set of 0.3.0.
    #
    # They were annotated before the extractor ever ran on them and scored once, unseen, with release 0.3.0
    # (0.862, 0.911, 0.967, 0.188). Their errors were then read to find the shapes that fail on new text, so they are
    # development data now; the test set that replaces them is tests/data/unseen. The floor is a regression floor:
    # a change that loses a term, a count or a definition on these documents fails here. The gold is not to be
    # edited to follow the extractor.
    # The one unseen run of 0.3.0: 0.862, 0.911, 0.967, 0.188. In-sample with the weights fitted on the 59, the
    # shapes of RESULTS.md section 7 and the member shapes of issue 13 (figures in docs/explanation/accuracy.md); with
    # the counting shapes of section 8: 0.948, 1.000, 0.993, 1.000; with the weights refitted on the 108 (threshold
    # 0.3): 0.957, 0.947, 0.986, 1.000; with the threshold chosen by leave-one-set-out (0.35) and the event, series
    # and outlet evidence: 0.948, 0.972, 0.993, 1.000.
    # (With the weights refitted on the 130, components 0.944; with issue 13's fifth round, a list opening a quotation
    # before an unquoted name, written reading this set: 1.000.) Weights refitted on the 141 (threshold 0.3): precision 0.955.
    # Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.966, 0.944, 0.993, 1.000.
    # Issue 13's sixth round, a quotation of as many clauses as the numeral after it counts names the formula and is no
    # slogan (“甲、乙、丙”三大重点工作), refitted on the 159: 0.974, 0.950, 0.987, 1.000.
    # Issue 13's eighth round, a counted quoted word before a predicate names its formula (把甲、乙、丙和丁这四个“关键
    # 动作”做扎实): the optional 四个关键动作 is found, its members (a list behind 把…这) not read: components 0.957.
    "devset2": DevelopmentSet(
        16, {"core_recall": 0.96, "precision": 0.94, "count_exact": 0.98, "components_exact": 0.95}
    ),
    # Accuracy on the third development set (tests/data/devset3): twenty-two real texts, the test set of 0.4.0.
    #
    # Three annotators made them by the guideline before the extractor ever ran on them. They were scored unseen with
    # release 0.3.0 (0.788, 0.811, 1.000, 0.300) and release 0.4.0 (0.803, 0.826, 0.987, 0.273). Their errors were then
    # read to find the shapes that fail on new text, so they are development data now; the test set that replaces them
    # was tests/data/fresh (tests/data/devset4 now). The floor is a regression floor: a change that loses a term, a count or a definition on these
    # documents fails here. The gold is not to be edited to follow the extractor.
    # The unseen run of 0.4.0: 0.803, 0.826, 0.987, 0.273. After its errors were read (in-sample, issue 13's third
    # round: the recognition shapes, the weights fitted on the 81, the member mechanisms): 0.869, 0.898, 0.987, 0.517
    # (15 of 29 expansions; more formulae are found, some whose members are spelled out in lines the rules do not read).
    # With the threshold chosen by leave-one-set-out (0.35) and the event, series and outlet evidence: 0.891, 0.898,
    # 0.988, 0.517.
    # With the lexicon's national names (in-sample: several were added after reading these errors): 0.956, 0.887, 0.979, 0.517.
    # With the lists read near a name where none was (written reading devset4's and this set's errors): components 0.690.
    # All of this round together: 0.949, 0.903, 0.989, 0.690.
    # With the member readings of issue 13's fifth round (the 、 word list after a colon written reading this set): 0.724.
    # Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.964, 0.888, 0.979, 0.724.
    "devset3": DevelopmentSet(
        22, {"core_recall": 0.94, "precision": 0.88, "count_exact": 0.97, "components_exact": 0.70}
    ),
    # Accuracy on the fourth development set (tests/data/devset4): twenty-seven real texts, the test set `fresh` of
    # issue 13's third round.
    #
    # Four annotators made them by the guideline before the extractor ever ran on them. They were scored unseen with
    # release 0.4.0 (0.832, 0.824, 0.989, 0.512) and with the third round's code (0.785, 0.856, 0.994, 0.512). Their
    # errors were then read (issue 13's fourth round), so they are development data now; the test sets are
    # tests/data/next and tests/data/next2. The floor is a regression floor: a change that loses a term, a count or a definition on these
    # documents fails here. The gold is not to be edited to follow the extractor.
    # The unseen runs: 0.4.0 0.832, 0.824, 0.989, 0.512; issue 13's third round 0.785, 0.856, 0.994, 0.512.
    # In-sample with the weights refitted on the 108 (threshold 0.3): 0.919, 0.864, 0.990, 0.512. With the threshold
    # chosen by leave-one-set-out (0.35) and the event, series and outlet evidence: 0.872, 0.900, 0.995, 0.512 —
    # core_recall's floor lowered from 0.90 to 0.86 (the higher threshold; held out whole, devset4 goes 0.799, 0.856 →
    # 0.859, 0.870: docs/explanation/quoted-decision.md), precision's raised.
    # With the head phrases of the list items (issue 13, fourth round, written reading these errors): components_exact
    # 0.651.
    # With the lexicon's national names (in-sample: several were added after reading these errors): 0.946, 0.867, 0.990, 0.512.
    # All three together: 0.899, 0.902, 0.995, 0.651.
    # With the lists read near a name where none was (written reading devset4's errors, in-sample): components 0.791.
    # All of the round together: 0.899, 0.902, 0.995, 0.907.
    # With the lexicon's second pass (公推直选 added after reading this set's misses): 0.906, 0.902, 0.995, 0.907.
    # With `metre` and `place_goal` (issue 13, fifth round; refit on the 130, threshold 0.4): 0.933, 0.898, 0.995, 0.907.
    # Weights refitted on the 141 (threshold 0.3, issue 13's fifth round): 0.946, 0.872, 0.990, 0.907.
    # Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.953, 0.863, 0.991, 0.907.
    "devset4": DevelopmentSet(
        27, {"core_recall": 0.92, "precision": 0.86, "count_exact": 0.98, "components_exact": 0.88}
    ),
    # Accuracy on the fifth development set (tests/data/devset5): twenty-two real texts, the test set `next2` of
    # issue 13's fourth round.
    #
    # Three annotators made them by the guideline before the extractor ever ran on them. They were scored unseen with
    # release 0.4.0 (0.823, 0.912, 0.991, 0.421), with the fourth round's start (0.823, 0.896, 0.991, 0.450) and with
    # release 0.5.0 (0.906, 0.904, 0.992, 0.476). Their errors were then read (issue 13's fifth round), so they are
    # development data now; the test sets are tests/data/next and tests/data/next3 (and tests/data/next4, made this round).
    # The floor is a regression floor: a change that loses a term, a count or a definition on these documents fails here.
    # The gold is not to be edited to follow the extractor.
    # With the weights refitted on the 130 development documents (threshold 0.4, chosen by leave-one-set-out):
    # in-sample 0.896, 0.904, 0.992, 0.476; held out by set (weights fitted on the other 108) 0.906, 0.904.
    # With `metre`, `place_goal` and a lexicon campaign quoted in parts or its long form (fifth round, written reading
    # these errors; threshold 0.4): in-sample 0.917, 0.910, 0.992, 0.476.
    # With the member readings of issue 13's fifth round (written reading this set's errors): components 0.667.
    # Refitted on the 141 (threshold 0.3): 0.917, 0.897, 0.992.
    # Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.927, 0.905, 0.993, 0.667.
    # With the members read from the document's structure (sixth round, written reading this set's, devset7's and
    # dev5's errors): components 0.810 (两价's label lines, 三个“要”'s 一要…, 八大行动's headings pages after the name).
    # (Refitted on the 159: 0.917, 0.905, 0.992.) Issue 13's sixth round, a quotation of as many clauses as the numeral
    # after it counts names the formula (“甲、乙、丙、丁”四大护理特色): recall 0.927, precision 0.905.
    "devset5": DevelopmentSet(
        22, {"core_recall": 0.92, "precision": 0.89, "count_exact": 0.98, "components_exact": 0.78}
    ),
    # Accuracy on the sixth development set (tests/data/devset6): eleven real texts annotated in issue 13's fifth round.
    #
    # Two annotators made them by the guideline before the extractor ever ran on them; scored once unseen (release 0.5.0:
    # 0.915, 0.877, 0.971, 0.500; the round's start: 0.898, 0.870, 0.970, 0.500), then read: development data. The floor is
    # a regression floor: a change that loses a term, a count or a definition on these documents fails here. The gold is
    # not to be edited to follow the extractor.
    # With the weights refitted on the 141 development documents, this set among them (threshold 0.3, chosen by
    # leave-one-set-out): 0.949, 0.872, 0.973, 0.455 (a term more found whose members are not read).
    # Weights refitted on the 141 with the fifth round's evidence (threshold 0.25 by leave-one-set-out): 0.949, 0.864, 0.973, 0.455.
    "devset6": DevelopmentSet(
        11, {"core_recall": 0.94, "precision": 0.86, "count_exact": 0.96, "components_exact": 0.45}
    ),
    # Accuracy on the seventh development set (tests/data/devset7): eighteen real texts, the test set `next4` of issue
    # 13's fifth round.
    #
    # Three annotators made them by the guideline before the extractor ever ran on them. As the test set `next4` they
    # were scored unseen with release 0.5.0 (0.911, 0.903, 0.917, 0.250), the fifth round's start (0.886, 0.901, 0.915,
    # 0.250) and release 0.6.0 (0.924, 0.903, 0.914, 0.250); from the sixth round their errors are read, so they are
    # development data. The gold is not to be edited to follow the extractor.
    # With the weights refitted on the 159, this set among them (threshold 0.25 by leave-one-set-out): 0.949, 0.905,
    # 0.905, 0.238 (5 of 21 expansions).
    # With the members read from the document's structure (sixth round, written reading this set's errors): components
    # 0.571 (12 of 21), recognition unchanged.
    # Issue 13's sixth round (即 closing a word as 在即, 奖状 an honour, written reading this set's errors): recall 0.949,
    # precision 0.922. Issue 13's seventh round, the weights refitted on the 174 with the threshold chosen steadily
    # (0.30): 0.924, 0.930, 0.925, 0.600 (two names of this set now score below the threshold; held out by set, as
    # before, 0.911): the recall floor lowered from 0.93 by that refit, not by a rule.
    "devset7": DevelopmentSet(
        18, {"core_recall": 0.90, "precision": 0.90, "count_exact": 0.88, "components_exact": 0.55}
    ),
    # Accuracy on the eighth development set (tests/data/devset8): fifteen real texts annotated at the end of issue 13's
    # sixth round.
    #
    # Three annotators made them by the guideline before the extractor ever ran on them; scored once unseen with the
    # round's code and with release 0.6.0 (both 0.887, 0.875, 0.985, 0.625). A refit on the 174 with the threshold then
    # chosen moved it to 0.45 and lost more right names than wrong ones (docs/explanation/accuracy.md), so it was not
    # shipped; in issue 13's seventh round the threshold is chosen steadily (0.30) and the weights are fitted on the
    # 174, this set among them: in-sample 0.887, 0.886, 0.985, 0.625.
    "devset8": DevelopmentSet(
        15, {"core_recall": 0.87, "precision": 0.86, "count_exact": 0.97, "components_exact": 0.62}
    ),
    # Accuracy on the ninth development set (tests/data/devset9): six real texts annotated at the start of issue 13's
    # seventh round, scored once unseen (0.7.0: 0.812, 0.806, 0.960, 0.000; the round's steady threshold: 0.812, 0.800,
    # 0.958, 0.000; 16 core terms, one expansion). Small: one term moves core_recall by 0.06.
    # Issue 13's eighth round (its errors read for precision8): 0.875, 0.862, 0.960, 0.000.
    "devset9": DevelopmentSet(
        6, {"core_recall": 0.81, "precision": 0.82, "count_exact": 0.92, "components_exact": 0.0}
    ),
    # Accuracy on the tenth development set (tests/data/devset10): four real texts annotated at the start of issue 13's
    # eighth round, held out through it (never run by the round's engineers): 0.8.0 0.950, 0.832, 1.000, 1.000 (60 core
    # terms, three expansions); the round's end 0.950, 0.840, 1.000, 1.000.
    "devset10": DevelopmentSet(
        4, {"core_recall": 0.93, "precision": 0.82, "count_exact": 0.97, "components_exact": 0.99}
    ),
}


@lru_cache(maxsize=None)
def development(name: str) -> tuple[dict, dict[str, str]]:
    """A set's gold and texts, read once per test session."""
    return annotated_set(DATA / name)


@pytest.mark.parametrize("name", sorted(DEVELOPMENT_SETS))
def test_each_set_is_whole(name):
    gold, texts = development(name)
    wanted = DEVELOPMENT_SETS[name]
    assert len(gold) == wanted.documents and set(texts) == set(gold)
    assert (DATA / name / "SOURCES.md").is_file() and (DATA / name / "README.md").is_file()


@pytest.mark.parametrize("name", sorted(DEVELOPMENT_SETS))
def test_scores_stay_above_the_floor(extractor, name):
    scores = project_scores(extractor, *development(name))
    assert not (low := below_floor(scores, DEVELOPMENT_SETS[name].floor)), "\n".join(low)


@pytest.mark.parametrize("name", sorted(DEVELOPMENT_SETS))
def test_traditional_copies_score_within_tolerance(extractor, name):
    assert not script_copy_gaps(extractor, *development(name))
