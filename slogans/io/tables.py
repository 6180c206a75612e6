"""Corpora kept as tables: JSONL, CSV or Parquet files with a text column, an id and metadata.

Tables are read in chunks (row by row for CSV and JSONL, pyarrow ``iter_batches`` for
Parquet), so memory does not grow with the table; a malformed CSV or JSONL row is an error of
its own (``FILE: row N: …``) and costs only itself. Each row becomes a Document whose id
is the id column's value (or ``FILE#ROW`` without one) and whose ``meta["columns"]`` holds
the kept columns; a kept column called ``date`` (or ``日期``) is also put in ``meta["date"]``.

CSV and JSONL bytes are decoded like text files (slogans.io.decoding): the encoding is detected
on the file's first block, or named by the user, and checked over the whole file, block by
block, before pandas reads it, so that a bad byte is reported with its offset.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from slogans.io.decoding import BadBytes, decode_blocks, decode_bytes
from slogans.errors import InputError
from slogans.model import Document

#: The table formats and the file extensions that name them.
TABLE_FORMATS = ("jsonl", "csv", "parquet")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
#: Names of a kept column that holds the document's date.
DATE_COLUMNS = ("date", "日期")
_BLOCK = 1 << 20
_MAX_FIELD = 2**31 - 1
#: A JSON line that may hold a lone surrogate (an escape of one), and the character itself.
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class TableOptions:
    """Which columns of a table matter.

    ``id_column`` None means: the column ``id`` if the table has one, else the row number.
    """

    text_column: str = "text"
    id_column: Optional[str] = None
    keep_columns: tuple[str, ...] = ()
    chunk_rows: int = 5000


def guess_format(path: Union[str, Path]) -> Optional[str]:
    """The table format named by ``path``'s extension, or None for a plain text file."""
    return EXTENSIONS.get((path if isinstance(path, Path) else Path(path)).suffix.lower())


def iter_table(
    path: Path, name: str, fmt: str, options: TableOptions = TableOptions(), encoding: Optional[str] = None
) -> Iterator[Union[Document, InputError]]:
    """The rows of the table at ``path`` as Documents, in order; ``name`` is how the file is
    named in ids and errors. A problem with the whole file ends it with one InputError; a
    problem with one row (no text, a repeated id) gives an InputError for that row."""
    try:
        if fmt == "parquet":
            codec = "utf-8"
            chunks = _parquet_chunks(path, name, options)
        elif fmt in ("csv", "jsonl"):
            codec = _table_encoding(path, name, encoding)
            chunks = _text_chunks(path, name, fmt, codec, options)
        else:
            raise InputError(name, f"unknown table format '{fmt}' (known: {', '.join(TABLE_FORMATS)})")
        seen: set[str] = set()
        for chunk in chunks:
            if isinstance(chunk, InputError):
                yield chunk  # one malformed row: the others are read
            else:
                yield from _documents(chunk, name, codec, options, seen)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")


@dataclass(frozen=True)
class Chunk:
    """Consecutive rows of a table: their numbers (from 1, as the report's FILE#ROW counts them),
    the table's columns, and the rows as records (missing values None)."""

    numbers: list[int]
    columns: list[str]
    records: list[dict[str, Any]]


def _documents(chunk: Chunk, name: str, codec: str, options: TableOptions, seen: set[str]) -> Iterator[Union[Document, InputError]]:
    id_column = options.id_column or ("id" if "id" in chunk.columns else None)
    texts = [r.get(options.text_column) for r in chunk.records]
    ids = [r.get(id_column) for r in chunk.records] if id_column else [None] * len(texts)
    kept = {c: [r.get(c) for r in chunk.records] for c in options.keep_columns}
    for i, (text, raw_id) in enumerate(zip(texts, ids)):
        number = chunk.numbers[i]
        doc_id = f"{name}#{number}" if id_column is None else _plain(raw_id)
        where = f"{name}: row {number}"
        if doc_id is None or doc_id == "":
            yield InputError(where, f"the id column '{id_column}' is empty")
            continue
        doc_id = str(doc_id)
        if doc_id in seen:
            yield InputError(where, f"the id '{doc_id}' was used by an earlier row")
            continue
        seen.add(doc_id)
        text = _plain(text)
        if not isinstance(text, str) or not text.strip():
            yield InputError(where, f"the text column '{options.text_column}' is empty (id '{doc_id}')")
            continue
        meta: dict[str, Any] = {"path": name, "row": number, "encoding": codec}
        if kept:
            values = {c: _plain(v[i]) for c, v in kept.items()}
            meta["columns"] = values
            for c in options.keep_columns:
                if c.lower() in DATE_COLUMNS and values[c] is not None:
                    meta["date"] = str(values[c])
                    break
        yield Document(doc_id, text, meta)


def _plain(value: Any) -> Any:
    """A cell as a plain Python value: None for missing, ISO text for dates, Python numbers."""
    import pandas as pd

    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value) is True):
        return None
    if isinstance(value, dt.datetime):  # also pandas' Timestamp
        return value.date().isoformat() if value.time() == dt.time() and value.tzinfo is None else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    return value


def _check_columns(columns: list[str], name: str, options: TableOptions) -> None:
    needed = [("text", options.text_column, "--text-column")]
    if options.id_column:
        needed.append(("id", options.id_column, "--id-column"))
    needed += [("kept", c, "--keep-columns") for c in options.keep_columns]
    for role, column, flag in needed:
        if column not in columns:
            shown = ", ".join(str(c) for c in columns) or "none"
            raise InputError(name, f"no column '{column}' (the table has: {shown}); name the {role} column with {flag}")


def _table_encoding(path: Path, name: str, encoding: Optional[str]) -> str:
    """The codec of a CSV/JSONL file: named, or detected on its first block; checked over the
    whole file so that a bad byte is reported with its offset."""
    with open(path, "rb") as fh:
        head = fh.read(_BLOCK)
    if not head.strip():
        raise InputError(name, "the file is empty")
    sample = head if len(head) < _BLOCK else head[: head.rfind(b"\n") + 1] or head
    codec = decode_bytes(sample, name, encoding).encoding
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        codec = codec[:6]  # let the codec read the byte-order mark itself
    elif codec == "utf-8" and head.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    with open(path, "rb") as fh:
        try:
            for _ in decode_blocks(iter(lambda: fh.read(_BLOCK), b""), codec):
                pass
        except BadBytes as bad:
            raise InputError(name, f"cannot decode as {encoding or codec} at byte {bad.offset}") from None
    return codec


def _text_chunks(path: Path, name: str, fmt: str, codec: str, options: TableOptions) -> Iterator[Union[Chunk, InputError]]:
    """The rows of a CSV or JSONL table in chunks of ``options.chunk_rows``; a malformed row comes as
    an InputError of its own (``FILE: row N: …``) in its place, and costs only itself."""
    rows = _csv_rows(path, name, codec) if fmt == "csv" else _jsonl_rows(path, name, codec)
    columns: list[str] = []
    checked = False  # the columns are checked on the first chunk (JSONL: the keys of all its rows)
    numbers: list[int] = []
    records: list[dict[str, Any]] = []
    for item in rows:
        if isinstance(item, InputError):
            if records:
                yield _checked(Chunk(numbers, columns, records), name, options, checked)
                checked = True
                numbers, records = [], []
            yield item
            continue
        number, record, columns = item
        numbers.append(number)
        records.append(record)
        if len(records) >= options.chunk_rows:
            yield _checked(Chunk(numbers, columns, records), name, options, checked)
            checked = True
            numbers, records = [], []
    if records:
        yield _checked(Chunk(numbers, columns, records), name, options, checked)


def _checked(chunk: Chunk, name: str, options: TableOptions, checked: bool) -> Chunk:
    if not checked:
        _check_columns(chunk.columns, name, options)
    return chunk


def _no_surrogates(value: Any) -> Any:
    """A string with each lone surrogate (a JSON ``\\udXXX`` escape of half a pair) replaced by
    U+FFFD, one character for one, so that every writer can write it and offsets stay."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _csv_rows(path: Path, name: str, codec: str) -> Iterator[Union[tuple[int, dict[str, Any], list[str]], InputError]]:
    """(row number, record, header) of each data row of a CSV file; empty cells None, blank lines skipped."""
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD))  # a cell may hold a whole book
    with open(path, encoding=codec, newline="") as fh:
        reader = csv.reader(fh)
        header: Optional[list[str]] = None
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                number += 1
                yield InputError(f"{name}: row {number}", f"not a valid CSV row: {exc}")
                continue
            if not row:
                continue
            if header is None:
                header = row
                continue
            number += 1
            if len(row) > len(header):
                yield InputError(f"{name}: row {number}", f"{len(row)} fields, but the header names {len(header)} (line {reader.line_num})")
                continue
            yield number, {c: (v if v != "" else None) for c, v in zip(header, row)}, header


def _jsonl_rows(path: Path, name: str, codec: str) -> Iterator[Union[tuple[int, dict[str, Any], list[str]], InputError]]:
    """(row number, record, columns so far) of each JSON object line; blank lines skipped."""
    columns: dict[str, None] = {}
    number = 0
    with open(path, encoding=codec) as fh:
        for line_number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            number += 1
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield InputError(f"{name}: row {number}", f"not valid JSON (line {line_number}): {exc}")
                continue
            if not isinstance(record, dict):
                yield InputError(f"{name}: row {number}", f"not a JSON object (line {line_number})")
                continue
            if _SURROGATE.search(line):  # "\ud800" is valid JSON but no character: U+FFFD, offsets kept
                record = {_no_surrogates(k): _no_surrogates(v) for k, v in record.items()}
            columns.update(dict.fromkeys(map(str, record)))
            yield number, record, list(columns)


def _parquet_chunks(path: Path, name: str, options: TableOptions) -> Iterator[Any]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(name, "reading Parquet needs pyarrow: pip install 'slogans[parquet]'") from None
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for non-Parquet files
        raise InputError(name, f"not a valid Parquet file: {exc}") from None
    columns = table.schema_arrow.names
    _check_columns(columns, name, options)
    id_column = options.id_column or ("id" if "id" in columns else None)
    wanted = list(dict.fromkeys([options.text_column] + ([id_column] if id_column else []) + list(options.keep_columns)))
    row = 0
    for batch in table.iter_batches(batch_size=options.chunk_rows, columns=wanted):
        records = batch.to_pylist()
        yield Chunk(list(range(row + 1, row + len(records) + 1)), columns, records)
        row += len(records)
