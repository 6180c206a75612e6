"""Lists read right after a numbered name's mention (invented sentences, none of an annotated document)."""
from __future__ import annotations

from slogans.engine.lists_after_name import parallel_list_after, semicolon_parts

MODAL = "(?:一定要|必须|要)"


def test_the_sentence_after_ji_parted_at_semicolons():
    text = "做到“两个到位”，即甲乙到位，多做；丙丁到位，少说。"
    parts = semicolon_parts(text, text.index("”"))
    assert parts is not None and parts.heads == ["甲乙到位", "丙丁到位"] and parts.family == "semicolon"
    assert [text[s:e] for _, s, e in parts.items] == ["甲乙到位", "丙丁到位"]
    assert semicolon_parts("做到“两个到位”。甲乙到位；丙丁到位。", 6) is None  # no 即, colon or dash: no list opens
    assert semicolon_parts("做到“两个到位”：甲乙到位。", 6) is None  # one part is no list


def test_a_list_after_the_names_comma_whose_items_open_with_one_word():
    text = "抓好“三个重点”，要突出甲乙、突出丙丁、突出戊己。"
    listed = parallel_list_after(text, text.index("”"), MODAL)
    assert listed is not None and listed.heads == ["突出甲乙", "突出丙丁", "突出戊己"] and listed.family == "parallel"
    assert text[listed.start:listed.start + 4] == "突出甲乙"


def test_items_that_share_one_character_or_run_long_are_no_such_list():
    assert parallel_list_after("抓好“三个重点”，突甲、突乙、突丙。", 7, MODAL) is None  # one character is no word
    assert parallel_list_after("抓好“两个重点”，突出、突出甲。", 7, MODAL) is None  # an item that is the opening alone
    long = "抓好“两个重点”，突出" + "甲" * 20 + "、突出乙。"
    assert parallel_list_after(long, 7, MODAL) is None  # a clause of prose, not a phrase
    assert parallel_list_after("抓好“两个重点”。突出甲、突出乙。", 7, MODAL) is None  # not after the name's comma
    assert parallel_list_after("坚定“两个自信”，坚决维护甲、坚决维护乙，落实丙要求。", 7, MODAL) is None  # the sentence goes on
