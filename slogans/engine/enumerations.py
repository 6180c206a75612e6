"""Enumerations (一是…二是…, (一)…, 1．…, 第一…): their markers, reading one after a name, and the head of each
item (its quoted phrase where every item holds one)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from slogans.config.enumeration import EnumerationMarkers
from slogans.text.numerals import CHINESE_ORDINALS
from slogans.text.punctuation import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS

#: A quoted phrase inside an item (牢固树立“甲乙”的意识).
QUOTED = regex.compile(f"[{OPEN_QUOTES}](?P<body>[^{QUOTE_CHARS}\\n]{{1,80}})[{CLOSE_QUOTES}]")
#: Members shorter than this are not trimmed of a leading verb or of words the other members do not share.
MIN_MEMBER_CHARS = 2
#: Circled ordinals, first to tenth (①…).
CIRCLED_ORDINALS = "①②③④⑤⑥⑦⑧⑨⑩"
#: What may follow an enumeration marker before the item's head (第一, / 1． / 一、).
AFTER_MARKER = r"[\s,，、:：.．]*"
#: An enumerator opening an item (一是, 第一, (一), (1), 1., ①, 其一) and what follows it.
ENUMERATOR = regex.compile(
    f"(?:[{CHINESE_ORDINALS}]{{1,2}}是|第[{CHINESE_ORDINALS}]{{1,2}}|[(（](?:[{CHINESE_ORDINALS}]{{1,2}}|\\d{{1,2}})[)）]"
    f"|\\d{{1,2}}[)）、.．]|[{CIRCLED_ORDINALS}]|其[{CHINESE_ORDINALS}])" + AFTER_MARKER
)
_MULTILINE = int(regex.M)  # a plain int: the pattern cache hashes it cheaply


@lru_cache(maxsize=1024)
def _compiled(pattern: str, flags: int = 0) -> "regex.Pattern[str]":
    return regex.compile(pattern, flags)


@lru_cache(maxsize=1024)
def _marker_pattern(template: str, n: int, first: bool) -> "regex.Pattern[str]":
    """The compiled marker ``n`` of a family: at ``pos`` for the first item, else after a line or clause end (or a
    quotation that ends a sentence: …不远了。”二是…)."""
    if first:
        return _compiled(r"\s*" + _marker_regex(template, n) + AFTER_MARKER)
    return _compiled(r"(?:^|(?<=[\n。;；:：,，]|[。!！?？][”’」』]))\s*" + _marker_regex(template, n) + AFTER_MARKER, _MULTILINE)


#: What a list's first marker may stand after (spaces between): a line's start, a clause's end, a dash (“三懂”——①…).
FIRST_MARKER_PLACE = r"(?:^|[\n。;；:：,，—]|[。!！?？][”’」』])"


def first_marker_regex(family: str) -> str:
    """The first marker of ``family`` (一是, (一), 1．…) as a regex, without the place it stands at."""
    return _marker_regex(family, 1)


def _marker_regex(template: str, n: int) -> str:
    chinese = CHINESE_ORDINALS[n - 1] if n <= 10 else None
    if chinese is None:
        return r"(?!)"
    return template.replace("{n}", chinese).replace("{d}", str(n)).replace("{c}", CIRCLED_ORDINALS[n - 1])


def enumeration_items(
    text: str, pos: int, mode: str, markers: EnumerationMarkers,
    seen: Optional[dict[int, Optional[tuple[list[str], list[tuple[int, int]]]]]] = None,
) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The head phrases of an enumeration that starts at ``pos``, and their spans.

    ``mode`` 'colon': the list starts right at ``pos`` (after “X”:). 'next_line': the sentence
    that holds the term ends soon and the next line starts the list (“六个强化”上下功夫。⏎第一,…).
    Items are taken in order 1, 2, 3 … of one marker family, each at the start of a line or
    after 。;；, (一是甲,二是乙 inline too), or with the first marker repeated where no second follows
    (一是甲;一是乙, an older style); the head phrase runs to the first punctuation mark. A list nested in an item of an
    outer list of its family ends where the outer list goes on (二是 before its own 五是).
    (The 'morpheme' mode, a list read by the name's counted morpheme, is read in ``morpheme_lists``.)
    ``seen`` keeps the lists already read, by where they start (many names on one line share one).
    """
    if mode == "colon":
        start = pos
    else:
        end = _compiled(r"[^\n]{0,40}?(?:[。!！]\s*\n|\n)").match(text, pos)
        if end is None:
            return None
        start = end.end()
    if seen is None:
        return _read_enumeration(text, start, markers)
    if start not in seen:
        seen[start] = _read_enumeration(text, start, markers)
    return seen[start]


def _read_enumeration(
    text: str, start: int, markers: EnumerationMarkers
) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    item_end = _compiled(markers.item_end)
    for family in markers.families:
        first = _marker_pattern(family, 1, True).match(text, start)
        if first is None:
            continue
        items: list[str] = []
        spans: list[tuple[int, int]] = []
        cursor = first.end()
        n = 1
        repeated = False  # an older style marks every item alike (一是…;一是…): no second marker, the first again
        while True:
            stop = item_end.search(text, cursor)
            head_end = stop.start() if stop else len(text)
            head = text[cursor:head_end].strip()
            if not head or head_end - cursor > 60:
                return None
            items.append(head)
            spans.append((cursor, head_end))
            n += 1
            window = (head_end, min(len(text), head_end + markers.max_gap))
            nxt = None if repeated else _marker_pattern(family, n, False).search(text, *window)
            again = _marker_pattern(family, 1, False).search(text, *window) if n > 1 else None
            if nxt is not None and again is not None and again.start() < nxt.start():
                nxt = None  # another list starts (一是…) before this one's next marker: this one has ended
            if nxt is not None and _outer_marker(family, n, text, head_end, nxt.start()):
                nxt = None  # an outer list goes on (二是…) before this one's next marker: this one, nested, has ended
            if nxt is None and (repeated or n == 2):
                nxt, repeated = again, again is not None
            if nxt is None or n > 10:
                return _enumeration_heads(items, markers), spans
            cursor = nxt.end()
    return None


def _outer_marker(family: str, n: int, text: str, lo: int, hi: int) -> bool:
    """True when a marker of ``family`` numbered below ``n`` but the first (二是 … before 五是) stands in ``text[lo:hi]``:
    the list being read sits inside an item of an outer list of the same family (一是…落实“四个到位”。一是甲…四是丁。
    二是…), whose next marker comes first."""
    return any(_marker_pattern(family, k, False).search(text, lo, hi) for k in range(2, n))


def _enumeration_heads(items: list[str], markers: EnumerationMarkers) -> list[str]:
    """The members an enumeration's items give: the quoted phrase where every item's head holds one,
    else each head less a leading modal word (要, 必须) that not every item shares."""
    quoted = quoted_head_phrases(items)
    if quoted is not None:
        return quoted
    if not markers.strip_leading:
        return items
    lead = _compiled(markers.strip_leading)
    out = []
    for item in items:
        m = lead.match(item)
        out.append(item[m.end():] if m and len(item) - m.end() >= MIN_MEMBER_CHARS else item)
    shared = all(lead.match(i) for i in items)
    return items if shared else out


def strip_enumerators(items: list[str]) -> list[str]:
    """Items that each open with an enumerator (一是, (1), ①, 其一) lose it: 一是甲,二是乙 → 甲, 乙."""
    if len(items) < 2:
        return items
    found = [ENUMERATOR.match(i) for i in items]
    if not all(m and len(i) - m.end() >= MIN_MEMBER_CHARS for m, i in zip(found, items)):
        return items
    return [i[m.end():] for m, i in zip(found, items)]  # type: ignore[union-attr]


def quoted_head_phrases(items: Sequence[str]) -> Optional[list[str]]:
    """The quoted phrase of each item, when every one of two or more items holds exactly one inside
    other words (牢固树立“甲乙丙丁”的意识 → 甲乙丙丁); else None."""
    if len(items) > 1 and all(len(QUOTED.findall(i)) == 1 and not _fully_quoted(i.strip()) for i in items):
        return [QUOTED.search(i).group("body").strip() for i in items]  # type: ignore[union-attr]
    return None


def _fully_quoted(item: str) -> bool:
    m = QUOTED.fullmatch(item)
    return m is not None
