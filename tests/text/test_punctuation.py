"""One definition of the punctuation the stages share (quotation marks): detection, counting and members read the same marks."""
from __future__ import annotations

import pytest

from slogans.engine.members import split_members
from slogans.text.punctuation import CLOSE_QUOTES, OPEN_QUOTES, PAIRED_CLOSE, PAIRED_OPEN, QUOTE_CHARS
from slogans.config.rules import load_rules


def _class_chars(pattern: str) -> set[str]:
    body = pattern.strip("[]").lstrip("^")
    return set(body.replace("\\n", ""))


def test_the_detect_macros_spell_the_same_marks():
    macros = load_rules().macros
    assert _class_chars(macros["OPEN"]) == set(OPEN_QUOTES)
    assert _class_chars(macros["CLOSE"]) == set(CLOSE_QUOTES)
    assert _class_chars(macros["INQ"]) == set(QUOTE_CHARS)
    assert len(PAIRED_OPEN) == len(PAIRED_CLOSE)


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("「", "」"), ("＂", "＂"), ('"', '"'), ("＇", "＇")])
def test_a_mention_inside_any_marks_is_quoted(extractor, opening, closing):
    text = f"开展{opening}创先争优{closing}活动。"
    (mention,) = [m for m in extractor.extract(text) if m.term == "创先争优"]
    assert mention.quoted and text[mention.start - 1] == opening


def test_members_in_fullwidth_marks_lose_their_marks():
    assert split_members("＂甲乙＂、＂丙丁＂", "、") == ["甲乙", "丙丁"]
