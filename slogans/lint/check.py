"""``slogans check``: findings over a batch of new documents, the way a linter checks code.

Codes (their messages and meanings: ``slogans.codes.CODES``):

- SLG001 a numbered formula or quoted campaign name that is neither in the lexicon nor defined
  in the document, at its first mention, with a best guess of its members where the document
  lists something near it (``slogans.engine.guess``);
- SLG002 a document's own expansion whose member count disagrees with the numeral arithmetic;
- SLG003 a document defining a known term with members other than the lexicon's (any of the
  entry's ``versions`` will do; order, spaces, punctuation and script are not compared);
- SLG004 a known formula used in a document dated (--as-of, or a dated heading or signature)
  before the ``since`` of its lexicon entry, at its first mention;
- SLG101 a file that is empty, binary or cannot be decoded at all;
- SLG102 a file in another encoding than the corpus's (a GBK file in a UTF-8 corpus), a
  document mixing traditional and simplified script, or in the other script than the corpus's.

Example:
    >>> from slogans import Extractor
    >>> checker = Checker(Extractor())
    >>> [f.code for f in checker.check_text("要扎实开展“三联三促”活动。", "a.txt")]
    ['SLG001']
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import regex

from slogans.api import DocumentResult, Extractor
from slogans.codes import message
from slogans.io.corpus import Source, display_name, find_sources
from slogans.io.decoding import decode_bytes
from slogans.errors import InputError
from slogans.lint.findings import Finding, LineIndex, sort_findings
from slogans.engine.guess import MemberGuesser
from slogans.engine.lexicon_context import subject_in_sight
from slogans.config.lexicon import LexiconEntry, surface_key
from slogans.text.numerals import formula_arithmetic
from slogans.text.scripts import script_profile
from slogans.config.settings import section

#: The scripts a corpus may expect (``any``: no expectation, only mixed script is reported).
SCRIPTS = ("any", "simplified", "traditional")
_KIND_NAMES = {"numbered": "numbered formula", "campaign": "campaign name"}
_MEMBER_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")


@dataclass
class CheckRun:
    """What checking a batch gave: the findings, sorted, and the paths that could not be read at all."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    #: how many files were read and checked (with or without findings)
    checked: int = 0


# -- decoding ------------------------------------------------------------------------------
def _error_offset(exc: InputError) -> Optional[int]:
    offset = getattr(exc, "offset", None)
    return offset if isinstance(offset, int) else None


def _byte_position(data: bytes, offset: int, encoding: str) -> tuple[int, int]:
    """1-based line and column of the byte at ``offset``, counting characters of ``encoding``."""
    prefix = data[:offset].decode(encoding, errors="replace").lstrip("\ufeff")
    return LineIndex(prefix + " ").position(len(prefix))


def _same_encoding(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


# -- the checker -----------------------------------------------------------------------------
class Checker:
    """Checks documents against the lexicon and rules of an Extractor.

    ``encoding`` is the corpus's expected encoding; ``script`` its expected script (``any``,
    ``simplified`` or ``traditional``). Thresholds come from the settings' ``check`` section.
    """

    def __init__(self, extractor: Extractor, encoding: str = "utf-8", script: str = "any"):
        if script not in SCRIPTS:
            raise ValueError(f"unknown script '{script}' (known: {', '.join(SCRIPTS)})")
        codecs.lookup(encoding)  # LookupError for an unknown encoding
        self.extractor = extractor
        self.encoding = encoding
        self.script = script
        cfg = section(extractor.rules.settings, "check")
        self.mixed_min_chars = int(cfg["mixed_script_min_chars"])
        self.mixed_min_share = float(cfg["mixed_script_min_share"])
        self.guess_window = int(cfg["guess_window"])

    # -- batches and files --------------------------------------------------------------------
    def check_paths(
        self, paths: Sequence[Union[str, Path]], pattern: str = "*.txt", exclude: Iterable[Union[str, Path]] = ()
    ) -> CheckRun:
        """Check files and folders (walked for ``pattern``); unreadable paths go to ``errors``.

        Files in ``exclude`` (the project's own configuration, baseline and lexicon files, which
        quote terms too) are passed over.
        """
        skip = {Path(p).resolve() for p in exclude}
        run = CheckRun()
        for item in find_sources(paths, pattern):
            if isinstance(item, InputError):
                run.errors.append(item)
                continue
            if item.path.resolve() in skip:
                continue
            try:
                run.findings.extend(self.check_file(item))
                run.checked += 1
            except InputError as exc:
                run.errors.append(exc)
        run.findings = sort_findings(run.findings)
        return run

    def check_file(self, source: Union[Source, Path, str]) -> list[Finding]:
        """Findings of one file. Raises InputError only when the file cannot be read from disk."""
        path = source.path if isinstance(source, Source) else Path(source)
        display = display_name(path.as_posix())  # a name that is not UTF-8: \xNN, as in every report
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(display, f"cannot read: {exc.strerror or exc}") from None
        return self.check_bytes(data, display)

    def check_bytes(self, data: bytes, path: str) -> list[Finding]:
        """Findings of one file's bytes: decoding (SLG101, SLG102), then the text's own."""
        findings: list[Finding] = []
        try:
            decoded = decode_bytes(data, path, self.encoding)
        except InputError as expected_error:
            try:
                decoded = decode_bytes(data, path)
            except InputError as exc:
                offset = _error_offset(exc)
                line, col = _byte_position(data, offset, self.encoding) if offset is not None else (1, 1)
                return [Finding(path, line, col, "SLG101", message("SLG101", reason=exc.reason))]
            if _same_encoding(decoded.encoding, self.encoding):  # a detector's verdict can still be the expected one
                return [Finding(path, 1, 1, "SLG101", message("SLG101", reason=expected_error.reason))]
            offset = _error_offset(expected_error)
            line, col = _byte_position(data, offset, decoded.encoding) if offset is not None else (1, 1)
            findings.append(Finding(
                path, line, col, "SLG102",
                message("SLG102", detail=f"the file is encoded in {decoded.encoding}, the corpus in {self.encoding} ({expected_error.reason})"),
                f"encoding:{decoded.encoding}",
            ))
        return findings + self.check_text(decoded.text, path)

    # -- one text -----------------------------------------------------------------------------
    def check_text(self, text: str, path: str) -> list[Finding]:
        """Findings of one decoded text (SLG001 to SLG004 and the script part of SLG102)."""
        index = LineIndex(text)
        findings = self._script_findings(text, path, index)
        result = self.extractor.analyze(text, path)
        findings += self._term_findings(text, path, index, result)
        return sort_findings(findings)

    def _script_findings(self, text: str, path: str, index: LineIndex) -> list[Finding]:
        profile = script_profile(text)
        if profile.is_mixed(self.mixed_min_chars, self.mixed_min_share):
            minority = "simplified" if profile.majority == "traditional" else "traditional"
            first = profile.first_simplified if minority == "simplified" else profile.first_traditional
            line, col = index.position(first or 0)
            detail = (
                f"mixed script: {profile.traditional} traditional-only and {profile.simplified} simplified-only "
                f"characters; the first {minority} one is here"
            )
            return [Finding(path, line, col, "SLG102", message("SLG102", detail=detail), "script:mixed")]
        if self.script != "any" and profile.majority not in (None, self.script) and profile.minority_share < self.mixed_min_share:
            first = profile.first_traditional if profile.majority == "traditional" else profile.first_simplified
            line, col = index.position(first or 0)
            detail = f"the document is in {profile.majority} script, the corpus in {self.script}"
            return [Finding(path, line, col, "SLG102", message("SLG102", detail=detail), f"script:{profile.majority}")]
        return []

    def _term_findings(self, text: str, path: str, index: LineIndex, result: DocumentResult) -> list[Finding]:
        document = text  # ``text`` is reused for each finding's message below
        first: dict[str, tuple[int, int]] = {}
        for m in result.mentions:
            first.setdefault(m.term, (m.start, m.end))
        findings: list[Finding] = []
        for term, since in result.early_uses:
            if term in first:
                line, col = index.position(first[term][0])
                text = message("SLG004", term=term, year=result.as_of, dated=result.date.describe(), since=since)
                findings.append(Finding(path, line, col, "SLG004", text, term))
        guesser: Optional[MemberGuesser] = None
        norm = None
        for row in result.terms:
            if row.term not in first:
                continue
            start, end = first[row.term]
            line, col = index.position(start)
            entry = self.extractor.lexicon.get(row.term)
            if entry is None and row.kind in _KIND_NAMES and row.components_source != "text":
                if guesser is None:
                    norm = self.extractor.normalizer.normalize(document)
                    guesser = MemberGuesser(norm, self.extractor.rules, self.guess_window)
                guess = guesser.guess(row.term, row.kind, start, end)
                best = f"; best guess of its members: {'、'.join(guess)}" if guess else ""
                text = message("SLG001", kind=_KIND_NAMES[row.kind], term=row.term, guess=best)
                findings.append(Finding(path, line, col, "SLG001", text, row.term))
            if row.components_source != "text" or row.components is None:
                continue
            definition = result.definitions.get(row.term)
            if definition is not None:
                if norm is None:
                    norm = self.extractor.normalizer.normalize(document)
                line, col = index.position(norm.to_original(definition.start))
            members = "、".join(row.components)
            if row.arithmetic_ok is False:
                arith = formula_arithmetic(row.term)
                promise = f"{arith.total} {'characters' if arith.unit == 'chars' else 'members'}" if arith else "otherwise"
                text = message("SLG002", term=row.term, count=len(row.components), members=members, promise=promise)
                findings.append(Finding(path, line, col, "SLG002", text, row.term))
            if entry is not None and entry.components and not _same_members(row.components, entry):
                if norm is None:
                    norm = self.extractor.normalizer.normalize(document)
                if not subject_in_sight(entry, norm.text):
                    continue  # a name others use for their own lists, here without the lexicon's subject: another list
                text = message("SLG003", term=row.term, members=members, lexicon="、".join(entry.components))
                findings.append(Finding(path, line, col, "SLG003", text, row.term))
        return findings


def _member_key(members: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted(_MEMBER_NOISE.sub("", surface_key(m)) for m in members))


def _same_members(members: Sequence[str], entry: LexiconEntry) -> bool:
    """True when ``members`` are the entry's members, or one of its versions', in any order.

    A misprint is no different definition: members of four or more characters that differ in
    one character only (攻艰克难 for 攻坚克难) are taken as the same.
    """
    key = _member_key(members)
    known = [entry.components or ()] + [v.components or () for v in entry.versions]
    return any(_keys_agree(key, _member_key([str(c) for c in k])) for k in known if k)


def _keys_agree(ours: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    if ours == theirs:
        return True
    if len(ours) != len(theirs):
        return False
    unmatched = [m for m in ours if m not in theirs]
    spare = [m for m in theirs if m not in ours]
    return len(unmatched) == len(spare) and all(
        any(_one_misprint(a, b) for b in spare) for a in unmatched
    )


def _one_misprint(a: str, b: str) -> bool:
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b)) == 1
