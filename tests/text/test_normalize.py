from slogans.text.normalize import Normalizer
from slogans.config.rules import load_rules

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


# -- noise: the table of a noisy copy equals the clean one, and every mention points at its surface --
import random  # noqa: E402

import opencc  # noqa: E402
import pytest  # noqa: E402
import regex  # noqa: E402

_HAN_GAP = regex.compile(r"(?<=\p{Han})(?=\p{Han})")
_NOISE = {
    "space": lambda rng: " ",
    "spaces": lambda rng: " \u3000",
    "line break": lambda rng: "\n",
    "broken line": lambda rng: " \r\n ",
    "page marker": lambda rng: f" — {rng.randint(1, 300)} — ",
    "page marker full-width": lambda rng: f"\n－{rng.randint(1, 30)}－\n",
}
NOISY_FILES = ["000_880b41d3d6e7ffda.txt", "003_ee19b14dd9477618.txt", "004_eca5f85e1156cd79.txt", "external/gov_report_2018_review.txt"]


def add_noise(text: str, rng: random.Random, kinds: list[str], share: float = 0.03) -> str:
    """``text`` with noise put between two Han characters at random places (about ``share`` of them)."""
    gaps = [m.start() for m in _HAN_GAP.finditer(text)]
    chosen = sorted(rng.sample(gaps, int(len(gaps) * share)), reverse=True)
    for pos in chosen:
        text = text[:pos] + _NOISE[rng.choice(kinds)](rng) + text[pos:]
    return text


def _table(extractor, text: str) -> list:
    return sorted((r.term, r.kind, r.count, r.components, r.components_source) for r in extractor.count(text))


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("kinds", [["space", "spaces"], ["line break", "broken line"], ["page marker", "page marker full-width"], list(_NOISE)])
def test_noise_inside_words_changes_nothing(corpus, extractor, kinds, seed):
    rng = random.Random(seed)
    for name in NOISY_FILES:
        clean = (corpus / name).read_text(encoding="utf-8")
        noisy = add_noise(clean, rng, kinds)
        assert noisy != clean
        assert _table(extractor, noisy) == _table(extractor, clean), (name, kinds, seed)
        mentions = extractor.extract(noisy)
        assert mentions and all(noisy[m.start:m.end] == m.surface for m in mentions)


def test_noise_in_traditional_text_changes_nothing(corpus, extractor):
    s2t = opencc.OpenCC("s2t")
    rng = random.Random(7)
    for name in NOISY_FILES[:3]:
        clean = (corpus / name).read_text(encoding="utf-8")
        traditional = s2t.convert(clean)
        noisy = add_noise(traditional, rng, list(_NOISE))
        simple = {(t, k, c, s) for t, k, c, _, s in _table(extractor, clean)}
        assert {(t, k, c, s) for t, k, c, _, s in _table(extractor, noisy)} == simple
        mentions = extractor.extract(noisy)
        assert all(noisy[m.start:m.end] == m.surface for m in mentions)
        # members taken from the text keep the document's script, with a simplified copy
        for row in extractor.count(noisy):
            if row.components_source == "text":
                assert row.components == tuple(s2t.convert(c) for c in row.components)
                assert row.components_simplified == next(r.components for r in extractor.count(clean) if r.term == row.term)


def test_original_chars_drop_only_the_removed_noise():
    original = "要做到“五 带\n头”:一是带头学 — 3 — 习提高"
    norm = NORMALIZER.normalize(original)
    assert norm.text == "要做到“五带头”:一是带头学习提高"
    start = norm.text.index("带头学习")
    assert norm.original_chars(start, start + 6) == "带头学习提高"
    s, e = norm.original_span(start, start + 6)
    assert original[s:e] == "带头学 — 3 — 习提高"


def test_mismatched_and_straight_quotes_give_the_same_table(extractor, corpus):
    clean = (corpus / "004_eca5f85e1156cd79.txt").read_text(encoding="utf-8")
    rng = random.Random(3)
    pairs = list(regex.finditer(r"“([^“”\n]{1,20})”", clean))
    assert len(pairs) >= 8
    messy = list(clean)
    for m in pairs:
        messy[m.start()], messy[m.end() - 1] = rng.choice([("‘", "”"), ("“", "’"), ('"', '"'), ("「", "」")])
    messy = "".join(messy)
    assert _table(extractor, messy) == _table(extractor, clean)


def test_from_original_inverts_to_original():
    text = "开展 创先 争优活动。\n— 8 —\n下一页 内容"
    norm = NORMALIZER.normalize(text)
    assert norm.text != text  # spaces and the page marker are removed
    for i in range(len(norm.text)):
        assert norm.from_original(norm.to_original(i)) == i
    assert norm.from_original(len(text)) == len(norm.text)
    removed = text.index("— 8 —")
    assert norm.from_original(removed + 1) == norm.from_original(removed)  # inside a removed stretch: where it was cut


def test_original_chars_equal_the_characters_mapped_one_by_one(corpus):
    rng = random.Random(5)
    base = (corpus / "000_880b41d3d6e7ffda.txt").read_text(encoding="utf-8")[:2000]
    for _ in range(40):
        noisy = add_noise(base, rng, list(_NOISE), share=0.05)
        norm = NORMALIZER.normalize(noisy)
        for _ in range(40):
            a = rng.randrange(len(norm.text))
            b = rng.randrange(a, min(len(norm.text), a + 80) + 1)
            assert norm.original_chars(a, b) == "".join(norm.original[norm.to_original(i)] for i in range(a, b))


def test_a_lone_surrogate_beside_traditional_characters_keeps_its_place():
    from slogans.text.normalize import to_simplified

    assert to_simplified("\ud800國家\udc00學習") == "\ud800国家\udc00学习"
