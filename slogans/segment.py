"""Segmenters, used only where they decide something: the boundary of an unquoted candidate
and whether a quoted phrase is an ordinary dictionary word.

Segmentation runs on short windows, never on whole documents, and results are cached.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Protocol


class Segmenter(Protocol):
    """What the stages need of a segmenter."""

    name: str

    def tokens(self, text: str) -> tuple[str, ...]:
        """The words of a short window of text."""

    def word_frequency(self, word: str) -> int:
        """How common ``word`` is as one dictionary word (0 when it is not one)."""

    def boundaries(self, text: str) -> set[int]:
        """Offsets in ``text`` where a word starts or ends."""


class JiebaSegmenter:
    """jieba with its own dictionary instance (the global one is left alone), loaded lazily."""

    name = "jieba"

    def __init__(self, user_words: Iterable[str] = ()):
        self._user_words = tuple(user_words)
        self._tokenizer: Any = None
        self._cached = lru_cache(maxsize=65536)(self._tokens)

    def _tk(self) -> Any:
        if self._tokenizer is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word in self._user_words:
                tokenizer.add_word(word)
            self._tokenizer = tokenizer
        return self._tokenizer

    def _tokens(self, text: str) -> tuple[str, ...]:
        return tuple(self._tk().lcut(text, HMM=False))

    def tokens(self, text: str) -> tuple[str, ...]:
        """The words of ``text`` (dictionary-driven, no HMM guessing of unknown words), cached."""
        return self._cached(text)

    def word_frequency(self, word: str) -> int:
        """jieba's dictionary frequency of ``word`` (0 if it is no dictionary word)."""
        return int(self._tk().FREQ.get(word) or 0)

    def boundaries(self, text: str) -> set[int]:
        """Offsets in ``text`` where a word starts or ends."""
        cuts = {0}
        pos = 0
        for tok in self.tokens(text):
            pos += len(tok)
            cuts.add(pos)
        return cuts


def make_segmenter(name: str = "jieba", user_words: Iterable[str] = ()) -> JiebaSegmenter:
    """The segmenter called ``name`` (only jieba for now)."""
    if name == "jieba":
        return JiebaSegmenter(user_words)
    raise ValueError(f"unknown segmenter '{name}' (known: jieba)")
