"""`slogans check` through CliRunner: the line format, exit codes, selection, formats, baseline, config."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import separate_stderr_runner

from slogans.cli import main

UNKNOWN = "会议要求:\n要扎实开展“三联三促”活动。"
KNOWN = "先进基层党组织要做到“五个好”,党员要做到“五带头”。"
TEAM_LEXICON = "entries:\n  - term: 三联三促\n    kind: numbered\n    source: 县委文件\n"


def run(*args: str):
    return separate_stderr_runner().invoke(main, ["check", *args])


@pytest.fixture()
def corpus(tmp_path, monkeypatch) -> Path:
    """A corpus folder, with the current directory at its root (no configuration above it)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path.relative_to(Path.cwd()))


def test_clean_file_exits_0_and_prints_nothing(corpus):
    result = run(_write(corpus / "a.txt", KNOWN))
    assert (result.exit_code, result.stdout) == (0, "")


def test_unknown_formula_is_one_line_and_exit_1(corpus):
    path = _write(corpus / "a.txt", UNKNOWN)
    result = run(path)
    assert result.exit_code == 1
    assert result.stdout == f"{path}:2:7: SLG001 unknown numbered formula “三联三促”: not in the lexicon, not defined in the document\n"


def test_findings_sorted_across_files_and_folders(corpus):
    _write(corpus / "b.txt", UNKNOWN)
    _write(corpus / "a.txt", "第一行\n深入开展“质量惠民”活动,“三联三促”。\n" + KNOWN)
    result = run("corpus")
    lines = result.stdout.splitlines()
    assert [line.split(" ")[0] for line in lines] == ["corpus/a.txt:2:6:", "corpus/a.txt:2:15:", "corpus/b.txt:2:7:"]


def test_missing_path_is_exit_2_and_the_others_are_still_checked(corpus):
    path = _write(corpus / "a.txt", UNKNOWN)
    result = run("corpus/nope.txt", path)
    assert result.exit_code == 2
    assert result.stderr == "error: corpus/nope.txt: no such file or folder\n"
    assert "SLG001" in result.stdout


def test_undecodable_file_is_a_finding_not_an_input_error(corpus):
    (corpus / "bad.txt").write_bytes(b"abc\n\x80\x80\xff\xff")
    (corpus / "empty.txt").write_bytes(b"")
    result = run("corpus/bad.txt", "corpus/empty.txt")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("corpus/bad.txt:2:1: SLG101 ")
    assert result.stdout.splitlines()[1] == "corpus/empty.txt:1:1: SLG101 the file is empty"


def test_gbk_file_and_the_encoding_option(corpus):
    (corpus / "g.txt").write_bytes(UNKNOWN.encode("gbk"))
    assert [line.split(" ")[1] for line in run("corpus/g.txt").stdout.splitlines()] == ["SLG102", "SLG001"]
    assert [line.split(" ")[1] for line in run("corpus/g.txt", "--encoding", "gb18030").stdout.splitlines()] == ["SLG001"]
    bad = run("corpus/g.txt", "--encoding", "klingon")
    assert bad.exit_code == 2 and "klingon" in bad.stderr


def test_select_and_ignore(corpus):
    (corpus / "g.txt").write_bytes(UNKNOWN.encode("gbk"))
    assert [line.split(" ")[1] for line in run("corpus/g.txt", "--select", "SLG1").stdout.splitlines()] == ["SLG102"]
    result = run("corpus/g.txt", "--ignore", "SLG001,SLG102")
    assert (result.exit_code, result.stdout) == (0, "")
    bad = run("corpus/g.txt", "--ignore", "SLG999")
    assert bad.exit_code == 2 and "unknown code(s): SLG999" in bad.stderr


def test_json_and_github_formats(corpus):
    path = _write(corpus / "a.txt", UNKNOWN)
    records = json.loads(run(path, "--format", "json").stdout)
    assert [(r["path"], r["line"], r["col"], r["code"], r["term"]) for r in records] == [(path, 2, 7, "SLG001", "三联三促")]
    github = run(path, "--format", "github")
    assert github.exit_code == 1
    assert github.stdout.startswith(f"::error file={path},line=2,col=7,title=SLG001::unknown numbered formula “三联三促”")
    assert run(_write(corpus / "b.txt", KNOWN), "--format", "json").stdout == "[]\n"


def test_user_lexicon_option(corpus, tmp_path):
    path = _write(corpus / "a.txt", UNKNOWN)
    _write(tmp_path / "team.yaml", TEAM_LEXICON)
    assert run(path, "--lexicon", "team.yaml").exit_code == 0


def test_bad_user_lexicon_is_exit_2(corpus, tmp_path):
    path = _write(corpus / "a.txt", UNKNOWN)
    _write(tmp_path / "team.yaml", "entries:\n  - term: 三联三促\n    kind: weird\n    source: x\n")
    result = run(path, "--lexicon", "team.yaml")
    assert result.exit_code == 2 and "E013" in result.stderr


def test_write_baseline_then_only_new_findings_fail(corpus, tmp_path):
    path = _write(corpus / "a.txt", UNKNOWN)
    written = run("corpus", "--write-baseline", "baseline.json")
    assert written.exit_code == 0 and "wrote 1 finding(s)" in written.stderr
    entries = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert entries == [{"path": "corpus/a.txt", "code": "SLG001", "term": "三联三促", "count": 1}]
    accepted = run("corpus", "--baseline", "baseline.json")
    assert (accepted.exit_code, accepted.stdout) == (0, "")
    assert "1 finding(s) accepted by the baseline" in accepted.stderr
    _write(corpus / "a.txt", "新的第一段。\n\n" + UNKNOWN + "\n深入开展“质量惠民”活动。")  # lines move, one new term
    result = run(path, "--baseline", "baseline.json")
    assert result.exit_code == 1
    assert [line.split(" ")[1:2] + [line.split("“")[1].split("”")[0]] for line in result.stdout.splitlines()] == [["SLG001", "质量惠民"]]
    missing = run(path, "--baseline", "nope.json")
    assert missing.exit_code == 2 and "nope.json" in missing.stderr


def test_config_file_found_upward_sets_lexicon_ignore_and_baseline(corpus, tmp_path, monkeypatch):
    _write(tmp_path / "team.yaml", TEAM_LEXICON)
    (corpus / "g.txt").write_bytes(("深入开展“质量惠民”活动。" + UNKNOWN).encode("gbk"))
    (tmp_path / ".slogans.toml").write_text('lexicon = ["team.yaml"]\nignore = ["SLG102"]\n', encoding="utf-8")
    monkeypatch.chdir(corpus)  # the configuration is one folder up
    result = run("g.txt")
    assert result.stdout.splitlines() == ["g.txt:1:6: SLG001 unknown campaign name “质量惠民”: not in the lexicon, not defined in the document"]
    # options override the configuration
    assert [line.split(" ")[1] for line in run("g.txt", "--ignore", "SLG001").stdout.splitlines()] == ["SLG102"]
    # a baseline named in the configuration is used, relative to the configuration's folder
    assert run("g.txt", "--write-baseline", str(tmp_path / "baseline.json")).exit_code == 0
    (tmp_path / ".slogans.toml").write_text('lexicon = ["team.yaml"]\nignore = ["SLG102"]\nbaseline = "baseline.json"\n', encoding="utf-8")
    assert run("g.txt").exit_code == 0


def test_pyproject_tool_slogans_and_explicit_config(corpus, tmp_path):
    path = _write(corpus / "a.txt", UNKNOWN)
    _write(tmp_path / "team.yaml", TEAM_LEXICON)
    (tmp_path / "pyproject.toml").write_text('[tool.slogans]\nlexicon = ["team.yaml"]\n', encoding="utf-8")
    assert run(path).exit_code == 0
    other = tmp_path / "strict.toml"
    other.write_text('select = ["SLG001"]\n', encoding="utf-8")
    assert run(path, "--config", str(other)).exit_code == 1


def test_bad_config_is_exit_2_naming_the_file(corpus, tmp_path):
    path = _write(corpus / "a.txt", KNOWN)
    (tmp_path / ".slogans.toml").write_text('colour = "blue"\n', encoding="utf-8")
    result = run(path)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and ".slogans.toml: unknown key 'colour'" in result.stderr


def test_no_paths_is_a_usage_error(corpus):
    assert run().exit_code == 2


def test_own_files_are_not_checked_when_named(corpus, tmp_path):
    """pre-commit passes every changed text file: the baseline and lexicon quote the terms they accept."""
    _write(tmp_path / "team.yaml", TEAM_LEXICON.replace("三联三促", "质量惠民") + "    notes: 与“三联三促”不同\n")
    (tmp_path / ".slogans.toml").write_text('lexicon = ["team.yaml"]\nbaseline = "baseline.json"\n', encoding="utf-8")
    path = _write(corpus / "a.txt", UNKNOWN)
    assert run(path, "--write-baseline", "baseline.json").exit_code == 0
    assert "三联三促" in (tmp_path / "baseline.json").read_text(encoding="utf-8")
    result = run(path, "baseline.json", "team.yaml", ".slogans.toml")
    assert (result.exit_code, result.stdout) == (0, "")
    notes = _write(tmp_path / "notes.md", "开展“三联三促”活动。")  # any other text file is checked
    assert run(notes).stdout.startswith("notes.md:1:4: SLG001")


def test_check_reports_a_formula_used_before_its_since(tmp_path):
    from slogans.cli import main as main

    doc = tmp_path / "early.txt"
    doc.write_text("（2012年3月1日）\n增强“四个意识”。\n", encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["check", str(doc), "--select", "SLG004"])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{doc.as_posix()}:2:4: SLG004 “四个意识” is used in a document of 2012")
    assert separate_stderr_runner().invoke(main, ["check", str(doc), "--select", "SLG004", "--as-of", "2017"]).exit_code == 0
    undated = tmp_path / "late.txt"
    undated.write_text("贯彻党的十八大精神，增强“四个意识”。\n", encoding="utf-8")
    assert separate_stderr_runner().invoke(main, ["check", str(undated), "--select", "SLG004"]).exit_code == 0


def test_weights_from_the_option_or_the_configuration_decide_quoted_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "a.txt"
    doc.write_text("全乡开展“清河护绿”活动。\n", encoding="utf-8")
    nothing = tmp_path / "nothing.json"
    nothing.write_text('{"features": {}, "intercept": -9, "threshold": 0.5}', encoding="utf-8")
    assert "SLG001" in run(str(doc)).stdout
    assert run(str(doc), "--weights", str(nothing)).exit_code == 0
    (tmp_path / ".slogans.toml").write_text('weights = "nothing.json"\n', encoding="utf-8")
    assert run(str(doc)).exit_code == 0


def test_a_file_name_that_is_not_utf8_is_checked_and_baselined(tmp_path):
    import os

    folder = tmp_path / "nu"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("开展“三查两评”活动", encoding="utf-8")
    baseline = tmp_path / "b.json"
    written = run(str(folder), "--write-baseline", str(baseline))
    assert written.exit_code == 0, written.stderr
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["path"] == "nu/caf\\xe9.txt"
    checked = run(str(folder), "--baseline", str(baseline))
    assert checked.exit_code == 0 and checked.stdout == ""
    plain = run(str(folder))
    assert plain.exit_code == 1 and plain.stdout.startswith(f"{folder.as_posix()}/caf\\xe9.txt:1:4: SLG001")


def test_write_baseline_whose_inputs_all_fail_leaves_the_old_baseline(tmp_path):
    baseline = tmp_path / "b.json"
    baseline.write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    result = run(str(tmp_path / "missing"), "--write-baseline", str(baseline))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'missing'}: no such file or folder\n"
    assert baseline.read_text(encoding="utf-8") == '{"version": 1, "findings": []}\n'
