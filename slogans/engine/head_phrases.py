"""The head phrase of each item of a list found in the text: the part of each item that is parallel to the others.

A writer frames a list once, and the frame sticks to one item only: the words that govern the whole list stand before
its first item (推动甲率、乙率、丙率), a predicate of the whole list after its last (甲教育、乙医疗和丙安全有保障), the name
of a part of a compound name before its own group (四议两公开: …；两公开是甲公开、乙公开), and where every item holds a
quoted core, the words around each core are its gloss (推进甲“一网清”、乙“一表通”). Each mechanism here cuts what
the frame adds, judged by the shape the other items share, so that the first and the last items come out like the
others. They run on every list read from a document, whatever reader found it (a ``即`` list, a list by the name's
morpheme, a compound's groups), after the reader's own trimming; each leaves a list it has no evidence on as it is.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from slogans.engine.compound_morphemes import compound_parts
from slogans.engine.enumerations import MIN_MEMBER_CHARS, QUOTED
from slogans.engine.noun_list_lead import cut_verb_over_nouns
from slogans.engine.parallel_trim import common_suffix, item_words, word_cut, word_tag
from slogans.text.numerals import NUMERAL_CLASS

#: Tags (jieba's) of a verb that governs what follows it.
_VERB_TAGS = ("v", "vd")
#: Tags (jieba's) of the modifiers that may stand with a governing verb (扎实, 认真, 进一步): adverbs, adjectives.
_MODIFIER_TAGS = ("d", "a", "ad")
#: Aspect particles that may close a governing verb (推进了).
_ASPECT = ("了", "着")
#: The fewest items a list needs for its other items to show a frame.
_MIN_FRAMED_ITEMS = 3
#: The most characters of a predicate that a list's last item carries for the whole list (有保障, 共同推进).
_MAX_PREDICATE_CHARS = 4
#: A Chinese character: an ending the items share is a word's (率, 活动), not a closing quotation mark.
_HAN = regex.compile(r"\p{Han}")
#: Words that join two objects of one verb (甲和乙, 丙以及丁).
_CONJUNCTIONS = ("以及", "和", "及", "与")
#: Endings that close an object clause as a noun (有悖于甲的, 群众关心之事): no part of the object.
_NOMINAL_ENDINGS = ("之事", "的事", "的")
#: Words that gloss a part's name before its members (两公开是…, 两不愁即…, 三保障指…).
_GLOSS_WORDS = frozenset("是即指为:：")
#: The mark of a modifier (甲的乙): a last item's words after it are the head the whole list qualifies.
_ATTRIBUTIVE = "的"
#: The tag (jieba's) a head word's tag opens with where it is a noun (n, ns, nz …).
_NOUN_TAG = "n"
#: The word that closes a list before the name restated after it (甲、乙和丙等四城).
_LIST_CLOSER = "等"
#: A counted name whose head is a word of its own (三基地, 四大中心): its numeral, maybe a measure word, then the head.
_COUNTED_HEAD = regex.compile(f"[{NUMERAL_CLASS}]+[个個项項大条條类類]?(?P<head>(?:(?![{NUMERAL_CLASS}])\\p{{Han}}){{2,4}})")
#: The name of one numbered part of a compound name: its numeral, maybe a measure word, then up to the next numeral.
_PART_NAME = regex.compile(f"[{NUMERAL_CLASS}]+[个個项項条條大]?[^{NUMERAL_CLASS}]+?(?=[{NUMERAL_CLASS}]|$)")


def head_phrases(term: str, members: Sequence[str]) -> list[str]:
    """The head phrase of each of ``members``, read for ``term``: each group of a compound name (两不愁三保障: the two
    不愁 items, then the three 保障 items) or else the whole list, cut to its quoted cores where every item holds one,
    less the part's name that opens an item, the governing words before the first item (and the verb over a list of
    nouns: see noun_list_lead) and the shared predicate after the last (see the module).

    Examples:
        >>> head_phrases("六个一", ["推进甲乙“一网清”", "丙丁“一表通”", "戊己“一单明”"])
        ['一网清', '一表通', '一单明']
    """
    out: list[str] = []
    members = part_clauses(term, members) or list(members)
    for group in _groups(term, members):
        cores = quoted_cores(group)
        if cores is not None:
            out += cores
            continue
        group = drop_part_name(term, group)
        out += cut_shared_predicate(term, cut_verb_over_nouns(cut_governing_lead(group)))
    return cut_ending_after_head(term, out)


def _groups(term: str, members: list[str]) -> list[list[str]]:
    """``members`` as the groups of the compound name ``term`` counts (两不愁三保障: 2, then 3) where they add up to its
    count, else as one group."""
    parts = compound_parts(term)
    if parts is None or sum(c for c, _ in parts) != len(members):
        return [members]
    groups, at = [], 0
    for count, _ in parts:
        groups.append(members[at:at + count])
        at += count
    return groups


def quoted_cores(items: Sequence[str]) -> Optional[list[str]]:
    """The quoted phrase of each item, where each of two or more items holds exactly one, of two characters or more, and
    one item at least words around it (推进甲“一网清”、乙“一表通” → 一网清, 一表通; 开展“甲行动”、“乙行动”); else None."""
    found = [QUOTED.findall(i) for i in items]
    if len(items) < 2 or any(len(f) != 1 for f in found):
        return None
    cores = [f[0].strip() for f in found]
    if any(len(c) < MIN_MEMBER_CHARS for c in cores) or all(QUOTED.fullmatch(i.strip()) for i in items):
        return None
    return cores


def drop_part_name(term: str, items: list[str]) -> list[str]:
    """The items less the name of ``term``, or of one of its numbered parts, that opens one of them with a word that
    glosses it (四议两公开: 两公开是甲公开 → 甲公开; 三保障即甲 → 甲)."""
    names = _part_names(term)
    out = []
    for item in items:
        end = next((len(n) + 1 for n in names if item.startswith(n) and item[len(n):len(n) + 1] in _GLOSS_WORDS), 0)
        out.append(item[end:] if end and len(item) - end >= MIN_MEMBER_CHARS else item)
    return out


@lru_cache(maxsize=1024)
def _part_names(term: str) -> tuple[str, ...]:
    """``term`` and the name of each of its numbered parts (四议两公开: 四议, 两公开), the longest first (a plain
    ``startswith`` each: no pattern compiled per name, on unique documents most of the head phrases' time)."""
    names = {term, *_PART_NAME.findall(term)}
    return tuple(sorted(names, key=len, reverse=True))


def _governing_lead(item: str) -> tuple[int, bool]:
    """The length of the run of governing words that opens ``item`` — modifiers and verbs (扎实抓好, 推动, 明确), maybe
    了 — and whether a verb is among them; (0, False) where it opens otherwise or is nothing else."""
    words = item_words(item)
    end, verb = 0, False
    for word in words[:-1]:
        tag = word_tag(word)
        if tag in _VERB_TAGS:
            verb = True
        elif not (tag in _MODIFIER_TAGS or (word in _ASPECT and end)):
            break
        end += len(word)
    return (end, verb) if end < len(item) else (0, False)


def _shares_positions(rest: str, others: Sequence[str]) -> bool:
    """True when ``rest`` has a length of the others' and, at every place where they all hold the same Chinese character
    (每周一甲, 每月一乙, 每季一丙: 每 and 一), holds it too — one place at least."""
    if len(rest) not in {len(o) for o in others}:
        return False
    shortest = min(len(o) for o in others)
    places = [p for p in range(shortest) if len({o[p] for o in others}) == 1 and _HAN.match(others[0][p])]
    return bool(places) and all(p < len(rest) and rest[p] == others[0][p] for p in places)


def _opens_verb_phrase(body: str) -> bool:
    """True when ``body`` (an item less the ending all the others share) opens with a verb that takes words after it
    (深化乙 of 深化乙改革); a verb alone before the shared ending qualifies it (办结 of 办结率: a noun)."""
    words = item_words(body)
    return len(words) > 1 and word_tag(words[0]) in _VERB_TAGS


def cut_governing_lead(items: list[str]) -> list[str]:
    """The first of three or more items less the governing words that open it, where it is longer than every other,
    no other opens with a verb, and what is left fits the frame the others share: it ends with their common ending
    (推动甲响应率、乙率、丙率 → 甲响应率; 扎实抓好创“甲”活动、乙活动、丙活动 → 创“甲”活动) or, after modifiers alone,
    it holds their shared characters at their places (明确每周一甲、每月一乙、每季一丙 → 每周一甲). Else the items as
    given (建设美丽乡村、发展经济: the others open with verbs of their own)."""
    if len(items) < _MIN_FRAMED_ITEMS:
        return items
    first, others = items[0], items[1:]
    if len(first) <= max(len(o) for o in others):
        return items
    ending = common_suffix(others)
    if any(_opens_verb_phrase(o[:len(o) - ending]) for o in others):
        return items
    cut, verb = _governing_lead(first)
    rest = first[cut:]
    if not cut or len(rest) < MIN_MEMBER_CHARS or word_tag(item_words(rest)[0]) in _VERB_TAGS:
        return items
    shared = others[0][len(others[0]) - ending:]
    ends_alike = bool(_HAN.search(shared)) and rest.endswith(shared) and common_suffix([rest, *others]) < len(rest)
    if (verb and ends_alike) or _shares_positions(rest, others):
        return [rest, *others]
    return items


def _is_predicate(tail: str, others: Sequence[str]) -> bool:
    """True when ``tail`` opens with a verb, or an adverb and a verb (有保障, 共同推进), where the other items are phrases
    without a verb and none holds that word (甲包片、包乙、丙包段: 包 is every member's own)."""
    words = item_words(tail)
    if not words or any(words[0] in o for o in others):
        return False
    if any(word_tag(w) in _VERB_TAGS for o in others for w in item_words(o)):
        return False  # the others hold verbs of their own (甲提事、乙决事、丙参与): the last one's is its own too
    if word_tag(words[0]) in _VERB_TAGS:
        return True
    return word_tag(words[0]) == "d" and len(words) > 1 and word_tag(words[1]) in _VERB_TAGS


def cut_shared_predicate(term: str, items: list[str]) -> list[str]:
    """The last of three or more items less the words after it that belong to the whole list: a predicate (甲教育、
    乙医疗、丙安全有保障 → 丙安全), the words of the name itself, maybe after 等 (甲、乙、丙制度改革 for 三项制度改革 → 丙;
    甲、乙和丙等四城 for 四城同创 → 丙) or, where no other item holds a 的, the noun after 的 that the whole list qualifies
    (无甲、无乙、无丙的居民小区 → 无丙), cut at a length of the others', where no other item ends with those words. Else the items as given (甲建设、乙建设、
    丙文明建设: the others end alike)."""
    if len(items) < _MIN_FRAMED_ITEMS:
        return items
    last, others = items[-1], items[:-1]
    shortest, longest = min(len(o) for o in others), max(len(o) for o in others)
    if len(last) <= longest or common_suffix(items) > 0:
        return items
    for cut in range(shortest, longest + 1):
        tail = last[cut:]
        named = _names_the_list(tail, term)
        if named or (len(tail) <= _MAX_PREDICATE_CHARS and word_cut(last, cut) and _is_predicate(tail, others)):
            return [*others, last[:cut]]
        if (tail.startswith(_ATTRIBUTIVE) and len(tail) > MIN_MEMBER_CHARS and word_cut(last, cut)
                and not any(_ATTRIBUTIVE in o for o in others)):
            return [*others, last[:cut]]  # the noun the whole list qualifies (甲、乙、丙的居民小区 → 丙)
    return items


def _names_the_list(tail: str, term: str) -> bool:
    """True when ``tail`` is words of the name itself, maybe after the 等 that closes a list (甲、乙和丙等四城 for 四城同创)."""
    words = tail[len(_LIST_CLOSER):] if tail.startswith(_LIST_CLOSER) else tail
    return len(words) >= MIN_MEMBER_CHARS and words in term


def cut_ending_after_head(term: str, items: list[str]) -> list[str]:
    """The items less the words each carries after the head noun of the name (三基地: 甲基地建设、乙基地建设、丙基地建设
    → 甲基地, 乙基地, 丙基地), where every one of two or more ends with that head and the same words, and holds words
    before the head that tell it from the others; else the items as given. The shared words (建设, 工作) name what is
    done with the members, not the members."""
    head = _COUNTED_HEAD.fullmatch(term)
    if head is None or len(items) < 2:
        return items
    word = head.group("head")
    if not word_tag(word).startswith(_NOUN_TAG):
        return items  # a verb's complement is its own (五个结合: 把甲与乙结合起来 keeps 起来)
    at = [i.rfind(word) for i in items]
    if any(a < 1 for a in at):
        return items
    endings = {i[a + len(word):] for i, a in zip(items, at)}
    ending = endings.pop() if len(endings) == 1 else ""
    if not ending or len(ending) > _MAX_PREDICATE_CHARS or not _HAN.match(ending) or word in ending:
        return items
    return [i[:len(i) - len(ending)] for i in items]


def part_clauses(term: str, members: Sequence[str]) -> Optional[list[str]]:
    """The members of a compound name whose text gives each part one clause that its morpheme opens (议甲和乙之事，
    不议丙的、丁的以及戊之事 for 两议三不议): each clause less its morpheme, its objects split where a conjunction
    joins two until the part's count is met, each less a closing 的 or 之事. None where the members already keep the
    count, or a part's clause does not open with its morpheme, or a part's count is not met."""
    parts = compound_parts(term)
    if parts is None or len(members) == sum(c for c, _ in parts):
        return None
    out: list[str] = []
    at = 0
    for k, (count, morpheme) in enumerate(parts):
        following = parts[k + 1][1] if k + 1 < len(parts) else None
        if at >= len(members) or not members[at].startswith(morpheme):
            return None
        end = at + 1
        while end < len(members) and not (following and members[end].startswith(following)):
            end += 1
        group = _split_to_count([members[at][len(morpheme):], *members[at + 1:end]], count)
        if group is None:
            return None
        out += [_less_nominal_ending(i) for i in group]
        at = end
    return out if all(len(i) >= MIN_MEMBER_CHARS for i in out) else None


def _split_to_count(items: list[str], count: int) -> Optional[list[str]]:
    """``items`` with those that join two objects with a conjunction (a word of its own) split, first to last, until
    there are ``count``; None where they cannot be."""
    items = list(items)
    k = 0
    while len(items) < count and k < len(items):
        words = item_words(items[k])
        at = next((j for j, w in enumerate(words[1:-1], 1) if w in _CONJUNCTIONS), None)
        if at is None:
            k += 1
            continue
        cut = sum(len(w) for w in words[:at])
        items[k:k + 1] = [items[k][:cut], items[k][cut + len(words[at]):]]
    return items if len(items) == count else None


def _less_nominal_ending(item: str) -> str:
    for ending in _NOMINAL_ENDINGS:
        if item.endswith(ending) and len(item) - len(ending) >= MIN_MEMBER_CHARS:
            return item[:-len(ending)]
    return item
