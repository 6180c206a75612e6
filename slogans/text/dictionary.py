"""jieba's plain dictionary as a sorted table that loads in milliseconds, and jieba's own cut on it.

``jieba.Tokenizer`` builds a dict of every word and every prefix of a word (about 580,000 keys)
before it cuts anything, which costs most of a second on each start. The stages only cut short
windows and look up a few words, so here the dictionary is one sorted table of its 349,000 words
with their frequencies and part-of-speech tags: a word's frequency, and whether a fragment is a
prefix of some word, are found by bisection among the words with the same first character (those
are decoded from the table's bytes when the character is first met). The table is built from
``jieba/dict.txt`` once and kept in the user's cache folder (``slogans.io.cache``) under a hash of
that file; a later run reads it back as one blob, without building a string per word. Without a
writable cache it is built from the file on each run.

``DictionaryCut`` cuts as ``jieba.Tokenizer.lcut(text, HMM=False)`` does, word for word (the
tests compare the two): the same blocks, the same word graph, the same route by log frequency.
Extra words (a segmenter's user words) lie over the table without copying it.

Example:
    >>> table = word_table()
    >>> table.frequency("国家") > 0, table.frequency("国家国家"), table.tag("国家")
    (True, 0, 'n')
    >>> DictionaryCut(table).lcut("我们的国家")
    ['我们', '的', '国家']
"""
from __future__ import annotations

import json
import re
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

from slogans.io.cache import content_key, read_cached, write_cached

# jieba's own patterns (jieba/__init__.py): Han-and-word blocks, skipped space, one ASCII letter or digit
_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)
_ASCII_WORD_CHAR = re.compile("[a-zA-Z0-9]", re.U)
_MAGIC = b"slogans-word-table-2\n"
#: The name of the table's file in the user's cache folder starts so (then the dictionary's hash).
_CACHE_PREFIX = "jieba-table-2-"
_UNSEEN = object()
#: Words whose tags a table remembers before its memo starts again.
TAG_MEMO_SIZE = 200_000


def jieba_dictionary_path() -> Path:
    """The dictionary file ``jieba.Tokenizer()`` reads by default (found without importing jieba)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


class WordTable:
    """Words in sorted order with their frequencies and tags; ``total`` as jieba counts it.

    The words are kept as one UTF-8 blob, grouped by their first character; a group is decoded and
    split into a list when a word of it is first asked for (a run meets a few thousand first
    characters, a small file a few dozen), so a table loads without building 349,000 strings.
    """

    def __init__(self, words_blob: bytes, firsts: str, group_rows: array, group_offsets: array, frequencies: array,
                 tag_ids: array, tag_names: list[str], total: int):
        #: What the table was built from (a cache key; empty when unknown)
        self.source_key = ""
        self.frequencies = frequencies
        self.total = total
        # group g: the words that start with firsts[g], rows group_rows[g]… of the table, bytes group_offsets[g]… of
        # the blob (each word followed by a line end)
        self._blob = words_blob
        self._firsts = firsts
        self._rows = group_rows
        self._offsets = group_offsets
        self._group_of = {c: g for g, c in enumerate(firsts)}
        self._tag_ids = tag_ids
        self._tag_names = tag_names
        # first character → (row of its first word, its words), filled as characters are met
        self._groups: dict[str, tuple[int, list[str]]] = {}
        # word → its tag, as asked (a corpus asks about the same few thousand words), up to TAG_MEMO_SIZE
        self._tag_memo: dict[str, Optional[str]] = {}

    @classmethod
    def from_rows(cls, words: list[str], frequencies: array, tags: list[str], total: int) -> "WordTable":
        """A table of ``words`` (sorted, distinct) with their ``frequencies`` and ``tags`` ('' for none)."""
        names = sorted(set(tags))
        number = {t: i for i, t in enumerate(names)}
        firsts: list[str] = []
        rows, offsets = array("q"), array("q")
        for row, word in enumerate(words):
            if not firsts or word[0] != firsts[-1]:
                firsts.append(word[0])
                rows.append(row)
        rows.append(len(words))
        chunks = [("\n".join(words[rows[g]:rows[g + 1]]) + "\n").encode("utf-8") for g in range(len(firsts))]
        size = 0
        for chunk in chunks:
            offsets.append(size)
            size += len(chunk)
        offsets.append(size)
        return cls(b"".join(chunks), "".join(firsts), rows, offsets, frequencies, array("H", (number[t] for t in tags)), names, total)

    @classmethod
    def from_dictionary(cls, data: bytes) -> "WordTable":
        """Parse a jieba dictionary (``word freq [tag]`` lines, UTF-8) as jieba does: a later line
        of the same word wins, and every line's frequency counts towards the total."""
        entries: dict[str, tuple[int, str]] = {}
        total = 0
        for lineno, raw in enumerate(data.splitlines(), 1):
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            parts = line.split(" ")
            try:
                freq = int(parts[1])
            except (IndexError, ValueError):
                raise ValueError(f"invalid dictionary entry at line {lineno}: {line}") from None
            split = line.split()
            entries[parts[0]] = (freq, split[2] if len(split) >= 3 else "")
            total += freq
        words = sorted(entries)
        return cls.from_rows(words, array("q", (entries[w][0] for w in words)), [entries[w][1] for w in words], total)

    @property
    def words(self) -> list[str]:
        """Every word, in order (a list built on each call: for a pass over the whole table)."""
        return self._blob.decode("utf-8").split("\n")[:-1] if self._blob else []

    def to_bytes(self) -> bytes:
        """The table as one blob (``from_bytes`` reads it back)."""
        parts = [self._blob, self.frequencies.tobytes(), self._firsts.encode("utf-8"), self._rows.tobytes(),
                 self._offsets.tobytes(), self._tag_ids.tobytes()]
        header = json.dumps({"total": self.total, "n": len(self.frequencies), "tags": self._tag_names, "sizes": [len(p) for p in parts]})
        return _MAGIC + header.encode("ascii") + b"\n" + b"".join(parts)

    @classmethod
    def from_bytes(cls, blob: bytes) -> "WordTable":
        """Read a table written by ``to_bytes``; ValueError if it is not one."""
        if not blob.startswith(_MAGIC):
            raise ValueError("not a word table")
        end = blob.index(b"\n", len(_MAGIC))
        header = json.loads(blob[len(_MAGIC):end])
        n, sizes = int(header["n"]), header["sizes"]
        if len(blob) != end + 1 + sum(sizes):
            raise ValueError("a truncated word table")
        parts, at = [], end + 1
        for size in sizes:
            parts.append(blob[at:at + size])
            at += size
        freqs, rows, offsets, tag_ids = array("q"), array("q"), array("q"), array("H")
        for arr, part in ((freqs, parts[1]), (rows, parts[3]), (offsets, parts[4]), (tag_ids, parts[5])):
            arr.frombytes(part)
        firsts = parts[2].decode("utf-8")
        if len(freqs) != n or len(tag_ids) != n or len(rows) != len(firsts) + 1 or len(offsets) != len(rows) \
                or (rows and rows[-1] != n) or (offsets and offsets[-1] != len(parts[0])):
            raise ValueError("a damaged word table")
        return cls(parts[0], firsts, rows, offsets, freqs, tag_ids, [str(t) for t in header["tags"]], int(header["total"]))

    def _group(self, first: str) -> tuple[int, list[str]]:
        # the row of the first word that starts with ``first``, and those words: decoded when first asked for
        g = self._group_of.get(first)
        if g is None:
            found: tuple[int, list[str]] = (0, [])
        else:
            found = (self._rows[g], self._blob[self._offsets[g]:self._offsets[g + 1] - 1].decode("utf-8").split("\n"))
        self._groups[first] = found
        return found

    def lookup(self, fragment: str) -> Optional[int]:
        """The frequency of ``fragment`` as a word (0 for a prefix of a word that is not one
        itself), or None when no word starts with it — jieba's ``FREQ.get(fragment)``."""
        if not fragment:
            return 0 if self._blob else None
        row, words = self._groups.get(fragment[0]) or self._group(fragment[0])
        if not words:
            return None
        i = 0 if len(fragment) == 1 else bisect_left(words, fragment)
        if i == len(words):
            return None
        word = words[i]
        if word == fragment:
            return self.frequencies[row + i]
        return 0 if word.startswith(fragment) else None

    def frequency(self, word: str) -> int:
        """The frequency of ``word`` (0 if it is no dictionary word)."""
        return self.lookup(word) or 0

    def tag(self, word: str) -> Optional[str]:
        """The part-of-speech tag of ``word`` (None if it has none or is no word)."""
        found = self._tag_memo.get(word, _UNSEEN)
        if found is _UNSEEN:
            if len(self._tag_memo) >= TAG_MEMO_SIZE:
                self._tag_memo.clear()
            found = self._tag_memo[word] = self._find_tag(word)
        return found  # type: ignore[return-value]

    def _find_tag(self, word: str) -> Optional[str]:
        if not word:
            return None
        row, words = self._groups.get(word[0]) or self._group(word[0])
        i = 0 if len(word) == 1 else bisect_left(words, word)
        if i == len(words) or words[i] != word:
            return None
        return self._tag_names[self._tag_ids[row + i]] or None


class DictionaryCut:
    """jieba's ``lcut(text, HMM=False)`` over a WordTable, with ``extra`` words (word → frequency)
    lying over it. What each fragment is (no word's prefix, a prefix only, or a word and its log
    probability) is remembered, up to ``MEMO_SIZE`` fragments: a corpus asks about the same ones."""

    #: Fragments remembered before the memo starts again.
    MEMO_SIZE = 1_000_000

    def __init__(self, table: WordTable, extra: Optional[Mapping[str, int]] = None):
        self.table = table
        self.extra = dict(extra or {})
        self.extra_prefixes = {w[:i] for w in self.extra for i in range(1, len(w))}
        self._log_total = log(table.total)
        # fragment → None (no word starts so), False (a prefix only), or the word's log probability
        self._memo: dict[str, Union[None, bool, float]] = {}

    def lookup(self, fragment: str) -> Optional[int]:
        """``FREQ.get(fragment)`` of a jieba Tokenizer whose dictionary holds the extra words."""
        if fragment in self.extra:
            return self.extra[fragment]
        found = self.table.lookup(fragment)
        if found is None and fragment in self.extra_prefixes:
            return 0
        return found

    def _weight(self, fragment: str) -> Union[None, bool, float]:
        found = self.lookup(fragment) if self.extra else self.table.lookup(fragment)
        weight: Union[None, bool, float] = None if found is None else False if not found else log(found) - self._log_total
        if len(self._memo) >= self.MEMO_SIZE:
            self._memo.clear()
        self._memo[fragment] = weight
        return weight

    def lcut(self, text: str) -> list[str]:
        """The words of ``text``, as jieba cuts them without HMM."""
        return list(self.cut(text))

    def cut(self, text: str) -> Iterator[str]:
        """The words of ``text`` one by one (jieba's ``Tokenizer.cut`` with HMM=False)."""
        # split by a pattern with one group: the blocks it matched at the odd places, what lies between
        # (none of its characters) at the even ones, so no block is matched again (jieba's re_han.match)
        for index, block in enumerate(_BLOCK.split(text)):
            if not block:
                continue
            if index % 2:
                yield from self._cut_block(block)
            else:
                for at, piece in enumerate(_SKIP.split(block)):
                    if at % 2:
                        yield piece
                    else:
                        yield from piece

    def _cut_block(self, block: str) -> Iterator[str]:
        # jieba's get_DAG and calc in one backward pass: the best route from each position, by the
        # sum of log probabilities (a fragment that is no word weighs as frequency 1), ties to the longer
        memo_get, weight_of = self._memo.get, self._weight
        n = len(block)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        unknown = -self._log_total  # log(1) - log(total)
        for k in range(n - 1, -1, -1):
            # the route from k: the best word block[k:i] by its weight plus the route from i; ties to the
            # longer word (i grows, so ``>=``), and where no word starts here the character alone, as unknown
            best_score = unknown + score[k + 1]
            best_end = -1
            i = k + 1
            while i <= n:
                fragment = block[k:i]
                weight: Any = memo_get(fragment, _UNSEEN)  # one call: safe while another thread clears the memo
                if weight is _UNSEEN:
                    weight = weight_of(fragment)
                if weight is None:
                    break
                if weight is not False:
                    candidate = weight + score[i]
                    if best_end < 0 or candidate >= best_score:
                        best_score, best_end = candidate, i - 1
                i += 1
            score[k] = best_score
            end[k] = k if best_end < 0 else best_end
        x = 0
        buffer = ""
        while x < n:
            y = end[x] + 1
            word = block[x:y]
            if len(word) == 1 and _ASCII_WORD_CHAR.match(word):
                buffer += word
            else:
                if buffer:
                    yield buffer
                    buffer = ""
                yield word
            x = y
        if buffer:
            yield buffer


@lru_cache(maxsize=1)
def word_table() -> WordTable:
    """jieba's default dictionary as a WordTable: from the cache when it holds this dictionary,
    else built from the file (and cached for the next run where the cache folder is writable)."""
    data = jieba_dictionary_path().read_bytes()
    key = content_key(data, sys.byteorder.encode())
    # the file is named by the table's format too: a table of another format lies beside it, not replaced
    name = f"{_CACHE_PREFIX}{key}.bin"
    blob = read_cached(name)
    table = None
    if blob is not None:
        try:
            table = WordTable.from_bytes(blob)
        except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError):
            pass  # a damaged file: built again and replaced below
    if table is None:
        table = WordTable.from_dictionary(data)
        write_cached(name, table.to_bytes(), replaces=_CACHE_PREFIX)
    table.source_key = f"jieba-words-{key}.bin"  # the dictionary's contents, whatever the format
    return table
