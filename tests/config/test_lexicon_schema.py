"""The schema of lexicon entries: every problem at once, each with file:line, term and code."""
from __future__ import annotations

import textwrap

import pytest

from slogans.errors import RuleError
from slogans.config.lexicon import Lexicon, Source, Version
from slogans.config.lexicon_schema import parse_entry


def _write(tmp_path, body: str, name: str = "lex.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


def _problems(path) -> list[str]:
    with pytest.raises(RuleError) as info:
        Lexicon.load([path], builtin=False)
    return [str(p) for p in info.value.problems]


def test_every_problem_of_a_file_is_reported_at_once_with_file_line_and_term(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 三个全面
            kind: numbered
            colour: red
            components: [甲, 乙, 丙]
            source:
              body: 某省委
              date: "2014-13"
              page: 3
            level: county
            since: 2016
            until: 2014
          - kind: slogan
            source: x
        """)
    assert _problems(path) == [
        f"{path}:2: [三个全面] E010 unknown key 'colour' (allowed: arithmetic, components, context, context_window, kind, level, match, notes, "
        "opencc_exceptions, since, source, term, uncertain, unquoted, until, variants, versions)",
        f"{path}:2: [三个全面] E013 'level' has the value 'county', expected one of: national, provincial, local, campaign",
        f"{path}:2: [三个全面] E033 'since' (2016) is later than 'until' (2014)",
        f"{path}:7: [三个全面] E010 unknown key 'page' (allowed: body, date, document, url)",
        f"{path}:7: [三个全面] E011 missing required key 'document'",
        f"{path}:7: [三个全面] E031 'source.date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2014-13'",
        f"{path}:13: [<entry at line 13>] E011 missing required key 'term'",
    ]


def test_versions_must_be_sorted_and_not_overlap(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 四个全面
            kind: numbered
            source: s
            versions:
              - {since: 2020, components: [戊, 乙, 丙, 丁]}
              - {since: 2014, components: [甲, 乙, 丙, 丁]}
          - term: 两个维护
            kind: numbered
            source: s
            versions:
              - {since: 2016, until: 2019, components: [甲, 乙]}
              - {since: 2018, components: [甲, 丙]}
        """)
    assert _problems(path) == [
        f"{path}:7: [四个全面] E034 versions must be sorted by 'since': the version since 2014 comes after the one since 2020",
        f"{path}:13: [两个维护] E035 the version since 2018 overlaps the one before it, which runs until 2019",
    ]


def test_current_components_must_be_the_latest_versions(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 四个全面
            kind: numbered
            source: s
            components: [甲, 乙, 丙, 丁]
            versions:
              - {since: 2014, components: [甲, 乙, 丙, 丁]}
              - {since: 2020, components: [戊, 乙, 丙, 丁]}
        """)
    assert _problems(path) == [
        f"{path}:2: [四个全面] E036 'components' differ from those of the latest version (since 2020): "
        "only in 'components': 甲; only in the version: 戊",
    ]


def test_years_dates_and_version_keys(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 两学一做
            kind: campaign
            source: {body: 中办, document: 方案, date: "Feb 2016", url: ""}
            since: "2016"
            until: 20160
            versions:
              - {since: 2016, components: [学党章党规, 学系列讲话, 做合格党员], extra: 1}
              - {components: [甲]}
        """)
    assert _problems(path) == [
        f"{path}:2: [两学一做] E012 'since' must be int, found str",
        f"{path}:2: [两学一做] E032 'until' must be a year such as 2014, found '20160'",
        f"{path}:4: [两学一做] E012 'source.url' must be a non-empty string, found ''",
        f"{path}:4: [两学一做] E031 'source.date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found 'Feb 2016'",
        f"{path}:8: [两学一做] E010 unknown key 'extra' (allowed: components, notes, since, source, until)",
        f"{path}:9: [两学一做] E011 missing required key 'since'",
    ]


def test_opencc_exceptions_must_be_variants(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 五个好
            kind: numbered
            source: s
            variants: [五個好]
            opencc_exceptions: [伍個好]
        """)
    assert _problems(path) == [f"{path}:2: [五个好] E037 'opencc_exceptions' lists '伍個好', which is not one of the entry's variants"]


def test_a_valid_entry_loads_into_source_and_versions(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 四个全面
            kind: numbered
            variants: [四个全面战略布局]
            source: {body: 中共中央, document: 习近平在江苏调研时的讲话, date: "2014-12"}
            level: national
            since: 2014
            versions:
              - since: 2014
                components: [全面建成小康社会, 全面深化改革, 全面依法治国, 全面从严治党]
                source: {body: 中共中央, document: 习近平在江苏调研时的讲话, date: 2014-12-14}
              - since: 2020
                components: [全面建设社会主义现代化国家, 全面深化改革, 全面依法治国, 全面从严治党]
                source: 十九届五中全会, 2020-10
                notes: 第一项改变
        """)
    entry = Lexicon.load([path], builtin=False).get("四个全面战略布局")
    assert entry.source == Source("中共中央", "习近平在江苏调研时的讲话", "2014-12")
    assert str(entry.source) == "中共中央, 习近平在江苏调研时的讲话, 2014-12"
    assert entry.components[0] == "全面建设社会主义现代化国家"  # taken from the latest version when omitted
    assert entry.versions == (
        Version(2014, ("全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党"), 2020,
                Source("中共中央", "习近平在江苏调研时的讲话", "2014-12-14"), "", 9),
        Version(2020, ("全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"), None,
                Source(text="十九届五中全会, 2020-10"), "第一项改变", 12),
    )
    assert (entry.file, entry.line, entry.where) == (str(path), 2, f"{path}:2")


def test_a_free_text_source_is_kept_as_text(tmp_path):
    path = _write(tmp_path, "entries:\n  - term: 三进三同\n    kind: numbered\n    source: 某县委, 2012\n")
    source = Lexicon.load([path], builtin=False).get("三进三同").source
    assert (source.structured, str(source), source.as_dict()) == (False, "某县委, 2012", {"text": "某县委, 2012"})


def test_yaml_is_loaded_safely(tmp_path):
    path = _write(tmp_path, "entries:\n  - term: !!python/object/apply:os.system [echo unsafe]\n    kind: slogan\n    source: s\n")
    problems = _problems(path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: E002 not valid YAML")


def test_uncertain_says_why_a_member_list_is_not_certain() -> None:
    entry, problems = parse_entry(
        {"term": "三个表率", "kind": "numbered", "source": "x", "uncertain": "no issuing document found"}, "f.yaml")
    assert problems == [] and entry is not None and entry.uncertain == "no issuing document found"
    entry, problems = parse_entry({"term": "三个表率", "kind": "numbered", "source": "x", "uncertain": True}, "f.yaml")
    assert entry is None and [p.code for p in problems] == ["E012"]


def test_an_empty_uncertain_gives_no_reason() -> None:
    for value in ("", "  ", None):
        entry, problems = parse_entry({"term": "三个表率", "kind": "numbered", "source": "x", "uncertain": value}, "f.yaml")
        assert entry is None and [p.code for p in problems] == ["E012"], value


def test_unquoted_says_how_a_hit_without_quotes_counts() -> None:
    base = {"term": "甲乙丙丁", "kind": "campaign", "source": "x"}
    assert parse_entry(base, "f.yaml")[0].unquoted == ""
    for value in ("counts", "named"):
        entry, problems = parse_entry({**base, "unquoted": value}, "f.yaml")
        assert problems == [] and entry.unquoted == value
    entry, problems = parse_entry({**base, "unquoted": "always"}, "f.yaml")
    assert entry is None and [p.code for p in problems] == ["E013"]
    assert "counts, named" in str(problems[0])


def test_context_words_and_their_window(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 两新
            kind: numbered
            components: [设备更新, 以旧换新]
            source: s
            context: [设备更新, 以旧换新, 设备更新]
          - term: 两重
            kind: numbered
            components: [甲, 乙]
            source: s
            context: [重大战略]
            context_window: document
          - term: 两创
            kind: numbered
            components: [甲, 乙]
            source: s
            context: [传统文化]
            context_window: 30
        """)
    first, second, third = Lexicon.load([path], builtin=False)
    assert (first.context, first.context_window) == (("设备更新", "以旧换新"), 100)  # the documented default window
    assert (second.context_window, third.context_window) == (None, 30)


def test_a_window_without_words_or_a_bad_window_is_an_error(tmp_path):
    path = _write(tmp_path, """
        entries:
          - term: 两新
            kind: numbered
            components: [甲, 乙]
            source: s
            context_window: 50
          - term: 两重
            kind: numbered
            components: [甲, 乙]
            source: s
            context: [重大战略]
            context_window: 0
          - term: 两创
            kind: numbered
            components: [甲, 乙]
            source: s
            context: []
        """)
    assert _problems(path) == [
        f"{path}:2: [两新] E038 'context_window' is given without 'context' words",
        f"{path}:7: [两重] E012 'context_window' must be a positive number of characters or 'document', found 0",
        f"{path}:13: [两创] E012 'context' must be a non-empty list of words, found []",
    ]
