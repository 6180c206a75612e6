"""Error types and the catalogue of error codes.

Every message says what was expected, what was found and where (file, line, rule id),
so that a user can fix the rule or input without reading our code.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional


class SlogansError(Exception):
    """Base class of every error this package raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem found while loading a rule or lexicon file."""

    code: str
    file: str
    line: Optional[int]
    item: Optional[str]
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        item = f" [{self.item}]" if self.item else ""
        return f"{where}:{item} {self.code} {self.message}"


# The catalogue: code -> template. Tests assert on the codes.
CODES = {
    "E001": "cannot read the file: {detail}",
    "E002": "not valid YAML: {detail}",
    "E003": "expected a mapping with the key '{key}' at the top, found {found}",
    "E010": "unknown key '{key}' (allowed: {allowed})",
    "E011": "missing required key '{key}'",
    "E012": "'{key}' must be {expected}, found {found}",
    "E013": "'{key}' has the value '{found}', expected one of: {allowed}",
    "E014": "duplicate id '{key}' (first defined at line {found})",
    "E020": "pattern does not compile: {detail}",
    "E021": "pattern lacks the named group '{key}' that 'yields' refers to",
    "E022": "unknown macro '{key}' in pattern (defined: {allowed})",
    "E030": "'{key}' is claimed by two entries: '{found}' and '{allowed}'",
    # lexicon entries: values (checked on every load)
    "E031": "'{key}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '{found}'",
    "E032": "'{key}' must be a year such as 2014, found '{found}'",
    "E033": "'since' ({found}) is later than 'until' ({allowed})",
    "E034": "versions must be sorted by 'since': the version since {found} comes after the one since {allowed}",
    "E035": "the version since {found} overlaps the one before it, which runs until {allowed}",
    "E036": "'components' differ from those of the latest version (since {found}): {detail}",
    "E037": "'opencc_exceptions' lists '{key}', which is not one of the entry's variants",
    # lexicon checks (slogans.lexicon_checks; run by the tests and by the lint command)
    "E040": "{found} members, but the numerals of '{key}' promise {allowed}; say why in 'arithmetic:'",
    "E041": "the traditional variant '{key}' is not what OpenCC s2t gives for a name of the entry ({allowed}); "
            "list it in 'opencc_exceptions' and explain it in 'notes'",
    "E042": "'opencc_exceptions' lists '{key}', but 'notes' do not mention it: say why it differs from OpenCC",
    "E043": "'opencc_exceptions' lists '{key}', but OpenCC s2t gives exactly that: remove it from the list",
    "E044": "'term' must be in simplified characters: OpenCC t2s gives '{found}'",
    "E045": "'source' is a plain string; give a mapping with body, document and date",
    "E046": "the entry's years ({found}) do not cover those of its versions ({allowed})",
    "E047": "a {key} entry without members must say why in 'uncertain:'",
}


def problem(code: str, file: str, line: Optional[int], item: Optional[str], **fields: str) -> Problem:
    """Build a Problem from the catalogue template ``code``."""
    return Problem(code, file, line, item, CODES[code].format(**{k: str(v) for k, v in fields.items()}))


class RuleError(SlogansError):
    """A rule or lexicon file is malformed. Carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @property
    def codes(self) -> list[str]:
        """The error codes of all problems, in order."""
        return [p.code for p in self.problems]


class InputError(SlogansError):
    """A document cannot be read: missing, empty, binary or undecodable. The message names the file."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self) -> tuple:
        return (InputError, (self.path, self.reason))  # travels back from worker processes intact


class RuleTimeout(SlogansError):
    """A rule's pattern ran longer than its time budget on one document."""


class OutputError(SlogansError):
    """An output cannot be written, or would overwrite what is not this run's output (an input,
    another output of the same run). The message names the file."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class OutputWriteError(OutputError):
    """An output failed while it was written (a full disk, a lost device); nothing half-written is left."""
