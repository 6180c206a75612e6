"""Scoring members read from definition passages (slogans.evaluation.passages), on invented passages."""
from __future__ import annotations

import json

import pytest

from slogans.evaluation.gold import GoldError
from slogans.evaluation.passages import load_passages, score_passages

DEFINED = {"id": "a-1", "passage": "我们开展“三学”活动，即学理论、学业务、学技能。", "term": "三学",
           "components": ["学理论", "学业务", "学技能"]}
LOOK_ALIKE = {"id": "a-2", "passage": "开展“三学”活动。会上，甲、乙、丙三人发言。", "term": "三学", "components": None}


def write(tmp_path, records, name="p.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_an_exact_definition_and_a_look_alike_left_alone_score_full(extractor):
    scores = score_passages(extractor, [DEFINED, LOOK_ALIKE])
    assert (scores.definitions, scores.exact, scores.look_alikes, scores.false_definitions) == (1, 1, 1, 0)
    assert scores.members_exact == 1.0 and scores.false_definition_rate == 0.0
    assert scores.summary() == "passages=2 members_exact=1.000 (1/1) false_definitions=0/1"


def test_wrong_members_and_a_missing_term_are_errors(extractor):
    wrong = dict(DEFINED, id="a-3", components=["学理论", "学业务"])
    absent = dict(DEFINED, id="a-4", term="五比", components=["甲", "乙"])
    scores = score_passages(extractor, [wrong, absent])
    assert scores.exact == 0 and scores.definitions == 2
    assert scores.errors[0].startswith("CMP a-3: 三学 reported ['学理论', '学业务', '学技能']")
    assert "term not found" in scores.errors[1]


def test_a_look_alike_read_as_a_definition_is_counted(extractor):
    claimed = dict(DEFINED, id="a-5", components=None)
    scores = score_passages(extractor, [claimed])
    assert scores.false_definitions == 1 and scores.errors == ["FALSE a-5: 三学 read as ['学理论', '学业务', '学技能']"]


def test_the_written_form_finds_a_term_in_traditional_script(extractor):
    record = dict(DEFINED, passage="我們開展“三學”活動，即學理論、學業務、學技能。", term="三学", written="三學",
                  components=["學理論", "學業務", "學技能"])
    assert score_passages(extractor, [record]).exact == 1


def test_load_names_the_file_and_line_of_a_bad_record(tmp_path):
    path = write(tmp_path, [DEFINED])
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"id": "x"}\n')
    with pytest.raises(GoldError, match=r"p\.jsonl:2: a passage needs passage, term, components"):
        load_passages([path])
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"p\.jsonl:1: not JSON"):
        load_passages([path])


def test_a_second_annotation_is_scored_against_the_first():
    from slogans.evaluation.passages import score_annotation

    first = [{"id": "a", "passage": "…", "term": "三学", "components": ["学理论", "学业务", "学技能"]},
             {"id": "b", "passage": "…", "term": "两会", "components": None},
             {"id": "c", "passage": "…", "term": "五好", "components": ["甲好", "乙好"]}]
    second = [{"id": "c", "components": None}, {"id": "a", "components": ["学技能", "学理论", "学业务"]},
              {"id": "b", "components": ["人大", "政协"]}]
    scores = score_annotation(first, second)
    assert (scores.exact, scores.definitions, scores.false_definitions, scores.look_alikes) == (1, 2, 1, 1)
    assert scores.errors == ["FALSE b: 两会 read as ['人大', '政协']", "CMP c: 五好 second no members first ['甲好', '乙好']"]


def test_a_second_annotation_of_other_passages_is_refused():
    from slogans.evaluation.passages import score_annotation

    with pytest.raises(GoldError, match="different passages: a, b"):
        score_annotation([{"id": "a", "term": "三学", "components": None}], [{"id": "b", "components": None}])
