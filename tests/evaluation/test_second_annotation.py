"""A second annotation scored against the first (slogans.evaluation.second_annotation)."""
from __future__ import annotations

import pytest

from slogans.evaluation.gold import GoldError
from slogans.evaluation.second_annotation import adjudicate, gold_as_records, score_second


def _term(term: str, status: str = "core", count: int = 1, components=None) -> dict:
    return {"term": term, "kind": "numbered", "status": status, "variants": [], "count": count, "components": components}


FIRST = {
    "a.txt": {"document": "a.txt", "terms": [_term("五个好", count=2, components=["甲好", "乙好", "丙好", "丁好", "戊好"]),
                                              _term("创先争优"), _term("三会一课", status="optional")]},
    "b.txt": {"document": "b.txt", "terms": [_term("两学一做")]},
}


def test_a_gold_document_becomes_reported_records():
    records = gold_as_records(FIRST["a.txt"])
    assert [r["term"] for r in records] == ["五个好", "创先争优", "三会一课"]
    assert records[0]["count"] == 2 and records[0]["components"][0] == "甲好"


def test_an_annotation_scored_against_itself_agrees_fully():
    scores = score_second(FIRST, FIRST).pooled.scores
    assert scores == {"core_recall": 1.0, "precision": 1.0, "count_exact": 1.0, "components_exact": 1.0}


def test_disagreements_of_the_second_annotator_are_scored_like_the_extractors():
    second = {"a.txt": {"document": "a.txt", "terms": [
        _term("五个好", count=1, components=["甲好", "乙好", "丙好", "丁好"]),  # a count and a member list read otherwise
        _term("三会一课"),                                                      # the first's optional: not a false term
        _term("一岗双责")]}}                                                   # a term the first left out
    scores = score_second(FIRST, second)
    assert scores.pooled.documents == 1  # only the documents the second annotation holds
    assert scores.pooled.scores["core_recall"] == 0.5    # 创先争优 missed
    assert scores.pooled.scores["precision"] == 2 / 3    # 一岗双责
    assert scores.pooled.scores["count_exact"] == 0.5
    assert scores.pooled.scores["components_exact"] == 0.0
    assert set(scores.by_document) == {"a.txt"}


def test_a_document_only_the_second_annotation_holds_is_named():
    with pytest.raises(GoldError, match="c.txt: in the second annotation, not in the first"):
        score_second(FIRST, {"c.txt": {"document": "c.txt", "terms": []}})


def test_adjudication_keeps_core_where_both_say_core_and_makes_the_rest_defensible():
    second = {"a.txt": {"document": "a.txt", "terms": [_term("五个好", count=1), _term("创先争优", status="optional"),
                                                       _term("一岗双责")]}}
    both = adjudicate(FIRST, second)
    assert set(both) == {"a.txt"}
    status = {t["term"]: t["status"] for t in both["a.txt"]["terms"]}
    assert status == {"五个好": "core", "创先争优": "optional", "三会一课": "optional", "一岗双责": "optional"}
    kept = both["a.txt"]["terms"][0]
    assert kept["count"] == 2 and kept["components"][0] == "甲好"  # the first's count and members
    assert FIRST["a.txt"]["terms"][1]["status"] == "core"  # the first annotation itself is left as it was


def test_adjudication_names_a_document_only_the_second_holds():
    with pytest.raises(GoldError, match="c.txt"):
        adjudicate(FIRST, {"c.txt": {"document": "c.txt", "terms": []}})
