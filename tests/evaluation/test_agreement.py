"""A member list keeps the promise of its term's numerals: flat, fused, or part by part."""
from __future__ import annotations

from slogans.evaluation.agreement import settle, single_member_ok, term_parts
from slogans.text.numerals import formula_arithmetic


def _settle(term, items, fit=True):
    return settle(term, formula_arithmetic(term), items, ("和", "及", "与"), fit)


def test_parts_of_a_compound_term():
    assert term_parts("三重两不") == [(3, "重"), (2, "不")]
    assert term_parts("双随机、一公开") == [(2, "随机"), (1, "公开")]
    assert term_parts("六大工程") == [(6, "工程")]


def test_flat_agreement_and_fitting():
    assert _settle("三个好", ["甲好", "乙好", "丙好"]) == (["甲好", "乙好", "丙好"], True)
    assert _settle("三个好", ["甲好", "乙好", "丙好", "后话"]) == (["甲好", "乙好", "丙好"], True)
    assert _settle("三个好", ["甲好", "乙好", "丙好", "后话"], fit=False) == (["甲好", "乙好", "丙好", "后话"], False)


def test_fused_members_are_cut_by_the_numerals_of_each_part():
    assert _settle("三河三湖", ["清河淮河汾河", "东湖西湖南湖"]) == (["清河", "淮河", "汾河", "东湖", "西湖", "南湖"], True)


def test_fused_pieces_must_hold_their_parts_words():
    members, agrees = _settle("三河三湖", ["甲乙丙丁戊己", "东湖西湖南湖"])
    assert agrees is False


def test_one_item_holding_all_members_fused():
    assert _settle("两个市场", ["城内城外"]) == (["城内", "城外"], True)


def test_part_by_part_each_item_repeats_its_parts_words():
    assert _settle("双随机、一公开", ["随机抽取人员和对象", "及时公开结果"]) == (["随机抽取人员和对象", "及时公开结果"], True)
    assert _settle("双随机、一公开", ["抽取人员和对象", "及时公开结果"])[1] is False


def test_characters_of_a_formula_counted_in_characters():
    assert _settle("十二字总要求", ["照镜子", "正衣冠", "洗洗澡", "治治病"]) == (["照镜子", "正衣冠", "洗洗澡", "治治病"], True)


def test_no_numeral_no_promise():
    assert settle("创先争优", None, ["甲", "乙"]) == (["甲", "乙"], None)


def test_one_member_only_for_a_one_member_formula():
    assert single_member_ok("一个关键", ["抓好领导班子的学习"])
    assert not single_member_ok("一项", ["损失很大的事情"])
    assert not single_member_ok("一个关键", ["学习"])


def test_paired_items_hold_one_member_of_each_part():
    assert _settle("三查三看", ["查甲项看乙项", "查丙项看丁项", "查戊项看己项"]) == (
        ["查甲项", "看乙项", "查丙项", "看丁项", "查戊项", "看己项"], True)


def test_a_list_cut_short_is_no_part_by_part_agreement():
    assert _settle("三查三看", ["查甲项看乙项", "查丙项看丁项"])[1] is False
