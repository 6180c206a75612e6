"""Turning the text of a definition into members: list splitting, cleaning and fitting (the enumerations,
一是…二是…, are read in ``enumerations``)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from slogans.engine.enumerations import MIN_MEMBER_CHARS, QUOTED, quoted_head_phrases, strip_enumerators
from slogans.engine.parallel_trim import (
    common_prefix, common_suffix, conjoined_halves, cut_after_preposition, cut_last_to_others_length, cut_leading_verb_phrase,
    cut_to_next_items_shape,
    cut_to_shared_verb, leading_verb_cut, trim_to_parallel_shape, trim_to_shared_ending, trim_to_shared_opening,
    verb_inside_first,
)
from slogans.engine.subject_lead import subject_verb_cut
from slogans.text.numerals import CLASSIFIER_CHARS, NUMERAL_CLASS, formula_arithmetic
from slogans.text.punctuation import CLOSE_QUOTES, LIST_SEPARATORS, OPEN_QUOTES, PAIRED_CLOSE, PAIRED_OPEN, QUOTE_CHARS

_NESTED_LIST = regex.compile(r"[,，]即[:：]?([^;；]+)")
#: After 即 "namely": not 即 of a word (即将, 即使 …).
_NOT_JI_WORD = "(?![便使将可刻时])"
#: 即 "namely" opening an item (甲,乙,即丙 → 丙).
_NAMELY = regex.compile(f"^即{_NOT_JI_WORD}(?=..)")
_TRIM = " \t\r\n\u3000()（）" + QUOTE_CHARS
#: One member written as a question (X,即A?B?C?): the question runs to its question mark.
_QUESTION = regex.compile(r"\s*(?P<body>[^?？。;；\n]{2,80}?)[?？]")
#: The separators that divide a list into its top-level items (、 joins words inside one item).
STRONG_SEPARATORS = ",，;；"
#: Separators of a list of compact nouns (甲+乙+丙, 甲和乙): an aside in brackets after one of them is no part of it.
PLUS_SEPARATORS = "+＋"
_ASIDE_SEPARATORS = PLUS_SEPARATORS + "和与及"
_ASIDE = regex.compile(r"[(（][^()（）\n]{1,12}[)）]")


def split_members(
    raw: str,
    separators: str = LIST_SEPARATORS,
    strip_leading: Sequence[str] = (),
    quoted_members: bool = False,
    split_last_on: Sequence[str] = (),
) -> list[str]:
    """Members listed in ``raw``: split on ``separators``, quotes and spaces trimmed.

    With ``quoted_members`` (or when every item holds exactly one quoted phrase inside other
    words, as in “解决矛盾也是政绩”的观念) the quoted phrase is the member. A list of questions
    (A?B?C?) gives the questions, up to the first item that is not one. A first item that starts
    with one of ``strip_leading`` (开展, 坚持 …) loses it when it is longer than all others, or
    when no other item starts so and all items end alike (坚持甲类人才、乙类人才、丙类人才). A first
    item that holds, after other words, the opening that every other item shares is cut to it
    (我们要更加注重甲、更加注重乙、更加注重丙); one longer than the others, which have one length and
    share its ending, is cut to their length (…提出了甲路自信、乙论自信、丙度自信). A last item joined
    by one of ``split_last_on`` counts as its halves when the verb is weighed (开展甲课、乙课和丙课 → 甲课 …).
    A list whose every part defines a part of the name gives the parts' lists (see ``sub_definitions``); one
    whose every part is a numbered name and a dash gives the names (see ``dash_heads``); otherwise the list
    stops before a later part that defines a numbered part of its own, and one 即 opening an item is dropped.

    Examples:
        >>> split_members("领导班子好、党员队伍好;工作机制好")
        ['领导班子好', '党员队伍好', '工作机制好']
        >>> split_members("深入开展标准服务惠民工程,计量服务惠民工程", strip_leading=["深入开展"])
        ['标准服务惠民工程', '计量服务惠民工程']
        >>> split_members("目标是什么?办法是什么?时限是什么?然后再说")
        ['目标是什么', '办法是什么', '时限是什么']
    """
    if quoted_members:
        return [m.group("body").strip() for m in QUOTED.finditer(raw)]
    questions = _leading_questions(raw)
    if questions:
        return questions
    nested = _NESTED_LIST.findall(raw)
    if len(nested) > 1:  # (“2”就是…,即:A、B;“5”就是…,即:C、D): the sub-lists are the members
        raw = ";".join(nested)
    parts = sub_definitions(raw) or dash_heads(raw)
    if parts is not None:
        return parts
    raw = _before_next_definition(raw)
    if any(c in _ASIDE_SEPARATORS for c in separators):
        raw = _ASIDE.sub("", raw)
    sep = _separator_pattern(separators)
    raw_items = [i.strip() for i in sep.split(raw) if i.strip(_TRIM)]
    quoted_heads = quoted_head_phrases(raw_items) or quoted_head_phrases(_whole_quotations(raw, sep))
    if quoted_heads is not None:
        return quoted_heads
    items = strip_enumerators([_NAMELY.sub("", trim_item(i)) for i in raw_items])
    if len(items) > 1 and strip_leading:
        items = _strip_governing_verb(items, strip_leading, split_last_on)
    items = cut_to_shared_verb(leading_verb_cut(items, MIN_MEMBER_CHARS, strip_leading) or items, MIN_MEMBER_CHARS)
    items = cut_after_preposition(items, MIN_MEMBER_CHARS)
    items = trim_to_parallel_shape(trim_to_shared_ending(trim_to_shared_opening(cut_to_next_items_shape(items))))
    return cut_last_to_others_length(cut_leading_verb_phrase(items, split_last_on))


def _whole_quotations(raw: str, sep: "regex.Pattern[str]") -> list[str]:
    """The items of ``raw`` split at ``sep`` but not inside a quotation (突出“甲”、落实“乙、丙” → 突出“甲”, 落实“乙、丙”:
    the quoted words are one object)."""
    items: list[str] = []
    start = depth = 0
    for at, char in enumerate(raw):
        depth += (char in OPEN_QUOTES) - (char in CLOSE_QUOTES)
        if depth <= 0 and sep.fullmatch(char):
            items.append(raw[start:at])
            start, depth = at + 1, 0
    items.append(raw[start:])
    return [i.strip() for i in items if i.strip(_TRIM)]


#: A part of a list that defines a part of the name itself (两翼即甲区和乙区): the part's name, 即 and its list.
_SUB_DEFINITION = regex.compile(
    f"(?P<name>[^即{QUOTE_CHARS}]{{0,6}}[{NUMERAL_CLASS}][^即{QUOTE_CHARS}]{{0,6}})即{_NOT_JI_WORD}[:：]?(?P<list>.+)"
)
_CONJUNCTIONS = ("和", "及", "与")


def sub_definitions(raw: str) -> Optional[list[str]]:
    """The members of a list whose every part defines a part of the name (一核即甲市,两翼即乙区和丙区,三带即…):
    each part's list, fitted to its own numeral (两翼: 乙区和丙区 → 乙区, 丙区); else None."""
    pieces = [p.strip(_TRIM) for p in _separator_pattern(STRONG_SEPARATORS).split(raw) if p.strip(_TRIM)]
    found = [_SUB_DEFINITION.fullmatch(p) for p in pieces]
    if len(pieces) < 2 or not all(found):
        return None
    members: list[str] = []
    for m in found:
        items = [trim_item(i) for i in _separator_pattern(LIST_SEPARATORS).split(m.group("list")) if i.strip(_TRIM)]
        arith = formula_arithmetic(m.group("name"))
        members += fit_members(items, arith.total if arith else None, _CONJUNCTIONS)
    return members


#: A part of a list led by a numbered name and a dash (达到两个提升——甲,乙): a few words, the name, the dash.
_DASH_PART = regex.compile(f"\\p{{Han}}{{0,4}}?(?P<head>[{NUMERAL_CLASS}]{{1,3}}[{CLASSIFIER_CHARS}]?\\p{{Han}}{{1,6}}?)——")
#: A part of a list led by a numbered group's head and a colon (5条甲线：…; 3个目标：…), or by a quoted numeral and a
#: colon, then the head (“7”：7个甲小组，…): the numerals of a name of digits glossed one by one.
_COLON_PART = regex.compile(
    f"(?:(?P<label>[{QUOTE_CHARS}]?[0-9０-９]{{1,3}}[{QUOTE_CHARS}]?[:：])|\\p{{Han}}{{0,4}}?)"
    f"(?P<head>[{NUMERAL_CLASS}]{{1,3}}[{CLASSIFIER_CHARS}]?\\p{{Han}}{{1,10}}?)(?P<end>[:：]|(?=[,，]|$))"
)


def dash_heads(raw: str) -> Optional[list[str]]:
    """The numbered names that lead every part of a list, each before a dash that explains it (一个目标——甲;
    达到两个提升——乙,丙;实施三个计划——丁 → 一个目标, 两个提升, 三个计划); parts are read at ; first, then at , too;
    at ; a colon may stand for the dash (5条路线：甲；3个目标：乙 → 5条路线, 3个目标), and a part may open with its quoted
    numeral and a colon (“1”：1个甲核心，即…；“7”：7个乙小组 → 1个甲核心, 7个乙小组); else None."""
    for level in (";；", STRONG_SEPARATORS):
        pieces = [p.strip(_TRIM + " ") for p in _separator_pattern(level).split(raw) if p.strip(_TRIM)]
        if len(pieces) < 2:
            continue
        found = [_DASH_PART.match(p) for p in pieces]
        if all(found):
            return [m.group("head") for m in found]  # type: ignore[union-attr]
        glossed = [_COLON_PART.match(p) for p in pieces] if level != STRONG_SEPARATORS else []
        if glossed and all(m and (m.group("label") or m.group("end")) for m in glossed):
            return [m.group("head") for m in glossed]  # type: ignore[union-attr]
    return None


def _before_next_definition(raw: str) -> str:
    """``raw`` up to a later part that defines a numbered part of its own (甲区和乙区,三带即… → 甲区和乙区)."""
    at = 0
    for piece in _separator_pattern(STRONG_SEPARATORS).split(raw):
        if at and _SUB_DEFINITION.fullmatch(piece.strip(_TRIM)):
            return raw[:at - 1]
        at += len(piece) + 1
    return raw


def trim_item(item: str) -> str:
    """An item less the spaces, brackets and quotes around it, but not a quote that opens a phrase
    inside it (“甲乙”丙丁 keeps its quotes)."""
    inner = item.strip(_TRIM)
    if not inner:
        return inner
    start = item.find(inner)
    before, after = item[:start], item[start + len(inner):]
    if before and before[-1] in PAIRED_OPEN and _closes(inner, before[-1]) and not (after and after[0] in PAIRED_CLOSE):
        inner = before[-1] + inner
    if after and after[0] in PAIRED_CLOSE and _opened(inner, after[0]) and not (before and before[-1] in PAIRED_OPEN):
        inner = inner + after[0]
    return inner


def _closes(inner: str, opening: str) -> bool:
    """True when ``inner`` holds the closing mark of ``opening`` with text after it (“三公”经费 …)."""
    closing = PAIRED_CLOSE[PAIRED_OPEN.index(opening)]
    at = inner.find(closing)
    return 0 <= at < len(inner) - 1


def _opened(inner: str, closing: str) -> bool:
    opening = PAIRED_OPEN[PAIRED_CLOSE.index(closing)]
    return inner.find(opening) > 0


def _leading_questions(raw: str) -> Optional[list[str]]:
    """The questions that open ``raw`` (two or more, each ending in ?), or None."""
    out: list[str] = []
    pos = 0
    while True:
        m = _QUESTION.match(raw, pos)
        if m is None:
            break
        out.append(m.group("body").strip(_TRIM))
        pos = m.end()
    return out if len(out) >= 2 else None


def _strip_governing_verb(items: list[str], strip_leading: Sequence[str], split_last_on: Sequence[str] = ()) -> list[str]:
    others = [*items[1:-1], *conjoined_halves(items[-1], split_last_on)]
    longest_other = max(len(i) for i in others)
    for prefix in sorted(strip_leading, key=len, reverse=True):
        rest = items[0][len(prefix):]
        if not items[0].startswith(prefix) or len(rest) < MIN_MEMBER_CHARS:
            continue
        # the verb governs the list only where no other item opens with a verb of its own (推进甲行动、实施乙行动)
        alone = not any(i.startswith(verb) for verb in strip_leading for i in items[1:])
        if len(items[0]) > longest_other or (alone and common_suffix([rest, *items[1:]]) >= 2):
            aspect = rest[:1] in _ASPECT and len(rest) - 1 >= MIN_MEMBER_CHARS  # 开展了甲斗争 → 甲斗争
            return [rest[1:] if aspect else rest, *items[1:]]
    if len(items[0]) > longest_other:  # the verb after other words (对甲类患者开展乙类保险、…)
        cut = verb_inside_first(items, strip_leading, MIN_MEMBER_CHARS)
        if cut:
            return cut
    return subject_verb_cut(items, strip_leading, MIN_MEMBER_CHARS) or items  # 各支部开展甲、乙、丙 → 甲


#: Words that may follow a verb before its object (开展了).
_ASPECT = "了着"


def strong_split(raw: str, separators: str = LIST_SEPARATORS, level: str = STRONG_SEPARATORS) -> Optional[list[str]]:
    """``raw`` split only on the separators of ``level`` it is split on (、 joins words inside an item: 甲乙、丙丁,戊己
    → 甲乙、丙丁 | 戊己; with level ;； commas too: 甲,乙原则;丙原则); None when that is no other split."""
    strong = "".join(c for c in separators if c in level)
    if not strong or strong == separators or not any(c in raw for c in separators if c not in strong):
        return None
    items = [trim_item(i) for i in _separator_pattern(strong).split(raw) if i.strip(_TRIM)]
    return items if len(items) > 1 else None


def fit_members(
    items: list[str], promised: Optional[int], split_last_on: Sequence[str] = (), cuts: Optional[Sequence[int]] = None
) -> list[str]:
    """Fit a split list to the number of members the numerals promise, where the text allows.

    One member short and the last item (else the one other item) joins two with 和/及/与: split it. More items than
    promised: the list ran on into the next sentence part, keep the first ``promised`` (when
    ``cuts`` are given, only if a sentence part ends there) — or, one item more, the last ``promised`` where the first
    only leads into them (see ``_preamble``).
    """
    if promised is None:
        return items
    if len(items) == promised - 1 and split_last_on:
        parts = conjoined_halves(items[-1], split_last_on)
        if len(parts) == 2:
            return items[:-1] + parts
        # or the one other item that joins two (甲县城和乙县, written between the groups of a compound name)
        joined = [k for k, item in enumerate(items[:-1]) if len(conjoined_halves(item, split_last_on)) == 2]
        if len(joined) == 1:
            k = joined[0]
            halves = conjoined_halves(items[k], split_last_on)
            shortest = min(len(i) for j, i in enumerate(items) if j != k)
            if min(map(len, halves)) * 2 >= shortest:  # members of the list's size, not 甲人员和对象 (one object)
                return [*items[:k], *halves, *items[k + 1:]]
    if len(items) == promised + 1 and _preamble(items):
        return items[1:]
    if len(items) > promised and (cuts is None or promised in cuts):
        return items[:promised]
    return items


#: The shortest opening the items after a leading clause share that shows them parallel (必须, 坚持).
_PREAMBLE_OPENING_CHARS = 2


def _preamble(items: Sequence[str]) -> bool:
    """True when the first of ``items`` is a clause that leads into the list, no member: every other item opens alike
    (a word of two characters or more) and the first does not (对上级部署的工作，必须甲，必须乙 → 必须甲, 必须乙)."""
    opening = common_prefix(items[1:])
    return len(items) > 2 and len(opening) >= _PREAMBLE_OPENING_CHARS and not items[0].startswith(opening[:1])


#: Words that open a clause of a list as a link to the one before (…成为少数,而…只能是极少数).
_CLAUSE_LINKS = ("而且", "而", "并且", "同时")


def merge_clauses(items: Sequence[str], promised: int) -> Optional[list[str]]:
    """Clauses one too many for the ``promised`` count, as a writer breaks one clause with a comma
    (让甲、乙，丙、丁成为常态，戊成为多数 …): the adjacent pair that joins into the shortest clause joined
    again (parallel clauses are of like length), a leading link word (而) dropped; None when the last
    clause opens and ends unlike every other (the list ran on into the next clause) or the count differs."""
    if promised < 2 or len(items) != promised + 1:
        return None
    last = _drop_link(items[-1])
    if not any(i[:1] == last[:1] or i[-1:] == last[-1:] for i in items[:-1]):
        return None  # the last clause is no member: the list ran on, a cut fits it (…,是我们的根本)
    at = min(range(len(items) - 1), key=lambda i: len(items[i]) + len(items[i + 1]))
    merged = [*items[:at], items[at] + "，" + items[at + 1], *items[at + 2:]]
    return [_drop_link(i) for i in merged]


def _drop_link(item: str) -> str:
    for link in _CLAUSE_LINKS:
        if item.startswith(link) and len(item) - len(link) >= MIN_MEMBER_CHARS:
            return item[len(link):]
    return item


def clean_cuts(raw: str, separators: str, count: int) -> tuple[int, ...]:
    """After how many of the ``count`` items split from ``raw`` a sentence part ends (at , or ;, not
    inside a 、 list); empty when the items do not map onto the parts."""
    strong = "".join(c for c in separators if c in STRONG_SEPARATORS)
    if not strong:
        return ()
    sep = _separator_pattern(separators)
    cuts, total = [], 0
    for part in _separator_pattern(strong).split(raw):
        total += len([i for i in sep.split(part) if i.strip(_TRIM)])
        cuts.append(total)
    return tuple(cuts) if total == count else ()


#: Parallel members differ in length at most this many times (a list of phrases, not sentences of prose).
MAX_LENGTH_RATIO = 3


#: Phrases of one length at least this long, three or more, are written in parallel whatever their characters.
_PARALLEL_PHRASE_CHARS = 4


def looks_parallel(members: Sequence[str]) -> bool:
    """True for members written in parallel: similar lengths, and two or more opening or ending alike
    (保证甲、保证乙、作好丙; 甲不增、乙不增) or, three or more, all sharing their second character (建好甲、带好乙、
    办好丙) or all of one length of four characters or more — a paragraph of prose after a colon is no member list."""
    if len(members) < 2 or any(not m for m in members):
        return False
    lengths = [len(m) for m in members]
    if max(lengths) > MAX_LENGTH_RATIO * min(lengths):
        return False
    firsts = [m[0] for m in members]
    lasts = [m[-1] for m in members]
    if len(set(firsts)) < len(firsts) or len(set(lasts)) < len(lasts):
        return True
    # or three or more all share the second character (建好甲、带好乙、办好丙; not 上午甲,下午乙), or are phrases of one
    # length (建设美丽乡村、发展特色产业、提高群众收入)
    if len(members) > 2 and len(set(lengths)) == 1 and lengths[0] >= _PARALLEL_PHRASE_CHARS:
        return True
    return len(members) > 2 and all(len(m) > 2 for m in members) and len({m[1] for m in members}) == 1


#: The longest item of a list of words parted by 、 alone that counts as written as a list (全面、协调、可持续).
_WORD_LIST_ITEM_CHARS = 4


def written_as_list(members: Sequence[str], raw: str = "", separators: str = LIST_SEPARATORS) -> bool:
    """True for members written as a list, not a paragraph of prose: written in parallel (see ``looks_parallel``, on
    the items or on the clauses of ``raw``), or three or more short words parted by 、 alone, the mark of a list."""
    if looks_parallel(members) or looks_parallel(strong_split(raw, separators) or ()):
        return True
    words = raw.split("、")
    return (len(words) > 2 and all(2 <= len(w) <= _WORD_LIST_ITEM_CHARS for w in words)
            and not any(mark in raw for mark in _PROSE_MARKS))


#: Marks inside a stretch that part clauses of prose, not words of a list.
_PROSE_MARKS = ",，;；:：。"
#: Characters of a term that say nothing of its members: numerals, classifiers, punctuation.
_TERM_FILLER = regex.compile(f"[{NUMERAL_CLASS}{CLASSIFIER_CHARS}、,，+＋\\s]")


def repeats_term(members: Sequence[str], term: str) -> bool:
    """True when every member holds a character of the term's words (三查: 查思想、查作风)."""
    words = set(_TERM_FILLER.sub("", term))
    return bool(words) and all(words & set(m) for m in members)


def echo_length(lead: str, first_item: str) -> int:
    """The length of the longest run of characters that ``lead`` and ``first_item`` share."""
    best = 0
    for i in range(len(lead)):
        for j in range(i + best + 1, len(lead) + 1):
            if lead[i:j] in first_item:
                best = j - i
            else:
                break
    return best


@lru_cache(maxsize=64)
def _separator_pattern(separators: str) -> "regex.Pattern[str]":
    return regex.compile("[" + regex.escape(separators) + "]")
