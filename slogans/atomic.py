"""Files that appear whole or not at all: written beside their target, then renamed into place.

The temporary file gets the mode a plain ``open(path, "w")`` would give (0666 less the umask),
not ``mkstemp``'s owner-only 0600, so a report is as readable as any file its user writes.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Read once: reading the umask means setting it, which other threads should not see twice.
_MODE = 0o666 & ~_umask()


def temporary_beside(target: Path, suffix: str = ".part") -> tuple[int, Path]:
    """An open descriptor and the path of a new hidden file in ``target``'s folder, with the mode
    a new file normally gets. Raises OSError when the folder cannot take it."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent or Path("."))
    try:
        os.fchmod(fd, _MODE)
    except (AttributeError, OSError):  # no fchmod (Windows) or a filesystem without modes: keep mkstemp's
        pass
    return fd, Path(tmp)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only if the block succeeds."""
    fd, tmp = temporary_beside(target)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
