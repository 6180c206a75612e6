"""Chinese numerals: parsing them and the member arithmetic of numbered formulae.

五个好 promises 5 members, 两评一树 3 (2 + 1), 五比五争 10, 三培两带两服务 7, 2+5 7;
十二字总要求 promises 12 characters, not 12 members.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "双": 2, "雙": 2,
}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000, "萬": 10000}
#: Every character that can be part of a numeral, as a regex character class body.
NUMERAL_CLASS = "〇零一二两兩三四五六七八九十百千万萬双雙0-9０-９"
#: The Chinese numerals a formula's numeral ends with (not 百, 千, 万: 三个百分点 counts), a class body.
HAN_DIGIT_CLASS = "〇零一二两兩三四五六七八九十双雙"
#: The ordinals of an enumeration, first to tenth (一是, 第一, (一) …).
CHINESE_ORDINALS = "一二三四五六七八九十"
#: A numeral run that ends in a Chinese numeral: how a formula's name starts (三个代表, 两学一做).
FORMULA_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]*[{HAN_DIGIT_CLASS}]")

_FULLWIDTH_DIGITS = {0xFF10 + i: ord("0") + i for i in range(10)}
_RUN = regex.compile(f"[{NUMERAL_CLASS}]+")
#: A name of two to five single numerals and nothing else (“一二三”的做法, “三四五”工作法), no number (十一, 二〇二〇 …
#: hold a unit or a zero).
_BARE_RUN = regex.compile("[一二两三四五六七八九]{2,5}")
#: Classifiers between a numeral and a formula's words (三个注重, 六大工程, 十条规定).
CLASSIFIER_CHARS = "个個项項大条條种種件点點"
#: A numeral right after a numeral and 个 or 项 is a word of each member, no count of its own (三个一: 一X
#: three times; 两个一百年: two members); not after a classifier that is also a noun (五点一线: 5 + 1).
_WORD_NUMERAL = regex.compile(f"(?<=[{NUMERAL_CLASS}][个個项項])[{NUMERAL_CLASS}]+")
_CHAR_UNITS = ("字",)
#: 一 at the end of a name that joins its members into one (三位一体, 三证合一, 四统一: unified, 归一): a word, no member of
#: its own.
_INTO_ONE = regex.compile("(?<=\\p{Han})(?:一(?=体$)|(?<=[合统归])一$)")


def parse_number(text: str) -> Optional[int]:
    """Value of a numeral written in Chinese or Arabic digits; None if it is not one.

    Examples:
        >>> parse_number("十二"), parse_number("两"), parse_number("48"), parse_number("二十一")
        (12, 2, 48, 21)
    """
    if not text:
        return None
    ascii_digits = text.translate(_FULLWIDTH_DIGITS)
    if ascii_digits.isdigit():
        return int(ascii_digits)
    if any(ch not in DIGITS and ch not in UNITS for ch in text):
        return None
    if not any(ch in UNITS for ch in text):  # positional: 二〇二一
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in UNITS:
            total += (current or 1) * UNITS[ch]
            current = 0
    return total + current


@dataclass(frozen=True)
class Arithmetic:
    """What the numerals of a term promise: ``total`` members, or ``total`` characters when unit is 'chars'."""

    total: int
    unit: str = "members"

    def agrees_with(self, members: list[str]) -> bool:
        """True when ``members`` keep the promise."""
        if self.unit == "chars":
            return sum(len(m) for m in members) == self.total
        return len(members) == self.total


@lru_cache(maxsize=65536)
def formula_arithmetic(term: str) -> Optional[Arithmetic]:
    """The member count a numbered term promises, or None when it has no numeral.

    Every numeral in the term is added up (两评一树 → 3, 五比五争 → 10, 2+5 → 7), except one that
    follows a numeral and its classifier, which is a word of each member (三个一 → 3, 两个一百年 → 2);
    a name of single numerals alone promises one member a numeral (一二三 → 3: 一个甲、两个乙、三个丙), and a term
    counted in characters (十二字总要求) promises characters. The 一 that joins members into one (三位一体,
    三证合一, 四统一) counts none.

    Examples:
        >>> formula_arithmetic("三培两带两服务").total
        7
        >>> formula_arithmetic("十二字总要求")
        Arithmetic(total=12, unit='chars')
        >>> formula_arithmetic("五个一工程").total
        5
        >>> formula_arithmetic("一二三").total
        3
        >>> formula_arithmetic("三位一体").total
        3
    """
    if _BARE_RUN.fullmatch(term):  # “一二三”: a name of numerals alone counts its parts, one a numeral
        return Arithmetic(len(term))
    words = {m.start() for m in _WORD_NUMERAL.finditer(term)} | {m.start() for m in _INTO_ONE.finditer(term)}
    runs = [m for m in _RUN.finditer(term) if m.start() not in words]
    values = [v for v in (parse_number(m.group()) for m in runs) if v]
    if not values:
        return None
    if len(runs) == 1 and term[runs[0].end():runs[0].end() + 1] in _CHAR_UNITS:
        return Arithmetic(values[0], "chars")
    return Arithmetic(sum(values))


#: 个 after a numeral: 五个带头 and 五带头 are one formula (the match is removed to compare them).
GE_AFTER_NUMERAL = regex.compile(f"(?<=[{NUMERAL_CLASS}])个")
