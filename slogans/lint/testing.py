"""Running the examples that every rule carries — for our tests, for users' own rules and ``slogans rules test``.

Example:
    >>> from slogans.config.rules import load_rules
    >>> failures = [f for c in rule_example_cases(load_rules()) if (f := run_rule_example(load_rules(), c))]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from slogans.codes import message
from slogans.errors import RuleTimeout
from slogans.lint.findings import Finding, sort_findings
from slogans.config.rules import Rule, RuleSet


@dataclass(frozen=True)
class ExampleCase:
    """One example of one rule: a text it must match (with the expected term/members) or must not."""

    id: str
    rule: Rule
    text: str
    should_match: bool
    term: Optional[str] = None
    members: Optional[list[str]] = None


def rule_example_cases(rules: RuleSet) -> list[ExampleCase]:
    """Every example of every rule, with ids like ``quoted-match-1``."""
    cases: list[ExampleCase] = []
    for rule in rules.rules:
        for i, ex in enumerate(rule.examples.get("match") or [], 1):
            ex = ex if isinstance(ex, dict) else {"text": ex}
            cases.append(ExampleCase(f"{rule.id}-match-{i}", rule, str(ex["text"]), True, ex.get("term"), ex.get("members")))
        for i, text in enumerate(rule.examples.get("no_match") or [], 1):
            cases.append(ExampleCase(f"{rule.id}-no_match-{i}", rule, str(text), False))
    return cases


def run_rule_example(rules: RuleSet, case: ExampleCase) -> Optional[str]:
    """None if the rule behaves as the example says, else a one-line description of the failure."""
    failure = example_failure(rules, case)
    return None if failure is None else f"{case.rule.file}:{case.rule.line}: [{case.rule.id}] {failure}"


def example_failure(rules: RuleSet, case: ExampleCase) -> Optional[str]:
    """What went wrong with one example (without the rule's place), or None when it behaves."""
    try:
        found: list[Any] = [m for m in case.rule.apply(case.text, rules.enumeration_markers())]
    except RuleTimeout as exc:
        return f"ran too long on {case.text!r}: {exc}"
    if case.rule.stage == "define":
        found = [m for m in found if m.members]
    if not case.should_match:
        if found:
            return f"must not match {case.text!r} but found {found[0].term!r}"
        return None
    if not found:
        return f"does not match {case.text!r}"
    if case.term is not None and not any(_same_term(case.rule, m.term, case.term) for m in found):
        return f"on {case.text!r}: expected term {case.term!r}, found {[m.term for m in found]}"
    if case.members is not None:
        got = [_settled(case, m) for m in found if case.term is None or _same_term(case.rule, m.term, case.term)]
        if list(case.members) not in got:
            return f"on {case.text!r}: expected members {case.members}, found {got}"
    return None


def rule_example_findings(rules: RuleSet) -> list[Finding]:
    """Every failing example of every rule as an SLG201 finding at the rule's line (column 1)."""
    findings: list[Finding] = []
    for case in rule_example_cases(rules):
        failure = example_failure(rules, case)
        if failure is not None:
            text = message("SLG201", rule=case.rule.id, example=case.id, failure=failure)
            findings.append(Finding(case.rule.file, case.rule.line or 1, 1, "SLG201", text, case.rule.id))
    return sort_findings(findings)


def _settled(case: ExampleCase, m: Any) -> list[str]:
    """The members a match gives the example's term, fitted to its numerals as the extractor fits them."""
    from slogans.engine.expand import best_reading
    from slogans.text.numerals import formula_arithmetic

    if case.term is None or case.rule.kind != "numbered":
        return list(m.members or ())
    members, _ = best_reading(case.term, formula_arithmetic(case.term), m, list(case.rule.split_last_on), case.rule.enumeration is not None)
    return members


def _same_term(rule: Rule, found: str, expected: str) -> bool:
    """A rule with ``term_known: suffix`` yields free text that must end with the term (``prefix``: start with it)."""
    if found == expected:
        return True
    if rule.term_known == "prefix":
        return found.startswith(expected)
    return rule.term_known == "suffix" and (found.endswith(expected) or found.removesuffix("活动").endswith(expected))
