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


def needed_words(pattern: str) -> tuple[str, ...]:
    r"""Words every match of ``pattern`` holds or looks at (in a positive lookaround): ``required_literals`` and each
    word set of ``required_choices`` that is one word. A text without one of them holds no match.

    Examples:
        >>> needed_words("(?<![一二])(?P<t>[一二]{1,3}字(?:方针|要求))"), needed_words("甲(?<=乙甲)[丙丁]")
        (('字',), ('甲', '乙甲'))
    """
    words = list(required_literals(pattern)) + [choice[0] for choice in required_choices(pattern) if len(choice) == 1]
    return tuple(dict.fromkeys(words))


def leading_lookahead(pattern: str) -> Optional["re.Pattern[str]"]:
    r"""A ``re`` pattern of the look-ahead every match of ``pattern`` opens with, when it is a run of plain classes (no
    ranges, escapes, negation or set operations) and dots, each once or ``{m}``/``{m,n}`` times, and the pattern has
    no top-level alternation: ``re`` reads it as the regex module does, and a match starts only where it matches.

    Examples:
        >>> leading_lookahead("(?=[一二].{1,3}[一二])(?P<t>…)").pattern, leading_lookahead("(?=[一二])甲|乙")
        ('[一二].{1,3}[一二]', None)
    """
    end = _skip_group(pattern, 0) if pattern.startswith("(?=") else -1
    if end < 0 or _optional(pattern, end) or pattern[end:end + 1] == "+" or _INLINE_FLAGS.search(pattern):
        return None
    if not _PLAIN_RUN.fullmatch(pattern, 3, end - 1) or _top_level_bar(pattern):
        return None
    return re.compile(pattern[3:end - 1])


#: Plain classes and dots, each with an optional count: what ``re`` and the regex module (V1) read alike.
_PLAIN_RUN = re.compile(r"(?:(?:\[[^\\\[\]^&|~-][^\\\[\]&|~-]*\]|\.)(?:\{\d+(?:,\d+)?\})?)+")


def _top_level_bar(pattern: str) -> bool:
    """True when ``pattern`` has a ``|`` outside its groups and classes (or is not read to its end)."""
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "|":
            return True
        i = i + 2 if ch == "\\" else _skip_class(pattern, i) if ch == "[" else _skip_group(pattern, i) if ch == "(" else i + 1
        if i < 0:
            return True
    return False


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


def required_choices(pattern: str) -> tuple[tuple[str, ...], ...]:
    r"""Sets of words one of which every match of ``pattern`` holds (a word every match holds is a set of one): the
    runs of literal characters at its top level and in its groups and positive lookarounds, a plain character class
    (one of its characters), a group of alternatives (one word of each). A text without a word of some set is no
    match. Conservative: inline flags, a top-level alternation or an escape it does not know give ().

    Examples:
        >>> required_choices("[,，](?:就是|是指)(?<=[+＋]”[,，](?:就是|是指))")
        ((',', '，'), ('就是', '是指'), ('+', '＋'), ('”',))
        >>> required_choices("即(?![便使])(?<!乙)(?=[^。]*[一二]是|第一)"), required_choices("甲|乙"), required_choices(r"\x41")
        ((('即',), ('一', '二', '第一')), (), ())
        >>> required_choices("乙甲+丙(?:丁|戊)?己"), required_choices("(?P<u>甲)\\g<u>乙{0,2}")
        ((('乙甲',), ('甲丙',), ('己',)), (('甲',),))
    """
    if _INLINE_FLAGS.search(pattern):
        return ()
    found = _sequence_choices(pattern, 0, len(pattern))
    return tuple(dict.fromkeys(found)) if found else ()


#: Escapes (after a backslash) that stand for a class or a position: they hold no word (``\p{…}`` and ``\g<…>`` too).
_CLASS_ESCAPES = frozenset("dDsSwWbBAZG")
#: How a group whose body every match passes through opens (a positive lookaround holds its body in the text too).
_HOLDING_GROUPS = ("(?:", "(?=", "(?<=", "(?>", "(?P<", "(?<")



def _sequence_choices(pattern: str, lo: int, hi: int) -> Optional[list[tuple[str, ...]]]:
    """The word sets of ``pattern[lo:hi]`` read as a sequence; None where it holds a top-level ``|`` or is not read."""
    sets: list[tuple[str, ...]] = []
    run: list[str] = []
    i = lo
    while i < hi:
        ch = pattern[i]
        word: Optional[str] = None
        held: list[tuple[str, ...]] = []  # what the element holds, when it is not a literal character
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt in ("p", "P", "g") and pattern[i + 2:i + 3] in ("{", "<"):
                end = pattern.find("}" if pattern[i + 2] == "{" else ">", i)
                if end < 0:
                    return None
                i = end + 1
            elif nxt in _ESCAPED_LITERALS:
                word, i = _ESCAPED_LITERALS[nxt], i + 2
            elif nxt.isdigit() and nxt != "0":  # a back reference (\1, \12): its digits all belong to it
                i += 2
                while pattern[i:i + 1].isdigit():
                    i += 1
            elif nxt in _CLASS_ESCAPES:
                i += 2
            elif nxt and not nxt.isalnum() and nxt != "_":
                word, i = nxt, i + 2
            else:
                return None  # \x41, \u4e00, \N{…}: not read
        elif ch == "[":
            end = _skip_class(pattern, i)
            if end < 0:
                return None
            inner = pattern[i + 1:end - 1]
            if inner and inner[0] != "^" and not any(c in "\\[]-&|~" for c in inner):
                held = [tuple(dict.fromkeys(inner))]
            i = end
        elif ch == "(":
            end = _skip_group(pattern, i)
            if end < 0 or end > hi:
                return None
            opener = "" if pattern.startswith("(?<!", i) else next(
                (o for o in _HOLDING_GROUPS if pattern.startswith(o, i)), "" if pattern.startswith("(?", i) else "(")
            if opener:
                body = pattern.find(">", i) + 1 if opener in ("(?P<", "(?<") else i + len(opener)
                held = _group_choices(pattern, body, end - 1)
            i = end
        elif ch in "|)*+?{}":
            return None  # an alternation, or a quantifier after nothing read
        elif ch not in ".^$" and not ch.isspace():
            word, i = ch, i + 1
        else:
            i += 1
        after = i
        least, i = _least_count(pattern, i)
        if least is None:
            return None
        if word is not None and least > 0:
            if i > after and run:  # 乙甲+丙 holds 乙甲 and 甲丙, not 乙甲丙
                sets.append(("".join(run + [word]),))
                run.clear()
            run.append(word)
            continue
        if run:
            sets.append(("".join(run),))
            run.clear()
        if least > 0:
            sets.extend(held)
    if run:
        sets.append(("".join(run),))
    return sets


def _group_choices(pattern: str, lo: int, hi: int) -> list[tuple[str, ...]]:
    """The word sets of a group's body ``pattern[lo:hi]``: its own, or, for alternatives, one set of the first word set
    of each (none where an alternative holds none)."""
    branches: list[tuple[int, int]] = []
    start, i = lo, lo
    while i < hi:
        ch = pattern[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            i = _skip_class(pattern, i) if _skip_class(pattern, i) > 0 else hi
        elif ch == "(":
            i = _skip_group(pattern, i) if _skip_group(pattern, i) > 0 else hi
        else:
            if ch == "|":
                branches.append((start, i))
                start = i + 1
            i += 1
    branches.append((start, hi))
    if len(branches) == 1:
        return _sequence_choices(pattern, lo, hi) or []
    words: list[str] = []
    for b_lo, b_hi in branches:
        sets = _sequence_choices(pattern, b_lo, b_hi)
        if not sets:
            return []
        words.extend(sets[0])
    return [tuple(dict.fromkeys(words))]


def _least_count(pattern: str, at: int) -> tuple[Optional[int], int]:
    """How many times at least the element before ``at`` repeats (1 without a quantifier; None: a quantifier not read),
    and where the quantifier ends."""
    ch = pattern[at:at + 1]
    if ch in ("?", "*"):
        least, at = 0, at + 1
    elif ch == "+":
        least, at = 1, at + 1
    elif ch == "{":
        m = _BOUNDS.match(pattern, at)
        if m is None:
            return None, at
        least, at = int(m.group(1) or 0), m.end()
    else:
        return 1, at
    if pattern[at:at + 1] in ("?", "+"):  # lazy or possessive
        at += 1
    return least, at


#: A counted quantifier: {m}, {m,}, {m,n}, {,n}.
_BOUNDS = re.compile(r"\{(\d*)(?:,(\d*))?\}")
