"""The bound on a numeral phrase's evidence before its clause is cut: it saves cuts, and never turns down a formula."""
from __future__ import annotations

import math

import pytest

from slogans import Extractor
from slogans.engine.numeral_reach import CUT_EVIDENCE, HeadReach

WEIGHTS = {"formula_head": 2.0, "formula_tag": 2.0, "glued": -4.0, "counting_head": -4.0}
TAGS = {"好": "a", "重要": "a", "代表": "n", "代表团": "n", "方面": "n"}


def reach(weights=WEIGHTS) -> HeadReach:
    return HeadReach(lambda name: weights.get(name, 0.0), {"好", "带头"}, {"v", "a"}, TAGS.get, 5)


def no_lift(e: int) -> float:
    return 0.0


def test_a_head_on_the_formula_list_or_tagged_a_verb_or_adjective_can_gain():
    assert reach().most("五个好干部", 2, 5, None, {}, no_lift, article=False) == 2.0
    assert reach().most("三个重要问题", 2, 6, None, {}, no_lift, article=False) == 2.0  # 重要 tagged a


def test_a_head_that_no_run_makes_a_formula_gains_nothing():
    assert reach().most("三个代表团访问", 2, 7, None, {}, no_lift, article=False) == 0.0
    assert reach().most("三个方面", 2, 4, None, {}, no_lift, article=False) == 0.0


def test_after_an_article_the_head_adds_nothing():
    assert reach().most("一个好办法", 2, 5, None, {}, no_lift, article=True) == 0.0


def test_a_name_or_an_expansion_lifts_it_also_past_the_run_of_the_head():
    assert reach().most("三个代表团", 2, 5, None, {4: 4.0}, no_lift, article=False) == 4.0
    # the run of the head stops at 一 (a numeral); a name may still end past it
    assert reach().most("三个统一,即", 2, 3, None, {}, lambda e: 3.0 if e == 4 else 0.0, article=False) == 3.0


def test_a_listed_head_longer_than_head_max_is_looked_at_to_its_end():
    heads = HeadReach(lambda name: WEIGHTS.get(name, 0.0), {"毫不动摇地坚持"}, set(), TAGS.get, 2)
    assert heads.most("两个毫不动摇地坚持", 2, 4, "毫不动摇地坚持", {}, no_lift, article=False) == 2.0


def test_a_positive_weight_a_user_gives_to_evidence_only_the_cut_tells_is_added():
    weights = dict(WEIGHTS, glued=1.5, de_follows=0.5)
    assert reach(weights).cut_only == 2.0
    assert reach(weights).most("三个方面", 2, 4, None, {}, no_lift, article=False) == 2.0
    assert set(CUT_EVIDENCE) >= {"glued", "de_follows", "counted_noun_follows", "counting_head"}


TEXTS = [
    "始终坚持三个代表重要思想。", "要抓好六个强化,推动工作。", "要做到四个到位：一是思想认识到位。",
    "深入推进四项惠民工程,即深入开展标准服务惠民工程。", "深刻领悟两个确立的决定性意义。", "全省共派出三个代表团赴京。",
    "这家公司在东南亚设有三个代表处。", "社区新招聘了两个维护人员。", "专家组提出了十个明确的修改意见。",
    "这两个务必在周五前提交的材料。", "老街上还保留着两个一百年以上历史的老字号。", "用了三个月完成两个阶段的任务。",
    "这是一个重要原因。", "两个重大节点要把握好。", "今天我讲三层意思:一是统一思想。", "做到三个统一，推进工作。",
    "“学习”、“工作”、“生活”三大板块。", "要树立五个好的标准,开展三项重点工作和两个专项行动。", "这三个人和四项任务。",
    "大力实施五大发展理念和三大攻坚战，坚持两个毫不动摇。", "他提出了四个重要问题和三个基本原则。",
]


def test_the_bound_turns_down_no_phrase_the_full_decision_keeps(monkeypatch):
    cut_with_bound, found_with_bound = _cuts_and_terms(Extractor())
    monkeypatch.setattr(HeadReach, "most", lambda self, *args: math.inf)  # no bound: every phrase is cut
    cut_without, found_without = _cuts_and_terms(Extractor())
    assert found_with_bound == found_without
    assert any(found_with_bound) and cut_with_bound < cut_without  # formulae found, fewer clauses cut


def _cuts_and_terms(extractor: Extractor) -> tuple[int, list[set[str]]]:
    """How often the numeral decisions asked for a clause's cut, and the terms of each text."""
    segmenter = extractor.segmenter
    calls = []
    boundaries = segmenter.boundaries
    segmenter.boundaries = lambda text: calls.append(text) or boundaries(text)
    try:
        found = [{m.surface for m in extractor.extract(text)} for text in TEXTS]
    finally:
        segmenter.boundaries = boundaries
    return len(calls), found
