"""The subject and governing verb that open a list's first item (公司各支部开展甲、乙、丙 → 甲).

A list written before its name often starts a clause whose subject and verb govern every item, though they stand
before the first only: 各党支部开展立项攻关、公开承诺、最佳党日的“四项活动”. Where the words before a governing verb of
the rule's list (开展, 实施 …) are a subject — nouns, pronouns, places, abbreviations, no verb, no preposition — and no
other item holds one of those verbs, the subject and the verb leave the first item. Lengths are no evidence here: the
members of such lists differ in length, so the cut is made by the words alone.
"""
from __future__ import annotations

from typing import Optional, Sequence

from slogans.engine.parallel_trim import item_words, word_tag

#: Tags (jieba's) of the words a subject is made of: nouns of every kind, abbreviations (党支部 j), pronouns and
#: determiners (该, 各 r), places (s) and directions (f).
_SUBJECT_TAGS = ("n", "j", "r", "s", "f")
#: Tags (jieba's) that end a subject before its noun: a person's name is, in these clauses, jieba's reading of rare
#: characters, and a verbal noun says what is done.
_NOT_SUBJECT = ("nr", "vn")
#: Aspect particles that may close the governing verb (开展了).
_ASPECT = ("了", "着")


def subject_verb_cut(items: Sequence[str], verbs: Sequence[str], min_chars: int) -> Optional[list[str]]:
    """``items`` with the first cut after its subject and governing verb (one of ``verbs``, a word of its own), where
    the words before the verb are a subject, at least ``min_chars`` characters follow it and no other item holds one of
    ``verbs``; else None.

    Examples:
        >>> subject_verb_cut(["公司各党支部开展立项攻关", "公开承诺", "最佳党日"], ["开展"], 2)
        ['立项攻关', '公开承诺', '最佳党日']
        >>> subject_verb_cut(["支部开展甲", "乙类开展丙"], ["开展"], 1) is None
        True
    """
    if len(items) < 2 or any(verb in item for verb in verbs for item in items[1:]):
        return None
    words = item_words(items[0])
    at = 0
    for k, word in enumerate(words):
        if word in verbs:
            if k == 0:
                return None
            end = at + len(word)
            if k + 1 < len(words) and words[k + 1] in _ASPECT:
                end += len(words[k + 1])
            rest = items[0][end:]
            return [rest, *items[1:]] if len(rest) >= min_chars else None
        tag = word_tag(word)
        if not tag.startswith(_SUBJECT_TAGS) or tag in _NOT_SUBJECT:
            return None
        at += len(word)
    return None
