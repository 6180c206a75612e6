"""Shapes of a numeral phrase and of the text before it that weigh in the numeral decision.

- for: as many quoted names right before it as its numeral counts (“甲工程”、“乙工程”、“丙工程”三大工程), or one
  quotation of as many clauses (“甲建设、乙管理、丙发展”三大重点工作; 的 may stand between);
- against: a 一A一B whose A and B make one dictionary word (一正一反: 正反), a pair that describes.
"""
from __future__ import annotations

from typing import Callable, Collection, Optional, Sequence

import regex

from slogans.text.numerals import NUMERAL_CLASS, parse_number
from slogans.text.punctuation import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS

_HAN = regex.compile(r"\p{Han}")
#: Punctuation that ends a numeral phrase's clause or name.
PUNCT = regex.compile(r"[。！？!?；;，,、：:\n“”\"'‘’「」『』（）()《》]")
_NUMERAL_RUN = regex.compile(f"[{NUMERAL_CLASS}]+")
#: One quoted name of a list set right before a numeral, with its separator.
_QUOTED_ITEM = f"[{OPEN_QUOTES}][^{QUOTE_CHARS}\\n]{{1,30}}[{CLOSE_QUOTES}][、,，]?"
#: Most characters one such item takes, to bound the look back.
_QUOTED_ITEM_CHARS = 34
#: The most names such a list is read for.
_MAX_LISTED = 10
_QUOTED_LIST: dict[int, "regex.Pattern[str]"] = {}
#: What such a list ends with right before the numeral (a closing mark, its separator, 等; ``$`` also matches before a
#: line end): a text without one there is never searched.
_LIST_ENDS = CLOSE_QUOTES + "、,，等\n"


def listed_count(text: str, start: int) -> Optional[int]:
    """The number the numeral at ``start`` counts, when a list before it could hold that many (2 to _MAX_LISTED)."""
    numeral = _NUMERAL_RUN.match(text, start)
    n = parse_number(numeral.group()) if numeral else None
    return n if n is not None and 2 <= n <= _MAX_LISTED else None


def quoted_members_before(text: str, start: int) -> bool:
    """True when as many quoted names as the numeral at ``start`` counts stand right before it, after a clause
    start (“甲工程”、“乙工程”、“丙工程”三大工程; 等 may close the list)."""
    if not start or text[start - 1] not in _LIST_ENDS:
        return False
    n = listed_count(text, start)
    if n is None:
        return False
    window = text[max(0, start - n * _QUOTED_ITEM_CHARS - 2):start]
    pattern = _QUOTED_LIST.get(n)
    if pattern is None:
        pattern = _QUOTED_LIST[n] = regex.compile(f"(?:^|[^{QUOTE_CHARS}、,，])(?:{_QUOTED_ITEM}){{{n}}}等?$")
    return pattern.search(window) is not None


#: The longest quotation read as the clauses a numeral counts right after it.
_CLAUSES_QUOTE_CHARS = 60


def quoted_clauses_before(text: str, start: int) -> bool:
    """True when one quotation of as many clauses as the numeral at ``start`` counts ends right before it, maybe
    with 的 between (“甲建设、乙管理、丙发展”三大重点工作, “县、乡、村、基地”四位一体): the formula's members, spelled
    out by the writer who names it."""
    end = start - 1 if start and text[start - 1] == "的" else start
    if not end or text[end - 1] not in CLOSE_QUOTES:
        return False
    n = listed_count(text, start)
    if n is None:
        return False
    opening = max(text.rfind(q, max(0, end - 1 - _CLAUSES_QUOTE_CHARS), end - 1) for q in OPEN_QUOTES)
    if opening < 0:
        return False
    body = text[opening + 1:end - 1]
    if any(c in QUOTE_CHARS or c == "\n" for c in body):
        return False
    return len([c for c in _LIST_MARK.split(body) if c.strip()]) == n


def run_on_head(text: str, end: int, after: Sequence[int], tag: Callable[[str], Optional[str]], head_tags: Collection[str],
                followers: Collection[str]) -> int:
    """The end of a head whose members stand quoted before it, first word ending at ``end`` (``after``: the word
    boundaries after it): the words of ``head_tags`` that follow make one name with it when the name closes there, at
    punctuation, 的 or one of ``followers`` (“甲、乙、丙”四大护理特色。, 三大重点工作为; not 两大工程进展顺利, nor over a follower:
    三大工程建设)."""
    run_on, stop = end, len(text)
    for nxt in (x for x in after if x > end):
        word = text[run_on:nxt]
        if tag(word) not in head_tags or word in followers:
            stop = nxt
            break
        run_on = nxt
    closes = run_on >= len(text) or PUNCT.match(text, run_on) is not None or text.startswith("的", run_on) \
        or text[run_on:stop] in followers
    return run_on if closes else end


def holds_idiom(term: str, word_frequency: Callable[[str], int]) -> bool:
    """True if ``term`` is a dictionary word (``word_frequency`` above 0) or holds one of four or more characters
    (一心一意为)."""
    wf = word_frequency
    return wf(term) > 0 or any(wf(term[i:j]) > 0 for i in range(len(term) - 3) for j in range(i + 4, len(term) + 1))


def slots_make_a_word(term: str, word_frequency: Callable[[str], int]) -> bool:
    """True for 一A一B whose A and B together are one dictionary word (``word_frequency`` above 0): a pair of
    opposites or of kin (一正一反: 正反, 一来一往: 来往, 一言一行: 言行) that describes, where a formula's slots
    name (一村一品: 村品 is no word)."""
    return (
        len(term) == 4 and term[0] == term[2] == "一" and _HAN.fullmatch(term[1]) is not None
        and word_frequency(term[1] + term[3]) > 0
    )


#: What joins two numerals into a range or a choice (三至五楼, 两到三年, 三或四人).
_RANGE = regex.compile(f"[{NUMERAL_CLASS}]+[至到或~～－—-][{NUMERAL_CLASS}]")


def is_range(term: str) -> bool:
    """True for a numeral, 至/到/或, then another numeral (三至五楼, 两到三个): a range, not a name."""
    return _RANGE.match(term) is not None


def reduplicated(term: str) -> bool:
    """True when the phrase's first numeral and the character after it come again later (一步一步, 一代又一代,
    一浪接一浪): a reduplication that describes, where a formula's parts differ (四学四比, 一村一品)."""
    numeral = _NUMERAL_RUN.match(term)
    if numeral is None or numeral.end() >= len(term):
        return False
    return term.find(term[:numeral.end() + 1], numeral.end() + 1) > 0


def ordinary_opening(term: str, word_frequency: Callable[[str], int], minimum: int) -> str:
    """The frequent dictionary word (``word_frequency`` at least ``minimum``) that opens a compact phrase within
    its first part, the numeral and what follows it up to the next numeral (一步|双方, 一律|按一定), or ""."""
    numeral = _NUMERAL_RUN.match(term)
    if numeral is None:
        return ""
    following = _NUMERAL_RUN.search(term, numeral.end())
    first = term[:following.start() if following else len(term)]
    return next((first[:k] for k in range(len(first), numeral.end(), -1) if word_frequency(first[:k]) >= minimum), "")


#: Latin letters and digits side by side: a code, a model or a standard's number (PT115, GB2763, 5G).
_CODE = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ][-－_]?[0-9０-９]|[0-9０-９][A-Za-zＡ-Ｚａ-ｚ]")
#: A quoted numeral phrase with 的 inside and more characters than this is a sentence quoted, not a name
#: (“一门手艺的每一种新做法都有它的道理”; a name with 的 is short: 八个方面的举措).
QUOTED_SENTENCE_CHARS = 10
#: A list inside the phrase (甲的九个标杆、九面旗帜) makes it a slogan's shape, not one sentence.
_LIST_MARK = regex.compile("[、,，;；]")


def not_a_quoted_name(term: str, named: Collection[str], articles: Collection[str] = ("一",)) -> Optional[str]:
    """Why a quoted phrase with a numeral is no numbered formula, or None: a code, a quoted sentence, or the
    cut first part of a longer formula that the document names (``named``), led by a numeral that is also an
    article (``articles``: “一国” beside 一国两制 means one country; “两高” beside 两高一资 is a name of its own)."""
    if _CODE.search(term):
        return "a code of letters and digits"
    if "的" in term and len(term) > QUOTED_SENTENCE_CHARS and not _LIST_MARK.search(term):
        return "a sentence quoted"
    numeral = _NUMERAL_RUN.match(term)
    if numeral is None or numeral.group() not in articles:
        return None
    longer = next((n for n in named if len(n) > len(term) and n.startswith(term)), None)
    return f"a part of {longer}" if longer else None
