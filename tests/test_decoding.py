"""Decoding: byte order marks, the encoding asked for, detection among the encodings of Chinese corpora."""
from __future__ import annotations

import codecs

import opencc
import pytest

from slogans.decoding import DecodeError, decode_bytes
from slogans.errors import InputError

TEXT = "先进基层党组织要做到“五个好”,党员要做到“五带头”,深入开展创先争优活动。"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk"])
def test_detects_utf8_and_gb(encoding):
    d = decode_bytes(TEXT.encode(encoding), "a.txt")
    assert d.text == TEXT and d.encoding in ("utf-8", "gb18030") and not d.had_bom
    assert d.encoding == ("utf-8" if encoding == "utf-8" else "gb18030")


def test_detects_big5():
    traditional = opencc.OpenCC("s2t").convert(TEXT)
    d = decode_bytes(traditional.encode("big5"), "t.txt")
    assert (d.text, d.encoding) == (traditional, "big5")


@pytest.mark.parametrize("codec, name", [("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-32", "utf-32")])
def test_byte_order_marks(codec, name):
    d = decode_bytes(TEXT.encode(codec), "b.txt")
    assert (d.text, d.encoding, d.had_bom) == (TEXT, name, True)
    big_endian = {"utf-16": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")}.get(name)
    if big_endian:
        assert decode_bytes(big_endian, "b.txt").text == TEXT


def test_the_encoding_asked_for_is_used_strictly():
    assert decode_bytes(TEXT.encode("gbk"), "a.txt", "gbk").encoding == "gbk"
    assert decode_bytes(TEXT.encode("utf-8-sig"), "a.txt", "utf-8").had_bom
    with pytest.raises(DecodeError) as info:
        decode_bytes(("abc\n" + TEXT).encode("gbk"), "a.txt", "utf-8")
    assert info.value.offset == 4 and str(info.value) == "a.txt: not valid utf-8 at byte 4"
    with pytest.raises(DecodeError):
        decode_bytes(TEXT.encode("utf-16"), "a.txt", "utf-8")  # a UTF-16 BOM is no UTF-8 file
    with pytest.raises(LookupError):
        decode_bytes(b"abc", "a.txt", "klingon")


@pytest.mark.parametrize("data, reason, offset", [
    (b"", "the file is empty", None),
    (b" \n\t", "the file is empty", None),
    (codecs.BOM_UTF8 + b"  ", "the file is empty", None),
    (b"PK\x03\x04\x00\x00", "a binary file, not text", 4),
    (b"abc\n\x80\x80\xff\xff", "cannot be decoded in any known encoding (not UTF-8 at byte 4)", 4),
])
def test_refused_files_are_input_errors_with_the_offset(data, reason, offset):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "x.txt")
    assert info.value.reason == reason and info.value.offset == offset and info.value.path == "x.txt"
