"""Reading documents from disk: files given directly, or found under folders.

Each file's bytes are decoded by slogans.io.decoding (UTF-8 with or without BOM, UTF-16/32 by
BOM, GB18030 or Big5 detected, or the encoding the user names); the codec used is kept in
``Document.meta["encoding"]``. A file that is missing, empty, binary or undecodable gives an
InputError that names it; the caller goes on with the other files.

Tables (JSONL, CSV, Parquet; slogans.io.tables) give one document per row. With a Splitter
(slogans.io.split), each document is cut into its speeches (``ID#1``, ``ID#2`` …).

Documents come one at a time, in a stable order (arguments in order, folders sorted, table
rows in order): nothing holds the whole corpus in memory.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence, Union

from slogans.io.folder_walk import folder_files
from slogans.io.decoding import decode_bytes
from slogans.errors import InputError
from slogans.model import Document
from slogans.io.tables import TABLE_FORMATS, TableOptions, guess_format, iter_table

if TYPE_CHECKING:
    from slogans.io.split import Splitter

#: The argument that names standard input.
STDIN = "-"
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
    #: The file's size in bytes when finding it learnt it (None: not known).
    size: Optional[int] = None


def find_sources(paths: Sequence[Union[str, Path]], pattern: str = "*.txt") -> Iterator[Union[Source, InputError]]:
    """The files named by ``paths``: a file as given; a folder's files matching ``pattern``
    (recursively, ids relative to the folder, '/'-separated); ``-`` for standard input. Problems
    come as InputError: a missing file, a broken link, a link loop, a linked folder (not followed).

    Ids are unique: a file under a folder whose relative id an earlier argument already gave gets
    its path as given instead (``a/sub/x.txt`` is ``sub/x.txt``, then ``b/sub/x.txt``); a file
    whose id is still taken (the same file twice) is an InputError. A name that is not valid
    UTF-8 shows its undecodable bytes as ``\\xNN`` (see ``display_name``). The temporary files of
    an output being written (``.NAME.PID.XXXX.part``) are never taken.
    """
    taken: set[str] = set()
    for raw in paths:
        if str(raw) == STDIN:
            yield from _unique(Source(Path(STDIN), STDIN), STDIN, taken)
            continue
        path = Path(raw)
        if path.is_dir():
            listing = folder_files(path, pattern)
            found = [(p, rel, _file_status(p, lstat)) for p, rel, lstat in listing.files]
            if not any(isinstance(status, int) for _, _, status in found):
                yield InputError(display_name(raw), f"no files matching '{pattern}' in this folder")
            for p, rel, status in found:
                if isinstance(status, str):
                    yield InputError(display_name(p), status)
                elif status is not None:
                    rel = display_name(rel)
                    if rel in taken:
                        rel = display_name(p.as_posix())
                    yield from _unique(Source(p, rel, status), display_name(p), taken)
            for linked in listing.linked:
                yield InputError(display_name(linked), "a linked folder, not followed (give it as an argument to read it)")
        elif path.is_file():
            yield from _unique(Source(path, display_name(raw)), display_name(raw), taken)
        else:
            yield InputError(display_name(raw), _link_problem(path) or ("not a regular file" if path.exists() else "no such file or folder"))


def display_name(name: Union[str, Path]) -> str:
    """``name`` as it appears in ids and messages: a file name's bytes that are not UTF-8 (held by
    Python as lone surrogates) written as ``\\xNN``, so that every writer can write it.

    Example:
        >>> display_name(os.fsdecode(b"caf\\xe9.txt"))
        'caf\\\\xe9.txt'
    """
    text = str(name)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: its code point
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _unique(source: Source, shown: str, taken: set[str]) -> Iterator[Union[Source, InputError]]:
    if source.id in taken:
        yield InputError(shown, f"the id '{source.id}' is taken by an earlier input (the same file twice?); skipped")
        return
    taken.add(source.id)
    yield source


def _file_status(path: Path, status: Optional[os.stat_result]) -> Union[int, str, None]:
    """What the ``lstat`` of a found path (None: it failed; a ``stat`` is taken for a link) tells: its size
    when it is a regular file or a link to one, what is wrong with it when it is a link that leads
    nowhere, else None."""
    if status is None:
        return None
    if stat.S_ISLNK(status.st_mode):
        problem = _link_problem(path)
        if problem is not None:
            return problem
        try:
            status = os.stat(path)
        except OSError:
            return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _link_problem(path: Path) -> Optional[str]:
    """What is wrong with ``path`` if it is a symbolic link that leads nowhere, else None."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops"
        return f"a broken symbolic link (to {display_name(os.readlink(path))})"
    return None


def read_document(source: Source, encoding: Optional[str] = None) -> Document:
    """The document in ``source``'s file, decoded (see slogans.io.decoding) or read as ``encoding``.

    ``meta`` holds ``path`` and ``encoding`` (the codec used). Raises InputError for
    unreadable, empty, binary or undecodable files.
    """
    try:
        data = sys.stdin.buffer.read() if is_stdin(source) else read_bytes(source.path)
    except OSError as exc:
        raise InputError(str(source.path), f"cannot read: {exc.strerror or exc}") from None
    decoded = decode_bytes(data, str(source.path), encoding)
    meta = {"path": str(source.path), "encoding": decoded.encoding, "encoding_detected": decoded.detected}
    return Document(source.id, decoded.text, meta)


def read_bytes(path: Path) -> bytes:
    """The bytes of the file at ``path``, as ``Path.read_bytes`` gives them, read with the system's calls
    directly: on thousands of small files, the file object that ``read_bytes`` builds and drops for each costs
    more than the reading. Raises OSError."""
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks = []
        want = os.fstat(fd).st_size + 1  # the whole of a regular file in one call; the next finds the end
        while True:
            chunk = os.read(fd, want)
            if not chunk:
                return chunks[0] if len(chunks) == 1 else b"".join(chunks)
            chunks.append(chunk)
            want = max(want, _READ_MORE)
    finally:
        os.close(fd)


#: How a file is opened to be read (O_BINARY where the system has it), and how much more is asked for at a time
#: once a file gives more than its size said (a file that grows, /proc's files of size 0, a pipe).
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)
_READ_MORE = 1024 * 1024


def is_stdin(source: Source) -> bool:
    """True for the source that stands for standard input (the argument ``-``)."""
    return source.id == STDIN and str(source.path) == STDIN


def unique_documents(items: Iterable[Any]) -> Iterator[Any]:
    """``items`` (documents, files to read, InputErrors) with every document whose id an earlier one
    had replaced by an InputError, so that no two documents are ever counted as one."""
    seen: set[str] = set()
    for item in items:
        doc_id = item.id
        if not item.needs_analysis:  # an InputError, passed through
            yield item
        elif doc_id in seen:
            meta = getattr(item, "meta", {}) or {}
            where = f"{meta['path']}: row {meta['row']}" if "row" in meta else str(meta.get("path", doc_id))
            yield InputError(where, f"the id '{doc_id}' was used by an earlier document; skipped")
        else:
            seen.add(doc_id)
            yield item


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
    yield from unique_documents(_documents(paths, pattern, opts))


def _documents(paths: Sequence[Union[str, Path]], pattern: str, opts: ReadOptions) -> Iterator[Union[Document, InputError]]:
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
    if fmt != "text" and is_stdin(source):
        yield InputError(STDIN, f"standard input is read as text only, not as a {fmt.upper()} table")
        return
    if fmt != "text":
        yield from iter_table(source.path, source.id, fmt, opts.table, opts.encoding)
        return
    try:
        yield read_document(source, opts.encoding)
    except InputError as exc:
        yield exc
