from slogans.normalize import Normalizer
from slogans.rules import load_rules

NORMALIZER = Normalizer(load_rules().settings)


def test_traditional_to_simplified_keeps_offsets():
    norm = NORMALIZER.normalize("增強「四個意識」")
    assert norm.text == "增强「四个意识」"
    assert norm.original_span(3, 7) == (3, 7)


def test_page_markers_and_spaces_inside_words_are_removed_with_an_offset_map():
    original = "建立相结 合的机制,重 — 2 — 要原因"
    norm = NORMALIZER.normalize(original)
    assert norm.text == "建立相结合的机制,重要原因"
    start = norm.text.index("结合")
    s, e = norm.original_span(start, start + 2)
    assert original[s:e] == "结 合"
    start = norm.text.index("重要")
    s, e = norm.original_span(start, start + 2)
    assert original[s:e] == "重 — 2 — 要"


def test_variant_characters_and_fullwidth_punctuation():
    norm = NORMALIZER.normalize("摆在突出位臵，树旗臶")
    assert norm.text == "摆在突出位置,树旗帜"
