"""Members of a compound name read by its parts' morphemes (invented sentences, none of an annotated document)."""
from __future__ import annotations

from typing import Optional

import pytest

from member_readers import items_read
from slogans.engine.compound_morphemes import compound_items, compound_parts, one_character_parts, read_by_name, spelled_items


def items_of(text: str, name: str) -> Optional[list[str]]:
    return items_read(compound_items, text, name)


@pytest.mark.parametrize("term, expected", [
    ("三好一满意", [(3, "好"), (1, "满意")]),
    ("两学一做", [(2, "学"), (1, "做")]),
    ("三学三强三提升", [(3, "学"), (3, "强"), (3, "提升")]),
    ("一带一路", None),  # one member a part: no list to align
    ("一来一往", None),
    ("三个代表", None),
    ("三严三严", None),  # two morphemes alike
])
def test_the_parts_of_a_compound_name(term, expected):
    assert compound_parts(term) == expected


def test_the_parts_items_in_order_in_the_next_sentence():
    text = "“三好一满意”活动是一项重要工作。\n医院做到“设备好、环境好、态度好，病人满意”。"
    assert items_of(text, "三好一满意") == ["设备好", "环境好", "态度好", "病人满意"]


def test_the_frame_around_a_list_is_dropped():
    text = "“两学一做”是常态。总体要求是以学甲章程、学乙讲话、做丙党员为目标。"
    assert items_of(text, "两学一做") == ["学甲章程", "学乙讲话", "做丙党员"]


def test_parts_that_count_alike_may_come_in_turns():
    text = "开展“两学两强”活动。活动紧扣“学甲、强乙；学丙、强丁”主题。"
    assert items_of(text, "两学两强") == ["学甲", "强乙", "学丙", "强丁"]


@pytest.mark.parametrize("text", [
    # clauses parted by commas that merely hold the morphemes say other things
    "“两学一做”是常态。大家学习了很多新的理论知识，学会了不少工作方法，做了许多实事好事。",
    # items of very unlike lengths are a sentence, no list
    "“一国两制”构想很重要。在国家统一前提下，主体坚持甲制度，同时在乙地丙地保持原有的制度和生活方式长期不变。",
    # the morphemes in the wrong order
    "“三好一满意”活动很重要。做到病人满意、设备好、环境好、态度好。",
])
def test_no_list_where_the_items_do_not_fit(text):
    name = text[text.index("“") + 1:text.index("”")]
    assert items_of(text, name) is None


def test_one_character_parts_do_not_outweigh_a_lexicon():
    assert one_character_parts("两学一做")
    assert not one_character_parts("三好一满意")


def test_a_name_of_numerals_takes_the_quoted_numbered_names_of_the_sentence_before():
    text = "县里推出新办法。实行甲、乙“两统一”，丙、丁、戊“三规范”。这就是“23”工作法。"
    start = text.index("23")
    assert spelled_items(text, start, start + 2) == (["两统一", "三规范"], [(text.index("两统一"), text.index("两统一") + 3), (text.index("三规范"), text.index("三规范") + 3)])


def test_a_compound_list_that_fills_one_quotation_may_hold_long_items():
    text = "按照“种植能力强、销售能力强,有吃苦耐劳精神、有组织带动能力”的要求，评选“双强两有”能人。"
    assert items_of(text, "双强两有") == ["种植能力强", "销售能力强", "有吃苦耐劳精神", "有组织带动能力"]


def test_the_short_phrase_check_weighs_the_members_less_the_words_that_frame_the_list():
    text = "开展“双强三好”创建。以班子强、队伍强为目标，按照环境卫生好、邻里关系好、村风民风好的标准，评选先进。"
    assert items_of(text, "双强三好") == ["班子强", "队伍强", "环境卫生好", "邻里关系好", "村风民风好"]


def test_a_name_is_read_by_the_mode_its_rule_names():
    text = "推行甲、乙“两统一”，丙、丁、戊“三规范”的“23”工作法。"
    start = text.index("23")
    assert read_by_name("spelled", text, start, start + 2)[0] == ["两统一", "三规范"]
    assert read_by_name("morpheme", text, start, start + 2) is None  # 23 has no counted morpheme
