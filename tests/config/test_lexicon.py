"""The lexicon: schema checks on every entry, and lookup by any spelling."""
from __future__ import annotations

import textwrap

import pytest

from slogans import Document, Extractor
from slogans.errors import RuleError
from slogans.config.lexicon import Lexicon, LexiconEntry, Source

LEXICON = Lexicon.load()


def test_lookup_by_variant_and_traditional():
    assert LEXICON.get("五個好").term == "五个好"
    assert LEXICON.get("五个带头").term == "五带头"
    assert LEXICON.get("四個意識").components == ("政治意识", "大局意识", "核心意识", "看齐意识")
    assert "不存在的口号" not in LEXICON


def test_every_entry_has_a_source_and_level():
    for e in LEXICON:
        assert str(e.source).strip(), e.term
        assert e.level in ("national", "provincial", "local", "campaign")


def test_a_variant_claimed_twice_is_an_error(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: 甲乙\n    kind: campaign\n    source: test\n    variants: [五个好]\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        Lexicon.load([path])
    assert info.value.codes == ["E030"]
    assert f"{path}:2: [甲乙] E030" in str(info.value)


def test_user_entry_overrides_builtin(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: 五个好\n    kind: numbered\n    source: my archive\n    components: [甲, 乙, 丙, 丁, 戊]\n", encoding="utf-8")
    lex = Lexicon.load([path])
    assert lex.get("五个好").components == ("甲", "乙", "丙", "丁", "戊")
    assert lex.overridden == ["五个好"]
    builtin = LEXICON.get("五个好")
    assert lex.notices == [f"notice: {path}:2: 五个好 overrides the built-in entry ({builtin.file}:{builtin.line})"]
    assert LEXICON.notices == []


def test_an_overriding_entry_frees_the_builtin_names(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: 五带头\n    kind: numbered\n    source: s\n"
                    "  - term: 五个带头\n    kind: numbered\n    source: s\n", encoding="utf-8")
    lex = Lexicon.load([path])
    assert lex.get("五个带头").term == "五个带头" and lex.get("五带头").term == "五带头"


def test_entry_schema_errors_name_file_and_entry(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("entries:\n  - term: 甲\n    kind: slogan\n    colour: red\n  - term: 乙\n    kind: weird\n    source: s\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        Lexicon.load([path], builtin=False)
    assert info.value.codes == ["E010", "E011", "E013"]


def _versioned(tmp_path) -> Lexicon:
    path = tmp_path / "versions.yaml"
    path.write_text(textwrap.dedent("""
        entries:
          - term: 四个全面
            kind: numbered
            source: {body: 中共中央, document: 习近平在江苏调研时的讲话, date: "2014-12"}
            since: 2014
            versions:
              - since: 2014
                until: 2020
                components: [全面建成小康社会, 全面深化改革, 全面依法治国, 全面从严治党]
                source: {body: 中共中央, document: 习近平在江苏调研时的讲话, date: "2014-12"}
              - since: 2020
                components: [全面建设社会主义现代化国家, 全面深化改革, 全面依法治国, 全面从严治党]
                source: {body: 中共中央, document: 十九届五中全会公报, date: "2020-10"}
          - term: 八项规定
            kind: numbered
            source: s
          - term: 中央八项规定精神学习教育
            kind: campaign
            source: s
        """), encoding="utf-8")
    return Lexicon.load([path], builtin=False)


def test_version_for_picks_the_version_current_in_a_year(tmp_path):
    lex = _versioned(tmp_path)
    entry = lex.get("四个全面")
    assert lex.version_for("四个全面", 2016).components[0] == "全面建成小康社会"
    assert lex.version_for(entry, 2020).components[0] == "全面建设社会主义现代化国家"
    assert lex.version_for(entry, None).since == 2020  # no year: the latest
    assert lex.version_for(entry, 2001).since == 2014  # before the first: the first
    assert entry.source_for(2016).document == "习近平在江苏调研时的讲话"
    assert entry.source_for(2023).document == "十九届五中全会公报"
    assert entry.components_for(None) == entry.components
    assert lex.version_for("八项规定", 2016) is None and lex.version_for("不存在", 2016) is None
    assert lex.get("八项规定").components_for(2016) is None


def test_builtin_four_comprehensives_changed_its_first_member():
    assert LEXICON.version_for("四个全面", 2015).components[0] == "全面建成小康社会"
    assert LEXICON.version_for("四个全面", 2021).components[0] == "全面建设社会主义现代化国家"


def test_a_name_inside_a_longer_different_term_is_not_reported(tmp_path):
    lex = _versioned(tmp_path)
    text = "开展中央八项规定精神学习教育,落实八项规定。"
    assert [(s, e, entry.term) for s, e, entry in lex.find(text)] == [(2, 14, "中央八项规定精神学习教育"), (17, 21, "八项规定")]
    rows = Extractor(lexicon=lex).count("深入开展中央八项规定精神学习教育。", "d")
    assert [(r.term, r.count) for r in rows] == [("中央八项规定精神学习教育", 1)]


def test_terms_are_found_unquoted():
    rows = Extractor().count("协调推进四个全面战略布局,增强四个意识。", "d")
    assert {r.term for r in rows} >= {"四个全面", "四个意识"}


def test_as_of_picks_the_members_of_the_year(tmp_path):
    ex = Extractor(lexicon=_versioned(tmp_path))
    text = "协调推进四个全面战略布局。"
    assert ex.count(text, "d")[0].components[0] == "全面建设社会主义现代化国家"
    assert ex.count(text, "d", as_of=2016)[0].components[0] == "全面建成小康社会"
    assert ex.analyze(text, "d", as_of=2016).mentions[0].components[0] == "全面建成小康社会"
    assert ex.count(text, "d")[0].components_source == "lexicon"
    past = Extractor(lexicon=_versioned(tmp_path), as_of=2015)
    assert past.count(text, "d")[0].components[0] == "全面建成小康社会"
    assert past.count(text, "d", as_of=2022)[0].components[0] == "全面建设社会主义现代化国家"  # per call overrides


def test_document_dates_pick_versions_unless_as_of_is_given(tmp_path):
    text = "协调推进四个全面战略布局。"
    docs = [Document("a", text, {"date": "2016-05-03"}), Document("b", text, {"date": 2021}), Document("c", text), ("d", text)]
    frame = Extractor(lexicon=_versioned(tmp_path)).frequency_table(docs)
    assert [c[0] for c in frame["components"]] == ["全面建成小康社会", "全面建设社会主义现代化国家",
                                                  "全面建设社会主义现代化国家", "全面建设社会主义现代化国家"]
    fixed = Extractor(lexicon=_versioned(tmp_path), as_of=2015).frequency_table(docs)
    assert {c[0] for c in fixed["components"]} == {"全面建成小康社会"}
    assert list(frame.columns)[:6] == ["document", "term", "kind", "count", "components", "components_source"]


def test_search_by_name_member_or_notes_in_either_script():
    assert LEXICON.search("四个全面")[0].term == "四个全面"
    assert LEXICON.search("看齊意識")[0].term == "四个意识"
    assert "四个意识" in [e.term for e in LEXICON.search("核心意识")]
    assert LEXICON.search("") == [] and LEXICON.search("不存在的口号") == []


def test_select_by_level_and_kind():
    campaign = LEXICON.select(level="campaign")
    assert campaign and all(e.level == "campaign" for e in campaign)
    numbered = LEXICON.select(kind="numbered", level="national")
    assert numbered and all(e.kind == "numbered" and e.level == "national" for e in numbered)
    assert len(LEXICON.select()) == len(LEXICON)


def test_an_entry_built_in_code_may_cite_a_string():
    entry = LexiconEntry("三进三同", "numbered", source="某县委, 2012")
    assert entry.source == Source(text="某县委, 2012") and str(entry.source) == "某县委, 2012"

