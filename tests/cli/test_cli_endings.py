"""Every ending of a command: one line on stderr, a documented exit status, no temporary file left."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from cli_runner import separate_stderr_runner
from slogans.cli import main
from slogans.cli.endings import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_WRITE_FAILED

TEXT = "开展“创先争优”活动,围绕“五个好”争创目标。"
CLI = [sys.executable, "-c", "from slogans.cli import main; main()"]


def run(*args: str):
    return separate_stderr_runner().invoke(main, list(args))


def _speeches(folder, n=3):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i}.txt").write_text(TEXT * (i + 1), encoding="utf-8")
    return folder


def test_a_full_disk_is_one_line_and_exit_3(tmp_path):
    folder = _speeches(tmp_path / "in")
    mentions = tmp_path / "out" / "m.csv"
    mentions.parent.mkdir()
    result = run("extract", str(folder), "-o", "/dev/full", "--mentions", str(mentions))
    assert result.exit_code == EXIT_WRITE_FAILED == 3
    assert result.stderr == "error: /dev/full: cannot write: No space left on device\n"
    assert list(mentions.parent.iterdir()) == []


def test_a_full_disk_under_the_mentions_leaves_no_temporary_and_the_old_report(tmp_path, monkeypatch):
    import slogans.io.report

    folder = _speeches(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.csv").write_text("old\n", encoding="utf-8")
    real_open = open

    def full_disk_open(path, mode="r", *a, **kw):
        fh = real_open(path, mode, *a, **kw)
        if "w" in mode and str(path).endswith(".part") and ".m.csv." in str(path):
            def write(_text):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            fh.write = write
        return fh

    monkeypatch.setattr(slogans.io.report, "open", full_disk_open, raising=False)
    result = run("extract", str(folder), "-o", str(out / "r.csv"), "--mentions", str(out / "m.csv"))
    assert result.exit_code == 3
    assert result.stderr == f"error: {out / 'm.csv'}: cannot write: No space left on device\n"
    assert sorted(p.name for p in out.iterdir()) == ["r.csv"] and (out / "r.csv").read_text(encoding="utf-8") == "old\n"


def test_ctrl_c_is_exit_130_without_a_traceback(tmp_path, monkeypatch):
    import slogans.cli.extract

    def interrupted(*args, **kwargs):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(slogans.cli.extract, "run", interrupted)
    out = tmp_path / "r.csv"
    result = run("extract", str(_speeches(tmp_path / "in")), "-o", str(out), "--workers", "1")
    assert result.exit_code == EXIT_INTERRUPTED == 130
    assert result.stderr == "error: interrupted\n"
    assert list(tmp_path.iterdir()) == [tmp_path / "in"]


def _wait_for_part(folder, proc, seconds=60.0, parts=1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if sum(p.name.endswith(".part") for p in folder.iterdir()) >= parts:
            time.sleep(0.2)  # the run settles into reading standard input
            return
        if proc.poll() is not None:
            pytest.fail(f"ended early: {proc.returncode} {proc.stderr.read()}")
        time.sleep(0.05)
    pytest.fail("no temporary report appeared")


@pytest.mark.parametrize("signum, status, message", [
    (signal.SIGTERM, EXIT_TERMINATED, "error: terminated"),
    (signal.SIGINT, EXIT_INTERRUPTED, "error: interrupted"),
])
def test_a_signal_removes_the_temporary_files(tmp_path, signum, status, message):
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.csv").write_text("old\n", encoding="utf-8")
    # standard input that never ends: the run waits in the middle, its temporary report open
    proc = subprocess.Popen([*CLI, "extract", "-", "-o", str(out / "r.csv"), "--mentions", str(out / "m.csv")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_part(out, proc, parts=2)  # the report's and the mentions' temporary files
        proc.send_signal(signum)
        proc.wait(timeout=60)  # standard input stays open: the signal, not its end, stops the run
        stderr = proc.stderr.read()
    finally:
        proc.kill()
        proc.stdin.close()
    assert proc.returncode == status
    assert stderr.splitlines() == [message]
    assert sorted(p.name for p in out.iterdir()) == ["r.csv"] and (out / "r.csv").read_text(encoding="utf-8") == "old\n"


def test_a_closed_standard_output_is_exit_141_quietly(tmp_path):
    folder = _speeches(tmp_path / "in", 40)
    proc = subprocess.Popen([*CLI, "extract", str(folder), "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first row
    stderr = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == EXIT_BROKEN_PIPE == 141
    assert stderr == b""


def test_a_killed_run_leaves_a_part_that_the_next_run_removes(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([*CLI, "extract", "-", "-o", str(out / "r.csv")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_part(out, proc)
        proc.kill()  # SIGKILL: nothing can clean up
        proc.wait(timeout=60)
    finally:
        proc.kill()
    assert [p.name for p in out.iterdir() if p.name.endswith(".part")]
    _speeches(out, 1)
    listed = run("extract", str(out), "--glob", "*", "--format", "jsonl")  # the stale file is never input
    assert listed.exit_code == 0, listed.stderr
    assert {json.loads(line)["document"] for line in listed.stdout.splitlines()} == {"0.txt"}
    assert run("extract", str(out / "0.txt"), "-o", str(out / "r.csv")).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["0.txt", "r.csv"]  # and the next run that writes r.csv removed it
