"""Baselines: matched by path, code and term (not line), written sorted and atomically."""
from __future__ import annotations

import json

import pytest

from slogans.lint.baseline import BaselineError, load_baseline, write_baseline
from slogans.lint.findings import Finding


def _f(path, line, code="SLG001", term="三联三促"):
    return Finding(str(path), line, 1, code, f"unknown “{term}”", term)


def test_written_sorted_relative_and_matched_without_lines(tmp_path):
    corpus = tmp_path / "corpus"
    findings = [_f(corpus / "b.txt", 3), _f(corpus / "a.txt", 9, term="质量惠民"), _f(corpus / "a.txt", 2)]
    path = tmp_path / "baseline.json"
    assert write_baseline(path, findings) == 3
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"version": 1, "findings": [
        {"path": "corpus/a.txt", "code": "SLG001", "term": "三联三促", "count": 1},
        {"path": "corpus/a.txt", "code": "SLG001", "term": "质量惠民", "count": 1},
        {"path": "corpus/b.txt", "code": "SLG001", "term": "三联三促", "count": 1}]}
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary file left
    baseline = load_baseline(path)
    moved = [_f(corpus / "a.txt", 40), _f(corpus / "b.txt", 1)]  # lines changed by edits elsewhere
    new, old = baseline.split(moved + [_f(corpus / "b.txt", 7, "SLG003"), _f(corpus / "c.txt", 1)])
    assert old == moved
    assert [(f.path, f.code) for f in new] == [(str(corpus / "b.txt"), "SLG003"), (str(corpus / "c.txt"), "SLG001")]


def test_count_accepts_that_many(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, [_f(tmp_path / "a.txt", 1, "SLG102", ""), _f(tmp_path / "a.txt", 5, "SLG102", "")])
    assert json.loads(path.read_text(encoding="utf-8"))["findings"][0]["count"] == 2
    three = [_f(tmp_path / "a.txt", n, "SLG102", "") for n in (1, 2, 3)]
    new, old = load_baseline(path).split(three)
    assert len(old) == 2 and new == three[2:]


def test_relative_paths_resolve_from_the_current_directory(tmp_path, monkeypatch):
    path = tmp_path / "baseline.json"
    write_baseline(path, [_f(tmp_path / "corpus" / "a.txt", 1)])
    monkeypatch.chdir(tmp_path)
    new, old = load_baseline(path).split([_f("corpus/a.txt", 4)])
    assert new == [] and len(old) == 1


@pytest.mark.parametrize("text, message", [
    ("{", "not a JSON baseline"),
    ('{"findings": []}', "not a baseline"),
    ('{"version": 1, "findings": [{"path": "a", "code": "SLG001"}]}', "entry 1 needs"),
    ('{"version": 1, "findings": [{"path": "a", "code": "SLG001", "term": "", "count": 0}]}', "'count' must be"),
])
def test_bad_baseline_names_the_file(tmp_path, text, message):
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        load_baseline(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_missing_baseline_is_an_error(tmp_path):
    with pytest.raises(BaselineError):
        load_baseline(tmp_path / "nope.json")
