"""`slogans expand`: every entry and every variant answers; versions, cards and JSON."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from slogans.cli import main
from slogans.config.lexicon import Lexicon
from slogans.config.lexicon_checks import to_traditional

LEXICON = Lexicon.load()
NAMES = [(entry, name) for entry in LEXICON for name in dict.fromkeys((*entry.names, to_traditional(entry.term)))]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_expand_answers_for_every_entry_and_every_variant():
    assert len(NAMES) > len(LEXICON)
    failures = []
    for entry, name in NAMES:
        result = run("expand", name)
        if result.exit_code != 0 or result.output.splitlines() != list(entry.components or ()):
            failures.append(f"{name} ({entry.term}): exit {result.exit_code}, {result.output!r}")
    assert failures == []


def test_expand_json_for_every_entry_keeps_the_contract_fields():
    for entry in LEXICON:
        data = json.loads(run("expand", entry.term, "--format", "json").output)
        assert list(data)[:4] == ["term", "kind", "components", "source"], entry.term
        assert (data["term"], data["kind"], data["components"]) == (entry.term, entry.kind, list(entry.components or ()))
        assert data["source"] == str(entry.source_for(None)) and data["source"].strip()
        assert len(data["versions"]) == len(entry.versions)


def test_expand_as_of_picks_the_version():
    assert run("expand", "四个全面", "--as-of", "2016").output.splitlines()[0] == "全面建成小康社会"
    assert run("expand", "四个全面", "--as-of", "2021").output.splitlines()[0] == "全面建设社会主义现代化国家"
    assert run("expand", "四个全面").output.splitlines()[0] == "全面建设社会主义现代化国家"
    data = json.loads(run("expand", "四个全面", "--as-of", "2016", "--format", "json").output)
    assert data["as_of"] == 2016 and data["version"]["index"] == 1 and data["version"]["since"] == 2014
    assert data["components"] == data["version"]["components"]


def test_expand_all_versions():
    lines = run("expand", "四个全面", "--all-versions").output.splitlines()
    headers = [line for line in lines if line.startswith("# ")]
    assert len(headers) == len(LEXICON.get("四个全面").versions) >= 2
    assert lines[0] == headers[0] and lines[1] == "全面建成小康社会"
    # an entry without versions: just its members
    assert run("expand", "五个好", "--all-versions").output.splitlines()[0] == "领导班子好"


def test_expand_card():
    lines = run("expand", "四个全面", "--format", "card", "--as-of", "2016").output.splitlines()
    assert lines[0] == "term:      四个全面"
    assert any(line.startswith("version:   1 of ") and line.endswith("(as of 2016)") for line in lines)
    assert "  1. 全面建成小康社会" in lines and any(line.startswith("source:    ") for line in lines)
    assert "versions:" not in lines
    assert "versions:" in run("expand", "四个全面", "--format", "card", "--all-versions").output.splitlines()


@pytest.mark.parametrize("year", ["1700", "abc"])
def test_expand_rejects_a_bad_year(year):
    result = run("expand", "四个全面", "--as-of", year)
    assert result.exit_code == 2 and "Invalid value for '--as-of'" in result.output


def test_extract_as_of(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("协调推进“四个全面”战略布局。", encoding="utf-8")
    old = run("extract", str(path), "--format", "jsonl", "--as-of", "2016")
    new = run("extract", str(path), "--format", "jsonl")
    assert old.exit_code == 0 and new.exit_code == 0
    assert json.loads(old.output)["components"][0] == "全面建成小康社会"
    assert json.loads(new.output)["components"][0] == "全面建设社会主义现代化国家"
    assert json.loads(old.output)["components_source"] == "lexicon"


def test_extract_prints_the_override_notice(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("做到“五个好”。", encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("entries:\n  - term: 五个好\n    kind: numbered\n    source: s\n    components: [甲, 乙, 丙, 丁, 戊]\n", encoding="utf-8")
    result = run("extract", str(path), "--lexicon", str(mine))
    assert result.exit_code == 0
    builtin = LEXICON.get("五个好")
    assert f"notice: {mine}:2: 五个好 overrides the built-in entry ({builtin.file}:{builtin.line})" in result.output
    assert f"{path},五个好,numbered,1,甲、乙、丙、丁、戊,lexicon" in result.output
