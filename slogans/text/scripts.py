"""Which script a text is written in: traditional-only and simplified-only characters, counted.

A character is *traditional-only* when OpenCC's t2s changes it (們, 個), *simplified-only* when
s2t changes it and t2s does not (们, 个). Characters both scripts share (中, 人, 家) count for
neither. A few simplified-only characters are also correct traditional ones (台, 征, 干): a
traditional text has about one of them per hundred traditional-only characters, which is why
mixed script is judged on shares, with thresholds from the settings.

Example:
    >>> p = script_profile("我們的國家。我们的国家。")
    >>> (p.traditional, p.simplified, p.first_traditional, p.first_simplified)
    (2, 2, 1, 7)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

_CJK = (0x3400, 0xA000)


@lru_cache(maxsize=1)
def script_chars() -> tuple[str, str]:
    """The traditional-only and the simplified-only characters of the CJK block, each sorted (found
    once, from OpenCC, and kept in the user's cache folder for the installed OpenCC: converting the
    whole block costs a tenth of a second)."""
    from slogans.io.cache import content_key, read_cached, write_cached

    name = f"script-classes-{content_key(_opencc_identity(), repr(_CJK).encode())}.txt"
    cached = read_cached(name)
    parts = cached.decode("utf-8", "replace").split("\n") if cached is not None else []
    if len(parts) == 2:
        return parts[0], parts[1]
    trad, simp = _opencc_classes()
    write_cached(name, f"{trad}\n{simp}".encode("utf-8"), replaces="script-classes-")
    return trad, simp


def char_class(chars: str) -> Any:
    """A stdlib ``re`` pattern of any one of ``chars`` (a bitmap: fast for a big set)."""
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


@lru_cache(maxsize=1)
def _script_classes() -> tuple[Any, Any]:
    """Patterns of the traditional-only and the simplified-only characters."""
    trad, simp = script_chars()
    return char_class(trad), char_class(simp)


def _opencc_identity() -> bytes:
    """Which OpenCC is installed, without importing it (or importlib.metadata): its folder, and the
    size and time of each of its files (its dictionaries among them)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        return b"no opencc"
    folder = os.path.dirname(spec.origin)
    stamps = [folder]
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        stat = entry.stat()
        stamps.append(f"{entry.name} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(stamps).encode("utf-8", "surrogateescape")


def _opencc_classes() -> tuple[str, str]:
    """The traditional-only and the simplified-only characters of the CJK block, each sorted."""
    import opencc

    block = "".join(chr(cp) for cp in range(*_CJK))
    to_simp = opencc.OpenCC("t2s").convert("\n".join(block)).split("\n")
    to_trad = opencc.OpenCC("s2t").convert("\n".join(block)).split("\n")
    trad = {ch for ch, conv in zip(block, to_simp) if conv != ch}
    simp = {ch for ch, conv in zip(block, to_trad) if conv != ch and ch not in trad}
    return "".join(sorted(trad)), "".join(sorted(simp))


@dataclass(frozen=True)
class ScriptProfile:
    """Counts of traditional-only and simplified-only characters, and where each first occurs."""

    traditional: int
    simplified: int
    first_traditional: Optional[int]
    first_simplified: Optional[int]

    @property
    def majority(self) -> Optional[str]:
        """'traditional' or 'simplified', whichever has more characters; None for neither or a tie."""
        if self.traditional == self.simplified:
            return None
        return "traditional" if self.traditional > self.simplified else "simplified"

    @property
    def minority_share(self) -> float:
        """The smaller count's share of both counts (0 for a text in one script)."""
        total = self.traditional + self.simplified
        return min(self.traditional, self.simplified) / total if total else 0.0

    def is_mixed(self, min_chars: int, min_share: float) -> bool:
        """True when both scripts have at least ``min_chars`` characters and the smaller one at least ``min_share``."""
        return min(self.traditional, self.simplified) >= min_chars and self.minority_share >= min_share


def script_profile(text: str) -> ScriptProfile:
    """Count the traditional-only and simplified-only characters of ``text``."""
    trad_re, simp_re = _script_classes()
    trad = trad_re.findall(text)
    simp = simp_re.findall(text)
    first_t = trad_re.search(text) if trad else None
    first_s = simp_re.search(text) if simp else None
    return ScriptProfile(len(trad), len(simp), first_t.start() if first_t else None, first_s.start() if first_s else None)
