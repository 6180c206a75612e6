"""The second, blind annotation of the 52 documents of the retired test sets (tests/data/second_annotation).

Eight annotators who saw neither the first annotation nor the code annotated every document of next, next3 and next5
again (issue 13's eleventh round). docs/explanation/accuracy.md reports how far the two annotations agree;
these tests keep the data whole and the reported figures those the data gives.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA
from slogans.evaluation.gold import load_gold
from slogans.evaluation.second_annotation import score_second

SECOND = DATA / "second_annotation" / "gold"
FIRST_SETS = ("next", "next3", "next5")


@pytest.fixture(scope="module")
def annotations() -> tuple[dict, dict]:
    first = load_gold([DATA / name / "gold" for name in FIRST_SETS])
    return first, load_gold([SECOND])


def test_the_second_annotation_covers_every_document_of_the_retired_sets(annotations):
    first, second = annotations
    assert len(second) == 52 and set(second) == set(first)
    for name in second:
        assert any((DATA / s / name).is_file() for s in FIRST_SETS), name


def test_every_count_and_member_of_the_second_annotation_is_in_its_text(annotations):
    _, second = annotations
    for name, doc in second.items():
        text = next((DATA / s / name).read_text(encoding="utf-8") for s in FIRST_SETS if (DATA / s / name).is_file())
        for term in doc["terms"]:
            spellings = [term["term"], *(term.get("variants") or [])]
            assert term["count"] >= 1 and sum(text.count(w) for w in spellings) >= term["count"], (name, term["term"])
            assert all(m in text for m in term.get("components") or []), (name, term["term"])


def test_the_agreement_is_what_the_accuracy_page_reports(annotations):
    first, second = annotations
    both_ways = [score_second(first, second).pooled.scores,
                 score_second(second, {name: first[name] for name in second}).pooled.scores]
    rounded = [[round(scores[m], 3) for m in ("core_recall", "precision", "count_exact", "components_exact")]
               for scores in both_ways]
    assert rounded == [[0.988, 0.865, 0.983, 0.878], [0.979, 0.835, 0.977, 0.977]]
