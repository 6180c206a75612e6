"""Shapes of a numeral phrase and of the text before it (invented sentences)."""
from __future__ import annotations

import pytest

from slogans.engine.numeral_shapes import quoted_clauses_before, quoted_members_before, run_on_head


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


@pytest.mark.parametrize("text, expected", [
    ("护理特色。", "护理特色"),  # the name closes at punctuation
    ("重点工作为切入点", "重点工作"),  # … or at a word that follows names
    ("工程进展顺利", "工程"),  # the nouns run into a predicate: the first word alone
    ("工程建设", "工程"),  # no run over a word that follows names
])
def test_a_head_runs_on_over_nouns_where_the_name_closes(text, expected):
    words = {"护理": "vn", "特色": "n", "重点": "n", "工作": "vn", "工程": "n", "进展": "vn", "顺利": "a", "建设": "vn", "为": "p"}
    bounds, i = [], 0
    while i < len(text):
        word = next((w for w in words if text.startswith(w, i)), text[i])
        i += len(word)
        bounds.append(i)
    end = run_on_head(text, bounds[0], bounds, words.get, {"n", "vn"}, {"为", "建设"})
    assert text[:end] == expected
