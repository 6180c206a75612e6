"""The command line, driven through click's CliRunner: exit codes and exact messages."""
from __future__ import annotations

import json

from click.testing import CliRunner

from slogans import __version__
from slogans.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _speech(tmp_path, name="a.txt", text="开展“创先争优”活动,围绕“五个好”“五带头”争创目标。创先争优要深入。"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_csv_to_stdout(tmp_path):
    path = _speech(tmp_path)
    result = run("extract", str(path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "document,term,kind,count,components,components_source"
    assert lines[1] == f"{path},创先争优,campaign,2,创建先进基层党组织、争当优秀共产党员,lexicon"


def test_extract_folder_jsonl_to_file(tmp_path):
    folder = tmp_path / "speeches"
    folder.mkdir()
    _speech(folder, "a.txt")
    _speech(folder, "b.txt", "牢固树立“四个意识”")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(folder), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["document"], r["term"], r["count"]) for r in records] == [
        ("a.txt", "创先争优", 2), ("a.txt", "五个好", 1), ("a.txt", "五带头", 1), ("b.txt", "四个意识", 1)]


def test_extract_wide(tmp_path):
    result = run("extract", str(_speech(tmp_path)), "--wide")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "document,创先争优,五个好,五带头"


def test_bad_file_is_named_others_processed_exit_2(tmp_path):
    good = _speech(tmp_path)
    out = tmp_path / "report.csv"
    result = run("extract", str(tmp_path / "nope.txt"), str(good), "-o", str(out))
    assert result.exit_code == 2
    assert f"error: {tmp_path / 'nope.txt'}: no such file or folder" in result.output
    assert "创先争优" in out.read_text(encoding="utf-8")


def test_document_without_terms_has_no_rows(tmp_path):
    result = run("extract", str(_speech(tmp_path, text="今天天气很好。")))
    assert result.exit_code == 0
    assert result.output.splitlines() == ["document,term,kind,count,components,components_source"]


def test_bad_rules_file_exit_2_with_message(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text("rules:\n  - id: x\n", encoding="utf-8")
    result = run("extract", str(_speech(tmp_path)), "--rules", str(rules))
    assert result.exit_code == 2
    assert f"error: {rules}:2: [x] E011 missing required key 'kind'" in result.output


def test_parquet_needs_output():
    result = run("extract", "x.txt", "--format", "parquet")
    assert result.exit_code == 2
    assert "--format parquet needs -o FILE" in result.output


def test_expand_text_and_json():
    result = run("expand", "四個意識")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["政治意识", "大局意识", "核心意识", "看齐意识"]
    data = json.loads(run("expand", "五个带头", "--format", "json").output)
    assert data["term"] == "五带头" and data["kind"] == "numbered" and len(data["components"]) == 5 and data["source"]


def test_expand_unknown_term_exit_1():
    result = run("expand", "不存在的口号")
    assert result.exit_code == 1
    assert "error: unknown term '不存在的口号'" in result.output


def test_version_and_help():
    assert run("--version").output.strip() == f"slogans, version {__version__}"
    for command in ("extract", "expand"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


# -- scale: workers, streamed files ------------------------------------------------------------
def test_workers_give_the_same_table_in_the_same_order(corpus, monkeypatch, tmp_path):
    import slogans.pipeline

    monkeypatch.setattr(slogans.pipeline, "POOL_MIN_CHARS", 0)  # the shared corpus is small: use the pool anyway
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    one = run("extract", str(corpus), str(bad), "--format", "jsonl", "--workers", "1")
    two = run("extract", str(corpus), str(bad), "--format", "jsonl", "--workers", "2")
    assert one.exit_code == two.exit_code == 2
    assert two.output == one.output
    assert f"error: {bad}: the file is empty" in two.output
    assert two.output.count('"document": "000_880b41d3d6e7ffda.txt"') > 10


def test_workers_must_be_positive(tmp_path):
    result = run("extract", str(_speech(tmp_path)), "--workers", "0")
    assert result.exit_code == 2 and "--workers" in result.output


def test_large_files_are_streamed_with_the_same_table(corpus, monkeypatch):
    import slogans.stream

    whole = run("extract", str(corpus))
    monkeypatch.setattr(slogans.stream, "STREAM_ABOVE_BYTES", 1000)
    monkeypatch.setattr(slogans.stream, "PIECE_CHARS", 700)
    calls = []
    real = slogans.stream.analyze_in_pieces
    monkeypatch.setattr(slogans.stream, "analyze_in_pieces", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    streamed = run("extract", str(corpus), "--workers", "1")
    assert streamed.exit_code == whole.exit_code == 0
    assert len(calls) >= 5
    assert streamed.output == whole.output
