"""A numbered name's members read from the document's structure: the block of items (see ``document_blocks``) that
the name heads or whose items echo its counted morpheme, as many items as its numeral counts.

A name links to a block that starts after it and has the name's count of items, where

- the name heads the block: the block starts in the name's clause, a few words after it (做好“四个二”工作，一是…;
  “三懂”——①…; 三个“要”：一要…) but no 的 among them (“X”建设的新路径：一是… lists another noun's items), right after
  the sentence the name closes (确保做到“五到位”。一是…), or on the line after a short heading line that holds the
  name (八、“两价”指数一涨一降⏎CPI：…⏎PPI：…);
- or every item echoes the name's morpheme (开展“八大行动”… pages later (一)开展甲行动。…(八)开展乙行动。), within
  ``ECHO_REACH`` characters after the name.

A compound name none of whose parts is defined with it takes its parts' own definitions, one by one, where every part
has one (``part_definitions``: 五查是：查甲、查乙…。四整顿是：整顿丙…). Before the blocks, two lists read from each mention (``lists_after_name``): the name's sentence parted at ; after 即, a
colon or a dash, each part's first clause echoing the morpheme (做到“五个到位”，即甲到位，…；乙到位，…), and a 、 list
filling the clause right after the name's comma whose items open with one word (抓好“四个重点”，要突出甲、突出乙…).

The block nearest after a mention wins, a block the name heads before one it only echoes; no block, no members (an
empty answer beats a wrong one), nor where a member names the term itself. A block already read as another definition's list is no candidate. A name the
lexicon gives members to takes a block only where its items echo a morpheme of two characters or more; a name the
document already defines takes one only where the name heads it, every item echoes the morpheme and the members read
before do not.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Collection, Iterable, Iterator, Mapping, Optional

import regex

from slogans.config.enumeration import EnumerationMarkers
from slogans.engine.document_blocks import Block, DocumentBlocks
from slogans.engine.expand import Definition
from slogans.engine.head_phrases import head_phrases
from slogans.engine.part_definitions import part_definitions
from slogans.engine.lists_after_name import parallel_list_after, semicolon_parts
from slogans.engine.morpheme_lists import counted_morpheme
from slogans.text.numerals import formula_arithmetic
from slogans.text.punctuation import CLOSE_QUOTES, SENTENCE_ENDS
from slogans.text.segment import dictionary_tag, dictionary_words

#: The rule id the output gives a definition read from a block.
BLOCK_RULE_ID = "document-block"
#: How far after a mention a block whose items echo the name's morpheme may start (a few pages).
ECHO_REACH = 8000
#: The most characters between a name and the block it heads in its own clause (做好“四个二”工作，一是).
HEAD_GAP_CHARS = 12
#: The longest heading line that names the block on the next line (八、“两价”指数一涨一降).
HEADING_LINE_CHARS = 30
#: How far after a block's first marker its first item's head may reach (the longest head and a marker).
FIRST_HEAD_CHARS = 72
#: Beyond this many characters after a name no block is headed by it (the heading line, its end, an indent).
HEAD_REACH = HEADING_LINE_CHARS + 16
#: The most mentions of one name looked at (a name a document repeats all through).
MAX_MENTIONS = 40
#: The particle that makes the words after a name a noun of their own (“X”建设的路径).
_OF = "的"
#: What ends a sentence: a name heads a block in its clause only with none of these between.
_SENTENCE_OR_PART_END = regex.compile(f"[{SENTENCE_ENDS};；\\n]")
#: A name that closes its sentence or clause, then the block (“五到位”。一是…; “三个要”：一要…).
_CLOSING = regex.compile(f"[{CLOSE_QUOTES}]?[。:：]?\\s*")


def block_definitions(
    text: str, names: Mapping[str, Iterable[str]], defined: dict[str, Definition], markers: Optional[EnumerationMarkers],
    lexicon_expanded: Collection[str] = (),
) -> dict[str, Definition]:
    """The definitions read from ``text``'s blocks for the numbered ``names`` (term → its surfaces): for each name a
    block fits (see the module), its members; ``defined`` holds the definitions read before (their lists are taken).
    The blocks are read once per document, and only where some name may take one."""
    if markers is None:
        return {}
    blocks: Optional[DocumentBlocks] = None
    out: dict[str, Definition] = {}
    taken: set[int] = set()
    for term in names:
        count = _promised(term)
        morpheme = counted_morpheme(term) if count else None
        x = morpheme[1] if morpheme else ""
        before, in_lexicon = defined.get(term), term in lexicon_expanded
        if count is None or (in_lexicon and len(x) < 2) or (before is not None and _echoed(before.members, x)):
            continue  # no count; a lexicon name of a one-character morpheme; a list read already that echoes the name
        by_parts = part_definitions(text, term) if before is None and not in_lexicon else None
        if by_parts is not None and len(by_parts[0]) == count:  # 五查是：…。四整顿是：… for 五查四整顿
            members, spans, at = by_parts
            out[term] = Definition(term, tuple(members), BLOCK_RULE_ID, at, spans[-1][1], tuple(spans), True)
            continue
        blocks = blocks or DocumentBlocks(text, markers)
        others = [d for name, d in defined.items() if name != term]
        free = lambda b: b.start not in taken and not _claimed(b, others)  # noqa: E731
        link = _Link(text, count, x, before is not None, in_lexicon, free, markers.strip_leading)
        found = link.best(blocks, _mentions(text, names[term]))
        if found is None:
            continue
        block, at = found
        members = block_heads(term, block)
        if len(members) != count or any(term in member for member in members):
            continue  # a member that names the term itself: a list about the name, not its members
        taken.add(block.start)
        out[term] = Definition(term, tuple(members), BLOCK_RULE_ID, at, block.items[-1][2],
                               tuple((s, e) for _, s, e in block.items), True)
    return out


def _promised(term: str) -> Optional[int]:
    arith = formula_arithmetic(term)
    return arith.total if arith is not None and arith.unit == "members" and arith.total > 1 else None


def _claimed(block: Block, definitions: Iterable[Definition]) -> bool:
    """True when an item of ``block`` lies inside a list one of ``definitions`` read; not by a list nested in one item
    and shorter (一是坚持甲委和乙总“两个领导”，二是…: the pair is the inner name's, the item the outer's)."""
    return any(_overlaps(block, d.member_spans) for d in definitions if d.member_spans and not _nested(block, d.member_spans))


def _overlaps(block: Block, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s < de and ds < e for ds, de in spans for _, s, e in block.items)


def _nested(block: Block, spans: tuple[tuple[int, int], ...]) -> bool:
    lo, hi = spans[0][0], spans[-1][1]
    return any(s <= lo and hi <= e and hi - lo < e - s for _, s, e in block.items)


def _echoed(members: Iterable[str], x: str) -> bool:
    """True when every member echoes the morpheme ``x`` (or the name has none to echo)."""
    return not x or all(_echoes("", [(m, 0, 0)], x) for m in members)


class _Link:
    """The block one name of ``count`` members and morpheme ``x`` links to (see the module)."""

    def __init__(
        self, text: str, count: int, x: str, replaces: bool, in_lexicon: bool, free: Callable[[Block], bool], modal: str = "",
    ):
        self.text, self.count, self.x, self.modal = text, count, x, modal
        self.replaces, self.in_lexicon, self.free = replaces, in_lexicon, free
        self._echoed: Optional[list[int]] = None

    def best(self, blocks: DocumentBlocks, mentions: list[tuple[int, int]]) -> Optional[tuple[Block, int]]:
        """The block the name heads nearest after a mention, else the nearest whose items echo it; with the mention."""
        best: Optional[tuple[tuple[int, int], Block, int]] = None
        for start, end in mentions:
            if not self.in_lexicon:
                parts = semicolon_parts(self.text, end)
                if parts is not None and self._fits(parts) and bool(self.x) and _echoes(self.text, parts.items, self.x):
                    return parts, start  # the name's own sentence, parted at ;, each part opened by its member
                listed = parallel_list_after(self.text, end, self.modal)
                if listed is not None and self._fits(listed) and (not self.replaces or _echoes(self.text, listed.items, self.x)):
                    return listed, start  # a 、 list right after the name's comma, its items opening alike
            for block in self._candidates(blocks, end):
                heads = _heads(self.text, end, block.start)
                echo = bool(self.x) and _echoes(self.text, block.items, self.x)
                if (self.replaces and not (heads and echo)) or (self.in_lexicon and not echo):
                    continue
                if heads or echo:
                    rank = (0 if heads else 1, block.start - end)
                    if best is None or rank < best[0]:
                        best = (rank, block, start)
                    break  # the nearest block that fits after this mention: none further on
        return None if best is None else (best[1], best[2])

    def _candidates(self, blocks: DocumentBlocks, end: int) -> Iterator[Block]:
        """The free blocks of the name's count after ``end``: the label lines under a heading that holds it, then the
        numbered blocks within reach, nearest first."""
        line_end = self.text.find("\n", end)
        if 0 <= line_end and line_end - end <= HEADING_LINE_CHARS:
            labels = blocks.labels_at(line_end + 1)
            if labels is not None and self._fits(labels):
                yield labels
        headed = [at for at in blocks.starts_in(end, end + HEAD_REACH) if _heads(self.text, end, at)]
        echoed = self._echo_starts(blocks)
        within = echoed[bisect_left(echoed, end):bisect_right(echoed, end + ECHO_REACH)]
        for block in blocks.read(sorted({*headed, *within})):
            if self._fits(block):
                yield block

    def _echo_starts(self, blocks: DocumentBlocks) -> list[int]:
        """Where a block may start whose first item's head (within ``FIRST_HEAD_CHARS`` of its marker) holds the
        morpheme: a cheap test, once per name, before any block is read."""
        if self._echoed is None:
            x, text = self.x, self.text
            self._echoed = [at for at in blocks.starts() if x in text[at - 1:at + FIRST_HEAD_CHARS]] if x else []
        return self._echoed

    def _fits(self, block: Block) -> bool:
        return len(block.items) == self.count and self.free(block)


def _mentions(text: str, surfaces: Iterable[str]) -> list[tuple[int, int]]:
    """Where the name is written (each surface, up to ``MAX_MENTIONS`` in all), in text order."""
    found: list[tuple[int, int]] = []
    for surface in {s for s in surfaces if s}:
        at = text.find(surface)
        while at >= 0 and len(found) < MAX_MENTIONS:
            found.append((at, at + len(surface)))
            at = text.find(surface, at + 1)
    return sorted(found)


def _heads(text: str, end: int, start: int) -> bool:
    """True when the name ending at ``end`` heads the block starting at ``start``: in its clause a few words before
    it, right before it at the end of its sentence, or in a short heading line right above it."""
    if start - end > HEAD_REACH:
        return False
    gap = text[end:start]
    if len(gap) <= HEAD_GAP_CHARS and not _SENTENCE_OR_PART_END.search(gap) and _OF not in gap:
        return True  # (“X”建设的新路径：一是… : 的 makes the list another noun's)
    if _CLOSING.fullmatch(gap):
        return True
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    return (0 <= line_end < start and not text[line_end:start].strip() and line_end - line_start <= HEADING_LINE_CHARS
            and not _SENTENCE_OR_PART_END.search(text, line_start, line_end))


def _echoes(text: str, items: Iterable[tuple[str, int, int]], x: str) -> bool:
    """True when every item echoes the morpheme ``x``: holds it (a word of two characters or more), opens or ends
    with it (one character), or its marker ends with it (一要甲 for 三个“要”)."""
    items = list(items)
    heads = [head for head, _, _ in items]
    if len(x) > 1:
        return all(x in head for head in heads)
    return (all(h.startswith(x) for h in heads) or all(h.endswith(x) for h in heads)
            or all(s > 0 and text[s - 1] == x for _, s, _ in items))


def block_heads(term: str, block: Block) -> list[str]:
    """The members a block gives ``term``: its items' heads less a verb every one of them opens with where each still
    holds the name's morpheme after it (开展甲行动、开展乙行动 for 两大行动 → 甲行动, 乙行动), cut to their head phrases."""
    heads = block.heads
    morpheme = counted_morpheme(term)
    verb = _shared_verb(heads)
    if verb and morpheme and all(morpheme[1] in h[len(verb):] for h in heads):
        heads = [h[len(verb):] for h in heads]
    return head_phrases(term, heads)


def _shared_verb(heads: list[str]) -> str:
    """The verb of two characters or more (by jieba's dictionary) that every head opens with, or ''."""
    words = dictionary_words(heads[0])
    first = words[0] if words else ""
    tag = dictionary_tag(first) or ""
    if len(first) < 2 or not tag.startswith("v") or not all(h.startswith(first) and len(h) > len(first) + 1 for h in heads):
        return ""
    return first
