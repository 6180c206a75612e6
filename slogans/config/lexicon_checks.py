"""Checks over a loaded lexicon, beyond the schema: what the tests and ``slogans rules lint`` run.

- E040 the member count agrees with the numeral arithmetic (两评一树 → 3), for the current
  members and every version, unless the entry says why not in ``arithmetic:``;
- E030 no name (term or variant) belongs to two entries (also an error on load);
- E041 every traditional variant is what OpenCC s2t gives for a simplified name of the entry,
  unless it is listed in ``opencc_exceptions`` (E042: and mentioned in ``notes``; E043: an
  exception OpenCC agrees with is not needed);
- E044 the term is in simplified characters;
- E045 (``strict`` only, the bar of the built-in lexicon) the source is a mapping, not free text;
- E046 the entry's ``since``/``until`` cover its versions' years (a text dated by a version's
  year must not be told the formula did not exist yet);
- E047 (``strict`` only) a numbered formula or campaign without members says why in ``uncertain:`` (an empty
  ``uncertain:`` is a schema error, E012);
- E048 a ``context`` word is in simplified characters (the text is matched after t2s) and holds no name of the
  entry (a word every mention brings along would show nothing).

Example:
    >>> from slogans.config.lexicon import Lexicon
    >>> [(p.code, p.message) for p in lexicon_problems(Lexicon([LexiconEntry("三讲", "numbered", components=("讲学习", "讲政治"))]))]
    [('E040', "2 members, but the numerals of '三讲' promise 3; say why in 'arithmetic:'")]
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Optional

from slogans.errors import Problem, problem
from slogans.config.lexicon_entry import LexiconEntry
from slogans.text.normalize import to_simplified
from slogans.text.numerals import formula_arithmetic

if TYPE_CHECKING:
    from slogans.config.lexicon import Lexicon

#: The checks in the order they run, by name (for ``only=``).
CHECKS = ("arithmetic", "unique_names", "opencc", "simplified_term", "structured_source", "years", "uncertain", "context")


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """``text`` in traditional characters, as OpenCC s2t gives it.

    Examples:
        >>> to_traditional("五个带头")
        '五個帶頭'
    """
    return _s2t().convert(text)


def is_traditional(name: str) -> bool:
    """True when ``name`` holds a character that OpenCC t2s would change."""
    return to_simplified(name) != name


def _problem(code: str, entry: LexiconEntry, **fields: Any) -> Problem:
    return problem(code, entry.file, entry.line or None, entry.term, **fields)


def arithmetic_problems(entry: LexiconEntry) -> list[Problem]:
    """E040: the members (current and of every version) against what the numerals promise."""
    arith = formula_arithmetic(entry.term)
    if arith is None or entry.arithmetic.strip():
        return []
    out: list[Problem] = []
    promised = f"{arith.total} characters" if arith.unit == "chars" else str(arith.total)
    lists = [entry.components] + [v.components for v in entry.versions]
    for components in dict.fromkeys(c for c in lists if c):
        if not arith.agrees_with(list(components)):
            out.append(_problem("E040", entry, found=len(components), key=entry.term, allowed=promised))
    return out


def unique_name_problems(entries: Iterable[LexiconEntry]) -> list[Problem]:
    """E030: a name (as matched: simplified, without spaces) that two entries claim."""
    from slogans.config.lexicon import surface_key

    claimed: dict[str, LexiconEntry] = {}
    out: list[Problem] = []
    for entry in entries:
        for name in entry.names:
            other = claimed.setdefault(surface_key(name), entry)
            if other.term != entry.term:
                out.append(_problem("E030", entry, key=name, found=other.term, allowed=entry.term))
    return out


def opencc_problems(entry: LexiconEntry) -> list[Problem]:
    """E041-E043: traditional variants against OpenCC s2t of the entry's simplified names."""
    simplified = [n for n in entry.names if not is_traditional(n)]
    expected = list(dict.fromkeys(to_traditional(n) for n in simplified))
    out: list[Problem] = []
    for variant in entry.variants:
        if not is_traditional(variant):
            continue
        if variant in entry.opencc_exceptions:
            if variant in expected:
                out.append(_problem("E043", entry, key=variant))
            continue
        if variant not in expected:
            out.append(_problem("E041", entry, key=variant, allowed="、".join(expected) or "no simplified name"))
    for exception in entry.opencc_exceptions:
        if exception not in entry.notes:
            out.append(_problem("E042", entry, key=exception))
    return out


def simplified_term_problems(entry: LexiconEntry) -> list[Problem]:
    """E044: the canonical term must be simplified (the text is matched after t2s)."""
    if is_traditional(entry.term):
        return [_problem("E044", entry, found=to_simplified(entry.term))]
    return []


def structured_source_problems(entry: LexiconEntry) -> list[Problem]:
    """E045: the source must be a mapping with body, document and date (versions' too)."""
    sources = [entry.source] + [v.source for v in entry.versions if v.source is not None]
    return [_problem("E045", entry)] if any(not s.structured for s in sources) else []


def _span(since: Optional[int], until: Optional[int]) -> str:
    return f"{since if since is not None else '?'}–{until if until is not None else ''}"


def year_problems(entry: LexiconEntry) -> list[Problem]:
    """E046: the entry's ``since`` is no later than its first version's, its ``until`` no earlier than its last's."""
    if not entry.versions:
        return []
    first, last = entry.versions[0], entry.versions[-1]
    late_start = entry.since is not None and entry.since > first.since
    last_end = last.until if last.until is not None else last.since
    early_end = entry.until is not None and entry.until < last_end
    if late_start or early_end:
        return [_problem("E046", entry, found=_span(entry.since, entry.until), allowed=_span(first.since, last.until))]
    return []


def uncertain_problems(entry: LexiconEntry) -> list[Problem]:
    """E047: a numbered formula or campaign without members must say why (``uncertain:``)."""
    if entry.kind in ("numbered", "campaign") and not entry.components and not entry.uncertain.strip():
        return [_problem("E047", entry, key=entry.kind)]
    return []


def context_problems(entry: LexiconEntry) -> list[Problem]:
    """E048: each context word is simplified and holds none of the entry's names."""
    out = []
    for word in entry.context:
        if is_traditional(word):
            out.append(_problem("E048", entry, key=word, found=f"not in simplified characters ({to_simplified(word)})"))
        elif any(name in word for name in entry.names):
            out.append(_problem("E048", entry, key=word, found="it holds a name of the entry, so every mention has it"))
    return out


#: The checks of one entry, in the order their problems are listed (unique_names runs over the whole lexicon).
_ENTRY_CHECKS = (
    ("simplified_term", simplified_term_problems), ("arithmetic", arithmetic_problems), ("opencc", opencc_problems),
    ("structured_source", structured_source_problems), ("years", year_problems), ("uncertain", uncertain_problems),
    ("context", context_problems),
)


def lexicon_problems(lexicon: "Lexicon", strict: bool = False, only: Optional[Iterable[str]] = None) -> list[Problem]:
    """Every problem the checks find in ``lexicon``, entry by entry, in lexicon order.

    ``strict`` adds E045 (free-text sources) and E047 (no members, no reason), the bar of the
    built-in lexicon; a user's lexicon may cite its sources as plain strings and list a name alone. ``only`` limits the run to some of ``CHECKS``.
    """
    wanted = set(CHECKS if only is None else only)
    unknown = wanted - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown checks: {', '.join(sorted(unknown))} (known: {', '.join(CHECKS)})")
    if not strict:
        wanted -= {"structured_source", "uncertain"}
    checks = [check for name, check in _ENTRY_CHECKS if name in wanted]
    out: list[Problem] = []
    for entry in lexicon:
        for check in checks:
            out += check(entry)
    if "unique_names" in wanted:
        out += unique_name_problems(lexicon)
    return out
