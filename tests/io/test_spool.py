"""The row spool: rows back in the order added, in memory up to its bound and on disk past it."""
from __future__ import annotations

import sys

from slogans.io.spool import RowSpool


def _rows(doc: int) -> list[tuple]:
    return [(f"d{doc:04d}.txt", "五个好", "numbered", 2, ["甲", "乙"], "lexicon", None, 2017, "text", 900 + doc)]


def test_rows_come_back_in_the_order_added_and_stay_in_memory_below_the_bound():
    spool = RowSpool(memory_bytes=1 << 20)
    for doc in range(50):
        spool.add(_rows(doc))
    assert not spool.on_disk
    assert list(spool.records()) == [row for doc in range(50) for row in _rows(doc)]
    assert list(spool.records()) == [row for doc in range(50) for row in _rows(doc)]  # read again: the same
    spool.close()


def test_past_the_bound_the_rows_move_to_a_temporary_file_and_none_is_lost():
    spool = RowSpool(memory_bytes=2_000)
    for doc in range(200):
        spool.add(_rows(doc))
    assert spool.on_disk
    assert list(spool.records()) == [row for doc in range(200) for row in _rows(doc)]
    spool.close()


def test_an_empty_spool_gives_no_rows():
    assert list(RowSpool().records()) == []


def test_a_spool_in_memory_imports_no_tempfile():
    import subprocess

    code = "import sys; from slogans.io.spool import RowSpool; s = RowSpool(); s.add([('a', 1)]); list(s.records()); print('tempfile' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
