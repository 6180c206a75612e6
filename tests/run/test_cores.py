"""How many workers a run asks for: the usable cores less the busy ones, and no pool imported to ask."""
from __future__ import annotations

import subprocess
import sys

import slogans.run.cores as cores


def test_auto_workers_take_the_free_cores_only():
    assert cores.auto_workers(cores=1, load=0.0) == 1  # one core: no pool
    assert cores.auto_workers(cores=2, load=0.0) == 2
    assert cores.auto_workers(cores=2, load=0.9) == 2  # another process takes less than a core
    assert cores.auto_workers(cores=2, load=1.2) == 1  # another process keeps a core busy
    assert cores.auto_workers(cores=2, load=7.5) == 1  # never fewer than one
    assert cores.auto_workers(cores=16, load=3.4) == 13
    assert cores.auto_workers(cores=4, load=-1.0) == 4  # never more than the cores


def test_auto_workers_read_this_machine(monkeypatch):
    monkeypatch.setattr(cores, "default_workers", lambda: 4)
    monkeypatch.setattr(cores.os, "getloadavg", lambda: (2.5, 0.0, 0.0))
    assert cores.auto_workers() == 2
    def no_load():
        raise OSError("no load average here")
    monkeypatch.setattr(cores.os, "getloadavg", no_load)
    assert cores.auto_workers() == 4


def test_choosing_imports_no_pool():
    code = "import sys; from slogans.run.cores import auto_workers; auto_workers(); print('multiprocessing' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
