"""Linting rule and lexicon files into findings; running rule examples into findings."""
from __future__ import annotations

from slogans.lint.lint import is_lexicon_file, lint_files, yaml_files
from slogans.config.resources import builtin_rules_dir
from slogans.config.rules import load_rules
from slogans.lint.testing import rule_example_findings


def test_builtin_files_are_clean_even_when_named():
    assert lint_files([]) == []
    assert lint_files([builtin_rules_dir()]) == []  # not loaded twice (no duplicate ids)
    assert rule_example_findings(load_rules()) == []


def test_files_are_sorted_into_rules_and_lexicon(tmp_path):
    (tmp_path / "sub").mkdir()
    lex = tmp_path / "sub" / "lex.yaml"
    lex.write_text("# team terms\nentries: []\n", encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules: []\n", encoding="utf-8")
    assert yaml_files([tmp_path]) == [rules, lex]
    assert is_lexicon_file(lex) and not is_lexicon_file(rules)


def test_problems_become_findings_with_code_line_and_item(tmp_path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("entries:\n  - term: 三联三促\n    kind: numbered\n  - term: 五好\n    kind: numbered\n    variants: [五个好]\n    source: x\n",
                   encoding="utf-8")
    found = lint_files([lex])
    assert [(f.path, f.line, f.col, f.code, f.term) for f in found] == [
        (str(lex), 2, 1, "E011", "三联三促"), (str(lex), 4, 1, "E030", "五好")]
    assert found[0].message == "[三联三促] missing required key 'source'"


def test_lexicon_checks_run_on_a_user_lexicon_that_loads(tmp_path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("entries:\n  - term: 三联三促\n    kind: numbered\n    source: 县委\n    components: [联系群众, 联系基层, 促进发展]\n",
                   encoding="utf-8")
    found = lint_files([lex])
    assert [(f.path, f.line, f.code, f.term) for f in found] == [(str(lex), 2, "E040", "三联三促")]
