"""Reading documents from disk: files given directly, or found under folders.

Each file's bytes are decoded by slogans.decoding (UTF-8 with or without BOM, UTF-16/32 by
BOM, GB18030 or Big5 detected, or the encoding the user names); the codec used is kept in
``Document.meta["encoding"]``. A file that is missing, empty, binary or undecodable gives an
InputError that names it; the caller goes on with the other files.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

from slogans.decoding import decode_bytes
from slogans.errors import InputError
from slogans.model import Document


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
    return Document(source.id, decoded.text, {"path": str(source.path), "encoding": decoded.encoding})


def iter_documents(
    paths: Sequence[Union[str, Path]], pattern: str = "*.txt", encoding: Optional[str] = None
) -> Iterator[Union[Document, InputError]]:
    """Documents of ``paths`` in order, one at a time, with an InputError in place of each one
    that cannot be read. ``encoding`` overrides detection for every file."""
    for item in find_sources(paths, pattern):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield read_document(item, encoding)
        except InputError as exc:
            yield exc
