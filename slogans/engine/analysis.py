"""One document's analysis: find → settle → count → result, for a whole text or piece by piece.

``DocumentAnalysis`` is the engine behind ``Extractor.analyze`` and ``Extractor.analyze_stream``.
Its public steps serve both: ``find`` detects and decides the terms and raw definitions of a text
(or of the part of a window that starts in ``[lo, hi)``), ``settle`` makes the document-level
decisions once every piece is found (quoted names and slogans, definitions, 五个带头 = 五带头),
``count`` counts the settled terms over a text or a piece, and ``result`` gives the rows,
mentions and warnings. A document read in pieces gives the result of the whole text.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

import regex

from slogans.engine.classify import QuotedClassifier, Verdict, group_quoted, quoted_in_parts
from slogans.engine.dating import DocumentDate
from slogans.engine.detect import Candidate, detect_candidates
from slogans.engine.compound_parts import name_of_numerals
from slogans.engine.block_members import block_definitions
from slogans.engine.expand import Definition, choose_definitions, find_definitions
from slogans.engine.lexicon_context import ContextSight
from slogans.config.lexicon import Lexicon, LexiconEntry, surface_key
from slogans.text.normalize import NormalizedText
from slogans.engine.numeral_decision import KnownTerms, NumeralClassifier
from slogans.engine.numeral_shapes import not_a_quoted_name
from slogans.text.numerals import GE_AFTER_NUMERAL, NUMERAL_CLASS
from slogans.engine.quoted_decision import PendingQuotes
from slogans.engine.quoted_lexicon import LexiconMentions
from slogans.engine.quoted_weights import QuotedWeights
from slogans.config.rules import RuleMatch, RuleSet
from slogans.engine.result import DocumentResult
from slogans.engine.tally import FoundTerm, Tally

#: one-digit numerals as Han ones, so that a name written in digits (5个破除) is the name in Han numerals (五破除)
_HAN_DIGITS = str.maketrans("123456789１２３４５６７８９", "一二三四五六七八九一二三四五六七八九")
_NUMERAL_LED = regex.compile(f"[{NUMERAL_CLASS}]")
#: How many quotations outside every definition's list make a quoted member a name of its own (“甲板凳” as a member
#: of 四小工作法, then “甲板凳”队员, “甲板凳”服务队 …).
_NAMED_AGAIN = 2


@dataclass(frozen=True)
class Stages:
    """The parts that analyse a document, built once from the settings by an ``Extractor`` and
    shared by every analysis it runs."""

    #: the names to find, and what they expand to
    lexicon: Lexicon
    #: the detect and define rules, and the settings
    rules: RuleSet
    #: the fitted weights of the quoted-phrase decision
    weights: QuotedWeights
    #: shapes quoted phrases and gathers their evidence
    quoted: QuotedClassifier
    #: decides unquoted numeral phrases
    numeral: NumeralClassifier


@dataclass
class _Found:
    """What the detection stages found in a document so far, kept per stage so that a document
    read in pieces gathers its terms in the same order as one read whole."""

    lexicon: dict[str, FoundTerm] = field(default_factory=dict)
    quoted: dict[str, FoundTerm] = field(default_factory=dict)
    rules: dict[str, FoundTerm] = field(default_factory=dict)
    seen: set[tuple[str, str]] = field(default_factory=set)
    pending: PendingQuotes = field(default_factory=PendingQuotes)  # quoted names and slogans to decide
    lexicon_mentions: LexiconMentions = field(default_factory=LexiconMentions)  # unquoted hits that need evidence
    # raw definitions, each kept once (the first occurrence wins every tie a later twin could enter)
    definitions: dict[tuple, tuple[RuleMatch, int, str, list[str], str]] = field(default_factory=dict)

    def terms(self) -> dict[str, FoundTerm]:
        """The terms of all stages, the first stage to find a term giving its kind and reason."""
        terms: dict[str, FoundTerm] = {}
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


class DocumentAnalysis:
    """The analysis of one document: ``find`` (once, or once per piece), ``settle``, then ``count``
    (once, or once per piece) and ``result``.

    Example:
        >>> from slogans import Extractor
        >>> ex = Extractor()
        >>> norm = ex.normalizer.normalize("开展“创先争优”活动。")
        >>> analysis = DocumentAnalysis(ex.stages)
        >>> analysis.find(norm.text)
        >>> analysis.settle()
        >>> analysis.count(norm)
        >>> [(r.term, r.count) for r in analysis.result("doc").terms]
        [('创先争优', 1)]
    """

    def __init__(self, stages: Stages, with_mentions: bool = True):
        self.stages = stages
        self.with_mentions = with_mentions
        self.found = _Found(pending=PendingQuotes(stages.quoted.features))
        #: warnings of the steps so far (a rule that timed out …), each given once
        self.warnings: list[str] = []
        self._tally: Optional[Tally] = None
        #: whole texts whose definitions are read at ``settle``, once the terms they may bind to are known
        self._define_later: list[str] = []

    @property
    def pending_quotes(self) -> PendingQuotes:
        """The quoted names and slogans found so far and not decided yet (``settle`` decides them)."""
        return self.found.pending

    def find(self, t: str, lo: int = 0, hi: Optional[int] = None, offset: int = 0) -> None:
        """Detect and decide the terms and raw definitions of the normalised text ``t`` that start in
        ``[lo, hi)``, recording spans ``offset`` further on (where ``t`` lies in the whole document)."""
        found, warnings = self.found, self.warnings
        hi = len(t) if hi is None else hi
        whole = lo == 0 and hi == len(t)
        gate = self.stages.quoted.lexicon_gate
        for start, end, entry in self.stages.lexicon.find(t):
            if entry.match == "quoted":
                continue  # counted only once a quotation confirms it (see _accept_quoted)
            if not whole and not lo <= start < hi:
                continue
            surface = t[start:end]
            if gate.gated(entry):
                found.lexicon_mentions.add(entry.term, gate.weigh(t, start, end, entry))
            if (entry.term, surface) not in found.seen:  # counting comes later: one note per surface is enough
                if entry.kind == "numbered" and not self.stages.numeral.lexicon_hit_ok(t, start, end):
                    continue  # a numeral name glued into a longer word here (三个代表团); another place may do
                found.seen.add((entry.term, surface))
                self._add(found.lexicon, entry.term, entry.kind, "lexicon", "in the lexicon", surface, entry)

        candidates = detect_candidates(t, self.stages.rules, warnings)
        quoted = [c for c in candidates if c.quoted]
        parts = quoted_in_parts(t, quoted, self._campaign_named)
        for name, s, e in parts:  # “扫黄”、“打非”: the lexicon's 扫黄打非, its parts no names of their own
            if whole or lo <= s < hi:
                self._add(found.quoted, name, "campaign", "quoted", "quoted in two parts", t[s:e], support=(s + offset, e + offset))
        if parts:
            inside = [(s, e) for _, s, e in parts]
            quoted = [c for c in quoted if not any(s <= c.start and c.end <= e for s, e in inside)]
        for group in group_quoted(t, quoted):
            if not whole and not any(lo <= c.start < hi for c in group):
                continue
            for cand, (verdict, features) in zip(group, self.stages.quoted.classify_group(t, group)):
                if not (whole or lo <= cand.start < hi):
                    continue
                within = self.stages.quoted.names_within(t, cand, self.stages.lexicon.__contains__)
                for name, s, e in within:  # 3个“坚决”, “两大工程、两个保障”: not the quotation itself
                    self._add(found.quoted, name, "numbered", "quoted", "named within the quotation", t[s:e],
                              support=(s + offset, e + offset))
                if within:
                    continue
                if features is None:
                    self._accept_quoted(found.quoted, cand, verdict, offset)
                else:  # a campaign name or slogan: decided once the whole document is seen (settle)
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
                verdict, s, e = self.stages.numeral.decide(t, cand, known)
                if verdict.term:
                    decided.add(s)
                    self._add(found.rules, verdict.term, "numbered", cand.rule.id, verdict.reason, t[s:e])
            else:  # a user's rule that yields a campaign or slogan directly
                self._add(found.rules, "".join(cand.text.split()), cand.rule.kind, cand.rule.id, "user rule", cand.text)

        if whole and not offset:  # most documents have no term a definition could bind to: read them at settle
            self._define_later.append(t)
        else:  # a piece of a longer document: read now, the piece is not kept
            self._find_definitions(t, lo, hi, offset)

    def _find_definitions(self, t: str, lo: int, hi: int, offset: int, terms: Optional[dict[str, str]] = None) -> None:
        """The raw definitions of ``t`` that start in ``[lo, hi)``, each kept once (see ``find``); given the
        document's ``terms`` (surface key → term), only those that may bind to one of them."""
        found, whole = self.found, lo == 0 and hi == len(t)
        for m, priority, mode, split_last, enumerated in find_definitions(t, self.stages.rules, self.warnings, terms):
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

    def settle(self, dated: Optional[DocumentDate] = None) -> None:
        """Once every piece is found: decide the document's terms and definitions (``dated`` picks the
        lexicon versions); ``count`` may follow."""
        found = self.found
        slogans: dict[str, str] = {}  # one slogan whatever its separators (推进A，建设B = 推进A、建设B)
        explained = self.with_mentions  # a score and reason only a mention prints: worked out only for one
        for d in found.pending.decide(self.stages.weights, explained):
            p = d.phrase
            entry = self.stages.lexicon.get(p.term)
            if entry is None and p.kind == "slogan":  # 不忘初心，牢记使命 is the lexicon's 不忘初心、牢记使命
                entry = self.stages.lexicon.get("、".join(self.stages.quoted.clauses(p.term)))
            long_form = None if d.accepted or entry is not None or p.kind != "campaign" else \
                self.stages.quoted.features.long_form_of(p.term, self._campaign_named)
            if d.accepted or entry is not None or long_form is not None:  # “健康中国建设”: the lexicon's 健康中国 written out
                reason = (d.reason if explained else "") if d.accepted else "quoted and in the lexicon" if entry is not None else f"{long_form} written out"
                term = entry.term if entry is not None else p.term
                name = slogans.setdefault("".join(self.stages.quoted.clauses(term)), term) if p.kind == "slogan" else term
                self._add(found.quoted, name, p.kind, "quoted", reason, p.term, support=tuple(p.spans))
                if explained:
                    info = found.quoted[self._canonical(name)]
                    info.score = max(d.score, info.score or 0.0)
        found.pending = PendingQuotes(self.stages.quoted.features)  # decided: a second _settle must not add them again
        gate = self.stages.quoted.lexicon_gate
        for name in [n for n, info in found.lexicon.items() if info.entry is not None and gate.gated(info.entry)]:
            if name not in found.quoted and not gate.keeps(name, found.lexicon_mentions):
                del found.lexicon[name]  # mentioned in passing, never named (see quoted_lexicon)
        terms = found.terms()
        deferred, self._define_later = self._define_later, []
        if not terms:  # nothing found (most short documents): no definition can bind, nothing to drop
            self._tally = Tally(self.stages.quoted, terms, {}, self.with_mentions, dated or DocumentDate())
            return
        self._merge_ge_variants(terms)
        self._drop_quoted_non_names(terms)
        lookup = {surface_key(s): key for key, info in terms.items() for s in info.surfaces | {info.term}}
        for text in deferred:
            self._find_definitions(text, 0, len(text), 0, lookup)
        raw: list[tuple[RuleMatch, int, str, list[str], str]] = []
        if found.definitions:  # most short documents define nothing
            order = {rule.id: i for i, rule in enumerate(self.stages.rules.stage("define"))}
            raw = sorted(found.definitions.values(), key=lambda d: (order.get(d[0].rule_id, len(order)), d[0].match_start))
        expanded = {k for k, v in terms.items() if v.entry is not None and v.entry.components_for((dated or DocumentDate()).year)}
        definitions = choose_definitions(raw, lookup, {k: v.kind for k, v in terms.items()}, expanded)
        self._drop_members_quoted(terms, definitions, self.stages.quoted.features.names_a_programme)
        numbered = {k: info.surfaces | {info.term} for k, info in terms.items() if info.kind == "numbered"}
        for text in deferred:  # the lists the document sets out in blocks of its own (see block_members)
            definitions.update(block_definitions(text, numbered, definitions, self.stages.rules.enumeration_markers(), expanded))
        sight = ContextSight.of(terms)  # the entries that give members only where their subject is in sight
        self._tally = Tally(self.stages.quoted, terms, definitions, self.with_mentions, dated or DocumentDate(), sight)

    def count(self, norm: NormalizedText, lo: int = 0, hi: Optional[int] = None, offset: int = 0, original_offset: int = 0) -> None:
        """Count the settled terms that start in ``[lo, hi)`` of the normalised text (``offset`` and
        ``original_offset``: where the piece lies in the whole document, normalised and original)."""
        tally = self._settled()
        if tally.sight is not None:
            tally.sight.scan(norm.text, lo, len(norm.text) if hi is None else hi, offset)
        tally.count(norm, lo, hi, offset, original_offset)

    def result(self, document: str, chars: Optional[int] = None) -> DocumentResult:
        """The document's rows (by count, descending, then term), mentions (in text order) and
        warnings; ``chars``, the document's length, goes into every row."""
        return self._settled().result(document, list(dict.fromkeys(self.warnings)), chars)

    def _settled(self) -> Tally:
        if self._tally is None:
            raise RuntimeError("settle() the analysis before counting")
        return self._tally

    def _add(
        self, terms: dict[str, FoundTerm], term: str, kind: str, rule_id: str, reason: str, surface: str,
        entry: Optional[LexiconEntry] = None, support: Optional[tuple[int, ...]] = None,
    ) -> None:
        entry = entry or self.stages.lexicon.get(term)
        if entry is None and kind == "numbered":  # 六个稳 is the lexicon's 六稳 written with 个
            entry = self.stages.lexicon.get(GE_AFTER_NUMERAL.sub("", term))
        if entry is not None:
            term, kind = entry.term, entry.kind
        info = terms.get(term)
        if info is None:
            info = terms[term] = FoundTerm(term, kind, rule_id, reason, entry=entry)
        info.surfaces.add("".join(surface.split()))
        if support is not None:
            info.quoted.extend(support)
        elif rule_id != "quoted":
            info.unquoted = True

    def _campaign_named(self, joined: str) -> Optional[str]:
        """The lexicon campaign that ``joined`` names, or None."""
        entry = self.stages.lexicon.get(joined)
        return entry.term if entry is not None and entry.kind == "campaign" else None

    def _canonical(self, term: str) -> str:
        """The name a term is held under: its lexicon entry's, or its own."""
        entry = self.stages.lexicon.get(term)
        return entry.term if entry is not None else term

    def _accept_quoted(self, terms: dict[str, FoundTerm], cand: Candidate, verdict: Verdict, offset: int = 0) -> None:
        if verdict.term is None or verdict.kind is None:
            entry = self.stages.lexicon.get(cand.text)
            if entry is None:
                return
            term, kind = entry.term, entry.kind
            reason = "quoted and in the lexicon"
        else:
            term, kind, reason = verdict.term, verdict.kind, verdict.reason
        self._add(terms, term, kind, "quoted", reason, term, support=(cand.start + offset, cand.end + offset))

    def _drop_quoted_non_names(self, terms: dict[str, FoundTerm]) -> None:
        """A numeral phrase found only quoted and in no lexicon that is a code, a sentence or a cut part of a
        lexicon formula the document names is no term (see numeral_shapes.not_a_quoted_name)."""
        named = [name for name, info in terms.items() if info.kind == "numbered" and info.entry is not None]
        articles = self.stages.numeral.article_numerals
        for name in list(terms):
            info = terms[name]
            if info.kind == "numbered" and info.entry is None and not info.unquoted and not_a_quoted_name(name, named, articles):
                del terms[name]

    @staticmethod
    def _merge_ge_variants(terms: dict[str, FoundTerm]) -> None:
        """五个带头, 五带头 and 5个带头 are one term: keep the lexicon's or the first-seen form."""
        by_key: dict[str, str] = {}
        for name in list(terms):
            info = terms[name]
            if info.kind != "numbered":
                continue
            key = GE_AFTER_NUMERAL.sub("", name.translate(_HAN_DIGITS))
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
    def _drop_members_quoted(terms: dict[str, FoundTerm], definitions: dict[str, Definition],
                             names_a_programme: Callable[[str], bool] = lambda _: False) -> None:
        """A quoted phrase that is a member of a definition is no term of its own, inside the list or
        quoted again elsewhere (“实施甲行动” after 三个一,即…,实施甲行动,…), unless the lexicon knows it
        or the members are named programmes themselves (三个计划——…的“甲计划”、…的“乙计划”; “甲乙工程”、“丙丁工程”两大工程);
        nor is an unquoted numeral phrase that is such a member, unless the lexicon knows it or the document defines it
        in turn (三个一,即一周一学习、… : no term; 一二三,即…两个提升——甲,乙 : 两个提升 one), nor a numbered head of a name of
        numerals (“一三五”: “一个核心”…), nor a quoted numbered name the document defines in turn with two members or more
        (“四强四优”即争创以甲强、乙强…为主要内容的“四强”…: 四强 one)."""
        spans = [(s, e, d.term) for d in definitions.values() for s, e in d.member_spans]
        if not spans:
            return
        members = {m: d.term for d in definitions.values() for m in d.members}
        for name in list(terms):
            info = terms[name]
            defined = name in definitions and len(definitions[name].members) > 1
            if info.kind == "numbered" and (name_of_numerals(members.get(name, "")) or defined):
                continue  # a numbered group's head (一个核心 of “一三五”), a name defined in turn: formulae of their own
            if info.unquoted and not info.quoted and info.entry is None and info.kind == "numbered":
                if members.get(name, name) != name and name not in definitions:  # 三个一,即一周一学习、…: a member only
                    del terms[name]
                continue
            if info.unquoted or not info.quoted or (name in members and (names_a_programme(name) or info.kind == "numbered")):
                continue
            q = info.quoted
            kept = array("q")
            for i in range(0, len(q), 2):
                s, e = q[i], q[i + 1]
                if not any(ms <= s and e <= me and owner != name for ms, me, owner in spans):
                    kept.extend((s, e))
            if info.entry is None and members.get(name, name) != name:
                if info.kind == "numbered" or len(kept) >= 2 * _NAMED_AGAIN:
                    continue  # a numbered name, or one quoted again and again on its own: a name of its own too
                del terms[name]
                continue
            if not kept:
                del terms[name]
            else:
                info.quoted = kept



