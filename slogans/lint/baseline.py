"""Baselines: findings a team has accepted, so that a check fails only on what is new.

A baseline is a JSON file::

    {"version": 1, "findings": [{"path": "corpus/a.txt", "code": "SLG001", "term": "三查两评", "count": 1}]}

A finding is matched by its path (relative to the baseline's folder, '/'-separated), code and
term — not by line, so that edits elsewhere in a file do not break it. ``count`` is how many
findings with that key were recorded; that many are accepted (the check reports one finding per
term and file, so a count is above 1 only for findings without a term). Entries are sorted and
the file is written atomically (a temporary file, then a rename).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from slogans.io.atomic import atomic_path
from slogans.errors import SlogansError
from slogans.lint.findings import Finding
from slogans.config.jsonfile import read_json

VERSION = 1
Key = tuple[str, str, str]


class BaselineError(SlogansError):
    """A baseline file that cannot be read or is not a baseline; the message names the file."""


def _relative(path: str, root: Path) -> str:
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return absolute.as_posix()


@dataclass
class Baseline:
    """The accepted findings, counted by (path, code, term); paths are relative to ``root``."""

    root: Path
    accepted: Counter = field(default_factory=Counter)

    def key(self, finding: Finding) -> Key:
        """The key of ``finding``: its path relative to the baseline's folder, its code and term."""
        return (_relative(finding.path, self.root), finding.code, finding.term)

    def split(self, findings: Sequence[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new, accepted): each key accepts as many findings, in order, as the baseline counted."""
        left = Counter(self.accepted)
        new: list[Finding] = []
        old: list[Finding] = []
        for f in findings:
            k = self.key(f)
            if left[k] > 0:
                left[k] -= 1
                old.append(f)
            else:
                new.append(f)
        return new, old


def load_baseline(path: Path) -> Baseline:
    """The baseline in ``path``. Raises BaselineError naming the file when it is missing or malformed."""
    path = Path(path)
    data = read_json(path, BaselineError, "baseline")
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a baseline (expected {{\"version\": {VERSION}, \"findings\": [...]}})")
    accepted: Counter = Counter()
    for i, item in enumerate(data["findings"]):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("path", "code", "term")):
            raise BaselineError(f"{path}: entry {i + 1} needs the strings 'path', 'code' and 'term'")
        count = item.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise BaselineError(f"{path}: entry {i + 1}: 'count' must be a positive integer")
        accepted[(item["path"], item["code"], item["term"])] += count
    return Baseline(path.resolve().parent, accepted)


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Record ``findings`` in ``path`` (sorted, atomically); returns the number of entries."""
    path = Path(path)
    root = path.resolve().parent
    counts = Counter(Baseline(root).key(f) for f in findings)
    entries = [{"path": p, "code": c, "term": t, "count": n} for (p, c, t), n in sorted(counts.items())]
    payload = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n"
    root.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(payload)
    return len(entries)
