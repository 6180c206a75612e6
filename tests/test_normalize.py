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


def test_variant_characters():
    norm = NORMALIZER.normalize("摆在突出位臵，树旗臶")
    assert norm.text == "摆在突出位置，树旗帜"


def test_fullwidth_folding_when_asked():
    folding = Normalizer({"normalize": {"fold_fullwidth": True}})
    assert folding.normalize("即：甲；乙（丙）１２").text == "即:甲;乙(丙)12"


def test_offsets_after_several_removals():
    original = "甲 乙 — 3 — 丙丁 戊"
    norm = NORMALIZER.normalize(original)
    assert norm.text == "甲乙丙丁戊"
    assert [original[norm.to_original(i)] for i in range(len(norm.text))] == list("甲乙丙丁戊")
    assert norm.to_original(len(norm.text)) == len(original)


def test_fullwidth_and_halfwidth_text_give_the_same_table(extractor):
    full = "以“学理论、学文化，比学习、比作风”为内容的“两学两比”活动。做到“三个好”：一是班子好。二是队伍好。三是机制好。"
    half = full.replace("，", ",").replace("：", ":")
    assert [r.as_record() | {"document": ""} for r in extractor.count(full)] == [r.as_record() | {"document": ""} for r in extractor.count(half)]
    assert {r.term for r in extractor.count(full)} == {"两学两比", "三个好"}


def test_from_original_inverts_to_original():
    text = "开展 创先 争优活动。\n— 8 —\n下一页 内容"
    norm = NORMALIZER.normalize(text)
    assert norm.text != text  # spaces and the page marker are removed
    for i in range(len(norm.text)):
        assert norm.from_original(norm.to_original(i)) == i
    assert norm.from_original(len(text)) == len(norm.text)
    removed = text.index("— 8 —")
    assert norm.from_original(removed + 1) == norm.from_original(removed)  # inside a removed stretch: where it was cut
