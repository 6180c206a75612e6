"""Reading from a pattern's text whether its matches stay within a line, and where a group is written."""
from __future__ import annotations

import pytest
import regex

from slogans.config.line_bound import group_bounds, line_bound


@pytest.mark.parametrize("pattern", [
    "即",
    r"、(?=[\p{Han}--[〇零一二两三四五六七八九十]]{1,15}+[一二两三四五六七八九十双][个项])",
    r"”，(?<=[〇零一二两三四五六七八九十百千万双0-9０-９][^“”‘’「」『』\"'＂＇\n]{0,29}”，)",
    r"“(?=(?P<u>\p{Han})\p{Han}\g<u>\p{Han})",
    r"[和与及](?=\p{Han}{3,6}+(?:[(（]\p{Han}{1,12}[)）])?的?[“‘「『])",
    r"\((?<=(?:[”’」』]|[一二两三])\p{Han}{0,8}[(（])",
    r"1[、.．]\d+\w*\S",
])
def test_patterns_that_stay_within_a_line(pattern):
    assert line_bound(pattern)
    regex.compile(pattern, regex.V1)  # each example is a pattern the rules could hold


@pytest.mark.parametrize("pattern", [
    r"：\s*(?:一是|第一)",  # spaces may be line ends
    r"\n(?=一是)",
    "甲\n乙",  # a line end written as it is
    "即.+",  # a dot matches a line end under the s flag
    "[^“”]+",  # a negated class that does not name the line end holds it
    r"[\n，]",
    "即(?=[^。]+$)",  # $ and ^ look at where the searched stretch ends
    "^甲",
    r"甲\b",
    r"\P{Han}",
    r"\p{Cc}",
    "(?s)甲",  # inline flags are not read
    "(?i:甲)",
    r"(?P=name)",
    "[^[甲]乙\n]",  # a set inside a negated class is not read
    "甲(",  # not even a pattern
    "甲)",
])
def test_patterns_that_may_hold_a_line_end_or_look_at_the_bounds(pattern):
    assert not line_bound(pattern)


def test_a_group_is_found_with_the_lookbehind_it_is_in():
    pattern = r"(?<=(?P<term>\p{Han}{2,8})的)内容(?P<members>[^。\n]+)(?=。|$)"
    (term,) = group_bounds(pattern, "term")
    assert pattern[term[0]:term[1]] == r"\p{Han}{2,8}"
    assert term[2] == (0, pattern.index("内容"))  # the lookbehind that opens the pattern, as written
    (members,) = group_bounds(pattern, "members")
    assert pattern[members[0]:members[1]] == r"[^。\n]+" and members[2] is None
    assert group_bounds(pattern, "absent") == []


def test_a_group_written_twice_and_an_unread_pattern():
    pattern = "(?:甲(?<t>乙)|丙(?P<t>丁))"
    assert [pattern[s:e] for s, e, _ in group_bounds(pattern, "t")] == ["乙", "丁"]
    assert group_bounds("(?i)(?P<t>甲)", "t") is None
    pattern = r"[(（](?P<t>[^)）]+)\)"  # parentheses in classes and escaped open no group
    assert [(pattern[s:e], behind) for s, e, behind in group_bounds(pattern, "t")] == [("[^)）]+", None)]
