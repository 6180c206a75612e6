"""Fitting the quoted decision: the shipped weights are reproducible, and the honest (leave-one-out) figures.

The weights are fitted on the 108 development documents: the ten shared annotated ones, the ten of
tests/data/heldout, the 23 of tests/data/devset, the 16 of tests/data/devset2, the 22 of tests/data/devset3 and the
27 of tests/data/devset4 (development data since their errors were read; see tests/data/heldout/RESULTS.md, section 7, and
docs/explanation/quoted-decision.md). Leave-one-document-out over the 108 refits the decision 108 times and is
measured in docs/explanation/accuracy.md; the suite runs it over the first twenty, where it must hold the bar.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_gold import ALL_BAR, gold_dirs, text_dirs

from slogans.engine.quoted_weights import builtin_weights
from slogans.evaluation.train import Example, collect_examples, cross_validate, fit

#: weights are stored to 4 decimals; a refit on another machine may differ in the last ones
TOLERANCE = 1e-3


DATA = Path(__file__).resolve().parents[1] / "data"
HELDOUT = DATA / "heldout"
DEVSET = DATA / "devset"
DEVSET2 = DATA / "devset2"
DEVSET3 = DATA / "devset3"
DEVSET4 = DATA / "devset4"


def _gold_and_texts(corpus: Path, sets: list[Path]):
    from slogans.evaluation.gold import find_texts, load_gold
    from slogans.evaluation.train import read_texts

    gold = load_gold(gold_dirs(corpus) + [s / "gold" for s in sets])
    return gold, read_texts(find_texts(gold, text_dirs(corpus) + sets))


@pytest.fixture(scope="module")
def all_gold(corpus):
    """The 108 development documents: gold and texts."""
    return _gold_and_texts(corpus, [HELDOUT, DEVSET, DEVSET2, DEVSET3, DEVSET4])


@pytest.fixture(scope="module")
def twenty_gold(corpus):
    """The first twenty development documents (shared and heldout): gold and texts."""
    return _gold_and_texts(corpus, [HELDOUT])


@pytest.fixture(scope="module")
def examples(extractor, all_gold):
    gold, texts = all_gold
    return collect_examples(extractor, gold, texts)


def test_shipped_weights_are_what_training_on_the_108_documents_gives(examples, all_gold):
    gold, _ = all_gold
    assert len(gold) == 108
    shipped, refit = builtin_weights(), fit(examples, fitted_on=gold)
    assert shipped.fitted_on == refit.fitted_on == sorted(gold)
    assert shipped.features.keys() == refit.features.keys()
    for name in shipped.features:
        assert shipped.features[name] == pytest.approx(refit.features[name], abs=TOLERANCE), name
    assert shipped.intercept == pytest.approx(refit.intercept, abs=TOLERANCE)
    assert shipped.threshold == refit.threshold


def test_examples_are_labelled_from_the_gold(examples):
    assert {e.label for e in examples} == {0, 1}
    assert len({e.document for e in examples}) >= 30  # a document may quote no possible name at all
    assert all(e.phrase for e in examples)


def test_leave_one_document_out_reaches_the_bar(extractor, twenty_gold):
    gold, texts = twenty_gold
    scores = cross_validate(extractor, gold, texts).scores
    for metric, bar in ALL_BAR.items():
        assert scores[metric] >= bar, f"{metric}={scores[metric]:.3f} below {bar} (leave-one-out): {scores}"


def test_the_threshold_is_chosen_from_the_training_documents(examples):
    from slogans.evaluation.train import DEFAULT_THRESHOLD, THRESHOLDS, choose_threshold

    assert choose_threshold(examples) in THRESHOLDS
    two_documents = [e for e in examples if e.document in sorted({x.document for x in examples})[:2]]
    assert choose_threshold(two_documents) == DEFAULT_THRESHOLD


def test_fit_needs_both_labels():
    with pytest.raises(ValueError, match="no names"):
        fit([Example("a", "甲乙", frozenset({"two_chars"}), 0)])


def test_a_feature_against_its_direction_is_dropped():
    """Titles that happen to be names in the data: the title weight is not fitted positive, it is dropped."""
    data = [Example("d", f"p{i}", frozenset({"title", "noun_after"}), 1) for i in range(6)]
    data += [Example("d", f"n{i}", frozenset({"award"}), 0) for i in range(6)]
    w = fit(data)
    assert w.features["title"] == 0.0 and w.features["noun_after"] > 0 and w.features["award"] <= 0


def test_extract_never_imports_scikit_learn(tmp_path):
    """scikit-learn is needed only to train: the weights are applied in plain Python."""
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("全乡开展“清河护绿”活动。", encoding="utf-8")
    code = (
        "import sys\nfrom slogans.cli import main\n"
        f"try:\n    main(['extract', {str(tmp_path / 'a.txt')!r}, '--workers', '1'])\nexcept SystemExit:\n    pass\n"
        "assert not any(m == 'sklearn' or m.startswith('sklearn.') for m in sys.modules), 'sklearn imported'\n"
        "print('clean')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.rstrip().endswith("clean") and "清河护绿" in out.stdout
