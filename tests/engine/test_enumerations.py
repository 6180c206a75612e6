"""Enumerations read after a name: sentences that open with the verb of an N个V name."""
from __future__ import annotations

from slogans.engine.enumerations import opener_items

TEXT = "县里坚持“三个着力”。\n着力改善民生，成效明显。\n着力优化服务，群众满意。要着力学习。\n着力保障安全，有序推进。"


def test_the_sentences_that_open_with_the_names_verb_are_its_items():
    items, spans = opener_items(TEXT, TEXT.index("”"))
    assert items == ["着力改善民生", "着力优化服务", "着力保障安全"]
    assert [TEXT[s:e] for s, e in spans] == items


def test_the_verb_inside_a_sentence_opens_no_item():
    text = "坚持“两个着力”，着力改善民生，着力优化服务。"
    assert opener_items(text, text.index("”")) is None


def test_items_too_far_apart_end_the_list():
    text = "坚持“两个着力”。\n着力改善民生，好。" + "其他工作。" * 200 + "\n着力优化服务，好。"
    assert opener_items(text, text.index("”")) is None
