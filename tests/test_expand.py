"""Expansion from the document's own definitions, in each shape, and the arithmetic check."""
from __future__ import annotations

import pytest


def components(extractor, text, term):
    rows = {r.term: r for r in extractor.count(text, "t")}
    row = rows[term]
    return list(row.components or []), row.components_source


@pytest.mark.parametrize("text, term, members", [
    ("全面开展以“让群众评价工作、让群众评价作风,树立群众满意形象”为主要内容的“两评一树”活动。",
     "两评一树", ["让群众评价工作", "让群众评价作风", "树立群众满意形象"]),
    ("深入开展“工作差错不在我这里产生,办理事项不在我这里延误”的“两不”主题教育。",
     "两不", ["工作差错不在我这里产生", "办理事项不在我这里延误"]),
    ("基本要求是“三个好”,即领导班子好、党员队伍好、工作机制好;其他。", "三个好", ["领导班子好", "党员队伍好", "工作机制好"]),
    ("推进基层党建“三基”(基层干部、基层组织、党建基础设施)工程。", "三基", ["基层干部", "基层组织", "党建基础设施"]),
    ("做到“三个好”:一是班子好。班子团结。二是队伍好。三是机制好。", "三个好", ["班子好", "队伍好", "机制好"]),
    ("重点要在“三个强化”上下功夫。\n第一,强化宣传教育。要宣传。\n第二、强化规范服务。要规范。\n第三,强化队伍建设。要建设。\n",
     "三个强化", ["强化宣传教育", "强化规范服务", "强化队伍建设"]),
    ("做到三个必有:第一,要有两年的总体计划;第二,要有一年的实施计划;第三,要逐月制定推进计划。",
     "三个必有", ["要有两年的总体计划", "要有一年的实施计划", "要逐月制定推进计划"]),
    ("深入推进三项惠民工程,即深入开展标准服务惠民工程,计量服务惠民工程、技术服务惠民工程,更好地服务经济。",
     "三项惠民工程", ["标准服务惠民工程", "计量服务惠民工程", "技术服务惠民工程"]),
    ("中央提出了“照镜子、正衣冠、洗洗澡、治治病”的总要求,必须把十二字总要求贯穿全过程。",
     "十二字总要求", ["照镜子", "正衣冠", "洗洗澡", "治治病"]),
    ("实现“2+1”战略(“2”就是二项工作,即:甲项工作、乙项工作;“1”就是一项工作,即:丙项工作)。",
     "2+1", ["甲项工作", "乙项工作", "丙项工作"]),
    ("学党章党规、学系列讲话、做合格党员(简称“两学一做”)。", "两学一做", ["学党章党规", "学系列讲话", "做合格党员"]),
])
def test_definition_shapes(extractor, text, term, members):
    assert components(extractor, text, term) == (members, "text")


def test_enumeration_with_the_wrong_number_of_items_is_not_a_definition(extractor):
    text = "一、充分认识开展“两评一树”活动的重要性\n(一)甲。\n(二)乙。\n(三)丙。\n(四)丁。\n"
    assert components(extractor, text, "两评一树") == ([], None)


def test_members_from_the_lexicon_when_the_text_defines_nothing(extractor):
    members, source = components(extractor, "围绕“五个好”争创目标", "五个好")
    assert source == "lexicon"
    assert members == ["领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"]


def test_quoted_members_of_a_definition_are_not_terms(extractor):
    rows = extractor.count("牢固树立“两种观念”,即:“解决矛盾也是政绩”的观念,把矛盾化解在基层的“超前信访”观念。", "t")
    assert [(r.term, list(r.components or [])) for r in rows] == [("两种观念", ["解决矛盾也是政绩", "超前信访"])]


def test_text_members_keep_the_documents_script(extractor):
    rows = extractor.count("基本要求是「三個好」,即領導班子好、黨員隊伍好、工作機制好。", "t")
    assert rows[0].term == "三个好"
    assert list(rows[0].components) == ["領導班子好", "黨員隊伍好", "工作機制好"]


def test_arithmetic_mismatch_keeps_the_texts_members_and_flags_it(extractor):
    result = extractor.analyze("基本要求是“四个好”,即领导班子好、党员队伍好、工作机制好。", "t")
    row = result.terms[0]
    assert list(row.components) == ["领导班子好", "党员队伍好", "工作机制好"]
    assert row.arithmetic_ok is False
    assert any("四个好" in w for w in result.warnings)
