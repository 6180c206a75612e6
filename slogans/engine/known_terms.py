"""A document's own terms, indexed to find those that start at a place of its text."""
from __future__ import annotations

from typing import Iterable


class KnownTerms:
    """A document's own terms, indexed by their first character, to find those that start at a place."""

    def __init__(self, terms: Iterable[str]):
        self._by_first: dict[str, list[str]] = {}
        for term in terms:
            if term:
                self._by_first.setdefault(term[0], []).append(term)

    def __len__(self) -> int:
        return sum(map(len, self._by_first.values()))

    def starting_at(self, text: str, start: int) -> frozenset[str]:
        """The terms that ``text`` spells out from ``start`` on."""
        if start >= len(text):
            return frozenset()
        terms = self._by_first.get(text[start])
        return frozenset(t for t in terms if text.startswith(t, start)) if terms else frozenset()
