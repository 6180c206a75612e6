"""A folder's files in one walk: the files, ids, order and linked folders of ``rglob`` and ``os.walk``."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from slogans.io.atomic import is_temporary
from slogans.io.folder_walk import folder_files, walks


def _tree(root: Path) -> Path:
    """A folder with what a walk can get wrong: nesting, hidden names, links, a folder named like a file, temporary
    outputs, and names whose order as paths differs from their order as strings (sub/x.txt before sub-1.txt)."""
    for folder in ("sub/deeper", ".hidden", "b-c", "dir.txt", "empty"):
        (root / folder).mkdir(parents=True)
    for name in ("a.txt", "b.txt", "sub-1.txt", "sub/x.txt", "sub/deeper/y.txt", ".hidden/h.txt", "b-c/z.txt",
                 "notes.md", "A.TXT", ".a.txt.123.abc.part", "sub/.x.txt.9.q.part"):
        (root / name).write_text("五个好", encoding="utf-8")
    os.symlink(root / "a.txt", root / "link.txt")
    os.symlink(root / "gone.txt", root / "broken.txt")
    os.symlink(root / "sub", root / "linked")
    os.symlink(root / "sub" / "deeper", root / "b-c" / "also")
    return root


def _as_pathlib(folder: Path, pattern: str) -> tuple[list[tuple[Path, str, int | None]], list[Path]]:
    """What the walk replaces: sorted(rglob) less the temporary files, each lstat'ed, and os.walk's linked folders."""
    files = [p for p in sorted(folder.rglob(pattern)) if not is_temporary(p)]
    linked = [Path(root) / name for root, dirs, _ in os.walk(folder) for name in sorted(dirs) if os.path.islink(os.path.join(root, name))]
    return [(p, p.relative_to(folder).as_posix(), os.lstat(p).st_ino) for p in files], linked


@pytest.mark.parametrize("pattern", ["*.txt", "*", "[ab]*.txt", "?.txt", "*.TXT", "sub/*.txt", "a.txt", "**/*.md"])
def test_the_walk_finds_what_rglob_and_os_walk_find(tmp_path, pattern):
    folder = _tree(tmp_path / "corpus")
    found = folder_files(folder, pattern)
    files, linked = _as_pathlib(folder, pattern)
    assert [(p, rel, status.st_ino if status else None) for p, rel, status in found.files] == files
    assert found.linked == linked
    assert files  # each pattern finds something


def test_ids_are_ordered_as_paths_not_as_strings(tmp_path):
    folder = _tree(tmp_path / "corpus")
    ids = [rel for _, rel, _ in folder_files(folder, "*.txt").files]
    assert ids.index("sub/x.txt") < ids.index("sub-1.txt")  # as strings, "sub-1.txt" < "sub/x.txt"
    assert ".a.txt.123.abc.part" not in ids and "broken.txt" in ids and "dir.txt" in ids


def test_a_folder_given_as_dot_gives_paths_without_it(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    paths = [str(p) for p, _, _ in folder_files(Path("."), "*.txt").files]
    assert paths[:2] == [".hidden/h.txt", "a.txt"]


def test_the_walk_takes_only_one_name_with_a_wildcard():
    assert walks("*.txt") and walks("doc_??.txt") and walks("[ab]*")
    assert not walks("a.txt") and not walks("sub/*.txt") and not walks("**/*.txt") and not walks("**")
