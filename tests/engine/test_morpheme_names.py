"""A numeral phrase that its own members make a name: N items beside it that each hold its counted morpheme."""
from __future__ import annotations

import pytest

from slogans import Extractor
from slogans.engine.morpheme_names import defined_name
from slogans.text.segment import make_segmenter


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.fixture(scope="module")
def jieba():
    return make_segmenter("jieba")


def rows(extractor, text):
    return {m.term: m for m in extractor.analyze(text).terms}


@pytest.mark.parametrize("text, term, members", [
    ("本村着力打造道路净、庭院净、河塘净的三净乡村。", "三净", ["道路净", "庭院净", "河塘净"]),  # the list before it
    ("考核看新三率：按时率、合格率、满意率。", "三率", ["按时率", "合格率", "满意率"]),      # after it, a colon
    ("社区推进便民、惠民、安民、乐民“四民”之外，还要提倡服务便、办事便两便。", "两便", ["服务便", "办事便"]),
    ("社区推行三个一服务：建立1本台账，开展1次走访，发放1张连心卡。", "三个一", ["建立1本台账", "开展1次走访", "发放1张连心卡"]),
])
def test_a_list_beside_it_that_holds_its_morpheme_makes_the_name(extractor, text, term, members):
    found = rows(extractor, text)
    assert term in found
    assert list(found[term].components or ()) == members


@pytest.mark.parametrize("text", [
    "我们一要抓班子，二要抓队伍，三要抓作风。",                         # 二要, 三要: ordinals of an enumeration
    "对钢铁企业、化工企业、建材企业三类企业实行限产。",                 # a noun after the numeral counts things
    "对乙方实行双重管理，重点抓好甲项，重点做好丙项。",                 # 重点、重点: the shared unit is wider than 重
    "学生德智双全，文理兼通。",                                         # 双全 is a dictionary word
    "确保不发生用电安全、用气安全、用水安全三大安全生产事故。",         # qualifies the noun after it
    "在2019年、2020年、2021年三年间完成改造。",                         # dates: counting years
])
def test_ordinary_counting_and_look_alikes_are_no_name(extractor, text):
    assert not [t for t in rows(extractor, text) if t[0] in "两双二三"], rows(extractor, text)


def test_the_longest_morpheme_that_fits_ends_the_name(jieba):
    text = "我们要做到看得见、摸得见、用得见的三得见。"
    found = defined_name(text, text.index("三得见"), jieba)
    assert found is not None and text[text.index("三"):found[0]] == "三得见"


def test_without_a_list_there_is_no_name(jieba):
    text = "全县三净乡村建设稳步推进。"
    assert defined_name(text, text.index("三净"), jieba) is None
