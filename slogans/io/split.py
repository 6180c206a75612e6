"""Cutting a compilation (several speeches in one file) into its speeches, by YAML heading rules.

The rules live in ``rules/split.yaml`` under ``settings: split:`` (a user's settings file can
add more). The first heading rule that finds at least ``min_parts`` headings cuts the text;
each part runs from its heading line to the next heading, and a tail line (the 相关文章 list
under a web page) ends it. A text without headings stays whole, less its tail.

Example:
    >>> from slogans.config.rules import load_rules
    >>> splitter = Splitter.from_settings(load_rules().settings)
    >>> [p.title for p in splitter.parts("合集\\n篇一\\n甲。\\n篇二\\n乙。\\n")]
    ['篇一', '篇二']
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterator, Optional

import regex

from slogans.errors import InputError, Problem, RuleError, problem
from slogans.model import Document
from slogans.config.rules import DEFAULT_TIMEOUT
from slogans.config.settings import section

_WHERE = "settings: split"
_KEYS = {"id", "pattern", "description", "examples"}


@dataclass(frozen=True)
class LineRule:
    """A heading or tail rule: a pattern that matches one whole line."""

    id: str
    pattern: str
    compiled: Any
    description: str = ""
    examples: Optional[dict[str, Any]] = None

    def lines(self, text: str) -> Iterator[Any]:
        """The matches of this rule in ``text`` (raises TimeoutError past the time budget)."""
        return self.compiled.finditer(text, timeout=DEFAULT_TIMEOUT)


@dataclass(frozen=True)
class Part:
    """One speech of a compilation: ``text[start:end]`` of the whole, its heading as title.

    ``index`` counts from 1; 0 is text before the first heading that is more than a title.
    """

    index: int
    start: int
    end: int
    title: Optional[str]


class Splitter:
    """Cuts texts by the heading and tail rules of the settings."""

    def __init__(self, headings: list[LineRule], tails: list[LineRule], min_parts: int = 2, max_title_chars: int = 80):
        self.headings = headings
        self.tails = tails
        self.min_parts = min_parts
        self.max_title_chars = max_title_chars

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> "Splitter":
        """The Splitter of ``settings["split"]``; raises RuleError listing every bad rule."""
        cfg = section(settings, "split")
        problems: list[Problem] = []
        headings = _line_rules(cfg["headings"] or [], "headings", problems)
        tails = _line_rules(cfg["tails"] or [], "tails", problems)
        if problems:
            raise RuleError(problems)
        return cls(headings, tails, int(cfg["min_parts"]), int(cfg["max_title_chars"]))

    def parts(self, text: str) -> list[Part]:
        """The parts of ``text``: one per heading (with any substantial preamble as part 0), or
        the whole text as one untitled part (index 0) when no rule finds enough headings."""
        starts: list[tuple[int, str]] = []
        for rule in self.headings:
            found = [(m.start(), m.group(0).strip()) for m in rule.lines(text)]
            if len(found) >= self.min_parts:
                starts = found
                break
        tails = sorted(m.start() for rule in self.tails for m in rule.lines(text))
        if not starts:
            return [Part(0, 0, _cut_tail(0, len(text), tails), None)]
        parts: list[Part] = []
        preamble = text[: starts[0][0]]
        if any(len(line.strip()) > self.max_title_chars for line in preamble.splitlines()):
            parts.append(Part(0, 0, _cut_tail(0, starts[0][0], tails), None))
        bounds = [s for s, _ in starts] + [len(text)]
        for k, (start, title) in enumerate(starts, 1):
            parts.append(Part(k, start, _cut_tail(start, bounds[k], tails), title))
        return parts

    def split(self, doc: Document) -> Iterator[Document]:
        """The speeches of ``doc`` as Documents ``ID#1``, ``ID#2`` … with ``meta["title"]`` (the
        heading) and where each starts in the source text (``offset``, ``line``, ``column``,
        all carried over from ``doc.meta`` when it is itself a part). A text without headings
        comes back whole with its id, less its tail. Raises InputError when a rule runs too long."""
        try:
            parts = self.parts(doc.text)
        except TimeoutError:
            raise InputError(doc.id, f"a split rule ran longer than {DEFAULT_TIMEOUT}s on this text") from None
        base_offset = int(doc.meta.get("offset", 0))
        base_line = int(doc.meta.get("line", 1))
        base_column = int(doc.meta.get("column", 1))
        whole = len(parts) == 1 and parts[0].title is None
        for part in parts:
            text = doc.text[part.start:part.end]
            if not text.strip():
                continue
            if whole:
                yield replace(doc, text=text)
                return
            before = doc.text[: part.start]
            line = before.count("\n")
            column = part.start - (before.rfind("\n") + 1)
            meta = dict(doc.meta)
            meta.update({
                "title": part.title, "part": part.index, "offset": base_offset + part.start,
                "line": base_line + line, "column": (base_column + column) if line == 0 else column + 1,
            })
            yield Document(f"{doc.id}#{part.index}", text, meta)


def _cut_tail(start: int, end: int, tails: list[int]) -> int:
    for t in tails:
        if start <= t < end:
            return t
    return end


def _line_rules(items: Any, group: str, problems: list[Problem]) -> list[LineRule]:
    rules: list[LineRule] = []
    if not isinstance(items, list):
        problems.append(problem("E012", _WHERE, None, None, key=group, expected="a list", found=type(items).__name__))
        return rules
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("pattern"), str):
            problems.append(problem("E011", _WHERE, None, str(item)[:40], key="id and pattern"))
            continue
        rule_id = item["id"]
        for key in sorted(set(item) - _KEYS):
            problems.append(problem("E010", _WHERE, None, rule_id, key=key, allowed=", ".join(sorted(_KEYS))))
        if rule_id in seen:
            problems.append(problem("E014", _WHERE, None, rule_id, key=rule_id, found="?"))
            continue
        seen.add(rule_id)
        try:
            compiled = regex.compile(item["pattern"], regex.MULTILINE | regex.V0)
        except regex.error as exc:
            problems.append(problem("E020", _WHERE, None, rule_id, detail=exc))
            continue
        rules.append(LineRule(rule_id, item["pattern"], compiled, str(item.get("description") or ""), item.get("examples")))
    return rules
