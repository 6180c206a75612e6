"""Load, validate and compile the YAML rules.

A rule file holds ``macros`` (named regex fragments, written ``{NAME}`` in patterns) and ``rules``. A rule has an
id, a stage (``detect`` finds candidate terms, ``define`` finds a document's own definition of a term), a kind, a
``pattern`` with named groups and a ``yields`` mapping that says which group is the term and which (if any) holds
the members, with the separators to split them on. Each rule carries its own examples.

A rule may name what every text it matches ``requires``: a regex, or a list of regexes of which one must be found,
each best led by a literal (简称, 内容, ：). A text without it is skipped at the cost of one fast search: the regex
module scans for a leading literal ten times faster than for a character class, which keeps costly rules off most texts.
A gated rule whose matches never run past a line end may say ``scope: line``: it is then run only on the lines where a
gate matches, not over the whole text (a speech has hundreds of lines, a definition one or two), which keeps it cheap on
documents that pass the gate. Loading validates every rule of every file and raises one RuleError listing all problems,
each naming the file, the line and the rule id.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

import regex

from slogans.errors import Problem, RuleError, RuleTimeout, problem
from slogans.config.enumeration import EnumerationMarkers
from slogans.config.gates import StageGates, Within, gate_matches, gated_lines, lookahead_matches, time_budget
from slogans.config.pattern_cache import CompiledOnUse, PatternCheck
from slogans.config.pattern_literals import leading_class, leading_literal, leading_lookahead, needed_words, required_literals
from slogans.config.rule_schema import (ENUMERATIONS, KINDS, REQUIRED_RULE_KEYS, REQUIRED_YIELD_KEYS, RULE_KEYS, SCOPES, STAGES,
    TOP_KEYS, YIELD_KEYS)
from slogans.config.macros import expand_macros
from slogans.engine.fused import fused_run
from slogans.engine.governed_pairs import governed_pair
from slogans.engine.enumerations import enumeration_items
from slogans.engine.compound_morphemes import NAME_READ_MODES, read_by_name
from slogans.engine.members import clean_cuts, repeats_term, split_members, strong_split, written_as_list
from slogans.config.resources import builtin_rules_dir
from slogans.text.punctuation import LIST_SEPARATORS
from slogans.config.settings import section, settings_problems
from slogans.config.yamlfile import LINE, check_keys, load_yaml, strip_lines

#: Seconds one rule may run on one document before it is stopped (a user's rule cannot hang a run).
DEFAULT_TIMEOUT = 2.0


@dataclass(frozen=True)
class RuleMatch:
    """What one rule found in a text: a term (offsets of the term group) and maybe its members."""

    rule_id: str
    term: str
    start: int
    end: int
    members: Optional[tuple[str, ...]] = None
    member_spans: tuple[tuple[int, int], ...] = ()
    match_start: int = 0
    match_end: int = 0
    #: the words that introduce the term, and the term (a few characters before it)
    lead: str = ""
    #: the text of the first member's span, as written (with the words around a quoted member)
    first_item: str = ""
    #: the members group as written and the separators it was split on ('' for enumerations)
    raw: str = ""
    separators: str = ""

    @cached_property
    def alternatives(self) -> tuple[tuple[str, ...], ...]:
        """Other readings of the members: split only where items divide (甲、乙,丙 → 甲、乙 | 丙)."""
        strong = strong_split(self.raw, self.separators) if self.raw else None
        return (tuple(strong),) if strong and tuple(strong) != self.members else ()

    @cached_property
    def cuts(self) -> tuple[int, ...]:
        """After how many members a sentence part ends (where a list that ran on may be cut short)."""
        return clean_cuts(self.raw, self.separators, len(self.members or ())) if self.raw else ()


@dataclass
class Rule(CompiledOnUse):
    """One rule (its pattern compiled at its first use). ``apply`` runs it on a text and returns what it yields."""

    id: str
    stage: str
    kind: str
    pattern: str
    #: the patterns of the gates (``requires``), with macros expanded
    gate_patterns: tuple[str, ...] = ()
    term_group: str = "term"
    members_group: Optional[str] = None
    separators: str = LIST_SEPARATORS
    enumeration: Optional[str] = None
    term_known: Optional[str] = None
    strip_leading: tuple[str, ...] = ()
    split_last_on: tuple[str, ...] = ()
    boundary: Optional[str] = None
    quoted_members: bool = False
    #: the members group is one run of parallel pieces fused together (甲河乙河丙河), cut where each piece starts
    fused: bool = False
    #: every member must repeat a character of the term's words (三查: 查思想、查作风): for loose shapes
    echo_term: bool = False
    #: the members must be written as a list (see members.written_as_list): for lists after a colon
    parallel: bool = False
    governed_pair: bool = False  # the members group: a clause ending in a pair A和B (see governed_pairs)
    description: str = ""
    examples: dict[str, Any] = field(default_factory=dict)
    priority: int = 100
    file: str = ""
    line: int = 0
    #: seconds the rule may run on one document; None for no budget (the built-in rules: see load_rules)
    timeout: Optional[float] = DEFAULT_TIMEOUT
    #: 'line': the rule runs only on the lines where one of its ``requires`` gates matches.
    scope: str = "text"
    #: the literal each gate of ``requires`` starts with ('' where it starts otherwise)
    gate_literals: tuple[str, ...] = ()
    #: words every match holds (required_literals; a rule without gates, tried on every text: needed_words): a text without one is skipped
    needs: tuple[str, ...] = ()
    #: the characters every match starts with (leading_class), looked for with ``re`` first, or the look-ahead every
    #: match opens with (``ahead``: leading_lookahead), a match tried only where it holds; None if unknown
    lead: Optional[Any] = None
    ahead: Optional[Any] = None
    #: the compiled pattern and gates, once compiled (``compiled`` and ``requires``: see CompiledOnUse)
    _compiled: Optional[Any] = field(default=None, repr=False, compare=False)
    _requires: Optional[tuple[Any, ...]] = field(default=None, repr=False, compare=False)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None, stretches: Optional[Sequence[tuple[int, int]]] = None) -> Iterator[Any]:
        """Raw regex matches of this rule (given ``stretches``, in those alone: see term_lines), stopped with RuleTimeout
        past the rule's time budget, one for the document (``timeout`` None: unwatched, the built-in rules, tested).

        Define rules match overlapping, so that one definition's members never hide the next
        definition's name (“2”就是…,即:A、B;“5”就是五项特色工作,即:C、D).
        """
        end = len(text) if endpos is None else endpos
        overlapped = self.stage == "define"
        compiled = self.compiled
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        try:
            if stretches is not None or (self.scope == "line" and self.requires):
                for lo, hi in stretches if stretches is not None else gated_lines(self.requires, self._literals(), text, pos, end, deadline):
                    yield from compiled.finditer(text, lo, hi, overlapped=overlapped, **time_budget(deadline))
                return
            if self.requires and next(gate_matches(self.requires, self._literals(), text, pos, end, deadline), None) is None:
                return
            if self.ahead is not None:
                yield from lookahead_matches(compiled, self.ahead, text, pos, end, overlapped, deadline)
                return
            if self.lead is not None:  # no match starts before the first of its leading characters
                led = self.lead.search(text, pos, end)
                if led is None:
                    return
                pos = led.start()
            first = compiled.search(text, pos, end, **time_budget(deadline))  # most rules find nothing in most texts
            if first is not None:  # no match starts before the first: the scan starts there
                yield from compiled.finditer(text, first.start(), end, overlapped=overlapped, **time_budget(deadline))
        except TimeoutError:
            raise RuleTimeout(f"rule '{self.id}' ({self.file}:{self.line}) ran longer than {self.timeout}s") from None

    def _literals(self) -> tuple[str, ...]:
        return self.gate_literals or ("",) * len(self.requires)

    def apply(
        self, text: str, enumerations: Optional[EnumerationMarkers] = None, wanted: Optional[Callable[[str], bool]] = None,
        stretches: Optional[Sequence[tuple[int, int]]] = None,
    ) -> list[RuleMatch]:
        """Every match of the rule in ``text``, with members split (and enumerations followed); given ``wanted``,
        only the matches whose term it accepts (the members of the others are never read)."""
        found: list[RuleMatch] = []
        seen: dict[int, Any] = {}  # enumerations already read, by where they start
        for m in self.finditer(text, stretches=stretches):
            term = m.group(self.term_group)
            if term is None or (wanted is not None and not wanted(term)):
                continue
            start, end = m.span(self.term_group)
            members: Optional[tuple[str, ...]] = None
            spans: tuple[tuple[int, int], ...] = ()
            raw = ""
            if self.members_group and m.group(self.members_group) is not None:
                raw, (lo, hi) = m.group(self.members_group), m.span(self.members_group)
                if (pair := governed_pair(raw) if self.governed_pair else (0, len(raw))) is None:
                    continue
                raw, lo, hi = raw[pair[0]:pair[1]], lo + pair[0], lo + pair[1]
                members = tuple(fused_run(raw) if self.fused else split_members(
                    raw, self.separators, self.strip_leading, self.quoted_members, self.split_last_on))
                raw = "" if self.fused else raw  # a fused run: no other reading
                if self.echo_term and not repeats_term(members, term):
                    continue
                if self.parallel and not written_as_list(members, raw, self.separators):
                    continue
                spans = ((lo, hi),)
            elif self.enumeration in NAME_READ_MODES:
                items = read_by_name(self.enumeration, text, start, end, enumerations)
                if items is not None:
                    members, spans = tuple(items[0]), tuple(items[1])
            elif self.enumeration and enumerations is not None:
                items = enumeration_items(text, m.end(), self.enumeration, enumerations, seen)
                if items is not None:
                    members, spans = tuple(items[0]), tuple(items[1])
            lead = text[max(0, start - _LEAD_CHARS):end]
            first_item = text[spans[0][0]:spans[0][1]] if spans else ""
            found.append(RuleMatch(self.id, term, start, end, members, spans, m.start(), m.end(), lead, first_item, raw,
                                   self.separators if raw else ""))
        return found


#: How many characters before a term count as the words that introduce it (see RuleMatch.lead).
_LEAD_CHARS = 8


#: The end of the warning about a rule that timed out (the command line exits 2 after it).
RULE_DISABLED = "disabled for the rest of the run"


@dataclass
class RuleSet:
    """All rules in force, with the macros and the settings that the stages read."""

    rules: list[Rule]
    macros: dict[str, str]
    settings: dict[str, Any]
    files: list[str]
    _stages: dict[str, tuple[tuple[Any, ...], StageGates]] = field(default_factory=dict, repr=False, compare=False)
    #: ids of the rules switched off for the rest of the run after running past their time budget
    disabled: set[str] = field(default_factory=set, compare=False)
    _markers: Optional[EnumerationMarkers] = field(default=None, init=False, repr=False, compare=False)

    def stage(self, name: str, text: Optional[str] = None, within: Optional[Within] = None) -> list[Rule]:
        """The rules of one stage, by priority then id (sorted once, for as long as ``rules`` holds the same
        rules), less the disabled ones; given a ``text``, only those whose gates match it (each gate literal
        of the stage looked for once, each gate pattern searched for once, where its literal is; see ``within``)."""
        key = (id(self.rules), len(self.rules), len(self.disabled))
        cached = self._stages.get(name)
        if cached is None or cached[0] != key:
            chosen = sorted((r for r in self.rules if r.stage == name and r.id not in self.disabled), key=lambda r: (r.priority, r.id))
            cached = self._stages[name] = (key, StageGates(chosen))
        # a rule none of whose gate literals the text holds is never tried, nor one that needs words it lacks
        return list(cached[1].rules) if text is None else cached[1].rules_for(text, within)

    def disable(self, rule: Rule, timeout: RuleTimeout) -> str:
        """Switch ``rule`` off for the rest of the run (it ran past its time budget); the warning to give once."""
        self.disabled.add(rule.id)
        return f"{timeout}; {RULE_DISABLED}"

    def enumeration_markers(self) -> EnumerationMarkers:
        """The enumeration marker families from the settings (read once: every document asks)."""
        if self._markers is None:
            enum = section(self.settings, "enumeration")
            self._markers = EnumerationMarkers(tuple(enum["families"]), enum["item_end"], int(enum["max_gap"]), str(enum["strip_leading"]))
        return self._markers


def _check_rule(item: dict[str, Any], file: str, macros: dict[str, str], patterns: PatternCheck) -> tuple[Optional[Rule], list[Problem]]:
    rid = str(item.get("id", f"<rule at line {item.get(LINE)}>"))
    line = item.get(LINE)
    problems = check_keys(item, RULE_KEYS, set(REQUIRED_RULE_KEYS), file, rid)
    if problems:
        return None, problems
    if item["stage"] not in STAGES:
        problems.append(problem("E013", file, line, rid, key="stage", found=item["stage"], allowed=", ".join(STAGES)))
    if item["kind"] not in KINDS:
        problems.append(problem("E013", file, line, rid, key="kind", found=item["kind"], allowed=", ".join(KINDS)))
    yields = item["yields"]
    problems += check_keys(yields, YIELD_KEYS, set(REQUIRED_YIELD_KEYS), file, rid)
    if yields.get("enumeration") is not None and yields["enumeration"] not in ENUMERATIONS:
        problems.append(problem("E013", file, line, rid, key="yields.enumeration", found=yields["enumeration"], allowed=", ".join(ENUMERATIONS)))
    pattern, unknown = expand_macros(item["pattern"], macros)
    for name in unknown:
        problems.append(problem("E022", file, line, rid, key=name, allowed=", ".join(sorted(macros)) or "none"))
    compiled, known = None, None
    requires: list[Any] = []
    gate_patterns: list[str] = []
    if not unknown:
        try:
            compiled, known = patterns.check(pattern)
        except regex.error as exc:
            problems.append(problem("E020", file, line, rid, detail=exc))
    if item.get("scope", "text") not in SCOPES:
        problems.append(problem("E013", file, line, rid, key="scope", found=item["scope"], allowed=", ".join(SCOPES)))
    elif item.get("scope") == "line" and not item.get("requires"):
        problems.append(problem("E011", file, line, rid, key="requires"))
    gates = item.get("requires", [])
    for raw in [gates] if isinstance(gates, str) else gates:
        gate, unknown_gate = expand_macros(str(raw), macros)
        for name in unknown_gate:
            problems.append(problem("E022", file, line, rid, key=name, allowed=", ".join(sorted(macros)) or "none"))
        if not unknown_gate:
            try:
                requires.append(patterns.check(gate)[0])
                gate_patterns.append(gate)
            except regex.error as exc:
                problems.append(problem("E020", file, line, rid, detail=f"requires: {exc}"))
    if known is not None:
        for key in ("term", "members"):
            group = yields.get(key)
            if isinstance(group, str) and group not in known[1]:
                problems.append(problem("E021", file, line, rid, key=group))
    if problems:
        return None, problems
    plain = known is not None and not known[0] & (regex.IGNORECASE | regex.VERBOSE)  # its text read as written
    rule = Rule(
        id=rid, stage=item["stage"], kind=item["kind"], pattern=pattern, gate_patterns=tuple(gate_patterns),
        _compiled=compiled, _requires=tuple(requires) if all(g is not None for g in requires) else None,
        term_group=yields["term"], members_group=yields.get("members"),
        separators=yields.get("separators", LIST_SEPARATORS), enumeration=yields.get("enumeration"),
        term_known=yields.get("term_known"), strip_leading=tuple(yields.get("strip_leading") or ()),
        split_last_on=tuple(yields.get("split_last_on") or ()), boundary=yields.get("boundary"),
        quoted_members=bool(yields.get("quoted_members", False)), fused=bool(yields.get("fused", False)),
        echo_term=bool(yields.get("echo_term", False)), parallel=bool(yields.get("parallel", False)), governed_pair=bool(yields.get("governed_pair", False)),
        gate_literals=tuple(leading_literal(g) for g in gate_patterns),
        needs=(needed_words if not gate_patterns else required_literals)(pattern) if plain else (),
        lead=leading_class(pattern) if plain else None, ahead=leading_lookahead(pattern) if plain else None,
        description=item.get("description", ""), examples=strip_lines(item.get("examples") or {}),
        priority=item.get("priority", 100), file=file, line=line or 0, scope=item.get("scope", "text"),
    )
    return rule, []


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """The YAML rule files among ``paths`` (folders give their *.yaml files, not the lexicon's)."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.yaml") if p.is_file()))
        else:
            files.append(path)
    return files


def load_rules(paths: Optional[Sequence[Path]] = None, builtin: bool = True) -> RuleSet:
    """Load the built-in rules (unless ``builtin`` is False) and the user's ``paths``.

    Settings files (``settings:``) are merged key by key, lists extended, so that a user's
    file can add counting heads or marker families. Raises RuleError listing every problem.
    """
    builtin_files = {str(f) for f in rule_files([builtin_rules_dir()])} if builtin else set()
    files = rule_files(([builtin_rules_dir()] if builtin else []) + list(paths or []))
    loaded: list[tuple[str, dict[str, Any]]] = []
    problems: list[Problem] = []
    for f in files:
        try:
            data = load_yaml(f, "rules") if _has_rules(f) else load_yaml(f, "settings")
        except RuleError as exc:
            problems += exc.problems
            continue
        problems += [problem("E010", str(f), data.get(LINE), None, key=key, allowed=", ".join(TOP_KEYS)) for key in data if key != LINE and key not in TOP_KEYS]
        problems += settings_problems(data.get("settings"), str(f), data.get(LINE))
        loaded.append((str(f), data))
    macros: dict[str, str] = {}
    settings: dict[str, Any] = {}
    for name, data in loaded:
        for key, value in (data.get("macros") or {}).items():
            if key != LINE:
                macros[key] = str(value)
        _merge(settings, strip_lines(data.get("settings") or {}))
    rules: list[Rule] = []
    seen: dict[str, tuple[str, int]] = {}
    patterns = PatternCheck()
    for name, data in loaded:
        items = data.get("rules") or []
        if not isinstance(items, list):
            problems.append(problem("E012", name, data.get(LINE), None, key="rules", expected="list", found=type(items).__name__))
            continue
        for item in items:
            if not isinstance(item, dict):
                problems.append(problem("E012", name, None, None, key="rule", expected="mapping", found=type(item).__name__))
                continue
            rule, errs = _check_rule(item, name, macros, patterns)
            problems += errs
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(problem("E014", name, rule.line, rule.id, key=rule.id, found=f"{seen[rule.id][0]}:{seen[rule.id][1]}"))
                continue
            seen[rule.id] = (name, rule.line)
            if name in builtin_files:
                rule.timeout = None  # tested with the package, and each budgeted call costs: a user's rule keeps its budget
            rules.append(rule)
    patterns.save()  # the patterns that compiled, also of a load with problems (they are compiled again else)
    if problems:
        raise RuleError(problems)
    return RuleSet(rules, macros, settings, [n for n, _ in loaded])


def _has_rules(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True  # load_yaml reports it
    return regex.search(r"(?m)^(rules|macros):", head) is not None


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = into[key] + [v for v in value if v not in into[key]]
        else:
            into[key] = value
