"""Aligning a list read by a name's counted morpheme where the morpheme stands at no one place in all its items: the
first item carries the words that govern the whole list, the last runs on into the sentence, or the items share an
opening frame with the morpheme inside (把甲培养成乙、把丙培养成丁 for 四个培养).

``morpheme_lists.align_to_morpheme`` reads a list whose items hold the morpheme at one place, or all end with it; a
writer often puts the list inside a longer sentence, so that its first item opens with the verb that governs it
(着力打造甲强、乙强、丙强) and its last is followed by the noun the list describes (…丙强的带头人队伍). These are the
same list, cut as a reader cuts it.
"""
from __future__ import annotations

from typing import Optional, Sequence

from slogans.engine.parallel_trim import common_prefix
from slogans.text.segment import dictionary_tag, dictionary_words

#: Words after the morpheme that close the list and start what it describes (甲强的队伍, 甲好为目标, 甲谈等要求).
_TIES = ("的", "为", "等")


def modifies_shared_head(items: Sequence[str], x: str, cut: int) -> bool:
    """True when every item ends with ``x``, a word of two characters or more that names what the items are, and the
    ``cut`` characters that the first holds before the place the others share are no verb: they tell which ``x`` it is
    (粮食生产基地、蔬菜基地、饲养基地 for 三大基地: 粮食 stays; 加强甲基地 loses 加强)."""
    if len(x) < 2 or not all(i.endswith(x) for i in items):
        return False
    return not any((dictionary_tag(w) or "").startswith("v") for w in dictionary_words(items[0][:cut]))


def governed_first_cut(first: str, others: Sequence[str]) -> str:
    """``first`` less the words before it that govern the list, where it is longer than every other item: cut at a
    word's start to the ending whose length is nearest the others' mean length, the shorter of two (着力打造思想政治素质强
    beside 甲乙能力强 → 思想政治素质强); ``first`` as it is where it is no longer than the others."""
    if len(first) <= max(map(len, others)):
        return first
    mean = sum(map(len, others)) / len(others)
    endings, end = [], len(first)
    for word in reversed(dictionary_words(first)[1:]):
        end -= len(word)
        endings.append(first[end:])
    return min(endings, key=lambda e: (abs(len(e) - mean), len(e)), default=first)


def ending_with_run_on(items: Sequence[str], x: str) -> Optional[list[str]]:
    """The items aligned where the morpheme ``x`` ends every one but the last, which runs on after it into the words the
    list describes (…廉洁自觉性强的基层队伍 → 廉洁自觉性强), the first cut of the words that govern the list (see
    ``governed_first_cut``); None where another item does not end with ``x`` or the last goes on with no tie."""
    if len(items) < 2 or not all(i.endswith(x) for i in items[:-1]):
        return None
    last = items[-1]
    at = last.find(x)
    while at >= 0 and not last[at + len(x):].startswith(_TIES):
        at = last.find(x, at + 1)
    if at <= 0:
        return None
    last = last[:at + len(x)]
    others = [*items[1:-1], last]
    return [governed_first_cut(items[0], others), *others]


def shared_opening(items: Sequence[str], x: str) -> Optional[list[str]]:
    """The items aligned where all but the first open alike (把…) and every one holds ``x``: the first is cut to where it
    opens so after other words, at a word's start (坚持把甲培养成乙、把丙培养成丁 → 把甲培养成乙); None where the others
    share no opening or the first does not hold it after a word."""
    if len(items) < 3 or not all(x in i for i in items):
        return None
    opening = common_prefix(items[1:])
    if not opening or items[0].startswith(opening):
        return None
    end = 0
    for word in dictionary_words(items[0]):
        end += len(word)
        if items[0].startswith(opening, end) and x in items[0][end:]:
            return [items[0][end:], *items[1:]]
    return None

