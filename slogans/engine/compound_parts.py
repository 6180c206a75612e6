"""The members of a part of a compound formula (三严 of 三严三实): the matching slice of the compound's members."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

import regex

from slogans.text.numerals import formula_arithmetic

#: What may join the parts of a compound's name (双随机、一公开).
_JOINERS = regex.compile(r"[、,，\s]")


def _total(term: str) -> Optional[int]:
    arith = formula_arithmetic(term)
    return arith.total if arith is not None and arith.unit == "members" else None


def part_slice(term: str, members_of: Mapping[str, Sequence[str]]) -> Optional[tuple[str, int, int]]:
    """Where ``term``'s members lie among those of a compound the document also names: (the compound, start, end)
    when a compound of ``members_of`` (term → members) is ``term`` and one other numbered part, in either order,
    and its members number the two parts' numerals together (三严三实 with six members: 三严 → the first three,
    三实 → the last three); None when no compound or more than one fits."""
    own = _total(term)
    if own is None:
        return None
    found: list[tuple[str, int, int]] = []
    for compound, members in members_of.items():
        name = _JOINERS.sub("", compound)
        if compound == term or len(name) <= len(term):
            continue
        if name.startswith(term):
            other, first = name[len(term):], True
        elif name.endswith(term):
            other, first = name[:-len(term)], False
        else:
            continue
        rest = _total(other)
        if rest is None or own + rest != len(members) or _total(name) != len(members):
            continue
        found.append((compound, 0, own) if first else (compound, rest, rest + own))
    return found[0] if len(found) == 1 else None
