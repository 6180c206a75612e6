"""Whether a list of members keeps the promise of its term's numerals, fitted where the text allows.

A list agrees with a numbered term (五个好, 三重两不, 双随机、一公开) in one of three ways:

- **flat**: as many members as the numerals add up to, after ``fit_members`` (a last item joining
  two with 和 split, a list that ran on cut);
- **fused**: each item holds several parallel members written together, one item per part of the
  term (a 三河三湖 defined as 甲河乙河丙河、丁湖戊湖己湖, or 丁湖戊湖己池: one name may lack its part's
  word, see ``named_pieces``), or one item holding them all (统筹甲内甲外两个大局): cut into equal pieces
  that share a character (see ``fused_pieces``);
- **part by part**: one item for each part of a compound term, each repeating its part's words
  (双随机、一公开 → 随机抽取…, 及时公开…);
- **paired**: one item for each member of every part, the parts' members written together (三查三看 →
  查甲看乙、查丙看丁、查戊看己: cut where each part's words start).
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from slogans.engine.fused import fused_pieces, named_pieces
from slogans.engine.members import fit_members
from slogans.text.numerals import CLASSIFIER_CHARS, NUMERAL_CLASS, Arithmetic, parse_number

_PART = regex.compile(f"(?P<num>[{NUMERAL_CLASS}]+)(?P<words>[^{NUMERAL_CLASS}、,，+＋]*)")
#: A classifier between a part's numeral and its words (三个注重, 六大工程): not one of the words.
_CLASSIFIER = regex.compile(f"^[{CLASSIFIER_CHARS}]")
#: A formula of one member: 一, a classifier and a head of two characters or more (一个中心, 一条主线).
_ONE_MEMBER_FORMULA = regex.compile(r"一[个個条條项項种種]\p{Han}{2,}")
#: A single member shorter than this is no definition (一块,即… names a thing, it defines nothing).
_MIN_SINGLE_MEMBER = 4


def single_member_ok(term: str, members: Sequence[str]) -> bool:
    """True when ``members`` is the one member a one-member formula (一个关键) may have."""
    return len(members) == 1 and len(members[0]) >= _MIN_SINGLE_MEMBER and _ONE_MEMBER_FORMULA.fullmatch(term) is not None


def term_parts(term: str) -> list[tuple[int, str]]:
    """The parts of a numbered term: (count, words) for each numeral (三重两不 → (3, 重), (2, 不)).

    Examples:
        >>> term_parts("双随机、一公开")
        [(2, '随机'), (1, '公开')]
        >>> term_parts("三个注重")
        [(3, '注重')]
    """
    parts = []
    for m in _PART.finditer(term):
        value = parse_number(m.group("num"))
        if value:
            parts.append((value, _CLASSIFIER.sub("", m.group("words"))))
    return parts


def settle(
    term: str, arith: Optional[Arithmetic], items: Sequence[str], split_last_on: Sequence[str] = (), fit: bool = True,
    cuts: Optional[Sequence[int]] = None,
) -> tuple[list[str], Optional[bool]]:
    """The members ``items`` give ``term``, and whether they keep its numerals' promise (None: no promise).

    ``fit``: a list may be fitted to the promise (see ``fit_members``, with ``cuts``) before it is compared.
    """
    items = list(items)
    if arith is None:
        return items, None
    if arith.unit != "members":
        return items, arith.agrees_with(items)
    fitted = fit_members(items, arith.total, split_last_on, cuts) if fit else items
    if arith.agrees_with(fitted):
        return fitted, True
    paired = _paired(items, term)
    if paired is not None:
        return paired, True
    parts = len(term_parts(term))
    fused_items = items
    if fit and cuts and 1 < parts < len(items) and parts in cuts:
        fused_items = items[:parts]  # fused members, the list run on into the next sentence part
    unfused = _unfused(fused_items, term, arith.total)
    if unfused is not None:
        return unfused, True
    if _part_by_part(items, term):
        return items, True
    return fitted, False


def _unfused(items: list[str], term: str, total: int) -> Optional[list[str]]:
    if len(items) == 1:
        return fused_pieces(items[0], total)
    parts = term_parts(term)
    if len(parts) != len(items) or sum(n for n, _ in parts) != total:
        return None
    out: list[str] = []
    for item, (n, words) in zip(items, parts):
        if n == 1:
            out.append(item)
            continue
        pieces = fused_pieces(item, n)
        if pieces is None or not words or not all(words in p for p in pieces):
            pieces = named_pieces(item, n, words)
        if pieces is None:
            return None
        out.extend(pieces)
    return out


def _paired(items: list[str], term: str) -> Optional[list[str]]:
    """Items that each hold one member of every part, in the parts' order (三查三看: 查甲看乙、查丙看丁、
    查戊看己), cut where each part's words start; None when the items are not so written."""
    parts = term_parts(term)
    if len(parts) < 2 or any(n != len(items) or not words for n, words in parts):
        return None
    out: list[str] = []
    for item in items:
        if not item.startswith(parts[0][1]):
            return None
        starts = [0]
        for _, words in parts[1:]:
            at = item.find(words, starts[-1] + 1)
            if at < 0:
                return None
            starts.append(at)
        pieces = [item[a:b] for a, b in zip(starts, starts[1:] + [len(item)])]
        if any(len(p) < 2 for p in pieces):
            return None
        out.extend(pieces)
    return out


def _part_by_part(items: list[str], term: str) -> bool:
    """One item per part, each holding its own part's words and no other part's."""
    parts = term_parts(term)
    if len(parts) < 2 or len(parts) != len(items) or not all(words for _, words in parts):
        return False
    return all(
        (words in item) == (i == j) for i, item in enumerate(items) for j, (_, words) in enumerate(parts)
    )
