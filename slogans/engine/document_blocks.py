"""The enumerated blocks of a document, found once: every run of numbered items (一是…二是…, (一)…(二)…, 1．…2．…,
第一…第二…, 一要…二要…, ①…②…), wherever it stands, and every run of lines that each open with a label and a colon
(CPI：…⏎PPI：…), with the head phrase of each item and where the block starts.

A writer who names a formula often lists its members as the items of a block of its own, a line, a paragraph or a
page after the name (a heading names it; numbered paragraphs follow). Reading the document's blocks once lets a
name be linked to the block its count and words fit (see ``block_members``), however far the block stands.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

import regex

from slogans.config.enumeration import EnumerationMarkers
from slogans.engine.enumerations import FIRST_MARKER_PLACE, enumeration_items, first_marker_regex

#: One item: its head phrase and its span.
Item = tuple[str, int, int]
#: A line that opens with a short label and a colon (CPI：…; 食品类：…): the label, then the rest of the line.
_LABEL_LINE = regex.compile(r"^[^\S\n]*(?P<label>[A-Za-z][A-Za-z0-9]{0,7}|\p{Han}{2,6})[^\S\n]*[:：](?P<rest>[^\n]*)$", regex.M)
#: What a label's line may not open its rest with: speech (工務課課長：「…」) is no item of a list.
_SPEECH_OPENERS = "“「『\"'‘"


@dataclass(frozen=True)
class Block:
    """A run of items a document sets out as one list: their head phrases and spans, in order."""

    #: ``numbered`` (items opened by the markers of one family), ``label`` (lines opened by a label and a colon) or
    #: ``semicolon`` (the parts of one sentence, see ``block_members.semicolon_parts``)
    family: str
    #: each item's head phrase and its span
    items: tuple[Item, ...]
    #: where the block's first marker (or label) stands
    start: int

    @property
    def heads(self) -> list[str]:
        """The items' head phrases."""
        return [head for head, _, _ in self.items]


class DocumentBlocks:
    """The blocks of one document, each read at most once and only where asked for: where a numbered list may start
    (every first marker of a family, at a line's start, after a clause's end or a dash: one scan of the text), the
    block that starts there (read as ``enumerations.enumeration_items`` reads a list), and the run of label lines
    that starts at a line."""

    def __init__(self, text: str, markers: EnumerationMarkers):
        self.text = text
        self.markers = markers
        self._starts: Optional[list[int]] = None
        self._read: dict[int, Optional[Block]] = {}

    def starts(self) -> list[int]:
        """Where a numbered block may start, in text order."""
        if self._starts is None:
            pattern = _first_markers(self.markers.families)
            self._starts = [m.start("marker") for m in pattern.finditer(self.text)]
        return self._starts

    def starts_in(self, lo: int, hi: int) -> list[int]:
        """Where a numbered block may start in ``[lo, hi]``, in text order."""
        starts = self.starts()
        return starts[bisect_left(starts, lo):bisect_right(starts, hi)]

    def after(self, pos: int, reach: int, wanted: Callable[[int], bool] = lambda at: True) -> Iterator[Block]:
        """The numbered blocks of two items or more that start in ``[pos, pos + reach]``, nearest first; only those
        at a start ``wanted`` accepts are read (a list is read where it may fit, not everywhere)."""
        return self.read(at for at in self.starts_in(pos, pos + reach) if wanted(at))

    def read(self, starts: Iterable[int]) -> Iterator[Block]:
        """The numbered blocks of two items or more that start at ``starts``, in their order."""
        for at in starts:
            block = self.block_at(at)
            if block is not None:
                yield block

    def block_at(self, at: int) -> Optional[Block]:
        """The numbered block of two items or more that starts at ``at``, or None."""
        if at not in self._read:
            read = enumeration_items(self.text, at, "colon", self.markers)
            block = None
            if read is not None and len(read[0]) > 1:
                heads, spans = read
                block = Block("numbered", tuple((h, s, e) for h, (s, e) in zip(heads, spans)), at)
            self._read[at] = block
        return self._read[at]

    def labels_at(self, at: int) -> Optional[Block]:
        """The run of label lines that starts at the line at ``at`` (see ``label_blocks``), or None."""
        end = self.text.find("\n\n", at)
        blocks = label_blocks(self.text[at:] if end < 0 else self.text[at:end], at)
        return blocks[0] if blocks and blocks[0].start == at + _indent(self.text, at) else None


def document_blocks(text: str, markers: EnumerationMarkers) -> list[Block]:
    """Every block of two items or more in ``text``, by where it starts: the numbered ones and the runs of label
    lines."""
    blocks = DocumentBlocks(text, markers)
    found = {block.start: block for block in blocks.after(0, len(text))}
    for block in label_blocks(text):
        found.setdefault(block.start, block)
    return [found[at] for at in sorted(found)]


@lru_cache(maxsize=8)
def _first_markers(families: tuple[str, ...]) -> "regex.Pattern[str]":
    """One pattern for the first marker of every family, where a list may start (``enumerations.FIRST_MARKER_PLACE``)."""
    either = "|".join(f"(?:{first_marker_regex(family)})" for family in families)
    # the place as a look-behind after the markers' characters are found: three times faster than before them
    return regex.compile(f"(?<={FIRST_MARKER_PLACE}\\s*)(?P<marker>{either})", regex.M)


def _indent(text: str, at: int) -> int:
    return len(text[at:at + 8]) - len(text[at:at + 8].lstrip(" \t\u3000"))


def label_blocks(text: str, offset: int = 0) -> list[Block]:
    """The runs of two or more consecutive lines that each open with a short label and a colon, the labels all
    different and no line a quoted speech (CPI：指数为100.7…⏎PPI：指数为79.8… → CPI, PPI); each label an item."""
    blocks: list[Block] = []
    run: list[Item] = []
    last_end = -1
    for m in [*_LABEL_LINE.finditer(text), None]:
        item = m is not None and _is_item(m)
        if not (item and run and m.start() == last_end + 1):  # type: ignore[union-attr]
            labels = [label for label, _, _ in run]
            if len(run) > 1 and len(set(labels)) == len(labels):
                blocks.append(Block("label", tuple(run), run[0][1]))
            run = []
        if item:
            run.append((m.group("label"), offset + m.start("label"), offset + m.end("label")))  # type: ignore[union-attr]
            last_end = m.end()  # type: ignore[union-attr]
    return blocks


def _is_item(m: "regex.Match[str]") -> bool:
    rest = m.group("rest").strip()
    return bool(rest) and rest[0] not in _SPEECH_OPENERS
