"""The members of a part of a compound formula (三严 of 三严三实): the matching slice of the compound's members."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

import regex

from slogans.text.numerals import CLASSIFIER_CHARS, HAN_DIGIT_CLASS, formula_arithmetic, parse_number

#: What may join the parts of a compound's name (双随机、一公开).
_JOINERS = regex.compile(r"[、,，\s]")
#: A name of digits joined by + (3+2, 1＋3): its parts are numbered names the document defines.
_DIGIT_PARTS = regex.compile(r"[0-9０-９]{1,2}(?:[+＋][0-9０-９]{1,2})+")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


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


def digit_parts(term: str, defined: Sequence[str]) -> Optional[tuple[str, ...]]:
    """The members of a name of digits joined by + (3+2): the first run of names in ``defined`` (the numbered names
    the document defines, in the order of their definitions) whose numerals are the digits in order (三甲 with three
    members, then 两乙 with two → 三甲, 两乙); None when the name is of another shape or no run fits."""
    if _DIGIT_PARTS.fullmatch(term) is None:
        return None
    wanted = [int(d.translate(_FULL_WIDTH)) for d in regex.split("[+＋]", term)]
    totals = [_total(name) for name in defined]
    for at in range(len(defined) - len(wanted) + 1):
        if totals[at:at + len(wanted)] == wanted:
            return tuple(defined[at:at + len(wanted)])
    return None


#: A name of bare digits (532): each digit a part.
_BARE_DIGITS = regex.compile(r"[0-9０-９]{2,5}")
#: A name that opens with two or more Chinese numerals, each a part (一三五, 八八战略, 十百千), maybe a noun after.
_CHINESE_PARTS = regex.compile(r"(?P<parts>[一二两三四五六七八九十百千]{2,5})\p{Han}{0,4}")
#: The number that opens a group's head (5条路线, 21块阵地, 一个核心, 两大工程).
_LEADING_NUMBER = regex.compile(f"[0-9０-９]{{1,3}}|[{HAN_DIGIT_CLASS}百千]{{1,3}}")
#: A numbered head that ends an item (…总结了甲省发展的八个优势 → 八个优势): a numeral, a classifier, a short noun.
_ENDING_HEAD = regex.compile(f"(?:[0-9０-９]{{1,3}}|[{HAN_DIGIT_CLASS}百千]{{1,3}})[{CLASSIFIER_CHARS}]\\p{{Han}}{{1,6}}$")


def _name_parts(term: str) -> Optional[list[int]]:
    """The numbers a name of numerals spells, part by part: 532 → 5, 3, 2; 1+7+21 → 1, 7, 21; 一三五 → 1, 3, 5;
    八八战略 → 8, 8; None for a name of another shape."""
    if _DIGIT_PARTS.fullmatch(term):
        return [int(d.translate(_FULL_WIDTH)) for d in regex.split("[+＋]", term)]
    if _BARE_DIGITS.fullmatch(term):
        return [int(d.translate(_FULL_WIDTH)) for d in term]
    m = _CHINESE_PARTS.fullmatch(term)
    return [parse_number(c) or 0 for c in m.group("parts")] if m else None


def name_of_numerals(term: str) -> bool:
    """True for a name of numerals whose parts are numbered groups (532, 1+7+21, 一三五, 八八战略)."""
    return _name_parts(term) is not None


def _leading_value(member: str) -> Optional[int]:
    found = _LEADING_NUMBER.match(member)
    return parse_number(found.group()) if found else None


def digit_heads(term: str, members: Sequence[str]) -> bool:
    """True when ``members`` are the heads of numbered groups whose numbers spell a name of numerals in order: 5条甲,
    3个乙, 2个丙 for 532 (each digit a part), 1个甲, 7个乙, 21块丙 for 1+7+21 (the parts between +), 一个甲, 三大乙,
    五个丙 for 一三五."""
    wanted = _name_parts(term)
    return wanted is not None and len(members) == len(wanted) and [_leading_value(m) for m in members] == wanted


def numbered_heads(term: str, members: Sequence[str]) -> Optional[list[str]]:
    """The members of a name of numerals (八八战略, 一三五, 532) as the numbered groups' heads: the members as given
    where they are the heads (see ``digit_heads``), else the numbered head that ends each item where their numbers
    spell the name (总结了甲省的八个优势、提出了乙类的八项举措 → 八个优势, 八项举措); None when they do not."""
    if digit_heads(term, members):
        return list(members)
    wanted = _name_parts(term)
    if wanted is None or len(members) != len(wanted):
        return None
    heads = [_ENDING_HEAD.search(m) for m in members]
    if not all(heads) or [_leading_value(h.group()) for h in heads if h] != wanted:
        return None
    return [h.group() for h in heads if h]
