"""Error types, and the Problem a loader reports (its code and message from ``slogans.codes``).

Every message says what was expected, what was found and where (file, line, rule id),
so that a user can fix the rule or input without reading our code.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Optional

from slogans.codes import message


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


def problem(code: str, file: str, line: Optional[int], item: Optional[str], **fields: str) -> Problem:
    """Build a Problem from the catalogue template of ``code`` (see ``slogans.codes``)."""
    return Problem(code, file, line, item, message(code, **fields))


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

    # -- as an input item of a run (slogans.model.InputItem): passed through in its input's place --
    streamed: ClassVar[bool] = False
    needs_analysis: ClassVar[bool] = False
    held_text: ClassVar[Optional[str]] = None

    @property
    def id(self) -> str:
        """The input as the user named it."""
        return self.path

    def chars(self) -> int:
        """No text: 0."""
        return 0

    def loaded(self) -> "InputError":
        """The error itself."""
        return self

    def analyze(self, analyzer: Any = None, with_mentions: bool = False) -> "InputError":
        """The error itself: it is the outcome of its input."""
        return self


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
