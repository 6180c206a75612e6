"""Lists that define an unquoted counted name where it stands: as many items as its numeral counts.

- right before it, 等 maybe between, the last two maybe joined by 和/及/与 (培育甲、乙和丙等三大产业; 实施甲、乙、丙
  三大工程): the clause from its start to the numeral holds the list, a leading verb in its first item;
- right after it, in brackets or after 即, a colon, 分别是, 包括 or 是指 (三动战略(甲、乙、丙); 三大体系：即甲、乙和丙…);
- an enumeration after a colon whose markers run to the numeral's count (三大心愿：第一为…，第二为…，第三为…).

A writer who counts things lists them too (含甲、乙和丙三种产品): the decision weighs a list before the name only after
the classifiers of names (大, 项: see heads.yaml ``list_classifiers``). Plain string scans, no pattern over the text.
"""
from __future__ import annotations

from slogans.engine.numeral_shapes import listed_count, quoted_clauses_before, quoted_members_before
from slogans.text.numerals import CHINESE_ORDINALS
from slogans.text.punctuation import LIST_SEPARATORS, SENTENCE_ENDS
from slogans.text.segment import dictionary_tag

#: Marks that end the clause a list before a name fills (a quotation too: the list stands in the name's clause).
_CLAUSE_BREAKS = "。！？!?；;，,：:\n“”‘’「」『』（）()《》"
#: Words that join the last two items of a list.
_JOINS = "和及与"
#: The longest stretch read for a list, before or after the name.
MAX_LIST_CHARS = 160
#: The longest item of such a list (the first item before a name may carry its verb: 全面实施新农村建设增收).
MAX_ITEM_CHARS = 24
#: Tags (jieba's, their first two letters) of proper names: places, persons, organisations.
_PROPER_NAME_TAGS = ("ns", "nr", "nt")
#: The fewest items of a list before a name: two places or things side by side are counted (甲河、乙河两大流域).
MIN_ITEMS_BEFORE = 3
#: The longest item of a list that semicolons part: a clause, commas inside it.
MAX_CLAUSE_ITEM_CHARS = 40
#: What opens a list after a name, once a colon or a comma is passed.
_OPENERS = ("即", "分别是", "分别为", "包括", "就是", "是指")
#: The first character after a name that may open a list.
_AFTER_NAME = "(（:：,，即分包就是第一"
#: What ends a list after a name (or the text's end).
_LIST_ENDS = SENTENCE_ENDS + "\n"
#: The evidence of a list of a name's members right before it, by the weight it takes (heads.yaml ``numbered``).
BEFORE_LABELS = {"members_before": "its members quoted right before it", "list_before": "its members listed right before it"}


def _count_items(stretch: str, separators: str, longest: int = MAX_ITEM_CHARS) -> int:
    """How many items ``stretch`` lists: its pieces at ``separators``, the last two maybe joined by 和/及/与; 0 when a
    piece is empty or longer than ``longest``, or when they are places (三地(甲市、乙市、丙市): places counted)."""
    pieces = [stretch]
    for sep in separators:
        pieces = [p for piece in pieces for p in piece.split(sep)]
    pieces = [p.strip() for p in pieces]
    last = pieces[-1]
    joined = max(last.rfind(j) for j in _JOINS)
    if 0 < joined < len(last) - 1:
        pieces[-1:] = [last[:joined], last[joined + 1:]]
    if any(not p or len(p) > longest for p in pieces) or _places(pieces):
        return 0
    return len(pieces)


def list_before(text: str, start: int) -> bool:
    """True when the clause before the numeral at ``start`` is a 、 list of as many items as it counts (甲、乙和丙等三大…)."""
    n = listed_count(text, start)
    if n is None or n < MIN_ITEMS_BEFORE:
        return False
    clause = _clause_before(text, start)
    if not clause:
        return False
    count = _count_items(clause, "、")
    if count != n and not (count == n - 1 and _fused_first(clause.split("、"))):
        return False
    return not _places(clause.split("、")[1:])


def _clause_before(text: str, start: int) -> str:
    """The clause before the numeral at ``start`` (a closing 等 left out) when it holds a 、 list, else ""."""
    end = start - 1 if start and text[start - 1] == "等" else start
    lo = max(0, end - MAX_LIST_CHARS)
    if "、" not in text[lo:end]:
        return ""
    lo = max(lo, max(text.rfind(c, lo, end) for c in _CLAUSE_BREAKS) + 1)
    clause = text[lo:end]
    return "" if "、" not in clause or clause.endswith(("、", *_JOINS)) else clause


def shared_endings(text: str, start: int) -> frozenset[str]:
    """The endings of two characters or more that most items of the list before the numeral at ``start`` share
    (甲基地、乙基地、丙基地等三大基地: 基地; 甲技术、乙技术和丙四大技术手段: 技术): a name whose head starts with one names
    the list by the word its items share, so a counting head (基地, 手段) is the name's, not a count of things."""
    clause = _clause_before(text, start)
    items = clause.split("、") if clause else []
    if items:
        last = items[-1]
        joined = max(last.rfind(j) for j in _JOINS)
        if 0 < joined < len(last) - 1:
            items[-1:] = [last[:joined], last[joined + 1:]]
    counts: dict[str, int] = {}
    for item in items:
        for k in range(2, min(len(item), MAX_ITEM_CHARS)):
            counts[item[-k:]] = counts.get(item[-k:], 0) + 1
    return frozenset(ending for ending, n in counts.items() if 2 * n > len(items))


def _places(items: list[str]) -> bool:
    """True when half of ``items`` or more are proper names of the dictionary (天津、四川三大化纤厂; 甲河、乙河两大流域):
    places or works counted, not a programme's members."""
    return 2 * sum((dictionary_tag(i) or "")[:2] in _PROPER_NAME_TAGS for i in items) >= len(items)


def _fused_first(pieces: list[str]) -> bool:
    """True when the first item of a list of short items is long enough to hold its verb, a first item and the second
    run together (实施新农村建设增收、技能、民生…十大工程: 新农村建设 and 增收 before 技能)."""
    rest = max(len(p) for p in pieces[1:])
    return rest <= 4 and len(pieces[0]) >= 2 * rest + 4


def list_after(text: str, start: int, end: int) -> bool:
    """True when a list of as many items as the numeral at ``start`` counts follows the name that ends at ``end``: in
    brackets, after 即, a colon, 分别是 or 包括, or an enumeration (第一…第二…, 一是…二是…) to the count."""
    if end >= len(text) or text[end] not in _AFTER_NAME:
        return False
    n = listed_count(text, start)
    if n is None:
        return False
    mark = text[end]
    if mark in "(（":
        close = text.find("）" if mark == "（" else ")", end + 1, end + MAX_LIST_CHARS)
        return close > 0 and _count_items(text[end + 1:close], LIST_SEPARATORS) == n
    at = end + 1 if mark in ":：,，" else end
    opener = next((w for w in _OPENERS if text.startswith(w, at)), "")
    at += len(opener)
    if opener and text.startswith((":", "："), at):
        at += 1
    if not opener and mark not in ":：":  # a comma alone: the sentence goes on (开展两项活动,一是… counts things too)
        return False
    if text.startswith(("第一", "一是"), at):
        return _enumerated(text, at, n)
    ends = [i for i in (text.find(c, at, at + MAX_LIST_CHARS) for c in _LIST_ENDS) if i >= 0]
    if not ends and len(text) - at > MAX_LIST_CHARS:
        return False
    stretch = text[at:min(ends, default=len(text))]
    # semicolons part the items when there are any: commas then stand inside an item (甲,乙原则;丙,丁原则)
    if "；" in stretch or ";" in stretch:
        return _count_items(stretch, "；;", MAX_CLAUSE_ITEM_CHARS) == n
    return _count_items(stretch, LIST_SEPARATORS) == n


def _enumerated(text: str, at: int, n: int) -> bool:
    """An enumeration from ``at`` (第一…, 一是…) whose markers run to ``n`` and not beyond, in one paragraph."""
    if not 2 <= n <= len(CHINESE_ORDINALS):
        return False
    if text.startswith("第一", at):
        marker = "第{}"
    elif text.startswith("一是", at):
        marker = "{}是"
    else:
        return False
    line_end = text.find("\n", at)
    hi = min(len(text), at + n * MAX_LIST_CHARS, line_end if line_end >= 0 else len(text))
    pos = at
    for k in range(2, n + 1):
        pos = text.find(marker.format(CHINESE_ORDINALS[k - 1]), pos, hi)
        if pos < 0:
            return False
    beyond = CHINESE_ORDINALS[n] if n < len(CHINESE_ORDINALS) else ""
    return not beyond or text.find(marker.format(beyond), pos, hi) < 0


def lists_around(text: str, start: int, end: int, head_rule: bool, name_classifier: bool, head_max: int
                 ) -> tuple[str, frozenset[int]]:
    """The lists of a numeral candidate [start, end) (``head_rule``: a numeral and a classifier, its head after ``end``):
    the weight of the list of its members right before it (a key of ``BEFORE_LABELS``: quoted, or unquoted after a
    classifier of names, ``name_classifier``), else ""; and the ends of its head (within ``head_max`` characters and two more) that a list of its count follows."""
    if (head_rule and quoted_members_before(text, start)) or quoted_clauses_before(text, start):
        before = "members_before"
    elif name_classifier and list_before(text, start):
        before = "list_before"
    else:
        before = ""
    ends = range(end + 1, end + head_max + 3) if head_rule else (end,)
    return before, frozenset(e for e in ends if list_after(text, start, e))
