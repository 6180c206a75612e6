"""Reading documents from disk: files given directly, or found under folders.

Each file is read as UTF-8 (a BOM is dropped). A file that is missing, empty, binary or not
valid UTF-8 gives an InputError that names it; the caller goes on with the other files.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence, Union

from slogans.errors import InputError
from slogans.model import Document

_BINARY_SAMPLE = 8192


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


def read_document(source: Source) -> Document:
    """The document in ``source``'s file. Raises InputError for unreadable, empty, binary or non-UTF-8 files."""
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise InputError(str(source.path), f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(str(source.path), "the file is empty")
    if b"\x00" in data[:_BINARY_SAMPLE]:
        raise InputError(str(source.path), "a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(source.path), f"not valid UTF-8 at byte {exc.start}") from None
    return Document(source.id, text, {"path": str(source.path)})


def iter_documents(paths: Sequence[Union[str, Path]], pattern: str = "*.txt") -> Iterator[Union[Document, InputError]]:
    """Documents of ``paths`` in order, with an InputError in place of each one that cannot be read."""
    for item in find_sources(paths, pattern):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield read_document(item)
        except InputError as exc:
            yield exc
