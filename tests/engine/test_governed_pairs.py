"""A pair joined by 和/与/及 at the end of a clause, governed by the words before it (invented text, none of an
annotated document)."""
from __future__ import annotations

import pytest

from slogans import Extractor
from slogans.engine.governed_pairs import governed_pair


@pytest.mark.parametrize("clause, pair", [
    ("一是坚持区委和市总", "区委和市总"),  # a verb after 是 governs the pair
    ("二是发挥好桥梁和纽带", "桥梁和纽带"),  # a verb and its complement 好
    ("职工和会员", "职工和会员"),  # the clause opens with the pair
    ("四是做到在各级工会和区委党群中", "各级工会和区委党群"),  # the frame 在…中 is no part of it
])
def test_the_pair_the_words_before_govern(clause, pair):
    found = governed_pair(clause)
    assert found is not None and clause[found[0]:found[1]].rstrip("中") == pair


@pytest.mark.parametrize("clause", [
    "实施能源消费总量和强度",  # 消费 a verbal noun after a noun: 总量 is no member of its own
    "恢复甲方的合法权利和制造",  # a verb as a member
    "希望人民解放军和公安干警在",  # a member that ends in a preposition
    "全县农业和工业",  # no verb, no preposition before the pair
    "甲和乙",  # members of one character
])
def test_no_pair(clause):
    assert governed_pair(clause) is None


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def components(extractor: Extractor, text: str) -> dict[str, object]:
    return {r.term: r.components for r in extractor.count(text)}


def test_pairs_inside_the_items_of_a_block_leave_the_block_to_the_outer_name(extractor):
    text = ("会上要求做好“三个二”工作，一是坚持甲委和乙总“两个领导”，二是发挥好桥梁和纽带“两个作用”，"
            "三是维护好职工和会员“两个权益”。")
    found = components(extractor, text)
    assert found["两个领导"] == ("甲委", "乙总")
    assert found["两个作用"] == ("桥梁", "纽带")
    assert found["三个二"] == ("两个领导", "两个作用", "两个权益")


def test_a_phrase_of_time_and_an_adverb_between_the_pair_and_the_name(extractor):
    assert components(extractor, "全年发生事故多起，事故起数和死亡人数自2016年起连续“双上升”。")["双上升"] == ("事故起数", "死亡人数")


def test_numerals_alone_name_a_period_not_a_pair(extractor):
    assert components(extractor, "会议制定国民经济和社会发展“九五”计划。").get("九五") is None
