"""The settings schema: an unknown section or key is an error for the loader and for `rules lint`;
the stages read every key at the schema's default when no file sets it."""
from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import separate_stderr_runner

from slogans.cli import main
from slogans.errors import RuleError
from slogans.config.resources import builtin_rules_dir
from slogans.config.rules import load_rules
from slogans.config.settings import TYPES, section, settings_problems, settings_schema
from slogans.config.yamlfile import load_yaml, strip_lines


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_misspelt_key_is_an_error_naming_file_line_and_key(tmp_path):
    f = _write(tmp_path / "mine.yaml", "settings:\n  quoted:\n    max_term_char: 40\n")
    with pytest.raises(RuleError) as err:
        load_rules([f])
    (p,) = err.value.problems
    assert (p.code, p.file, p.line, p.item) == ("E010", str(f), 3, "settings.quoted")
    assert "max_term_char" in p.message and "max_term_chars" in p.message


def test_an_unknown_section_and_a_wrong_type_are_errors(tmp_path):
    f = _write(tmp_path / "mine.yaml", "settings:\n  quotes:\n    x: 1\n  check:\n    guess_window: far\n")
    with pytest.raises(RuleError) as err:
        load_rules([f])
    assert sorted(err.value.codes) == ["E010", "E012"]
    assert "'quotes'" in str(err.value) and "guess_window" in str(err.value)


def test_an_unknown_top_level_key_of_a_rule_file_is_an_error(tmp_path):
    f = _write(tmp_path / "mine.yaml", "rules: []\nsetings:\n  quoted: {max_term_chars: 40}\n")
    with pytest.raises(RuleError) as err:
        load_rules([f])
    assert err.value.codes == ["E010"] and "setings" in str(err.value)


def test_a_known_key_is_taken(tmp_path):
    f = _write(tmp_path / "mine.yaml", "settings:\n  quoted:\n    max_term_chars: 40\n  numbered:\n    threshold: 2.5\n")
    rules = load_rules([f])
    assert section(rules.settings, "quoted")["max_term_chars"] == 40
    assert section(rules.settings, "numbered")["threshold"] == 2.5


def test_rules_lint_rejects_an_unknown_settings_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = _write(tmp_path / "mine.yaml", "settings:\n  decision:\n    windw: 12\n")
    result = separate_stderr_runner().invoke(main, ["rules", "lint", str(f)])
    assert result.exit_code == 1
    assert f"{f}:3:1: E010" in result.stdout and "windw" in result.stdout


def test_every_builtin_settings_key_is_in_the_schema():
    for path in sorted(builtin_rules_dir().glob("*.yaml")):
        data = load_yaml(path, "settings") if "settings:" in path.read_text(encoding="utf-8") else {}
        assert settings_problems(data.get("settings"), str(path)) == [], path


def test_section_fills_the_defaults_and_copies_them():
    filled = section({}, "decision")
    assert set(filled) == set(settings_schema()["decision"].keys)
    filled["idiom_tags"].append("x")
    assert section({}, "decision")["idiom_tags"] == ["i", "l"]  # the schema's default is not changed


def test_every_key_has_a_known_type_a_default_of_that_type_and_a_meaning():
    for name, sec in settings_schema().items():
        assert sec.meaning, name
        for key, spec in sec.keys.items():
            assert spec.type in TYPES and spec.meaning, (name, key)
            assert isinstance(spec.default, spec.types) and not (isinstance(spec.default, bool) and spec.type != "bool"), (name, key)


def test_the_builtin_settings_differ_from_the_defaults_only_where_a_file_says_so():
    merged = load_rules().settings
    for name in settings_schema():
        given = strip_lines(merged.get(name) or {})
        assert {k: v for k, v in section(merged, name).items() if k in given} == given
