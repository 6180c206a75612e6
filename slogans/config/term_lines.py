"""Define rules read only around the lines that hold one of the document's terms.

When the define rules run, the document's terms are known (``analysis.settle``), and a match whose term group
names none of them is dropped (``expand.may_name_a_term``). For a rule whose term group names a term only by
holding it (the term itself, or a term at its end or its start: ``term_known`` '', suffix, prefix), a kept match
lies in a line that holds one of the terms' keys. A line-scoped rule runs on the stretches of consecutive lines in
which one of its gates matches (``gates.gated_lines``); of those, only the stretches with such a line can give a
kept match. For a rule whose gates and term group are line-bound (``line_bound``: none can match a line end or
looks at the bounds of a search), whether its gates match in a line is found in that line alone, so the
stretches around the lines with a term are found exactly, line by line outward from them, without searching the
gates over the rest of the text; the rule then scans those stretches as it would have. Every other rule (a
user's gate that may run over a line end, a term group in a lookbehind, ``spelled`` and ``head`` rules, whose terms
depend on the members read) runs over the whole text as before.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Any, Iterable, Optional

from slogans.config.gates import find_literal, time_budget
from slogans.config.line_bound import at_match_start, group_bounds, line_bound
from slogans.errors import RuleTimeout
from slogans.text.matcher import LiteralMatcher

#: Below this many lines, the lines with a term are most of a text (a piece of a page): finding them costs about
#: what searching the gates in them alone spares (measured over the pieces of benchmarks/throughput.py).
MIN_LINES = 16
#: Whitespace other than the line end: the key of a term group is read without it (see ``term_group_key``).
_SPACES_BUT_LINE_ENDS = re.compile(r"[^\S\n]+")


def term_group_key(raw: str) -> str:
    """The key under which a define rule's term group names a term: its text without spaces, with a half-width plus
    (terms are named so: see classify)."""
    return "".join(raw.split()).replace("＋", "+")


def reads_in_lines(rule: Any) -> bool:
    """True when ``rule`` (a line-scoped define rule whose matches are kept only where their term group holds a
    term) can be run on the stretches around the lines with a term alone: its gates and its term group are
    line-bound and the term group is in no lookbehind (it then lies in the stretch the rule scans)."""
    return _reads_in_lines(rule.scope, rule.gate_patterns, rule.pattern, rule.term_group)


@lru_cache(maxsize=1024)
def _reads_in_lines(scope: str, gates: tuple[str, ...], pattern: str, term_group: str) -> bool:
    if scope != "line" or not gates or not all(line_bound(g) for g in gates):
        return False
    places = group_bounds(pattern, term_group)  # the pattern as a whole may end at $ or run over a line end
    return bool(places) and all(line_bound(pattern[s:e]) and _behind_ok(pattern, behind) for s, e, behind in places)


def _behind_ok(pattern: str, behind: Optional[tuple[int, int]]) -> bool:
    """True when a term group in the lookbehind ``behind`` (None: in none) lies in the stretch a match is found in:
    a line-bound lookbehind read at the match's start reads back no further than the start of its line."""
    return behind is None or (at_match_start(pattern, behind[0]) and line_bound(pattern[behind[0]:behind[1]]))


class TermLines:
    """The lines of ``text`` that hold one of ``keys`` (a document's terms, by ``term_group_key``), as ``runs``:
    (start, end) of each run of consecutive such lines, each line with its line end."""

    def __init__(self, text: str, keys: Iterable[str]):
        self.text = text
        lines = text.split("\n")
        starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        starts[-1] = len(text)  # the last line has no line end
        stripped = _SPACES_BUT_LINE_ENDS.sub("", text).replace("＋", "+")  # line for line, as term_group_key reads
        stripped_starts = list(accumulate((len(line) + 1 for line in stripped.split("\n")), initial=0))
        # a key holds no space: each occurrence lies in one line (where two overlap, both in the same line)
        held = sorted({bisect_right(stripped_starts, s) - 1 for s, _, _ in LiteralMatcher((key, None) for key in keys).find(stripped)})
        self._starts, self._held = starts, held
        self._gated: dict[tuple[str, int], bool] = {}
        runs: list[tuple[int, int]] = []
        for i in held:
            if runs and runs[-1][1] == starts[i]:
                runs[-1] = (runs[-1][0], starts[i + 1])
            else:
                runs.append((starts[i], starts[i + 1]))
        self.runs = runs

    def stretches(self, rule: Any) -> list[tuple[int, int]]:
        """The stretches of ``rule`` (a rule that ``reads_in_lines``) that hold a line with a key, in text order: those
        of ``gates.gated_lines`` over the whole text, each the run of consecutive gated lines around such a line (a
        line-bound gate matches in a line whether the line is searched alone or in the text)."""
        deadline = None if rule.timeout is None else time.monotonic() + rule.timeout
        gates = tuple(zip(rule.requires, rule.gate_literals or ("",) * len(rule.requires)))
        out: list[tuple[int, int]] = []
        last, done = len(self._starts) - 2, -1
        try:
            for i in self._held:
                if i <= done or not self._gate_in_line(gates, i, deadline):
                    continue
                first = i
                while first - 1 > done and self._gate_in_line(gates, first - 1, deadline):
                    first -= 1
                done = i
                while done < last and self._gate_in_line(gates, done + 1, deadline):
                    done += 1
                out.append((self._starts[first], self._starts[done + 1]))
        except TimeoutError:
            raise RuleTimeout(f"rule '{rule.id}' ({rule.file}:{rule.line}) ran longer than {rule.timeout}s") from None
        return out

    def _gate_in_line(self, gates: tuple[tuple[Any, str], ...], i: int, deadline: Optional[float]) -> bool:
        """Whether one of ``gates`` (each with its leading literal) matches in line ``i`` (kept per gate and line)."""
        lo, hi = self._starts[i], self._starts[i + 1]
        for gate, literal in gates:
            found = self._gated.get((gate.pattern, i))
            if found is None:
                at = find_literal(literal, self.text, lo, hi) if literal else lo
                m = gate.search(self.text, at, hi, **time_budget(deadline)) if at >= 0 else None
                found = m is not None and m.start() < hi  # an empty match at the end is the next line's
                self._gated[(gate.pattern, i)] = found
            if found:
                return True
        return False
