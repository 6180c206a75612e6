"""Lists that stand right after a numbered name, read from the mention (``block_members`` weighs them with the
document's blocks): the name's sentence parted at ; after 即, a colon or a dash (做到“五个到位”，即甲到位，…；乙到位，…),
and a 、 list right after the name's comma, to the sentence's end, whose items open alike (抓好“四个重点”，要突出甲、突出乙、
突出丙、突出丁。)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from slogans.engine.document_blocks import Block, Item
from slogans.engine.parallel_trim import common_prefix
from slogans.text.punctuation import CLOSE_QUOTES, SENTENCE_ENDS

#: What opens a list right after a name: 即, a colon, 就是 or a dash after the name's clause (做到“五个到位”，即…).
_LIST_OPENING = regex.compile(f"[{CLOSE_QUOTES}]?[^\\S\\n]*(?:[,，]?(?:即|就是)[:：]?|[:：]|——)")
#: The end of the sentence a list after a name fills.
_SENTENCE_END = regex.compile(f"[{SENTENCE_ENDS}\\n]")
#: What ends the head of a part: its first clause.
_CLAUSE_END = regex.compile(r"[,，:：、]")
#: The name's comma before a list of its clause (抓好“四个重点”，要突出…).
_NAME_COMMA = regex.compile(f"[{CLOSE_QUOTES}]?[,，]")
#: What ends the clause a 、 list right after the name fills.
_LIST_CLAUSE_END = regex.compile(f"[{SENTENCE_ENDS};；,，:：\\n]")
#: What closes the sentence a list after the name must fill to its end.
_SENTENCE_CLOSERS = SENTENCE_ENDS + ";；\n"
#: The shortest opening the items of a list after the name share (突出, 坚持): a word, not a character.
MIN_SHARED_OPENING = 2
#: The longest item of such a list (a phrase, not a clause of prose).
MAX_ITEM_CHARS = 20
#: The longest clause such a list fills (twelve items at most).
MAX_CLAUSE_CHARS = 12 * (MAX_ITEM_CHARS + 1)


def semicolon_parts(text: str, end: int) -> Optional[Block]:
    """The parts of the sentence right after a name and 即, a colon or a dash (做到“五个到位”，即领导重视到位，…；舆论宣传到位，…；
    …), parted at ;, each part's first clause its head; None where no such sentence of two parts or more follows."""
    opening = _LIST_OPENING.match(text, end)
    if opening is None:
        return None
    stop = _SENTENCE_END.search(text, opening.end())
    sentence_end = stop.start() if stop else len(text)
    items: list[Item] = []
    at = opening.end()
    for piece in regex.split("[;；]", text[at:sentence_end]):
        lead = len(piece) - len(piece.lstrip())
        clause = _CLAUSE_END.search(piece, lead)
        head = piece[lead:clause.start() if clause else len(piece)].rstrip()
        if head:
            items.append((head, at + lead, at + lead + len(head)))
        at += len(piece) + 1
    return Block("semicolon", tuple(items), opening.end()) if len(items) > 1 else None


def parallel_list_after(text: str, end: int, modal: str = "") -> Optional[Block]:
    """The 、 list that fills the clause right after the name's comma to the sentence's end, a leading modal word (要,
    必须: the settings' ``enumeration: strip_leading``) dropped, whose items all open with one word of two characters or
    more and are phrases, not clauses (抓好“四个重点”，要突出甲、突出乙、突出丙。 → 突出甲, 突出乙, 突出丙); else None (坚定“两个
    自信”，坚决维护甲、坚决维护乙，落实丙要求: the sentence goes on about other things)."""
    comma = _NAME_COMMA.match(text, end)
    if comma is None:
        return None
    at = comma.end()
    lead = _modal(modal).match(text, at) if modal else None
    if lead is not None:
        at = lead.end()
    stop = _LIST_CLAUSE_END.search(text, at, at + MAX_CLAUSE_CHARS)
    if stop is None or stop.group() not in _SENTENCE_CLOSERS:
        return None  # a clause longer than any list of phrases, or one the sentence goes on after (…，落实甲要求)
    clause = text[at:stop.start()]
    pieces = clause.split("、")
    if len(pieces) < 2 or not all(0 < len(p) <= MAX_ITEM_CHARS for p in pieces):
        return None
    opening = common_prefix(pieces)
    if len(opening) < MIN_SHARED_OPENING or any(len(p) == len(opening) for p in pieces):
        return None
    items: list[Item] = []
    for piece in pieces:
        items.append((piece, at, at + len(piece)))
        at += len(piece) + 1
    return Block("parallel", tuple(items), items[0][1])


@lru_cache(maxsize=4)
def _modal(pattern: str) -> "regex.Pattern[str]":
    return regex.compile(pattern)
