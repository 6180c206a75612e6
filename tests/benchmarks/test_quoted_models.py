"""The comparison of the quoted-phrase decision's models (benchmarks/quoted_models.py)."""
from __future__ import annotations

import numpy as np

from benchmark_scripts import load_benchmark

from slogans.evaluation.threshold import GRID
from slogans.evaluation.train import Example

quoted_models = load_benchmark("quoted_models")


class _AddsUp:
    """A stand-in classifier: 0.2 per feature that is on, in ``NAMES`` order."""

    def predict_proba(self, rows):
        p = np.array([min(1.0, 0.2 * sum(r)) for r in rows])
        return np.column_stack([1 - p, p])


def _examples():
    """Three sets of 40 phrases: noun_after marks the names, event the non-names, with some noise."""
    out = []
    for s in range(3):
        for i in range(40):
            name = i % 2 == 0
            features = {"noun_after"} if name or i % 7 == 0 else {"event"}
            if i % 5 == 0:
                features.add("repeated")
            out.append(Example(f"s{s}_{i % 4}", f"p{i}", frozenset(features), int(name)))
    return out, {f"s{s}_{d}": f"set{s}" for s in range(3) for d in range(4)}


def test_a_row_is_the_features_in_feature_order():
    row = quoted_models.row({"repeated", "noun_after"})
    assert sum(row) == 2 and row[quoted_models.NAMES.index("noun_after")] == 1.0


def test_tree_scorer_bounds_look_at_every_case_of_the_unsure_features():
    scorer = quoted_models.TreeScorer(_AddsUp(), threshold=0.5)
    assert scorer.score({"noun_after"}) == 0.2
    assert scorer.falls_short({"noun_after"}, {"event"})  # 0.2 or 0.4: short either way
    assert not scorer.falls_short({"noun_after"}, {"event", "idiom"})  # 0.6 with both on
    assert scorer.reaches({"noun_after", "event", "idiom"}, {"title"})
    assert not scorer.reaches({"noun_after", "event"}, {"title"})  # 0.4 without title
    assert scorer.accepts({"noun_after", "event", "idiom"}) and not scorer.accepts({"noun_after", "unknown"})
    assert scorer.explain({"noun_after", "event", "idiom"})[0] == scorer.score({"noun_after", "event", "idiom"})


def test_precision_recall_f1_of_scored_triples():
    p, r, f = quoted_models.prf([(0.9, 1, 0.5), (0.6, 0, 0.5), (0.2, 1, 0.5), (0.1, 0, 0.5)])
    assert (p, r, f) == (0.5, 0.5, 0.5)
    assert quoted_models.prf([(0.1, 1, 0.5)]) == (0.0, 0.0, 0.0)


def test_the_inner_folds_choose_a_setting_and_a_threshold_of_the_grid():
    examples, sets = _examples()
    value, setting, threshold = quoted_models.inner_choice(examples, sets, quoted_models.fit_trees,
                                                           quoted_models.TREE_SETTINGS)
    assert setting in quoted_models.TREE_SETTINGS and threshold in GRID and 0.8 < value <= 1.0


def test_both_tree_models_score_the_marked_names_above_the_rest():
    examples, _ = _examples()
    for fitted in (quoted_models.fit_trees(examples, next(iter(quoted_models.TREE_SETTINGS))),
                   quoted_models.fit_hybrid(examples, next(iter(quoted_models.HYBRID_SETTINGS)))):
        names, others = (quoted_models.scores(fitted, [Example("d", "p", frozenset(f), 0)])[0]
                         for f in ({"noun_after"}, {"event"}))
        assert names > 0.5 > others
    weights = quoted_models.logistic(examples)
    assert weights.features["noun_after"] > 0 > weights.features["event"]
