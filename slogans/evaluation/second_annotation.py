"""A second annotation of the same documents, scored against the first as the extractor is.

How far two careful annotators agree bounds what any extractor can be shown to reach: a term one
annotator calls core and the other leaves out, a count or a member list they read differently, is
a disagreement of the gold itself. The second annotator's terms (core and optional) stand for the
reported terms, with their counts and components, and are scored by ``score_documents``; scored
the other way round, the first annotation stands for the reported terms. ``adjudicate`` makes one
gold of the two: what either annotator lists is defensible, what both call core must be found.
"""
from __future__ import annotations

import copy
from typing import Any, Mapping, Optional

from slogans.evaluation.cross_validation import SetScores
from slogans.evaluation.gold import GoldError, gold_index, gold_key


def gold_as_records(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A gold document's terms as reported records: term, kind, count and components."""
    return [{"term": t["term"], "kind": t.get("kind"), "count": t.get("count"), "components": t.get("components")}
            for t in doc["terms"]]


def same_documents(first: Mapping[str, Mapping[str, Any]], second: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The first annotation of the documents the second holds, in order of name.

    Raises GoldError when the second annotation holds a document the first does not."""
    missing = sorted(set(second) - set(first))
    if missing:
        raise GoldError(f"{', '.join(missing)}: in the second annotation, not in the first")
    return {name: first[name] for name in sorted(second)}


def score_second(first: Mapping[str, Mapping[str, Any]], second: Mapping[str, Mapping[str, Any]],
                 sets: Optional[Mapping[str, str]] = None) -> SetScores:
    """The second annotation's terms scored against the first's, over the documents the second holds.

    Raises GoldError when the second annotation holds a document the first does not."""
    out = SetScores()
    out.add(same_documents(first, second), {name: gold_as_records(doc) for name, doc in second.items()}, sets)
    return out


def adjudicate(first: Mapping[str, Mapping[str, Any]], second: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """One gold of two annotations, for the documents the second holds: the first's terms, ``core`` only where
    the second also calls the term core, and the second's other terms added as ``optional`` (defensible either
    way: one annotator listed them). Counts and components are the first's where both list a term.

    Raises GoldError when the second annotation holds a document the first does not."""
    both: dict[str, dict[str, Any]] = {}
    for name, first_doc in same_documents(first, second).items():
        other = second[name]
        doc = copy.deepcopy(dict(first_doc))
        theirs = gold_index(other)
        for term in doc["terms"]:
            match = theirs.get(gold_key(term["term"]))
            if term["status"] == "core" and (match is None or match["status"] != "core"):
                term["status"] = "optional"
        ours = gold_index(doc)
        doc["terms"] += [dict(t, status="optional") for t in other["terms"] if gold_key(t["term"]) not in ours]
        both[name] = doc
    return both
