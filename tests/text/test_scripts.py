"""Script profiles: traditional-only and simplified-only characters, and mixed script."""
from __future__ import annotations

import opencc

from slogans.text.scripts import script_profile

SIMPLIFIED = "我们要坚持党的全面领导,坚持以人民为中心的发展思想,统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设。"
TRADITIONAL = opencc.OpenCC("s2t").convert(SIMPLIFIED)


def test_one_script_texts():
    simp = script_profile(SIMPLIFIED)
    trad = script_profile(TRADITIONAL)
    assert simp.traditional == 0 and simp.simplified >= 20 and simp.majority == "simplified"
    assert trad.simplified == 0 and trad.traditional == simp.simplified and trad.majority == "traditional"
    assert not simp.is_mixed(20, 0.1) and not trad.is_mixed(20, 0.1)


def test_mixed_text_and_first_positions():
    text = SIMPLIFIED + "\n" + TRADITIONAL
    p = script_profile(text)
    assert p.is_mixed(20, 0.1)
    assert p.first_simplified == SIMPLIFIED.index("们")
    assert p.first_traditional == len(SIMPLIFIED) + 1 + TRADITIONAL.index("們")


def test_real_traditional_speech_is_not_mixed(corpus):
    text = (corpus / "external" / "xi_cpc100_speech_2021_zht.txt").read_text(encoding="utf-8-sig")
    p = script_profile(text)
    assert p.majority == "traditional"
    assert p.minority_share < 0.02  # 台, 征 … are traditional characters too
    assert not p.is_mixed(20, 0.1)
