"""Normalisation for matching, with a map back to the original offsets.

Matching runs on a normalised copy of the text: traditional characters converted to
simplified (OpenCC t2s), full-width ASCII folded to half-width, variant characters replaced
(位臵 → 位置, from YAML), page markers (— 8 —) and spaces between two Han characters
removed. Every offset found in the copy maps back to the original, so that what a user sees
is always what they wrote.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from slogans.config.settings import section

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


@dataclass(frozen=True)
class NormalizedText:
    """The normalised text, and where characters were removed, a map back to the original.

    ``cuts`` holds, for each removed stretch, the normalised offset where it was and how many
    original characters had been removed up to and including it; offsets map back by bisection.
    """

    text: str
    original: str
    cut_at: tuple[int, ...] = ()
    removed_before: tuple[int, ...] = ()

    def to_original(self, index: int) -> int:
        """Original offset of the character at normalised offset ``index`` (or of the end)."""
        if index >= len(self.text):
            return len(self.original)
        # removals at normalised offset <= index lie before this character
        k = bisect_right(self.cut_at, index)
        return index + (self.removed_before[k - 1] if k else 0)

    def original_chars(self, start: int, end: int) -> str:
        """The original characters of the normalised span [start, end), without the stretches
        that normalisation removed: the document's script and characters, none of its noise."""
        if not self.cut_at:
            return self.original[start:end]
        # copy whole the runs between two cuts: their characters share one shift
        out: list[str] = []
        pos = start
        while pos < end:
            k = bisect_right(self.cut_at, pos)
            shift = self.removed_before[k - 1] if k else 0
            stop = min(end, self.cut_at[k]) if k < len(self.cut_at) else end
            out.append(self.original[pos + shift:stop + shift])
            pos = stop
        return "".join(out)

    def from_original(self, index: int) -> int:
        """Normalised offset of original offset ``index`` (a removed character maps to where it was cut)."""
        removed = 0
        for cut, total in zip(self.cut_at, self.removed_before):
            start = cut + removed  # original offset where this removed stretch begins
            if index < start:
                break
            if index < start + (total - removed):
                return cut
            removed = total
        return index - removed

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if start >= end:
            return self.to_original(start), self.to_original(start)
        return self.to_original(start), self.to_original(end - 1) + 1


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> Any:
    """A pattern of the characters that OpenCC t2s changes in the CJK block (``slogans.text.scripts``
    finds them once, and caches them: a simplified text never loads OpenCC)."""
    from slogans.text.scripts import char_class, script_chars

    return char_class(script_chars()[0])


#: Lone surrogates (a str may hold them, e.g. from a file name or text decoded with surrogateescape).
_SURROGATES = re.compile(f"([{chr(0xD800)}-{chr(0xDFFF)}]+)")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, one output character per input character.

    A text without any character that t2s would change is returned as it is (most corpora
    are simplified: this keeps OpenCC off the hot path). OpenCC converts phrase by phrase and
    may, rarely, change a phrase's length; such lines are converted character by character so
    that offsets stay aligned.
    """
    if not _traditional_chars().search(text):
        return text
    if _SURROGATES.search(text):  # OpenCC takes UTF-8, which a lone surrogate is not: convert around them
        parts = _SURROGATES.split(text)
        return "".join(part if i % 2 else to_simplified(part) for i, part in enumerate(parts))
    cc = _t2s()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c) == 1 else ch for ch, c in ((ch, cc.convert(ch)) for ch in line))
        lines.append(conv)
    return "\n".join(lines)


class Normalizer:
    """Normalises texts by the YAML settings (``settings.normalize``)."""

    def __init__(self, settings: dict[str, Any]):
        cfg = section(settings, "normalize")
        self.convert_script = bool(cfg["traditional_to_simplified"])
        table = dict(_FULLWIDTH) if cfg["fold_fullwidth"] else {}
        for src, dst in (cfg["variant_chars"] or {}).items():
            if len(src) == 1 and len(dst) == 1:
                table[ord(src)] = ord(dst)
        # one str.replace per character found beats str.translate, which is slow per character
        self.replacements = tuple((chr(src), chr(dst)) for src, dst in table.items())
        self.needs_table = re.compile("[" + "".join(re.escape(chr(c)) for c in table) + "]") if table else None
        removals = [p for p in (cfg["remove"] or []) if p]
        self.removal = regex.compile("|".join(f"(?:{p})" for p in removals), regex.V1) if removals else None

    def normalize(self, text: str) -> NormalizedText:
        """The normalised copy of ``text`` with its offset map."""
        work = to_simplified(text) if self.convert_script else text
        if self.needs_table is not None and self.needs_table.search(work):
            for src, dst in self.replacements:
                if src in work:
                    work = work.replace(src, dst)
        if self.removal is None:
            return NormalizedText(work, text)
        pieces: list[str] = []
        cut_at: list[int] = []
        removed_before: list[int] = []
        prev = removed = 0
        for m in self.removal.finditer(work):
            start, end = m.span()
            if end == start:
                continue
            pieces.append(work[prev:start])
            removed += end - start
            cut_at.append(start - (removed - (end - start)))
            removed_before.append(removed)
            prev = end
        if not pieces:
            return NormalizedText(work, text)
        pieces.append(work[prev:])
        return NormalizedText("".join(pieces), text, tuple(cut_at), tuple(removed_before))
