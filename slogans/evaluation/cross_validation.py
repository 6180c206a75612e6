"""Scoring the quoted-phrase decision on documents it never saw: leave one document out, or one set.

Leave-one-document-out fits the weights on every other document, the held-out document's own
batch included: its annotators and sources are seen. Leave-one-set-out holds out a whole set
(``gold_sets``: an annotated batch) and fits on the other sets only: what a new batch of
documents gets. Both refit weights and threshold per fold (``train.fit``) and add up the tallies
of all folds (micro-averaged), pooled and per set.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence

from slogans.evaluation.gold import GoldScores, score_documents
from slogans.evaluation.train import Example, collect_examples, fit, held_out_folds

if TYPE_CHECKING:  # pragma: no cover
    from slogans.api import Extractor

#: What a fold holds out: one document, or one set of documents.
HOLD_OUT = ("document", "set")


@dataclass
class SetScores:
    """The tallies of one run, over all documents and for each set."""

    pooled: GoldScores = field(default_factory=GoldScores)
    by_set: dict[str, GoldScores] = field(default_factory=dict)
    #: the threshold each fold's refit chose, in fold order (cross-validation only)
    thresholds: list[float] = field(default_factory=list)
    #: the tallies of each document alone (for intervals over documents, ``intervals``)
    by_document: dict[str, GoldScores] = field(default_factory=dict)

    def add(self, gold: Mapping[str, Mapping[str, Any]], reported: Mapping[str, Sequence[Mapping[str, Any]]],
            sets: Optional[Mapping[str, str]] = None) -> None:
        """Score ``reported`` against ``gold`` into the pooled tallies, those of each document's set and
        those of each document."""
        each = {name: score_documents({name: gold[name]}, reported) for name in gold}
        self.by_document.update(each)
        for name in sorted(gold):  # the pooled errors in order of document name
            self.pooled += each[name]
        for name, one in each.items():
            set_name = (sets or {}).get(name, "")
            self.by_set[set_name] = self.by_set.get(set_name, GoldScores()) + one


def _reported(extractor: "Extractor", texts: Mapping[str, str], names: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    return {name: [r.as_record() for r in extractor.count(texts[name], name)] for name in names}


def evaluate(extractor: "Extractor", gold: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str],
             sets: Optional[Mapping[str, str]] = None) -> SetScores:
    """The gold scores of ``extractor`` as it is (in-sample when its weights saw the documents)."""
    out = SetScores()
    out.add(gold, _reported(extractor, texts, sorted(gold)), sets)
    return out


def cross_validate(extractor: "Extractor", gold: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str],
                   sets: Optional[Mapping[str, str]] = None, hold_out: str = "document",
                   examples: Optional[Sequence[Example]] = None) -> SetScores:
    """Each fold (a document, or with ``hold_out="set"`` a set) scored by weights and a threshold fitted
    on the other documents alone; the threshold is chosen by set among them when they hold two sets
    or more. Raises ValueError when ``hold_out`` is unknown or a fold leaves one label only."""
    if hold_out not in HOLD_OUT:
        raise ValueError(f"hold out one of {', '.join(HOLD_OUT)}, not {hold_out!r}")
    examples = list(examples) if examples is not None else collect_examples(extractor, gold, texts)
    folds = held_out_folds(gold, sets) if hold_out == "set" else [[name] for name in sorted(gold)]
    if hold_out == "set" and len({(sets or {}).get(n, "") for n in gold}) < 2:
        raise ValueError("leave-one-set-out needs gold in two sets or more (--gold NAME=PATH names a set)")
    out = SetScores()
    for fold in folds:
        held = set(fold)
        rest = [e for e in examples if e.document not in held]
        weights = fit(rest, fitted_on=[d for d in gold if d not in held], sets=sets)
        out.thresholds.append(weights.threshold)
        out.add({name: gold[name] for name in fold}, _reported(extractor.with_weights(weights), texts, fold), sets)
    return out
