"""The members of a compound formula read by its parts' counted morphemes: 三好一满意 names three items that hold 好
and one that holds 满意, written in that order near the name (服务好、质量好、医德好、群众满意), with no word of
definition.

A compound name joins two or three numbered parts (三好 + 一满意, 两学 + 一做, 三学 + 三强 + 三提升); its members are
the list nearest the name — in its sentence, the one before or the one after, as for a simple name (see
``morpheme_lists``) — whose first N₁ items each hold the first part's morpheme and whose next N₂ items hold the
second's, or, where the parts count alike, whose items take the parts in turns (三学三强三提升: 学甲、强乙、提升丙；
学丁、强戊、提升己…). Each part's items are aligned as a simple name's are (the words that govern the list stand before
its first item only: 以服务好 → 服务好), and a list framed by 以…为目标 loses the frame (以…、群众满意为目标 → 群众满意).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from slogans.engine.members import MAX_LENGTH_RATIO
from slogans.config.enumeration import EnumerationMarkers
from slogans.engine.morpheme_lists import (
    MAX_ITEM_CHARS, MORPHEME_MODES, align_to_morpheme, clausal, counted_morpheme, distance_to_name, list_regions,
    morpheme_items, sentence_bounds,
)
from slogans.engine.compound_parts import name_of_numerals
from slogans.engine.nearby_lists import SHORT_ITEM_CHARS, in_one_quotation, spelled_quotations
from slogans.text.numerals import NUMERAL_CLASS, parse_number

#: One numbered part of a compound name: a numeral, maybe 个, and a morpheme of one or two characters.
_PART = f"([{NUMERAL_CLASS}])[个個]?([^{NUMERAL_CLASS}\\P{{Han}}]{{1,2}})"
#: A compound name of two or three numbered parts (三好一满意, 三学三强三提升).
_COMPOUND = regex.compile(f"{_PART}{_PART}(?:{_PART})?")
#: The fewest members a compound read here promises (两学一做: 3), one part promising two or more.
_MIN_MEMBERS = 3
#: The most characters after a lone item's morpheme that may close the list's frame (为目标, 为标准).
_FRAME_CHARS = 4


@lru_cache(maxsize=1024)  # every quoted numbered name is asked, a document's again and again (the list is only read)
def compound_parts(term: str) -> Optional[list[tuple[int, str]]]:
    """The parts of a compound name, each (its count, its morpheme): [(3, '好'), (1, '满意')] for 三好一满意; None for a
    name of another shape or where two morphemes are alike (一来一往 is no compound of lists)."""
    m = _COMPOUND.fullmatch(term)
    if m is None:
        return None
    groups = [g for g in m.groups() if g]
    parts = [(parse_number(n) or 0, x) for n, x in zip(groups[::2], groups[1::2])]
    counts = [c for c, _ in parts]
    if not all(counts) or sum(counts) < _MIN_MEMBERS or max(counts) < 2 or len({x for _, x in parts}) < len(parts):
        return None  # 一带一路, 一中一台: one member a part, nothing to align a list by
    return parts


def _orders(parts: Sequence[tuple[int, str]]) -> list[list[str]]:
    """The morpheme each member holds, in the orders a writer lists them: part by part (好, 好, 好, 满意), or in turns
    where every part counts alike (学, 强, 提升, 学, 强, 提升 …)."""
    grouped = [x for count, x in parts for _ in range(count)]
    if len({c for c, _ in parts}) > 1:
        return [grouped]
    turns = [x for _ in range(parts[0][0]) for _, x in parts]
    return [grouped, turns]


#: The frame 以…为目标 around a list: 以 before the first item, 为 and a short noun after the last.
_FRAME_END = regex.compile(f"为\\p{{Han}}{{1,{_FRAME_CHARS}}}$")


def _aligned(items: Sequence[str], order: Sequence[str]) -> Optional[list[str]]:
    """The items, each part's aligned to its morpheme, the frame 以…为目标 dropped from the last item; None where an item
    does not hold its morpheme or a part does not align."""
    if not all(x in item for item, x in zip(items, order)):
        return None
    out = list(items)
    for x in dict.fromkeys(order):
        at = [k for k, y in enumerate(order) if y == x]
        if len(at) > 1:
            aligned = align_to_morpheme([items[k] for k in at], x)
            if aligned is None:
                return None
            for k, item in zip(at, aligned):
                out[k] = item
    first = items[0]
    framed = "以" in first[:max(0, len(first) - len(out[0]))]
    if framed and _FRAME_END.search(out[-1]):
        out[-1] = out[-1][:_FRAME_END.search(out[-1]).start()]  # type: ignore[union-attr]
    return out


def compound_items(text: str, start: int, end: int) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The members of the compound name ``text[start:end]`` read by its parts' morphemes (see the module), with their
    spans; None when the name is no compound or no list near it fits."""
    parts = compound_parts(text[start:end])
    if parts is None:
        return None
    count = sum(c for c, _ in parts)
    regions, open_, close = list_regions(text, start, end, parts)
    best: Optional[tuple[int, list[str], list[tuple[int, int]]]] = None
    for items in regions:
        for at in range(len(items) - count + 1):
            run = items[at:at + count]
            words = [item for item, _, _ in run]
            if any(len(w) > MAX_ITEM_CHARS for w in words):
                continue
            members = next((m for m in (_aligned(words, order) for order in _orders(parts)) if m), None)
            if members is None or max(map(len, members)) > MAX_LENGTH_RATIO * min(map(len, members)):
                continue  # a list of like items, not clauses run on into the sentence
            if clausal(text, run) and any(len(m) > SHORT_ITEM_CHARS for m in members) and not in_one_quotation(text, run):
                continue  # clauses parted by commas say other things; short phrases, or one quotation, are a list
            distance = distance_to_name(run, open_, close)
            if best is None or distance < best[0]:
                spans = [(s + max(0, w.find(m)), s + max(0, w.find(m)) + len(m)) for (w, s, _), m in zip(run, members)]
                best = (distance, members, spans)
    return (best[1], best[2]) if best else None


def one_character_parts(term: str) -> bool:
    """True when every part of the compound ``term`` has a one-character morpheme (三严三实): too common to outweigh a
    lexicon's members by themselves, as for a simple name."""
    parts = compound_parts(term)
    return parts is not None and all(len(x) == 1 for _, x in parts)


def one_character_morpheme(term: str) -> bool:
    """True when ``term``'s counted morpheme is one character (三农, 六保): too common a character to outweigh a
    lexicon's members by itself, where a word (三个着力) is not."""
    name = counted_morpheme(term)
    return name is not None and len(name[1]) == 1


def spelled_items(text: str, start: int, end: int) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The members of the name of numerals ``text[start:end]`` (543, 一三五): the quoted numbered names whose numbers
    spell it, nearest it in its sentence, the one before or the one after (see ``nearby_lists.spelled_quotations``)."""
    if not name_of_numerals(text[start:end]):
        return None
    before, _, _, after = sentence_bounds(text, start, end)
    return spelled_quotations(text, before, after, start, end)


#: The enumeration modes of a define rule whose members are read by the name's own shape (see ``read_by_name``).
NAME_READ_MODES = (*MORPHEME_MODES, "spelled")


def read_by_name(
    mode: str, text: str, start: int, end: int, markers: Optional[EnumerationMarkers] = None,
) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The members of the name ``text[start:end]`` read by its own shape, with their spans: ``spelled``, the quoted
    numbered names that spell a name of numerals (``spelled_items``); otherwise by its counted morpheme
    (``morpheme_lists.morpheme_items``), else by its parts' (``compound_items``)."""
    if mode == "spelled":
        return spelled_items(text, start, end)
    return morpheme_items(text, start, end, markers) or compound_items(text, start, end)
