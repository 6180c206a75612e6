"""The enumerated blocks of a document, found once: every run of numbered items (一是…二是…, (一)…(二)…, 1．…2．…,
第一…第二…, 一要…二要…, ①…②…), wherever it stands, and every run of lines that each open with a label and a colon
(CPI：…⏎PPI：…), with the head phrase of each item and where the block starts.

A writer who names a formula often lists its members as the items of a block of its own, a line, a paragraph or a
page after the name (a heading names it; numbered paragraphs follow). Reading the document's blocks once lets a
name be linked to the block its count and words fit (see ``block_members``), however far the block stands.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from slogans.config.enumeration import EnumerationMarkers
from slogans.engine.enumerations import enumeration_items, first_marker_pattern

#: One item: its head phrase and its span.
Item = tuple[str, int, int]
#: A line that opens with a short label and a colon (CPI：…; 食品类：…): the label, then the rest of the line.
_LABEL_LINE = regex.compile(r"^[^\S\n]*(?P<label>[A-Za-z][A-Za-z0-9]{0,7}|\p{Han}{2,6})[^\S\n]*[:：](?P<rest>[^\n]*)$", regex.M)
#: What a label's line may not open its rest with: speech (工務課課長：「…」) is no item of a list.
_SPEECH_OPENERS = "“「『\"'‘"


@dataclass(frozen=True)
class Block:
    """A run of items a document sets out as one list: their head phrases and spans, in order."""

    #: the marker family that numbers the items (its template), or ``label`` for lines opened by a label
    family: str
    #: each item's head phrase and its span
    items: tuple[Item, ...]
    #: where the block's first marker (or label) stands
    start: int

    @property
    def heads(self) -> list[str]:
        """The items' head phrases."""
        return [head for head, _, _ in self.items]


def document_blocks(text: str, markers: EnumerationMarkers) -> list[Block]:
    """Every block of two items or more in ``text``, by where it starts: the enumerations (each first marker of a
    family, at a line's start or after a clause's end, read as ``enumerations.enumeration_items`` reads a list) and the
    runs of label lines."""
    found: dict[int, Block] = {}
    for family in markers.families:
        for m in first_marker_pattern(family).finditer(text):
            at = m.start() + len(m.group()) - len(m.group().lstrip())
            if at in found:
                continue
            read = enumeration_items(text, at, "colon", markers)
            if read is not None and len(read[0]) > 1:
                heads, spans = read
                found[at] = Block(family, tuple((h, s, e) for h, (s, e) in zip(heads, spans)), at)
    for block in label_blocks(text):
        found.setdefault(block.start, block)
    return [found[at] for at in sorted(found)]


def label_blocks(text: str) -> list[Block]:
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
            run.append((m.group("label"), m.start("label"), m.end("label")))  # type: ignore[union-attr]
            last_end = m.end()  # type: ignore[union-attr]
    return blocks


def _is_item(m: "regex.Match[str]") -> bool:
    rest = m.group("rest").strip()
    return bool(rest) and rest[0] not in _SPEECH_OPENERS
