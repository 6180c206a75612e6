"""Detection: one pass of every detect rule over a normalised text (the lexicon automaton is ``Lexicon.find``).

Produces candidates; whether a candidate is a term is decided in ``classify``.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from slogans.errors import RuleTimeout
from slogans.config.rules import Rule, RuleSet


class Candidate(NamedTuple):
    """A span of the normalised text that may be a term (a named tuple: thousands are made per document)."""

    text: str
    start: int
    end: int
    rule: Rule
    outer_start: int
    outer_end: int

    @property
    def quoted(self) -> bool:
        """True for a phrase found between quotation marks."""
        return self.rule.kind == "quoted"


def detect_candidates(text: str, rules: RuleSet, warnings: Optional[list[str]] = None) -> list[Candidate]:
    """Every match of every detect rule, in text order. A rule that times out is skipped with a warning."""
    found: list[Candidate] = []
    for rule in rules.stage("detect", text):
        try:
            for m in rule.finditer(text):
                if m.group(rule.term_group) is None:
                    continue
                s, e = m.span(rule.term_group)
                found.append(Candidate(m.group(rule.term_group), s, e, rule, m.start(), m.end()))
        except RuleTimeout as exc:
            message = rules.disable(rule, exc)
            if warnings is not None:
                warnings.append(message)
    found.sort(key=lambda c: (c.start, -c.end))
    return found
