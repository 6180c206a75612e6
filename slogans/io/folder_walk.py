"""A folder's files that match a pattern, and its linked sub-folders, found in one walk of ``os.scandir``.

What ``find_sources`` takes from a folder is what ``sorted(folder.rglob(pattern))`` gives (sub-folders walked,
linked ones not, hidden names matched like any other), and the linked sub-folders ``os.walk`` meets (each reported,
none followed). pathlib builds a Path for every entry and its sort builds the parts of each Path it compares; on
thousands of small files that costs more than reading them. Here one walk matches each entry's name, takes its
status from its directory entry (one ``lstat``, as before), finds the linked sub-folders on the way, and sorts
tuples of names, the order pathlib sorts Paths in. A pattern this walk does not match exactly as pathlib does
(a path with ``/`` or ``**``, a plain name, a system other than POSIX) goes through ``rglob`` and ``os.walk``.
"""
from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from slogans.io.atomic import is_temporary, is_temporary_name


@dataclass
class FolderFiles:
    """A folder's matching files in order, each with its id relative to the folder ('/'-separated) and its
    ``lstat`` (None where it failed), and the linked sub-folders met (not followed), in the order ``os.walk``
    meets them."""

    files: list[tuple[Path, str, Optional[os.stat_result]]]
    linked: list[Path]


def folder_files(folder: Path, pattern: str) -> FolderFiles:
    """The files under ``folder`` whose names match ``pattern`` (the temporary files of an output left out) and the
    linked sub-folders under it."""
    if not walks(pattern):
        found = [p for p in sorted(folder.rglob(pattern)) if not is_temporary(p)]
        return FolderFiles([(p, p.relative_to(folder).as_posix(), _lstat(p)) for p in found], list(_walked_links(folder)))
    matches = re.compile(fnmatch.translate(pattern)).fullmatch
    entries: list[tuple[tuple[str, ...], os.DirEntry]] = []
    linked: list[Path] = []
    _walk(folder, (), matches, entries, linked)
    entries.sort(key=lambda found: found[0])
    files = [(folder.joinpath(*parts), "/".join(parts), _lstat(entry)) for parts, entry in entries if not is_temporary_name(entry.name)]
    return FolderFiles(files, linked)


def walks(pattern: str) -> bool:
    """True when this walk matches ``pattern`` exactly as ``Path.rglob`` does: one name with a wildcard
    (``*.txt``, ``doc_??.txt``, ``[ab]*.txt``), names compared case by case, on a POSIX system."""
    return os.name == "posix" and "/" not in pattern and "**" not in pattern and any(c in pattern for c in "*?[")


def _walk(
    folder: Path, parts: tuple[str, ...], matches: Callable[[str], Optional[re.Match[str]]],
    entries: list[tuple[tuple[str, ...], os.DirEntry]], linked: list[Path],
) -> None:
    """Add the matching entries under ``folder`` (``parts`` below the top) and its linked sub-folders: this folder's
    by name, then each sub-folder's in the order listed (``os.walk``'s order)."""
    try:
        with os.scandir(folder) as listing:
            listed = list(listing)
    except PermissionError:  # pathlib's rglob and os.walk pass over a folder they may not list
        return
    subfolders: list[os.DirEntry] = []
    links: list[str] = []
    for entry in listed:
        if matches(entry.name):
            entries.append(((*parts, entry.name), entry))
        if _is_dir(entry, follow=True):
            if entry.is_symlink():
                links.append(entry.name)
            elif _is_dir(entry, follow=False):
                subfolders.append(entry)
    linked.extend(folder / name for name in sorted(links))
    for entry in subfolders:
        _walk(folder / entry.name, (*parts, entry.name), matches, entries, linked)


def _is_dir(entry: os.DirEntry, follow: bool) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError:
        return False


def _lstat(found: Union[Path, os.DirEntry]) -> Optional[os.stat_result]:
    """The ``lstat`` of a found path (a listed entry's own, taken once), or None where it fails."""
    try:
        return found.stat(follow_symlinks=False) if isinstance(found, os.DirEntry) else os.lstat(found)
    except OSError:
        return None


def _walked_links(folder: Path) -> Iterator[Path]:
    for root, dirs, _ in os.walk(folder):
        for name in sorted(dirs):
            if os.path.islink(os.path.join(root, name)):
                yield Path(root) / name
