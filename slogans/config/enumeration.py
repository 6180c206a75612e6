"""Enumerated lists (一是…二是…, 第一…第二…): the marker families a definition's members are found by."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EnumerationMarkers:
    """Marker families of enumerated lists (一是…二是…, 第一…第二…), as regex templates with {n}."""

    families: tuple[str, ...]
    item_end: str
    max_gap: int
    #: a leading modal word (要, 必须) taken off an item's head unless every item has one
    strip_leading: str = ""
