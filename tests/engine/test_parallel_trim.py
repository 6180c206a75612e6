"""Governing words cut off a list's first item (and a last item's extra phrase), by the words of the text."""
from __future__ import annotations

import pytest

from slogans.engine.parallel_trim import (
    cut_after_preposition, cut_leading_verb_phrase, leading_place_phrase, trim_to_shared_opening,
    cut_last_to_others_length, cut_to_next_items_shape, cut_to_shared_verb, leading_verb_cut, trim_to_parallel_shape, verb_inside_first,
)


@pytest.mark.parametrize("items, expected", [
    # the items end alike: a verb before the first one governs the list
    (["全村要达到班子团结好", "制度落实好", "服务群众好"], ["班子团结好", "制度落实好", "服务群众好"]),
    # a preposition phrase governs the list whatever the items look like
    (["市里出台对教师表彰奖励", "培训提升", "轮岗交流"], ["表彰奖励", "培训提升", "轮岗交流"]),
    # bare two-character nouns: the words before the first are no part of it
    (["努力推动该镇就业", "教育", "医疗"], ["就业", "教育", "医疗"]),
    # the items open with words of one kind (verbs) once the governing words are off
    (["认真开展讲团结", "讲奉献", "讲实干"], ["讲团结", "讲奉献", "讲实干"]),
    # governing words of four characters or more (two verbs) leave it whatever the items look like
    (["统筹推进人才引进", "队伍建设", "考核评价", "激励保障"], ["人才引进", "队伍建设", "考核评价", "激励保障"]),
])
def test_governing_words_leave_the_first_item(items, expected):
    assert trim_to_parallel_shape(items) == expected


@pytest.mark.parametrize("items", [
    ["专门机关监督", "社会监督", "舆论监督"],  # no verb nor preposition before: a longer member
    ["建设美丽乡村", "发展经济", "保护环境"],  # an adjective left where the others open with verbs: verb-object items
    ["甲乙", "丙丁"],  # two items say too little
])
def test_a_longer_first_item_that_is_a_member_stays_whole(items):
    assert trim_to_parallel_shape(items) == items


def test_a_verb_that_opens_the_first_item_after_a_subject_is_cut_where_all_end_alike():
    items = ["我们推翻了甲国主义", "乙国主义", "丙丁国主义"]
    assert leading_verb_cut(items, 2) == ["甲国主义", "乙国主义", "丙丁国主义"]


def test_a_verb_given_by_the_rule_counts_whatever_its_tag():
    items = ["全面落实甲类建设", "乙类建设", "丙类建设"]
    assert leading_verb_cut(items, 2, ["落实"]) == ["甲类建设", "乙类建设", "丙类建设"]


@pytest.mark.parametrize("items", [
    ["谋事要实", "创业要实", "做人要实"],  # the shared ending is the whole rest: the verb is the member's own
    ["在夯实思想上下功夫", "在依靠群众上下功夫"],  # every item opens alike: parallel already
    ["推进改革", "扩大开放", "促进发展"],  # the others open with verbs of their own
])
def test_a_verb_that_belongs_to_the_member_stays(items):
    assert leading_verb_cut(items, 2) is None


def test_a_verb_inside_the_first_item_after_a_preposition_phrase_governs_the_list():
    items = ["对困难家庭开展基本救助", "临时补助", "爱心帮扶"]
    assert verb_inside_first(items, ["开展"], 2) == ["基本救助", "临时补助", "爱心帮扶"]


def test_an_aspect_word_after_the_cut_verb_goes_too():
    assert verb_inside_first(["在全县开展了甲类斗争", "乙类斗争", "丙类实验"], ["开展"], 2) == ["甲类斗争", "乙类斗争", "丙类实验"]


def test_a_verb_after_another_verb_is_no_governing_verb():
    assert verb_inside_first(["突出抓好班子的学习", "增强学习效果"], ["抓好"], 2) is None


def test_a_shared_verb_cuts_the_first_and_the_last_item():
    items = ["全县广泛开展送医疗", "送技术", "送图书进社区"]
    assert cut_to_shared_verb(items, 2) == ["送医疗", "送技术", "送图书"]


def test_a_last_item_like_the_others_keeps_its_words():
    items = ["送医疗", "送技术", "送图书"]
    assert cut_to_shared_verb(items, 2) == items


def test_a_subject_before_the_first_item_stays_out_where_the_rest_has_the_next_items_shape():
    assert cut_to_next_items_shape(["党员亮甲类", "亮乙类", "亮丙类"]) == ["亮甲类", "亮乙类", "亮丙类"]


def test_a_first_item_unlike_the_next_stays():
    items = ["专门机关监督", "社会监督", "舆论监督"]
    assert cut_to_next_items_shape(items) == items


@pytest.mark.parametrize("items, expected", [
    (["甲治", "乙治", "丙治相结合"], ["甲治", "乙治", "丙治"]),  # a verb: the predicate of the whole list
    (["甲业", "乙业", "丙业共同推进"], ["甲业", "乙业", "丙业"]),  # an adverb and a verb
])
def test_a_predicate_of_the_whole_list_leaves_the_last_item(items, expected):
    assert cut_last_to_others_length(items) == expected


def test_a_last_item_that_goes_on_as_a_noun_stays():
    items = ["甲治", "乙治", "丙治建设"]
    assert cut_last_to_others_length(items) == items


def test_a_last_item_that_joins_another_with_a_conjunction_is_not_cut_to_the_others_length():
    items = ["甲区道路整治", "乙区绿化美化", "丙区地下管网改造和丁区老旧小区提升"]
    assert cut_last_to_others_length(items) == items


def test_a_subject_and_the_preposition_whose_object_the_list_is_leave_the_first_item():
    items = ["村里按可回收纸张", "有害电池", "厨房余料", "其他杂物和大件旧物"]
    assert cut_after_preposition(items, 2) == ["可回收纸张", "有害电池", "厨房余料", "其他杂物和大件旧物"]


def test_a_preposition_opening_a_member_stays():
    items = ["对党忠诚老实", "个人干净", "敢于担当"]
    assert cut_after_preposition(items, 2) == items


def test_a_phrase_of_place_before_the_verb_frames_a_clause():
    assert leading_place_phrase("在全国贫困地区捐资建设10所学校") == len("在全国贫困地区")
    assert leading_place_phrase("设立10只助学基金") == 0


@pytest.mark.parametrize("items, expected", [
    # a verb and 了 before the first of bare nouns: the verb governs the whole list
    (["构建了省", "市", "区", "街道"], ["省", "市", "区", "街道"]),
    # the members hold verbs of their own, the others open with nouns: only the leading verb phrase goes
    (["形成了学校统筹管理", "年级部门分工负责", "班级教师具体落实"], ["学校统筹管理", "年级部门分工负责", "班级教师具体落实"]),
    # a modifier and two verbs before the first (全面开展创建)
    (["全面开展创建省级文明村", "市级卫生村", "县级园林村", "县级平安村"], ["省级文明村", "市级卫生村", "县级园林村", "县级平安村"]),
    # verbs and the preposition that completes them (集中表现在)
    (["集中表现在教条主义", "经验主义", "本本主义"], ["教条主义", "经验主义", "本本主义"]),
    # an adverb, then a verbal noun that is the verb (jieba tags 发展 vn)
    (["积极发展钢材", "合成纤维", "合成橡胶"], ["钢材", "合成纤维", "合成橡胶"]),
])
def test_the_verb_phrase_that_governs_a_list_leaves_its_first_item(items, expected):
    assert cut_leading_verb_phrase(items) == expected


@pytest.mark.parametrize("items", [
    ["建设美丽乡村", "发展经济", "保护环境"],  # the others open with verbs: every item is a verb-object phrase
    ["学习型党组织", "服务型党组织", "创新型党组织"],  # no verb phrase opens the first
    ["开展甲", "乙"],  # two items say too little
    ["经济建设", "政治", "文化"],  # a verbal noun after a noun heads a noun phrase: no verb
])
def test_a_first_item_whose_verb_is_its_own_stays_whole(items):
    assert cut_leading_verb_phrase(items) == items


def test_the_first_item_is_cut_to_the_frame_the_others_share():
    # 全…服务: an opening of one character and an ending of two; a verb or a subject before it goes
    assert trim_to_shared_opening(["建立社区全时服务", "全域服务", "全程服务"]) == ["全时服务", "全域服务", "全程服务"]
    assert trim_to_shared_opening(["社区全时服务", "全域服务", "全程服务"]) == ["全时服务", "全域服务", "全程服务"]
    # an opening of one character alone says too little
    assert trim_to_shared_opening(["建立社区全时值守", "全域服务", "全程保障"]) == ["建立社区全时值守", "全域服务", "全程保障"]


def test_no_cut_falls_inside_a_coordination():
    # the verb after 和 is the second object's: 统筹区域发展和对外开放 is one member
    items = ["统筹城市建设", "统筹乡村建设", "统筹区域发展和对外开放"]
    assert cut_to_shared_verb(items, 2) == items
    assert cut_to_shared_verb(["送医疗", "送技术", "送图书进社区"], 2) == ["送医疗", "送技术", "送图书"]


def test_no_verb_is_cut_after_a_phrase_of_place_with_a_preposition():
    # 在…的 before the verb is no subject: the verb (招生) is inside the first member, which stays whole
    items = ["在本省3所院校在外地的招生规模不少于去年", "本科录取人数不少于去年", "专科录取人数不少于去年"]
    assert leading_verb_cut(items, 2) is None


def test_a_noun_before_the_next_items_opening_noun_stays():
    # 职工 modifies 民主议事 (nouns before nouns); a subject goes only before a verb (党员亮甲类 → 亮甲类)
    items = ["职工民主议事", "民主评事", "民主管事"]
    assert cut_to_next_items_shape(items) == items
    assert trim_to_shared_opening([*items, "民主办事"]) == [*items, "民主办事"]
