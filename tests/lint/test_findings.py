"""Findings: positions, order, code selection and the three output formats."""
from __future__ import annotations

import json

from slogans.lint.findings import (
    FINDING_CODES, Finding, LineIndex, check_code_selectors, filter_findings, format_github, format_text, render, sort_findings,
)


def test_line_index_counts_lines_and_characters_from_one():
    text = "第一行\n要做到“五个好”\n\n末"
    index = LineIndex(text)
    assert index.position(0) == (1, 1)
    assert index.position(text.index("五")) == (2, 5)  # one column per character, Chinese or not
    assert index.position(text.index("末")) == (4, 1)


def test_sort_is_path_line_col_code_and_drops_duplicates():
    a = Finding("b.txt", 1, 1, "SLG001", "x", "t")
    b = Finding("a.txt", 9, 2, "SLG002", "y", "t")
    c = Finding("a.txt", 9, 2, "SLG001", "z", "t")
    d = Finding("a.txt", 10, 1, "SLG001", "w", "u")
    assert sort_findings([a, b, c, d, a]) == [c, b, d, a]


def test_select_and_ignore_take_codes_and_prefixes():
    fs = [Finding("a", 1, 1, code, "m") for code in ("SLG001", "SLG003", "SLG101", "SLG102")]
    assert [f.code for f in filter_findings(fs, select=["SLG0"])] == ["SLG001", "SLG003"]
    assert [f.code for f in filter_findings(fs, ignore=["slg102", "SLG001"])] == ["SLG003", "SLG101"]
    assert [f.code for f in filter_findings(fs, select=["SLG1"], ignore=["SLG101"])] == ["SLG102"]
    assert check_code_selectors(["SLG", "SLG00", "E001", "SLG9"]) == ["E001", "SLG9"]


def test_every_code_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for code in FINDING_CODES:
        assert f"| `{code}` |" in readme, code


def test_text_json_and_github_formats():
    f = Finding("dir/a,b.txt", 3, 7, "SLG001", "unknown “三联三促”: 50% sure\nnext", "三联三促")
    assert format_text(f) == "dir/a,b.txt:3:7: SLG001 unknown “三联三促”: 50% sure\nnext"
    assert format_github(f) == "::error file=dir/a%2Cb.txt,line=3,col=7,title=SLG001::unknown “三联三促”: 50%25 sure%0Anext"
    records = json.loads(render([f], "json"))
    assert records == [{"path": "dir/a,b.txt", "line": 3, "col": 7, "code": "SLG001", "term": "三联三促",
                        "message": "unknown “三联三促”: 50% sure\nnext"}]
    assert list(records[0]) == ["path", "line", "col", "code", "term", "message"]
    assert render([], "text") == "" and render([], "json") == "[]\n"
