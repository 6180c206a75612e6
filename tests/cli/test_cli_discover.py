"""`slogans discover` through click's CliRunner."""
from __future__ import annotations

import io
import json

import pandas as pd

from cli_runner import separate_stderr_runner
from slogans.cli import main

ROWS = [
    {"id": "a", "date": "2012-03-01", "text": "全县深入开展“三联三促”活动。“三联三促”即:联系群众、联系企业、联系村组、促进发展、促进和谐、促进稳定。推进“双联双帮”工作。"},
    {"id": "b", "date": "2014", "text": "今年继续推进“双联双帮”工作,落实“四抓四促”要求。"},
]


def _folder(tmp_path):
    for row in ROWS:
        (tmp_path / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    return tmp_path


def test_text_listing(tmp_path):
    result = separate_stderr_runner().invoke(main, ["discover", str(_folder(tmp_path))])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "双联双帮  (numbered, 2 documents, 2 times)"
    assert "    members (a.txt): 联系群众、联系企业、联系村组、促进发展、促进和谐、促进稳定" in lines
    assert any(line.startswith("四抓四促  (numbered, 1 document, 1 time)") for line in lines)  # quoted: a coined name
    strict = separate_stderr_runner().invoke(main, ["discover", str(tmp_path), "--recurring-only"])
    assert not any(line.startswith("四抓四促") for line in strict.stdout.splitlines())


def test_table_with_dates_as_csv(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["discover", str(corpus), "--date-column", "date", "--format", "csv", "--min-documents", "1"])
    assert result.exit_code == 0, result.stderr
    frame = pd.read_csv(io.StringIO(result.stdout), keep_default_na=False)
    assert frame["term"].tolist()[0] == "双联双帮" and set(frame["term"]) >= {"三联三促", "四抓四促"}
    first = frame.iloc[0]
    assert (first["first_date"], first["last_date"], int(first["documents"])) == ("2012-03-01", "2014", 2)


def test_stubs_file_and_its_notice(tmp_path):
    folder = _folder(tmp_path)
    stubs = tmp_path / "out" / "stubs.yaml"
    stubs.parent.mkdir()
    result = separate_stderr_runner().invoke(main, ["discover", str(folder), "-o", str(stubs)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"wrote 3 stubs to {stubs}: fill in each source, then use --lexicon {stubs}"
    failed = separate_stderr_runner().invoke(main, ["extract", str(folder), "--lexicon", str(stubs)])
    assert failed.exit_code == 2 and "E012 'source.body' must be a non-empty string" in failed.stderr
    lint = separate_stderr_runner().invoke(main, ["rules", "lint", str(stubs)])
    assert lint.exit_code == 1 and "E031" in lint.stdout + lint.stderr


def test_a_missing_path_is_named_and_the_rest_still_listed(tmp_path):
    folder = _folder(tmp_path)
    result = separate_stderr_runner().invoke(main, ["discover", str(folder / "a.txt"), str(folder / "none.txt")])
    assert result.exit_code == 2 and "none.txt" in result.stderr
    assert result.stdout.startswith("三联三促")
