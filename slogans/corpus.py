"""Reading documents from disk: files given directly, or found under folders.

Each file's bytes are decoded by slogans.decoding (UTF-8 with or without BOM, UTF-16/32 by
BOM, GB18030 or Big5 detected, or the encoding the user names); the codec used is kept in
``Document.meta["encoding"]``. A file that is missing, empty, binary or undecodable gives an
InputError that names it; the caller goes on with the other files.

Tables (JSONL, CSV, Parquet; slogans.tables) give one document per row. With a Splitter
(slogans.split), each document is cut into its speeches (``ID#1``, ``ID#2`` …).

Documents come one at a time, in a stable order (arguments in order, folders sorted, table
rows in order): nothing holds the whole corpus in memory.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional, Sequence, Union

from slogans.decoding import decode_bytes
from slogans.errors import InputError
from slogans.model import Document
from slogans.tables import TABLE_FORMATS, TableOptions, guess_format, iter_table

if TYPE_CHECKING:
    from slogans.split import Splitter

#: The input formats: plain text files and the table formats.
INPUT_FORMATS = ("text",) + TABLE_FORMATS


@dataclass(frozen=True)
class ReadOptions:
    """How to read the inputs.

    ``input_format`` None guesses each file's format from its extension (.jsonl, .csv,
    .parquet are tables, anything else text); ``encoding`` None detects it per file;
    ``splitter`` cuts compilations into their speeches.
    """

    encoding: Optional[str] = None
    input_format: Optional[str] = None
    table: TableOptions = field(default_factory=TableOptions)
    splitter: Optional["Splitter"] = None


@dataclass(frozen=True)
class Source:
    """A file to read and the id its document gets in the report."""

    path: Path
    id: str


def find_sources(paths: Sequence[Union[str, Path]], pattern: str = "*.txt") -> Iterator[Union[Source, InputError]]:
    """The files named by ``paths``: a file as given; a folder's files matching ``pattern``
    (recursively, ids relative to the folder, '/'-separated). Problems come as InputError."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not found:
                yield InputError(str(raw), f"no files matching '{pattern}' in this folder")
            for p in found:
                yield Source(p, p.relative_to(path).as_posix())
        elif path.is_file():
            yield Source(path, str(raw))
        elif path.exists():
            yield InputError(str(raw), "not a regular file")
        else:
            yield InputError(str(raw), "no such file or folder")


def read_document(source: Source, encoding: Optional[str] = None) -> Document:
    """The document in ``source``'s file, decoded (see slogans.decoding) or read as ``encoding``.

    ``meta`` holds ``path`` and ``encoding`` (the codec used). Raises InputError for
    unreadable, empty, binary or undecodable files.
    """
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise InputError(str(source.path), f"cannot read: {exc.strerror or exc}") from None
    decoded = decode_bytes(data, str(source.path), encoding)
    meta = {"path": str(source.path), "encoding": decoded.encoding, "encoding_detected": decoded.detected}
    return Document(source.id, decoded.text, meta)


def iter_documents(
    paths: Sequence[Union[str, Path]], pattern: Optional[str] = None, encoding: Optional[str] = None,
    options: Optional[ReadOptions] = None,
) -> Iterator[Union[Document, InputError]]:
    """Documents of ``paths`` in order, one at a time, with an InputError in place of each one
    that cannot be read (or each table row that cannot).

    ``pattern`` picks the files of folders (default ``*.txt``, or ``*.jsonl`` etc. when
    ``options.input_format`` names a table format); ``encoding`` overrides detection.
    """
    pattern, opts = resolve_options(pattern, options, encoding)
    for item in find_sources(paths, pattern):
        if isinstance(item, InputError):
            yield item
            continue
        yield from read_source(item, opts)


def resolve_options(pattern: Optional[str], options: Optional[ReadOptions], encoding: Optional[str] = None) -> tuple[str, ReadOptions]:
    """The folder pattern and read options a run uses (``encoding`` overrides the options')."""
    opts = options or ReadOptions()
    if encoding is not None:
        opts = ReadOptions(encoding, opts.input_format, opts.table, opts.splitter)
    if pattern is None:
        pattern = f"*.{opts.input_format}" if opts.input_format in TABLE_FORMATS else "*.txt"
    return pattern, opts


def source_format(source: Source, opts: ReadOptions) -> str:
    """'text' or the table format ``source`` is read as."""
    return opts.input_format or guess_format(source.path) or "text"


def read_source(source: Source, opts: ReadOptions) -> Iterator[Union[Document, InputError]]:
    """The documents of one file (a text, a compilation's parts, a table's rows), an InputError
    in place of each one that cannot be read."""
    for doc in _read_source(source, opts):
        if isinstance(doc, InputError) or opts.splitter is None:
            yield doc
            continue
        try:
            yield from opts.splitter.split(doc)
        except InputError as exc:
            yield exc


def _read_source(source: Source, opts: ReadOptions) -> Iterator[Union[Document, InputError]]:
    fmt = source_format(source, opts)
    if fmt != "text":
        yield from iter_table(source.path, source.id, fmt, opts.table, opts.encoding)
        return
    try:
        yield read_document(source, opts.encoding)
    except InputError as exc:
        yield exc
