"""Cutting the words that govern a list off its first item, by the words of the text (jieba's dictionary).

A writer puts the verb or the preposition phrase that governs a whole list before its first item only
(达到甲组织好、乙队伍好、丙机制好; 出台对干部甲乙、丙丁、戊己的“三项机制”): the first item is then longer than
the parallel others, and the governing words are no part of the member.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

#: Tags (jieba's) of a verb that takes an object (not vn, a verbal noun: 建设 in 经济建设).
_VERB_TAGS = ("v", "vd", "vg")
#: Tags (jieba's) of a word that governs what follows it: verbs and prepositions.
_GOVERNING_TAGS = (*_VERB_TAGS, "p")
#: Tags of a preposition: a preposition phrase before a list (对干部…) governs it whatever the items look like.
_PREPOSITION_TAGS = ("p",)
#: Tags (jieba's) of a conjunction (和, 与, 及): a cut never falls right after one.
_CONJUNCTION_TAGS = ("c",)
#: Verbs of direction that open the phrase of where things go (送甲进社区, 送乙到村): a closed class of the grammar.
_DIRECTIONS = "进到入下"
#: The shortest governing phrase before a first item that is cut whatever the items look like: an adverb and a verb
#: or two verbs (统筹推进甲、乙、丙; 充分发挥甲、乙、丙), where one verb (建设美丽乡村、发展经济) may be the first item's own.
_GOVERNING_PHRASE_CHARS = 4
#: The longest members that may be bare words of a list of nouns (政治、经济、文化): no verb-object phrase.
_BARE_WORD_CHARS = 2


@lru_cache(maxsize=4096)
def item_words(text: str) -> tuple[str, ...]:
    """The dictionary words of ``text`` (cached: the same items are read by several rules of one document)."""
    from slogans.text.segment import dictionary_words

    return tuple(dictionary_words(text))


def word_tag(word: str) -> str:
    """The dictionary part-of-speech tag of ``word`` (empty when it has none)."""
    from slogans.text.segment import dictionary_tag

    return dictionary_tag(word) or ""


def word_cut(text: str, at: int) -> bool:
    """True when a word of ``text`` ends at ``at``."""
    end = 0
    for word in item_words(text):
        end += len(word)
        if end >= at:
            return end == at
    return False


def _is_verb(word: str, verbs: Sequence[str] = ()) -> bool:
    """True for a verb (by its tag, or one of ``verbs``), or a longer word that ends in one (全面落实: an idiom by
    its tag, 落实 a verb)."""
    if word_tag(word) in _VERB_TAGS or word.endswith(tuple(verbs)):
        return True
    return len(word) > 2 and word_tag(word[-2:]) in _VERB_TAGS


def _governs(prefix: str, tags: Sequence[str]) -> bool:
    """True when ``prefix`` holds a word tagged one of ``tags``, cut as a word or seen in a two-character piece
    (努力实现: a name by its tag, 实现 a verb)."""
    if any(word_tag(w) in tags for w in item_words(prefix)):
        return True
    return "v" in tags and any(word_tag(prefix[i:i + 2]) in _VERB_TAGS for i in range(len(prefix) - 1))


#: Tags of nouns beyond those that start with n: an abbreviation (党建) is a noun.
_NOUN_TAGS = ("j",)


def _opening_tag(item: str) -> str:
    """The word class of the item's first word: the first letter of its tag, nouns and abbreviations alike."""
    tag = word_tag((item_words(item) or [""])[0])
    return "n" if tag in _NOUN_TAGS else tag[:1]


def trim_to_parallel_shape(items: list[str]) -> list[str]:
    """The first of three or more items cut to the one length of all the others when the words before are
    governing words (a verb or a preposition, ending where a word ends) and the list is clearly parallel: the
    items end alike (达到甲组织好、乙队伍好、丙机制好 → 甲组织好) or open with words of one tag (认真开展讲甲、讲乙、
    讲丙 → 讲甲), a preposition governs (对干部甲乙、丙丁、戊己 → 甲乙), the governing words are a phrase of four
    characters or more (统筹推进甲乙、丙丁、戊己 → 甲乙) or the others are bare two-character words (实现该乡政治、经济、文化
    → 政治). Otherwise the items as given (建设美丽乡村、发展经济、保护环境 stays: an
    adjective where the others open with verbs)."""
    if len(items) < 3:
        return items
    size = len(items[1])
    first = items[0]
    if any(len(i) != size for i in items[2:]) or len(first) <= size:
        return items
    cut = len(first) - size
    prefix = first[:cut]
    if not word_cut(first, cut) or not _governs(prefix, _GOVERNING_TAGS):
        return items
    alike = len({i[-1] for i in items}) == 1 or len({_opening_tag(i) for i in [first[cut:], *items[1:]]}) == 1
    if alike or size <= _BARE_WORD_CHARS or len(prefix) >= _GOVERNING_PHRASE_CHARS or _governs(prefix, _PREPOSITION_TAGS):
        return [first[cut:], *items[1:]]
    return items


#: Words that may follow a verb before its object (推翻了甲主义).
_ASPECT = ("了", "着")
#: Word classes (the first letter of jieba's tag) that no subject before a governing verb holds: prepositions,
#: particles (的), conjunctions.
_NOT_SUBJECT_TAGS = "puc"


def leading_verb_cut(items: list[str], min_chars: int, verbs: Sequence[str] = ()) -> Optional[list[str]]:
    """The items with the first cut after the verb word (and 了) that governs the list: the first verb of the
    first item, after at most a subject, where no other item opens with a verb and the rest and the others share an
    ending of two characters or more that is not the whole rest (我们推翻了甲主义、乙主义、丙丁主义 → 甲主义; 谋事要实、
    创业要实 and 在夯实甲上下功夫、在乙上下功夫 stay); ``verbs`` are verbs whatever their tag (落实); else None."""
    if len(items) < 2 or len({i[0] for i in items}) == 1:  # all open alike (在甲上下功夫、在乙上下功夫): parallel
        return None
    if any(_is_verb((item_words(i) or [""])[0], verbs) for i in items[1:]):
        return None
    words = item_words(items[0])
    at = next((k for k, w in enumerate(words) if _is_verb(w, verbs)), None)
    if at is None or at + 1 >= len(words):
        return None
    if any(word_tag(w)[:1] in _NOT_SUBJECT_TAGS for w in words[:at]):
        return None  # no subject before the verb (在甲地的乙招生计划…: a phrase with 在 and 的, the verb inside the member)
    cut = sum(len(w) for w in words[:at + 1]) + (len(words[at + 1]) if words[at + 1] in _ASPECT else 0)
    rest = items[0][cut:]
    shared = common_suffix([rest, *items[1:]])
    if len(rest) < min_chars or shared < 2 or shared >= len(rest):
        return None
    return [rest, *items[1:]]


def verb_inside_first(items: list[str], verbs: Sequence[str], min_chars: int) -> Optional[list[str]]:
    """The items with the first cut after a governing verb of ``verbs`` that stands inside it after other
    words (对甲乙患者开展丙类保险、丁类保险 → 丙类保险), where no other item opens with one of ``verbs``, the verb
    is a word of the item, a preposition stands before it (对…开展, not 突出抓好) and at least ``min_chars``
    characters follow it; else None."""
    first = items[0]
    if any(i.startswith(v) for v in verbs for i in items[1:]):
        return None
    best: Optional[int] = None
    for verb in verbs:
        at = first.rfind(verb)
        end = at + len(verb)
        if (
            at > 0 and len(first) - end >= min_chars and word_cut(first, at) and word_cut(first, end)
            and _governs(first[:at], _PREPOSITION_TAGS)
        ):
            best = end if best is None else max(best, end)
    if best is None:
        return None
    if first[best:best + 1] in _ASPECT and len(first) - best - 1 >= min_chars:  # 开展了甲斗争 → 甲斗争
        best += 1
    return [first[best:], *items[1:]]


def cut_to_shared_verb(items: list[str], min_chars: int) -> list[str]:
    """Three or more items whose others all open with one verb (送甲、送乙、送丙) and the first holds it after
    governing words (深入开展送甲 → 送甲); and the last, longer than every other, cut before a second verb (or a
    verb of direction opening a word: 进社区) that no other item has (送丙进贫困村 → 送丙: where the things go applies
    to all). Else the items as given."""
    if len(items) < 3:
        return items
    opening = item_words(items[1])[0] if item_words(items[1]) else ""
    if not _is_verb(opening) or not all(i.startswith(opening) for i in items[2:]):
        return items
    first = items[0]
    at = first.find(opening)
    if at > 0 and word_cut(first, at) and _governs(first[:at], _GOVERNING_TAGS):
        items = [first[at:], *items[1:]]
    last = items[-1]
    if not last.startswith(opening) or len(last) <= max(len(i) for i in items[:-1]):
        return items
    if any(_is_verb(w) for i in items[:-1] for w in item_words(i)[1:]):
        return items  # the others hold a second verb too: the last item's is of its own kind
    end = len(opening)
    before = ""
    for word in item_words(last[len(opening):]):
        if (_is_verb(word) or word[0] in _DIRECTIONS) and end - len(opening) >= min_chars:
            # not inside a coordination: 统筹国内发展和对外开放 is one member, 和 joins its two objects
            return items if word_tag(before) in _CONJUNCTION_TAGS else [*items[:-1], last[:end]]
        end += len(word)
        before = word
    return items


def cut_to_next_items_shape(items: list[str]) -> list[str]:
    """The first item cut to the shape of the second where, after words of its own, it ends with a phrase that opens
    with the second item's first word and has its length (党员亮身份、亮承诺、亮标准 → 亮身份: the subject of the list
    stays out); else the items as given."""
    if len(items) < 2:
        return items
    words = item_words(items[1])
    size, first = len(items[1]), items[0]
    if len(words) < 2 or len(first) <= size:
        return items
    cut = len(first) - size
    if not _is_verb(words[0]):
        return items  # a subject stands before a verb (党员亮身份); before a noun it is part of the member (村民民主提事)
    if first[cut:].startswith(words[0]) and word_cut(first, cut) and word_cut(first, cut + len(words[0])):
        return [first[cut:], *items[1:]]
    return items


def cut_last_to_others_length(items: list[str]) -> list[str]:
    """The last of three or more items cut to the one length of the others where what follows is a predicate of the
    whole list, a verb or an adverb and a verb (自治、法治、德治相结合 → 德治; 甲业、乙业、丙业共同推进 → 丙业), and no
    conjunction joins another item on after it; else the items as given."""
    if len(items) < 3:
        return items
    size, last = len(items[0]), items[-1]
    if any(len(i) != size for i in items[1:-1]) or len(last) <= size or not word_cut(last, size):
        return items
    rest = item_words(last[size:])
    if any(word_tag(word) in _CONJUNCTION_TAGS for word in rest):
        return items  # 丙区管网|改造和丁区小区提升: another item joined on, no predicate of the list
    predicate = _is_verb(rest[0]) or (word_tag(rest[0]) == "d" and len(rest) > 1 and _is_verb(rest[1]))
    return [*items[:-1], last[:size]] if predicate else items


#: Word classes of a subject before a preposition: nouns, places, pronouns.
_SUBJECT_TAGS = "nsr"


def cut_after_preposition(items: list[str], min_chars: int) -> list[str]:
    """The first of two or more items cut after the preposition whose object the list is, where a subject stands
    before it (村镇按甲物、乙物和丙物 → 甲物; 全县对甲类、乙类 → 甲类): the first item longer than every other by two
    characters or more (but the last, which may join two with 和), the preposition a word after other words, nouns only
    before it (nouns, places, pronouns), and at least ``min_chars`` characters after it. Else the items as given."""
    others = items[1:-1] if len(items) > 2 else items[1:]
    if len(items) < 2 or len(items[0]) < max(len(i) for i in others) + 2:
        return items
    words = item_words(items[0])
    end = 0
    for k, word in enumerate(words[:-1]):
        end += len(word)
        if k == 0:
            continue
        if word_tag(word) in _PREPOSITION_TAGS and all(_opening_tag(w) in _SUBJECT_TAGS for w in words[:k]):
            rest = items[0][end:]
            return [rest, *items[1:]] if len(rest) >= min_chars else items
    return items


#: Word classes (the first letter of jieba's tag) of a place or a time after a preposition: nouns, places, localities,
#: times, numerals.
_PLACE_TAGS = "nsftm"


def leading_place_phrase(item: str) -> int:
    """The length of the phrase of place or time that opens ``item`` (在甲地区 of 在甲地区捐建乙: a preposition, then
    nouns up to the verb), which frames a member rather than being part of it; 0 when there is none."""
    words = item_words(item)
    if len(words) < 3 or word_tag(words[0]) not in _PREPOSITION_TAGS:
        return 0
    end = len(words[0])
    for word in words[1:]:
        if (word_tag(word) or "x")[:1] not in _PLACE_TAGS:
            return end if end > len(words[0]) and _is_verb(word) else 0
        end += len(word)
    return 0


def trim_to_shared_opening(items: list[str]) -> list[str]:
    """Cut the first item to the opening (two characters or more) that all the others share; or to the frame they
    share, an opening of one character and an ending of two or more (全过程育人、全方位育人: 全…育人), where the first
    ends alike and governing words (a verb or a preposition) or a subject (nouns) stand before the opening, cut where a
    word ends (构建学校全员育人 → 全员育人)."""
    if len(items) < 3:
        return items
    first = items[0]
    opening = common_prefix(items[1:])
    if not opening or first.startswith(opening):
        return items
    if len(opening) < 2:
        ending = common_suffix(items)
        at = first.find(opening)
        framed = ending >= 2 and at > 0 and len(first) - at > ending and word_cut(first, at)
        lead = first[:at]
        governing = _governs(lead, _GOVERNING_TAGS) or all(_opening_tag(w) in _SUBJECT_TAGS for w in item_words(lead))
        return [first[at:], *items[1:]] if framed and governing else items
    at = first.find(opening)
    if at <= 0:
        return items
    if not (_governs(first[:at], _GOVERNING_TAGS) or word_tag(item_words(first[at:])[0])[:1] in _PREDICATE_OPENINGS):
        return items  # nouns before nouns modify them (村民民主提事、民主决事: 村民 stays); a subject goes before a predicate
    return [first[at:], *items[1:]]


#: Word classes (the first letter of jieba's tag) that open a predicate: verbs, adverbs (更加注重).
_PREDICATE_OPENINGS = "vd"


#: The fewest characters a governing phrase before a first item takes (提出了): a first item only two longer
#: than the others is a longer member (专门机关监督、社会监督、舆论监督), not a verb and its member.
_MIN_GOVERNING_CHARS = 3


def trim_to_shared_ending(items: list[str]) -> list[str]:
    """Cut a first item longer than the others, which all have one length and share an ending of two
    characters or more, to that length (…提出了甲路自信、乙论自信、丙度自信 → 甲路自信)."""
    if len(items) < 3:
        return items
    size = len(items[1])
    if any(len(i) != size for i in items[2:]) or len(items[0]) < size + _MIN_GOVERNING_CHARS:
        return items
    if common_suffix(items) < 2:
        return items
    return [items[0][-size:], *items[1:]]


def common_prefix(items: Sequence[str]) -> str:
    """The opening all ``items`` share."""
    n = 0
    while all(len(i) > n and i[n] == items[0][n] for i in items):
        n += 1
    return items[0][:n]


def common_suffix(items: Sequence[str]) -> int:
    """The length of the ending all ``items`` share."""
    return len(common_prefix([i[::-1] for i in items]))


#: Tags (jieba's) of the words that may stand before a governing verb in the lead of a list (全面, 深入, 认真): adverbs,
#: adjectives used as adverbs; a two-character word of any tag counts too (jieba tags 全面 a noun).
_MODIFIER_TAGS = ("d", "ad", "a")
#: The most characters the words before a first item that govern the list take (全面开展创建).
_MAX_LEAD_CHARS = 8


def _leading_verb_phrase(item: str) -> int:
    """The length of the governing phrase that opens ``item``: maybe one modifier (全面), one or more verbs, then maybe
    了 or 着, or a preposition that completes the verb (构建了, 全面开展创建, 集中表现在); 0 when it does not open with one."""
    words = item_words(item)
    # after an adverb a verbal noun is the verb (积极发展塑料: jieba tags 发展 vn), not a noun's head (经济建设)
    adverb = len(words) > 1 and word_tag(words[0]) in _MODIFIER_TAGS and word_tag(words[1]) == "vn"
    k = 1 if len(words) > 1 and (word_tag(words[0]) in _MODIFIER_TAGS or len(words[0]) <= 2) and (adverb or word_tag(words[1]) in _VERB_TAGS) else 0
    if k >= len(words) or (word_tag(words[k]) not in _VERB_TAGS and not adverb):
        return 0
    k += adverb
    while k < len(words) and word_tag(words[k]) in _VERB_TAGS:
        k += 1
    if k < len(words) and (words[k] in _ASPECT or words[k] in _VERB_COMPLEMENTS):
        k += 1
    return sum(len(w) for w in words[:k]) if k < len(words) else 0


#: Prepositions that complete a governing verb before its objects (集中表现在甲、乙; 概括为甲、乙).
_VERB_COMPLEMENTS = ("在", "于", "为")


def conjoined_halves(item: str, conjunctions: Sequence[str]) -> list[str]:
    """``item`` as the two halves (two characters or more) one of ``conjunctions`` joins; else ``item``."""
    for conj in conjunctions:
        parts = item.split(conj)
        if len(parts) == 2 and all(len(p) >= 2 for p in parts):
            return parts
    return [item]


def cut_leading_verb_phrase(items: list[str], conjunctions: Sequence[str] = ()) -> list[str]:
    """The first of three or more items less the verb phrase that governs the whole list (构建了县、乡、村、基地 → 县;
    形成了政府考核监督、业务部门指导服务、乡镇政府抓落实 → 政府考核监督; 全面开展创建国家级卫生县城、省级园林县城 …):
    where no other item opens with a verb, the first is longer than most others (the median), and what is left does not
    open with a verb and has the others' length (no longer than the longest, at least half the shortest; an item that
    joins two with one of ``conjunctions`` counts as the two). Else the
    items as given (建设美丽乡村、发展经济: the others open with verbs too)."""
    if len(items) < 3:
        return items
    first, others = items[0], items[1:]
    lengths = sorted(len(half) for i in others for half in conjoined_halves(i, conjunctions))
    if len(first) <= lengths[len(lengths) // 2] or any(_opening_tag(i) == "v" for i in others):
        return items
    cut = _leading_verb_phrase(first)
    rest = first[cut:]
    if not 0 < cut <= _MAX_LEAD_CHARS or _opening_tag(rest) == "v" or not lengths[0] / 2 <= len(rest) <= lengths[-1]:
        return items
    return [rest, *others]
