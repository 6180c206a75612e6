"""A compound name's members where the document defines its parts one by one (五查四整顿 … 五查是：查甲、查乙…。四整顿是：
整顿丙、整顿丁…。 → 查甲, 查乙 …, 整顿丙, 整顿丁 …): each part's name, a word of definition (是, 即, 指, 就是, 是指), then
its list, as many items as the part counts, each holding the part's morpheme; the parts' lists in the name's order."""
from __future__ import annotations

from typing import Optional

import regex

from slogans.engine.compound_morphemes import compound_parts
from slogans.text.numerals import NUMERAL_CLASS
from slogans.text.punctuation import CLOSE_QUOTES, QUOTE_CHARS

#: One numbered part of a compound name: its numeral, maybe a measure word, then up to the next numeral.
_PART_NAME = regex.compile(f"[{NUMERAL_CLASS}]+[个個项項条條大]?[^{NUMERAL_CLASS}]+?(?=[{NUMERAL_CLASS}]|$)")
#: After a part's name: a closing quote, then the word that defines it (五查是：, “一满意”则是指).
_DEFINES = regex.compile(f"[{CLOSE_QUOTES}]?[,，]?[^\\S\\n]*则?(?:是指|就是|即|指|是)[:：]?")
#: What ends a part's list.
_LIST_END = regex.compile(r"[。;；!！?？\n]")
#: What parts its items.
_ITEM_SEPARATORS = regex.compile(r"[、,，]")
#: The longest list a part's definition holds.
MAX_LIST_CHARS = 200


def part_definitions(text: str, term: str) -> Optional[tuple[list[str], list[tuple[int, int]], int]]:
    """The members of the compound ``term`` from its parts' own definitions in ``text``, with their spans and where
    the first part's name stands; None where the name is no compound or a part has no such definition."""
    parts = compound_parts(term)
    names = _PART_NAME.findall(term)
    if parts is None or len(names) != len(parts):
        return None
    members: list[str] = []
    spans: list[tuple[int, int]] = []
    first = -1
    for name, (count, x) in zip(names, parts):
        found = _part_list(text, name, count, x)
        if found is None:
            return None
        items, at = found
        members += [item for item, _, _ in items]
        spans += [(s, e) for _, s, e in items]
        first = at if first < 0 else first
    return members, spans, first


def _part_list(text: str, name: str, count: int, x: str) -> Optional[tuple[list[tuple[str, int, int]], int]]:
    """The first list of ``count`` items, each holding ``x``, right after ``name`` and a word that defines it."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        opening = _DEFINES.match(text, after)
        if opening is not None:
            items = _items(text, opening.end())
            if len(items) == count and all(x in item for item, _, _ in items):
                return items, at
        at = text.find(name, after)
    return None


def _items(text: str, start: int) -> list[tuple[str, int, int]]:
    stop = _LIST_END.search(text, start, start + MAX_LIST_CHARS)
    if stop is None:
        return []
    out: list[tuple[str, int, int]] = []
    at = start
    for piece in _ITEM_SEPARATORS.split(text[start:stop.start()]):
        item = piece.strip().strip(QUOTE_CHARS).strip()
        if item:
            s = text.find(item, at)
            out.append((item, s, s + len(item)))
        at += len(piece) + 1
    return out
