"""The frequency table written as documents come, without holding it where the format allows.

Rows are spooled, one pickle per document, to a temporary file as each document is done; the texts
are never kept, and the rows only on disk. At the end:

- long CSV or JSONL, documents in the contract's order (each document id greater than the one
  before, as a folder's sorted files give): the spool is copied into the report row by row, and
  memory holds neither texts nor table;
- otherwise (ids out of order, ``--wide``, JSON, Parquet, extra columns): the table is read into pandas to be
  sorted or shaped, and memory holds the table (never the texts).

Either way the report is the one ``report.write_report`` gives, written to a temporary file and
renamed (``report.atomic_path``), so no run leaves a half-written report.
"""
from __future__ import annotations

import csv
import json
import pickle
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Iterator, Optional, Sequence

from slogans.model import TermCount
from slogans.report import COLUMNS, add_document_columns, atomic_path, frame_from_records, write_report

_CSV_JOINER = "、"


class TableWriter:
    """Collects the rows of one run and writes the report on ``close()`` (``discard()`` drops it).

    Use as a context manager: the report is written when the block ends normally.
    """

    def __init__(self, target: Optional[Path], fmt: str, wide: bool = False, stdout: Optional[IO[str]] = None):
        if fmt == "parquet" and target is None:
            raise ValueError("parquet output needs a file (-o FILE)")
        self.target = target
        self.fmt = fmt
        self.wide = wide
        self.stdout = stdout
        self._spool: IO[bytes] = tempfile.TemporaryFile("w+b")
        self._last: Optional[str] = None
        self.in_order = True
        self.rows = 0
        self.extra: dict[str, dict[str, Any]] = {}  # per document: title, kept columns

    def add(self, rows: Sequence[TermCount], extra: Optional[dict[str, Any]] = None) -> None:
        """The rows of one document (as ``Extractor.count`` gives them: by count, then term), and
        the document's extra columns (a compilation part's title, a table's kept columns)."""
        if not rows:
            return
        if extra:
            self.extra[rows[0].document] = dict(extra)
        doc = rows[0].document
        if self._last is not None and not doc > self._last:
            self.in_order = False
        self._last = doc
        # one pickle per document (our own temporary file): a row each, or JSON, costs several times more
        pickle.dump([r.as_row() for r in rows], self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self.rows += len(rows)

    @property
    def streams(self) -> bool:
        """True when the report can be copied from the spool without holding the table."""
        return self.in_order and not self.wide and not self.extra and self.fmt in ("csv", "jsonl")

    def close(self) -> None:
        """Write the report (to the target, atomically, or to stdout)."""
        try:
            if self.streams:
                if self.target is None:
                    assert self.stdout is not None
                    self._copy(self.stdout)
                else:
                    with atomic_path(self.target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
                        self._copy(fh)
            else:
                frame = add_document_columns(frame_from_records(dict(zip(COLUMNS, r)) for r in self._records()), self.extra)
                write_report(frame, self.target, self.fmt, self.wide, stdout=self.stdout)
        finally:
            self._spool.close()

    def discard(self) -> None:
        """Drop the rows; nothing is written."""
        self._spool.close()

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind: Optional[type], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()

    def _records(self) -> Iterator[tuple[Any, ...]]:
        self._spool.seek(0)
        while True:
            try:
                yield from pickle.load(self._spool)
            except EOFError:
                return

    def _copy(self, out: IO[str]) -> None:
        if self.fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(COLUMNS)
            for doc, term, kind, count, components, source, simplified in self._records():
                writer.writerow([doc, term, kind, count, _joined(components), source or "", _joined(simplified)])
        else:
            for record in self._records():
                out.write(json.dumps(dict(zip(COLUMNS, record)), ensure_ascii=False) + "\n")


def _joined(members: Optional[list[str]]) -> str:
    return _CSV_JOINER.join(members) if members is not None else ""
