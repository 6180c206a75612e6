"""`slogans plot timeline|heatmap` through click's CliRunner, on a report that `slogans extract` wrote."""
from __future__ import annotations

import json

import pytest

from cli_runner import separate_stderr_runner
from slogans.cli import main

ROWS = [
    {"id": "r1990", "date": "1990", "text": "坚持“四项基本原则”。坚持四项基本原则。" + "经济" * 200},
    {"id": "r1995", "date": "1995-03-05", "text": "坚持四项基本原则,实行“一国两制”。" + "经济" * 300},
    {"id": "r2001", "date": "2001", "text": "实践“三个代表”重要思想,坚持一国两制。" + "经济" * 100},
]


@pytest.fixture()
def report(tmp_path):
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    out = tmp_path / "report.csv"
    result = separate_stderr_runner().invoke(main, ["extract", str(corpus), "--keep-columns", "date", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF-")])
def test_timeline_writes_the_picture(report, tmp_path, suffix, magic):
    out = tmp_path / f"timeline{suffix}"
    result = separate_stderr_runner().invoke(main, [
        "plot", "timeline", str(report), "--terms", "四项基本原则,一國兩制", "-t", "三个代表", "--per", "10000", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(magic) and out.stat().st_size > 5000


def test_heatmap_writes_the_picture(report, tmp_path):
    out = tmp_path / "heatmap.png"
    result = separate_stderr_runner().invoke(main, ["plot", "heatmap", str(report), "--top", "3", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 5000


def test_a_term_nobody_uses_is_a_warning(report, tmp_path):
    result = separate_stderr_runner().invoke(main, ["plot", "timeline", str(report), "-t", "八项规定", "-o", str(tmp_path / "t.svg")])
    assert result.exit_code == 0 and "no document uses 八项规定" in result.stderr


def test_errors_name_the_file_and_leave_no_picture(report, tmp_path):
    runner = separate_stderr_runner()
    undated = tmp_path / "undated.csv"
    assert runner.invoke(main, ["extract", str(tmp_path / "reports.jsonl"), "-o", str(undated)]).exit_code == 0
    out = tmp_path / "t.png"
    no_date = runner.invoke(main, ["plot", "timeline", str(undated), "-t", "一国两制", "-o", str(out)])
    assert no_date.exit_code == 2
    assert no_date.stderr.strip() == f"error: {undated}: the report has no 'date' or 'as_of' column with values: keep one with slogans extract --keep-columns date"
    missing = runner.invoke(main, ["plot", "heatmap", str(tmp_path / "none.csv"), "-o", str(out)])
    assert missing.exit_code == 2 and missing.stderr.strip() == f"error: {tmp_path / 'none.csv'}: no such file"
    bad_ext = runner.invoke(main, ["plot", "heatmap", str(report), "-o", str(tmp_path / "t.gif")])
    assert bad_ext.exit_code == 2 and "must end in .png, .svg or .pdf" in bad_ext.stderr
    no_font = runner.invoke(main, ["plot", "heatmap", str(report), "--font", str(tmp_path / "none.ttf"), "-o", str(out)])
    assert no_font.exit_code == 2 and no_font.stderr.strip() == f"error: {tmp_path / 'none.ttf'}: no such font file"
    assert not out.exists()


def test_without_matplotlib_the_extra_is_named(report, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if it were not installed
    result = separate_stderr_runner().invoke(main, ["plot", "heatmap", str(report), "-o", str(tmp_path / "h.png")])
    assert result.exit_code == 2
    assert result.stderr.strip() == 'error: plots need the extra: pip install "slogans[plot]" (matplotlib)'
