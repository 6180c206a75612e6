"""Fused runs: parallel members written together without a separator (甲河乙河丙河, 创业创新创优)."""
from __future__ import annotations

from typing import Optional


#: The longest piece of a fused run (甲河乙河丙河, 城内城外): fused members are short words.
MAX_FUSED_PIECE = 4


def fused_pieces(item: str, n: int) -> Optional[list[str]]:
    """``item`` cut into ``n`` pieces of equal length (two to MAX_FUSED_PIECE characters) that share a
    character at one place, as a writer fuses parallel members (甲河乙河丙河 → 甲河、乙河、丙河); else None."""
    if n < 2 or len(item) % n:
        return None
    size = len(item) // n
    if not 2 <= size <= MAX_FUSED_PIECE:
        return None
    pieces = [item[i * size:(i + 1) * size] for i in range(n)]
    if len(set(pieces)) < n or not any(all(p[j] == pieces[0][j] for p in pieces) for j in range(size)):
        return None
    return pieces


def named_pieces(item: str, n: int, word: str) -> Optional[list[str]]:
    """``item`` cut into ``n`` distinct pieces of equal length (two to MAX_FUSED_PIECE characters) that all
    but one hold ``word``, the word a term's part names them by (三湖: 甲湖乙湖丙池 → 甲湖、乙湖、丙池; a
    proper name need not hold it); else None."""
    if n < 3 or not word or len(item) % n:
        return None
    size = len(item) // n
    if not 2 <= size <= MAX_FUSED_PIECE:
        return None
    pieces = [item[i * size:(i + 1) * size] for i in range(n)]
    if len(set(pieces)) < n or sum(word in p for p in pieces) < n - 1:
        return None
    return pieces


def fused_run(raw: str) -> list[str]:
    """A fused run cut before each repeat of its first character (甲乙甲丙甲丁 → 甲乙、甲丙、甲丁)."""
    head = raw[:1]
    pieces: list[str] = []
    for ch in raw:
        if ch == head or not pieces:
            pieces.append(ch)
        else:
            pieces[-1] += ch
    return pieces
