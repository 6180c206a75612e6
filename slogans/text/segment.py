"""Segmenters, used only where they decide something: the boundary of an unquoted candidate
and whether a quoted phrase is an ordinary dictionary word.

Three choices (``make_segmenter``):

- ``jieba`` (default): jieba's dictionary, no HMM guessing of unknown words. The lexicon's
  names are added as user words with the *smallest* frequency that makes each one win over
  its own pieces (jieba's ``suggest_freq`` rule), computed against the plain dictionary, and
  the dictionary total is left alone. So a sentence that holds no lexicon name is cut exactly
  as plain jieba cuts it, and a name glued to its neighbour (三个代表团) still loses to the
  better word (代表团).
- ``pkuseg``: pkuseg's default model, loaded once per process on first use. pkuseg's own
  ``user_dict`` cuts user words out before the model runs (三个代表|团), so the names are
  instead merged afterwards, and only where both edges of the name are boundaries the model
  chose itself.
- ``none``: no segmentation. The numeral decision then rests on the lexicon, the head lists
  and the document's own definitions.

Segmentation runs on short windows, never on whole documents, and results are cached. Word
frequencies and part-of-speech tags (for quoted phrases and for heads) always come from
jieba's dictionary, which is a core dependency; it is read as a sorted table
(``slogans.text.dictionary``), and jieba's cut runs on it, so jieba itself is never imported.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from typing import Any, Iterable, Optional, Protocol

import regex

from slogans.io.cache import content_key, read_cached, write_cached
from slogans.text.dictionary import DictionaryCut, word_table

SEGMENTERS = ("jieba", "pkuseg", "none")
#: What pkuseg is never shown: runs of white space, and the separators U+001C–U+001F and U+0085
#: that Python counts as space (pkuseg's model fails on them with an IndexError).
_SPACES = regex.compile(r"([\s\x1c-\x1f\x85]+)")
_USER_WORD = regex.compile(r"^[\p{Han}0-9]{2,}$")


class SegmenterUnavailable(RuntimeError):
    """A segmenter was asked for whose optional package is not installed."""


class Segmenter(Protocol):
    """What the stages need of a segmenter."""

    name: str

    def tokens(self, text: str) -> tuple[str, ...]:
        """The words of a short window of text."""

    def boundaries(self, text: str) -> Optional[frozenset[int]]:
        """Offsets in ``text`` where a word starts or ends (None: this segmenter does not segment)."""

    def word_frequency(self, word: str) -> int:
        """How common ``word`` is as one dictionary word (0 when it is not one)."""

    def tag(self, word: str) -> Optional[str]:
        """The dictionary's part-of-speech tag of ``word`` (None if unknown or not used)."""


# -- jieba's plain dictionary, shared by every segmenter of the process ------------------------
# A sorted table read from the user's cache (slogans.text.dictionary), not jieba's 580,000-key index:
# a run that looks up a few words or cuts a few windows pays milliseconds, not a second.
@lru_cache(maxsize=1)
def _plain_cut() -> DictionaryCut:
    return DictionaryCut(word_table())


def dictionary_frequency(word: str) -> int:
    """Frequency of ``word`` in jieba's plain dictionary (0 if it is no dictionary word)."""
    return word_table().frequency(word)


def dictionary_words(text: str) -> list[str]:
    """The words of ``text`` by jieba's plain dictionary alone (no HMM, no user words)."""
    return _plain_cut().lcut(text)


def dictionary_tag(word: str) -> Optional[str]:
    """Part-of-speech tag of ``word`` in jieba's dictionary (None if it has none)."""
    return word_table().tag(word)


def winning_frequency(word: str) -> int:
    """The smallest frequency with which ``word`` beats its own pieces in jieba's plain dictionary.

    The same rule as jieba's ``suggest_freq(word)``: the product of the pieces' probabilities,
    plus one, or the word's own frequency if it is higher.
    """
    table = word_table()
    p = 1.0
    for piece in _plain_cut().lcut(word):
        p *= _get(table.lookup(piece), 1) / table.total  # a prefix that is no word counts 0, as in jieba
    return max(int(p * table.total) + 1, _get(table.lookup(word), 1))


def _get(found: Optional[int], default: int) -> int:
    """jieba's ``FREQ.get(word, default)``: 0 for a prefix that is no word, ``default`` for neither."""
    return default if found is None else found


def _user_frequencies(words: tuple[str, ...]) -> dict[str, int]:
    """Each user word at least as frequent as wins over its pieces (the total is left as it is, so
    every other word keeps its probability exactly); kept in the user's cache for this dictionary
    and these words."""
    table = word_table()
    name = f"jieba-user-words-{content_key(table.source_key.encode(), chr(10).join(words).encode('utf-8'))}.json"
    cached = read_cached(name)
    if cached is not None:
        try:
            frequencies = json.loads(cached)
            if isinstance(frequencies, dict) and list(frequencies) == list(words):
                return {w: int(f) for w, f in frequencies.items()}
        except (ValueError, TypeError):
            pass
    frequencies = {w: max(table.frequency(w), winning_frequency(w)) for w in words}
    if table.source_key:
        write_cached(name, json.dumps(frequencies, ensure_ascii=False).encode("utf-8"), replaces="jieba-user-words-")
    return frequencies


def _user_words(words: Iterable[str]) -> tuple[str, ...]:
    """The names a segmenter can hold as one word: Han characters or digits, two or more."""
    return tuple(sorted({w for w in words if _USER_WORD.match(w)}))


def _cuts(tokens: Iterable[str]) -> frozenset[int]:
    cuts = [0]
    for tok in tokens:
        cuts.append(cuts[-1] + len(tok))
    return frozenset(cuts)


class _CachedSegmenter:
    """What jieba and pkuseg share: cached tokens and boundaries, and jieba's dictionary for
    frequencies and tags. A subclass sets ``user_words`` and defines ``_tokens``."""

    user_words: tuple[str, ...]

    def __init__(self) -> None:
        self._cached = lru_cache(maxsize=65536)(self._tokens)
        self.boundaries = lru_cache(maxsize=65536)(self._boundaries)  # type: ignore[method-assign]

    def _tokens(self, text: str) -> tuple[str, ...]:
        raise NotImplementedError

    def tokens(self, text: str) -> tuple[str, ...]:
        """The words of ``text``, cached."""
        return self._cached(text)

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets in ``text`` where a word starts or ends, cached."""
        return _cuts(self.tokens(text))

    _boundaries = boundaries

    def word_frequency(self, word: str) -> int:
        """jieba's dictionary frequency of ``word`` (0 if it is no dictionary word; user words not counted)."""
        return dictionary_frequency(word)

    def tag(self, word: str) -> Optional[str]:
        """jieba's dictionary tag of ``word``."""
        return dictionary_tag(word)


class JiebaSegmenter(_CachedSegmenter):
    """jieba with its own dictionary instance (the global one is left alone), loaded lazily."""

    name = "jieba"

    def __init__(self, user_words: Iterable[str] = ()):
        self.user_words = _user_words(user_words)
        self._cutter: Optional[DictionaryCut] = None
        super().__init__()

    def _tk(self) -> DictionaryCut:
        if self._cutter is None:
            extra = _user_frequencies(self.user_words)
            self._cutter = DictionaryCut(word_table(), extra) if extra else _plain_cut()
        return self._cutter

    def _tokens(self, text: str) -> tuple[str, ...]:
        """Dictionary-driven words, no HMM guessing of unknown words."""
        return tuple(self._tk().lcut(text))


@lru_cache(maxsize=1)
def _pkuseg_model() -> Any:
    """pkuseg's default model with no user dictionary, loaded once per process."""
    try:
        import pkuseg
    except ImportError as exc:  # installed but broken (numpy/cython build)
        raise SegmenterUnavailable(f"pkuseg cannot be imported ({exc}); install the extra: pip install 'slogans[pkuseg]'") from None
    return pkuseg.pkuseg(user_dict=[])


class PkusegSegmenter(_CachedSegmenter):
    """pkuseg's model, with the user words merged where the model's own boundaries allow them."""

    name = "pkuseg"

    def __init__(self, user_words: Iterable[str] = ()):
        self.user_words = _user_words(user_words)
        by_first: dict[str, list[str]] = {}
        for w in sorted(self.user_words, key=len, reverse=True):
            by_first.setdefault(w[0], []).append(w)
        self._by_first = by_first
        super().__init__()

    def _tokens(self, text: str) -> tuple[str, ...]:
        model = _pkuseg_model()
        words: list[str] = []
        for piece in _SPACES.split(text):  # pkuseg drops spaces: keep them as tokens
            if piece.isspace():
                words.append(piece)
            elif piece:
                words.extend(model.cut(piece))
        return self._merge_user_words(text, words)

    def _merge_user_words(self, text: str, words: list[str]) -> tuple[str, ...]:
        """Join the words that make up a user word whose both edges are the model's boundaries."""
        if not self._by_first:
            return tuple(words)
        cuts = sorted(_cuts(words))
        cut_set = set(cuts)
        out: list[str] = []
        i = 0
        k = 0  # index into cuts
        while i < len(text):
            end = None
            for w in self._by_first.get(text[i], ()):
                if text.startswith(w, i) and i + len(w) in cut_set:
                    end = i + len(w)
                    break
            if end is None:
                while cuts[k] <= i:
                    k += 1
                end = cuts[k]
            out.append(text[i:end])
            i = end
        return tuple(out)


class NoSegmenter:
    """No segmentation: every character is its own token and no boundary is known."""

    name = "none"

    def __init__(self, user_words: Iterable[str] = ()):
        self.user_words = _user_words(user_words)

    def tokens(self, text: str) -> tuple[str, ...]:
        """The characters of ``text``."""
        return tuple(text)

    def boundaries(self, text: str) -> None:
        """None: nothing is known about word boundaries."""
        return None

    def word_frequency(self, word: str) -> int:
        """jieba's dictionary frequency of ``word``, for quoted phrases (numeral decisions do not use it)."""
        return dictionary_frequency(word)

    def tag(self, word: str) -> None:
        """None: heads are judged by the head lists alone."""
        return None


def make_segmenter(name: str = "jieba", user_words: Iterable[str] = ()) -> Segmenter:
    """The segmenter called ``name`` (jieba, pkuseg or none), with ``user_words`` held as words.

    Raises SegmenterUnavailable for pkuseg when it is not installed, ValueError for an unknown name.
    """
    if name == "jieba":
        return JiebaSegmenter(user_words)
    if name == "pkuseg":
        if importlib.util.find_spec("pkuseg") is None:
            raise SegmenterUnavailable("the pkuseg segmenter needs the optional package pkuseg: pip install 'slogans[pkuseg]'")
        return PkusegSegmenter(user_words)
    if name == "none":
        return NoSegmenter(user_words)
    raise ValueError(f"unknown segmenter '{name}' (known: {', '.join(SEGMENTERS)})")
