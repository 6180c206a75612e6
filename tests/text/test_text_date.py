"""Reading a document's year from its own text: dated headings and signatures, meetings named, years mentioned."""
from __future__ import annotations

import pytest

from slogans.errors import RuleError
from slogans.text.text_date import DateScanner, builtin_calendar, load_calendar, scan_text


@pytest.mark.parametrize("text, year", [
    ("在全省组织工作会议上的讲话\n（2011年8月4日）\n同志们：", 2011),
    ("同志们：\n……\n此致\n敬礼\n2009.6.3", 2009),
    ("高举中国特色社会主义伟大旗帜\n——在中国共产党第十九次全国代表大会上的报告\n二〇一七年十月十八日\n同志们：", 2017),
    ("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上", 2017),
    ("（２０１５年１２月９日）", 2015),  # full-width digits
])
def test_a_dated_heading_or_signature_gives_the_year(text, year):
    found = scan_text(text)
    assert found is not None and (found.year, found.kind, found.firm) == (year, "heading", True)


def test_a_date_in_the_running_text_is_no_heading():
    found = scan_text("1949年10月1日，中华人民共和国成立了。我们要继续前进。")
    assert found is None or found.kind != "heading"


@pytest.mark.parametrize("text, year, evidence", [
    ("深入学习贯彻党的十九大精神。", 2017, "十九大"),
    ("认真贯彻十八届三中全会精神。", 2013, "十八届三中全会"),
    ("贯彻党的十八大和十八届三中、四中全会精神，落实十八届五中全会部署。", 2015, "十八届五中全会"),
    ("在十二届全国人大五次会议上", 2017, "十二届全国人大五次会议"),
    ("中国共产党第十四次全国代表大会提出", 1992, "中国共产党第十四次全国代表大会"),
    ("第十八届中央委员会第四次全体会议", 2014, "第十八届中央委员会第四次全体会议"),
    ("十九届中央政治局委员", 2017, "十九届中央政治局"),  # no 大, no 全会: the patterns that need them are skipped
    ("第十三届全国人民代表大会第一次会议", 2018, "第十三届全国人民代表大会第一次会议"),
])
def test_the_latest_meeting_named_gives_the_earliest_year(text, year, evidence):
    found = scan_text(text)
    assert found is not None and (found.year, found.kind, found.evidence, found.firm) == (year, "meeting", evidence, False)


def test_a_provinces_own_plenum_or_another_bodys_congress_is_not_the_partys():
    assert scan_text("贯彻省委十一届三中全会精神") is None
    assert scan_text("共青团十九大代表") is None
    assert scan_text("十大关系") is None


def test_years_spoken_of_as_past_count_and_targets_do_not():
    found = scan_text("2016年以来，我们取得了成绩。到2035年基本实现社会主义现代化，2050年建成现代化强国。")
    assert (found.year, found.kind, found.evidence) == (2016, "year", "2016年")
    assert scan_text("到2020年全面建成小康社会。") is None
    assert scan_text("一九五八年是大跃进的一年").year == 1958


def test_a_later_year_than_the_meeting_wins():
    assert scan_text("贯彻党的十八大精神，2016年底前完成。2016年以来成效明显。").year == 2016


def test_no_year_after_the_current_one():
    assert scan_text("（2031年8月4日）", this_year=2026) is None
    assert scan_text("（2031年8月4日）", this_year=2031).year == 2031


def test_a_text_read_in_pieces_gets_the_year_of_the_whole():
    text = "（2011年8月4日）\n" + "开展创先争优活动。" * 100 + "落实十七届六中全会精神。" + "继续努力。" * 100
    scanner = DateScanner()
    for i in range(0, len(text), 37):
        scanner.feed(text[i:i + 37])
    assert scanner.result() == scan_text(text)
    tail_only = "开展活动。" * 100 + "\n2012年5月3日"
    scanner = DateScanner()
    for i in range(0, len(tail_only), 50):
        scanner.feed(tail_only[i:i + 50])
    assert scanner.result().year == 2012


def test_the_builtin_calendar_holds_every_congress_and_plenum_in_order():
    cal = builtin_calendar()
    assert cal.congress(19) == 2017 and cal.plenum(18, 3) == 2013 and cal.npc(12, 5) == 2017
    assert cal.plenum(18, 9) is None and cal.congress(30) is None
    congresses = [cal.party_congresses[n] for n in sorted(cal.party_congresses)]
    assert congresses == sorted(congresses) and len(congresses) == 20
    for n, years in cal.plenums.items():
        assert list(years) == sorted(years) and years[0] == cal.congress(n), n


def test_a_bad_calendar_file_is_named(tmp_path):
    bad = tmp_path / "meetings.yaml"
    bad.write_text("calendar:\n  party_congresses: {1: nineteen-twenty-one}\n  plenums: {}\n  npc_sessions: {}\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_calendar(bad)
    assert str(bad) in str(err.value.problems[0]) and err.value.problems[0].code == "E012"


def test_a_meeting_still_to_come_gives_no_year():
    assert scan_text("从十九大到二十大，是两个一百年奋斗目标的历史交汇期。").year == 2017
    assert scan_text("以优异成绩迎接党的二十大胜利召开") is None


def test_a_list_of_plenums_counts_its_last():
    assert scan_text("全面贯彻党的十九届二中、三中、四中全会精神").year == 2019
    assert scan_text("党的十八届三中、四中、五中、六中全会").evidence == "十八届三中、四中、五中、六中全会"


def test_the_famous_early_plenums_are_known():
    assert scan_text("毛泽东在七届二中全会上提出两个务必").year == 1949
    assert scan_text("六届六中全会").year == 1938
