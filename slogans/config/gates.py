"""A rule's gates (``requires``): which rules of a stage may match a text, and where in it they match.

Per text, a stage first looks for every gate literal (即, 就是, \\n, ：) once, first characters first
(``present_literals``), then searches each distinct gate pattern once where its literal is, if the text holds the
words its matches need (``StageGates``): a rule whose gates all find nothing is left out before it runs, and the
lines of one that runs are scanned from its gates' first matches (``first_matches``), not searched again. A rule that runs
looks for a literal-led gate with ``str.find`` first, which is far faster than a regex scan, searches
before it scans, and shares the scan of a text with the rules of the same gates (the last text's lines
are kept per gate set).
"""
from __future__ import annotations

import re
import time
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from slogans.config.pattern_literals import required_choices

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


#: Stretches of a text, (start, end) each, and which rules of a stage need a gate to match in them to be kept: a rule
#: that can find nothing kept elsewhere (see term_lines: a define rule whose term groups must name a document's term).
Within = tuple[Sequence[tuple[int, int]], Callable[[Any], bool]]

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


class StageGates:
    """What picks a stage's rules for a text, built once from the rules (in their order): the gate literals
    by first character, the rules by gate literal, and each rule's needed words and gates.

    ``rules_for(text)`` looks for every gate literal once (``present_literals``), takes the rules that
    those literals (or no gate at all) leave in play (``candidate_places``), drops those that need a word
    the text lacks (``Rule.needs``), and searches each distinct gate pattern once per text, where its literal is
    and only if the text holds a word of each set its matches hold (``pattern_literals.required_choices``: a
    closing quotation mark, one of 就是|是指 …; each set looked for once per text): a rule whose gates all find
    nothing is left out before it runs (its scan of the gates, the lines and its own pattern are spared). A gate's
    first match is kept for the text (``first_matches``): the lines of the rules that run are scanned from it, not
    searched again. A search has the rule's time budget (``rule.timeout``)."""

    def __init__(self, rules: Sequence[Any]):
        self.rules = list(rules)
        sets = [gate_set(_gate_literals(r)) for r in self.rules]
        # every gate's literal, also of a rule that may always match (a gate led by a class beside one led by ：)
        self.literals = by_first_char(lit for r in self.rules for lit in _gate_literals(r) if lit)
        self.index = literal_index(sets)
        # per rule: the rule, its needed words, and its gates as [pattern, place, leading literal, word sets (None until
        # read)], or None without gates (a gate is compiled where it is first searched: see Rule.requires)
        self._asked: dict[Callable[[Any], bool], tuple[bool, ...]] = {}
        self._plans: list[tuple[Any, tuple[str, ...], Optional[tuple[list[Any], ...]]]] = [
            (r, tuple(getattr(r, "needs", ())), tuple([g, k, lit, None] for k, (g, lit) in enumerate(zip(_gate_patterns(r), _gate_literals(r)))) or None)
            for r in self.rules
        ]
        # the word sets a gate's matches hold (``required_choices``), read where a text first holds its literal (a
        # small file reaches few gates), each set named by its place among the stage's sets
        self._choices: dict[tuple[str, ...], int] = {}
        self._words: list[tuple[str, ...]] = []
        self._gate_sets: dict[str, tuple[int, ...]] = {}

    def rules_for(self, text: str, within: Optional[Within] = None) -> list[Any]:
        """The rules that may match ``text``, in order; given ``within``, the rules it names are kept only where one
        of their gates matches in its stretches of the text (see ``Within``)."""
        present = present_literals(self.literals, text)
        return self.pick(candidate_places(self.index, present), present, text, within)

    def pick(self, places: Iterable[int], present: frozenset[str], text: str, within: Optional[Within] = None) -> list[Any]:
        """The rules at ``places`` that may match ``text`` (``present``: the gate literals it holds; ``within``: see
        ``rules_for``)."""
        opened: dict[str, bool] = {}  # gates searched in the stretches of ``within`` alone
        firsts: Optional[dict[str, Any]] = None  # the text's first matches (first_matches), asked once a gate is reached
        kept: list[Any] = []
        plans = self._plans
        if within is not None:
            stretches, named = within[0], self._named(within[1])
        held: dict[int, bool] = {}  # whether the text holds a word of each set asked so far
        for i in places:
            rule, needs, gates = plans[i]
            lacking = False
            for word in needs:  # a plain loop: most rules need one word or none
                if word not in text:
                    lacking = True
                    break
            if lacking:
                continue
            if gates is None:
                kept.append(rule)
                continue
            only_within = within is not None and named[i]
            for gate in gates:
                pattern, place, literal, choices = gate
                if literal and literal not in present:
                    continue
                if firsts is None:
                    firsts = first_matches(text)
                first = firsts.get(pattern, _UNSEEN)
                if first is None:
                    continue  # searched: no match in the whole text
                if first is _UNSEEN:
                    if choices is None:
                        choices = gate[3] = self._sets_of(pattern, literal)
                    if choices and not self._holds_each(choices, text, held):
                        firsts[pattern] = None  # a word every match holds is missing: no match in the text
                        continue
                if only_within:
                    found = opened.get(pattern)
                    if found is None:
                        found = opened[pattern] = any(_opens(rule.requires[place], literal, text, rule.timeout, lo, hi) for lo, hi in stretches)
                elif first is not _UNSEEN:
                    found = True
                else:
                    found = _first_opens(rule.requires[place], literal, text, rule.timeout, firsts)
                if found:
                    kept.append(rule)
                    break
        return kept

    def _sets_of(self, pattern: str, literal: str) -> tuple[int, ...]:
        """The places of the word sets the gate ``pattern`` needs (``_gate_choices``), read once per pattern."""
        sets = self._gate_sets.get(pattern)
        if sets is None:
            sets = self._gate_sets[pattern] = tuple(self._place_of(choice) for choice in _gate_choices(pattern, literal))
        return sets

    def _place_of(self, choice: tuple[str, ...]) -> int:
        place = self._choices.get(choice)
        if place is None:
            place = self._choices[choice] = len(self._words)
            self._words.append(choice)
        return place

    def _holds_each(self, choices: tuple[int, ...], text: str, held: dict[int, bool]) -> bool:
        """True when ``text`` holds a word of each of the word sets ``choices`` (``held``: the answers found so far)."""
        for k in choices:
            found = held.get(k)
            if found is None:
                found = False
                for word in self._words[k]:  # a plain loop: most sets are of a word or two, found at once
                    if word in text:
                        found = True
                        break
                held[k] = found
            if not found:
                return False
        return True

    def _named(self, which: Callable[[Any], bool]) -> tuple[bool, ...]:
        """Whether ``which`` names each rule (asked once per rule and predicate)."""
        named = self._asked.get(which)
        if named is None:
            named = self._asked[which] = tuple(which(rule) for rule in self.rules)
        return named


def _gate_choices(pattern: str, literal: str) -> tuple[tuple[str, ...], ...]:
    """The word sets a text must hold for the gate ``pattern`` to match in it, less those its leading ``literal`` (looked
    for first) holds."""
    return tuple(choice for choice in required_choices(pattern) if not any(word in literal for word in choice))


def gated_rules(rules: Sequence[Any], present: frozenset[str], text: str) -> list[Any]:
    """The ``rules`` (all of them tried, in order) that may match ``text``: see ``StageGates``."""
    return StageGates(rules).pick(range(len(rules)), present, text)


def _gate_literals(rule: Any) -> tuple[str, ...]:
    return tuple(rule.gate_literals or ("",) * len(_gate_patterns(rule)))


def _gate_patterns(rule: Any) -> tuple[str, ...]:
    """The patterns of a rule's gates, read without compiling them where the rule holds them as text."""
    patterns = getattr(rule, "gate_patterns", None)
    return tuple(patterns) if patterns is not None else tuple(g.pattern for g in rule.requires)


def _opens(gate: Any, literal: str, text: str, timeout: Optional[float], pos: int = 0, end: Optional[int] = None) -> bool:
    """False when ``gate`` surely finds nothing in ``text`` (``[pos, end)`` of it; a search that runs out of time: it
    may; ``timeout`` None: no budget)."""
    end = len(text) if end is None else end
    at = find_literal(literal, text, pos, end) if literal else pos
    if at < 0:
        return False
    if timeout is None:
        return gate.search(text, at, end) is not None
    try:
        return gate.search(text, at, end, timeout=timeout) is not None
    except TimeoutError:
        return True  # the rule then runs, and its own budget stops it


def first_matches(text: str) -> dict[str, Any]:
    """The first match (None: none) of each gate searched over the whole of ``text``, by its pattern: kept for the last
    text only, so that a gate is searched once per text, for the choice of the stage's rules (``StageGates``) and
    for the lines of the rules that then run (``gate_matches``)."""
    global _FIRSTS
    last = _FIRSTS  # read once: another thread may put its own text in its place (each keeps the dict of its text)
    if last[0] is not text:
        last = _FIRSTS = (text, {})
    return last[1]


#: A gate not yet searched in the text (see StageGates.pick).
_UNSEEN = object()
#: The last text whose gates were searched, with their first matches (see first_matches).
_FIRSTS: tuple[Optional[str], dict[str, Any]] = (None, {})


def _first_opens(gate: Any, literal: str, text: str, timeout: Optional[float], firsts: dict[str, Any]) -> bool:
    """``_opens`` over the whole of ``text``, its first match kept in ``firsts`` (not where the search ran out of time)."""
    at = find_literal(literal, text, 0, len(text)) if literal else 0
    try:
        first = None if at < 0 else gate.search(text, at) if timeout is None else gate.search(text, at, timeout=timeout)
    except TimeoutError:
        return True  # the rule then runs, and its own budget stops it
    firsts[gate.pattern] = first
    return first is not None


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
    ``deadline`` (``time.monotonic``; None: no time budget). Over the whole text, a gate is searched once per text
    (``first_matches``: the stage's choice of rules may have searched it already); the scan starts at its first match."""
    firsts = first_matches(text) if pos == 0 and end == len(text) else None
    for gate, literal in zip(gates, literals):
        if firsts is not None and gate.pattern in firsts:
            first = firsts[gate.pattern]
        else:
            at = find_literal(literal, text, pos, end) if literal else pos
            first = None if at < 0 else gate.search(text, at, end, **time_budget(deadline))  # most texts: none, and no scanner
            if firsts is not None:
                firsts[gate.pattern] = first
        if first is not None:
            yield from gate.finditer(text, first.start(), end, **time_budget(deadline))


def lookahead_matches(
    compiled: Any, ahead: "re.Pattern[str]", text: str, pos: int, end: int, overlapped: bool, deadline: Optional[float],
) -> Iterator[Any]:
    """The matches of ``compiled`` in ``text[pos:end]``, those of ``compiled.finditer`` (``overlapped`` as there), when
    every match opens with the look-ahead ``ahead`` (``pattern_literals.leading_lookahead``): each place ``re`` finds it
    is tried with ``match``, leftmost first (the regex module would try the look-ahead at every place of the text, ``re``
    finds its places several times faster). By ``deadline`` (``time.monotonic``; None: no time budget)."""
    while True:
        found = ahead.search(text, pos, end)
        if found is None:
            return
        at = found.start()
        m = compiled.match(text, at, end, **time_budget(deadline))
        if m is None:
            pos = at + 1
            continue
        if m.end() == at:  # an empty match: the regex module's own rules for what may follow it
            yield from compiled.finditer(text, at, end, overlapped=overlapped, **time_budget(deadline))
            return
        yield m
        pos = at + 1 if overlapped else m.end()


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
