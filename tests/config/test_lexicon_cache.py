"""A lexicon file's entries from the user's cache: equal to parsing, a miss when the file changes,
nothing cached for a file with problems, a damaged cache file parsed around."""
from __future__ import annotations

from pathlib import Path

import pytest

from slogans.config import lexicon as lexicon_module
from slogans.config import lexicon_cache
from slogans.config.lexicon import Lexicon
from slogans.config.resources import builtin_lexicon_dir
from slogans.errors import RuleError
from slogans.io import cache

ENTRY = """entries:
  - term: 三个代表
    kind: numbered
    variants: [三個代表]
    components: [先进生产力, 先进文化, 广大人民]
    source: {body: 中共中央, document: 某文件, date: "2000-02"}
    versions:
      - since: 2000
        components: [先进生产力, 先进文化, 广大人民]
        source: my archive
"""


@pytest.fixture()
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    monkeypatch.setattr(lexicon_module, "_PARSED", {})  # nothing from this process's memory
    return folder


def _cached_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("lexicon-*")) if folder.exists() else []


def test_the_builtin_lexicon_reads_back_equal(cache_in: Path, monkeypatch: pytest.MonkeyPatch):
    parsed = Lexicon.load().entries
    assert len(_cached_files(cache_in)) == len(list(builtin_lexicon_dir().glob("*.yaml")))
    monkeypatch.setattr(lexicon_module, "_PARSED", {})
    monkeypatch.setattr(lexicon_module, "parse_entry", lambda *a: pytest.fail("parsed again"))
    assert Lexicon.load().entries == parsed


def test_a_changed_file_is_parsed_again_and_replaces_its_cache(cache_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "mine.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    first = Lexicon.load([path], builtin=False)
    assert first.get("三個代表").versions[0].source.text == "my archive"
    assert len(_cached_files(cache_in)) == 1
    path.write_text(ENTRY.replace("广大人民", "最广大人民"), encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "_PARSED", {})
    second = Lexicon.load([path], builtin=False)
    assert second.get("三个代表").components[-1] == "最广大人民"
    assert len(_cached_files(cache_in)) == 1  # the old version's file is gone


def test_a_file_with_problems_is_never_cached(cache_in: Path, tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("entries:\n  - term: 甲乙\n    kind: nonsense\n    source: test\n", encoding="utf-8")
    with pytest.raises(RuleError):
        Lexicon.load([path], builtin=False)
    assert _cached_files(cache_in) == []


def test_a_damaged_cache_file_is_parsed_around(cache_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "mine.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    expected = Lexicon.load([path], builtin=False).entries
    for name in _cached_files(cache_in):
        (cache_in / name).write_text('[{"term": 1}]', encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "_PARSED", {})
    assert Lexicon.load([path], builtin=False).entries == expected


def test_a_change_to_the_parsing_code_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "mine.yaml"
    before = lexicon_cache.cache_names(path, b"x")
    lexicon_cache._code_stamp.cache_clear()
    monkeypatch.setattr(lexicon_cache, "_code_stamp", lambda: b"other code")
    after = lexicon_cache.cache_names(path, b"x")
    assert before[1] == after[1] and before[0] != after[0]
