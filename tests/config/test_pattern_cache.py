"""Rule patterns compiled on first use: known patterns load lazily and match as compiled ones do,
unknown ones compile (and fail) at load, and the rules' results do not change."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import regex

from slogans.config import pattern_cache
from slogans.config.pattern_cache import LazyPattern, compile_pattern, save_known_patterns
from slogans.config.rules import load_rules
from slogans.io import cache

PATTERN = r"(?P<term>[一二三四五六七八九十]个\p{Han}{2,4})"


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    monkeypatch.setattr(pattern_cache, "_known", None)
    monkeypatch.setattr(pattern_cache, "_new", {})
    monkeypatch.setattr(pattern_cache, "_lazy", {})
    return folder


def _next_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process knows: only what the cache folder holds."""
    monkeypatch.setattr(pattern_cache, "_known", None)
    monkeypatch.setattr(pattern_cache, "_lazy", {})


def test_a_pattern_compiled_once_is_lazy_in_the_next_run(fresh: Path, monkeypatch: pytest.MonkeyPatch):
    first = compile_pattern(PATTERN, regex.V1)
    assert not isinstance(first, LazyPattern)
    save_known_patterns()
    _next_process(monkeypatch)
    lazy = compile_pattern(PATTERN, regex.V1)
    assert isinstance(lazy, LazyPattern)
    assert "_compiled" not in lazy.__dict__ and lazy.groupindex == {"term": 1}
    text = "坚持四个全面，做到五个好"
    assert [m.group("term") for m in lazy.finditer(text)] == [m.group("term") for m in first.finditer(text)]
    assert "_compiled" in lazy.__dict__ and "finditer" in lazy.__dict__  # compiled now, its method kept
    again = pickle.loads(pickle.dumps(lazy))  # what a worker process gets
    assert again.search(text).group(0) == "四个全面"


def test_a_pattern_that_does_not_compile_fails_at_load_every_time(fresh: Path, monkeypatch: pytest.MonkeyPatch):
    for _ in range(2):
        with pytest.raises(regex.error):
            compile_pattern("(?P<term>unclosed", regex.V1)
        save_known_patterns()
        _next_process(monkeypatch)
    assert not list(fresh.glob("patterns-*"))


def test_a_damaged_cache_file_means_compiling(fresh: Path, monkeypatch: pytest.MonkeyPatch):
    compile_pattern(PATTERN, regex.V1)
    save_known_patterns()
    for path in fresh.glob("patterns-*"):
        path.write_text("{not json", encoding="utf-8")
    _next_process(monkeypatch)
    assert not isinstance(compile_pattern(PATTERN, regex.V1), LazyPattern)


def test_rules_loaded_lazily_find_what_compiled_rules_find(fresh: Path, monkeypatch: pytest.MonkeyPatch):
    compiled = load_rules()
    _next_process(monkeypatch)
    lazy = load_rules()
    assert any(isinstance(rule.compiled, LazyPattern) for rule in lazy.rules)
    text = "要做到“五个好”，即：领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好。"
    for a, b in zip(compiled.rules, lazy.rules):
        assert a.id == b.id
        assert [m.span() for m in a.compiled.finditer(text)] == [m.span() for m in b.compiled.finditer(text)]
