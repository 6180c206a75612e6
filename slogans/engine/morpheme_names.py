"""An unquoted numeral phrase that its own definition makes a name: N+X is a term when exactly N members beside it
each hold its counted morpheme X (领导班子好、党员队伍好、…群众反映好的五好; 新三率：就业率、考研率、出国率).

The evidence is the member reader's (``morpheme_lists``): the numeral says how many, the morpheme which list. Ordinary
counting seldom passes it: 三个月 has no three items that each hold 月 beside it. What still would (2019年、2020年、
2021年三年: dates that hold the counted noun after a numeral) is turned away here: a member whose morpheme follows a
numeral counts, it does not name.
"""
from __future__ import annotations

from typing import Callable, Optional

import regex

from slogans.engine.classify import Verdict
from slogans.engine.morpheme_lists import MAX_SENTENCE_CHARS, counted_morpheme, morpheme_items
from slogans.text.numerals import CLASSIFIER_CHARS, NUMERAL_CLASS
from slogans.text.segment import Segmenter, dictionary_frequency

#: Word boundaries (offsets into the text) in the clause around a span; None without a segmenter.
Cuts = Callable[[str, int, int], Optional[frozenset[int]]]
#: The longest morpheme read after the numeral and its classifier.
MAX_MORPHEME_CHARS = 3
_HAN = regex.compile(r"\p{Han}")
_A_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]")
_NUMERAL_BEFORE = regex.compile(f"[{NUMERAL_CLASS}年月日号]$")


def _counts(members: list[str], x: str) -> bool:
    """True when a member holds ``x`` right after a numeral (2019年, 三个月): a count, not a shared morpheme."""
    return any(_NUMERAL_BEFORE.search(m[:m.find(x)]) for m in members if m.find(x) > 0)


#: How far back the first item of an enumeration (一要…二要…) may stand: a numeral there is an ordinal, not a count.
_ORDINAL_REACH = 2 * MAX_SENTENCE_CHARS


def _ordinal(text: str, start: int, end: int, x: str) -> bool:
    """True when the numeral is an ordinal of an enumeration: 一 and the same morpheme stand a little before it
    (一要…，二要…; 一是…，二是…)."""
    return "一" + x in text[max(0, start - _ORDINAL_REACH):start]


def defined_name(
    text: str, start: int, segmenter: Optional[Segmenter] = None, clause_cuts: Optional[Cuts] = None,
) -> Optional[tuple[int, list[str]]]:
    """The end of the name N+X that starts at ``start`` and the members that define it, when exactly N items beside it
    each hold X (the longest X of one to three characters that fits); None when no list defines it.

    Not a name: a numeral that is an ordinal (二要 after 一要), a name that the segmenter runs into a word beside it
    (二中|全会), a dictionary word (两国, 双全), a phrase that qualifies the noun after it (三大安全|责任事故), a noun
    of two characters or more as the morpheme (八个工业部, 三类企业: things of a kind counted), a morpheme that every
    member holds inside one wider shared unit (重点…、重点… for 双重)."""
    at = start
    while at < len(text) and _A_NUMERAL.match(text, at):
        at += 1
    if at < len(text) and text[at] in CLASSIFIER_CHARS:
        at += 1
    for end in range(min(len(text), at + MAX_MORPHEME_CHARS), at, -1):
        if not all(_HAN.match(ch) for ch in text[at:end]):
            continue
        name = counted_morpheme(text[start:end])
        if name is None:
            continue
        x = name[1]
        found = morpheme_items(text, start, end)
        if found is None:
            continue
        members = found[0]
        if _counts(members, x) or text[start:end] in members or _ordinal(text, start, end, x):
            continue
        if segmenter is not None and not _stands_alone(text, start, end, x, members, segmenter, clause_cuts):
            continue
        return end, members
    return None


def _stands_alone(
    text: str, start: int, end: int, x: str, members: list[str], segmenter: Segmenter, clause_cuts: Optional[Cuts],
) -> bool:
    """True when the segmenter cuts the clause at both ends of the name (``clause_cuts``, where given) and no noun
    follows a morpheme of two characters, the name is no dictionary word, its morpheme no noun and no part of a wider
    unit every member shares."""
    cuts = clause_cuts(text, start, end) if clause_cuts is not None else None
    if cuts is not None:
        if start not in cuts or end not in cuts:
            return False
        following = text[end:min((c for c in cuts if c > end), default=end)]
        if len(x) > 1 and following and ((segmenter.tag(following) or "").startswith("n") or segmenter.tag(following) == "vn"):
            return False  # the phrase qualifies the noun after it, which it counts (三大安全|责任事故)
    if dictionary_frequency(text[start:end]) > 0:
        return False  # a dictionary word (两国, 双全): its numeral is part of a word, no count of a list
    if len(x) > 1 and (segmenter.tag(x) or "").startswith("n"):
        return False  # a noun after a numeral counts things of a kind (三类企业, 两种体制)
    return not _wider_unit(members, x)


def _wider_unit(members: list[str], x: str) -> bool:
    """True when every member holds ``x`` with the same character right after it or right before it: the unit the
    members share is a word wider than the morpheme (重点… and 重点… share 重点, not 重)."""
    at = [m.find(x) for m in members]
    after = {m[a + len(x):a + len(x) + 1] for m, a in zip(members, at)}
    before = {m[a - 1:a] if a > 0 else "" for m, a in zip(members, at)}
    return (len(after) == 1 and after != {""}) or (len(before) == 1 and before != {""})


def defined_verdict(
    text: str, start: int, weight: float, threshold: float, segmenter: Optional[Segmenter] = None,
    clause_cuts: Optional[Cuts] = None,
) -> tuple[Verdict, int, int]:
    """The numeral decision's verdict on a candidate of the morpheme rule starting at ``start``: a name of the numbered
    kind when a list beside it defines it (evidence ``weight``), else none."""
    found = defined_name(text, start, segmenter, clause_cuts)
    if found is None:
        return Verdict(None, None, "no list beside it holds its morpheme"), start, start + 1
    end, members = found
    ok = weight >= threshold
    reason = f"its {len(members)} members beside it hold its morpheme {weight:+g}"
    return Verdict(text[start:end] if ok else None, "numbered" if ok else None, reason), start, end
