"""A compound name's members from its parts' own definitions (invented sentences, none of an annotated document)."""
from __future__ import annotations

from slogans import Extractor
from slogans.engine.part_definitions import part_definitions


def test_each_part_defined_in_turn_gives_the_compounds_members():
    text = "开展“三查两改”工作。三查是：查甲账、查乙账、查丙账。两改是：改甲制、改乙制。"
    members, spans, at = part_definitions(text, "三查两改")
    assert members == ["查甲账", "查乙账", "查丙账", "改甲制", "改乙制"]
    assert [text[s:e] for s, e in spans] == members and text[at:at + 2] == "三查"


def test_quoted_parts_glossed_with_ji_and_zeshizhi():
    text = "所谓“两好”，即“甲好、乙好”；“一满意”则是指“群众满意”。"
    assert part_definitions(text, "两好一满意")[0] == ["甲好", "乙好", "群众满意"]


def test_a_part_without_its_definition_or_of_another_count_gives_nothing():
    assert part_definitions("三查是：查甲账、查乙账、查丙账。两改要抓紧。", "三查两改") is None
    assert part_definitions("三查是：查甲账、查乙账。两改是：改甲制、改乙制。", "三查两改") is None
    assert part_definitions("三查是：甲账、乙账、丙账。两改是：改甲制、改乙制。", "三查两改") is None  # no morpheme
    assert part_definitions("推进三农工作。", "三农") is None  # no compound


def test_the_compound_takes_them_in_a_document():
    text = "开展“三查两改”工作。三查是：查甲账、查乙账、查丙账。两改是：改甲制、改乙制。\n"
    rows = {r.term: r for r in Extractor().count(text)}
    assert rows["三查两改"].components == ("查甲账", "查乙账", "查丙账", "改甲制", "改乙制")
