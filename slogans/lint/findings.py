"""Findings of ``slogans check`` and ``slogans rules``: one problem at one place, and how to print it.

A finding points at ``path:line:col``. Lines and columns are counted from 1; a column is one
character (one Unicode code point), so a Chinese character is one column, as in most editors;
a byte order mark is not counted. Findings sort by path, line, column, code and term.

Example:
    >>> f = Finding("a.txt", 3, 7, "SLG001", "unknown numbered formula “三联三促”", "三联三促")
    >>> format_text(f)
    'a.txt:3:7: SLG001 unknown numbered formula “三联三促”'
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence

from slogans.codes import CODES

#: The codes a finding of ``slogans check`` or ``slogans rules`` may carry (see ``slogans.codes``).
FINDING_CODES = tuple(code for code in CODES if code.startswith("SLG"))
#: Output formats of findings.
FORMATS = ("text", "json", "github")


@dataclass(frozen=True)
class Finding:
    """One problem at one place. ``term`` is what the baseline matches on (may be empty)."""

    path: str
    line: int
    col: int
    code: str
    message: str
    term: str = ""

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """Path, line, column, code, term, message."""
        return (self.path, self.line, self.col, self.code, self.term, self.message)


class LineIndex:
    """Maps character offsets of one text to 1-based (line, column); lines end at ``\\n``.

    Example:
        >>> LineIndex("ab\\ncd").position(4)
        (2, 2)
    """

    def __init__(self, text: str):
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of the character at ``offset``."""
        k = bisect_right(self.starts, offset) - 1
        return k + 1, offset - self.starts[k] + 1


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in the printed order: path, line, column, code, term."""
    return sorted(set(findings), key=Finding.sort_key)


def check_code_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors (codes or prefixes such as ``SLG1``) that match no known code."""
    return [s for s in selectors if not any(code.startswith(s.strip().upper()) for code in FINDING_CODES)]


def filter_findings(findings: Iterable[Finding], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Finding]:
    """Findings whose code starts with one of ``select`` (all when empty) and with none of ``ignore``."""
    sel = [s.strip().upper() for s in select if s.strip()]
    ign = [s.strip().upper() for s in ignore if s.strip()]
    return [
        f for f in findings
        if (not sel or any(f.code.startswith(s) for s in sel)) and not any(f.code.startswith(s) for s in ign)
    ]


def format_text(f: Finding) -> str:
    """``path:line:col: CODE message``."""
    return f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(f: Finding) -> str:
    """A GitHub Actions workflow command that annotates the line: ``::error file=…,line=…,col=…,title=CODE::message``."""
    props = f"file={_escape_property(f.path)},line={f.line},col={f.col},title={_escape_property(f.code)}"
    return f"::error {props}::{_escape_data(f.message)}"


def render(findings: Sequence[Finding], fmt: str) -> str:
    """All findings in one format: text and github one per line, json a list of objects."""
    if fmt == "json":
        records = [{"path": f.path, "line": f.line, "col": f.col, "code": f.code, "term": f.term, "message": f.message} for f in findings]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}' (known: {', '.join(FORMATS)})")
    line = format_github if fmt == "github" else format_text
    return "".join(line(f) + "\n" for f in findings)
