"""Files written whole or not at all, with the mode a new file normally gets."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from slogans.io.atomic import atomic_path, is_temporary, output_target, temporary_beside
from slogans.errors import OutputError, OutputWriteError


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
    assert path.parent == tmp_path and path.name.startswith(f".out.jsonl.{os.getpid()}.") and path.name.endswith(".part")
    assert is_temporary(path)
    with pytest.raises(OSError):
        temporary_beside(tmp_path / "missing" / "out.jsonl")


def test_temporary_files_are_new_absolute_and_take_the_usual_mode(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = [temporary_beside(Path("out.csv")) for _ in range(20)]
    for fd, _ in made:
        os.close(fd)
    paths = [path for _, path in made]
    assert len(set(paths)) == 20 and all(p.is_absolute() and p.parent == tmp_path for p in paths)
    umask = os.umask(0)
    os.umask(umask)
    assert {stat.S_IMODE(p.stat().st_mode) for p in paths} == {0o666 & ~umask}


def test_a_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with atomic_path(link) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    broken = tmp_path / "broken.csv"
    broken.symlink_to(tmp_path / "made.csv")
    with atomic_path(broken) as tmp:
        tmp.write_text("made", encoding="utf-8")
    assert broken.is_symlink() and (tmp_path / "made.csv").read_text(encoding="utf-8") == "made"


def test_a_fifo_and_a_device_are_written_in_place_never_replaced(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    with atomic_path(fifo) as path:
        assert path == fifo
        path.write_text("rows", encoding="utf-8")
    reader.join(10)
    assert got == ["rows"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert output_target("/dev/null") == (Path("/dev/null"), True)
    with atomic_path("/dev/null") as path:
        path.write_text("gone", encoding="utf-8")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_folder_or_a_link_loop_is_refused(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        output_target(tmp_path)
    loop = tmp_path / "loop.csv"
    loop.symlink_to(tmp_path / "loop2.csv")
    (tmp_path / "loop2.csv").symlink_to(loop)
    with pytest.raises(OutputError, match=r"loop\.csv: cannot write"):
        output_target(loop)


def test_a_stale_temporary_file_of_a_killed_run_is_removed_and_never_input(tmp_path):
    import subprocess

    proc = subprocess.Popen(["true"])  # its pid no longer runs once it is waited for
    proc.wait()
    stale = tmp_path / f".report.csv.{proc.pid}.abc123.part"
    stale.write_text("half", encoding="utf-8")
    mine = tmp_path / f".report.csv.{os.getpid()}.xyz.part"
    mine.write_text("in progress", encoding="utf-8")
    assert is_temporary(stale) and not is_temporary(tmp_path / "report.csv")
    with atomic_path(tmp_path / "report.csv") as tmp:
        tmp.write_text("whole", encoding="utf-8")
    assert not stale.exists() and mine.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name, "report.csv"]


def test_a_write_error_names_the_file_and_leaves_no_temporary(tmp_path):
    import errno

    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OutputWriteError, match=r"report\.csv: cannot write: No space left on device"):
        with atomic_path(target):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_temporary_files_of_an_interrupted_run_are_removed_wherever_it_stopped(tmp_path):
    from slogans.io.atomic import remove_live_parts, temporary_beside

    fd, part = temporary_beside(tmp_path / "report.csv")  # made, but no block owns it yet
    os.close(fd)
    kept = tmp_path / "kept.csv"
    with atomic_path(kept) as tmp:
        tmp.write_text("done\n", encoding="utf-8")
    remove_live_parts()
    assert not part.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv"] and kept.read_text(encoding="utf-8") == "done\n"
