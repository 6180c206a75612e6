"""`slogans rules test` and `slogans rules lint` through CliRunner."""
from __future__ import annotations

from pathlib import Path

from cli_runner import separate_stderr_runner

from slogans.cli import main

GOOD_RULE = """rules:
  - id: team-pledge
    stage: detect
    kind: campaign
    pattern: '(?P<term>\\p{Han}{2,4})承诺制'
    yields: {term: term}
    examples:
      match:
        - {text: "推行党员承诺制", term: 推行党员}
      no_match: [没有制度]
"""
FAILING_RULE = GOOD_RULE.replace("term: 推行党员}", "term: 党员}").replace("[没有制度]", "[推行干部承诺制]")


def run(*args: str):
    return separate_stderr_runner().invoke(main, ["rules", *args])


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_rule_examples_pass(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("test")
    assert (result.exit_code, result.stdout) == (0, "")


def test_user_rule_examples_pass_and_fail(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("test", str(_write(tmp_path / "good.yaml", GOOD_RULE))).exit_code == 0
    bad = _write(tmp_path / "bad.yaml", FAILING_RULE)
    result = run("test", str(bad))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}:2:1: SLG201 [team-pledge] example team-pledge-match-1: on '推行党员承诺制': expected term '党员'")
    assert lines[1] == f"{bad}:2:1: SLG201 [team-pledge] example team-pledge-no_match-1: must not match '推行干部承诺制' but found '推行干部'"


def test_rules_from_the_configuration(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "bad.yaml", FAILING_RULE)
    (tmp_path / ".slogans.toml").write_text('rules = ["bad.yaml"]\n', encoding="utf-8")
    assert run("test").exit_code == 1


def test_rules_that_do_not_load_are_exit_2_for_test(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    broken = _write(tmp_path / "broken.yaml", GOOD_RULE.replace("kind: campaign", "kind: weird"))
    result = run("test", str(broken))
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{broken}:2:1: E013 [team-pledge] 'kind' has the value 'weird'")


def test_lint_clean_and_builtin_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("lint").exit_code == 0
    good = _write(tmp_path / "good.yaml", GOOD_RULE)
    lex = _write(tmp_path / "lex.yaml", "entries:\n  - term: 三联三促\n    kind: numbered\n    source: 县委文件\n")
    result = run("lint", str(good), str(lex))
    assert (result.exit_code, result.stdout) == (0, "")


def test_lint_reports_every_problem_of_rules_and_lexicon(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "team"
    (folder / "lexicon").mkdir(parents=True)
    rules = _write(folder / "rules.yaml", GOOD_RULE.replace("kind: campaign", "kind: weird") + "    colour: blue\n")
    lex = _write(folder / "lexicon" / "team.yaml",
                 "entries:\n  - term: 三联三促\n    kind: numbered\n    source: x\n"
                 "  - term: 五个好\n    kind: numbered\n    source: y\n    level: galactic\n")
    yaml_error = _write(folder / "zz.yaml", "rules:\n  - id: a\n    pattern: [unclosed\n")
    result = run("lint", "team")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("team/lexicon/team.yaml:5:1: E013 [五个好] 'level' has the value 'galactic'") for line in lines), lines
    assert any(line.startswith("team/rules.yaml:2:1: E010 [team-pledge] unknown key 'colour'") for line in lines), lines
    assert any(line.startswith("team/zz.yaml:") and " E002 " in line for line in lines), lines
    assert lines == sorted(lines, key=lambda s: (s.split(":")[0], int(s.split(":")[1])))
    assert str(rules) and str(lex) and str(yaml_error)


def test_lint_missing_path_is_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("lint", "nope.yaml").exit_code == 2
