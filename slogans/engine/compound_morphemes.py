"""The members of a compound formula read by its parts' counted morphemes: 三好一满意 names three items that hold 好
and one that holds 满意, written in that order near the name (服务好、质量好、医德好、群众满意), with no word of
definition.

A compound name joins two numbered parts (三好 + 一满意, 两学 + 一做, 三会 + 一课); its members are the list nearest
the name — in its sentence, the one before or the one after, as for a simple name (see ``morpheme_lists``) — whose
first N₁ items each hold the first part's morpheme and whose next N₂ items hold the second's. Each part's items are
aligned as a simple name's are (the words that govern the list stand before its first item only: 以服务好 → 服务好),
and a list framed by 以…为目标 loses the frame (以…、群众满意为目标 → 群众满意).
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from slogans.engine.members import MAX_LENGTH_RATIO
from slogans.engine.morpheme_lists import MAX_ITEM_CHARS, align_to_morpheme, clausal, distance_to_name, list_regions
from slogans.text.numerals import NUMERAL_CLASS, parse_number

#: A compound name of two numbered parts: a numeral, maybe 个, and a morpheme of one or two characters, twice.
_COMPOUND = regex.compile(
    f"(?P<n1>[{NUMERAL_CLASS}])[个個]?(?P<x1>[^{NUMERAL_CLASS}\\P{{Han}}]{{1,2}})"
    f"(?P<n2>[{NUMERAL_CLASS}])[个個]?(?P<x2>[^{NUMERAL_CLASS}\\P{{Han}}]{{1,2}})"
)
#: The fewest members a compound read here promises (两学一做: 3), one part promising two or more.
_MIN_MEMBERS = 3
#: The longest item of a compound's list that may be parted from the next by a comma (a short phrase, not a clause).
_SHORT_ITEM_CHARS = 6
#: The most characters after a lone item's morpheme that may close the list's frame (为目标, 为标准).
_FRAME_CHARS = 4


def compound_parts(term: str) -> Optional[list[tuple[int, str]]]:
    """The parts of a compound name, each (its count, its morpheme): [(3, '好'), (1, '满意')] for 三好一满意; None for a
    name of another shape or where the two morphemes are alike (一来一往 is no compound of two lists)."""
    m = _COMPOUND.fullmatch(term)
    if m is None or m.group("x1") == m.group("x2"):
        return None
    counts = (parse_number(m.group("n1")), parse_number(m.group("n2")))
    if not all(counts) or sum(c for c in counts if c) < _MIN_MEMBERS or max(c or 0 for c in counts) < 2:
        return None  # 一带一路, 一中一台: one member a part, nothing to align a list by
    return [(counts[0] or 0, m.group("x1")), (counts[1] or 0, m.group("x2"))]


def _fits(items: Sequence[str], parts: Sequence[tuple[int, str]]) -> bool:
    at = 0
    for count, x in parts:
        if not all(x in item for item in items[at:at + count]):
            return False
        at += count
    return True


#: The frame 以…为目标 around a list: 以 before the first item, 为 and a short noun after the last.
_FRAME_END = regex.compile(f"为\\p{{Han}}{{1,{_FRAME_CHARS}}}$")


def _aligned(items: Sequence[str], parts: Sequence[tuple[int, str]]) -> Optional[list[str]]:
    """Each part's items aligned to its morpheme, the frame 以…为目标 dropped from the last item; None where a part
    does not align."""
    out: list[str] = []
    at = 0
    for count, x in parts:
        group = list(items[at:at + count])
        aligned = align_to_morpheme(group, x) if count > 1 else group
        if aligned is None:
            return None
        out += aligned
        at += count
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
    regions, open_, close = list_regions(text, start, end)
    best: Optional[tuple[int, list[str], list[tuple[int, int]]]] = None
    for items in regions:
        for at in range(len(items) - count + 1):
            run = items[at:at + count]
            words = [item for item, _, _ in run]
            if any(len(w) > MAX_ITEM_CHARS for w in words) or not _fits(words, parts):
                continue
            if clausal(text, run) and any(len(w) > _SHORT_ITEM_CHARS for w in words):
                continue  # clauses parted by commas say other things; short phrases are a list whatever the mark
            members = _aligned(words, parts)
            if members is None or max(map(len, members)) > MAX_LENGTH_RATIO * min(map(len, members)):
                continue  # a list of like items, not clauses run on into the sentence
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
