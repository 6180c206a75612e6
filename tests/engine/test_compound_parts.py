"""A part of a compound formula takes its slice of the compound's members."""
from __future__ import annotations

from slogans.engine.compound_parts import digit_heads, digit_parts, part_slice

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
