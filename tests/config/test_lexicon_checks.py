"""The checks over a lexicon (arithmetic, unique names, OpenCC, simplified terms, sources): each one
caught on a failing fixture, and passed by a fixed one."""
from __future__ import annotations

import textwrap

import pytest

from slogans.config.lexicon import Lexicon, LexiconEntry, Source
from slogans.config.lexicon_checks import CHECKS, lexicon_problems, to_traditional


def _lexicon(tmp_path, body: str) -> tuple[Lexicon, str]:
    path = tmp_path / "lex.yaml"
    path.write_text("entries:\n" + textwrap.indent(textwrap.dedent(body).lstrip("\n"), "  "), encoding="utf-8")
    return Lexicon.load([path], builtin=False), str(path)


def _messages(lexicon: Lexicon, **kwargs) -> list[str]:
    return [str(p) for p in lexicon_problems(lexicon, **kwargs)]


def test_member_count_must_agree_with_the_numerals(tmp_path):
    # 两个一百年 promises 2: the 一百 after 两个 is a word of each member, no count
    lex, path = _lexicon(tmp_path, """
        - term: 三讲
          kind: numbered
          source: s
          components: [讲学习, 讲政治]
        - term: 两个一百年
          kind: numbered
          source: s
          components: [建党一百年, 建国一百年]
        - term: 四个全面
          kind: numbered
          source: s
          versions:
            - {since: 2014, components: [全面建成小康社会, 全面深化改革, 全面依法治国]}
            - {since: 2020, components: [全面建设社会主义现代化国家, 全面深化改革, 全面依法治国, 全面从严治党]}
        - term: 十二字总要求
          kind: numbered
          source: s
          components: [守初心, 担使命, 找差距, 抓落实]
        """)
    assert _messages(lex) == [
        f"{path}:2: [三讲] E040 2 members, but the numerals of '三讲' promise 3; say why in 'arithmetic:'",
        f"{path}:10: [四个全面] E040 3 members, but the numerals of '四个全面' promise 4; say why in 'arithmetic:'",
    ]


def test_an_arithmetic_note_explains_the_difference(tmp_path):
    lex, _ = _lexicon(tmp_path, """
        - term: 两个一百年
          kind: numbered
          source: s
          components: [建党一百年, 建国一百年]
          arithmetic: "一百 counts years (the centenaries), not members: two goals"
        """)
    assert lexicon_problems(lex) == []


def test_a_name_claimed_by_two_entries(tmp_path):
    # Lexicon.load refuses this (E030); a lexicon built in code is checked the same way
    lex = Lexicon([LexiconEntry("五个好", "numbered"), LexiconEntry("五好", "numbered", variants=("五个 好",))])
    assert [(p.code, p.item, p.message) for p in lexicon_problems(lex)] == [
        ("E030", "五好", "'五个 好' is claimed by two entries: '五个好' and '五好'")]


def test_traditional_variants_must_be_what_opencc_gives(tmp_path):
    assert to_traditional("五个带头") == "五個帶頭"
    lex, path = _lexicon(tmp_path, """
        - term: 五带头
          kind: numbered
          source: s
          variants: [五个带头, 五帶頭, 五個帶頭, 五個帶頭兒]
          components: [带头学习提高, 带头争创佳绩, 带头服务群众, 带头遵纪守法, 带头弘扬正气]
        """)
    assert _messages(lex) == [
        f"{path}:2: [五带头] E041 the traditional variant '五個帶頭兒' is not what OpenCC s2t gives for a name of the entry "
        "(五帶頭、五個帶頭); list it in 'opencc_exceptions' and explain it in 'notes'",
    ]


def test_an_opencc_exception_must_be_explained_and_needed(tmp_path):
    lex, path = _lexicon(tmp_path, """
        - term: 台湾同胞
          kind: campaign
          source: s
          variants: [台灣同胞, 臺灣同胞]
          opencc_exceptions: [台灣同胞, 臺灣同胞]
        - term: 里程碑
          kind: campaign
          source: s
          variants: [裡程碑]
          opencc_exceptions: [裡程碑]
          notes: "裡程碑 is the Taiwan spelling; OpenCC s2t gives 里程碑 unchanged"
        """)
    assert to_traditional("台湾同胞") == "臺灣同胞"
    assert _messages(lex) == [
        f"{path}:2: [台湾同胞] E043 'opencc_exceptions' lists '臺灣同胞', but OpenCC s2t gives exactly that: remove it from the list",
        f"{path}:2: [台湾同胞] E042 'opencc_exceptions' lists '台灣同胞', but 'notes' do not mention it: say why it differs from OpenCC",
        f"{path}:2: [台湾同胞] E042 'opencc_exceptions' lists '臺灣同胞', but 'notes' do not mention it: say why it differs from OpenCC",
    ]


def test_the_term_must_be_simplified(tmp_path):
    lex, path = _lexicon(tmp_path, """
        - term: 五個好
          kind: numbered
          source: s
          components: [领导班子好, 党员队伍好, 工作机制好, 工作业绩好, 群众反映好]
        """)
    assert _messages(lex) == [f"{path}:2: [五個好] E044 'term' must be in simplified characters: OpenCC t2s gives '五个好'"]


def test_strict_requires_mapping_sources_also_in_versions(tmp_path):
    lex, path = _lexicon(tmp_path, """
        - term: 创先争优
          kind: campaign
          source: 中办, 2010
        - term: 走转改
          kind: campaign
          source: {body: 中宣部, document: 通知, date: "2011-08"}
          versions:
            - {since: 2011, components: [走基层, 转作风, 改文风], source: "新闻界, 2011"}
        - term: 两学一做
          kind: campaign
          source: {body: 中办, document: 《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》, date: "2016-02"}
        """)
    assert lexicon_problems(lex) == []
    assert _messages(lex, strict=True, only=("structured_source",)) == [
        f"{path}:2: [创先争优] E045 'source' is a plain string; give a mapping with body, document and date",
        f"{path}:5: [走转改] E045 'source' is a plain string; give a mapping with body, document and date",
    ]


def test_only_runs_the_named_checks():
    lex = Lexicon([LexiconEntry("三讲", "numbered", components=("讲学习",), source=Source(text="s"))])
    assert [p.code for p in lexicon_problems(lex, only=["arithmetic"])] == ["E040"]
    assert lexicon_problems(lex, only=["opencc", "unique_names"]) == []
    with pytest.raises(ValueError, match="unknown checks: spelling"):
        lexicon_problems(lex, only=["spelling"])
    assert "arithmetic" in CHECKS


def test_the_entry_years_must_cover_its_versions(tmp_path):
    lex, path = _lexicon(tmp_path, """
        - term: 两个大局
          kind: numbered
          source: s
          since: 2019
          versions:
            - {since: 2007, components: [国内大局, 国际大局]}
            - {since: 2019, components: [战略全局, 大变局]}
        - term: 两个其他
          kind: numbered
          source: s
          since: 2000
          until: 2010
          versions:
            - {since: 2000, until: 2012, components: [甲, 乙]}
        - term: 两个好的
          kind: numbered
          source: s
          since: 2000
          versions:
            - {since: 2001, components: [甲, 乙]}
        """)
    assert _messages(lex) == [
        f"{path}:2: [两个大局] E046 the entry's years (2019–) do not cover those of its versions (2007–)",
        f"{path}:9: [两个其他] E046 the entry's years (2000–2010) do not cover those of its versions (2000–2012)",
    ]


def test_strict_wants_a_reason_for_a_formula_without_members(tmp_path):
    lex, path = _lexicon(tmp_path, """
        - term: 三联三促
          kind: numbered
          source: s
        - term: 四联四促
          kind: numbered
          source: s
          uncertain: "the county's documents give two different lists"
        - term: 撸起袖子加油干
          kind: slogan
          source: s
        """)
    assert lexicon_problems(lex) == []
    assert _messages(lex, strict=True, only=("uncertain",)) == [
        f"{path}:2: [三联三促] E047 a numbered entry without members must say why in 'uncertain:'"]


def test_a_context_word_must_be_simplified_and_not_hold_the_entrys_name(tmp_path):
    lex, path = _lexicon(tmp_path, """
        - term: 两新
          kind: numbered
          source: s
          components: [设备更新, 以旧换新]
          context: [設備更新, 两新工作, 以旧换新]
        """)
    assert _messages(lex) == [
        f"{path}:2: [两新] E048 the context word '設備更新' shows nothing: not in simplified characters (设备更新)",
        f"{path}:2: [两新] E048 the context word '两新工作' shows nothing: it holds a name of the entry, so every mention has it",
    ]
    assert "context" in CHECKS and _messages(lex, only=("arithmetic",)) == []
