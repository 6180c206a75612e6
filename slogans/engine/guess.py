"""A best guess of the members of a term the lexicon does not know and the document does not define.

Three places are looked at, near the term's first mention (``window`` characters, from the settings):

1. a definition that a define rule found but the extractor did not attach to the term (its
   term group names the term, yet the numerals disagree, say);
2. an enumeration (一是…二是…, 第一…) that starts after the mention or after a colon near it;
3. for a numbered term only, a list of phrases joined by 、 after the mention in its sentence, whose length keeps the numerals' promise (四议两公开 → six phrases), with items
   of similar length and not left open by 等.

Enumerations and lists must keep the numerals' promise where the term has one. The nearest
candidate wins; a definition of the term wins over both. Members come back as the document
writes them.
"""
from __future__ import annotations

from typing import Optional

import regex

from slogans.evaluation.agreement import settle
from slogans.engine.expand import find_definitions
from slogans.config.lexicon import surface_key
from slogans.engine.enumerations import enumeration_items
from slogans.text.normalize import NormalizedText
from slogans.text.numerals import formula_arithmetic
from slogans.config.rules import RuleMatch, RuleSet

_ITEM = r"[^、,，。;；:：!！?？\n“”‘’「」()（）]{2,25}"
_LIST = regex.compile(f"{_ITEM}(?:、{_ITEM})+")
_COLON = regex.compile("[:：]")
_SENTENCE_END = regex.compile("[。!！?？\n]")
#: A list whose items differ in length more than this many times is no list of parallel members.
_MAX_LENGTH_RATIO = 3


def _parallel(items: list[str]) -> bool:
    """Items that look like the members of one formula: similar lengths, the list not left open by 等."""
    lengths = [len(i) for i in items]
    return max(lengths) <= _MAX_LENGTH_RATIO * min(lengths) and not any("等" in i for i in items)


def normalized_offset(norm: NormalizedText, original: int) -> int:
    """The normalised offset of the character at ``original`` (the inverse of ``to_original``)."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.to_original(mid) < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _original_items(norm: NormalizedText, items: tuple[str, ...], spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    """Each item as the original text writes it, found in order inside ``spans`` of the normalised text."""
    if not spans:
        return items
    t = norm.text
    cursor, limit = spans[0][0], spans[-1][1]
    out: list[str] = []
    for item in items:
        pos = t.find(item, cursor, limit) if item else -1
        if pos < 0:
            out.append(item)
            continue
        s, e = norm.original_span(pos, pos + len(item))
        out.append(norm.original[s:e])
        cursor = pos + len(item)
    return tuple(out)


class MemberGuesser:
    """Guesses members of unknown terms of one document (define rules run once per document)."""

    def __init__(self, norm: NormalizedText, rules: RuleSet, window: int = 300):
        self.norm = norm
        self.rules = rules
        self.window = window
        self._definitions: Optional[list[RuleMatch]] = None

    def definitions(self) -> list[RuleMatch]:
        """Every define rule match with members (computed on first use)."""
        if self._definitions is None:
            self._definitions = [m for m, *_ in find_definitions(self.norm.text, self.rules)]
        return self._definitions

    def guess(self, term: str, kind: str, original_start: int, original_end: int) -> Optional[tuple[str, ...]]:
        """The best guess of ``term``'s members, or None; the mention is at original offsets [start, end)."""
        t = self.norm.text
        start = normalized_offset(self.norm, original_start)
        end = max(start, normalized_offset(self.norm, original_end))
        arith = formula_arithmetic(term) if kind == "numbered" else None
        promise = arith.total if arith is not None and arith.unit == "members" else None
        key = surface_key(term)

        for m in self.definitions():
            raw = surface_key(m.term)
            near = start - self.window <= m.start <= end + self.window
            if near and m.members and len(m.members) >= 2 and raw.endswith(key):
                return _original_items(self.norm, tuple(m.members), m.member_spans)

        found: list[tuple[int, tuple[str, ...]]] = []
        stop = min(len(t), end + self.window)
        markers = self.rules.enumeration_markers()
        starts = [(end, "next_line")] + [(c.end(), "colon") for c in _COLON.finditer(t, end, stop)]
        for pos, mode in starts:
            got = enumeration_items(t, pos, mode, markers)
            if got is None or len(got[0]) < 2:
                continue
            members, agrees = settle(term, arith, got[0], fit=False)
            if agrees is False:
                continue
            items, spans = tuple(members), tuple(got[1])
            found.append((spans[0][0] - end, _original_items(self.norm, items, spans)))
            break
        if promise is not None:
            for m in _LIST.finditer(t, end, stop):
                phrases = [i.strip() for i in m.group().split("、")]
                if len(phrases) == promise and _parallel(phrases) and not _SENTENCE_END.search(t, end, m.start()):
                    found.append((m.start() - end, _original_items(self.norm, tuple(phrases), (m.span(),))))
                    break
        if not found:
            return None
        return min(found, key=lambda f: f[0])[1]
