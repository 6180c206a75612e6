"""The rows of a run set aside until its report is written: in memory up to a bound, then in a temporary file.

One pickle per document. Most runs' rows fit in a few megabytes and never touch the disk (nor import
``tempfile``, which a run of many small files paid for on every start); a run past ``MEMORY_BYTES`` moves them
to a temporary file and goes on there, so memory stays bounded however many documents come.
"""
from __future__ import annotations

import io
import pickle
from typing import IO, Any, Iterator, Sequence

#: Bytes of pickled rows held in memory before they move to a temporary file.
MEMORY_BYTES = 8 * 1024 * 1024


class RowSpool:
    """Rows added document by document (``add``) and read back in the order added (``records``)."""

    def __init__(self, memory_bytes: int = MEMORY_BYTES):
        self._memory_bytes = memory_bytes
        self._file: IO[bytes] = io.BytesIO()
        self.on_disk = False

    def add(self, records: Sequence[tuple[Any, ...]]) -> None:
        """Set aside the rows of one document."""
        pickle.dump(records, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        if not self.on_disk and self._file.tell() > self._memory_bytes:
            import tempfile  # here: a run whose rows fit in memory never imports it

            held = self._file
            self._file = tempfile.TemporaryFile("w+b")
            self._file.write(held.getbuffer())
            self.on_disk = True

    def records(self) -> Iterator[tuple[Any, ...]]:
        """Every row set aside, in the order added."""
        self._file.seek(0)
        while True:
            try:
                yield from pickle.load(self._file)
            except EOFError:
                return

    def close(self) -> None:
        """Drop the rows (the temporary file is removed)."""
        self._file.close()
