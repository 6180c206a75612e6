"""`slogans extract` and every writer: nothing lost, nothing overwritten (issue 17's cases, end to end)."""
from __future__ import annotations

import json
import os
import threading

import pandas as pd
import pytest

from cli_runner import separate_stderr_runner
from slogans.cli import main
from slogans.io.report_reader import read_report

TEXT = "开展“创先争优”活动,围绕“五个好”争创目标。"


def run(*args: str, **kw):
    return separate_stderr_runner().invoke(main, list(args), **kw)


def _speech(folder, name="a.txt", text=TEXT):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_linked_report_is_written_through_the_link(tmp_path):
    speech = _speech(tmp_path)
    real = tmp_path / "reports" / "real.csv"
    real.parent.mkdir()
    link = tmp_path / "report.csv"
    link.symlink_to(real)
    result = run("extract", str(speech), "-o", str(link), "--mentions", str(tmp_path / "m.csv"))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and "创先争优" in real.read_text(encoding="utf-8")


def test_a_fifo_report_is_written_into_the_fifo(tmp_path):
    speech = _speech(tmp_path)
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = run("extract", str(speech), "-o", str(fifo), "--format", "jsonl")
    reader.join(30)
    assert result.exit_code == 0, result.stderr
    assert got and {json.loads(line)["term"] for line in got[0].splitlines()} == {"创先争优", "五个好"}
    assert not fifo.is_file() and fifo.exists()


def test_an_output_that_names_an_input_or_another_output_is_refused_before_any_work(tmp_path):
    speech = _speech(tmp_path)
    result = run("extract", str(speech), "-o", str(speech))
    assert result.exit_code == 2
    assert result.stderr == f"error: {speech}: -o names the input {speech}; refusing to overwrite an input\n"
    assert speech.read_text(encoding="utf-8") == TEXT
    both = tmp_path / "out.csv"
    result = run("extract", str(speech), "-o", str(both), "--mentions", str(both))
    assert result.exit_code == 2
    assert result.stderr == f"error: {both}: -o and --mentions name the same file; give each its own\n"
    assert not both.exists()


def test_a_run_whose_inputs_all_fail_writes_nothing(tmp_path):
    report = tmp_path / "old.csv"
    report.write_text("the old report\n", encoding="utf-8")
    mentions = tmp_path / "m.jsonl"
    result = run("extract", str(tmp_path / "missing.txt"), "-o", str(report), "--mentions", str(mentions))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'missing.txt'}: no such file or folder\n"
    assert report.read_text(encoding="utf-8") == "the old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv"]


def test_a_file_name_that_is_not_utf8_gets_an_id_every_writer_can_write(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(TEXT, encoding="utf-8")
    _speech(folder, "cafe.txt")
    for fmt in ("csv", "jsonl", "json", "parquet"):
        out = tmp_path / f"r.{fmt}"
        result = run("extract", str(folder), "-o", str(out), "--mentions", str(tmp_path / "m.csv"))
        assert result.exit_code == 0, result.stderr
        assert set(read_report(out)["document"]) == {"caf\\xe9.txt", "cafe.txt"}


def test_files_of_two_folders_with_one_relative_path_get_distinct_ids(tmp_path):
    _speech(tmp_path / "a" / "sub", "x.txt")
    _speech(tmp_path / "b" / "sub", "x.txt", "牢固树立“四个意识”")
    result = run("extract", str(tmp_path / "a"), str(tmp_path / "b"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["document"], r["term"], r["count"]) for r in rows} == {
        ("sub/x.txt", "创先争优", 1), ("sub/x.txt", "五个好", 1), (f"{tmp_path / 'b'}/sub/x.txt", "四个意识", 1),
    }


def test_two_tables_that_reuse_an_id_are_never_summed(tmp_path):
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": "1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--format", "jsonl")
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'b.jsonl'}: row 1: the id '1' was used by an earlier document; skipped\n"
    assert [json.loads(line)["count"] for line in result.stdout.splitlines()] == [1, 1]


def test_members_that_hold_the_list_separator_are_exact_in_components_json(tmp_path):
    speech = _speech(tmp_path, text="坚决做到“两个维护”。")
    out = tmp_path / "r.csv"
    assert run("extract", str(speech), "-o", str(out)).exit_code == 0
    raw = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(raw.columns)[6:8] == ["components_simplified", "components_json"]
    assert len(raw.loc[0, "components"].split("、")) == 3  # the lossy column, unchanged
    assert read_report(out).loc[0, "components"] == ["坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导"]


def test_the_report_format_follows_the_extension_of_o(tmp_path):
    speech = _speech(tmp_path)
    for name, magic in (("r.parquet", b"PAR1"), ("r.jsonl", b"{"), ("r.json", b"["), ("r.csv", b"document,")):
        assert run("extract", str(speech), "-o", str(tmp_path / name)).exit_code == 0
        assert (tmp_path / name).read_bytes().startswith(magic), name
    assert run("extract", str(speech), "-o", str(tmp_path / "r.json"), "--format", "csv").exit_code == 0
    assert (tmp_path / "r.json").read_bytes().startswith(b"document,")


def test_wide_keeps_the_kept_columns(tmp_path):
    table = tmp_path / "t.csv"
    pd.DataFrame({"id": ["s1", "s2"], "date": ["2016-05-01", "2021-07-01"], "text": [TEXT, "牢固树立“四个意识”"]}).to_csv(table, index=False)
    result = run("extract", str(table), "--keep-columns", "date", "--wide")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("document,date,")
    assert lines[1].startswith("s1,2016-05-01,") and lines[2].startswith("s2,2021-07-01,")


def test_extract_reads_the_project_configuration(tmp_path, monkeypatch):
    (tmp_path / "lex.yaml").write_text("""entries:
  - term: 三甲四乙
    kind: numbered
    components: [甲一, 甲二, 甲三, 乙一, 乙二, 乙三, 乙四]
    source: {body: 某县委, document: 某县委文件, date: "2015-04"}
    level: local
    arithmetic: "three 甲 and four 乙"
""", encoding="utf-8")
    (tmp_path / ".slogans.toml").write_text('lexicon = ["lex.yaml"]\n', encoding="utf-8")
    _speech(tmp_path, "x.txt", "推进三甲四乙工作")
    monkeypatch.chdir(tmp_path)
    result = run("extract", "x.txt", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["term"], r["components"][0]) for r in rows] == [("三甲四乙", "甲一")]
    other = tmp_path / "elsewhere.toml"
    other.write_text("", encoding="utf-8")
    assert "甲一" not in run("extract", "x.txt", "--config", str(other)).stdout


def test_a_config_that_names_another_file_as_lexicon_does_not_print_its_lines(tmp_path, monkeypatch):
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$salt$hash:19000:0:99999:7:::\n", encoding="utf-8")
    (tmp_path / ".slogans.toml").write_text(f'lexicon = ["{secret}"]\n', encoding="utf-8")
    _speech(tmp_path, "x.txt")
    monkeypatch.chdir(tmp_path)
    result = run("extract", "x.txt")
    assert result.exit_code == 2
    assert "$6$" not in result.stderr and "19000" not in result.stderr and "shadow:1: E003" in result.stderr


def test_verbose_names_the_real_encoding_of_a_streamed_file(tmp_path, monkeypatch):
    import slogans.io.stream

    monkeypatch.setattr(slogans.io.stream, "STREAM_ABOVE_BYTES", 16)
    (tmp_path / "gb.txt").write_bytes(("坚持以人民为中心的发展思想，开展“两学一做”学习教育。" * 20).encode("gb18030"))
    result = run("extract", str(tmp_path / "gb.txt"), "-v", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "info: " + str(tmp_path / "gb.txt") + ": encoding gb18030\n"


def test_a_rule_that_times_out_is_disabled_with_one_warning_and_exit_2(tmp_path):
    rules = tmp_path / "slow.yaml"
    rules.write_text("""rules:
  - id: slow
    stage: detect
    kind: campaign
    pattern: '(?P<term>(?:x+x+)+y)'
    yields: {term: term}
""", encoding="utf-8")
    for n in range(3):
        _speech(tmp_path / "in", f"{n}.txt", "y" + "x" * 5000 + TEXT)  # y: the word the rule needs
    result = run("extract", str(tmp_path / "in"), "--rules", str(rules), "--workers", "1")
    assert result.exit_code == 2
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and "rule 'slow'" in warnings[0] and "disabled for the rest of the run" in warnings[0]
    assert result.stdout.count("创先争优") == 3


def test_links_in_a_folder_are_reported(tmp_path):
    folder = tmp_path / "in"
    _speech(folder / "real", "a.txt")
    (folder / "linked").symlink_to(folder / "real")
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop.txt")
    result = run("extract", str(folder))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {folder}/broken.txt: a broken symbolic link (to {tmp_path}/nowhere.txt)",
        f"error: {folder}/loop.txt: a symbolic link that loops",
        f"error: {folder}/loop2.txt: a symbolic link that loops",
        f"error: {folder}/linked: a linked folder, not followed (give it as an argument to read it)",
    ]
    assert "real/a.txt" in result.stdout
    loop = run("extract", str(folder / "loop.txt"))
    assert loop.stderr == f"error: {folder}/loop.txt: a symbolic link that loops\n"


def test_standard_input_is_read_with_a_dash(tmp_path):
    result = run("extract", "-", "--format", "jsonl", input=TEXT.encode("gb18030"))
    assert result.exit_code == 0, result.stderr
    assert {json.loads(line)["document"] for line in result.stdout.splitlines()} == {"-"}


@pytest.mark.parametrize("command", [["lexicon", "list", "--format", "csv"], ["check", "--write-baseline"]])
def test_other_writers_write_through_links_and_into_devices(tmp_path, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    speech = _speech(tmp_path, text="开展“三查两评”活动")
    real = tmp_path / "real.out"
    link = tmp_path / "link.out"
    link.symlink_to(real)
    args = [*command, str(link)] if command[0] == "check" else [*command, "-o", str(link)]
    if command[0] == "check":
        args.append(str(speech))
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and real.stat().st_size > 0
    args = [a if a != str(link) else "/dev/null" for a in args]
    assert run(*args).exit_code == 0
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_dev_stdout_is_written_into_the_pipe_never_replaced(tmp_path):
    import subprocess
    import sys

    speech = _speech(tmp_path)
    done = subprocess.run([sys.executable, "-c", "from slogans.cli import main; main()", "extract", str(speech), "-o", "/dev/stdout"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "创先争优" in done.stdout and os.path.islink("/dev/stdout")


def test_lexicon_o_never_overwrites_the_users_lexicon(tmp_path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("""entries:
  - term: 三甲四乙
    kind: numbered
    components: [甲一, 甲二, 甲三, 乙一, 乙二, 乙三, 乙四]
    source: {body: 某县委, document: 某县委文件, date: "2015-04"}
    level: local
    arithmetic: "three 甲 and four 乙"
""", encoding="utf-8")
    before = lex.read_text(encoding="utf-8")
    result = run("lexicon", "list", "--lexicon", str(tmp_path), "-o", str(lex))
    assert result.exit_code == 2
    assert result.stderr == f"error: {lex}: -o names the input {lex} (under {tmp_path}); refusing to overwrite an input\n"
    assert lex.read_text(encoding="utf-8") == before


def test_a_kept_column_of_mixed_values_still_makes_a_parquet_report(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "tags": ["x", 1], "text": TEXT}, {"id": "b", "tags": "y", "text": TEXT}, {"id": "c", "tags": {"k": 2}, "text": TEXT},
    ]) + "\n", encoding="utf-8")
    for wide in ((), ("--wide",)):
        out = tmp_path / "r.parquet"
        result = run("extract", str(table), "--keep-columns", "tags", "-o", str(out), *wide)
        assert result.exit_code == 0, result.stderr
        tags = pd.read_parquet(out).drop_duplicates("document")["tags"].tolist()
        assert tags == ['["x", 1]', "y", '{"k": 2}']
