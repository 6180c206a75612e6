"""Export of the lexicon (YAML, JSONL, CSV, quanteda) and import of a CSV, validated like the YAML."""
from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from slogans.errors import RuleError
from slogans.config.lexicon import Lexicon
from slogans.config.lexicon_io import CSV_COLUMNS, entry_data, export_lexicon, join_list, read_csv, split_list

LEXICON = Lexicon.load()


def _write_csv(path, rows, columns=("term", "kind", "members", "source")):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_csv_export_then_import_gives_the_same_entries(tmp_path):
    path = tmp_path / "lexicon.csv"
    path.write_text(export_lexicon(LEXICON, "csv"), encoding="utf-8")
    imported = read_csv(path)
    assert [entry_data(e) for e in imported] == [entry_data(e) for e in LEXICON]
    assert any(e.versions for e in imported) and any(e.arithmetic for e in imported)


def test_yaml_and_jsonl_exports_load_back(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text(export_lexicon(LEXICON, "yaml"), encoding="utf-8")
    assert [entry_data(e) for e in Lexicon.load([path], builtin=False)] == [entry_data(e) for e in LEXICON]
    records = [json.loads(line) for line in export_lexicon(LEXICON, "jsonl").splitlines()]
    assert records == [entry_data(e) for e in LEXICON]


def test_quanteda_dictionary_maps_each_term_to_its_names_and_traditional_forms():
    data = yaml.safe_load(export_lexicon(LEXICON, "quanteda"))
    assert isinstance(data, dict) and len(data) == len(LEXICON)
    assert all(isinstance(k, str) and isinstance(v, list) and v and all(isinstance(p, str) for p in v) for k, v in data.items())
    assert data["四个全面"][:2] == ["四个全面", "四个全面战略布局"] and "四個全面" in data["四个全面"]


def test_a_list_cell_is_lossless():
    for values in (["讲学习", "讲政治"], ["务必不忘初心、牢记使命", "a|b"], ["[x]", "y"], []):
        assert split_list(join_list(values)) == values


def test_an_imported_csv_is_checked_like_the_yaml_with_the_rows_lines(tmp_path):
    path = _write_csv(tmp_path / "bad.csv", [
        {"term": "三讲", "kind": "numbered", "members": "讲学习|讲政治|讲正气", "source": "中共中央, 1995"},
        {"term": "两创", "kind": "formula", "members": "创造性转化|创新性发展", "source": "习近平, 2013"},
        {"term": "三讲", "kind": "numbered", "members": "讲学习|讲政治", "source": "x"},
        {"term": "五个好", "kind": "numbered", "members": "a|b", "source": ""},
    ])
    with pytest.raises(RuleError) as err:
        read_csv(path)
    found = sorted((p.line, p.code) for p in err.value.problems)
    assert (3, "E013") in found      # kind not one of numbered, campaign, slogan
    assert (4, "E030") in found      # 三讲 twice
    assert (5, "E011") in found      # no source
    assert all(p.file == str(path) for p in err.value.problems)


def test_the_numeral_arithmetic_and_the_builtin_names_are_checked_too(tmp_path):
    path = _write_csv(tmp_path / "x.csv", [
        {"term": "三联三促", "kind": "numbered", "members": "联系群众|促进发展", "source": "县委, 2012"},
        {"term": "新四个意识", "kind": "numbered", "members": "a|b|c|d", "source": "x"},
    ])
    with pytest.raises(RuleError) as err:
        read_csv(path)
    assert [(p.line, p.code) for p in err.value.problems] == [(2, "E040")]
    clash = _write_csv(tmp_path / "clash.csv", [
        {"term": "我的意识", "kind": "numbered", "members": "a|b", "source": "x", "variants": "四个意识"},
    ], columns=("term", "kind", "members", "source", "variants"))
    with pytest.raises(RuleError) as err:
        read_csv(clash)
    assert [(p.line, p.code) for p in err.value.problems] == [(2, "E030")]


def test_structured_sources_versions_and_a_quoted_multiline_cell(tmp_path):
    versions = [{"since": 2014, "until": 2020, "components": ["甲", "乙"]}, {"since": 2020, "components": ["丙", "丁"]}]
    rows = [{
        "term": "两个测试", "kind": "numbered", "members": "丙|丁", "source": "", "since": "2014",
        "source_body": "某部", "source_document": "某通知", "source_date": "2014-12", "versions": json.dumps(versions, ensure_ascii=False),
        "notes": "line one\nline two",
    }, {"term": "两个其他", "kind": "numbered", "members": "戊|己", "source": "某书, 2001"}]
    path = _write_csv(tmp_path / "v.csv", rows, columns=CSV_COLUMNS)
    first, second = read_csv(path)
    assert first.source.structured and first.source.date == "2014-12" and first.version_for(2016).components == ("甲", "乙")
    assert first.notes == "line one\nline two"
    assert (second.line, str(second.source)) == (4, "某书, 2001")  # the row after a two-line row


def test_missing_or_unknown_columns_are_named(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("term,kind,components\n三讲,numbered,a\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        read_csv(path)
    assert {(p.code, p.line) for p in err.value.problems} == {("E011", 1), ("E010", 1)}
    assert "members" in str(err.value.problems[0]) or "members" in str(err.value.problems[1])


def test_an_unknown_export_format():
    with pytest.raises(ValueError):
        export_lexicon(LEXICON, "xml")


def test_export_csv_has_the_documented_columns():
    header = next(csv.reader(io.StringIO(export_lexicon(list(LEXICON)[:1], "csv"))))
    assert header == CSV_COLUMNS


def test_context_and_its_window_survive_export_and_import(tmp_path):
    with_context = [e for e in LEXICON if e.context]
    assert any(e.context_window is None for e in with_context) and any(e.context_window is not None for e in with_context)
    csv_path = tmp_path / "lexicon.csv"
    csv_path.write_text(export_lexicon(with_context, "csv"), encoding="utf-8")
    yaml_path = tmp_path / "lexicon.yaml"
    yaml_path.write_text(export_lexicon(with_context, "yaml"), encoding="utf-8")
    for loaded in (read_csv(csv_path), Lexicon.load([yaml_path], builtin=False)):
        assert [(e.term, e.context, e.context_window) for e in loaded] == [(e.term, e.context, e.context_window) for e in with_context]
    whole = next(e for e in with_context if e.context_window is None)
    assert entry_data(whole)["context_window"] == "document"
