"""Shapes of a numeral phrase and of the text before it (invented sentences)."""
from __future__ import annotations

import pytest

from slogans.engine.numeral_shapes import quoted_clauses_before, quoted_members_before


@pytest.mark.parametrize("text, expected", [
    ("开展“甲乙”、“丙丁”、“戊己”三大工程", True),
    ("开展“甲乙”、“丙丁”、“戊己”等三大工程", True),
    ("开展“甲乙”“丙丁”、\n两大工程", True),  # $ matches before a line end
    ("开展“甲乙”、“丙丁”三大工程", False),  # two names for three
    ("开展“甲乙”、“丙丁”、“戊己”的三大工程", False),  # not right before the numeral
    ("三大工程", False),  # nothing before it
])
def test_as_many_quoted_names_right_before_the_numeral(text, expected):
    start = next(i for i, c in enumerate(text) if c in "两三" and text[i + 1:i + 2] == "大")
    assert quoted_members_before(text, start) is expected


@pytest.mark.parametrize("text, expected", [
    ("抓好“甲建设、乙管理、丙发展”三大工作", True),
    ("发布了“甲乙、丙丁、戊己”的三大战略", True),  # 的 may stand between
    ("形成“县、乡、村、基地”四位一体", True),
    ("抓好“甲建设、乙管理”三大工作", False),  # two clauses for three
    ("抓好“甲建设”三大工作", False),  # one phrase is no list
    ("抓好甲建设、乙管理、丙发展三大工作", False),  # not quoted
    ("“甲”、“乙”、“丙”三大工作", False),  # three quotations: quoted_members_before's
])
def test_one_quotation_of_as_many_clauses_right_before_the_numeral(text, expected):
    start = next(i for i, c in enumerate(text) if c in "三四" and text[i + 1:i + 2] in "大位")
    assert quoted_clauses_before(text, start) is expected
