"""Counting: literal surfaces in one automaton pass, slogans with any separator between clauses."""
from __future__ import annotations

import regex

from slogans.engine.tally import count_literals, count_slogan, slogan_pattern


def test_slogans_are_counted_with_any_separator_or_none():
    text = "坚持以人为本、执政为民。以人为本,执政为民。以人为本执政为民!以人为本。"
    assert count_slogan(text, ["以人为本", "执政为民"]) == [(2, 11), (12, 21), (22, 30)]


def test_count_slogan_finds_what_a_scan_of_its_pattern_finds():
    clauses = ["两学", "一做"]
    text = "两学两学、一做两学一做,两学 一做两学;一做两学"
    scanned = [m.span() for m in slogan_pattern(clauses).finditer(text)]
    assert count_slogan(text, clauses) == scanned
    assert len(scanned) == 4


def test_count_slogan_of_no_clauses_finds_nothing():
    assert count_slogan("任何文字", []) == []


def test_literals_are_counted_longest_first_never_inside_a_longer_one():
    text = "开展三查两评活动,两评一树,两评"
    found = count_literals(text, {"两评": "两评", "三查两评": "三查两评", "两评一树": "两评一树"})
    assert [t for _, _, t in found] == ["三查两评", "两评一树", "两评"]


def test_slogan_pattern_escapes_its_clauses():
    assert slogan_pattern(["a+b", "(c)"]).fullmatch("a+b、(c)")
    assert isinstance(slogan_pattern(["甲", "乙"]), regex.Pattern)


def test_count_slogan_without_a_pattern_finds_what_the_pattern_finds():
    """Clauses compared in turn (plain clauses) or the pattern (a clause led by a separator or a space)."""
    texts = ["甲乙 丙甲、\n乙丙甲乙丙丙甲,,乙;丙甲　乙", "甲乙甲 、乙丙，甲、、乙丙甲", "甲、乙 丙"]
    for clauses in (["甲", "乙", "丙"], ["甲乙", "丙"], ["甲", "、乙"], ["甲", " 乙"], ["甲"]):
        for text in texts:
            scanned = [m.span() for m in slogan_pattern(clauses).finditer(text)]
            assert count_slogan(text, clauses) == scanned, (clauses, text)


def test_the_parts_of_a_compound_take_their_slices_of_its_members(extractor):
    text = "开展“两甲三乙”活动，即甲一、甲二、乙一、乙二、乙三。“两甲”是基础，“三乙”是关键。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["两甲"].components == ("甲一", "甲二") and rows["两甲"].components_source == "text"
    assert rows["三乙"].components == ("乙一", "乙二", "乙三")


def test_a_part_the_text_defines_keeps_its_own_members(extractor):
    text = "开展“两甲三乙”活动，即甲一、甲二、乙一、乙二、乙三。“两甲”，即丙一、丙二。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["两甲"].components == ("丙一", "丙二")


def test_a_name_of_digits_takes_the_names_the_document_defines_after_it(extractor):
    text = ("推行“3+2”模式。\n“三联系”推进作风转变。一是联系困难群众。二是联系重点企业。三是联系基层支部。\n"
            "“两服务”提升效能。一是服务企业发展。二是服务群众办事。")
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["3+2"].components == ("三联系", "两服务")
