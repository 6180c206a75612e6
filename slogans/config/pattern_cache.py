"""The rule patterns known to compile, kept in the user's cache folder (``slogans.io.cache``), so that loading
the rules need not compile them: a rule's pattern is then compiled when the rule first runs (``Rule.compiled``),
and a rule that never runs on a text is never compiled.

Compiling the built-in rules' patterns with the ``regex`` module costs a sixth of ``slogans check`` on a small
file, and a run uses few of them. A pattern that compiled once (with the same version of ``regex`` and of
Python) always compiles, to the same flags and groups: what the loader checks (E020, E021) is kept here as
JSON, pattern by pattern, and a pattern not found here is compiled when the rules load, as before, so that a
user's bad pattern is still reported at load, with its file, line and rule.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from typing import Any, Optional

import regex

from slogans.errors import RuleError, problem
from slogans.io.cache import content_key, read_cached, write_cached

_PREFIX = "rule-patterns-"
#: Patterns kept at most (a user who edits rules often adds new ones; past this the record starts again).
MAX_KEPT = 5000

#: What a compiled pattern tells the loader: its flags and its named groups.
Known = tuple[int, tuple[str, ...]]


@lru_cache(maxsize=1)
def _cache_name() -> str:
    return f"{_PREFIX}{content_key(regex.__version__.encode(), sys.version.encode())}.json"


class PatternCheck:
    """The patterns of one load of the rules: those known to compile, and those compiled now (``check``);
    ``save`` records the new ones."""

    def __init__(self) -> None:
        self.known: dict[str, Known] = _read_known()
        self._new = False

    def check(self, pattern: str) -> tuple[Optional[Any], Known]:
        """The compiled ``pattern`` (None when it is known to compile: it is compiled at its first use), its flags and
        its named groups. Raises regex.error for a pattern that does not compile."""
        known = self.known.get(pattern)
        if known is not None:
            return None, known
        compiled = compile_rule_pattern(pattern)
        known = self.known[pattern] = (compiled.flags, tuple(compiled.groupindex))
        self._new = True
        return compiled, known

    def save(self) -> None:
        """Record the patterns compiled by this load (nothing when there are none, or no cache folder)."""
        if not self._new:
            return
        known = self.known if len(self.known) <= MAX_KEPT else {}
        text = json.dumps({p: [flags, list(groups)] for p, (flags, groups) in known.items()}, ensure_ascii=False)
        write_cached(_cache_name(), text.encode("utf-8"), replaces=_PREFIX)
        self._new = False


class CompiledOnUse:
    """A rule's ``compiled`` pattern and ``requires`` (its compiled gates), each compiled at its first use where the
    loader knew it compiles (``PatternCheck``), else given compiled by the loader."""

    id: str
    file: str
    line: int
    pattern: str
    gate_patterns: tuple[str, ...]
    _compiled: Optional[Any]
    _requires: Optional[tuple[Any, ...]]

    @property
    def compiled(self) -> Any:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = self._compile(self.pattern)
        return self._compiled

    @compiled.setter
    def compiled(self, compiled: Any) -> None:
        self._compiled = compiled

    @property
    def requires(self) -> tuple[Any, ...]:
        """The compiled gates, in order."""
        if self._requires is None:
            self._requires = tuple(self._compile(g) for g in self.gate_patterns)
        return self._requires

    def _compile(self, pattern: str) -> Any:
        try:
            return compile_rule_pattern(pattern)
        except regex.error as exc:  # known to compile, and does not: a cache file edited by hand
            raise RuleError([problem("E020", self.file, self.line, self.id, detail=exc)]) from None


def compile_rule_pattern(pattern: str) -> Any:
    """``pattern`` compiled as every rule pattern and gate is (the regex module, version 1)."""
    return regex.compile(pattern, regex.V1)


def _read_known() -> dict[str, Known]:
    blob = read_cached(_cache_name())
    if blob is None:
        return {}
    try:
        data = json.loads(blob)
        return {str(p): (int(flags), tuple(str(g) for g in groups)) for p, (flags, groups) in data.items()}
    except (ValueError, TypeError, AttributeError):
        return {}  # a file that does not read back: compile, and write it again
