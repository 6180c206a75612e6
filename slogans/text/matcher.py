"""Many literal strings found in one pass: an Aho-Corasick automaton (pyahocorasick)."""
from __future__ import annotations

from typing import Any, Generic, Iterable, Iterator, Optional, TypeVar

import ahocorasick

V = TypeVar("V")


class LiteralMatcher(Generic[V]):
    """Finds literal keys in a text, longest match first, never overlapping.

    Matching is character by character, so it works on Chinese without word boundaries.

    Examples:
        >>> m = LiteralMatcher([("两评一树", 1), ("两评", 2)])
        >>> [(s, e, v) for s, e, v in m.find("开展两评一树活动")]
        [(2, 6, 1)]
    """

    def __init__(self, pairs: Iterable[tuple[str, V]] = ()):
        keyed = [(key, value) for key, value in pairs if key]
        self._size = len(keyed)
        self._automaton: Optional[Any] = None  # a document with no terms builds none
        if keyed:
            automaton = ahocorasick.Automaton()
            for key, value in keyed:
                automaton.add_word(key, (len(key), value))
            automaton.make_automaton()
            self._automaton = automaton

    def __len__(self) -> int:
        return self._size

    def find(self, text: str, start: int = 0) -> Iterator[tuple[int, int, V]]:
        """(start, end, value) of every longest, non-overlapping match, left to right, from ``start`` on.

        Chosen here from all matches: pyahocorasick's own ``iter_long`` misses a match reached through
        a failure link at the end of the text (keys 四学四比 and 一四学四比三查两评: nothing in 第一四学四比).
        """
        if self._automaton is None or start >= len(text):
            return
        longest: dict[int, tuple[int, V]] = {}
        for end_index, (length, value) in self._automaton.iter(text, start):
            first = end_index - length + 1
            have = longest.get(first)
            if have is None or length > have[0]:
                longest[first] = (length, value)
        pos = start
        for first in sorted(longest):
            if first >= pos:
                length, value = longest[first]
                yield first, first + length, value
                pos = first + length
