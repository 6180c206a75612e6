"""The members of a formula N+X read by its counted morpheme X: a list near the name whose N items each hold X at
one place (三早: 早研究、早安排、早着手; 三为: 甲乙为先、丙丁为本、戊己为要; 四个一: clauses that each hold 一 or 1).

A writer who names a formula by what its members share (三服务, 双带, 三大, 三杯茶, 四个一) often writes the members
near the name without any word of definition: before it in the sentence or the one before, after it in the sentence
or the next, or as the openings of the next clauses. The morpheme says which list it is; the numeral says how long.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from slogans.engine.loose_alignment import ending_with_run_on, governed_first_cut, modifies_shared_head, shared_opening
from slogans.engine.members import MAX_LENGTH_RATIO
from slogans.engine.nearby_lists import (
    Enumeration, QuotedRun, WholeList, alike_runs, enumeration_after, exact_runs, glossed_quotations, in_one_quotation,
    opening_clauses, parallel_clauses, quoted_heads,
)
from slogans.config.enumeration import EnumerationMarkers
from slogans.engine.parallel_trim import leading_place_phrase
from slogans.text.segment import dictionary_tag, dictionary_words
from slogans.text.numerals import CLASSIFIER_CHARS, NUMERAL_CLASS, parse_number
from slogans.text.punctuation import CLOSE_QUOTES, OPEN_QUOTES

#: The enumeration modes of a define rule whose members are read here ('openers' is its older name).
MORPHEME_MODES = ("morpheme", "openers")
#: The name: a numeral, maybe a classifier, then the morpheme its members share (三个着力, 三早, 三杯茶, 四个一).
_NAME = regex.compile(f"(?P<num>[{NUMERAL_CLASS}]{{1,2}})(?P<cls>[{CLASSIFIER_CHARS}]?)(?P<x>\\p{{Han}}{{1,3}})")
#: The noun a name may take after its morpheme (四小工作法 reads 小): the define rule's gate allows the same nouns.
_NAME_NOUN = regex.compile("(?:工作法|工程|活动|行动|计划|机制|制度|模式|战略)$")
_QUOTE_MARKS = regex.compile(f"[{OPEN_QUOTES}{CLOSE_QUOTES}]")
#: What stands for 一 in a member of an N个一 formula (一党员一盏灯; 建立1份档案).
_ONE = "一1１"
#: Where a sentence ends: a list is read in the sentence of the name, the one before or the one after.
_SENTENCE_END = regex.compile(r"[。!！?？\n]")
_LAST_SENTENCE_END = regex.compile(r"(?r)[。!！?？\n]")
#: What divides the items of a list (a 、 list, clauses, a colon before the list).
_ITEM_SEPARATORS = regex.compile(r"[、,，;；:：。!！?？\n]")
#: Quotations written one after another, or joined by a word (“甲”“乙”、“丙”; “甲”和“乙”).
_QUOTED_RUN = regex.compile(
    f"[{OPEN_QUOTES}][^{OPEN_QUOTES}{CLOSE_QUOTES}\\n]{{1,40}}[{CLOSE_QUOTES}]"
    f"(?:[、,，和与及或]?[{OPEN_QUOTES}][^{OPEN_QUOTES}{CLOSE_QUOTES}\\n]{{1,40}}[{CLOSE_QUOTES}])+"
)
_QUOTED = regex.compile(f"[{OPEN_QUOTES}](?P<body>[^{OPEN_QUOTES}{CLOSE_QUOTES}\\n]{{1,40}})[{CLOSE_QUOTES}]")
#: Words that tie a list to the name after it (甲、乙、丙的“三X”; …等“三X”); dropped from the last item.
_TIES = ("的", "等", "这", "此")
#: The longest item of a list read by its morpheme (a clause of a sentence, not a paragraph).
MAX_ITEM_CHARS = 60
#: How far after the name the clauses that open with the morpheme may lie (a paragraph each).
OPENER_REACH = 800
#: The longest head of an item that opens with the morpheme.
_OPENER_HEAD_CHARS = 20


_A_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]")


@lru_cache(maxsize=1024)  # a document names its formulae again and again
def counted_morpheme(term: str) -> Optional[tuple[int, str]]:
    """The count a name promises and the morpheme its members share: (3, '早') for 三早, (3, '着力') for 三个着力,
    (3, '茶') for 三杯茶 (a measure word is no part of it), (4, '小') for 四小工作法 (nor the noun it takes), (4, '一') for
    四个一; None for a name of another shape (two numerals, digits, a numeral alone)."""
    term = _QUOTE_MARKS.sub("", term)  # 3个“坚决” is 3个坚决
    m = _NAME.fullmatch(term) or _NAME.fullmatch(_NAME_NOUN.sub("", term))
    if m is None:
        return None
    count = parse_number(m.group("num"))
    x = m.group("x")
    if not count or count < 2 or _A_NUMERAL.search(x.replace("一", "")):
        return None
    if "一" in x and (x == "一" or dictionary_tag(x) is None):  # 四个一; a word that holds 一 (一起, 一批) is a morpheme
        return (count, "一") if x == "一" and m.group("cls") else None
    if not m.group("cls") and len(x) > 1 and (x[0] in CLASSIFIER_CHARS or dictionary_tag(x[0]) == "q"):
        x = x[1:]  # a measure word: 三杯茶 reads 茶 (三大 keeps 大)
    return count, x


def _holds(item: str, x: str) -> int:
    """Where ``item`` holds the morpheme ``x`` first (一 also as the digit 1), or -1."""
    if x == "一":
        found = [i for i in (item.find(c) for c in _ONE) if i >= 0]
        return min(found) if found else -1
    return item.find(x)


def _occurrences(items: Sequence[Item], x: str) -> int:
    """How many times the items hold the morpheme ``x`` (一 also as the digit 1; see ``_holds``)."""
    marks = _ONE if x == "一" else x
    return sum(item.count(c) for item, _, _ in items for c in marks)


def _raw_occurrences(text: str, lo: int, hi: int, x: str) -> int:
    """``_occurrences`` of ``x`` over ``text[lo:hi]`` as a whole: at least what any items cut from it hold."""
    return sum(text.count(c, lo, hi) for c in (_ONE if x == "一" else x))


def _trim(item: str) -> str:
    """An item less a quotation cut off by the split (甲”等 → 甲; 乙“丙 → 丙) and the quotes around it."""
    item = item.strip()
    opened = [i for i, c in enumerate(item) if c in OPEN_QUOTES]
    closed = [i for i, c in enumerate(item) if c in CLOSE_QUOTES]
    if closed and (not opened or closed[0] < opened[0]):
        item = item[:closed[0]]  # 大调研”等规定动作 → 大调研
    elif opened and (not closed or opened[-1] > closed[-1]):
        item = item[opened[-1] + 1:]  # 既涵盖了“不忘初心 → 不忘初心
    while item and item[0] in OPEN_QUOTES and item[-1:] in CLOSE_QUOTES and _QUOTED.fullmatch(item):
        item = item[1:-1]
    return item.strip()


def _items(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The items of ``text[lo:hi]`` split at list separators, trimmed, with their spans."""
    out: list[tuple[str, int, int]] = []
    at = lo
    for piece in _ITEM_SEPARATORS.split(text[lo:hi]):
        item = _trim(piece)
        if item:
            start = text.find(item, at, at + len(piece))
            out.append((item, start, start + len(item)))
        at += len(piece) + 1
    return out


def _quoted_runs(text: str, lo: int, hi: int) -> list[list[tuple[str, int, int]]]:
    """Runs of two or more quotations side by side in ``text[lo:hi]``, each quotation an item."""
    return [
        [(q.group("body"), q.start("body"), q.end("body")) for q in _QUOTED.finditer(text, run.start(), run.end())]
        for run in _QUOTED_RUN.finditer(text, lo, hi)
    ]


def align_to_morpheme(items: Sequence[str], x: str) -> Optional[list[str]]:
    """The items with the first cut to hold ``x`` at the place all the others share (甲乙丙丁坚持服务民生为先、农户满意
    为本、典型引领为要 → 服务民生为先: the words that govern a list stand before its first item only), or as they are
    where ``x`` ends them all alike; None when no place is shared. The clauses of an N个一 hold 一 anywhere: they are
    kept whole unless two or more share a place, and an item is cut to it only where the words cut off end with a
    noun (a subject or a time: 每学年指导一个甲 → 指导一个甲; 定期推送1条 stays), or where every other item opens with it:
    the words before the first govern the list (每个点落实一名甲、一套乙、一间丙 → 一名甲)."""
    at = [_holds(i, x) for i in items]
    if any(a < 0 for a in at):
        return None
    if len(set(at)) == 1:
        return list(items)
    if x == "一":
        place = min(set(at), key=lambda p: (-at.count(p), p))
        if at.count(place) < 2:
            return list(items)
        if place == 0 and set(at[1:]) == {0} and _cuttable(items[0], at[0]):
            return [items[0][at[0]:], *items[1:]]  # the others open with 一: the words before the first govern them all
        return [_one_cut(i, a - place) if a > place else i for i, a in zip(items, at)]
    run_on = ending_with_run_on(items, x) if x != "一" else None  # …丙强的队伍: the last runs on after the morpheme
    if run_on:
        return run_on
    if len(set(at[1:])) == 1 and at[0] > at[1] and _cuttable(items[0], at[0] - at[1]) and not modifies_shared_head(items, x, at[0] - at[1]):
        return [items[0][at[0] - at[1]:], *items[1:]]
    if len({len(i) - a - len(x) for i, a in zip(items, at)}) == 1:  # ends alike: a first item run on is governed
        long_first = len(items[0]) > MAX_LENGTH_RATIO * min(map(len, items[1:]))
        return [governed_first_cut(items[0], items[1:]), *items[1:]] if long_first else list(items)
    return shared_opening(items, x)


def _one_cut(item: str, cut: int) -> str:
    """A clause of an N个一 cut ``cut`` characters in where the words cut off end with a noun, else less the phrase of
    place or time that opens it (在甲地区捐建1所乙 → 捐建1所乙), else whole."""
    if _cuttable(item, cut, True):
        return item[cut:]
    framing = leading_place_phrase(item)
    return item[framing:] if 0 < framing < cut else item


#: Word classes (the first letter of jieba's tag) of the words before a member that are no part of it, for N个一:
#: nouns, idioms and set phrases, pronouns, times.
_SUBJECT_TAGS = "nlrt"


def _cuttable(item: str, cut: int, noun_before: bool = False) -> bool:
    """True when a word of ``item`` ends at ``cut`` (and, with ``noun_before``, that word is a noun, a set phrase, a
    pronoun or a time: 每学年 and 辅导员 go, 定期 stays)."""
    end = 0
    for word in dictionary_words(item):
        end += len(word)
        if end >= cut:
            return end == cut and (not noun_before or (dictionary_tag(word) or "")[:1] in _SUBJECT_TAGS)
    return False


def _name_noun_dropped(run: list[tuple[str, int, int]], close: int, x: str) -> list[tuple[str, int, int]]:
    """A list right after the name with no mark between: its first item opens with the noun the name takes
    (“四个一”服务建立甲 → 建立甲; a noun or a verbal noun, not a verb: “三个一”建立1份甲 stays), dropped where the rest
    still holds ``x``."""
    item, s, e = run[0]
    if s != close:
        return run
    words = dictionary_words(item)
    head = words[0] if words else ""
    rest = item[len(head):]
    tag = dictionary_tag(head) or ""
    if len(words) > 1 and (tag[:1] == "n" or tag == "vn") and len(rest) >= 2 and _holds(rest, x) >= 0:
        return [(rest, s + len(head), e), *run[1:]]
    return run


def _runs(items: list[tuple[str, int, int]], x: str, count: int) -> list[list[tuple[str, int, int]]]:
    """The maximal runs of consecutive items that each hold ``x``, of exactly ``count`` items."""
    return exact_runs(items, count, lambda item: bool(item[0]) and len(item[0]) <= MAX_ITEM_CHARS and _holds(item[0], x) >= 0)


#: What may stand before the spaces that open a clause (or the text's start).
_CLAUSE_OPENERS = "\n。;；!！"
_OPENER_SPACES = " \t\u3000"


@lru_cache(maxsize=256)
def _opener_pattern(x: str) -> "regex.Pattern[str]":
    return regex.compile(
        f"(?:^|(?<=[{_CLAUSE_OPENERS}]))[{_OPENER_SPACES}]*(?P<head>" + regex.escape(x)
        + r"[^\n。;；,，:：、!！?？“”]{1," + str(_OPENER_HEAD_CHARS) + r"})(?=[,，:：;；。])", regex.M,
    )


def _may_open(text: str, pos: int, end: int, x: str) -> bool:
    """False when no clause in ``text[pos:end]`` opens with ``x`` after a line start or 。;!
    (where unsure, at ``pos``, True)."""
    at = text.find(x, pos, end)
    while at >= 0:
        start = at
        while start > pos and text[start - 1] in _OPENER_SPACES:
            start -= 1
        if start <= pos or text[start - 1] in _CLAUSE_OPENERS:
            return True
        at = text.find(x, at + 1, end)
    return False


def opener_items(text: str, pos: int, x: str, reach: int = OPENER_REACH) -> Optional[list[tuple[str, int, int]]]:
    """The heads of the clauses after ``pos`` that open with ``x`` at a line's start or after 。;!, each within ``reach``
    characters of the one before (a paragraph, not a whole speech in which the word opens sentences here and there),
    with their spans; the head runs to the first punctuation mark. None when there is none."""
    if not _may_open(text, pos, min(len(text), pos + reach), x):
        return None  # the pattern of ``x`` is compiled only where it may match (most names of a corpus are new)
    opener = _opener_pattern(x)
    out: list[tuple[str, int, int]] = []
    cursor = pos
    while True:
        m = opener.search(text, cursor, min(len(text), cursor + reach))
        if m is None:
            break
        out.append((m.group("head"), *m.span("head")))
        cursor = m.end()
    return out or None


#: The longest stretch read as one sentence (a text without sentence ends is read a window at a time).
MAX_SENTENCE_CHARS = 400


@lru_cache(maxsize=64)  # the reader of a name and of a compound both ask
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    """The start of the sentence before the one holding ``text[start:end]``, that sentence's start and end, and the
    end of the sentence after it (each sentence at most ``MAX_SENTENCE_CHARS`` long)."""
    def back(i: int) -> int:  # just after the last sentence end before i (one search, not a step per character)
        stop = max(0, i - MAX_SENTENCE_CHARS)
        m = _LAST_SENTENCE_END.search(text, stop, i)
        return stop if m is None else m.end()

    def ahead(i: int) -> int:
        stop = min(len(text), i + MAX_SENTENCE_CHARS)
        m = _SENTENCE_END.search(text, i, stop)
        return stop if m is None else m.start()

    here_start, here_end = back(start), ahead(end)
    before = back(_past_ends(text, here_start - 1, -1)) if here_start > 0 else here_start
    after = ahead(_past_ends(text, here_end + 1, 1)) if here_end < len(text) else here_end
    return before, here_start, here_end, after


def _past_ends(text: str, i: int, step: int) -> int:
    """``i`` moved by ``step`` past the sentence ends and spaces there (。⏎ ends one sentence, not two)."""
    while 0 < i < len(text) and (_SENTENCE_END.match(text, i - (step < 0)) or text[i - (step < 0)].isspace()):
        i += step
    return max(0, min(i, len(text)))


Item = tuple[str, int, int]


def list_regions(text: str, start: int, end: int, morphemes: Sequence[tuple[int, str]] = ()) -> tuple[list[list[Item]], int, int]:
    """The lists near the name ``text[start:end]``: the items of the sentence before and of the name's own up to it,
    those after it to the end of the next sentence, and the runs of quotations side by side in either (marked as such:
    see ``nearby_lists.QuotedRun``); with where the name's quotation opens and closes. Given the name's ``morphemes``
    ((count, X) each: a simple name's one, a compound's parts), a side that holds some X fewer times than its count (as
    ``_occurrences`` counts) is left out unread: no list of it can have that many items that each hold X."""
    before, _, _, after = sentence_bounds(text, start, end)
    close = end + 1 if end < len(text) and text[end] in CLOSE_QUOTES else end
    open_ = start - 1 if start > 0 and text[start - 1] in OPEN_QUOTES else start
    regions: list[list[Item]] = []
    for lo, hi in ((before, open_), (close, after)):
        if any(_raw_occurrences(text, lo, hi, x) < count for count, x in morphemes):
            continue
        regions.append(_items(text, lo, hi))
        regions += [QuotedRun(run) for run in _quoted_runs(text, lo, hi)]
    return regions, open_, close


def distance_to_name(run: Sequence[Item], open_: int, close: int) -> int:
    """How far a run of items lies from the name (before it: from its last item; after it: to its first)."""
    return open_ - run[-1][2] if run[-1][2] <= open_ else run[0][1] - close


def morpheme_items(
    text: str, start: int, end: int, markers: Optional[EnumerationMarkers] = None,
) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The members of the numbered name ``text[start:end]`` read by its counted morpheme: the list nearest the name,
    in its sentence, the one before or the one after, whose items are as many as the numeral counts and each hold the
    morpheme at one place (the first cut to it; see ``align_to_morpheme``), or the clauses after the name that open with
    it, or (see ``nearby_lists``) quotations that hold it with words between them, or the enumeration (by ``markers``)
    after the name's clause or sentence whose heads hold it; with their spans. None when the name has no such morpheme
    or no list fits."""
    name = counted_morpheme(text[start:end])
    if name is None:
        return None
    count, x = name
    regions, open_, close = list_regions(text, start, end, (name,))
    candidates: list[tuple[int, list[str], list[tuple[int, int]]]] = []
    found: list[list[tuple[str, int, int]]] = []
    holds = lambda item: _holds(item, x) >= 0  # noqa: E731
    for items in regions:
        if isinstance(items, QuotedRun):
            found += [items] if len(items) == count else []
        elif _occurrences(items, x) >= count:  # else no run of ``count`` items that each hold it
            found += _runs(items, x, count) or alike_runs(items, x, count) or opening_clauses(text, items[0][1], items[-1][2], x, count)
            quoted_name = _QUOTE_MARKS.sub("", text[start:end])  # “三心合一” near 三心 is the name's, no item
            found += glossed_quotations(text, items[0][1] - 1, items[-1][2] + 1, holds, count, quoted_name)
    openers = opener_items(text, close, x)
    if openers and len(openers) == count:
        found.append(openers)
    found += enumeration_after(text, close, sentence_bounds(text, start, end)[2], markers, holds, count)
    for run in found:
        whole, enumerated = isinstance(run, WholeList) or in_one_quotation(text, run), isinstance(run, Enumeration)
        run = _name_noun_dropped(_tied(run), close, x)
        members = align_to_morpheme([item for item, _, _ in run], x)
        if members is None:
            continue
        members = quoted_heads(members, holds)
        if x != "一" and not whole and clausal(text, run) and not parallel_clauses(members, x):
            continue  # clauses are parallel when they open alike; one that holds the word inside says other things
        members = _subjects(members, x)
        if max(map(len, members)) > MAX_LENGTH_RATIO * min(map(len, members)):
            continue  # a list of like items, not one run on into the sentence (甲、乙、丙中起决定作用的是…)
        distance = distance_to_name(run, open_, close)
        spans = [(s, e) if enumerated else (at, at + len(m))
                 for (_, s, e), m in zip(run, members) for at in [max(s, text.find(m, s, e))]]
        candidates.append((distance, members, spans))
    if not candidates:
        return None
    _, members, spans = min(candidates, key=lambda c: c[0])
    return members, spans


#: Marks between clauses (a 、 joins the items of one list, a quotation mark or 和 quoted items).
_CLAUSE_MARKS = regex.compile(r"[,，;；:：。!！?？\n]")


def clausal(text: str, run: Sequence[Item]) -> bool:
    """True when a mark between clauses parts two items of ``run`` (甲，乙 rather than 甲、乙)."""
    return any(_CLAUSE_MARKS.search(text, a[2], b[1]) for a, b in zip(run, run[1:]))


def _tied(run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The run with the word that ties its last item to the name after it dropped (甲为要的 → 甲为要)."""
    item, s, e = run[-1]
    for tie in _TIES:
        if item.endswith(tie) and len(item) > len(tie) + 1:
            return [*run[:-1], (item[:-len(tie)], s, e - len(tie))]
    return run


def aligned_to_name(term: str, members: Sequence[str]) -> list[str]:
    """A definition's members cut to the place where they hold the name's counted morpheme (坚持甲乙为先、丙丁为本、
    戊己为要 for 三为 → 甲乙为先), where every member holds it; else the members as given."""
    name = counted_morpheme(term)
    if name is None or len(members) != name[0] or not all(_holds(m, name[1]) >= 0 for m in members):
        return list(members)
    return align_to_morpheme(members, name[1]) or list(members)


#: The verb of a clause that glosses its subject (甲是基础，乙是核心).
_COPULA = "是"


def _subjects(members: list[str], x: str) -> list[str]:
    """Clauses that each gloss their subject, the morpheme in it (严以甲是基础，严以乙是核心 for 三严), cut to the
    subjects; else the members as given."""
    cuts = [m.find(_COPULA, max(0, _holds(m, x))) for m in members]
    if all(c >= 2 and c + 1 < len(m) for c, m in zip(cuts, members)) and x != _COPULA:
        return [m[:c] for c, m in zip(cuts, members)]
    return members

