"""Two members joined by 和/与/及 at the end of a clause, before a quoted counted name, found by the words of the text.

A writer puts the verb that governs a pair right before its first member (一是坚持甲委和乙总“两个领导”; 发挥好桥梁和
纽带“两个作用”), or opens the clause with the pair, a phrase of time or an adverb maybe between it and the name
(甲数和乙数自2016年起连续“双上升”). The two members are parallel, of one length: the first starts where a dictionary
word does, after the clause's start, a preposition or a verb that opens its phrase (not 能源消费总量和强度: 消费 a verbal
noun after a noun; not 合法权利和制造: a verb as a member).
"""
from __future__ import annotations

from typing import Optional

import regex

from slogans.engine.parallel_trim import item_words, word_tag

#: The words that join the pair.
CONJUNCTIONS = "和与及"
#: The lengths a member of the pair may have.
MIN_CHARS, MAX_CHARS = 2, 8
#: Tags (jieba's) of a verb that takes an object, and of a preposition: the words that may govern the pair.
_VERB_TAGS = ("v", "vd", "vg")
_PREPOSITION_TAGS = ("p",)
#: Complements and aspect words after the governing verb (发挥好, 打赢了).
_AFTER_VERB = ("好", "了", "着")
#: Tag letters of a word no member ends with: prepositions, conjunctions, particles, adverbs, pronouns, numerals,
#: measure words, words of place (公安干警在“七五”期间: 在 opens the phrase of the name).
_NOT_MEMBER_END = ("p", "c", "u", "d", "r", "m", "q", "f", "y")
#: Words of place that close the frame of a preposition around a pair (在甲和乙中).
_LOCATIVES = ("中", "里", "内", "上")
#: Tag letters of a word that makes the verb after it part of a noun phrase (能源消费, 甲方的): nouns, 的.
_NOT_BEFORE_VERB = ("n", "u")
_HAN_ONLY = regex.compile(r"\p{Han}+")


def governed_pair(clause: str) -> Optional[tuple[int, int]]:
    """Where the pair A和B that ends ``clause`` stands in it (start, end), or None where none does.

    The members have one length (two to eight characters); the shortest reading that passes wins.

    Examples:
        >>> governed_pair("一是坚持区委和市总")
        (4, 9)
        >>> governed_pair("二是发挥好桥梁和纽带")
        (5, 10)
        >>> governed_pair("实施能源消费总量和强度") is None
        True
    """
    found = _pair_ending(clause)
    if found is None and clause[-1:] in _LOCATIVES:  # 在甲和乙中: the frame of the preposition is no part of the pair
        found = _pair_ending(clause[:-1], framed=True)
    return found


def _pair_ending(clause: str, framed: bool = False) -> Optional[tuple[int, int]]:
    for size in range(MIN_CHARS, MAX_CHARS + 1):
        start = len(clause) - 2 * size - 1
        if start < 0:
            return None
        if clause[start + size] in CONJUNCTIONS and _passes(clause, start, size, framed):
            return start, len(clause)
    return None


def _passes(clause: str, start: int, size: int, framed: bool) -> bool:
    first, second = clause[start:start + size], clause[start + size + 1:]
    if not (_HAN_ONLY.fullmatch(first) and _HAN_ONLY.fullmatch(second)):
        return False
    words = item_words(clause)
    starts = _word_starts(words)
    if start not in starts or start + size + 1 not in starts:
        return False  # a member starts inside a word (太子参与茶产业 is read at 与: 参与 is a word, 茶 starts one)
    if _ends_badly(first) or _ends_badly(second):
        return False  # a verb or a clause, not a member (合法权利和制造); a word that leads on (公安干警在)
    if word_tag(words[starts.index(start)])[:1] == "p":
        return False  # a preposition opens the first member (在甲和乙中): the pair is read inside its frame
    return _governed(list(words[:starts.index(start)]), framed)


def _word_starts(words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` starts in the text they cut."""
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    return starts


def _ends_badly(member: str) -> bool:
    words = item_words(member)
    tag = word_tag(words[-1]) if words else ""
    return tag in _VERB_TAGS or tag[:1] in _NOT_MEMBER_END


def _governed(before: list[str], framed: bool = False) -> bool:
    """True where the words ``before`` the pair end with nothing, a preposition, or a verb that opens its phrase; a
    pair ``framed`` by a locative (甲和乙中) only after a preposition."""
    if before and word_tag(before[-1]) in _PREPOSITION_TAGS:
        return True
    if not before or framed:
        return not before and not framed
    if before[-1] in _AFTER_VERB and len(before) > 1:
        before.pop()
    if word_tag(before[-1]) not in _VERB_TAGS:
        return False
    return len(before) == 1 or word_tag(before[-2])[:1] not in _NOT_BEFORE_VERB
