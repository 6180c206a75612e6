"""What a pattern's own text says about its matches: the literal they start with, the character class they
start with, and the runs of literal characters they all hold. Read once, when the rules load (see gates)."""
from __future__ import annotations

import re
from typing import Optional

_ESCAPED_LITERALS = {"n": "\n", "t": "\t"}
_META = set("\\.^$*+?{}[]|()")


def leading_literal(pattern: str) -> str:
    r"""The characters every match of ``pattern`` starts with ('' when it may start otherwise).

    Examples:
        >>> leading_literal("就是(?<=甲)"), leading_literal(r"\n(?=\s)"), leading_literal("ab?c"), leading_literal("[ab]c")
        ('就是', '\n', 'a', '')
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern) and pattern[i + 1] in _ESCAPED_LITERALS:
            lit, size = _ESCAPED_LITERALS[pattern[i + 1]], 2
        elif ch == "\\" and i + 1 < len(pattern) and pattern[i + 1] in _META:
            lit, size = pattern[i + 1], 2
        elif ch in _META or ch.isspace():  # a space may be a verbose-mode blank: stop there
            break
        else:
            lit, size = ch, 1
        if pattern[i + size:i + size + 1] in ("?", "*", "{"):  # optional or repeated: not required as such
            break
        out.append(lit)
        i += size
    return "".join(out)


def leading_class(pattern: str) -> Optional["re.Pattern[str]"]:
    r"""A ``re`` pattern of the characters every match of ``pattern`` starts with, when it starts with a
    plain character class (``[“‘「]`` …, no ranges, escapes or negation) that is not optional; else None.
    The class is looked for with ``re`` before the pattern runs: a text without one of its characters
    holds no match, and in the others the scan starts at the first of them.

    Examples:
        >>> leading_class("[“「](?P<t>[^”」]+)[”」]").pattern, leading_class("[甲乙]?丙"), leading_class("[^甲]乙")
        ('[“「]', None, None)
    """
    end = _skip_class(pattern, 0) if pattern.startswith("[") else -1
    inner = pattern[1:end - 1] if end > 2 else ""
    if not inner or inner[0] == "^" or _optional(pattern, end) or any(ch in "\\[]-&|~" for ch in inner):
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in dict.fromkeys(inner)) + "]")


def required_literals(pattern: str) -> tuple[str, ...]:
    r"""Runs of literal characters that every match of ``pattern`` holds: those at its top level, outside
    any group, class or alternation (a text without one of them is no match, and its search is spared).
    Conservative: a pattern with an alternation, inline flags or anything unusual at its top level gives ().

    Examples:
        >>> required_literals("(?<=(?P<t>[一二]))项(?=\p{Han})"), required_literals("[(（]简称[“「](?P<t>.+)")
        (('项',), ('简称',))
        >>> required_literals("甲|乙"), required_literals("(?i)ab"), required_literals("ab?c+d{2}")
        ((), (), ('a', 'c'))
    """
    if _INLINE_FLAGS.search(pattern):
        return ()  # (?i) (?x) anywhere, or a comment: read no further
    runs: list[str] = []
    run: list[str] = []
    i, n = 0, len(pattern)

    def close() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    while i < n:
        ch = pattern[i]
        if ch == "|" or ch.isspace() or ch in "^$.":
            if ch == "|" or ch.isspace():
                return ()  # an alternation, or a pattern that may be verbose
            close()
            i += 1
            continue
        if ch == "(":
            if pattern.startswith("(?", i) and i + 2 < n and pattern[i + 2] not in ":=!<P>'|(":
                return ()  # inline flags (?i) (?x): the letters may not stand for themselves
            end = _skip_group(pattern, i)
            if end < 0:
                return ()
            close()
            i = end
        elif ch == "[":
            end = _skip_class(pattern, i)
            if end < 0:
                return ()
            close()
            i = end
        elif ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if not nxt or nxt.isalnum() or nxt == "_":
                return ()  # \d, \p{Han}, \g<1>, a back reference: not worth reading here
            size = 2
            if _optional(pattern, i + size):
                close()
            else:
                run.append(nxt)
            i += size
            if i < n and pattern[i] in "+":
                close()
                i += 1
        elif ch in "*+?{)]}":
            return ()  # a quantifier with nothing before it that we read: give up
        else:
            if _optional(pattern, i + 1):
                close()  # 甲? 甲* 甲{0,2}: not required (甲{2} is skipped too: read simply)
                i += 1
                i = _skip_quantifier(pattern, i)
                continue
            run.append(ch)
            i += 1
            if i < n and pattern[i] == "+":
                close()  # 甲+: one 甲 is required, what follows it may come after more of them
                i += 1
        if i < n and pattern[i] in "?*+{" and not run:
            i = _skip_quantifier(pattern, i)  # a quantified group or class
    close()
    return tuple(runs)


#: Inline flags or a comment group anywhere in a pattern (required_literals then reads nothing).
_INLINE_FLAGS = re.compile(r"\(\?(?:#|[a-zA-Z-]+[):])")


def _optional(pattern: str, at: int) -> bool:
    return pattern[at:at + 1] in ("?", "*", "{")


def _skip_quantifier(pattern: str, at: int) -> int:
    if pattern[at:at + 1] == "{":
        end = pattern.find("}", at)
        at = len(pattern) if end < 0 else end + 1
    elif pattern[at:at + 1] in ("?", "*", "+"):
        at += 1
    if pattern[at:at + 1] in ("?", "+"):  # lazy or possessive
        at += 1
    return at


def _skip_class(pattern: str, at: int) -> int:
    """The end of the character class that starts at ``at`` (nested sets of V1 too), -1 if unclosed."""
    depth, i, n = 0, at, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                i += 1  # a ] first in a set is a character
            continue
        if ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _skip_group(pattern: str, at: int) -> int:
    """The end of the group that opens at ``at`` (after its classes and nested groups), -1 if unclosed."""
    depth, i, n = 0, at, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _skip_class(pattern, i)
            if end < 0:
                return -1
            i = end
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1
