"""A part of a compound formula takes its slice of the compound's members."""
from __future__ import annotations

from slogans.engine.compound_parts import digit_heads, digit_parts, name_of_numerals, numbered_heads, part_slice

COMPOUND = {"两甲三乙": ("甲一", "甲二", "乙一", "乙二", "乙三")}


def test_the_first_part_takes_the_first_members():
    assert part_slice("两甲", COMPOUND) == ("两甲三乙", 0, 2)


def test_the_last_part_takes_the_last_members():
    assert part_slice("三乙", COMPOUND) == ("两甲三乙", 2, 5)


def test_parts_joined_by_a_separator_are_parts_too():
    assert part_slice("一丙", {"双丁、一丙": ("丁一", "丁二", "丙一")}) == ("双丁、一丙", 2, 3)


def test_a_compound_whose_members_do_not_add_up_gives_nothing():
    assert part_slice("两甲", {"两甲三乙": ("甲一", "甲二", "乙一")}) is None


def test_a_term_that_is_no_part_gives_nothing():
    assert part_slice("四丙", COMPOUND) is None


def test_a_name_of_digits_takes_the_defined_names_whose_numerals_are_its_digits_in_order():
    assert digit_parts("3+2", ["四丙", "三甲", "两乙", "三丁"]) == ("三甲", "两乙")


def test_a_name_of_digits_without_such_names_gives_nothing():
    assert digit_parts("3+2", ["两乙", "三甲"]) is None
    assert digit_parts("三甲", ["三甲"]) is None


def test_heads_of_numbered_groups_spell_a_name_of_digits():
    assert digit_heads("532", ["5条甲线", "3个乙标", "2个丙规"])
    assert digit_heads("1+7+21", ["1个甲核心", "7个乙小组", "21块丙阵地"])
    assert digit_heads("4＋1", ["4类甲", "1类乙"])


def test_heads_in_another_order_or_another_name_spell_nothing():
    assert not digit_heads("532", ["3个乙标", "5条甲线", "2个丙规"])
    assert not digit_heads("532", ["甲线", "乙标", "丙规"])
    assert not digit_heads("三个一", ["3个甲", "1个乙"])


def test_heads_in_chinese_numerals_spell_a_name_of_numerals():
    assert digit_heads("一三五", ["一个中心", "三大任务", "五个坚持"])
    assert digit_heads("123", ["一个中心", "两大工程、两个机制", "三大建设"])
    assert not digit_heads("一三五", ["一个中心", "五个坚持", "三大任务"])


def test_the_numbered_head_that_ends_each_item_is_the_member():
    # 总结了…的八个甲、提出了…的八项乙，简称“八八X”: the numbers of the heads spell the name's numerals
    items = ["全面总结了甲省发展的六个优势", "提出了面向未来的六项举措"]
    assert numbered_heads("六六战略", items) == ["六个优势", "六项举措"]
    assert numbered_heads("六五战略", items) is None  # the numbers do not spell the name
    assert numbered_heads("三个代表", ["甲的两个优势", "乙的一项举措", "丙"]) is None  # no name of numerals


def test_names_of_numerals():
    assert all(name_of_numerals(t) for t in ("532", "1+7+21", "一三五", "八八战略"))
    assert not any(name_of_numerals(t) for t in ("三个代表", "两学一做", "五好"))
