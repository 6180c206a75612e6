"""`slogans kwic` through click's CliRunner."""
from __future__ import annotations

import json

import pandas as pd

from cli_runner import separate_stderr_runner
from slogans.cli import main
from slogans.cli.kwic import split_terms_and_paths
from slogans.concordance import KWIC_COLUMNS, display_width

A = "各支部要做到“五个好”。\n党员要做到五個好,争当“五带头”。"
B = "开展“两学一做”学习教育,做到“五个好”。"


def _corpus(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    return tmp_path


def test_terminal_lines_are_aligned(tmp_path):
    folder = _corpus(tmp_path)
    result = separate_stderr_runner().invoke(main, ["kwic", "五个好", "两学一做", str(folder), "--width", "5"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["a.txt:1", "a.txt:2", "b.txt:1", "b.txt:1"]
    assert "| 两学一做 |" in lines[2]
    bars = {display_width(line[:line.index("|")]) for line in lines}
    assert len(bars) == 1  # every line's first bar in the same terminal column


def test_csv_and_jsonl_outputs(tmp_path):
    folder = _corpus(tmp_path)
    out_csv, out_jsonl = tmp_path / "k.csv", tmp_path / "k.jsonl"
    runner = separate_stderr_runner()
    assert runner.invoke(main, ["kwic", "五個好", str(folder), "-o", str(out_csv)]).exit_code == 0
    frame = pd.read_csv(out_csv)
    assert list(frame.columns) == KWIC_COLUMNS and frame["hit"].tolist() == ["五个好", "五個好", "五个好"]
    assert runner.invoke(main, ["kwic", "--regex", "带头$", str(folder), "-o", str(out_jsonl)]).exit_code == 0
    records = [json.loads(line) for line in out_jsonl.read_text(encoding="utf-8").splitlines()]
    assert [(r["document"], r["line"], r["hit"]) for r in records] == [("a.txt", 2, "五带头")]


def test_a_missing_file_is_named_and_the_others_still_run(tmp_path):
    folder = _corpus(tmp_path)
    result = separate_stderr_runner().invoke(main, ["kwic", "两学一做", str(folder / "b.txt"), str(folder / "nothere.txt")])
    assert result.exit_code == 2
    assert "nothere.txt" in result.stderr and "error:" in result.stderr
    assert "两学一做" in result.stdout


def test_usage_errors(tmp_path):
    folder = _corpus(tmp_path)
    runner = separate_stderr_runner()
    no_term = runner.invoke(main, ["kwic", str(folder)])
    assert no_term.exit_code == 2 and "at least one TERM" in no_term.stderr
    no_path = runner.invoke(main, ["kwic", "五个好"])
    assert no_path.exit_code == 2 and "at least one file or folder" in no_path.stderr
    bad_regex = runner.invoke(main, ["kwic", "--regex", "五(", str(folder)])
    assert bad_regex.exit_code == 2 and "bad regular expression" in bad_regex.stderr
    bad_out = runner.invoke(main, ["kwic", "五个好", str(folder), "-o", str(tmp_path / "k.xlsx")])
    assert bad_out.exit_code == 2 and ".csv or .jsonl" in bad_out.stderr and not (tmp_path / "k.xlsx").exists()


def test_terms_end_where_the_paths_begin(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    assert split_terms_and_paths(("五个好", "两学一做", str(tmp_path), "y.txt")) == (["五个好", "两学一做"], [str(tmp_path), "y.txt"])
    assert split_terms_and_paths(("五个好", "missing.txt")) == (["五个好"], ["missing.txt"])
    assert split_terms_and_paths(("五个好",)) == (["五个好"], [])


def test_no_occurrence_is_said_on_stderr(tmp_path):
    folder = _corpus(tmp_path)
    result = separate_stderr_runner().invoke(main, ["kwic", "八项规定", str(folder)])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr.strip() == "no occurrence of 八项规定"


def test_a_table_of_texts_is_read_row_by_row(tmp_path):
    rows = [{"id": "r1", "text": "做到“五个好”。"}, {"id": "r2", "text": "无关。"}, {"id": "r3", "text": "还是五个好。"}]
    table = tmp_path / "t.jsonl"
    table.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["kwic", "五个好", str(table), "-w", "2"])
    assert result.exit_code == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["r1:1", "r3:1"]
