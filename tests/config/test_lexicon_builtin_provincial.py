"""The provincial and municipal part of the built-in lexicon (``rules/lexicon/provincial_*.yaml``): it is
loaded with the rest, its formulae are found and expanded in running text, a formula whose wording changed
is expanded with the members of the document's year, and a name without a numeral counts only where a
text quotes it."""
from __future__ import annotations

from pathlib import Path

import pytest

from builtin_lexicon import LEXICON, rows_of
from slogans.config.resources import builtin_lexicon_dir

PROVINCIAL_FILES = sorted(builtin_lexicon_dir().glob("provincial_*.yaml"))


def test_provincial_files_hold_at_least_150_entries_of_provincial_or_local_level():
    entries = [e for e in LEXICON if Path(e.file).name.startswith("provincial_")]
    assert len(PROVINCIAL_FILES) >= 7
    assert len(entries) >= 150
    assert {e.level for e in entries} <= {"provincial", "local"}


@pytest.mark.parametrize("term, first, count", [
    ("一核一带一区", "珠三角核心区", 3),
    ("三高四新", "国家重要先进制造业高地", 7),
    ("四张牌", "产业结构优化升级", 4),
    ("五头五尾", "油头化尾", 5),
    ("六新六特六优", "新型材料", 18),
    ("314总体部署", "西部地区的重要增长极", 8),
])
def test_provincial_formula_expands_to_its_members(term, first, count):
    entry = LEXICON.get(term)
    assert entry is not None and entry.level in ("provincial", "local")
    assert entry.components[0] == first and len(entry.components) == count


def test_provincial_formulae_are_found_and_expanded_in_text():
    rows = rows_of("广东加快构建“一核一带一区”区域发展格局，四川坚持“一干多支、五区协同”，浙江推进五水共治。")
    assert rows["一核一带一区"] == (1, ("珠三角核心区", "沿海经济带", "北部生态发展区"))
    assert rows["一干多支、五区协同"][1][0] == "成都"
    assert rows["五水共治"][0] == 1


def test_changed_wording_follows_the_document_year():
    text = "江苏全面推进“两个率先”。"
    assert rows_of(text, as_of=2005)["两个率先"][1] == ("率先全面建设小康社会", "率先基本实现现代化")
    assert rows_of(text, as_of=2015)["两个率先"][1] == ("率先全面建成小康社会", "率先基本实现现代化")


def test_a_slogan_without_numeral_counts_only_where_quoted():
    assert "治国必治边、治边先稳藏" not in rows_of("坚持治国必治边、治边先稳藏的战略思想。")
    rows = rows_of("牢记“治国必治边，治边先稳藏”的战略思想。")
    assert rows["治国必治边、治边先稳藏"][1] == ("治国必治边", "治边先稳藏")


@pytest.mark.parametrize("term, year, members", [
    ("上海城市精神", 2005, ("海纳百川", "追求卓越")),
    ("上海城市精神", 2010, ("海纳百川", "追求卓越", "开明睿智", "大气谦和")),
    ("浙江精神", 2003, ("自强不息", "坚韧不拔", "勇于创新", "讲求实效")),
    ("浙江精神", 2010, ("求真务实", "诚信和谐", "开放图强")),
    ("浙江精神", 2020, ("干在实处", "走在前列", "勇立潮头")),
])
def test_a_spirit_has_the_members_of_its_year(term, year, members):
    assert LEXICON.get(term).components_for(year) == members
