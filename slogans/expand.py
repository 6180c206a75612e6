"""Expansion: the members of each term, from the document's own definition where it gives one.

Every define rule runs once over the text. A definition is attached to a term the document
uses (exactly, or — for rules whose term group is free text — as its ending or its head).
For a numbered term the members are checked against the numeral arithmetic: enumerations and
lists before the name are only believed when they agree; for other shapes the text's members
are kept and the mismatch is flagged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from slogans.errors import RuleTimeout
from slogans.members import fit_members
from slogans.numerals import formula_arithmetic
from slogans.rules import RuleMatch, RuleSet

#: Rules whose members are believed only where the numerals agree.
_NEED_AGREEMENT_MIN_PRIORITY = 70


@dataclass(frozen=True)
class Definition:
    """Members of ``term`` as the document spells them out, and where."""

    term: str
    members: tuple[str, ...]
    rule_id: str
    start: int
    end: int
    member_spans: tuple[tuple[int, int], ...]
    arithmetic_ok: Optional[bool]


def find_definitions(
    text: str, rules: RuleSet, warnings: Optional[list[str]] = None
) -> list[tuple[RuleMatch, int, str, list[str], bool]]:
    """Raw definitions: (match, priority, term_known mode, split_last_on, enumerated) of every define rule."""
    markers = rules.enumeration_markers()
    found = []
    for rule in rules.stage("define"):
        try:
            matches = rule.apply(text, markers)
        except RuleTimeout as exc:
            message = rules.disable(rule, exc)
            if warnings is not None:
                warnings.append(message)
            continue
        for m in matches:
            if m.members:
                found.append((m, rule.priority, rule.term_known or "", list(rule.split_last_on), rule.enumeration is not None))
    return found


def _resolve_term(raw: str, mode: str, terms: dict[str, str], members: tuple[str, ...]) -> Optional[str]:
    """The known term a definition's term group refers to (``terms`` maps surface key → term)."""
    key = "".join(raw.split())
    if key in terms:
        return terms[key]
    if mode == "suffix":
        for tail in (key, key.removesuffix("活动")):  # 创先争优活动的主要内容 → 创先争优
            for size in range(len(tail), 1, -1):
                if tail[-size:] in terms:
                    return terms[tail[-size:]]
    if mode == "head":
        for surface, term in terms.items():
            if not (surface.endswith(key) and len(surface) > len(key)):
                continue
            arith = formula_arithmetic(term)
            if arith is not None and arith.agrees_with(list(members)):
                return term
    return None


def attach_definitions(
    text: str, rules: RuleSet, terms: dict[str, str], kinds: dict[str, str], warnings: Optional[list[str]] = None
) -> dict[str, Definition]:
    """The best definition of each known term: by rule priority, agreeing arithmetic first."""
    return choose_definitions(find_definitions(text, rules, warnings), terms, kinds)


def choose_definitions(
    found: Iterable[tuple[RuleMatch, int, str, list[str], bool]], terms: dict[str, str], kinds: dict[str, str]
) -> dict[str, Definition]:
    """The best of the raw definitions ``found`` (as find_definitions gives them, in its order) for each
    known term (``terms`` maps surface key → term): by rule priority, agreeing arithmetic first."""
    best: dict[str, tuple[tuple[int, int, int], Definition]] = {}
    for m, priority, mode, split_last, enumerated in found:
        term = _resolve_term(m.term, mode, terms, m.members or ())
        if term is None:
            continue
        arith = formula_arithmetic(term) if kinds.get(term) == "numbered" else None
        members = list(m.members or ())
        if arith is not None and arith.unit == "members" and not enumerated:
            members = fit_members(members, arith.total, split_last)
        agrees = None if arith is None else arith.agrees_with(members)
        if len(members) < 2:
            continue
        if priority >= _NEED_AGREEMENT_MIN_PRIORITY and agrees is not True:
            continue
        definition = Definition(term, tuple(members), m.rule_id, m.start, m.end, m.member_spans, agrees)
        rank = (0 if agrees is not False else 1, priority, m.start)
        if term not in best or rank < best[term][0]:
            best[term] = (rank, definition)
    return {t: d for t, (_, d) in best.items()}
