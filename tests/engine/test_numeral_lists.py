"""Lists that define an unquoted counted name where it stands (invented sentences)."""
from __future__ import annotations

import pytest

from slogans.engine.numeral_lists import list_after, list_before, lists_around, shared_endings


def _at(text: str, name: str) -> int:
    return text.index(name)


@pytest.mark.parametrize("text, name, expected", [
    ("着力培育甲乙、丙丁、戊己加工和庚辛加工等四大产业", "四大", True),  # 和 joins the last two, 等 before the name
    ("实施甲乙、丙丁、戊己三大工程", "三大", True),                       # directly before it
    ("全面实施新农村甲乙丙丁、戊己、庚辛、壬癸五大工程", "五大", True),  # a first item that fuses its verb and two items
    ("加强甲基地、乙基地、丙基地等三大基地建设", "三大", True),
    ("培育甲乙、丙丁和戊己等四大产业", "四大", False),                 # three items for four
    ("实施甲乙、丙丁，戊己三大工程", "三大", False),                   # a comma ends the clause: one item
    ("完成三大工程", "三大", False),                                  # no list
    ("分为甲河、乙河两大流域", "两大", False),                          # two side by side are counted
    ("辽阳、天津、四川三大化纤厂已建成", "三大", False),               # places counted
    ("实施甲乙、丙丁、三大工程", "三大", False),                       # the list does not close
])
def test_a_list_of_its_count_right_before_the_numeral(text, name, expected):
    assert list_before(text, _at(text, name)) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("坚持三动战略(甲乙拉动、丙丁拖动、戊己带动)", "三动战略", True),       # in brackets
    ("构建三大体系:即甲乙、丙丁和戊己三大帮扶体系。", "三大体系", True),   # a colon and 即, the last two joined by 和
    ("提出了六项原则,分别是:甲;乙;丙;丁;戊;己。", "六项原则", True),      # 分别是 and semicolons
    ("提出了三项原则,分别是:甲,乙原则;丙原则;丁,戊原则。", "三项原则", True),  # commas inside items parted by semicolons
    ("5.三大体系:即甲乙、丙丁和戊己", "三大体系", True),                  # the text ends the list
    ("许下三大心愿:第一为甲,第二为乙,第三为丙。", "三大心愿", True),     # an enumeration to the count
    ("许下三大心愿:第一为甲,第二为乙,第三为丙,第四为丁。", "三大心愿", False),  # it runs beyond the count
    ("开展两项活动,一是甲活动,二是乙活动。", "两项活动", False),  # after a comma alone: things counted
    ("坚持三动战略(甲乙拉动、丙丁拖动)", "三动战略", False),               # two items for three
    ("构建三大体系,甲乙丙丁。", "三大体系", False),                        # a comma alone: the sentence goes on
    ("三保障是指保障甲乙、保障丙丁、保障戊己。", "三保障", True),          # 是指 opens it
    ("三保障是我们的甲乙、丙丁、戊己。", "三保障", False),                 # 是 alone does not
])
def test_a_list_of_its_count_right_after_the_name(text, name, expected):
    start = _at(text, name)
    assert list_after(text, start, start + len(name)) is expected


def test_lists_around_gives_the_weight_of_the_list_before_and_the_ends_a_list_follows():
    text = "培育甲乙、丙丁和戊己等三大产业(甲、乙、丙)"
    start = _at(text, "三大")
    assert lists_around(text, start, start + 2, True, True, 5) == ("list_before", frozenset({start + 4}))
    # after a classifier that counts things the list before is no evidence
    assert lists_around(text, start, start + 2, True, False, 5)[0] == ""
    quoted = "开展“甲乙”、“丙丁”、“戊己”三大工程"
    assert lists_around(quoted, _at(quoted, "三大"), _at(quoted, "三大") + 2, True, False, 5)[0] == "members_before"


def test_shared_endings_are_the_words_most_listed_items_end_with():
    text = "加强甲乙生产基地、丙丁基地、戊己基地等三大基地建设"
    assert "基地" in shared_endings(text, _at(text, "三大"))
    text = "紧紧围绕甲乙技术、丙丁技术、戊己技术和庚辛通信四大技术手段"
    assert "技术" in shared_endings(text, _at(text, "四大"))      # three of four
    text = "培育甲乙、丙丁和戊己等三大产业"
    assert shared_endings(text, _at(text, "三大")) == frozenset()
    assert shared_endings("完成三大工程", 2) == frozenset()           # no list
