"""The user's cache folder: derived data that is slow to build and quick to read back.

A cached file is named by a key computed from what it was built from (a hash of the source's
bytes), so a changed source is simply a miss. Files are written to a temporary name in the folder
and renamed, so a reader never sees half a file. Nothing here ever fails a run: a folder that
cannot be made or written, or a file that cannot be read, means "no cache" and the caller builds
the data itself.

The folder is ``$SLOGANS_CACHE_DIR`` when set (an empty value turns caching off), else
``$XDG_CACHE_HOME/slogans``, else ``~/.cache/slogans`` (``~/Library/Caches/slogans`` on macOS,
``%LOCALAPPDATA%\\slogans\\Cache`` on Windows).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

#: The environment variable that names the cache folder (empty: no cache).
CACHE_ENV = "SLOGANS_CACHE_DIR"


def cache_dir() -> Optional[Path]:
    """The cache folder (not created here), or None when caching is turned off."""
    named = os.environ.get(CACHE_ENV)
    if named is not None:
        return Path(named).expanduser() if named.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "slogans" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "slogans"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "slogans"


def content_key(*parts: bytes) -> str:
    """A short hex key for the given bytes (the content a cached file was built from): their lengths
    and two checksums (zlib's: no OpenSSL to load on every start; a key is no security boundary)."""
    import zlib

    crc, adler, size = 0, 1, 0
    for part in parts:
        head = len(part).to_bytes(8, "little")
        crc = zlib.crc32(part, zlib.crc32(head, crc))
        adler = zlib.adler32(part, zlib.adler32(head, adler))
        size += len(part)
    return f"{size:x}-{crc:08x}{adler:08x}"


def read_cached(name: str) -> Optional[bytes]:
    """The bytes of the cached file ``name``, or None (no cache folder, no such file, unreadable)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write_cached(name: str, data: bytes, replaces: Optional[str] = None) -> bool:
    """Store ``data`` as the cached file ``name``, atomically; False (and nothing left behind) when
    the folder cannot be made or written. ``replaces``: a prefix of ``name``; the other files that
    start with it (built from an earlier version of the same source) are removed, so the folder
    holds one file per source however often the source changes."""
    folder = cache_dir()
    if folder is None:
        return False
    import tempfile  # only on a miss: it imports random and hashlib's OpenSSL

    tmp: Optional[str] = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / name)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
    if replaces is not None and name.startswith(replaces):
        for old in folder.glob(f"{replaces}*"):
            if old.name != name and not old.name.startswith("."):
                try:
                    old.unlink()
                except OSError:
                    pass
    return True
