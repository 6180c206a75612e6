"""The head phrase of each item of a found list: what the list's frame adds to one item is cut (invented sentences)."""
from __future__ import annotations

import pytest

from slogans.engine.head_phrases import (
    cut_ending_after_head, cut_governing_lead, cut_shared_predicate, drop_part_name, head_phrases,
)


def test_every_item_with_a_quoted_core_gives_the_cores():
    items = ["深化甲乙“一码办”", "丙丁“一键查”", "戊己“一网通”"]
    assert head_phrases("三个一", items) == ["一码办", "一键查", "一网通"]


def test_quoted_cores_are_taken_when_only_the_first_item_has_words_around_its_core():
    assert head_phrases("三项行动", ["开展“清风行动”", "“阳光工程”", "“暖心服务”"]) == ["清风行动", "阳光工程", "暖心服务"]


def test_a_closing_quotation_mark_is_no_ending_the_items_share():
    items = ["开展“清风行动”", "“阳光工程”", "“暖心服务”"]
    assert cut_governing_lead(items) == items


def test_one_item_without_a_quoted_core_keeps_the_items():
    items = ["甲乙“一码办”活动", "丙丁活动", "戊己“一网通”活动"]
    assert head_phrases("三项活动", items) == items


@pytest.mark.parametrize("items, expected", [
    # a verb before the first of nouns that end alike governs them all; what is left may be longer than the others
    (["提高农民参保率", "就业率", "入学率"], ["农民参保率", "就业率", "入学率"]),
    # a modifier before the first, and what is left holds the others' characters at their places (每…一…)
    (["明确每天一巡查", "每周一通报", "每月一考核"], ["每天一巡查", "每周一通报", "每月一考核"]),
])
def test_the_governing_words_before_the_first_item_go(items, expected):
    assert cut_governing_lead(items) == expected


@pytest.mark.parametrize("items", [
    ["大力发展种植业", "发展养殖业", "发展加工业"],  # the others open with a verb and its object: the verb is each one's own
    ["提高参保率", "就业率", "入学率"],  # what is left opens with a verb (参保): no noun like the others
    ["提高农民参保水平", "就业率", "入学率"],  # what is left does not end as the others do
    ["提高农民参保率", "就业率"],  # two items show no frame
])
def test_a_first_item_unlike_a_governed_one_stays(items):
    assert cut_governing_lead(items) == items


@pytest.mark.parametrize("term, items, expected", [
    # a predicate of the whole list after its last item (the others are nouns without a verb)
    ("三保障", ["学前教育", "义务教育", "职业培训有保障"], ["学前教育", "义务教育", "职业培训"]),
    # the head the name gives every item, written once after the last
    ("三项机制改革", ["用工", "薪酬", "考核机制改革"], ["用工", "薪酬", "考核"]),
    # the name restated after the 等 that closes the list
    ("四城同创", ["甲城市", "乙模范城市", "丙市", "丁文明城市等四城"], ["甲城市", "乙模范城市", "丙市", "丁文明城市"]),
    # the noun the whole list qualifies, after 的
    ("三无", ["无甲单位", "无乙管理", "无丙丁防的居民小区"], ["无甲单位", "无乙管理", "无丙丁防"]),
])
def test_what_the_last_item_carries_for_the_whole_list_goes(term, items, expected):
    assert cut_shared_predicate(term, items) == expected


@pytest.mark.parametrize("term, items", [
    ("三事", ["乡亲提事", "代表议事", "新居民共同参与"]),  # the others hold verbs too: the last one's is its own
    ("四包", ["组长包组", "包片领导", "队员包户", "网格员包到户"]),  # the verb is every member's own (包)
    ("五大建设", ["经济建设", "政治建设", "生态文明建设"]),  # the items end alike
    ("三好", ["甲的好", "乙好", "丙的好事"]),  # a 的 inside another item: the last one's is its own too
])
def test_a_last_item_whose_ending_is_its_own_stays(term, items):
    assert cut_shared_predicate(term, items) == items


def test_a_parts_name_that_opens_its_group_goes():
    items = ["讲政治", "讲团结", "讲奉献", "两公开是账目公开", "事务公开"]
    assert drop_part_name("三讲两公开", items) == ["讲政治", "讲团结", "讲奉献", "账目公开", "事务公开"]


def test_a_compound_names_groups_are_read_one_by_one():
    # the whole list holds verbs (不愁); the 保障 group alone is three nouns and a predicate of them all
    items = ["不愁吃", "不愁穿", "学前教育", "义务教育", "职业培训有保障"]
    assert head_phrases("两不愁三保障", items) == ["不愁吃", "不愁穿", "学前教育", "义务教育", "职业培训"]


def test_a_compounds_clauses_opened_by_its_parts_morphemes_give_its_members():
    # 两讲三不讲: one clause a part, each opened by its morpheme; objects joined by 和 / 以及, closed by 的 / 之事
    items = ["讲团结和讲奉献之事", "不讲排场的", "空话的以及条件之事"]
    assert head_phrases("两讲三不讲", items) == ["团结", "讲奉献", "排场", "空话", "条件"]


@pytest.mark.parametrize("items", [
    ["讲团结和讲奉献之事", "不讲排场的", "空话的"],  # the second part's count is not met
    ["团结和奉献之事", "不讲排场的", "空话的以及条件之事"],  # the first clause does not open with its morpheme
])
def test_a_compounds_clauses_that_do_not_meet_its_count_stay(items):
    assert head_phrases("两讲三不讲", items) == items


@pytest.mark.parametrize("term, items, expected", [
    ("三讲两公开", ["三讲两公开即讲政治", "讲团结"], ["讲政治", "讲团结"]),  # the whole name, longer than a part's
    ("三讲两公开", ["两公开事务公开", "讲团结"], ["两公开事务公开", "讲团结"]),  # no gloss word after the name
    ("三讲两公开", ["三讲：讲学习", "两公开指甲", "两公开"], ["讲学习", "两公开指甲", "两公开"]),  # too short a rest stays
])
def test_a_parts_name_goes_only_before_a_gloss_word_and_a_member(term, items, expected):
    assert drop_part_name(term, items) == expected


def test_the_words_every_item_carries_after_the_names_head_noun_go():
    items = ["甲药材种植基地建设", "乙种植基地建设", "丙肉牛养殖基地建设"]
    assert cut_ending_after_head("三基地", items) == ["甲药材种植基地", "乙种植基地", "丙肉牛养殖基地"]
    assert head_phrases("三基地", items) == ["甲药材种植基地", "乙种植基地", "丙肉牛养殖基地"]


@pytest.mark.parametrize("term, items", [
    ("五个结合", ["把甲与乙结合起来", "把丙和丁结合起来"]),  # a verb's complement is its own
    ("三基地", ["甲基地建设", "乙基地管理", "丙基地建设"]),  # the endings differ
    ("三基地", ["甲基地建设", "乙基地建设", "丙园区建设"]),  # one item lacks the head
    ("三基地", ["基地建设", "乙基地建设", "丙基地建设"]),  # nothing before the head tells one item from another
    ("两个中心", ["甲中心", "乙中心"]),  # nothing after the head
])
def test_items_that_do_not_all_carry_the_same_words_after_the_head_stay(term, items):
    assert cut_ending_after_head(term, items) == items
