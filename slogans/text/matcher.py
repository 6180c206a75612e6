"""Many literal strings found in one pass: an Aho-Corasick automaton (ahocorasick_rs), or a few
``str.find`` scans for a few strings."""
from __future__ import annotations

from typing import Any, Generic, Iterable, Iterator, Optional, TypeVar

V = TypeVar("V")

#: Up to this many keys, ``str.find`` per key beats building an automaton (a document's own terms).
FEW_KEYS = 8
#: Past FEW_KEYS, ``str.find`` per key still beats building an automaton while the keys times the characters searched
#: stay within this (the terms of a short document); the automaton is built on the first longer search, once.
FIND_BUDGET = 20_000
#: From this many keys on, the automaton is built at once (the lexicon's, before a pool of workers shares it).
MANY_KEYS = 256


class LiteralMatcher(Generic[V]):
    """Finds literal keys in a text, longest match first, never overlapping (a key given twice keeps
    its last value).

    Matching is character by character, so it works on Chinese without word boundaries. Many keys (the
    lexicon) go into an automaton (ahocorasick_rs, leftmost-longest: its search time hardly grows with
    the number of keys); a few keys (the terms of one document), or some keys in a short text, are looked
    for with ``str.find``, which costs less than building an automaton. A text or key that UTF-8 cannot encode (a lone surrogate)
    is searched with ``str.find`` too. Offsets are in characters.

    Examples:
        >>> m = LiteralMatcher([("两评一树", 1), ("两评", 2)])
        >>> [(s, e, v) for s, e, v in m.find("开展两评一树活动")]
        [(2, 6, 1)]
    """

    def __init__(self, pairs: Iterable[tuple[str, V]] = ()):
        keyed: dict[str, V] = {}
        for key, value in pairs:
            if key:
                keyed[key] = value
        self._keys = list(keyed)
        self._values = list(keyed.values())
        self._automaton: Optional[Any] = None  # a few keys, or none, build none
        self._built = len(self._keys) <= FEW_KEYS
        if len(self._keys) >= MANY_KEYS:
            self._build()

    def _build(self) -> None:
        import ahocorasick_rs

        self._built = True
        # a document's own keys are searched once or twice: the contiguous NFA builds in a third of the time of the DFA
        # the library picks for a few keys, and finds the same matches; the lexicon's keys (searched in every document)
        # keep the library's choice
        per_document: dict[str, Any] = {} if len(self._keys) >= MANY_KEYS else {"implementation": ahocorasick_rs.Implementation.ContiguousNFA}
        try:
            self._automaton = ahocorasick_rs.AhoCorasick(self._keys, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST, **per_document)
        except UnicodeEncodeError:
            self._automaton = None

    def __len__(self) -> int:
        return len(self._keys)

    def find(self, text: str, start: int = 0) -> Iterator[tuple[int, int, V]]:
        """(start, end, value) of every longest, non-overlapping match, left to right, from ``start`` on:
        at the leftmost place where a key starts, the longest key there, then on from its end."""
        if not self._keys or start >= len(text):
            return
        values = self._values
        if not self._built and len(self._keys) * (len(text) - start) > FIND_BUDGET:
            self._build()
        if self._automaton is not None:
            try:
                found = self._automaton.find_matches_as_indexes(text[start:] if start else text)
            except UnicodeEncodeError:
                found = None
            if found is not None:
                for index, s, e in found:
                    yield s + start, e + start, values[index]
                return
        yield from self._find_each(text, start)

    def _find_each(self, text: str, start: int) -> Iterator[tuple[int, int, V]]:
        # every occurrence of every key, the longest at each place, then left to right without overlaps
        longest: dict[int, tuple[int, int]] = {}
        for index, key in enumerate(self._keys):
            at = text.find(key, start)
            while at >= 0:
                have = longest.get(at)
                if have is None or len(key) > have[0]:
                    longest[at] = (len(key), index)
                at = text.find(key, at + 1)
        pos = start
        for first in sorted(longest):
            if first >= pos:
                length, index = longest[first]
                yield first, first + length, self._values[index]
                pos = first + length
