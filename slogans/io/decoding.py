"""Turning a file's bytes into text: UTF-8 first, then the legacy Chinese encodings.

The order of attempts:

1. an encoding the user names (``--encoding``) is used strictly, and nothing else;
2. a byte-order mark: UTF-8, UTF-16 or UTF-32 with a BOM are decoded by it;
3. UTF-8 without a BOM, strictly — most files are UTF-8 and pay for nothing more;
4. GB18030 (a superset of GBK and GB2312) and Big5 (cp950, then Big5-HKSCS for Hong Kong text).

Every Big5 byte sequence is also valid GBK, so step 4 often has two candidates that both
decode. They are told apart by how many neighbouring Han characters form dictionary words
(jieba's dictionary, after conversion to simplified): mojibake forms almost none, real text
forms many, even in a dozen characters. A tie goes to charset-normalizer, then to GB18030.

Undecodable bytes are never replaced: the error names the byte offset where decoding failed.
"""
from __future__ import annotations

import codecs
import math
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Iterable, Iterator, Optional

from slogans.errors import InputError

#: How many bytes are checked for NUL bytes (a binary file).
BINARY_SAMPLE = 8192
#: How many characters of each candidate decoding are scored by dictionary words.
SCORE_SAMPLE = 4000
#: The legacy families tried after UTF-8, each a list of codecs tried in order.
LEGACY_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("GB18030", ("gb18030",)),
    ("Big5", ("cp950", "big5hkscs")),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class DecodeError(InputError):
    """Bytes that do not decode; ``offset`` is the first byte that fails (None when not known)."""

    def __init__(self, path: str, reason: str, offset: Optional[int] = None):
        super().__init__(path, reason)
        self.offset = offset


class BadBytes(Exception):
    """Bytes that do not decode in a stream of blocks: ``offset`` is the first bad byte's place in
    the whole stream, ``sample`` up to four of the bad bytes."""

    def __init__(self, offset: int, sample: bytes):
        super().__init__(offset, sample)
        self.offset = offset
        self.sample = sample

    def shown(self) -> str:
        """The bad bytes written as 0xAB 0xCD."""
        return " ".join(f"0x{b:02X}" for b in self.sample)


def decode_blocks(blocks: Iterable[bytes], codec: str, start: int = 0) -> Iterator[str]:
    """The text of ``blocks`` decoded incrementally in ``codec`` (a character may span two blocks);
    an empty block, or the end of ``blocks``, ends the text. ``start`` is the offset of the first
    block in the whole stream. Raises BadBytes at the first byte that does not decode."""
    decoder: Optional[codecs.IncrementalDecoder] = None
    consumed = start
    if codec in _BOM_READ:
        blocks = _head_joined(blocks, max(len(bom) for bom, _ in _BOMS))
    for block in chain(blocks, [b""]):
        if decoder is None:
            decoder = _incremental_decoder(codec, block)
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            raise BadBytes(consumed - pending + exc.start, exc.object[exc.start:exc.start + min(exc.end - exc.start, 4)]) from None
        consumed += len(block)
        if text:
            yield text
        if not block:
            return


def decode_whole(data: bytes, codec: str, start: int = 0) -> str:
    """The text of ``data`` in ``codec``: ``decode_blocks`` given one block. Raises BadBytes."""
    if codec not in _BOM_READ:
        try:  # one strict decode of the whole: what nearly every file needs
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # the incremental path finds the offset and the bad bytes
    return "".join(decode_blocks([data], codec, start))


#: The codecs that read a byte-order mark to learn the byte order.
_BOM_READ = ("utf-16", "utf-32")


def _head_joined(blocks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """``blocks`` with the first ones joined until they hold ``size`` bytes (a whole byte-order mark)."""
    it = iter(blocks)
    head = b""
    while len(head) < size:
        block = next(it, b"")
        if not block:
            if head:
                yield head
            return
        head += block
    yield head
    yield from it


def _incremental_decoder(codec: str, head: bytes) -> codecs.IncrementalDecoder:
    # UTF-16/32 without a byte-order mark: the byte order bytes.decode assumes (this machine's),
    # where Python's incremental decoder would refuse the text
    if codec in _BOM_READ and not any(head.startswith(bom) for bom, name in _BOMS if name.startswith(codec)):
        codec = f"{codec}-{'le' if sys.byteorder == 'little' else 'be'}"
    return codecs.getincrementaldecoder(codec)()


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was decoded.

    ``encoding`` is the codec used (``utf-8``, ``utf-16-le``, ``gb18030``, ``cp950``, ``big5hkscs``
    or the one the user named); ``detected`` is True when it was chosen among legacy encodings
    by content (not by the user, a BOM or valid UTF-8); ``confidence`` is the share of
    neighbouring Han pairs that form dictionary words in the chosen decoding, when two legacy
    encodings both decoded the bytes and one had to be chosen (None otherwise).
    """

    text: str
    encoding: str
    had_bom: bool = False
    detected: bool = False
    confidence: Optional[float] = None


def canonical_encoding(name: str) -> str:
    """The codec name Python uses for ``name`` (``GBK`` → ``gbk``, ``big5-hkscs`` → ``big5hkscs``).

    Raises LookupError for an unknown encoding.
    """
    return codecs.lookup(name).name


def decode_bytes(data: bytes, name: str, encoding: Optional[str] = None) -> Decoded:
    """Decode a file's ``data``; ``name`` is the file as the user should see it in errors.

    Raises InputError for an empty or binary file, an unknown ``encoding``, or bytes that do
    not decode (the message names the encoding and the byte offset).

    Examples:
        >>> decode_bytes("两学一做".encode("gb18030"), "a.txt").encoding
        'gb18030'
        >>> decode_bytes(b"\\xef\\xbb\\xbf" + "五个好".encode("utf-8"), "b.txt").text
        '五个好'
    """
    if encoding:
        decoded = _decode_named(data, name, encoding)
    else:
        decoded = _decode_bom(data, name)
        if decoded is None:
            _check_binary(data, name)
            decoded = _decode_utf8(data) or _decode_legacy(data, name)
    if not decoded.text or decoded.text.isspace():  # no copy of the text, as strip() makes
        raise InputError(name, "the file is empty")
    return decoded


def _decode_named(data: bytes, name: str, encoding: str) -> Decoded:
    try:
        codec = canonical_encoding(encoding)
    except LookupError:
        raise InputError(name, f"unknown encoding '{encoding}'") from None
    skip = 0
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        skip = len(codecs.BOM_UTF8)
    had_bom = bool(skip) or codec in ("utf-16", "utf-32") and any(data.startswith(b) for b, _ in _BOMS)
    try:
        text = decode_whole(data[skip:], codec, skip)
    except BadBytes as bad:
        raise DecodeError(name, f"cannot decode as {encoding} at byte {bad.offset}{_bad_bytes(bad)}", bad.offset) from None
    return Decoded(text, codec, had_bom)


def _decode_bom(data: bytes, name: str) -> Optional[Decoded]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = decode_whole(data[len(bom):], codec, len(bom))
            except BadBytes as bad:
                label = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise DecodeError(name, f"cannot decode as {label} (it starts with a {label} byte-order mark) at byte {bad.offset}{_bad_bytes(bad)}", bad.offset) from None
            return Decoded(text, codec, had_bom=True)
    return None


def _check_binary(data: bytes, name: str) -> None:
    sample = data[:BINARY_SAMPLE]
    if b"\x00" not in sample:
        return
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    guess: Optional[str] = None
    if len(sample) >= 16 and max(even, odd) > 3 * min(even, odd) and max(even, odd) >= len(sample) // 8:
        guess = "utf-16-le" if odd else "utf-16-be"
    else:
        guess = _utf16_reading(sample)  # Chinese in UTF-16 has few NUL bytes: read it and see
    if guess is not None:
        raise InputError(name, f"a binary file, not text (it looks like UTF-16 without a byte-order mark: try --encoding {guess})")
    raise InputError(name, "a binary file, not text")


#: Share of a sample's characters that must be Han, CJK punctuation, full-width forms or printable
#: ASCII for it to read as UTF-16 text.
_UTF16_TEXT_SHARE = 0.9
_UTF16_MIN_BYTES = 32
_TEXT_LIKE = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2010-\u206f\x20-\x7e\t\n\r]"


def _utf16_reading(sample: bytes) -> Optional[str]:
    """The UTF-16 byte order (``utf-16-le``/``-be``) in which ``sample`` reads as text, if one does
    (never for fewer than ``_UTF16_MIN_BYTES``: a few bytes read as anything)."""
    best: tuple[float, Optional[str]] = (0.0, None)
    if len(sample) < _UTF16_MIN_BYTES:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(sample[: len(sample) // 2 * 2], final=False)
        except UnicodeDecodeError:
            continue
        if text:
            share = len(_pattern(_TEXT_LIKE).findall(text)) / len(text)
            best = max(best, (share, codec), key=lambda b: b[0])
    return best[1] if best[0] >= _UTF16_TEXT_SHARE else None


def _decode_utf8(data: bytes) -> Optional[Decoded]:
    try:
        return Decoded(decode_whole(data, "utf-8"), "utf-8")
    except BadBytes:
        return None


def _decode_legacy(data: bytes, name: str) -> Decoded:
    candidates: list[tuple[str, str]] = []  # (codec, text)
    failures: list[tuple[int, str, BadBytes]] = []
    try:
        decode_whole(data, "utf-8")
    except BadBytes as bad:
        failures.append((bad.offset, "UTF-8", bad))
    for label, codecs_ in LEGACY_FAMILIES:
        furthest: Optional[BadBytes] = None
        for codec in codecs_:
            try:
                candidates.append((codec, decode_whole(data, codec)))
                break
            except BadBytes as bad:
                if furthest is None or bad.offset > furthest.offset:
                    furthest = bad
        else:
            assert furthest is not None
            failures.append((furthest.offset, label, furthest))
    if not candidates:
        failures.sort(key=lambda f: -f[0])
        at, label, bad = failures[0]
        others = ", ".join(f"{lab} at byte {pos}" for pos, lab, _ in failures[1:])
        utf16 = _utf16_reading(data[:BINARY_SAMPLE])
        hint = f"it looks like UTF-16 without a byte-order mark: try --encoding {utf16}" if utf16 else "name the encoding with --encoding"
        raise DecodeError(name, f"cannot decode as {label} at byte {at}{_bad_bytes(bad)} (nor as {others}); {hint}", at)
    if len(candidates) == 1:
        codec, text = candidates[0]
        return Decoded(text, codec, detected=True)
    return _choose(data, candidates)


def _choose(data: bytes, candidates: list[tuple[str, str]]) -> Decoded:
    """The candidate decoding that reads most like Chinese (see plausibility); ties go to
    charset-normalizer, then to the first candidate (GB18030)."""
    scored = sorted(((plausibility(text[:SCORE_SAMPLE]), codec) for codec, text in candidates), reverse=True)
    (best, codec), runner_up = scored[0], scored[1][0]
    if best == runner_up:
        codec = _charset_normalizer_choice(data, [c for _, c in scored]) or candidates[0][0]
    hits, pairs = best[0], best[3]
    return Decoded(dict(candidates)[codec], codec, detected=True, confidence=hits / pairs if pairs else None)


def _charset_normalizer_choice(data: bytes, codecs_: list[str]) -> Optional[str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=codecs_).best()
    if best is None:
        return None
    found = canonical_encoding(best.encoding)
    return found if found in codecs_ else None


def _bad_bytes(bad: BadBytes) -> str:
    return f" ({bad.shown()})" if bad.sample else ""


def plausibility(text: str) -> tuple[int, int, float, int]:
    """How much ``text`` reads like Chinese, compared as a tuple (larger is better):
    (neighbouring Han pairs that are a dictionary word, minus the characters no Chinese text
    holds — kana, Cyrillic, box drawing, private use, small and vertical forms —, how common
    its characters are as one-character words (sum of log frequencies), all neighbouring Han pairs)."""
    from slogans.text.normalize import to_simplified

    pair_words, char_words = _dictionary()
    simple = to_simplified(text)
    hits = pairs = 0
    for a, b in zip(simple, simple[1:]):
        if "\u3400" <= a <= "\u9fff" and "\u3400" <= b <= "\u9fff":
            pairs += 1
            if a + b in pair_words:
                hits += 1
    odd = len(_pattern(_ODD).findall(simple))
    commonness = round(sum(char_words.get(ch, 0.0) for ch in simple), 6)
    return hits, -odd, commonness, pairs


_ODD = "[\u0370-\u052f\u2500-\u259f\u3040-\u30ff\u3100-\u312f\ue000-\uf8ff\ufe10-\ufe6f\ufffd]"


@lru_cache(maxsize=None)
def _pattern(chars: str) -> "re.Pattern[str]":
    """``chars`` (a class) compiled at its first use: a run of UTF-8 files never needs it, nor its compile."""
    return re.compile(chars)


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], dict[str, float]]:
    """The two-character words of jieba's dictionary, and the one-character words with the
    logarithm of their frequency (from its table, ``slogans.text.dictionary``: jieba not imported)."""
    from slogans.text.dictionary import word_table

    table = word_table()
    pairs: set[str] = set()
    singles: dict[str, float] = {}
    for word, freq in zip(table.words, table.frequencies):
        if len(word) == 2 and "\u0800" <= word[0] and "\u0800" <= word[1]:  # two 3-byte UTF-8 characters
            pairs.add(word)
        elif len(word) == 1 and "\u0800" <= word:
            singles[word] = math.log1p(freq)
    return frozenset(pairs), singles
