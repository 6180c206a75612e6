"""The second pass of the built-in lexicon (``rules/lexicon/party_campaigns.yaml``, ``national_reform_era.yaml``,
``ministry_formulae.yaml``, ``provincial_models.yaml``): Party education campaigns, formulae and maxims of
1978-2012, ministries' standing formulae and the provincial models other texts name. Every entry is sourced; a
name without a numeral, a slogan and a generic numbered string count only where quoted, a coined numbered name
wherever it stands; the sentences here are invented."""
from __future__ import annotations

import pytest

from builtin_lexicon import entries, rows_of
from slogans.config.resources import builtin_lexicon_dir

FILES = ("party_campaigns.yaml", "national_reform_era.yaml", "ministry_formulae.yaml", "provincial_models.yaml")


def test_the_theme_files_are_loaded_with_every_entry_sourced():
    assert all((builtin_lexicon_dir() / f).is_file() for f in FILES)
    assert sum(len(entries(f)) for f in FILES) >= 100
    assert all(e.source.body and e.source.document and e.source.date for f in FILES for e in entries(f))


@pytest.mark.parametrize("file", FILES)
def test_names_without_a_numeral_and_slogans_count_only_where_quoted(file):
    loose = [e.term for e in entries(file) if e.kind in ("campaign", "slogan") and e.match != "quoted"]
    assert loose == []


def test_ordinary_uses_of_quoted_only_names_count_nothing():
    rows = rows_of("这家公司决定走可持续发展之路，村里的两病老人有人照顾，他的三资都投进了新厂。")
    assert not {"可持续发展", "两病", "三资"} & rows.keys()


@pytest.mark.parametrize("text, term, members", [
    ("全镇坚决遏制耕地“非农化”，新建高标准农田。", "非农化", None),
    ("落实新冠病毒感染“乙类乙管”措施。", "乙类乙管", None),
    ("巩固“三讲”教育成果。", "三讲", ("讲学习", "讲政治", "讲正气")),
    ("全面落实行政执法“三项制度”。", "三项制度", ("行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度")),
    ("推进健康扶贫“三个一批”行动。", "三个一批", ("大病集中救治一批", "慢病签约服务管理一批", "重病兜底保障一批")),
    ("学习推广“三明医改”经验。", "三明医改", None),
    ("坚持“两为主”，保障随迁子女入学。", "两为主", ("以流入地政府管理为主", "以公办中小学为主")),
    ("电视信号从“村村通”升级到“户户通”。", "户户通", None),
    ("坚持“腾笼换鸟”，淘汰落后产能。", "腾笼换鸟", None),
])
def test_quoted_names_are_found_with_their_members(text, term, members):
    assert rows_of(text)[term] == (1, members)


def test_a_coined_numbered_name_counts_unquoted():
    rows = rows_of("社区民警完成一标三实信息采集，区里健全一案三制，水务局开展清四乱专项行动。")
    assert rows["一标三实"] == (1, ("标准地址", "实有人口", "实有房屋", "实有单位"))
    assert rows["一案三制"][1] == ("应急预案", "应急管理体制", "应急管理机制", "应急管理法制")
    assert rows["清四乱"] == (1, ("乱占", "乱采", "乱堆", "乱建"))
    assert rows_of("学校推进三通两平台建设。")["三通两平台"][0] == 1
    assert len(rows_of("全市推进两减六治三提升专项行动。")["两减六治三提升"][1]) == 11


def test_a_name_inside_a_quoted_slogan_counts_as_a_use_of_the_name():
    rows = rows_of("坚持“和平统一、一国两制”的方针。")
    assert rows["和平统一、一国两制"] == (1, ("和平统一", "一国两制"))
    assert rows["一国两制"][0] == 1


def test_a_longer_name_holding_a_shorter_one_is_counted_once():
    rows = rows_of("规范管理“三资企业”，清理村集体“三资”。")
    assert rows["三资企业"][0] == 1 and rows["三资"][0] == 1


def test_a_quoted_full_programme_name_is_not_renamed():
    assert "973计划" not in rows_of("实施“国家重点基础研究发展计划”。")


def test_the_theme_names_are_found_in_traditional_script():
    rows = rows_of("堅決遏制耕地「非農化」，推廣「溫州模式」，落實「三項制度」。")
    assert {k: v[0] for k, v in rows.items()} == {"非农化": 1, "温州模式": 1, "三项制度": 1}
