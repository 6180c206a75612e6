"""Whether a pattern's matches stay within one line, read from its text when the rules load (see term_lines).

A pattern is *line-bound* when nothing in it, its lookarounds included, can match a line end, and nothing in it
looks at where a search begins or ends (``^``, ``$``, ``\\b`` …): its matches in a line are then the same whether
the line is searched alone or inside the whole text. The reading is conservative: an escape, a flag or a construct
it does not know makes a pattern not line-bound (the rule then runs as before).
"""
from __future__ import annotations

from typing import Any, Optional

#: Escapes (after a backslash) that never match a line end and look at nothing around the match.
_SAFE_ESCAPES = frozenset("dwSt123456789")
#: Unicode properties (``\\p{…}``) that hold no line end.
_SAFE_PROPERTIES = frozenset({"Han", "Hani", "L", "Lo", "N", "Nd", "P", "Po", "Ps", "Pe", "Pi", "Pf", "Pd"})
#: How a group may open: non-capturing, lookarounds, atomic, named.
_GROUP_OPENERS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?P<", "(?<")
_LOOKBEHINDS = ("(?<=", "(?<!")
#: Operators of the regex module's set operations inside a class.
_SET_OPERATORS = ("--", "&&", "||", "~~")


def line_bound(pattern: str) -> bool:
    r"""True when no match of ``pattern`` can hold a line end or depend on the bounds of the search.

    Examples:
        >>> line_bound(r"、(?=\p{Han}{1,16}+[“「])"), line_bound(r"”，(?<=[一二][^“”\n]{0,29}”，)")
        (True, True)
        >>> line_bound(r"：\s*一是"), line_bound(r"即(?=[^。]+$)"), line_bound(r"[^“”]+")
        (False, False, False)
    """
    return _scan(pattern) is not None


#: Where a group is written: its text's start and end, and the outermost lookbehind it is in (start, end) or None.
GroupPlace = tuple[int, int, Optional[tuple[int, int]]]


def group_bounds(pattern: str, name: str) -> Optional[list[GroupPlace]]:
    r"""Where the group ``name`` of ``pattern`` is written: for each place, its text's start and end (its text is
    ``pattern[start:end]``) and the outermost lookbehind it is in (start, end of that group's text, or None); None
    when the pattern holds a group it does not read.

    Examples:
        >>> p = r"(?<=(?P<t>甲)丙)乙(?P<m>[^\n]+)$"
        >>> [(p[s:e], p[b[0]:b[1]] if b else None) for s, e, b in group_bounds(p, "t") + group_bounds(p, "m")]
        [('甲', '(?<=(?P<t>甲)丙)'), ('[^\\n]+', None)]
    """
    return _scan(pattern, name, strict=False)


def _scan(pattern: str, name: str = "", strict: bool = True) -> Optional[list[GroupPlace]]:
    """Walks the pattern once: None at the first construct that may match a line end, when ``strict``, or that is
    not understood; else the places of the group ``name``."""
    stack: list[list[Any]] = []  # each open group: its opener, where its body starts, where it opens, where it ends
    places: list[tuple[int, int, Optional[list[Any]]]] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i = _escape_end(pattern, i) if strict else i + 2
        elif ch == "[":
            i = _class_end(pattern, i, strict)
        elif ch == "(":
            opener = _group_opener(pattern, i)
            if opener is None:
                return None
            stack.append([opener, i + len(opener), i, -1])
            i += len(opener)
        elif ch == ")":
            if not stack:
                return None
            group = stack.pop()
            group[3] = i + 1
            if group[0] in (f"(?P<{name}>", f"(?<{name}>"):
                places.append((group[1], i, next((g for g in stack if g[0] in _LOOKBEHINDS), None)))
            i += 1
        elif strict and ch in ".^$\n":
            return None
        else:
            i += 1
        if i < 0:
            return None
    if stack:
        return None
    return [(start, end, None if behind is None else (behind[2], behind[3])) for start, end, behind in places]


def at_match_start(pattern: str, pos: int) -> bool:
    r"""True when ``pattern[pos:]`` is read at the start of each match: all before it are lookarounds at the top level.

    Examples:
        >>> p = r"(?=[,，]?即)(?!(?<=甲))(?<=(?P<t>乙))即"
        >>> at_match_start(p, p.index("(?<=(?P")), at_match_start(p, p.index("即)(?!")), at_match_start("甲(?<=乙)", 1)
        (True, False, False)
    """
    i = 0
    while i < pos:
        if not pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            return False
        i = _group_end(pattern, i)
        if i < 0:
            return False
    return i == pos


def _group_end(pattern: str, i: int) -> int:
    """Just past the group that opens at ``i`` (-1 when it does not close)."""
    depth = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i, strict=False)
            if i < 0:
                return -1
            continue
        depth += (ch == "(") - (ch == ")")
        i += 1
        if depth == 0:
            return i
    return -1


def _group_opener(pattern: str, i: int) -> Optional[str]:
    if not pattern.startswith("(?", i):
        return "("
    for opener in _GROUP_OPENERS:
        if pattern.startswith(opener, i):
            if opener in ("(?P<", "(?<"):
                close = pattern.find(">", i)
                label = pattern[i + len(opener):close] if close > 0 else ""
                return pattern[i:close + 1] if label.isidentifier() else None
            return opener
    return None  # inline flags, comments, conditionals, branch resets: not read


def _escape_end(pattern: str, i: int) -> int:
    """The end of the escape at ``i`` when it can match no line end, else -1."""
    nxt = pattern[i + 1:i + 2]
    if not nxt or nxt == "\n":
        return -1
    if not nxt.isalnum():
        return i + 2  # an escaped mark stands for itself
    if nxt in _SAFE_ESCAPES:
        return i + 2
    if nxt == "p" and pattern.startswith("{", i + 2):
        close = pattern.find("}", i + 3)
        return close + 1 if close > 0 and pattern[i + 3:close] in _SAFE_PROPERTIES else -1
    if nxt == "g" and pattern.startswith("<", i + 2):  # a backreference matches what its group did
        close = pattern.find(">", i + 3)
        return close + 1 if close > 0 else -1
    return -1


def _class_end(pattern: str, i: int, strict: bool = True) -> int:
    """The end of the class at ``i`` when it holds no line end (a negated class must name ``\\n``), else -1; not
    ``strict``, its end whatever it holds."""
    j = i + 1
    negated = pattern.startswith("^", j)
    j += negated
    if pattern.startswith(("]", "[:"), j):
        return -1  # a leading ] or a POSIX class: not read
    names_line_end = False
    while j < len(pattern):
        ch = pattern[j]
        if ch == "]":
            return j + 1 if names_line_end or not negated or not strict else -1
        if ch == "\\" and not strict:
            j += 2
            continue
        if ch == "[" and not strict:
            j = _class_end(pattern, j, strict)
        elif ch == "\\":
            if pattern.startswith("\\n", j):
                if not negated:
                    return -1
                names_line_end = True
                j += 2
                continue
            j = _escape_end(pattern, j)
        elif ch == "[":
            if negated:
                return -1  # a set operation inside a negated class: not read
            j = _class_end(pattern, j)
        elif strict and negated and pattern.startswith(_SET_OPERATORS, j):
            return -1
        elif strict and ord(ch) < 0x20:
            return -1  # a control character may start a range that holds the line end
        else:
            j += 1
        if j < 0:
            return -1
    return -1
