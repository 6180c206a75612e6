"""The national names of the built-in lexicon (``rules/lexicon/national_spirits.yaml``,
``national_programmes.yaml``, ``national_formulae.yaml``): well-known spirits, campaigns, programmes, goals,
numbered formulae and slogans of 1949-2025. A name without a numeral is a term only where a text quotes it, so
an ordinary use of its words (a shopping basket, a city's high-quality growth) counts nothing, while a text that
quotes the name once has every use counted; a longer name that holds a shorter one is counted once."""
from __future__ import annotations

import pytest

from builtin_lexicon import entries, rows_of
from slogans.config.resources import builtin_lexicon_dir

FILES = ("national_spirits.yaml", "national_programmes.yaml", "national_formulae.yaml")


def test_the_national_name_files_are_loaded_with_the_rest():
    assert all((builtin_lexicon_dir() / f).is_file() for f in FILES)
    assert sum(len(entries(f)) for f in FILES) >= 150
    assert all(e.source.body and e.source.date for f in FILES for e in entries(f))


@pytest.mark.parametrize("file", FILES)
def test_names_without_a_numeral_and_slogans_count_only_where_quoted(file):
    loose = [e.term for e in entries(file) if e.kind in ("campaign", "slogan") and e.match != "quoted"]
    assert loose == []


def test_an_ordinary_use_of_a_quoted_only_name_counts_nothing():
    rows = rows_of("早市上，老人提着菜篮子挑选蔬菜，城市实现高质量发展，大湾区的夜景很美。")
    assert not {"菜篮子", "高质量发展", "粤港澳大湾区"} & rows.keys()


def test_a_quoted_name_counts_every_use_quoted_or_not():
    rows = rows_of("全县落实“菜篮子”市长负责制，新建两个蔬菜基地，保障市民菜篮子供应。")
    assert rows["菜篮子"][0] == 2


def test_a_name_inside_a_longer_phrase_is_counted_once_for_each_use():
    rows = rows_of("区里落实“菜篮子”市长负责制，推进“粤港澳大湾区”建设，粤港澳大湾区建设取得进展，在世界“百年未有之大变局”中谋划发展。")
    assert rows["菜篮子"][0] == 1
    assert rows["粤港澳大湾区"][0] == 2
    assert rows["百年未有之大变局"][0] == 1


def test_a_quoted_longer_form_is_not_reported_under_the_shorter_name():
    # “粤港澳大湾区建设” quoted whole is the text's own name: it is not reported as 粤港澳大湾区
    assert "粤港澳大湾区" not in rows_of("以“粤港澳大湾区建设”为契机。")


def test_a_name_and_its_full_form_are_each_reported_as_the_text_names_them():
    assert rows_of("启动“菜篮子工程”，菜篮子工程覆盖全市。") == {"菜篮子工程": (2, None)}
    # quoted both ways: two rows, the short name counted inside the programme named after it too (the guideline)
    rows = rows_of("启动“菜篮子工程”，菜篮子工程覆盖全市；同时落实“菜篮子”市长负责制。")
    assert rows["菜篮子工程"][0] == 2 and rows["菜篮子"][0] == 3


def test_the_numbered_name_counts_unquoted_the_name_without_numeral_does_not():
    rows = rows_of("学习贯彻五大发展理念，树立新发展理念。")
    assert rows["五大发展理念"] == (1, ("创新", "协调", "绿色", "开放", "共享"))
    assert "新发展理念" not in rows


@pytest.mark.parametrize("text, term", [
    ("对发生重大安全事故的单位实行一票否决。", "一票否决"),
    ("在全镇开展“扫黄打非”集中行动。", "扫黄打非"),
    ("组织党员赴延安重温“延安精神”。", "延安精神"),
    ("坚持“绿水青山就是金山银山”的发展理念。", "绿水青山就是金山银山"),
])
def test_well_known_names_are_found(text, term):
    assert term in rows_of(text)


def test_a_quoted_slogan_expands_to_its_clauses():
    rows = rows_of("我们始终牢记“江山就是人民，人民就是江山”。")
    assert rows["江山就是人民、人民就是江山"] == (1, ("江山就是人民", "人民就是江山"))


def test_names_are_found_in_traditional_script():
    rows = rows_of("持續開展「掃黃打非」鬥爭，落實「菜籃子」市長負責制，學習五大發展理念。")
    assert {k: v[0] for k, v in rows.items()} == {"扫黄打非": 1, "菜篮子": 1, "五大发展理念": 1}


def test_a_firms_own_five_ideas_are_not_the_national_formula():
    assert "五大发展理念" not in rows_of("公司确立了服务、诚信、创新、协作、共赢五大理念。")
