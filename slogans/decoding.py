"""Decoding a document's bytes: a byte order mark, the encoding asked for, or a detected one.

Detection tries UTF-8 first, then lets charset-normalizer choose among the encodings Chinese
corpora come in (GB18030 and its subsets GBK and GB2312, Big5, UTF-16, UTF-32); a file none of
them fits is refused, rather than read as, say, Cyrillic. Detection needs some text to go on: a
file of a few characters may be taken for Big5 when it is GBK (a corpus's expected encoding,
passed as ``encoding``, is always tried first by ``slogans check``).

Example:
    >>> d = decode_bytes("先进基层党组织要做到“五个好”。".encode("gbk"), "a.txt")
    >>> (d.text, d.encoding, d.had_bom)
    ('先进基层党组织要做到“五个好”。', 'gb18030', False)
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Optional

from slogans.errors import InputError

#: The encodings detection chooses among (after UTF-8).
DETECTABLE = ("utf_8", "gb18030", "big5", "big5hkscs", "utf_16", "utf_32")
#: Byte order marks: (bytes, the encoding's name, the codec that reads and drops the mark); UTF-32 before UTF-16.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_BINARY_SAMPLE = 8192


class DecodeError(InputError):
    """A file that cannot be decoded; ``offset`` is the first byte that fails (None when not known)."""

    def __init__(self, path: str, reason: str, offset: Optional[int] = None):
        super().__init__(path, reason)
        self.offset = offset


@dataclass(frozen=True)
class Decoded:
    """A decoded document: its text (without BOM), the codec's name and whether it began with a BOM."""

    text: str
    encoding: str
    had_bom: bool


def _name(encoding: str) -> str:
    return codecs.lookup(encoding).name


def decode_bytes(data: bytes, name: str, encoding: Optional[str] = None) -> Decoded:
    """``data`` decoded with ``encoding``, or — when None — with the detected encoding.

    A byte order mark decides the encoding when ``encoding`` is None or names the same encoding.
    Raises InputError (a DecodeError with the failing byte's ``offset``) for an empty,
    binary or undecodable file, and LookupError for an unknown ``encoding``.
    """
    wanted = _name(encoding) if encoding is not None else None
    bom = next(((b, enc, codec) for b, enc, codec in _BOMS if data.startswith(b)), None)
    if not data.strip() or (bom is not None and not data[len(bom[0]):].strip(b"\x00 \t\r\n")):
        raise DecodeError(name, "the file is empty")
    if bom is not None and wanted in (None, bom[1]):
        return _strict(data, name, bom[2], bom[1], True)
    if b"\x00" in data[:_BINARY_SAMPLE] and not (wanted or "").startswith(("utf-16", "utf-32")):
        raise DecodeError(name, "a binary file, not text", data.index(b"\x00"))
    if wanted is not None:
        return _strict(data, name, wanted, wanted, False)
    try:
        return _strict(data, name, "utf-8", "utf-8", False)
    except DecodeError as utf8_error:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(DETECTABLE)).best()
        if best is None:
            raise DecodeError(name, f"cannot be decoded in any known encoding (not UTF-8 at byte {utf8_error.offset})", utf8_error.offset) from None
        return _strict(data, name, best.encoding, _name(best.encoding), False)


def _strict(data: bytes, name: str, codec: str, encoding: str, had_bom: bool) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(name, f"not valid {encoding} at byte {exc.start}", exc.start) from None
    return Decoded(text, encoding, had_bom)
