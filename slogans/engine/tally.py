"""Counting: every occurrence of every accepted term, quoted or not, also inside longer words.

Literal terms are found in one automaton pass, longest match first, so that an occurrence
inside a longer different term (两评 inside 三查两评) is not counted twice. Slogans are
counted with any separator between their clauses (以人为本,执政为民 = 以人为本、执政为民),
and their own words still count for the terms they invoke.
"""
from __future__ import annotations

from array import array
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Optional

import regex

from slogans.engine.compound_parts import digit_parts, part_slice
from slogans.engine.dating import DocumentDate, early_use_warning, early_uses
from slogans.engine.expand import Definition
from slogans.engine.lexicon_context import ContextSight
from slogans.config.lexicon import LexiconEntry, surface_key
from slogans.text.matcher import LiteralMatcher
from slogans.model import Mention, TermCount
from slogans.text.normalize import NormalizedText, to_simplified
from slogans.text.punctuation import CLOSE_QUOTES, LIST_SEPARATORS, OPEN_QUOTES, QUOTE_CHARS
from slogans.engine.result import DocumentResult
from slogans.text.numerals import DIGITS

if TYPE_CHECKING:
    from slogans.engine.classify import QuotedClassifier

_CLAUSE_GAP = rf"[{LIST_SEPARATORS}\s]*"


def count_literals(text: str, surfaces: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of every occurrence of any surface (surface → canonical term)."""
    return list(LiteralMatcher(surfaces.items()).find(text))


#: one quote mark between two Han characters, with those two characters: a name quoted in part (“九大”关系, “甲乙“目标)
_QUOTE_INSIDE = regex.compile(rf"(?<=(\p{{Han}}))([{regex.escape(QUOTE_CHARS)}])(?=(\p{{Han}}))")
#: the fewest characters on each side of such a mark
_SPLIT_SIDE_MIN = 2
_HAN_CHAR = regex.compile(r"\p{Han}")


def split_by_quote(surfaces: dict[str, str], text: Optional[str] = None) -> dict[str, str]:
    """``surfaces`` and, for each, its spellings with one quote mark inside.

    A writer quotes part of a name (“九大”关系 for 九大关系): the guideline counts it as the name.
    A mark is tried only between two Han characters it stands alone between in ``text`` (a spelling the text
    lacks never matches); without a text (a document read in pieces) every mark between any two. Each side
    keeps two characters or more."""
    if text is None:
        return _split_at(surfaces, lambda pair: QUOTE_CHARS if _HAN_CHAR.match(pair[0]) and _HAN_CHAR.match(pair[1]) else "")
    marks_between: dict[str, set[str]] = {}
    for before, mark, after in _QUOTE_INSIDE.findall(text):
        marks_between.setdefault(before + after, set()).add(mark)
    if not marks_between:
        return surfaces
    return _split_at(surfaces, lambda pair: marks_between.get(pair, ()))


def _split_at(surfaces: dict[str, str], marks_for: Callable[[str], Iterable[str]]) -> dict[str, str]:
    """``surfaces`` and their spellings with one of ``marks_for(two characters)`` between those two characters."""
    out = dict(surfaces)
    for surface, term in surfaces.items():
        for i in range(_SPLIT_SIDE_MIN, len(surface) - _SPLIT_SIDE_MIN + 1):
            for mark in marks_for(surface[i - 1 : i + 1]):
                out.setdefault(surface[:i] + mark + surface[i:], term)
    return out


#: one counting numeral and a classifier that opens a numbered name (六个破除, 三项制度)
_LEADING_NUMERAL = regex.compile("([一二两三四五六七八九])(?=[个项条种大])")
_ONE_WORD_HEAD = regex.compile("[二两三四五六七八九]\\p{Han}{1,3}$")


def digit_spellings(surface: str) -> list[str]:
    """A numbered name with its numeral and classifier written in digits: 六个破除 → 6个破除 (and 六破除 → 6个破除)."""
    m = _LEADING_NUMERAL.match(surface)
    if m is not None:
        return [str(DIGITS[m.group(1)]) + surface[1:]]
    if _ONE_WORD_HEAD.match(surface):  # 六破除: a one-word head after one numeral
        return [str(DIGITS[surface[0]]) + "个" + surface[1:]]
    return []


#: ASCII letters, digits and signs and their full-width forms (４, ＋, Ａ), one code point apart by this offset; not
#: punctuation, which the classifier folds in a name's key (甲，乙 → 甲,乙) and which no name is spelled by.
_WIDTH_OFFSET = 0xFEE0
_NARROW = frozenset(map(ord, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-*/=%&#@~^_|<>"))
#: A name with at most this many such characters is counted under every mix of widths (4＋1 writes the digits
#: narrow and the sign wide); a longer one under all-narrow and all-wide only.
_MIXED_WIDTHS_MAX = 4


def width_spellings(surface: str) -> list[str]:
    """``surface`` with its ASCII characters and their full-width forms written in the other width (4+1 → 4＋1, ４+１,
    ４＋１; ４个全面 → 4个全面), where that changes it: a name is counted under whatever width the document writes."""
    places = [i for i, ch in enumerate(surface) if ord(ch) in _NARROW or ord(ch) - _WIDTH_OFFSET in _NARROW]
    if not places:
        return []
    narrow = "".join(chr(ord(ch) - _WIDTH_OFFSET) if ord(ch) - _WIDTH_OFFSET in _NARROW else ch for ch in surface)
    if len(places) > _MIXED_WIDTHS_MAX:
        wide = "".join(chr(ord(ch) + _WIDTH_OFFSET) if i in places else ch for i, ch in enumerate(narrow))
        return [x for x in dict.fromkeys((narrow, wide)) if x != surface]
    out: list[str] = []
    for mask in range(1 << len(places)):
        chars = list(narrow)
        for bit, i in enumerate(places):
            if mask >> bit & 1:
                chars[i] = chr(ord(chars[i]) + _WIDTH_OFFSET)
        spelled = "".join(chars)
        if spelled != surface:
            out.append(spelled)
    return out


def nested_campaigns(
    surfaces: dict[str, str], terms: dict[str, "FoundTerm"], suffixes: tuple[str, ...]
) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each surface of a campaign name that opens with another campaign name and ends with a campaign word
    (``suffixes``: 检企共建 in 检企共建阳光工程), that other name and the length of its surface: a programme named
    after a campaign invokes it, and the guideline counts it there too. Not a name that fills another's slot
    (互联网+政务服务)."""
    campaigns = {s: n for s, n in surfaces.items() if terms[n].kind == "campaign"}
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    for outer, name in campaigns.items():
        if not outer.endswith(suffixes):
            continue
        longest: dict[str, int] = {}
        for k in range(1, len(outer)):
            n = campaigns.get(outer[:k])
            if n is not None and n != name:
                longest[n] = k
        inner = tuple(sorted(longest.items()))
        if inner:
            out[outer] = inner
    return out


@lru_cache(maxsize=4096)
def _slogan_pattern(clauses: tuple[str, ...]) -> "regex.Pattern[str]":
    return regex.compile(_CLAUSE_GAP.join(regex.escape(c) for c in clauses))


def slogan_pattern(clauses: Iterable[str]) -> "regex.Pattern[str]":
    """A pattern for a slogan with any separator (or none) between its clauses."""
    return _slogan_pattern(tuple(clauses))


def count_slogan(text: str, clauses: list[str]) -> list[tuple[int, int]]:
    """Spans of every occurrence of the slogan made of ``clauses`` (what ``slogan_pattern`` finds).

    Every occurrence starts with the first clause, so ``str.find`` leads the way and the clauses are
    tried only there. Where no clause starts with a separator or a space, each next clause can only
    start where the run of separators ends, so the clauses are compared in turn without compiling a
    pattern (a slogan of a corpus of unique documents is often seen once: its compilation would cost
    more than the whole search).
    """
    if not clauses:
        return []
    pattern = None if _plain(tuple(clauses)) else slogan_pattern(clauses)
    first = clauses[0]
    spans: list[tuple[int, int]] = []
    i = text.find(first)
    while i >= 0:
        end = _match_clauses(text, i, clauses) if pattern is None else _match_end(pattern, text, i)
        if end < 0:
            i = text.find(first, i + 1)
        else:
            spans.append((i, end))
            i = text.find(first, max(end, i + 1))
    return spans


_GAP = regex.compile(_CLAUSE_GAP)


@lru_cache(maxsize=4096)
def _plain(clauses: tuple[str, ...]) -> bool:
    """True when no clause is empty or starts with a character of the gap between clauses."""
    return all(c and _GAP.match(c[0]).end() == 0 for c in clauses)


def _match_clauses(text: str, pos: int, clauses: list[str]) -> int:
    """Where the slogan that starts at ``pos`` with its first clause ends (-1: it does not go on)."""
    pos += len(clauses[0])
    for clause in clauses[1:]:
        pos = _GAP.match(text, pos).end()
        if not text.startswith(clause, pos):
            return -1
        pos += len(clause)
    return pos


def _match_end(pattern: "regex.Pattern[str]", text: str, pos: int) -> int:
    m = pattern.match(text, pos)
    return -1 if m is None else m.end()


class FoundTerm:
    """A term found in a document, with the surfaces it was found under and what supports it."""

    __slots__ = ("term", "kind", "rule_id", "reason", "surfaces", "entry", "unquoted", "quoted", "score")

    def __init__(self, term: str, kind: str, rule_id: str, reason: str, entry: Optional[LexiconEntry] = None):
        self.term = term
        self.kind = kind
        self.rule_id = rule_id
        self.reason = reason
        self.entry = entry
        self.surfaces: set[str] = set()
        self.unquoted = False  # supported by something other than a quotation
        self.quoted = array("q")  # the quoted spans that support it: start, end, start, end …
        self.score: Optional[float] = None  # the quoted-phrase decision's score, for a term it decided


class Tally:
    """Counts a document's settled terms, over the whole text or piece by piece, and makes its rows."""

    def __init__(
        self, quoted: QuotedClassifier, terms: dict[str, FoundTerm], definitions: dict[str, Definition], with_mentions: bool,
        dated: DocumentDate, sight: Optional[ContextSight] = None,
    ):
        self.terms = terms
        self.dated = dated  # may be a DeferredDate: asked for only where a row needs it
        self.definitions = definitions
        self.with_mentions = with_mentions
        self.sight = sight  # where given, a context-bound entry gives its members only with its subject in sight
        self.covered = 0  # where the last match counted ends (normalised, in the whole document)
        literal: dict[str, str] = {}
        self.slogans = {name: quoted.clauses(name) for name, info in terms.items() if info.kind == "slogan"}
        # a slogan quoted once with a space between its clauses (“甲乙 丙丁”, the space dropped: 甲乙丙丁) is that slogan,
        # whose count takes in its clauses run together: no term of its own
        run_together = {"".join(clauses) for clauses in self.slogans.values()}
        for name, info in terms.items():
            if info.kind == "slogan" or (info.entry is None and name in run_together):
                continue
            for s in info.surfaces | {name} | {surface_key(n) for n in (info.entry.names if info.entry else ())}:
                literal.setdefault(s, name)
        for surface, name in list(literal.items()):
            if terms[name].kind == "numbered":
                for spelling in digit_spellings(surface):
                    literal.setdefault(spelling, name)
        for surface, name in list(literal.items()):  # 4+1 quoted, 4＋1 written: one name under either width
            for spelling in width_spellings(surface):
                literal.setdefault(spelling, name)
        self.literal = literal
        self.nested = nested_campaigns(literal, terms, quoted.features.suffixes)
        self.matcher: Optional[LiteralMatcher] = None  # built on the first count, when the text's quote marks are known
        self.counts: dict[str, int] = {}
        self.found: list[tuple[str, str, int, int, bool]] = []  # mentions: term, surface, start, end, quoted
        self.in_script: dict[str, tuple[str, ...]] = {}  # text definitions' members as the document writes them
        self.traditional: Optional[bool] = None  # whether the document writes its terms in traditional characters

    def count(self, norm: NormalizedText, lo: int = 0, hi: Optional[int] = None, offset: int = 0, original_offset: int = 0) -> None:
        """Count the occurrences that start in ``[lo, hi)`` of the normalised text (``offset`` and
        ``original_offset``: where the piece lies in the whole document, normalised and original)."""
        t = norm.text
        hi = len(t) if hi is None else hi
        whole = lo == 0 and hi == len(t)
        counts = self.counts
        spans: list[tuple[int, int, str]] = []
        # a piece's matches resume where the last one counted in the pieces before it ended, as in the whole text
        begin = 0 if whole else max(lo, self.covered - offset)
        if self.matcher is None:  # a document read in pieces tries every mark: the same counts as the whole text's
            self.matcher = LiteralMatcher(split_by_quote(self.literal, t if whole else None).items())
        for s, e, name in self.matcher.find(t, begin):
            if not whole and s >= hi:
                break
            counts[name] = counts.get(name, 0) + 1
            if self.traditional is None:
                self.traditional = _written_traditional(norm, s, e)
            for inner, length in self.nested.get(t[s:e], ()):
                counts[inner] = counts.get(inner, 0) + 1
                if self.with_mentions:
                    spans.append((s, s + length, inner))
            self.covered = e + offset
            if self.with_mentions:
                spans.append((s, e, name))
        for name, clauses in self.slogans.items():
            for s, e in count_slogan(t, clauses) if clauses else ():
                if whole or lo <= s < hi:
                    counts[name] = counts.get(name, 0) + 1
                    if self.with_mentions:
                        spans.append((s, e, name))
        for s, e, name in spans:
            os_, oe = norm.original_span(s, e)
            quoted = s > 0 and t[s - 1] in OPEN_QUOTES and e < len(t) and t[e] in CLOSE_QUOTES
            self.found.append((name, norm.original[os_:oe], os_ + original_offset, oe + original_offset, quoted))
        for d in self.definitions.values():
            if d.member_spans and lo <= d.member_spans[0][0] - offset < hi:
                local = replace(d, member_spans=tuple((s - offset, e - offset) for s, e in d.member_spans)) if offset else d
                self.in_script[d.term] = _in_original_script(norm, local)

    def result(self, document: str, warnings: list[str], chars: Optional[int] = None) -> DocumentResult:
        """The document's rows (by count, descending, then term) and mentions (in text order);
        ``chars``, the document's length, goes into every row."""
        rows: list[TermCount] = []
        components_of: dict[str, tuple[Optional[tuple[str, ...]], Optional[str], Optional[bool], Optional[tuple[str, ...]]]] = {}
        year, source = (self.dated.year, self.dated.source) if self.counts else (None, None)
        for name in self.counts:
            components_of[name] = self._components(self.terms[name], self.definitions.get(name))
        if self.traditional:
            for name, (members, origin, agrees, _) in list(components_of.items()):
                if origin == "lexicon" and members:
                    components_of[name] = (tuple(map(_traditional, members)), origin, agrees, members)
        _parts_from_compounds(components_of)
        defined = [d.term for d in sorted(self.definitions.values(), key=lambda d: d.start) if d.term in components_of]
        for name, (members, *_) in list(components_of.items()):
            parts = None if members else digit_parts(name, defined)
            if parts is not None:  # 3+2: the document's 三甲 and 两乙, named in the paragraphs after it
                components_of[name] = (parts, "text", True, parts)
        for name, n in self.counts.items():
            info = self.terms[name]
            rows.append(TermCount(document, name, info.kind, n, *components_of[name], year, source, chars=chars))
        rows.sort(key=lambda r: (-r.count, r.term))
        mentions = [
            Mention(name, self.terms[name].kind, surface, s, e, quoted, self.terms[name].rule_id, components_of[name][0],
                    self.terms[name].score, self.terms[name].reason)
            for name, surface, s, e, quoted in self.found
        ]
        mentions.sort(key=lambda m: (m.start, m.end))
        for d in self.definitions.values():
            if d.arithmetic_ok is False and d.term in self.terms:
                warnings.append(f"{d.term}: the text lists {len(d.members)} members, the numerals promise otherwise")
        early = early_uses(self.dated, ((row.term, self.terms[row.term].entry) for row in rows)) if rows else []
        warnings.extend(early_use_warning(self.dated, term, since) for term, since in early)
        return DocumentResult(document, rows, mentions, self.definitions, warnings, date=self.dated, early_uses=early)

    def _components(
        self, info: FoundTerm, definition: Optional[Definition]
    ) -> tuple[Optional[tuple[str, ...]], Optional[str], Optional[bool], Optional[tuple[str, ...]]]:
        """(components, their source, the arithmetic check, the components in simplified characters)."""
        if definition is not None:
            in_script = self.in_script.get(definition.term, definition.members)
            return in_script, "text", definition.arithmetic_ok, tuple(definition.members)
        components = info.entry.components_for(self.dated.year) if info.entry is not None else None
        # a formula not yet named, or named where its subject is out of sight (context:): another list, not the lexicon's
        if components and not early_uses(self.dated, [(info.term, info.entry)]) and (self.sight is None or self.sight.in_sight(info.term)):
            return components, "lexicon", None, None
        return None, None, None, None


_Components = tuple[Optional[tuple[str, ...]], Optional[str], Optional[bool], Optional[tuple[str, ...]]]


def _parts_from_compounds(components_of: dict[str, _Components]) -> None:
    """A term with no members of its own that is a part of a compound the document names takes its slice of the
    compound's members, from the same source (三严 of 三严三实: the first three)."""
    members_of = {name: c[0] for name, c in components_of.items() if c[0]}
    for name, (members, _, _, _) in list(components_of.items()):
        where = None if members else part_slice(name, members_of)
        if where is not None:
            compound, start, end = where
            whole, source, agrees, simplified = components_of[compound]
            components_of[name] = (whole[start:end], source, agrees, simplified[start:end] if simplified else None)  # type: ignore[index]


def _written_traditional(norm: NormalizedText, start: int, end: int) -> Optional[bool]:
    """Whether the term at normalised ``[start, end)`` is written in traditional characters (None: its characters
    are the same in both scripts, so another mention must tell)."""
    written = norm.original_chars(start, end)
    if written != norm.text[start:end] and to_simplified(written) == norm.text[start:end]:
        return True
    return False if any(ch in _simplified_only() for ch in written) else None


@lru_cache(maxsize=1)
def _simplified_only() -> frozenset[str]:
    from slogans.text.scripts import script_chars

    return frozenset(script_chars()[1])


def _traditional(member: str) -> str:
    """A lexicon member in traditional characters, for a document written in them (OpenCC s2t)."""
    from slogans.config.lexicon_checks import to_traditional

    return to_traditional(member)


def _in_original_script(norm: NormalizedText, d: Definition) -> tuple[str, ...]:
    """The definition's members as the document writes them (its script, its characters), less
    the noise that normalisation removed (page markers, spaces and line breaks inside words)."""
    t = norm.text
    out: list[str] = []
    if not d.member_spans:
        return d.members
    cursor, limit = d.member_spans[0][0], d.member_spans[-1][1]
    for member in d.members:
        pos = t.find(member, cursor, max(limit, cursor) + 1) if member else -1
        if pos < 0:
            out.append(member)
            continue
        out.append(norm.original_chars(pos, pos + len(member)))
        cursor = pos + len(member)
    return tuple(out)
