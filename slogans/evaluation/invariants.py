"""What must hold for any text whatever: the invariants the property-based tests and ``make fuzz`` check.

For every text, with every segmenter:

- analysing it raises nothing;
- every mention's ``text[start:end]`` is its surface;
- every row counts at least 1;
- analysing it twice gives the same result;
- analysing it in pieces (as a file too large to hold is read) gives the same table and mentions.

``random_text`` makes texts to check from pieces that stress each stage (lexicon names, quotes,
numerals, enumerations, traditional characters, control characters, lone surrogates …);
``TEXT_PIECES`` are the same pieces for a property-based test's own generator.

Example:
    >>> from slogans import Extractor
    >>> problems(Extractor(segmenter="none"), "开展“两评一树”活动")
    []
"""
from __future__ import annotations

import random
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from slogans.api import DocumentResult, Extractor

#: Characters a piece read in pieces is cut into, small enough that short texts are cut many times.
PIECE_CHARS = 7

#: Pieces of text that reach every stage, and the characters that have crashed readers before.
TEXT_PIECES: tuple[str, ...] = (
    # names, quoted and not; numbered formulae and their variants
    "创先争优", "五个好", "五带头", "两学一做", "三严三实", "四个全面", "两个维护", "四个意识", "三个代表",
    "两评一树", "双促双建", "三查两评", "四学四比", "三会一课", "三个代表团", "五个一工程",
    # traditional script, full-width forms, variants
    "創先爭優", "兩學一做", "四個全面", "國", "學", "ＡＢ１", "五個好",
    # quotation marks, separators, enumeration markers, definitions
    "“", "”", "「", "」", "『", "』", "‘", "’", '"', "'", "、", "，", "。", "；", "：", "！", "？", ",", ";", ":",
    "一是", "二是", "三是", "第一", "其次", "即", "就是", "包括", "具体是", "（", "）", "(", ")", "《", "》",
    # numerals and classifiers
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "个", "项", "条", "大", "零", "〇", "1", "2", "10",
    # ordinary prose
    "坚持", "开展", "活动", "工程", "建设", "学习教育", "要", "的", "和", "党员", "群众", "领导班子好", "深入推进", "工作",
    # white space, line ends and controls
    " ", "\u3000", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u2028", "\u2029",
    "\x00", "\x07", "\x7f", "\u200b", "\ufeff", "\u00ad",
    # what a wide or broken text holds: emoji, combining marks, private use, lone surrogates
    "😀", "𠀀", "e\u0301", "\ue000", "\ufffd", "\ud800", "\udfff", "\udc80",
)


def random_text(rng: random.Random, max_pieces: int = 40) -> str:
    """A text of up to ``max_pieces`` pieces: mostly ``TEXT_PIECES``, some random code points."""
    out = []
    for _ in range(rng.randint(0, max_pieces)):
        roll = rng.random()
        if roll < 0.85:
            out.append(rng.choice(TEXT_PIECES))
        elif roll < 0.95:
            out.append(chr(rng.randint(0x4E00, 0x9FFF)))
        else:
            out.append(chr(rng.randint(0, 0x10FFFF)))
    return "".join(out)


def _table(result: "DocumentResult") -> list[tuple]:
    return [(r.document, r.term, r.kind, r.count, r.components, r.components_source, r.components_simplified) for r in result.terms]


def _mentions(result: "DocumentResult") -> list[tuple]:
    return sorted((m.start, m.end, m.surface, m.term, m.kind) for m in result.mentions)


def _pieces(text: str, size: int) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i:i + size]


def problems(extractor: "Extractor", text: str) -> list[str]:
    """Every invariant ``text`` breaks with ``extractor`` (empty when all hold); an exception is one."""
    try:
        first = extractor.analyze(text, "t")
        again = extractor.analyze(text, "t")
        streamed = extractor.analyze_stream(lambda: _pieces(text, PIECE_CHARS), "t", with_mentions=True, piece_chars=PIECE_CHARS)
    except Exception as exc:  # noqa: BLE001 - any exception is the finding
        return [f"raised {type(exc).__name__}: {exc}"]
    found = []
    for m in first.mentions:
        if text[m.start:m.end] != m.surface:
            found.append(f"mention of {m.term} at {m.start}:{m.end} has surface {m.surface!r}, the text there is {text[m.start:m.end]!r}")
    found += [f"{r.term} counted {r.count}" for r in first.terms if r.count < 1]
    if (_table(first), _mentions(first)) != (_table(again), _mentions(again)):
        found.append("two analyses differ")
    if _table(first) != _table(streamed):
        found.append(f"read in pieces the table differs: {_table(streamed)} != {_table(first)}")
    if _mentions(first) != _mentions(streamed):
        found.append("read in pieces the mentions differ")
    return found
