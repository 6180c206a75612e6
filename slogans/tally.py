"""Counting: every occurrence of every accepted term, quoted or not, also inside longer words.

Literal terms are found in one automaton pass, longest match first, so that an occurrence
inside a longer different term (两评 inside 三查两评) is not counted twice. Slogans are
counted with any separator between their clauses (以人为本,执政为民 = 以人为本、执政为民),
and their own words still count for the terms they invoke.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from slogans.matcher import LiteralMatcher

_CLAUSE_GAP = r"[、,，;；\s]*"


def count_literals(text: str, surfaces: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of every occurrence of any surface (surface → canonical term)."""
    matcher = LiteralMatcher(surfaces.items())
    return list(matcher.find(text))


@lru_cache(maxsize=4096)
def _slogan_pattern(clauses: tuple[str, ...]) -> "regex.Pattern[str]":
    return regex.compile(_CLAUSE_GAP.join(regex.escape(c) for c in clauses))


def slogan_pattern(clauses: Iterable[str]) -> "regex.Pattern[str]":
    """A pattern for a slogan with any separator (or none) between its clauses."""
    return _slogan_pattern(tuple(clauses))


def count_slogan(text: str, clauses: list[str]) -> list[tuple[int, int]]:
    """Spans of every occurrence of the slogan made of ``clauses``.

    Every occurrence starts with the first clause, so ``str.find`` leads the way and the pattern
    is tried only there (a regex scan of a whole document per slogan costs several times more).
    """
    if not clauses:
        return []
    pattern = slogan_pattern(clauses)
    first = clauses[0]
    spans: list[tuple[int, int]] = []
    i = text.find(first)
    while i >= 0:
        m = pattern.match(text, i)
        if m is None:
            i = text.find(first, i + 1)
        else:
            spans.append(m.span())
            i = text.find(first, max(m.end(), i + 1))
    return spans
