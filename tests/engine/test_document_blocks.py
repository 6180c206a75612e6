"""The enumerated blocks of a document (invented text, none of an annotated document)."""
from __future__ import annotations

import pytest

from slogans import Extractor
from slogans.engine import document_blocks as blocks_module
from slogans.engine.document_blocks import DocumentBlocks, document_blocks, label_blocks


@pytest.fixture(scope="module")
def markers():
    return Extractor().stages.rules.enumeration_markers()


def test_every_numbered_block_is_found_wherever_it_stands(markers):
    text = ("一、总体要求\n（一）指导思想。坚持人民至上。\n（二）主要目标。年底见效。\n二、主要任务\n"
            "要求是：一要守纪律，严守规矩。二要强作风。三要重实效。\n“三知”——①知道危险；②知道办法；③知道电话。\n")
    found = {tuple(b.heads) for b in document_blocks(text, markers)}
    assert ("指导思想", "主要目标") in found  # at lines' starts
    assert ("总体要求", "主要任务") in found  # the outer headings, a block of their own
    assert ("守纪律", "强作风", "重实效") in found  # inline, after a colon
    assert ("知道危险", "知道办法", "知道电话") in found  # after a dash
    first = next(b for b in document_blocks(text, markers) if b.heads[0] == "守纪律")
    assert text[first.start:first.start + 2] == "一要" and first.family == "numbered"


def test_a_marker_inside_a_word_starts_no_block(markers):
    assert document_blocks("我们要统一、规范、高效地推进工作，二、三月份完成。", markers) == []


def test_label_lines_are_a_block_when_their_labels_differ():
    text = "七、“两率”一升一降\nGDP：全年增长5.1%。\nCPI：全年上涨1.2%。\n八、其他\n"
    (block,) = label_blocks(text)
    assert block.heads == ["GDP", "CPI"] and block.family == "label"
    assert text[block.start:block.start + 3] == "GDP"


def test_speech_and_repeated_labels_are_no_label_block():
    assert label_blocks("主席：「请代表发言」\n代表：「知道吗？」\n课长：「知道」\n") == []
    assert label_blocks("甲方：负责施工。\n乙方：负责验收。\n甲方：负责付款。\n") == []


def test_a_block_is_read_once_and_only_where_wanted(markers, monkeypatch):
    text = "开展工作。\n（一）加强领导。\n（二）强化督导。\n"
    blocks = DocumentBlocks(text, markers)
    reads = []
    original = blocks_module.enumeration_items
    monkeypatch.setattr(blocks_module, "enumeration_items", lambda *a: reads.append(a[1]) or original(*a))
    assert list(blocks.after(0, len(text), lambda at: False)) == []  # nothing wanted, nothing read
    assert [b.heads for b in blocks.after(0, len(text))] == [["加强领导", "强化督导"]]
    assert [b.heads for b in blocks.after(0, len(text))] == [["加强领导", "强化督导"]]
    assert reads == [text.index("（一）")]  # read once
    assert list(blocks.after(0, 3)) == []  # beyond reach
