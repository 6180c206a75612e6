"""The lines that hold a document's terms, and which define rules can be kept to them."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from slogans.config.term_lines import TermLines, reads_in_lines, term_group_key


def _rule(pattern, gates=("即",), scope="line", term_group="term"):
    return SimpleNamespace(scope=scope, gate_patterns=tuple(gates), pattern=pattern, term_group=term_group)


def test_the_runs_of_lines_that_hold_a_key():
    text = "第一行没有。\n提出“三好”。\n又说三好。\n第四行。\n最后说三好"
    runs = TermLines(text, ["三好"]).runs
    assert [text[lo:hi] for lo, hi in runs] == ["提出“三好”。\n又说三好。\n", "最后说三好"]
    assert TermLines(text, ["四好"]).runs == [] and TermLines(text, []).runs == []


def test_a_key_is_found_as_a_term_group_names_it():
    # spaces inside a name and a full-width plus: the key a term group gives (term_group_key) is found in the line
    text = "甲。\n实行“4＋1 ”工作法。\n乙。\n“三 好”学生。"
    assert term_group_key("4＋1 ") == "4+1"
    runs = TermLines(text, ["4+1", "三好"]).runs
    assert [text[lo:hi] for lo, hi in runs] == ["实行“4＋1 ”工作法。\n", "“三 好”学生。"]


@pytest.mark.parametrize("rule, kept", [
    (_rule(r"“(?P<term>[^“”\n]{1,30})”，即(?P<members>[^。\n]+)(?:。|$)"), True),  # the whole pattern need not be
    (_rule(r"(?<=“(?P<term>\p{Han}{2,8})”)，即(?P<members>.+)", gates=(r"即(?<=”，即)",)), True),  # a leading lookbehind
    (_rule(r"“(?P<term>[^“”\n]{1,30})”：(?P<members>.+)", gates=(r"：\s*一是",)), False),  # a gate may run over a line end
    (_rule(r"(?P<term>[^“”]{1,30})，即(?P<members>.+)"), False),  # the term group may hold a line end
    (_rule(r"(?=[,，]?即)(?!(?<=甲))(?<=(?P<term>\p{Han}{2,8}))[,，]?即"), True),  # read at the match's start
    (_rule(r"甲(?<=(?P<term>\p{Han}{2})甲)即"), False),  # in a lookbehind read after the match's start
    (_rule(r"(?<=(?P<term>\p{Han}{2})\s)即"), False),  # in a lookbehind that may reach back over a line end
    (_rule(r"(?P<term>\p{Han}{2})即", scope="text"), False),  # a rule of the whole text
    (_rule(r"(?P<term>\p{Han}{2})即", gates=()), False),
    (_rule(r"(?P<name>\p{Han}{2})即"), False),  # no term group of that name
])
def test_which_rules_can_be_kept_to_the_lines_with_a_term(rule, kept):
    assert reads_in_lines(rule) is kept


def test_the_stretches_around_the_lines_with_a_key_are_those_the_whole_text_gives():
    import time

    import regex

    from slogans.config.gates import gated_lines
    from slogans.config.pattern_literals import leading_literal

    gate = "即(?<=”，即)"
    rule = SimpleNamespace(requires=(regex.compile(gate, regex.V1),), gate_literals=(leading_literal(gate),), timeout=None,
                           id="r", file="f", line=1)
    text = "“甲”，即一。\n“三好”，即二。\n“乙”，即三。\n无关。\n“丙”，即四。\n无关。\n“三好”很好。\n“丁”，即五。\n“三好”，即六"
    lines = TermLines(text, ["三好"])
    every = gated_lines(rule.requires, rule.gate_literals, text, 0, len(text), time.monotonic() + 5)
    holding = [(lo, hi) for lo, hi in every if any(lo <= a < hi for a, _ in lines.runs)]
    assert lines.stretches(rule) == holding
    assert [text[lo:hi] for lo, hi in holding] == ["“甲”，即一。\n“三好”，即二。\n“乙”，即三。\n", "“丁”，即五。\n“三好”，即六"]
