"""The frequency table written as documents come, without holding it where the format allows.

Rows are spooled, one pickle per document, as each document is done (``spool.RowSpool``: in memory up
to a few megabytes, then in a temporary file); the texts are never kept. Long CSV or JSONL to a file is also
written as it comes, to a temporary file beside the report, for as long as the documents come in the contract's
order (each document id greater than the one before, as a folder's sorted files give). At the end:

- still in order: the temporary report is renamed into place (to stdout, the spool is copied row
  by row); memory holds no texts and at most the spool's bound of rows, and no work is left for the end of the run;
- ids out of order, or JSON: the rows are read from the spool, sorted and written with the standard
  library, and memory holds the rows (never the texts);
- otherwise (``--wide``, Parquet, extra columns): the table is read from the spool into pandas to
  be shaped, and memory holds the table (never the texts).

Either way the report is the one ``report.write_report`` gives, written to a temporary file and
renamed, so no run leaves a half-written report.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Sequence

from slogans.model import TermCount
from slogans.io.atomic import atomic_path, output_errors, output_target, temporary_beside
from slogans.errors import OutputError
from slogans.io.spool import RowSpool
from slogans.io.report import COLUMNS, CSV_JOINER, ROW_COLUMNS, add_document_columns, components_json, frame_from_records, json_text, write_report


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
        self._spool = RowSpool()
        self._last: Optional[str] = None
        self.in_order = True
        self.rows = 0
        self.extra: dict[str, dict[str, Any]] = {}  # per document: title, kept columns
        # the report itself, written as rows come while they can be (see the module's docstring)
        self._direct: Optional[IO[str]] = None
        self._direct_path: Optional[Path] = None
        # a device or FIFO is written only at the end, so that a run whose inputs all fail writes nothing
        self._real, in_place = output_target(target) if target is not None else (None, True)
        if self._real is not None and not in_place and not wide and fmt in ("csv", "jsonl"):
            try:
                fd, self._direct_path = temporary_beside(self._real)
            except OSError as exc:
                raise OutputError(str(target), f"cannot write: {exc.strerror or exc}") from None
            self._direct = os.fdopen(fd, "w", encoding="utf-8", newline="")
            self._direct_rows = _row_writer(self._direct, fmt)

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
        records = [r.as_row() for r in rows]
        self._spool.add(records)
        self.rows += len(rows)
        if self._direct is not None:
            if self.streams:
                with output_errors(self.target):
                    self._direct_rows(records)
            else:
                self._drop_direct()  # the report will be shaped from the spool at the end

    @property
    def streams(self) -> bool:
        """True when the report can be copied from the spool without holding the table."""
        return self.in_order and not self.wide and not self.extra and self.fmt in ("csv", "jsonl")

    def close(self) -> None:
        """Write the report (to the target, atomically, or to stdout)."""
        try:
            if self.streams and self._direct is not None:
                assert self._direct_path is not None and self._real is not None
                with output_errors(self.target):
                    self._direct.close()
                    self._direct = None
                    os.replace(self._direct_path, self._real)
                self._direct_path = None
            elif self.streams or self._plain:
                if self.target is None:
                    assert self.stdout is not None
                    with output_errors(None):
                        self._copy(self.stdout)
                else:
                    with atomic_path(self.target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
                        self._copy(fh)
            else:
                frame = add_document_columns(frame_from_records(dict(zip(ROW_COLUMNS, r)) for r in self._records()), self.extra)
                with output_errors(self.target):
                    write_report(frame, self.target, self.fmt, self.wide, stdout=self.stdout)
        finally:
            self._drop_direct()
            self._spool.close()

    def discard(self) -> None:
        """Drop the rows; nothing is written (the temporary report is removed)."""
        self._drop_direct()
        self._spool.close()

    def _drop_direct(self) -> None:
        if self._direct is not None:
            try:
                self._direct.close()
            except OSError:  # a full disk: the file goes anyway
                pass
            self._direct = None
        if self._direct_path is not None:
            self._direct_path.unlink(missing_ok=True)
            self._direct_path = None

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind: Optional[type], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()

    def _records(self) -> Iterator[tuple[Any, ...]]:
        return self._spool.records()

    @property
    def _plain(self) -> bool:
        """True when the report is the contract's columns alone, in a format the standard library writes."""
        return not self.wide and not self.extra and self.fmt in ("csv", "jsonl", "json")

    def _copy(self, out: IO[str]) -> None:
        if self.streams:
            _row_writer(out, self.fmt)(self._records())
            return
        rows = sorted(self._records(), key=_contract_order)  # the order of report.frame_from_records
        if self.fmt == "json":
            json.dump([_record(row) for row in rows], out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            _row_writer(out, self.fmt)(rows)


def _contract_order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Sort key of a row: document, then count descending, then term."""
    return row[0], -row[3], row[1]


def _row_writer(out: IO[str], fmt: str) -> Callable[[Iterable[tuple[Any, ...]]], None]:
    """A function that writes rows (``TermCount.as_row`` tuples) to ``out`` as long CSV (its header
    written now) or JSONL, exactly as ``report.write_report`` writes them."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)

        def write_csv(rows: Iterable[tuple[Any, ...]]) -> None:
            writer.writerows(
                [doc, term, kind, count, _joined(components), source or "", _joined(simplified), components_json(components) or "",
                 "" if year is None else year, year_source or "", "" if chars is None else chars]
                for doc, term, kind, count, components, source, simplified, year, year_source, chars in rows
            )
        return write_csv

    def write_jsonl(rows: Iterable[tuple[Any, ...]]) -> None:
        out.writelines(
            json_text(_record(row)) + "\n" for row in rows
        )
    return write_jsonl


def _record(row: tuple[Any, ...]) -> dict[str, Any]:
    """A row as a record of ``COLUMNS`` (``components_json`` derived from the members)."""
    record = dict(zip(ROW_COLUMNS, row))
    return {c: components_json(record["components"]) if c == "components_json" else record[c] for c in COLUMNS}


def _joined(members: Optional[list[str]]) -> str:
    return CSV_JOINER.join(members) if members is not None else ""
