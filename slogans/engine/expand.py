"""Expansion: the members of each term, from the document's own definition where it gives one.

Every define rule runs once over the text. A definition is attached to a term the document
uses (exactly, or — for rules whose term group is free text — as its ending or its head).
For a numbered term the members are checked against the numeral arithmetic: enumerations and
lists before the name are only believed when they agree; for other shapes the text's members
are kept and the mismatch is flagged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Optional

from slogans.evaluation.agreement import settle, single_member_ok
from slogans.errors import RuleTimeout
from slogans.engine.compound_morphemes import one_character_morpheme, one_character_parts
from slogans.engine.compound_parts import numbered_heads
from slogans.engine.head_phrases import head_phrases
from slogans.engine.members import echo_length, looks_parallel, merge_clauses, strong_split
from slogans.engine.parallel_trim import common_prefix
from slogans.engine.morpheme_lists import MORPHEME_MODES, aligned_to_name
from slogans.text.numerals import Arithmetic, formula_arithmetic, parse_number
from slogans.config.rules import Rule, RuleMatch, RuleSet
from slogans.config.term_lines import MIN_LINES, TermLines, reads_in_lines, term_group_key

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
    #: characters of the words that introduce the term that the first member repeats
    echo: int = 0


def find_definitions(
    text: str, rules: RuleSet, warnings: Optional[list[str]] = None, terms: Optional[dict[str, str]] = None,
) -> list[tuple[RuleMatch, int, str, list[str], str]]:
    """Raw definitions: (match, priority, term_known mode, split_last_on, the enumeration mode or '') of every define
    rule. Given the document's ``terms`` (surface key → term, as ``choose_definitions`` takes them), a match whose
    term group can name none of them is left out before its members are read (it could bind to no term)."""
    markers = rules.enumeration_markers()
    found = []
    # the document's terms known: a rule whose matches must hold one in a line needs a gate to match in such a line
    lines = TermLines(text, terms) if terms is not None and text.count("\n") >= MIN_LINES else None
    for rule in rules.stage("define", text, None if lines is None else (lines.runs, _holds_its_term)):
        wanted = None if terms is None else may_name_a_term(rule.term_known or "", terms)
        try:
            # such a rule scans only its stretches of gated lines that hold a term (the others give no kept match)
            stretches = lines.stretches(rule) if lines is not None and _holds_its_term(rule) else None
            matches = rule.apply(text, markers, wanted, stretches)
        except RuleTimeout as exc:
            message = rules.disable(rule, exc)
            if warnings is not None:
                warnings.append(message)
            continue
        for m in matches:
            if m.members:
                found.append((m, rule.priority, rule.term_known or "", list(rule.split_last_on), rule.enumeration or ""))
    return found


#: Nouns a name takes after it that are not part of it (创先争优活动, 五比五看竞赛, 三先三后原则).
_NAME_NOUNS = ("活动", "竞赛", "原则", "行动", "工程", "工作", "要求", "建设", "制度", "机制")


def _resolve_terms(raw: str, mode: str, terms: dict[str, str], members: tuple[str, ...]) -> list[str]:
    """The known terms a definition's term group may refer to, best first (``terms`` maps surface key → term).

    ``suffix``: the known endings (the free text before a name: 要做到四个到位), those before a noun such
    as 活动 first, longest first, less any inside a longer one; ``prefix``: the known openings, alike; ``spelled``: the numeral + unit term whose numeral counts the members;
    ``head``: a known term ending with the group whose arithmetic the members keep (十二字总要求).
    """
    key = term_group_key(raw)
    if key in terms:
        return [terms[key]]
    found: list[str] = []
    if mode in ("suffix", "prefix"):
        if mode == "suffix":
            # before a noun first: the name ends where 活动 begins (四比四争活动 → 四比四争, not 四争活动)
            tails = (*(key.removesuffix(noun) for noun in _NAME_NOUNS if key.endswith(noun)), key)
            surfaces = [t[-size:] for t in tails for size in range(len(t), 1, -1) if t[-size:] in terms]
        else:  # 六大工程建设 → 六大工程
            surfaces = [key[:size] for size in range(len(key), 1, -1) if key[:size] in terms]
        # a name inside a longer name found here is part of it (双责 in 一岗双责), no candidate of its own
        found = [terms[x] for x in surfaces if not any(x != y and x in y for y in surfaces)]
    elif mode == "spelled":  # the unit 甲 of a fused run 甲乙甲丙甲丁 → the term 三甲
        found = [t for s, t in terms.items() if s.endswith(key) and parse_number(s[: -len(key)]) == len(members) > 1]
    elif mode == "head":
        for surface, term in terms.items():
            if not (surface.endswith(key) and len(surface) > len(key)):
                continue
            arith = formula_arithmetic(term)
            if arith is not None and arith.agrees_with(list(members)):
                found.append(term)
    return list(dict.fromkeys(found))


#: The term_known modes whose terms depend on the members read (their matches are never left out early).
_MEMBER_MODES = ("spelled", "head")


def _holds_its_term(rule: Rule) -> bool:
    """True when every match of ``rule`` that may name a term holds it in a line where a gate of the rule matches
    (see term_lines.reads_in_lines; ``spelled`` and ``head`` terms are read from the members)."""
    return (rule.term_known or "") not in _MEMBER_MODES and reads_in_lines(rule)


def may_name_a_term(mode: str, terms: dict[str, str]) -> Optional[Callable[[str], bool]]:
    """Whether a define rule's term group (read in ``mode``) may name one of ``terms``: where it names none,
    ``choose_definitions`` binds its match to nothing, and its members need not be read. None where the
    answer depends on the members (``spelled``, ``head``): every match is then kept."""
    if mode in _MEMBER_MODES:
        return None
    return lambda raw: bool(_resolve_terms(raw, mode, terms, ()))


def choose_definitions(
    found: Iterable[tuple[RuleMatch, int, str, list[str], str]], terms: dict[str, str], kinds: dict[str, str],
    lexicon_expanded: Collection[str] = (),
) -> dict[str, Definition]:
    """The best of the raw definitions ``found`` (as find_definitions gives them, in its order) for each
    known term (``terms`` maps surface key → term): by rule priority, agreeing arithmetic first.

    Each reading of a match's members is tried (see RuleMatch.alternatives) and the first that keeps
    the numerals' promise is taken. A list that two terms claim goes to the one whose introducing words
    its first item repeats the most (牢固树立“三种意识”… ⏎一是牢固树立…的意识). A list read by the name's morpheme alone
    (no word of definition: see morpheme_lists) does not replace the members of a term in ``lexicon_expanded`` when the
    morpheme is one character (三农: 农 is too common; 三个着力's clauses that open with 着力 do).
    """
    candidates: list[tuple[tuple[int, int, int], Definition]] = []
    for m, priority, mode, split_last, enumerated in found:
        resolved = _bind(m, mode, split_last, bool(enumerated), terms, kinds)
        if resolved is None:
            continue
        term, members, agrees = resolved
        if enumerated in MORPHEME_MODES and term in lexicon_expanded and (one_character_morpheme(term) or one_character_parts(term)):
            continue
        if kinds.get(term) == "numbered":
            members = aligned_to_name(term, members)
        members = head_phrases(term, members)
        arith = formula_arithmetic(term) if agrees is False and kinds.get(term) == "numbered" else None
        if arith is not None and arith.agrees_with(members):
            agrees = True  # the head phrases keep the promise (a compound's clauses split into its parts' members)
        if len(members) < 2 and not (agrees and single_member_ok(term, members)):
            continue
        if any(term in member for member in members):
            continue  # a member that names the term itself is a sentence about it, not a part of it
        if priority >= _NEED_AGREEMENT_MIN_PRIORITY and agrees is not True:
            continue
        echo = echo_length(m.lead, m.first_item) if m.first_item else 0
        definition = Definition(term, tuple(members), m.rule_id, m.start, m.end, m.member_spans, agrees, echo)
        candidates.append(((0 if agrees is not False else 1, priority, m.start), definition))
    best: dict[str, tuple[tuple[int, int, int], Definition]] = {}
    for rank, definition in _one_term_per_list(candidates):
        if definition.term not in best or rank < best[definition.term][0]:
            best[definition.term] = (rank, definition)
    return {t: d for t, (_, d) in best.items()}


def _bind(
    m: RuleMatch, mode: str, split_last: list[str], enumerated: bool, terms: dict[str, str], kinds: dict[str, str]
) -> Optional[tuple[str, list[str], Optional[bool]]]:
    """The term a match defines, with its members: the first candidate term whose numerals the
    members keep (四比四争活动,即… → 四比四争, not 四争活动), else the first candidate."""
    first: Optional[tuple[str, list[str], Optional[bool]]] = None
    for term in _resolve_terms(m.term, mode, terms, m.members or ()):
        arith = formula_arithmetic(term) if kinds.get(term) == "numbered" else None
        members, agrees = best_reading(term, arith, m, split_last, enumerated)
        heads = numbered_heads(term, members) if agrees is not True else None
        if heads is not None:  # 532: 5条甲, 3个乙, 2个丙 — the digits count the groups' own members, the heads are its parts
            members, agrees = heads, True
        if agrees is not False:
            return term, members, agrees
        first = first or (term, members, agrees)
    return first


def best_reading(
    term: str, arith: Optional[Arithmetic], m: RuleMatch, split_last: list[str], enumerated: bool
) -> tuple[list[str], Optional[bool]]:
    """The members of ``m`` and whether they keep ``arith``'s promise: the list as written where it does (cut before
    a last item that ran on, if the rest still keeps it: see ``_run_on_item``), else
    the first other reading that does and is written in parallel (see members.looks_parallel), else the first
    other reading that does, else the list as written."""
    written = m.members or ()
    # the list as written first; then cut where a sentence part ends; split only at , and ; (甲、乙 one member);
    # those clauses with one broken clause joined again; those clauses cut short; cut anywhere
    refits: list[tuple[tuple[str, ...], bool, Optional[tuple[int, ...]]]] = []
    # clauses at ; that the numeral counts exactly: commas stand inside the items (甲,乙原则;丙,丁原则 六项原则); not
    # clauses that open alike (确保甲,杜绝乙;确保丙,杜绝丁 三个确保: the pieces that open alike are the members)
    clauses = strong_split(m.raw, m.separators, ";；") if m.raw and arith is not None and not enumerated else None
    if (clauses and arith is not None and len(clauses) == arith.total >= 3 and len(common_prefix(clauses)) < 2
            and all("," in c or "，" in c for c in clauses)):
        refits.append((tuple(clauses), False, None))
    if not enumerated:
        refits.append((written, True, m.cuts))
    refits += [(alt, False, None) for alt in m.alternatives]
    if not enumerated:
        if arith is not None and arith.unit == "members":
            merged = (merge_clauses(alt, arith.total) for alt in m.alternatives)
            refits += [(tuple(items), False, None) for items in merged if items]
        refits += [(alt, True, None) for alt in m.alternatives]  # cut at a clause's end: the clauses ran on
        refits.append((written, True, None))
    first = settle(term, arith, written, split_last, False, None)
    # a list written before its name did not run on past it: it is never cut to the numeral (甲、乙、丙、丁三个X)
    before = bool(m.member_spans) and m.member_spans[-1][1] <= m.start
    if before and arith is not None:
        refits = [(r, fit and len(r) <= arith.total, cuts) for r, fit, cuts in refits]
    if first[1] is not False:
        ran_on = _run_on_item(m.cuts) if not (enumerated or before) else None
        shorter = settle(term, arith, written[:ran_on], split_last, True, None) if ran_on else None
        return shorter if shorter and shorter[1] else first
    # the numeral decides which separator is the item level: a reading written in parallel before the others
    settled = [settle(term, arith, reading, split_last, fit, cuts) for reading, fit, cuts in refits]
    agreeing = [r for r in settled if r[1] is not False]
    for members, agrees in agreeing:
        if looks_parallel(members):
            return members, agrees
    return agreeing[0] if agreeing else first


def _run_on_item(cuts: tuple[int, ...]) -> Optional[int]:
    """Where a list that keeps its promise only by running on ends: its last sentence part holds one item after a
    part of 、 items (甲、乙和丙，确保丁 : 甲, 乙和丙, 确保丁 → cut before 确保丁, then 乙和丙 split); else None."""
    if len(cuts) < 2 or cuts[-1] - cuts[-2] != 1 or cuts[-2] - (cuts[-3] if len(cuts) > 2 else 0) < 2:
        return None
    return cuts[-2]


def _one_term_per_list(
    candidates: list[tuple[tuple[int, int, int], Definition]]
) -> list[tuple[tuple[int, int, int], Definition]]:
    """The candidates less those whose list another term claims with more echo (then: nearer the list)."""
    claimant: dict[tuple, tuple[int, int, str]] = {}
    for _, d in candidates:
        key = (d.members, d.member_spans)
        claim = (d.echo, d.start, d.term)
        if key not in claimant or claim[:2] > claimant[key][:2]:
            claimant[key] = claim
    return [(r, d) for r, d in candidates if claimant[(d.members, d.member_spans)][2] == d.term]
