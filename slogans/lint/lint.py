"""``slogans rules lint``: every problem of rule and lexicon files, as findings.

The built-in rules and lexicon are always checked too. Each YAML file is sorted by its top key: ``entries`` makes a lexicon file, anything else a rule
(or settings) file; folders are walked for ``*.yaml``. Rule files are loaded together with the
built-in rules (so that macros resolve and a clash of ids is seen), lexicon files with the
built-in lexicon. Every problem the loaders report becomes a finding with the loader's code
(E0xx, see ``slogans.codes.CODES``), at the problem's line (1 when the loader has none),
column 1.

Example:
    >>> lint_files([])
    []
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence, Union

import regex

from slogans.errors import Problem, RuleError
from slogans.lint.findings import Finding, sort_findings
from slogans.config.lexicon import Lexicon
from slogans.config.lexicon_checks import lexicon_problems
from slogans.config.resources import builtin_rules_dir
from slogans.config.rules import load_rules

_LEXICON_TOP = regex.compile(r"(?m)^entries\s*:")


def yaml_files(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """The YAML files named by ``paths``: files as given, folders walked for ``*.yaml``."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(sorted(p for p in path.rglob("*.yaml") if p.is_file()) if path.is_dir() else [path])
    return files


def is_lexicon_file(path: Path) -> bool:
    """True for a file whose top key is ``entries`` (a lexicon); unreadable files count as rule files."""
    try:
        return _LEXICON_TOP.search(path.read_text(encoding="utf-8")) is not None
    except (OSError, UnicodeDecodeError):
        return False


def problem_finding(p: Problem) -> Finding:
    """A loader's problem as a finding at ``file:line:1``."""
    item = f"[{p.item}] " if p.item else ""
    return Finding(p.file, p.line or 1, 1, p.code, f"{item}{p.message}", p.item or "")


def lint_rules(paths: Sequence[Path]) -> list[Finding]:
    """Problems of the rule files ``paths``, loaded with the built-in rules."""
    try:
        load_rules(list(paths))
    except RuleError as exc:
        return [problem_finding(p) for p in exc.problems]
    return []


def lint_lexicon(paths: Sequence[Path]) -> list[Finding]:
    """Problems of the lexicon files ``paths``, loaded with the built-in lexicon."""
    try:
        lexicon = Lexicon.load(list(paths))
    except RuleError as exc:
        return [problem_finding(p) for p in exc.problems]
    return [problem_finding(p) for p in lexicon_problems(lexicon)]


def lint_files(paths: Iterable[Union[str, Path]]) -> list[Finding]:
    """Every problem of the built-in files and of the rule and lexicon files among ``paths`` (files or folders), sorted.

    The built-in files are always checked; naming them (or their folder) checks them once.
    """
    builtin = builtin_rules_dir().resolve()
    files = [f for f in yaml_files(paths) if builtin not in f.resolve().parents]
    lexicon = [f for f in files if is_lexicon_file(f)]
    rules = [f for f in files if f not in lexicon]
    return sort_findings(lint_rules(rules) + lint_lexicon(lexicon))
