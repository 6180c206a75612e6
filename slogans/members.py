"""Turning the text of a definition into members: list splitting and enumerations (一是…二是…)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Sequence

import regex

if TYPE_CHECKING:
    from slogans.rules import EnumerationMarkers

_QUOTED = regex.compile(r"[“‘「『\"'](?P<body>[^“”‘’「」『』\"'\n]{1,80})[”’」』\"']")
_NESTED_LIST = regex.compile(r"[,，]即[:：]?([^;；]+)")
_TRIM = " \t\r\n\u3000“”‘’「」『』\"'()（）"
CHINESE_ORDINALS = "一二三四五六七八九十"


def split_members(
    raw: str,
    separators: str = "、,，;；",
    strip_leading: Sequence[str] = (),
    quoted_members: bool = False,
) -> list[str]:
    """Members listed in ``raw``: split on ``separators``, quotes and spaces trimmed.

    With ``quoted_members`` (or when every item holds exactly one quoted phrase inside other
    words, as in “解决矛盾也是政绩”的观念) the quoted phrase is the member. A first item that is
    longer than all others and starts with one of ``strip_leading`` (开展, 深入开展 …) loses it.

    Examples:
        >>> split_members("领导班子好、党员队伍好;工作机制好")
        ['领导班子好', '党员队伍好', '工作机制好']
        >>> split_members("深入开展标准服务惠民工程,计量服务惠民工程", strip_leading=["深入开展"])
        ['标准服务惠民工程', '计量服务惠民工程']
    """
    if quoted_members:
        return [m.group("body").strip() for m in _QUOTED.finditer(raw)]
    nested = _NESTED_LIST.findall(raw)
    if nested:  # (“2”就是…,即:A、B;“5”就是…,即:C、D): the sub-lists are the members
        raw = ";".join(nested)
    sep = _separator_pattern(separators)
    raw_items = [i.strip() for i in sep.split(raw) if i.strip(_TRIM)]
    if len(raw_items) > 1 and all(len(_QUOTED.findall(i)) == 1 and not _fully_quoted(i) for i in raw_items):
        return [_QUOTED.search(i).group("body").strip() for i in raw_items]  # type: ignore[union-attr]
    items = [i.strip(_TRIM) for i in raw_items]
    if len(items) > 1 and strip_leading:
        longest_other = max(len(i) for i in items[1:])
        for prefix in sorted(strip_leading, key=len, reverse=True):
            if items[0].startswith(prefix) and len(items[0]) > longest_other and len(items[0]) - len(prefix) >= 2:
                items[0] = items[0][len(prefix):]
                break
    return items


def _fully_quoted(item: str) -> bool:
    m = _QUOTED.fullmatch(item)
    return m is not None


def fit_members(items: list[str], promised: Optional[int], split_last_on: Sequence[str] = ()) -> list[str]:
    """Fit a split list to the number of members the numerals promise, where the text allows.

    One member short and the last item joins two with 和/及/与: split it. More items than
    promised: the list ran on into the next sentence part, keep the first ``promised``.
    """
    if promised is None:
        return items
    if len(items) == promised - 1 and split_last_on:
        for conj in split_last_on:
            parts = items[-1].split(conj)
            if len(parts) == 2 and all(len(p) >= 2 for p in parts):
                return items[:-1] + parts
    if len(items) > promised:
        return items[:promised]
    return items


@lru_cache(maxsize=1024)
def _compiled(pattern: str, flags: int = 0) -> "regex.Pattern[str]":
    return regex.compile(pattern, flags)


def _marker_regex(template: str, n: int) -> str:
    chinese = CHINESE_ORDINALS[n - 1] if n <= 10 else None
    if chinese is None:
        return r"(?!)"
    return template.replace("{n}", chinese).replace("{d}", str(n))


def enumeration_items(
    text: str, pos: int, mode: str, markers: "EnumerationMarkers"
) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The head phrases of an enumeration that starts at ``pos``, and their spans.

    ``mode`` 'colon': the list starts right at ``pos`` (after “X”:). 'next_line': the sentence
    that holds the term ends soon and the next line starts the list (“六个强化”上下功夫。⏎第一,…).
    Items are taken in order 1, 2, 3 … of one marker family, each at the start of a line or
    after 。;； ; the head phrase runs to the first punctuation mark.
    """
    if mode == "colon":
        start = pos
    else:
        end = _compiled(r"[^\n]{0,40}?(?:[。!！]\s*\n|\n)").match(text, pos)
        if end is None:
            return None
        start = end.end()
    item_end = _compiled(markers.item_end)
    for family in markers.families:
        first = _compiled(r"\s*" + _marker_regex(family, 1) + r"[\s,，、:：]*").match(text, start)
        if first is None:
            continue
        items: list[str] = []
        spans: list[tuple[int, int]] = []
        cursor = first.end()
        n = 1
        while True:
            stop = item_end.search(text, cursor)
            head_end = stop.start() if stop else len(text)
            head = text[cursor:head_end].strip()
            if not head or head_end - cursor > 60:
                return None
            items.append(head)
            spans.append((cursor, head_end))
            n += 1
            nxt = _compiled(r"(?:^|(?<=[\n。;；:：]))\s*" + _marker_regex(family, n) + r"[\s,，、:：]*", regex.M).search(
                text, head_end, min(len(text), head_end + markers.max_gap)
            )
            if nxt is None or n > 10:
                return items, spans
            cursor = nxt.end()
    return None


@lru_cache(maxsize=64)
def _separator_pattern(separators: str) -> "regex.Pattern[str]":
    return regex.compile("[" + regex.escape(separators) + "]")
