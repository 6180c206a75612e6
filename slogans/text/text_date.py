"""The year of a document that carries no date, read from its own text.

Three kinds of evidence; the latest year any of them gives wins (at a tie, the firmer kind):

1. ``heading``: a full date (year, month and day) in the document's first or last
   ``ZONE_CHARS`` characters, where a heading, a by-line or a signature puts it:
   （2011年8月4日）, 2009.6.3, 二〇一七年十月十八日. The latest such date is taken.
2. ``meeting``: the latest meeting the text names, not one still to come (十九大 → 2017,
   十八届三中全会 → 2013, 十二届全国人大五次会议 → 2017; not 从十九大到二十大's 二十大); the dates are
   data, in ``rules/calendar/meetings.yaml``;
3. ``year``: the latest year the text speaks of as past or present (2016年以来, 2016年底,
   2016年5月, 2016年是…, 2016年，…, 2016年工作; not a target such as 到2035年, nor a year after
   the current one).

A heading date is firm; the other two are the earliest year the document can be from (a text
that names 十九大 is from 2017 or later), which is what picking a formula's members needs. A
meeting later than the heading's date means later material (a compilation dated by its first
speech): the later year is used, as a lower bound.

The scanner reads a text whole or in pieces (``feed``), so a streamed file is dated too.

Example:
    >>> scan_text("习近平在庆祝大会上的讲话（2021年7月1日）").year
    2021
    >>> d = scan_text("深入学习贯彻党的十九大精神，到2035年基本实现社会主义现代化。")
    >>> (d.year, d.kind, d.evidence)
    (2017, 'meeting', '十九大')
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import regex

from slogans.errors import RuleError, problem
from slogans.text.numerals import CHINESE_ORDINALS, parse_number
from slogans.config.resources import builtin_rules_dir
from slogans.config.yamlfile import LINE, load_yaml

#: How far from either end of a document a dated heading or signature is looked for (characters).
ZONE_CHARS = 200
#: A heading's date stands in brackets, after a dash, or on a line with at most this many other
#: characters and no sentence punctuation (a place, a name: 2009.6.3 于北京).
HEADING_LINE_CHARS = 40
_SENTENCE_MARKS = "，。；！？,;"
_FULLWIDTH_DIGITS = tuple((chr(0xFF10 + i), str(i)) for i in range(10))
_FULLWIDTH_DIGIT = regex.compile("[０-９]")  # only texts that hold one are rewritten
#: The kinds of evidence, firm first.
KINDS = ("heading", "meeting", "year")

_N = f"[{CHINESE_ORDINALS}]{{1,3}}"
_YEAR_DIGITS = "[0-9〇零○一二三四五六七八九]"
_FULL_DATE = regex.compile(
    rf"(?<!{_YEAR_DIGITS})(?P<y>(?:1[89]|20)\d\d|[一二][〇零○一二三四五六七八九]{{3}})\s*年\s*"
    rf"(?P<m>\d{{1,2}}|{_N})\s*月\s*(?P<d>\d{{1,2}}|{_N})\s*日"
    r"|(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
)
_YEAR = regex.compile(
    rf"(?<!{_YEAR_DIGITS})(?P<y>(?:1[89]|20)\d\d|[一二][〇零○一二三四五六七八九]{{3}})\s*年"
    # only a year spoken of as past or present: 2016年以来, 2016年底, 2016年5月, 2016年是…, 2016年，…, 2016年工作
    r"(?=以来|来|底|末|上半年|下半年|全年|前三季度|第[一二三四]季度|\d{1,2}月|[一二三四五六七八九十]{1,2}月|是|，|工作)"
)
#: A year right after one of these is a target or the end of a span (到2035年, 2016—2020年).
_TARGET_BEFORE = regex.compile(r"(?:到|至|迄|于|到了|—|－|-|~|～|〜)\s*$")
#: A meeting right after one of these is still to come (从十九大到二十大, 迎接党的二十大).
_COMING_BEFORE = regex.compile(r"(?:到|至|迎接|迎|筹备|开好)(?:党的)?\s*$")
# Meetings: not a province's or a city's own (省委十一届三中全会), nor another body's congress (团十九大).
_LOCAL = r"(?<![委省市县区州盟团会联妇工青])"
_CONGRESS = regex.compile(
    rf"(?:党的|中国共产党|中共)第(?P<n>{_N})次全国代表大会|{_LOCAL}(?P<n>十[一二三四五六七八九]|二十[一二三四五六七八九]?)大"
    r"(?![学桥楼厦院道街项类批件型])|党的(?P<n>[七八九十])大(?![学项类批件型])"
)
# 十八届三中全会, and lists: 十九届二中、三中、四中全会 (the last plenum named counts)
_PLENUM = regex.compile(
    rf"{_LOCAL}(?P<n>{_N})届(?:中央委员会|中央)?(?:{_N}中(?:全会)?[、和及与]|{_N}次(?:全会)?[、和及与])*(?P<m>{_N})中全会"
    rf"|{_LOCAL}第(?P<n>{_N})届中央委员会(?:第{_N}次(?:全体会议)?[、和及与])*第(?P<m>{_N})次全体会议"
)
_CENTRAL_COMMITTEE = regex.compile(rf"{_LOCAL}第?(?P<n>{_N})届中央(?:委员会|政治局|纪委)")
_NPC = regex.compile(
    rf"第?(?P<n>{_N})届全国人民代表大会(?:第(?P<m>{_N})次会议)?|(?P<n>{_N})届全国人大(?:(?P<m>{_N})次会议)?"
)


@dataclass(frozen=True)
class TextDate:
    """A year read from a text: the words that gave it and their ``kind`` (see ``KINDS``)."""

    year: int
    kind: str
    evidence: str

    @property
    def firm(self) -> bool:
        """True for a dated heading or signature; False for a lower bound (a meeting, a year mentioned)."""
        return self.kind == "heading"


@dataclass(frozen=True)
class Calendar:
    """When the meetings a text may name took place: party congresses, Central Committee plenums
    (congress number → one year per plenum) and NPC sessions (term → one year per session)."""

    party_congresses: dict[int, int]
    plenums: dict[int, tuple[int, ...]]
    npc_sessions: dict[int, tuple[int, ...]]

    def congress(self, n: int) -> Optional[int]:
        """The year of party congress ``n``."""
        return self.party_congresses.get(n)

    def plenum(self, n: int, m: int) -> Optional[int]:
        """The year of plenum ``m`` of the Central Committee elected by congress ``n``."""
        years = self.plenums.get(n, ())
        return years[m - 1] if 1 <= m <= len(years) else None

    def npc(self, n: int, m: int = 1) -> Optional[int]:
        """The year of session ``m`` of the ``n``-th National People's Congress."""
        years = self.npc_sessions.get(n, ())
        return years[m - 1] if 1 <= m <= len(years) else None


def load_calendar(path: Optional[Path] = None) -> Calendar:
    """The meeting calendar from ``path`` (default: the built-in one). Raises RuleError naming the file."""
    path = path or builtin_rules_dir() / "calendar" / "meetings.yaml"
    data = load_yaml(path, "calendar")["calendar"]
    name = str(path)
    if not isinstance(data, dict):
        raise RuleError([problem("E012", name, None, None, key="calendar", expected="a mapping", found=type(data).__name__)])
    line = data.get(LINE)

    def table(key: str) -> dict[int, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise RuleError([problem("E012", name, line, None, key=key, expected="a mapping", found=type(value).__name__)])
        out = {k: v for k, v in value.items() if k != LINE}
        for k, v in out.items():
            years = v if isinstance(v, list) else [v]
            if not isinstance(k, int) or not all(isinstance(y, int) for y in years):
                raise RuleError([problem("E012", name, value.get(LINE, line), None, key=f"{key}.{k}", expected="years", found=v)])
        return out

    return Calendar(
        table("party_congresses"),
        {k: tuple(v) for k, v in table("plenums").items()},
        {k: tuple(v) for k, v in table("npc_sessions").items()},
    )


@lru_cache(maxsize=1)
def builtin_calendar() -> Calendar:
    """The built-in calendar, loaded once."""
    return load_calendar()


def _number(text: Optional[str]) -> Optional[int]:
    return parse_number(text.replace("○", "〇")) if text else None


class DateScanner:
    """Reads a text, whole or piece by piece (``feed``), and says which year it is from (``result``).

    ``this_year`` (default: the current year) is the latest year a document can be from.
    """

    def __init__(self, calendar: Optional[Calendar] = None, this_year: Optional[int] = None, zone: int = ZONE_CHARS):
        self.calendar = calendar or builtin_calendar()
        self.this_year = this_year or _dt.date.today().year
        self.zone = zone
        self._head = ""
        self._tail = ""
        self._meeting: Optional[TextDate] = None
        self._year: Optional[TextDate] = None

    def feed(self, piece: str) -> None:
        """Read the next piece of the text."""
        if _FULLWIDTH_DIGIT.search(piece):  # str.replace per digit: str.translate is slow per character
            for wide, narrow in _FULLWIDTH_DIGITS:
                piece = piece.replace(wide, narrow)
        if len(self._head) < self.zone:
            self._head += piece[: self.zone - len(self._head)]
        self._tail = (self._tail + piece)[-self.zone:]
        self._scan_meetings(piece)
        self._scan_years(piece)

    def result(self) -> Optional[TextDate]:
        """The year of the text read so far, or None when it gives no evidence."""
        heading = self._full_date(self._head) or self._full_date(self._tail)
        found = [d for d in (heading, self._meeting, self._year) if d is not None]
        # a text cannot name a meeting held after it was written: later evidence than the heading's
        # means later material (a compilation dated by its first speech), so the later year wins
        return max(found, key=lambda d: (d.year, -KINDS.index(d.kind))) if found else None

    # -- the three kinds of evidence ----------------------------------------------------------
    def _full_date(self, zone: str) -> Optional[TextDate]:
        best: Optional[TextDate] = None
        for m in _FULL_DATE.finditer(zone):
            year, month, day = _number(m.group("y")), _number(m.group("m")), _number(m.group("d"))
            if year is None or month is None or day is None or not 1900 <= year <= self.this_year:
                continue
            try:
                _dt.date(year, month, day)
            except ValueError:
                continue
            if not _stands_apart(zone, m.start(), m.end()):
                continue  # a date in the running text (1949年10月1日，中华人民共和国成立) dates an event
            if best is None or year > best.year:
                best = TextDate(year, "heading", m.group(0))
        return best

    def _keep(self, current: Optional[TextDate], year: Optional[int], kind: str, evidence: str) -> Optional[TextDate]:
        if year is None or year > self.this_year or (current is not None and current.year >= year):
            return current
        return TextDate(year, kind, evidence)

    def _scan_meetings(self, text: str) -> None:
        cal = self.calendar
        if "大" not in text and "届" not in text:
            return
        for pattern, needs, year_for in (  # needs: words one of which every match holds (a text without them is skipped)
            (_CONGRESS, ("大",), lambda n, _k: cal.congress(n)),
            (_PLENUM, ("中全会", "次全体会议"), lambda n, k: cal.plenum(n, k) if k else None),
            (_CENTRAL_COMMITTEE, ("届中央",), lambda n, _k: cal.congress(n)),
            (_NPC, ("届全国人",), lambda n, k: cal.npc(n, k or 1)),
        ):
            if not any(word in text for word in needs):
                continue
            for m in pattern.finditer(text):
                if _COMING_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                    continue
                n = _number(m.group("n"))
                k = _number(m.groupdict().get("m"))
                year = year_for(n, k) if n else None
                self._meeting = self._keep(self._meeting, year, "meeting", m.group(0))

    def _scan_years(self, text: str) -> None:
        if "年" not in text:
            return
        for m in _YEAR.finditer(text):
            if _TARGET_BEFORE.search(text, max(0, m.start() - 3), m.start()):
                continue
            year = _number(m.group("y"))
            if year is not None and year >= 1900:
                self._year = self._keep(self._year, year, "year", m.group(0))


def _stands_apart(text: str, start: int, end: int) -> bool:
    """True for a date set apart as a heading's or signature's: in brackets, after a dash, or on a short line."""
    before, after = text[:start].rstrip(" \u3000"), text[end:].lstrip(" \u3000")
    if before[-1:] in ("（", "(", "—", "-") or after[:1] in ("）", ")"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[line_start:start] + text[end:line_end if line_end >= 0 else len(text)]
    return len(rest.strip()) <= HEADING_LINE_CHARS and not any(ch in _SENTENCE_MARKS for ch in rest)


def scan_text(text: str, calendar: Optional[Calendar] = None, this_year: Optional[int] = None) -> Optional[TextDate]:
    """The year ``text`` is from, read from the text alone (see the module's docstring)."""
    scanner = DateScanner(calendar, this_year)
    scanner.feed(text)
    return scanner.result()

