"""Gold arguments as sets: PATH named after its folder, NAME=PATH, one name joining folders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from slogans.evaluation.gold import GoldError
from slogans.evaluation.gold_sets import load_gold_sets, parse_gold_spec, set_name


def _gold(folder: Path, *documents: str) -> Path:
    folder.mkdir(parents=True)
    for doc in documents:
        (folder / f"{doc}.json").write_text(json.dumps({"document": f"{doc}.txt", "terms": []}), encoding="utf-8")
    return folder


def test_a_set_is_named_after_its_folder_or_the_one_above_gold(tmp_path):
    assert set_name(_gold(tmp_path / "batch2" / "gold", "a")) == "batch2"
    assert set_name(_gold(tmp_path / "spring", "b")) == "spring"
    assert set_name(tmp_path / "spring" / "b.json") == "spring"


def test_name_equals_path_names_the_set(tmp_path):
    folder = _gold(tmp_path / "x" / "gold", "a")
    assert parse_gold_spec(f"mine={folder}") == ("mine", folder)
    assert parse_gold_spec(str(folder)) == ("x", folder)
    odd = _gold(tmp_path / "a=b", "c")  # a path that exists is taken whole
    assert parse_gold_spec(str(odd)) == ("a=b", odd)


def test_a_bad_gold_argument_names_the_problem(tmp_path):
    with pytest.raises(GoldError, match="no such gold file or folder"):
        parse_gold_spec(str(tmp_path / "missing"))
    with pytest.raises(GoldError, match="set name is needed"):
        parse_gold_spec(f"={tmp_path}")


def test_one_name_joins_folders(tmp_path):
    one, two, three = _gold(tmp_path / "p", "a"), _gold(tmp_path / "q", "b"), _gold(tmp_path / "r" / "gold", "c")
    gold, sets = load_gold_sets([f"old={one}", f"old={two}", str(three)])
    assert sorted(gold) == ["a.txt", "b.txt", "c.txt"]
    assert sets == {"a.txt": "old", "b.txt": "old", "c.txt": "r"}
