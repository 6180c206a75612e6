"""Fitting the quoted-phrase decision on annotated documents, and scoring it honestly.

One example per document and quoted phrase that the decision weighs (a possible campaign name
or slogan), with the features it has at run time (``quoted_decision``). Its label comes from
the document's gold file: a ``core`` gold term is a name (1); a phrase that is no gold term is
not (0); an ``optional`` gold term is left out, since the guideline calls it defensible either
way and the scores neither reward nor punish it.

The weights are those of an L2-regularised logistic regression (scikit-learn, imported only
here: ``pip install slogans[train]``). Each feature is evidence for a name or against one
(``quoted_features.DIRECTION``); one whose weight comes out the wrong way round is dropped and
the rest refitted, so that every weight reads as the evidence it names and none is noise that
happened to fit the annotated documents. The threshold is chosen on the training documents alone, from
their scores by weights fitted on the others (``choose_threshold``); when they come in two sets or more
(annotated batches, ``gold_sets``), from each whole set scored by weights fitted on the other sets, as a
new batch will be; on a fine grid, each set counting alike and the F1 curve smoothed (``threshold``).
``cross_validation`` scores the decision on documents or sets it never saw.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence

from slogans.engine.analysis import DocumentAnalysis
from slogans.io.corpus import Source, read_document
from slogans.evaluation.gold import gold_index, gold_key
from slogans.engine.quoted_features import DIRECTION, FEATURES
from slogans.engine.quoted_weights import QuotedWeights
from slogans.evaluation.threshold import steady_threshold

if TYPE_CHECKING:  # pragma: no cover
    from slogans.api import Extractor

#: The regularisation strength (scikit-learn's C: smaller is stronger).
REGULARISATION = 3.0
#: The threshold taken when too few documents are there to choose one.
DEFAULT_THRESHOLD = 0.5
LABELS = "core gold term = 1, no gold term = 0, optional gold terms left out"
_DIGITS = 4  # weights are rounded so that the file is stable and readable


@dataclass(frozen=True)
class Example:
    """One quoted phrase of one annotated document, its features and its label."""

    document: str
    phrase: str
    features: frozenset[str]
    label: int


def read_texts(paths: Mapping[str, Path]) -> dict[str, str]:
    """The text of each document (decoded as the extractor reads files)."""
    return {name: read_document(Source(path, name)).text for name, path in paths.items()}


def collect_examples(extractor: "Extractor", gold: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str]) -> list[Example]:
    """The labelled quoted phrases of every gold document, with the features ``extractor`` gives them."""
    examples: list[Example] = []
    for name in sorted(gold):
        index = gold_index(gold[name])
        analysis = DocumentAnalysis(extractor.stages)
        analysis.find(extractor.normalizer.normalize(texts[name]).text)
        pending = analysis.pending_quotes
        for phrase in pending.phrases.values():
            term = index.get(gold_key(phrase.term))
            if term is not None and term["status"] != "core":
                continue
            examples.append(Example(name, phrase.term, pending.features_of(phrase), int(term is not None)))
    return examples


def logistic_weights(examples: Sequence[Example]) -> tuple[dict[str, float], float]:
    """Feature weights and intercept of a logistic regression, without the features that fit the wrong way."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - the extra is installed by make
        raise ImportError("training needs scikit-learn: pip install 'slogans[train]'") from None
    names = list(FEATURES)
    y = [e.label for e in examples]
    while True:  # refit without the features whose weight goes against their direction, until none does
        x = [[1.0 if n in e.features else 0.0 for n in names] for e in examples]
        model = LogisticRegression(C=REGULARISATION, solver="lbfgs", max_iter=2000)
        model.fit(x, y)
        wrong = [n for n, w in zip(names, model.coef_[0]) if DIRECTION[n] * w < 0]
        if not wrong:
            break
        worst = max(wrong, key=lambda n: abs(model.coef_[0][names.index(n)]))
        names.remove(worst)  # one at a time: dropping one changes the others
    weights = {n: round(float(w), _DIGITS) for n, w in zip(names, model.coef_[0])}
    weights.update({n: 0.0 for n in FEATURES if n not in weights})
    return weights, round(float(model.intercept_[0]), _DIGITS)


def held_out_folds(documents: Iterable[str], sets: Optional[Mapping[str, str]] = None) -> list[list[str]]:
    """The folds that leave-one-out holds out: each set whole when the documents come in two sets or
    more (``sets``: the set of each document), else each document alone."""
    documents = sorted(set(documents))
    groups: dict[str, list[str]] = {}
    for doc in documents:
        groups.setdefault((sets or {}).get(doc, ""), []).append(doc)
    return list(groups.values()) if len(groups) > 1 else [[doc] for doc in documents]


def choose_threshold(examples: Sequence[Example], sets: Optional[Mapping[str, str]] = None) -> float:
    """The threshold ``threshold.steady_threshold`` picks from the examples, each scored by weights fitted
    without its fold (``held_out_folds``: its set, or its document when there is one set): by the mean of
    the sets' F1 when the folds are sets, by the F1 of all pooled when they are documents.
    ``DEFAULT_THRESHOLD`` below three documents in one set."""
    folds = held_out_folds((e.document for e in examples), sets)
    if len(folds) < 3 and all(len(f) == 1 for f in folds):
        return DEFAULT_THRESHOLD
    scored: dict[str, list[tuple[float, int]]] = {}
    for fold in folds:
        held = set(fold)
        rest = [e for e in examples if e.document not in held]
        if {e.label for e in rest} != {0, 1}:
            continue
        weights, intercept = logistic_weights(rest)
        w = QuotedWeights(weights, intercept)
        scored[fold[0]] = [(w.score(e.features), e.label) for e in examples if e.document in held]
    return steady_threshold(scored, by_fold=any(len(f) > 1 for f in folds))


def fit(examples: Sequence[Example], fitted_on: Optional[Iterable[str]] = None, today: Optional[str] = None,
        sets: Optional[Mapping[str, str]] = None) -> QuotedWeights:
    """Weights fitted on ``examples`` by logistic regression, and the threshold ``choose_threshold``
    picks on them (by set when ``sets`` gives two or more). Raises ValueError if one label is missing."""
    labels = {e.label for e in examples}
    if labels != {0, 1}:
        raise ValueError("training needs quoted phrases that are names and phrases that are not; the gold gives "
                         + ("none at all" if not labels else "only names" if labels == {1} else "no names"))
    weights, intercept = logistic_weights(examples)
    return QuotedWeights(
        features=weights, intercept=intercept, threshold=choose_threshold(examples, sets),
        fitted_on=sorted(set(fitted_on if fitted_on is not None else (e.document for e in examples))),
        fitted_at=today or _dt.date.today().isoformat(), labels=LABELS,
    )
