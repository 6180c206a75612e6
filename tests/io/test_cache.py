"""The user's cache folder: hits, misses when the source changes, and no cache where none can be written."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from slogans.config.yamlfile import load_yaml
from slogans.io import cache
from slogans.text import dictionary


@pytest.fixture()
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def test_written_atomically_and_read_back(cache_in: Path):
    assert cache.read_cached("a.bin") is None
    assert cache.write_cached("a.bin", b"data")
    assert cache.read_cached("a.bin") == b"data"
    assert sorted(p.name for p in cache_in.iterdir()) == ["a.bin"]  # no temporary file left


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(cache.CACHE_ENV, "")
    assert cache.cache_dir() is None
    assert not cache.write_cached("a.bin", b"data")
    assert cache.read_cached("a.bin") is None


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if os.name == "posix" and not os.uname().sysname == "Darwin":
        assert cache.cache_dir() == tmp_path / "slogans"


def test_a_folder_that_cannot_be_made_means_no_cache_and_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # under a file, the folder can be neither made nor written, whoever runs the test (root too)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "sub"))
    assert not cache.write_cached("a.bin", b"data")
    assert cache.read_cached("a.bin") is None


def test_a_new_version_replaces_the_files_of_its_source_only(cache_in: Path):
    cache.write_cached("src-a-1.bin", b"1", replaces="src-a-")
    cache.write_cached("src-b-1.bin", b"x", replaces="src-b-")
    cache.write_cached("src-a-2.bin", b"2", replaces="src-a-")
    assert sorted(p.name for p in cache_in.iterdir()) == ["src-a-2.bin", "src-b-1.bin"]


def test_content_key_changes_with_the_content():
    assert cache.content_key(b"abc") == cache.content_key(b"abc")
    assert cache.content_key(b"abc") != cache.content_key(b"abd")
    assert cache.content_key(b"ab", b"c") != cache.content_key(b"a", b"bc")


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("yaml-*.json"))


def test_yaml_hit_then_miss_after_the_file_changes(cache_in: Path, tmp_path: Path):
    source = tmp_path / "lexicon.yaml"
    source.write_text("entries:\n  - term: 五个好\n    kind: numbered\n", encoding="utf-8")
    first = load_yaml(source, "entries")
    assert len(_yaml_files(cache_in)) == 1
    # a hit: the data comes from the cache file (altered here to prove it is the one read)
    cached = _yaml_files(cache_in)[0]
    cached.write_text(cached.read_text(encoding="utf-8").replace("五个好", "五个好!"), encoding="utf-8")
    assert load_yaml(source, "entries")["entries"][0]["term"] == "五个好!"
    # the file changes: a miss, parsed again, and cached under a new key
    source.write_text("entries:\n  - term: 四个意识\n    kind: numbered\n", encoding="utf-8")
    second = load_yaml(source, "entries")
    assert second["entries"][0]["term"] == "四个意识" and first["entries"][0]["term"] == "五个好"
    assert second["entries"][0]["__line__"] == 2
    assert len(_yaml_files(cache_in)) == 1 and not cached.exists()  # the new version replaced the old
    other = tmp_path / "other.yaml"
    other.write_text("entries: []\n", encoding="utf-8")
    load_yaml(other, "entries")
    assert len(_yaml_files(cache_in)) == 2  # one file per source


def test_yaml_that_json_cannot_hold_exactly_is_not_cached(cache_in: Path, tmp_path: Path):
    source = tmp_path / "dated.yaml"
    source.write_text("entries:\n  - since: 2016-01-01\n", encoding="utf-8")
    data = load_yaml(source, "entries")
    assert str(data["entries"][0]["since"]) == "2016-01-01"
    assert _yaml_files(cache_in) == []


def test_yaml_with_number_keys_comes_back_with_number_keys(cache_in: Path, tmp_path: Path):
    source = tmp_path / "calendar.yaml"
    source.write_text("calendar:\n  congresses: {1: 1921, 19: 2017}\n  plenums:\n    19: [2017, 2018]\n", encoding="utf-8")
    parsed = load_yaml(source, "calendar")
    assert len(_yaml_files(cache_in)) == 1
    cached = load_yaml(source, "calendar")
    assert cached == parsed and list(cached["calendar"]["congresses"]) == [1, 19, "__line__"]
    assert cached["calendar"]["plenums"][19] == [2017, 2018]


def test_a_damaged_yaml_cache_file_is_parsed_again(cache_in: Path, tmp_path: Path):
    source = tmp_path / "lexicon.yaml"
    source.write_text("entries:\n  - term: 五个好\n", encoding="utf-8")
    load_yaml(source, "entries")
    _yaml_files(cache_in)[0].write_bytes(b"{not json")
    assert load_yaml(source, "entries")["entries"][0]["term"] == "五个好"


def test_word_table_cache_hit_miss_and_unwritable(cache_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fake = tmp_path / "dict.txt"
    fake.write_bytes("国家 100 n\n我们 50 r\n的 300 uj\n".encode("utf-8"))
    monkeypatch.setattr(dictionary, "jieba_dictionary_path", lambda: fake)
    dictionary.word_table.cache_clear()
    try:
        assert dictionary.word_table().frequency("国家") == 100
        [cached] = cache_in.glob("jieba-table-*.bin")
        dictionary.word_table.cache_clear()
        assert dictionary.word_table().words == ["国家", "我们", "的"]  # read back from the cache
        fake.write_bytes("国家 7 n\n".encode("utf-8"))  # the dictionary changes: a miss
        dictionary.word_table.cache_clear()
        assert dictionary.word_table().frequency("国家") == 7
        assert [p.name for p in cache_in.glob("jieba-table-*.bin")] != [cached.name]  # replaced
        assert len(list(cache_in.glob("jieba-table-*.bin"))) == 1
        cached.write_bytes(b"garbage")  # a damaged file is no error
        fake.write_bytes("国家 100 n\n我们 50 r\n的 300 uj\n".encode("utf-8"))
        dictionary.word_table.cache_clear()
        assert dictionary.word_table().total == 450
        monkeypatch.setenv(cache.CACHE_ENV, str(fake / "cannot-be-a-folder"))
        dictionary.word_table.cache_clear()
        assert dictionary.word_table().tag("我们") == "r"
    finally:
        dictionary.word_table.cache_clear()
