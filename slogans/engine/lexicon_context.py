"""Whether a lexicon entry's subject is in sight of its mentions, for the entries that ask (``context:``).

A name others use for lists of their own (两新: 大规模设备更新 and 消费品以旧换新 in a 2024 economic text, 新经济组织 and
新社会组织 in a Party-building one; 四强; 八大行动) gives the lexicon's members only where one of its ``context`` words
stands within ``context_window`` characters of a mention (anywhere in the document for ``document``). Without one the
mention still counts as it would; it takes no lexicon members: the table never shows another list's members.

The words and the names are found in one search per document (or piece) that holds such a term: one alternation of
the context words and the names of that document's terms, not one search per entry.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping, Optional, Protocol

import regex

from slogans.config.lexicon import LexiconEntry, surface_key


class _Found(Protocol):
    """What a found term tells: its lexicon entry and the surfaces it was found under."""

    entry: Optional[LexiconEntry]
    surfaces: set[str]


@lru_cache(maxsize=256)
def _alternation(strings: tuple[str, ...]) -> "regex.Pattern[str]":
    """One pattern for all ``strings`` (longest first), matched overlapped: every place one of them starts."""
    return regex.compile("|".join(regex.escape(s) for s in sorted(strings, key=len, reverse=True)))


class ContextSight:
    """The mentions of a document's context-bound terms and the places of their context words, gathered over the
    whole text or piece by piece; ``in_sight(term)`` once all are seen."""

    def __init__(self, entries: Mapping[str, LexiconEntry], names: Mapping[str, Iterable[str]]):
        self.entries = dict(entries)
        self._roles: dict[str, list[tuple[str, bool]]] = {}  # string → (term, True for a name of it / False for a word)
        for term, entry in self.entries.items():
            for name in dict.fromkeys((term, *names.get(term, ()))):
                self._roles.setdefault(name, []).append((term, True))
            for word in entry.context:
                self._roles.setdefault(word, []).append((term, False))
        self._by_first: dict[str, list[str]] = {}
        for string in self._roles:
            self._by_first.setdefault(string[0], []).append(string)
        self._pattern = _alternation(tuple(sorted(self._roles)))
        self.mentions: dict[str, list[tuple[int, int]]] = {t: [] for t in self.entries}
        self.words: dict[str, list[tuple[int, int]]] = {t: [] for t in self.entries}

    @classmethod
    def of(cls, terms: Mapping[str, _Found]) -> Optional["ContextSight"]:
        """The sight for a document's settled ``terms`` (term → found term), or None where none asks for context."""
        bound = {t: f.entry for t, f in terms.items() if f.entry is not None and f.entry.context}
        if not bound:
            return None
        names = {t: {surface_key(s) for s in (*terms[t].surfaces, *e.names) if s.strip()} for t, e in bound.items()}
        return cls(bound, names)

    def scan(self, text: str, lo: int = 0, hi: Optional[int] = None, offset: int = 0) -> None:
        """Record the names and context words that start in ``[lo, hi)`` of the normalised ``text`` (``offset``:
        where it lies in the whole document)."""
        hi = len(text) if hi is None else hi
        for m in self._pattern.finditer(text, lo, overlapped=True):
            s = m.start()
            if s >= hi:
                break
            for string in self._by_first[text[s]]:
                if text.startswith(string, s):
                    for term, is_name in self._roles[string]:
                        (self.mentions if is_name else self.words)[term].append((s + offset, s + offset + len(string)))

    def in_sight(self, term: str) -> bool:
        """Whether ``term`` may take its lexicon members: it asks for no context, or a context word stands within its
        window of a mention (anywhere, for a window of the whole document)."""
        entry = self.entries.get(term)
        if entry is None:
            return True
        words = self.words[term]
        if entry.context_window is None or not words:
            return bool(words)
        window = entry.context_window
        return any(max(cs - me, ms - ce) <= window for ms, me in self.mentions[term] for cs, ce in words)


def subject_in_sight(entry: LexiconEntry, text: str) -> bool:
    """Whether ``entry`` would give its members in the normalised ``text`` (True for an entry without context): where
    not, a list the document gives under its name is another list, not a rival of the lexicon's."""
    if not entry.context:
        return True
    sight = ContextSight({entry.term: entry}, {entry.term: {surface_key(n) for n in entry.names}})
    sight.scan(text)
    return sight.in_sight(entry.term)
