"""How every output file is written: whole or not at all, and never by replacing what is not ours.

``output_target`` is the one place that decides how an output path is written:

- a regular file, or a path that does not exist yet: a temporary file beside it (hidden, named
  ``.NAME.PID.XXXX.part``) is written and renamed over it at the end, so a failed run never leaves
  a half-written report and never truncates an old one;
- a symbolic link: the same for the file it points to, so the link stays a link;
- a character device, a FIFO or a socket (``/dev/stdout``, ``/dev/null``, a named pipe): written
  directly, never replaced;
- a folder: refused (OutputError).

A temporary file carries the id of the process that writes it. One left behind by a run that
was killed (SIGKILL, a power cut) is removed by the next run that writes the same target, and
a temporary file is never read as input (``is_temporary``).

The temporary file gets the mode a plain ``open(path, "w")`` would give (0666 less the umask),
not ``mkstemp``'s owner-only 0600, so a report is as readable as any file its user writes.
"""
from __future__ import annotations

import errno
import os
import re
import signal
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union

from slogans.errors import OutputError, OutputWriteError

#: The suffix of every temporary output file.
PART_SUFFIX = ".part"
_PART_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.part$")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Read once: reading the umask means setting it, which other threads should not see twice.
_MODE = 0o666 & ~_umask()


def output_target(target: Union[str, Path]) -> tuple[Path, bool]:
    """Where an output named ``target`` is written, and whether it is written in place.

    Returns (path, in_place): symbolic links are followed (the link stays, its target is
    written); ``in_place`` is True for a character device, FIFO or socket, and for a descriptor
    (``/dev/stdout``, ``/dev/fd/N``), which are written directly and never replaced. Raises
    OutputError for a folder or a link loop.
    """
    target = Path(target)
    try:
        mode = os.stat(target).st_mode  # follows every link, /proc's magic ones (pipe:[…]) too
    except FileNotFoundError:
        return Path(os.path.realpath(target)), False  # new, or a broken link: its target is created
    except OSError as exc:  # ELOOP, EACCES …
        raise OutputError(str(target), f"cannot write: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise OutputError(str(target), "is a folder, not a file")
    if not stat.S_ISREG(mode) or _DESCRIPTOR.match(os.path.abspath(target)):
        return target, True
    return Path(os.path.realpath(target)), False


#: Paths that name an open descriptor: written as they are, whatever file the descriptor is.
_DESCRIPTOR = re.compile(r"^/dev/(stdout|stderr|fd/\d+)$|^/proc/(self|\d+)/fd/\d+$")


def is_temporary(path: Union[str, Path]) -> bool:
    """True for a temporary output file of this package (``.NAME.PID.XXXX.part``)."""
    return is_temporary_name((path if isinstance(path, Path) else Path(path)).name)


def is_temporary_name(name: str) -> bool:
    """True for the name (no folder) of a temporary output file of this package."""
    return _PART_NAME.match(name) is not None


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove the temporary files of ``target`` left by processes that no longer run; returns them."""
    removed: list[Path] = []
    folder = target.parent
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = _PART_NAME.match(name)
        if m is None or m.group("name") != target.name or _alive(int(m.group("pid"))):
            continue
        try:
            (folder / name).unlink()
            removed.append(folder / name)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or cannot tell: leave its file alone
    return True


def temporary_beside(target: Path, suffix: str = PART_SUFFIX) -> tuple[int, Path]:
    """An open descriptor and the path of a new hidden file in ``target``'s folder, with the mode
    a new file normally gets. Stale temporary files of ``target`` (of killed runs) are removed
    first. Raises OSError when the folder cannot take it."""
    target = Path(target)
    remove_stale_parts(target)
    with _signals_held():  # a signal between creating and recording the file would leave it behind
        fd, tmp = _new_file(target.parent or Path("."), f".{target.name}.{os.getpid()}.", suffix)
        _LIVE_PARTS.add(tmp)
    try:
        os.fchmod(fd, _MODE)
    except (AttributeError, OSError):  # no fchmod (Windows) or a filesystem without modes: keep mkstemp's
        pass
    return fd, Path(tmp)


def _new_file(folder: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """A new file ``folder/PREFIX<random>SUFFIX``, created exclusively (as ``tempfile.mkstemp`` creates one, without
    the cost of importing it on every run): its descriptor and path. Raises OSError."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(_NAME_TRIES):
        path = Path(os.path.abspath(folder / f"{prefix}{os.urandom(6).hex()}{suffix}"))
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(folder))


#: Random names tried for a new temporary file before giving up (as ``tempfile`` does).
_NAME_TRIES = 10_000

#: The temporary files this process has made: ``remove_live_parts`` removes those still there when a run
#: is interrupted, wherever the signal caught it (one renamed over its target is no longer there).
_LIVE_PARTS: set[Path] = set()
_HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _signals_held() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM wait (where the platform can hold them back)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def remove_live_parts() -> None:
    """Remove this process's temporary files that were neither renamed nor removed (an interrupted run)."""
    while _LIVE_PARTS:
        _LIVE_PARTS.pop().unlink(missing_ok=True)


@contextmanager
def atomic_path(target: Union[str, Path]) -> Iterator[Path]:
    """A path to write ``target`` through: a temporary file beside it (beside the file a link points
    to) that replaces it only if the block succeeds, or the device or FIFO itself (see
    ``output_target``). An OSError while writing is raised as OutputError naming ``target``."""
    real, in_place = output_target(target)
    if in_place:
        with output_errors(target):
            yield real
        return
    try:
        fd, tmp = temporary_beside(real)
    except OSError as exc:
        raise OutputError(str(target), f"cannot write: {exc.strerror or exc}") from None
    os.close(fd)
    try:
        with output_errors(target):
            yield tmp
            os.replace(tmp, real)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def output_errors(target: Union[str, Path, None]) -> Iterator[None]:
    """Raise an OSError of the block (a full disk, a lost device) as OutputError naming ``target``
    (standard output when None): an OutputWriteError. A closed pipe (BrokenPipeError) is left as it is."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputWriteError(str(target) if target is not None else "standard output", f"cannot write: {exc.strerror or exc}") from None
