"""Configuration: found upward from a folder, .slogans.toml before pyproject.toml, paths relative to the file."""
from __future__ import annotations

import pytest

from slogans.lint.project_config import Config, ConfigError, find_config, load_config


def test_found_upward_and_paths_relative_to_the_file(tmp_path):
    (tmp_path / ".slogans.toml").write_text(
        'lexicon = ["lex/team.yaml"]\nrules = ["rules"]\nselect = ["SLG0"]\nignore = ["SLG003"]\n'
        'baseline = "baseline.json"\nencoding = "gb18030"\nscript = "simplified"\nglob = "*.md"\n', encoding="utf-8")
    deep = tmp_path / "corpus" / "2024"
    deep.mkdir(parents=True)
    path = find_config(deep)
    assert path == (tmp_path / ".slogans.toml").resolve()
    cfg = load_config(path)
    base = tmp_path.resolve()
    assert cfg.lexicon == [base / "lex" / "team.yaml"] and cfg.rules == [base / "rules"]
    assert (cfg.select, cfg.ignore) == (["SLG0"], ["SLG003"])
    assert cfg.baseline == base / "baseline.json"
    assert (cfg.encoding, cfg.script, cfg.glob) == ("gb18030", "simplified", "*.md")


def test_pyproject_needs_a_tool_slogans_table(tmp_path):
    outer = tmp_path
    inner = tmp_path / "project"
    inner.mkdir()
    (outer / "pyproject.toml").write_text('[tool.slogans]\nignore = "SLG102"\n', encoding="utf-8")
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    path = find_config(inner)
    assert path == (outer / "pyproject.toml").resolve()  # the inner one has no [tool.slogans]
    assert load_config(path).ignore == ["SLG102"]  # a single string is a list of one


def test_dot_slogans_toml_wins_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.slogans]\nignore = ["SLG001"]\n', encoding="utf-8")
    (tmp_path / ".slogans.toml").write_text('ignore = ["SLG002"]\n', encoding="utf-8")
    assert load_config(find_config(tmp_path)).ignore == ["SLG002"]


def test_no_config_gives_the_defaults(tmp_path):
    assert find_config(tmp_path) is None  # nothing above the temporary folder either
    assert load_config(None) == Config()


@pytest.mark.parametrize("text, message", [
    ('colour = "blue"\n', "unknown key 'colour'"),
    ("ignore = [1, 2]\n", "'ignore' must be a list of strings"),
    ("encoding = 8\n", "'encoding' must be a string"),
    ("ignore = [\n", "not valid TOML"),
])
def test_bad_config_names_the_file_and_key(tmp_path, text, message):
    path = tmp_path / ".slogans.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_weights_key_names_a_file_relative_to_the_configuration(tmp_path):
    (tmp_path / ".slogans.toml").write_text('weights = "model/w.json"\n', encoding="utf-8")
    assert load_config(tmp_path / ".slogans.toml").weights == tmp_path.resolve() / "model" / "w.json"
    (tmp_path / ".slogans.toml").write_text("weights = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'weights' must be a string"):
        load_config(tmp_path / ".slogans.toml")
