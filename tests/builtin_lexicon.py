"""The built-in lexicon as the tests of its files see it: its entries by file, and the rows one text gives."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from slogans.api import Extractor
from slogans.config.lexicon import Lexicon, LexiconEntry

LEXICON = Lexicon.load()


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


def rows_of(text: str, as_of: Optional[int] = None) -> dict[str, tuple[int, Optional[tuple[str, ...]]]]:
    """term → (count, components) of ``text`` read with the built-in rules and lexicon."""
    return {r.term: (r.count, r.components) for r in _extractor().count(text, "d", as_of=as_of)}


def entries(file: str) -> list[LexiconEntry]:
    """The built-in entries of one lexicon file (by its name)."""
    return [e for e in LEXICON if Path(e.file).name == file]
