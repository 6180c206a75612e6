"""Enumerations (一是…二是…) read after a name (invented sentences, none of an annotated document)."""
from __future__ import annotations

from slogans.engine.enumerations import enumeration_items


def heads(extractor, text: str) -> list[str]:
    markers = extractor.stages.rules.enumeration_markers()
    found = enumeration_items(text, text.index("。") + 1, "colon", markers)
    assert found is not None
    return found[0]


def test_a_nested_list_ends_where_the_outer_list_goes_on(extractor):
    # the name sits in the first item of an outer list of the same markers; the outer 二是 comes before any 四是
    text = ("一是领导挂帅，落实“三个到位”。一是宣传到位。甲乙。二是检查到位。丙丁。三是整改到位。戊己。"
            "二是监管到户，完善制度。庚辛。三是检测覆盖。壬癸。四是追溯有据。子丑。")
    assert heads(extractor, text) == ["宣传到位", "检查到位", "整改到位"]


def test_a_list_runs_on_past_text_that_holds_no_earlier_marker(extractor):
    text = "落实“四个到位”。一是宣传到位。甲乙。二是检查到位。丙丁。三是整改到位。戊己。四是考核到位。庚辛。"
    assert heads(extractor, text) == ["宣传到位", "检查到位", "整改到位", "考核到位"]


def test_the_next_marker_may_follow_a_quotation_that_ends_a_sentence(extractor):
    text = "要防住“两个风险”。一是甲类风险。有人说：“这样不行。”二是乙类风险。丙丁。"
    assert heads(extractor, text) == ["甲类风险", "乙类风险"]


def test_first_is_marks_an_enumeration_too(extractor):
    text = "面临两大难题。第一是资金少，缺口大。第二是人手紧，任务重。"
    assert heads(extractor, text) == ["资金少", "人手紧"]
