"""The quoted-phrase decision's logistic regression against gradient boosting on the same features (issue 13).

Every model is scored the way ``slogans evaluate --cv-by set`` scores the shipped one: each development set held out
whole, the model and its threshold fitted on the other sets alone (the threshold by ``steady_threshold`` over inner
leave-one-set-out scores; for the trees also the setting, among ``TREE_SETTINGS``, by the same inner folds, never by
the held-out set). Figures at phrase level (the weighed quoted phrases and their gold labels) and at document level
(the extractor run with the fitted model on the held-out documents). Needs ``slogans[train]`` (scikit-learn).
Run from the repository root, after ``source benchmarks/development_sets.sh`` (or any ``--gold``/``--texts`` strings)::

    python benchmarks/quoted_models.py compare "$GOLD10" "$TEXTS10" [--extra "--gold tests/data/devset9/gold" \
        "--texts tests/data/devset9"]      # LR vs trees, held out by set; --extra: both fitted on all, scored there
    python benchmarks/quoted_models.py settings "$GOLD10" "$TEXTS10"   # each setting's inner and outer phrase F1
    python benchmarks/quoted_models.py hybrid "$GOLD10" "$TEXTS10"     # trees boosted on the LR's residuals
    python benchmarks/quoted_models.py reports "$GOLD10" "$TEXTS10" ../shared/corpus/reports/reports.jsonl

The trees are scored through ``TreeScorer``, which gives the engine what it asks of ``QuotedWeights``; it calls
scikit-learn per phrase and is no run-time model (the comparison in docs/explanation/quoted-decision.md).
"""
from __future__ import annotations

import argparse
import itertools
import json
import shlex
from dataclasses import replace
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

from slogans.cli.common import make_extractor
from slogans.cli.gold_options import load_gold_and_texts
from slogans.engine.quoted_features import DIRECTION, FEATURES
from slogans.engine.quoted_weights import QuotedWeights
from slogans.evaluation.cross_validation import SetScores
from slogans.evaluation.gold import METRICS
from slogans.evaluation.threshold import f1_curve, smoothed, steady_threshold
from slogans.evaluation.train import Example, collect_examples, fit, logistic_weights

NAMES: list[str] = list(FEATURES)
#: The tree settings tried (small, regularised); the inner folds pick one per outer fold.
TREE_SETTINGS: dict[str, dict[str, Any]] = {
    "depth 2, 100 trees, rate 0.1, leaf 20": dict(max_depth=2, max_iter=100, learning_rate=0.1, min_samples_leaf=20),
    "depth 3, 200 trees, rate 0.05, leaf 20": dict(max_depth=3, max_iter=200, learning_rate=0.05, min_samples_leaf=20),
    "depth 3, 200 trees, rate 0.05, leaf 40": dict(max_depth=3, max_iter=200, learning_rate=0.05, min_samples_leaf=40),
    "depth 3, 200 trees, rate 0.05, leaf 20, monotone": dict(
        max_depth=3, max_iter=200, learning_rate=0.05, min_samples_leaf=20, monotonic_cst=[DIRECTION[n] for n in NAMES]),
}
#: Trees boosted from the logistic regression's score (its residuals), with at most 100 trees.
HYBRID_SETTINGS: dict[str, dict[str, Any]] = {
    "LR + depth 2, 50 trees, rate 0.1, leaf 20": dict(max_depth=2, n_estimators=50, learning_rate=0.1, min_samples_leaf=20),
    "LR + depth 3, 100 trees, rate 0.05, leaf 20": dict(max_depth=3, n_estimators=100, learning_rate=0.05, min_samples_leaf=20),
}
Model = Any  # a fitted scikit-learn classifier
Scored = list[tuple[float, int]]


def row(features: Iterable[str]) -> list[float]:
    """The 0/1 vector of a phrase's features, in ``NAMES`` order."""
    on = set(features)
    return [1.0 if n in on else 0.0 for n in NAMES]


def fit_trees(examples: Sequence[Example], setting: str) -> Model:
    """Gradient-boosted trees (scikit-learn's histogram version, deterministic) of ``TREE_SETTINGS[setting]``."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(early_stopping=False, l2_regularization=1.0, random_state=0,
                                           **TREE_SETTINGS[setting])
    return model.fit([row(e.features) for e in examples], [e.label for e in examples])


def fit_hybrid(examples: Sequence[Example], setting: str) -> Model:
    """Trees of ``HYBRID_SETTINGS[setting]`` boosted from the shipped logistic regression's score."""
    import numpy as np
    from sklearn.base import BaseEstimator, ClassifierMixin
    from sklearn.ensemble import GradientBoostingClassifier

    class LogisticStart(BaseEstimator, ClassifierMixin):  # the boosting's starting score
        def fit(self, x: Any, y: Any, sample_weight: Any = None) -> "LogisticStart":
            ex = [Example("", "", frozenset(n for n, v in zip(NAMES, r) if v), int(t)) for r, t in zip(x, y)]
            self.weights_, self.classes_ = QuotedWeights(*logistic_weights(ex)), np.array([0, 1])
            return self

        def predict_proba(self, x: Any) -> Any:
            p = np.clip([self.weights_.score(n for n, v in zip(NAMES, r) if v) for r in x], 1e-6, 1 - 1e-6)
            return np.column_stack([1 - p, p])

    model = GradientBoostingClassifier(init=LogisticStart(), random_state=0, **HYBRID_SETTINGS[setting])
    return model.fit(np.array([row(e.features) for e in examples]), [e.label for e in examples])


def logistic(examples: Sequence[Example], setting: str = "") -> QuotedWeights:
    """The shipped logistic regression's weights (no threshold chosen)."""
    return QuotedWeights(*logistic_weights(examples))


def scores(model: Any, examples: Sequence[Example]) -> list[float]:
    """Each example's score by ``model`` (QuotedWeights, TreeScorer or a scikit-learn classifier)."""
    if hasattr(model, "score") and not hasattr(model, "predict_proba"):
        return [model.score(e.features) for e in examples]
    return [float(p) for p in model.predict_proba([row(e.features) for e in examples])[:, 1]] if examples else []


class TreeScorer:
    """A fitted classifier and a threshold, with what the engine asks of ``QuotedWeights``."""

    def __init__(self, model: Model, threshold: float) -> None:
        self.model, self.threshold = model, threshold
        self.fitted_on: list[str] = []
        self._cache: dict[frozenset[str], float] = {}

    def score(self, on: Iterable[str]) -> float:
        """The probability that a phrase with the features ``on`` is a name."""
        key = frozenset(on)
        if key not in self._cache:
            self._cache[key] = float(self.model.predict_proba([row(key)])[0, 1])
        return self._cache[key]

    def _every(self, on: Iterable[str], unsure: Iterable[str]) -> list[float]:
        """The score with each subset of ``unsure`` on: trees add no bound, so every case is worked out."""
        on, unsure = set(on), sorted(unsure)
        return [self.score(on | set(c)) for k in range(len(unsure) + 1) for c in itertools.combinations(unsure, k)]

    def falls_short(self, on: Iterable[str], unsure: Iterable[str]) -> bool:
        """Whether the score stays below the threshold whichever of ``unsure`` are on too."""
        return max(self._every(on, unsure)) < self.threshold

    def reaches(self, on: Iterable[str], unsure: Iterable[str]) -> bool:
        """Whether the score reaches the threshold whichever of ``unsure`` are on too."""
        return min(self._every(on, unsure)) >= self.threshold

    def explain(self, on: Iterable[str]) -> tuple[float, str]:
        """The score and a reason (the trees give none here)."""
        s = self.score(on)
        return s, f"score {s:.2f}: trees"

    def accepts(self, on: Iterable[str]) -> bool:
        """Whether a phrase with these features is a name."""
        return self.score(on) >= self.threshold


def inner_choice(examples: Sequence[Example], sets: Mapping[str, str], fitter: Callable[[Sequence[Example], str], Any],
                 settings: Iterable[str]) -> tuple[float, str, float]:
    """(best smoothed mean of the sets' F1, its setting, its threshold) by leave-one-set-out inside ``examples``."""
    names = sorted({sets[e.document] for e in examples})
    best: Optional[tuple[float, str, float]] = None
    for setting in settings:
        scored: dict[str, Scored] = {}
        for s in names:
            held = [e for e in examples if sets[e.document] == s]
            model = fitter([e for e in examples if sets[e.document] != s], setting)
            scored[s] = list(zip(scores(model, held), (e.label for e in held)))
        value = max(smoothed(f1_curve(scored, by_fold=True)).values())
        if best is None or value > best[0] + 1e-9:
            best = (value, setting, steady_threshold(scored, by_fold=True))
    assert best is not None
    return best


def prf(triples: Iterable[tuple[float, int, float]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of (score, label, threshold) triples."""
    triples = list(triples)
    tp = sum(1 for p, label, t in triples if p >= t and label)
    fp = sum(1 for p, label, t in triples if p >= t and not label)
    fn = sum(1 for p, label, t in triples if p < t and label)
    precision, recall = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def with_scorer(extractor: Any, scorer: Any) -> Any:
    """A copy of ``extractor`` deciding quoted phrases by ``scorer``."""
    other = extractor.with_weights(extractor.weights)
    other.weights, other.stages = scorer, replace(extractor.stages, weights=scorer)
    return other


def _reported(extractor: Any, texts: Mapping[str, str], names: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    return {n: [r.as_record() for r in extractor.count(texts[n], n)] for n in names}


def _load(gold_args: str, text_args: str) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    toks_g, toks_t = shlex.split(gold_args), shlex.split(text_args)
    pick = lambda toks, flag: tuple(toks[i + 1] for i, t in enumerate(toks) if t == flag)  # noqa: E731
    return load_gold_and_texts(pick(toks_g, "--gold"), pick(toks_t, "--texts"))


def _fmt(values: Iterable[float]) -> str:
    return " / ".join(f"{v:.3f}" for v in values)


def compare(gold_args: str, text_args: str, extra: Optional[Sequence[str]] = None,
            fitter: Callable[[Sequence[Example], str], Any] = fit_trees, settings: Iterable[str] = tuple(TREE_SETTINGS)) -> None:
    """Held out by set: the shipped procedure (``train.fit``) against trees; phrase and document figures per set."""
    gold, texts, sets = _load(gold_args, text_args)
    extractor = make_extractor((), ())
    examples = collect_examples(extractor, gold, texts)
    settings = list(settings)
    phrases: dict[str, list[tuple[float, int, float, str]]] = {"lr": [], "trees": []}
    documents = {"lr": SetScores(), "trees": SetScores()}
    for s in sorted(set(sets.values())):
        fold = [d for d in sorted(gold) if sets[d] == s]
        rest = [e for e in examples if sets[e.document] != s]
        held = [e for e in examples if sets[e.document] == s]
        lr = fit(rest, fitted_on=[d for d in gold if sets[d] != s], sets=sets)
        value, setting, threshold = inner_choice(rest, sets, fitter, settings)
        trees = TreeScorer(fitter(rest, setting), threshold)
        print(f"{s}: LR threshold {lr.threshold}; trees '{setting}' threshold {threshold} (inner F1 {value:.3f})", flush=True)
        for name, model in (("lr", lr), ("trees", trees)):
            phrases[name] += [(p, e.label, model.threshold, s) for p, e in zip(scores(model, held), held)]
            run = extractor.with_weights(lr) if name == "lr" else with_scorer(extractor, trees)
            documents[name].add({d: gold[d] for d in fold}, _reported(run, texts, fold), sets)
    print("phrase precision / recall / F1; document " + " / ".join(METRICS))
    for s in ["pooled"] + sorted(set(sets.values())):
        for name in ("lr", "trees"):
            doc = documents[name].pooled if s == "pooled" else documents[name].by_set[s]
            phrase = prf(p[:3] for p in phrases[name] if s in ("pooled", p[3]))
            print(f"{s:8s} {name:5s}  {_fmt(phrase)}   {_fmt(doc.scores[m] for m in METRICS)}")
    if extra:
        gold_x, texts_x, sets_x = _load(*extra)
        examples_x = collect_examples(extractor, gold_x, texts_x)
        lr = fit(examples, sets=sets)
        value, setting, threshold = inner_choice(examples, sets, fitter, settings)
        trees = TreeScorer(fitter(examples, setting), threshold)
        for name, model in (("lr", lr), ("trees", trees)):
            run = extractor.with_weights(lr) if name == "lr" else with_scorer(extractor, trees)
            doc = SetScores()
            doc.add(gold_x, _reported(run, texts_x, sorted(gold_x)), sets_x)
            phrase = prf((p, e.label, model.threshold) for p, e in zip(scores(model, examples_x), examples_x))
            print(f"extra    {name:5s}  {_fmt(phrase)}   {_fmt(doc.pooled.scores[m] for m in METRICS)}  ({setting if name == 'trees' else 'shipped procedure'})")


def settings_table(gold_args: str, text_args: str) -> None:
    """Each setting's mean inner F1 and its outer phrase figures (shown, never used to choose), and the LR's."""
    gold, texts, sets = _load(gold_args, text_args)
    examples = collect_examples(make_extractor((), ()), gold, texts)
    runs = [(s, fit_trees) for s in TREE_SETTINGS] + [(s, fit_hybrid) for s in HYBRID_SETTINGS] + [("logistic regression", logistic)]
    for setting, fitter in runs:
        inner, triples = [], []
        for s in sorted(set(sets.values())):
            rest = [e for e in examples if sets[e.document] != s]
            held = [e for e in examples if sets[e.document] == s]
            value, _, threshold = inner_choice(rest, sets, fitter, [setting])
            inner.append(value)
            triples += [(p, e.label, threshold) for p, e in zip(scores(fitter(rest, setting), held), held)]
        print(f"{setting:50s} inner F1 {sum(inner) / len(inner):.3f}  held out P / R / F1 {_fmt(prf(triples))}", flush=True)


def reports_diff(gold_args: str, text_args: str, reports: str) -> None:
    """The rows trees fitted on all the development documents add or drop on a JSONL corpus, against the shipped weights."""
    gold, texts, sets = _load(gold_args, text_args)
    extractor = make_extractor((), ())
    examples = collect_examples(extractor, gold, texts)
    _, setting, threshold = inner_choice(examples, sets, fit_trees, TREE_SETTINGS)
    trees = with_scorer(extractor, TreeScorer(fit_trees(examples, setting), threshold))
    with open(reports, encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            year = str(doc.get("date", ""))[:4]
            as_of = int(year) if year.isdigit() else None
            before = {(r.term, r.count) for r in extractor.count(doc["text"], doc["id"], as_of)}
            after = {(r.term, r.count) for r in trees.count(doc["text"], doc["id"], as_of)}
            for sign, rows in (("+", after - before), ("-", before - after)):
                for term, count in sorted(rows):
                    print(f"{sign} {doc['id']}: {term} ({count})")


def main(argv: Optional[Sequence[str]] = None) -> None:
    """The command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["compare", "settings", "hybrid", "reports"])
    parser.add_argument("gold", help="the --gold options, one string")
    parser.add_argument("texts", help="the --texts options, one string")
    parser.add_argument("reports", nargs="?", help="reports: the JSONL corpus")
    parser.add_argument("--extra", nargs=2, metavar=("GOLD", "TEXTS"), help="compare: a set scored by models fitted on all")
    args = parser.parse_args(argv)
    if args.what == "compare":
        compare(args.gold, args.texts, args.extra)
    elif args.what == "hybrid":
        compare(args.gold, args.texts, args.extra, fit_hybrid, HYBRID_SETTINGS)
    elif args.what == "settings":
        settings_table(args.gold, args.texts)
    else:
        reports_diff(args.gold, args.texts, args.reports)


if __name__ == "__main__":
    main()
