"""A rule's gates (``requires``): which rules of a stage may match a text, and where in it they match.

Per text, a stage first looks for every gate literal (即, 就是, \\n, ：) once, first characters first
(``present_literals``), then searches each distinct gate pattern once where its literal is
(``gated_rules``): a rule whose gates all find nothing is left out before it runs. A rule that runs
looks for a literal-led gate with ``str.find`` first, which is far faster than a regex scan, searches
before it scans, and shares the scan of a text with the rules of the same gates (the last text's lines
are kept per gate set).
"""
from __future__ import annotations

import re
import time
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional, Sequence

_ESCAPED_LITERALS = {"n": "\n", "t": "\t"}
_META = set("\\.^$*+?{}[]|()")


def leading_literal(pattern: str) -> str:
    r"""The characters every match of ``pattern`` starts with ('' when it may start otherwise).

    Examples:
        >>> leading_literal("就是(?<=甲)"), leading_literal(r"\n(?=\s)"), leading_literal("ab?c"), leading_literal("[ab]c")
        ('就是', '\n', 'a', '')
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern) and pattern[i + 1] in _ESCAPED_LITERALS:
            lit, size = _ESCAPED_LITERALS[pattern[i + 1]], 2
        elif ch == "\\" and i + 1 < len(pattern) and pattern[i + 1] in _META:
            lit, size = pattern[i + 1], 2
        elif ch in _META or ch.isspace():  # a space may be a verbose-mode blank: stop there
            break
        else:
            lit, size = ch, 1
        if pattern[i + size:i + size + 1] in ("?", "*", "{"):  # optional or repeated: not required as such
            break
        out.append(lit)
        i += size
    return "".join(out)


def leading_class(pattern: str) -> Optional["re.Pattern[str]"]:
    r"""A ``re`` pattern of the characters every match of ``pattern`` starts with, when it starts with a
    plain character class (``[“‘「]`` …, no ranges, escapes or negation) that is not optional; else None.
    The class is looked for with ``re`` before the pattern runs: a text without one of its characters
    holds no match, and in the others the scan starts at the first of them.

    Examples:
        >>> leading_class("[“「](?P<t>[^”」]+)[”」]").pattern, leading_class("[甲乙]?丙"), leading_class("[^甲]乙")
        ('[“「]', None, None)
    """
    end = _skip_class(pattern, 0) if pattern.startswith("[") else -1
    inner = pattern[1:end - 1] if end > 2 else ""
    if not inner or inner[0] == "^" or _optional(pattern, end) or any(ch in "\\[]-&|~" for ch in inner):
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in dict.fromkeys(inner)) + "]")


def required_literals(pattern: str) -> tuple[str, ...]:
    r"""Runs of literal characters that every match of ``pattern`` holds: those at its top level, outside
    any group, class or alternation (a text without one of them is no match, and its search is spared).
    Conservative: a pattern with an alternation, inline flags or anything unusual at its top level gives ().

    Examples:
        >>> required_literals("(?<=(?P<t>[一二]))项(?=\p{Han})"), required_literals("[(（]简称[“「](?P<t>.+)")
        (('项',), ('简称',))
        >>> required_literals("甲|乙"), required_literals("(?i)ab"), required_literals("ab?c+d{2}")
        ((), (), ('a', 'c'))
    """
    if _INLINE_FLAGS.search(pattern):
        return ()  # (?i) (?x) anywhere, or a comment: read no further
    runs: list[str] = []
    run: list[str] = []
    i, n = 0, len(pattern)

    def close() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    while i < n:
        ch = pattern[i]
        if ch == "|" or ch.isspace() or ch in "^$.":
            if ch == "|" or ch.isspace():
                return ()  # an alternation, or a pattern that may be verbose
            close()
            i += 1
            continue
        if ch == "(":
            if pattern.startswith("(?", i) and i + 2 < n and pattern[i + 2] not in ":=!<P>'|(":
                return ()  # inline flags (?i) (?x): the letters may not stand for themselves
            end = _skip_group(pattern, i)
            if end < 0:
                return ()
            close()
            i = end
        elif ch == "[":
            end = _skip_class(pattern, i)
            if end < 0:
                return ()
            close()
            i = end
        elif ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if not nxt or nxt.isalnum() or nxt == "_":
                return ()  # \d, \p{Han}, \g<1>, a back reference: not worth reading here
            size = 2
            if _optional(pattern, i + size):
                close()
            else:
                run.append(nxt)
            i += size
            if i < n and pattern[i] in "+":
                close()
                i += 1
        elif ch in "*+?{)]}":
            return ()  # a quantifier with nothing before it that we read: give up
        else:
            if _optional(pattern, i + 1):
                close()  # 甲? 甲* 甲{0,2}: not required (甲{2} is skipped too: read simply)
                i += 1
                i = _skip_quantifier(pattern, i)
                continue
            run.append(ch)
            i += 1
            if i < n and pattern[i] == "+":
                close()  # 甲+: one 甲 is required, what follows it may come after more of them
                i += 1
        if i < n and pattern[i] in "?*+{" and not run:
            i = _skip_quantifier(pattern, i)  # a quantified group or class
    close()
    return tuple(runs)


#: Inline flags or a comment group anywhere in a pattern (required_literals then reads nothing).
_INLINE_FLAGS = re.compile(r"\(\?(?:#|[a-zA-Z-]+[):])")


def _optional(pattern: str, at: int) -> bool:
    return pattern[at:at + 1] in ("?", "*", "{")


def _skip_quantifier(pattern: str, at: int) -> int:
    if pattern[at:at + 1] == "{":
        end = pattern.find("}", at)
        at = len(pattern) if end < 0 else end + 1
    elif pattern[at:at + 1] in ("?", "*", "+"):
        at += 1
    if pattern[at:at + 1] in ("?", "+"):  # lazy or possessive
        at += 1
    return at


def _skip_class(pattern: str, at: int) -> int:
    """The end of the character class that starts at ``at`` (nested sets of V1 too), -1 if unclosed."""
    depth, i, n = 0, at, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                i += 1  # a ] first in a set is a character
            continue
        if ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _skip_group(pattern: str, at: int) -> int:
    """The end of the group that opens at ``at`` (after its classes and nested groups), -1 if unclosed."""
    depth, i, n = 0, at, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _skip_class(pattern, i)
            if end < 0:
                return -1
            i = end
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


#: A stage's gate literals, by first character: each literal with the pattern that finds it (None for one character).
LiteralGroups = dict[str, tuple[tuple[str, Optional["re.Pattern[str]"]], ...]]


def by_first_char(literals: Iterable[str]) -> LiteralGroups:
    """Gate literals grouped by their first character (a one-character search is the fastest there is);
    a longer literal gets a compiled pattern: where it is absent, ``re`` scans a long text for it
    three times faster than ``in``."""
    groups: dict[str, list[tuple[str, Optional[re.Pattern[str]]]]] = {}
    for lit in sorted(set(literals)):
        if lit:
            groups.setdefault(lit[0], []).append((lit, _literal_pattern(lit) if len(lit) > 1 else None))
    return {first: tuple(lits) for first, lits in groups.items()}


def present_literals(groups: LiteralGroups, text: str) -> frozenset[str]:
    """The gate literals (of a whole stage, as ``by_first_char`` groups them) that ``text`` holds:
    each first character looked for once, a longer literal only where its first character is."""
    return frozenset(
        lit for first, lits in groups.items() if first in text for lit, pattern in lits if pattern is None or pattern.search(text)
    )


def gate_set(literals: Sequence[str]) -> Optional[frozenset[str]]:
    """The literals one of which a text must hold for a rule (``literals``: the literal each of its gates
    starts with) to match it; None when it may always match (no gates, or a gate led otherwise)."""
    if not literals or not all(literals):
        return None
    return frozenset(literals)


#: A stage's rules by gate literal: the places of the rules that may always match, and literal → places.
LiteralIndex = tuple[tuple[int, ...], dict[str, tuple[int, ...]]]


def literal_index(literal_sets: Sequence[Optional[frozenset[str]]]) -> LiteralIndex:
    """Where each gate literal's rules are among a stage's (``literal_sets``: each rule's gate_set), and
    the rules without a gate set (they may always match): so a text's literals pick the rules to try."""
    always = tuple(i for i, literals in enumerate(literal_sets) if literals is None)
    places: dict[str, list[int]] = {}
    for i, literals in enumerate(literal_sets):
        for literal in literals or ():
            places.setdefault(literal, []).append(i)
    return always, {literal: tuple(at) for literal, at in places.items()}


def candidate_places(index: LiteralIndex, present: frozenset[str]) -> list[int]:
    """The places (in order) of the rules that ``present`` literals leave in play (see literal_index)."""
    always, places = index
    if not present:
        return list(always)
    return sorted(set(always).union(*(places[literal] for literal in present if literal in places)))


def gated_rules(rules: Sequence[Any], literal_sets: Sequence[Optional[frozenset[str]]], present: frozenset[str], text: str) -> list[Any]:
    """The ``rules`` that may match ``text``: those without gates, and those with a gate that matches it
    (``literal_sets``: each rule's gate_set; ``present``: the gate literals the text holds). Each gate
    pattern is searched for once per text, and only where its literal is: a rule whose gates all fail
    would find nothing (its scan of the gates, the lines and its own pattern are spared). A search
    has the rule's time budget (``rule.timeout``)."""
    opened: dict[str, bool] = {}
    kept: list[Any] = []
    for rule, literals in zip(rules, literal_sets):
        if not rule.requires:
            kept.append(rule)
            continue
        if literals is not None and present.isdisjoint(literals):
            continue
        for gate, literal in zip(rule.requires, rule.gate_literals or ("",) * len(rule.requires)):
            if literal and literal not in present:
                continue
            found = opened.get(gate.pattern)
            if found is None:
                found = opened[gate.pattern] = _opens(gate, literal, text, rule.timeout)
            if found:
                kept.append(rule)
                break
    return kept


def _opens(gate: Any, literal: str, text: str, timeout: Optional[float]) -> bool:
    """False when ``gate`` surely finds nothing in ``text`` (a search that runs out of time: it may;
    ``timeout`` None: no budget)."""
    at = find_literal(literal, text, 0, len(text)) if literal else 0
    if at < 0:
        return False
    if timeout is None:
        return gate.search(text, at) is not None
    try:
        return gate.search(text, at, timeout=timeout) is not None
    except TimeoutError:
        return True  # the rule then runs, and its own budget stops it


def find_literal(literal: str, text: str, pos: int, end: int) -> int:
    """``text.find(literal, pos, end)``, faster for a longer literal (see by_first_char)."""
    if len(literal) == 1:
        return text.find(literal, pos, end)
    m = _literal_pattern(literal).search(text, pos, end)
    return m.start() if m else -1


@lru_cache(maxsize=None)
def _literal_pattern(literal: str) -> "re.Pattern[str]":
    return re.compile(re.escape(literal))


def gate_matches(gates: Sequence[Any], literals: Sequence[str], text: str, pos: int, end: int, deadline: Optional[float]) -> Iterator[Any]:
    """Every match of every gate in [pos, end) (``literals``: each gate's leading literal, or ''), by
    ``deadline`` (``time.monotonic``; None: no time budget)."""
    for gate, literal in zip(gates, literals):
        at = find_literal(literal, text, pos, end) if literal else pos
        if at < 0:
            continue
        first = gate.search(text, at, end, **time_budget(deadline))  # most texts: none, and no scanner
        if first is not None:
            yield from gate.finditer(text, first.start(), end, **time_budget(deadline))


def time_budget(deadline: Optional[float]) -> dict[str, float]:
    """The regex module's ``timeout`` argument for what is left until ``deadline`` (``time.monotonic``):
    none without a deadline (each call with one costs about a microsecond before it scans); TimeoutError
    once the deadline has passed."""
    if deadline is None:
        return {}
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return {"timeout": left}


def gated_lines(gates: Sequence[Any], literals: Sequence[str], text: str, pos: int, end: int, deadline: Optional[float]) -> list[tuple[int, int]]:
    """The lines (each with its line end, for look-aheads at it) in which a gate matches, in order.

    Rules with the same gates share one scan of a text: the last text's lines are kept per gate set.
    """
    known = _GATE_KEYS.get(id(gates))
    if known is None or known[0] is not gates:
        if len(_GATE_KEYS) > _MAX_KEPT:
            _GATE_KEYS.clear()
        known = _GATE_KEYS[id(gates)] = (gates, tuple(g.pattern for g in gates))
    key = (known[1], pos, end)
    last = _LAST_LINES.get(key)
    if last is not None and last[0] is text:
        return last[1]
    merged = _gated_lines(gates, literals, text, pos, end, deadline)
    if len(_LAST_LINES) > _MAX_KEPT:
        _LAST_LINES.clear()
    _LAST_LINES[key] = (text, merged)
    return merged


#: The lines of the last text each gate set found (see gated_lines), and how many gate sets to keep.
_LAST_LINES: dict[tuple[Any, ...], tuple[str, list[tuple[int, int]]]] = {}
#: Each rule's gates (by identity) with their patterns, the key their lines are kept under.
_GATE_KEYS: dict[int, tuple[Sequence[Any], tuple[str, ...]]] = {}
_MAX_KEPT = 256


def _gated_lines(gates: Sequence[Any], literals: Sequence[str], text: str, pos: int, end: int, deadline: Optional[float]) -> list[tuple[int, int]]:
    lines: set[tuple[int, int]] = set()
    for m in gate_matches(gates, literals, text, pos, end, deadline):
        lo = max(text.rfind("\n", pos, m.start()) + 1, pos)
        nl = text.find("\n", m.end(), end)
        lines.add((lo, end if nl < 0 else nl + 1))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(lines):  # a gate that spans a line end gives overlapping stretches, lines follow lines
        if merged and lo <= merged[-1][1]:  # overlapping or adjacent stretches: one regex call
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
