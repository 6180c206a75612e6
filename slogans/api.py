"""The public face: Extractor wires normalisation, detection, decision, expansion and counting.

Example:
    >>> from slogans import Extractor
    >>> ex = Extractor()
    >>> rows = ex.count("要以“双促双建”工程为载体,推进“双促双建”。", "doc")
    >>> [(r.term, r.count) for r in rows]
    [('双促双建', 2)]
"""
from __future__ import annotations

import copy
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence, Union

import regex

from slogans.classify import QuotedClassifier, Verdict, group_quoted
from slogans.dates import year_of
from slogans.detect import Candidate, detect_candidates
from slogans.errors import InputError
from slogans.expand import Definition, choose_definitions, find_definitions
from slogans.lexicon import Lexicon, LexiconEntry, surface_key
from slogans.matcher import LiteralMatcher
from slogans.model import Document, Mention, TermCount
from slogans.normalize import NormalizedText, Normalizer
from slogans.numeral_decision import KnownTerms, NumeralClassifier
from slogans.numerals import NUMERAL_CLASS
from slogans.quoted_decision import PendingQuotes
from slogans.quoted_weights import QuotedWeights, builtin_weights, load_weights
from slogans.rules import RuleMatch, RuleSet, load_rules
from slogans.segment import Segmenter, make_segmenter
from slogans.tally import count_slogan
from slogans.dating import DocumentDate, date_document, early_use_warning, early_uses
from slogans.text_date import DateScanner

PathLike = Union[str, Path]
_GE_VARIANT = regex.compile(f"(?<=[{NUMERAL_CLASS}])个")
_NUMERAL_LED = regex.compile(f"[{NUMERAL_CLASS}]")
_OPEN_QUOTES = "“‘「『\"'"
_CLOSE_QUOTES = "”’」』\"'"


class _Term:
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


@dataclass
class _Found:
    """What the detection stages found in a document so far, kept per stage so that a document
    read in pieces gathers its terms in the same order as one read whole."""

    lexicon: dict[str, _Term] = field(default_factory=dict)
    quoted: dict[str, _Term] = field(default_factory=dict)
    rules: dict[str, _Term] = field(default_factory=dict)
    seen: set[tuple[str, str]] = field(default_factory=set)
    pending: PendingQuotes = field(default_factory=PendingQuotes)  # quoted names and slogans to decide
    # raw definitions, each kept once (the first occurrence wins every tie a later twin could enter)
    definitions: dict[tuple, tuple[RuleMatch, int, str, list[str], bool]] = field(default_factory=dict)

    def terms(self) -> dict[str, _Term]:
        """The terms of all stages, the first stage to find a term giving its kind and reason."""
        terms: dict[str, _Term] = {}
        for stage in (self.lexicon, self.quoted, self.rules):
            for name, info in stage.items():
                have = terms.get(name)
                if have is None:
                    terms[name] = info
                else:
                    have.surfaces |= info.surfaces
                    have.unquoted |= info.unquoted
                    have.quoted.extend(info.quoted)
        return terms


@dataclass
class DocumentResult:
    """Everything found in one document: the table rows, the mentions and the definitions."""

    document: str
    terms: list[TermCount]
    mentions: list[Mention]
    definitions: dict[str, Definition]
    warnings: list[str] = field(default_factory=list)
    #: the Document's ``meta`` (encoding, title, kept columns …) when it was analysed from one
    meta: dict[str, Any] = field(default_factory=dict)
    #: the mentions located in the text as read (``report.mention_records``), when asked for
    mention_records: list[dict[str, Any]] = field(default_factory=list)
    #: the year that picked the lexicon members, where it came from, and the text's evidence
    date: DocumentDate = field(default_factory=DocumentDate)
    #: terms used before the year their lexicon entry says they began: (term, since), for a firm date
    early_uses: list[tuple[str, int]] = field(default_factory=list)

    @property
    def as_of(self) -> Optional[int]:
        """The year that picked the lexicon members (None: the latest members)."""
        return self.date.year

    @property
    def as_of_source(self) -> Optional[str]:
        """Where ``as_of`` came from: ``option``, ``meta``, ``text`` or None."""
        return self.date.source


class Extractor:
    """Finds, counts and expands the terms of Chinese political texts.

    ``Extractor()`` uses the built-in rules and lexicon; ``rules`` and ``lexicon`` add the
    user's files or folders (a Lexicon object replaces the lexicon). ``builtin=False`` leaves
    the built-in rules and lexicon out. ``as_of`` (a year) picks the version of a formula whose
    members changed (四个全面 in 2016: 全面建成小康社会 …); without it, a Document's ``meta["date"]``
    does, then a year read from the text (``slogans.text_date``; ``read_dates=False`` leaves the
    text alone), and otherwise the latest version. ``segmenter`` is "jieba" (default), "pkuseg" (raises
    SegmenterUnavailable if it is not installed), "none", or a Segmenter object; it decides
    unquoted numeral phrases (see slogans.segment and slogans.numeral_decision). ``weights`` (a
    file from ``slogans train`` or a QuotedWeights) decide quoted names and slogans instead of the
    built-in weights (see slogans.quoted_decision).

    Examples:
        >>> ex = Extractor()
        >>> [m.term for m in ex.extract("先进基层党组织要做到“五个好”。")]
        ['五个好']
    """

    def __init__(
        self,
        rules: Optional[Sequence[PathLike]] = None,
        lexicon: Union[None, Lexicon, Sequence[PathLike]] = None,
        builtin: bool = True,
        segmenter: Union[str, Segmenter] = "jieba",
        as_of: Optional[int] = None,
        read_dates: bool = True,
        weights: Union[None, PathLike, QuotedWeights] = None,
    ):
        self.as_of = as_of
        self.read_dates = read_dates
        if weights is None:
            weights = builtin_weights()
        self.weights: QuotedWeights = weights if isinstance(weights, QuotedWeights) else load_weights(weights)
        self.rules: RuleSet = load_rules([Path(p) for p in rules or []], builtin=builtin)
        if isinstance(lexicon, Lexicon):
            self.lexicon = lexicon
        else:
            self.lexicon = Lexicon.load([Path(p) for p in lexicon or []], builtin=builtin)
        self.normalizer = Normalizer(self.rules.settings)
        if isinstance(segmenter, str):  # the lexicon's names are held as words (see slogans.segment)
            segmenter = make_segmenter(segmenter, (name for e in self.lexicon for name in e.names))
        self.segmenter: Segmenter = segmenter
        self._quoted = QuotedClassifier(self.rules.settings, self.segmenter)
        # the text is simplified already; a 'match: quoted' name is no evidence until a quotation confirms it
        names = frozenset(surface_key(name) for e in self.lexicon if e.match != "quoted" for name in e.names)
        self._numeral = NumeralClassifier(self.rules.settings, self.segmenter, names.__contains__)

    # -- public calls -------------------------------------------------------------------------
    def extract(self, text: str) -> list[Mention]:
        """Every mention of every term in ``text``, in text order, offsets into ``text``."""
        return self.analyze(text).mentions

    def count(self, text: str, document: str = "", as_of: Optional[int] = None) -> list[TermCount]:
        """The frequency table rows of one text: one per term, by count (descending) then term."""
        return self.analyze(text, document, with_mentions=False, as_of=as_of).terms

    def frequency_table(self, docs: Iterable[Union[Document, tuple[str, str], InputError]]) -> "pandas.DataFrame":  # noqa: F821
        """The long-form frequency table (document, term, kind, count, components, components_source).

        ``docs`` may be ``iter_documents(...)``: the InputError of a file that cannot be read is raised.
        """
        from slogans.report import frequency_frame

        rows: list[TermCount] = []
        for doc in docs:
            if isinstance(doc, InputError):
                raise doc
            if not isinstance(doc, Document):
                doc = Document(doc[0], doc[1])
            rows.extend(self.analyze_document(doc, with_mentions=False).terms)
        return frequency_frame(rows)

    def kwic(self, docs: Iterable[Any], terms: Sequence[str], regex: bool = False, width: int = 20) -> "pandas.DataFrame":  # noqa: F821
        """Keyword in context: each occurrence of ``terms`` (names, variants, or patterns with ``regex``)
        in ``docs`` (Documents, (id, text) pairs or texts), ``width`` characters either side; a
        DataFrame of ``slogans.concordance.KWIC_COLUMNS``. See ``slogans.concordance``."""
        from slogans.concordance import kwic_frame

        return kwic_frame(self, docs, terms, regex, width)
    def with_weights(self, weights: Union[PathLike, QuotedWeights]) -> "Extractor":
        """A copy of this Extractor that decides quoted phrases with other weights (rules, lexicon
        and segmenter shared)."""
        other = copy.copy(self)
        other.weights = weights if isinstance(weights, QuotedWeights) else load_weights(weights)
        return other

    def expand(self, term: str) -> Optional[LexiconEntry]:
        """The lexicon entry of ``term`` (simplified, traditional or any variant), or None."""
        return self.lexicon.get(term)

    def year_of(self, doc: Document) -> Optional[int]:
        """The year that picks the versions for ``doc``: ``as_of`` if given, else the document's date,
        else a year read from its text."""
        return self.date_of(self.normalizer.normalize(doc.text).text, doc.meta.get("date")).year

    def date_of(self, text: str, date: Any = None, as_of: Optional[int] = None) -> DocumentDate:
        """The year for a (normalised) text and where it comes from: ``as_of`` (else the Extractor's),
        else the year of ``date`` (the document's metadata), else the text's own (unless ``read_dates`` is off)."""
        option = as_of if as_of is not None else self.as_of
        meta_year = year_of(date)
        read = option is None and meta_year is None
        return date_document(option, meta_year, self.date_scanner(text) if read else None)

    def date_scanner(self, text: str = "") -> Optional[DateScanner]:
        """A scanner that has read ``text`` (feed it more), or None when dates are not read from texts."""
        if not self.read_dates:
            return None
        scanner = DateScanner()
        scanner.feed(text)
        return scanner

    def analyze_document(self, doc: Document, with_mentions: bool = True) -> DocumentResult:
        """``analyze`` for a Document: ``as_of``, else its date (``meta["date"]``), else its text's picks versions."""
        return self.analyze(doc.text, doc.id, with_mentions, date=doc.meta.get("date"))

    # -- the pipeline -------------------------------------------------------------------------
    def analyze(
        self, text: str, document: str = "", with_mentions: bool = True, as_of: Optional[int] = None, date: Any = None,
    ) -> DocumentResult:
        """Run every stage on one text and return all that was found (mentions unless told not to).

        ``as_of`` (a year; default the Extractor's) picks the lexicon version of changed formulae;
        without it, the year of ``date`` (the document's metadata), else a year read from the text.
        """
        warnings: list[str] = []
        norm = self.normalizer.normalize(text)
        found = _Found()
        self._find(norm.text, found, warnings)
        tally = self._settle(found, with_mentions, self.date_of(norm.text, date, as_of))
        tally.count(norm)
        return tally.result(document, warnings, chars=len(text))

    def analyze_stream(
        self, open_text: Callable[[], Iterable[str]], document: str = "", with_mentions: bool = False,
        piece_chars: Optional[int] = None, as_of: Optional[int] = None,
    ) -> DocumentResult:
        """Analyse one document too large to hold, read twice through ``open_text()`` (which must give
        the same text, in pieces of any size, each time): the result equals ``analyze`` of the whole text.

        The text is cut at sentence ends into pieces of about ``piece_chars`` characters, each seen
        with enough text on either side for every rule. See ``slogans.stream``.
        """
        from slogans.stream import analyze_in_pieces

        return analyze_in_pieces(self, open_text, document, with_mentions, piece_chars, as_of)

    @staticmethod
    def _new_found() -> _Found:
        return _Found()

    def _find(self, t: str, found: _Found, warnings: list[str], lo: int = 0, hi: Optional[int] = None, offset: int = 0) -> None:
        """Detect and decide the terms and raw definitions of the normalised text ``t`` that start in
        ``[lo, hi)``, recording spans ``offset`` further on (where ``t`` lies in the whole document)."""
        hi = len(t) if hi is None else hi
        whole = lo == 0 and hi == len(t)
        for start, end, entry in self.lexicon.find(t):
            if entry.match == "quoted":
                continue  # counted only once a quotation confirms it (see _accept_quoted)
            if not whole and not lo <= start < hi:
                continue
            surface = t[start:end]
            if (entry.term, surface) not in found.seen:  # counting comes later: one note per surface is enough
                if entry.kind == "numbered" and not self._numeral.lexicon_hit_ok(t, start, end):
                    continue  # a numeral name glued into a longer word here (三个代表团); another place may do
                found.seen.add((entry.term, surface))
                self._add(found.lexicon, entry.term, entry.kind, "lexicon", "in the lexicon", surface, entry)

        candidates = detect_candidates(t, self.rules, warnings)
        quoted = [c for c in candidates if c.quoted]
        for group in group_quoted(t, quoted):
            if not whole and not any(lo <= c.start < hi for c in group):
                continue
            for cand, (verdict, features) in zip(group, self._quoted.classify_group(t, group)):
                if not (whole or lo <= cand.start < hi):
                    continue
                if features is None:
                    self._accept_quoted(found.quoted, cand, verdict, offset)
                else:  # a campaign name or slogan: decided once the whole document is seen (_settle)
                    found.pending.add(verdict.term or "", verdict.kind or "", features, cand.start + offset, cand.end + offset)
        # the document's own terms (so far, for a document read in pieces) that could name an unquoted numeral phrase
        known = KnownTerms({
            k for k in (surface_key(x) for stage in (found.lexicon, found.quoted) for info in stage.values() for x in info.surfaces | {info.term})
            if _NUMERAL_LED.match(k)
        })
        decided: set[int] = set()  # starts of accepted numeral phrases: a head-rule candidate there adds nothing
        # head-rule candidates (numeral + classifier) last, so that a rule that found the whole name wins
        for cand in sorted(candidates, key=lambda c: c.rule.boundary == "head"):
            if cand.quoted or cand.rule.kind not in ("numbered", "campaign", "slogan"):
                continue
            if not whole and not lo <= cand.start < hi:
                continue
            if cand.rule.kind == "numbered":
                if cand.rule.boundary == "head" and cand.start in decided:
                    continue
                verdict, s, e = self._numeral.decide(t, cand, known)
                if verdict.term:
                    decided.add(s)
                    self._add(found.rules, verdict.term, "numbered", cand.rule.id, verdict.reason, t[s:e])
            else:  # a user's rule that yields a campaign or slogan directly
                self._add(found.rules, "".join(cand.text.split()), cand.rule.kind, cand.rule.id, "user rule", cand.text)

        for m, priority, mode, split_last, enumerated in find_definitions(t, self.rules, warnings):
            if not whole and not lo <= m.match_start < hi:
                continue
            key = (m.rule_id, m.term, m.members, priority, mode, tuple(split_last), enumerated)
            if key in found.definitions:
                continue  # a later twin never beats the first: same rank but further on
            if offset:
                m = replace(
                    m, start=m.start + offset, end=m.end + offset, match_start=m.match_start + offset,
                    match_end=m.match_end + offset, member_spans=tuple((s + offset, e + offset) for s, e in m.member_spans),
                )
            found.definitions[key] = (m, priority, mode, split_last, enumerated)

    def _settle(self, found: _Found, with_mentions: bool, dated: Optional[DocumentDate] = None) -> "_Tally":
        """Once every piece is seen: the document's terms and definitions, and a tally to count them."""
        slogans: dict[str, str] = {}  # one slogan whatever its separators (推进A，建设B = 推进A、建设B)
        for d in found.pending.decide(self.weights):
            p = d.phrase
            if d.accepted or self.lexicon.get(p.term) is not None:
                reason = d.reason if d.accepted else "quoted and in the lexicon"
                name = slogans.setdefault("".join(self._quoted.clauses(p.term)), p.term) if p.kind == "slogan" else p.term
                self._add(found.quoted, name, p.kind, "quoted", reason, p.term, support=tuple(p.spans))
                info = found.quoted[self._canonical(name)]
                info.score = max(d.score, info.score or 0.0)
        found.pending = PendingQuotes()  # decided: a second _settle must not add them again
        terms = found.terms()
        self._merge_ge_variants(terms)
        lookup = {surface_key(s): key for key, info in terms.items() for s in info.surfaces | {info.term}}
        order = {rule.id: i for i, rule in enumerate(self.rules.stage("define"))}
        raw = sorted(found.definitions.values(), key=lambda d: (order.get(d[0].rule_id, len(order)), d[0].match_start))
        definitions = choose_definitions(raw, lookup, {k: v.kind for k, v in terms.items()})
        self._drop_members_quoted(terms, definitions)
        return _Tally(self, terms, definitions, with_mentions, dated or DocumentDate())

    def _add(
        self, terms: dict[str, _Term], term: str, kind: str, rule_id: str, reason: str, surface: str,
        entry: Optional[LexiconEntry] = None, support: Optional[tuple[int, int]] = None,
    ) -> None:
        entry = entry or self.lexicon.get(term)
        if entry is not None:
            term, kind = entry.term, entry.kind
        info = terms.get(term)
        if info is None:
            info = terms[term] = _Term(term, kind, rule_id, reason, entry=entry)
        info.surfaces.add("".join(surface.split()))
        if support is not None:
            info.quoted.extend(support)
        elif rule_id != "quoted":
            info.unquoted = True

    def _canonical(self, term: str) -> str:
        """The name a term is held under: its lexicon entry's, or its own."""
        entry = self.lexicon.get(term)
        return entry.term if entry is not None else term

    def _accept_quoted(self, terms: dict[str, _Term], cand: Candidate, verdict: Verdict, offset: int = 0) -> None:
        if verdict.term is None or verdict.kind is None:
            entry = self.lexicon.get(cand.text)
            if entry is None:
                return
            verdict = Verdict(entry.term, entry.kind, "quoted and in the lexicon")
        kind = verdict.kind
        self._add(terms, verdict.term, kind, "quoted", verdict.reason, verdict.term, support=(cand.start + offset, cand.end + offset))

    @staticmethod
    def _merge_ge_variants(terms: dict[str, _Term]) -> None:
        """五个带头 and 五带头 are one term: keep the lexicon's or the first-seen form."""
        by_key: dict[str, str] = {}
        for name in list(terms):
            info = terms[name]
            if info.kind != "numbered":
                continue
            key = _GE_VARIANT.sub("", name)
            if key in by_key and by_key[key] != name:
                keep, drop = by_key[key], name
                if terms[drop].entry is not None and terms[keep].entry is None:
                    keep, drop = drop, keep
                terms[keep].surfaces |= terms[drop].surfaces | {drop}
                terms[keep].unquoted |= terms[drop].unquoted
                terms[keep].quoted.extend(terms[drop].quoted)
                del terms[drop]
                by_key[key] = keep
            else:
                by_key[key] = name

    @staticmethod
    def _drop_members_quoted(terms: dict[str, _Term], definitions: dict[str, Definition]) -> None:
        """A quoted phrase that is a member of a definition is no term of its own."""
        spans = [(s, e, d.term) for d in definitions.values() for s, e in d.member_spans]
        if not spans:
            return
        for name in list(terms):
            info = terms[name]
            if info.unquoted or not info.quoted:
                continue
            q = info.quoted
            kept = array("q")
            for i in range(0, len(q), 2):
                s, e = q[i], q[i + 1]
                if not any(ms <= s and e <= me and owner != name for ms, me, owner in spans):
                    kept.extend((s, e))
            if not kept:
                del terms[name]
            else:
                info.quoted = kept


class _Tally:
    """Counts a document's settled terms, over the whole text or piece by piece, and makes its rows."""

    def __init__(
        self, extractor: Extractor, terms: dict[str, _Term], definitions: dict[str, Definition], with_mentions: bool,
        dated: DocumentDate,
    ):
        self.terms = terms
        self.dated = dated
        self.year = dated.year
        self.definitions = definitions
        self.with_mentions = with_mentions
        self.covered = 0  # where the last match counted ends (normalised, in the whole document)
        literal: dict[str, str] = {}
        for name, info in terms.items():
            if info.kind == "slogan":
                continue
            for s in info.surfaces | {name} | {surface_key(n) for n in (info.entry.names if info.entry else ())}:
                literal.setdefault(s, name)
        self.matcher = LiteralMatcher(literal.items())
        self.slogans = {name: extractor._quoted.clauses(name) for name, info in terms.items() if info.kind == "slogan"}
        self.counts: dict[str, int] = {}
        self.found: list[tuple[str, str, int, int, bool]] = []  # mentions: term, surface, start, end, quoted
        self.in_script: dict[str, tuple[str, ...]] = {}  # text definitions' members as the document writes them

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
        for s, e, name in self.matcher.find(t, begin):
            if not whole and s >= hi:
                break
            counts[name] = counts.get(name, 0) + 1
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
            quoted = s > 0 and t[s - 1] in _OPEN_QUOTES and e < len(t) and t[e] in _CLOSE_QUOTES
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
        for name, n in self.counts.items():
            info = self.terms[name]
            components_of[name] = self._components(info, self.definitions.get(name))
            rows.append(TermCount(document, name, info.kind, n, *components_of[name], self.year, self.dated.source, chars=chars))
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
        early = early_uses(self.dated, ((row.term, self.terms[row.term].entry) for row in rows))
        warnings.extend(early_use_warning(self.dated, term, since) for term, since in early)
        return DocumentResult(document, rows, mentions, self.definitions, warnings, date=self.dated, early_uses=early)

    def _components(
        self, info: _Term, definition: Optional[Definition]
    ) -> tuple[Optional[tuple[str, ...]], Optional[str], Optional[bool], Optional[tuple[str, ...]]]:
        """(components, their source, the arithmetic check, the components in simplified characters)."""
        if definition is not None:
            in_script = self.in_script.get(definition.term, definition.members)
            return in_script, "text", definition.arithmetic_ok, tuple(definition.members)
        components = info.entry.components_for(self.year) if info.entry is not None else None
        if components:
            return components, "lexicon", None, None
        return None, None, None, None


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
