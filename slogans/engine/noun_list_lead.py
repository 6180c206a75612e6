"""The verb that governs a list of nouns, cut off the first item (扩大小麦、杂粮、油料 → 小麦).

A writer who lists things (crops, meetings, trades) puts the verb that governs them all before the first only:
加强师资、教材、课程; 大力发展林果、水产、花卉. Where every other item is a
phrase of nouns with no verb in it, a verb (maybe with its adverbs) that opens the first item is the list's, not the
member's: the member is what follows it, where that is a phrase of nouns too. The evidence is the other items' words
alone, not their lengths, so it holds for lists of unequal items; a list of verb phrases (热爱祖国、勤奋学习) or one
whose others open with verbs of their own (推进甲、实施乙) is left as it is.
"""
from __future__ import annotations

from typing import Sequence

from slogans.engine.enumerations import MIN_MEMBER_CHARS
from slogans.engine.parallel_trim import common_prefix, common_suffix, item_words, word_tag

#: Tags (jieba's) of a verb (not vn, a verbal noun: 建设 of 作风建设 is a noun).
_VERB_TAGS = ("v", "vd", "vg", "vi")
#: Tags the second half of a four-character set phrase may carry to end in a verb (发展 of 大力发展, 开展 of 深入开展).
_VERBAL_TAGS = frozenset((*_VERB_TAGS, "vn"))
#: Tags (jieba's) of the words that may stand before a governing verb (大力, 进一步, 全面, 认真): jieba tags many adverbs
#: of this kind as nouns, so a noun passes too where a true verb follows it.
_MODIFIER_TAGS = ("d", "ad", "a", "n")
#: Tags (jieba's) of a set phrase that may hold an adverb and a verb as one word (大力发展 nz, 深入开展 i, 切实加强 l).
_PHRASE_TAGS = ("nz", "i", "l", "")
#: Tags (jieba's) of words that open a phrase of nouns: nouns of every kind, abbreviations (党建), verbal nouns,
#: pronouns (其他), places and directions.
_NOUN_OPENING = ("n", "j", "vn", "r", "s", "f")
#: Tags (jieba's) of a first word that shows the words after a verb are no plain noun: a person's name is, in lists of
#: things, jieba's reading of rare characters (有悖于|公序良|俗), and a verbal noun (经营好) still says what is done.
_NOT_A_THING = ("nr", "vn")
#: Aspect particles that may close the governing verb (发展了).
_ASPECT = ("了", "着")
#: The fewest items a list needs for its other items to show they are nouns.
_MIN_ITEMS = 3
#: The most characters of the governing words (大力发展, 进一步做好).
_MAX_LEAD_CHARS = 5
#: The most characters of a verb and its noun after the last item that frame the whole list (种植面积 of 扩大甲、乙、丙种植面积).
_MAX_TAIL_CHARS = 4


def _is_verb(word: str) -> bool:
    """True for a verb by its tag, or a four-character set phrase that ends in one (大力发展, 深入开展)."""
    if word_tag(word) in _VERB_TAGS:
        return True
    return len(word) == 4 and word_tag(word) in _PHRASE_TAGS and word_tag(word[2:]) in _VERBAL_TAGS


def _holds_verb(item: str) -> bool:
    """True when a word of ``item`` is a verb."""
    return any(_is_verb(word) for word in item_words(item))


def _opens_nouns(item: str) -> bool:
    """True when ``item`` opens with a noun's word and holds no verb."""
    words = item_words(item)
    return bool(words) and word_tag(words[0]).startswith(_NOUN_OPENING) and not _holds_verb(item)


def governing_lead(item: str) -> int:
    """The length of the governing words that open ``item``: a verb (not a verbal noun: 生产 of 生产经营好 names a
    thing), maybe one modifier before it and 了 after it (0 where no verb opens it, or they run longer than a lead)."""
    words = item_words(item)
    if len(words) < 2:
        return 0
    at = 1 if len(words) > 2 and word_tag(words[0]) in _MODIFIER_TAGS and word_tag(words[1]) in _VERB_TAGS else 0
    verb = words[at]
    if not _is_verb(verb):
        return 0
    end = sum(len(w) for w in words[:at + 1])
    if at + 2 < len(words) and words[at + 1] in _ASPECT:
        end += len(words[at + 1])
    return end if end <= _MAX_LEAD_CHARS else 0


def _tail_cut(item: str) -> int:
    """Where the last item's own words end, before a verb and its noun that frame the whole list (油料作物|种植面积);
    its length where no such frame closes it."""
    words = item_words(item)
    at = len(item)
    for i in range(len(words) - 1, 0, -1):
        at -= len(words[i])
        if _is_verb(words[i]):
            tail = item[at:]
            framed = len(tail) <= _MAX_TAIL_CHARS and i < len(words) - 1 and word_tag(words[-1]).startswith("n")
            return at if framed and not _holds_verb(item[:at]) else len(item)
    return len(item)


def cut_verb_over_nouns(items: Sequence[str]) -> list[str]:
    """``items`` with the verb that governs them cut off the first, where every other item is a phrase of nouns without
    a verb and what follows the verb is one too (开好甲会议、乙会议、丙会议 → 甲会议); a verb and its noun that close the
    last item then close the whole list and go too (扩大甲、乙、丙种植面积 → 丙). Else the items as given.

    Examples:
        >>> cut_verb_over_nouns(["大力发展林果", "水产", "花卉"])
        ['林果', '水产', '花卉']
    """
    items = list(items)
    if len(items) < _MIN_ITEMS or common_prefix(items):
        return items  # 着力甲、着力乙: an opening every item shares is each member's own
    last = items[-1][:_tail_cut(items[-1])]
    if not all(_opens_nouns(other) for other in [*items[1:-1], last]):
        return items
    cut = governing_lead(items[0])
    rest = items[0][cut:]
    if any(other.startswith(items[0][:cut]) for other in items[1:]):
        return items  # 服务甲、服务乙: the verb is every member's own
    if not cut or len(rest) < MIN_MEMBER_CHARS or len(last) < MIN_MEMBER_CHARS or not _opens_nouns(rest):
        return items
    if word_tag(item_words(rest)[0]) in _NOT_A_THING or len(rest) <= common_suffix([rest, *items[1:]]):
        return items  # 值班|制度 of 值班制度、报告制度: what is left would be the ending the items share, no member
    return [rest, *items[1:-1], last]
