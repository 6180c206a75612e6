"""Files written whole or not at all, with the mode a new file normally gets."""
from __future__ import annotations

import os
import stat

import pytest

from slogans.atomic import atomic_path, temporary_beside


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_file_written_atomically_gets_the_usual_mode(tmp_path):
    target = tmp_path / "report.csv"
    with atomic_path(target) as tmp:
        tmp.write_text("a,b\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert _mode(target) == _mode(plain)


def test_a_failed_block_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_temporary_beside_is_hidden_in_the_target_folder(tmp_path):
    fd, path = temporary_beside(tmp_path / "out.jsonl")
    os.close(fd)
    assert path.parent == tmp_path and path.name.startswith(".out.jsonl.") and path.name.endswith(".part")
    with pytest.raises(OSError):
        temporary_beside(tmp_path / "missing" / "out.jsonl")
