"""Decoding bytes: UTF-8 fast path, BOMs, GB18030 and Big5 detected on real speeches of every length."""
from __future__ import annotations

import codecs

import opencc
import pytest

from slogans.io.decoding import decode_bytes
from slogans.errors import InputError

S2TW = opencc.OpenCC("s2tw")


@pytest.fixture(scope="module")
def speeches(corpus):
    files = sorted(corpus.glob("*.txt")) + sorted((corpus / "external").glob("*.txt"))
    assert len(files) >= 5
    return {p.name: p.read_text(encoding="utf-8") for p in files}


def _big5_text(text: str) -> str:
    """A traditional (Taiwan forms) copy without the few characters Big5 lacks (臵, a variant)."""
    trad = S2TW.convert(text)
    return "".join(ch if _encodes(ch, "big5hkscs") else "置" for ch in trad)


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _chunks(text: str, length: int, step: int = 311):
    for start in range(0, max(1, len(text) - length), step):
        yield text[start:start + length]


def test_utf8_with_and_without_bom(speeches):
    text = speeches["003_ee19b14dd9477618.txt"]
    plain = decode_bytes(text.encode("utf-8"), "a.txt")
    bom = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt")
    assert (plain.text, plain.encoding, plain.had_bom, plain.detected) == (text, "utf-8", False, False)
    assert (bom.text, bom.encoding, bom.had_bom) == (text, "utf-8", True)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_by_bom(speeches, codec):
    text = speeches["004_eca5f85e1156cd79.txt"]
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == text
    assert decoded.had_bom and decoded.encoding.startswith(codec[:6])


@pytest.mark.parametrize("length", [4, 8, 16, 64, 1000, None])
def test_gb18030_is_detected_on_simplified_and_traditional_text_of_any_length(speeches, length):
    tried = wrong = 0
    for name, full in speeches.items():
        for text in [full, S2TW.convert(full)]:
            for chunk in [text] if length is None else _chunks(text, length):
                data = chunk.encode("gb18030")
                if _valid_utf8(data):
                    continue  # a few GB bytes can be valid UTF-8 too ('一' is Cyrillic 'һ'): UTF-8 wins, by design
                decoded = decode_bytes(data, name)
                tried += 1
                if decoded.text != chunk:
                    wrong += 1
                else:
                    assert decoded.encoding == "gb18030"
    assert tried >= 2 * len(speeches)
    # four characters can, rarely, read as four plausible Big5 ones; from 8 characters on, none may be
    assert wrong <= (tried // 20 if length == 4 else 0), f"{wrong} of {tried} chunks misread"


@pytest.mark.parametrize("length", [4, 8, 16, 64, 1000, None])
def test_big5_is_detected_on_traditional_text_of_any_length(speeches, length):
    tried = wrong = 0
    for name, full in speeches.items():
        text = _big5_text(full)
        for chunk in [text] if length is None else _chunks(text, length):
            data = chunk.encode("big5hkscs")
            if _valid_utf8(data) or sum("\u4e00" <= c <= "\u9fff" for c in chunk) < 2:
                continue  # nothing to tell Big5 from GBK by
            decoded = decode_bytes(data, name)
            tried += 1
            if decoded.text != chunk:
                wrong += 1
            else:
                assert decoded.encoding in ("cp950", "big5hkscs")
    assert tried >= len(speeches)
    # four Big5 characters can be read as four plausible GBK ones; from 8 characters on, none may be
    assert wrong <= (tried // 20 if length == 4 else 0), f"{wrong} of {tried} chunks misread"


def test_hong_kong_characters_fall_back_to_big5_hkscs():
    text = "香港特別行政區政府推行“一國兩制”，堅持“港人治港”。邨"  # 邨 is in HKSCS, not in cp950
    decoded = decode_bytes(text.encode("big5hkscs"), "hk.txt")
    assert (decoded.text, decoded.encoding) == (text, "big5hkscs")


def test_an_encoding_named_by_the_user_is_used_strictly(speeches):
    text = speeches["003_ee19b14dd9477618.txt"]
    assert decode_bytes(text.encode("gbk"), "a.txt", "GBK").encoding == "gbk"
    with pytest.raises(InputError) as err:
        decode_bytes(text.encode("utf-8"), "a.txt", "gb18030")
    assert str(err.value).startswith("a.txt: cannot decode as gb18030 at byte ")
    with pytest.raises(InputError, match=r"^a\.txt: unknown encoding 'klingon'$"):
        decode_bytes(b"abc", "a.txt", "klingon")


def test_utf8_named_by_the_user_drops_the_bom_and_counts_offsets_in_the_file():
    data = codecs.BOM_UTF8 + "创先争优".encode("utf-8") + b"\xff"
    with pytest.raises(InputError, match=r"^a\.txt: cannot decode as utf-8 at byte 15 \(0xFF\)$"):
        decode_bytes(data, "a.txt", "utf-8")
    assert decode_bytes(data[:-1], "a.txt", "utf-8").text == "创先争优"


def test_undecodable_bytes_name_the_offset(speeches):
    good = speeches["003_ee19b14dd9477618.txt"][:2000].encode("gb18030")
    data = good + b"\xff\xff" + good
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    message = str(err.value)
    assert message.startswith(f"bad.txt: cannot decode as GB18030 at byte {len(good)} (0xFF) (nor as ")
    assert "UTF-8 at byte " in message and "Big5 at byte " in message
    assert message.endswith("; name the encoding with --encoding")


def test_empty_binary_and_bomless_utf16():
    for data in [b"", b"  \n", codecs.BOM_UTF8 + b" ", "\n".encode("utf-16")]:
        with pytest.raises(InputError, match="the file is empty"):
            decode_bytes(data, "e.txt")
    with pytest.raises(InputError, match=r"^b\.bin: a binary file, not text$"):
        decode_bytes(b"\x00\x01\x02abc", "b.bin")
    with pytest.raises(InputError, match=r"looks like UTF-16 without a byte-order mark: try --encoding utf-16-le\)$"):
        decode_bytes("Speech 2021: 开展学习".encode("utf-16-le"), "u.txt")
    assert decode_bytes("Speech 2021: 开展学习".encode("utf-16-le"), "u.txt", "utf-16-le").text == "Speech 2021: 开展学习"


def test_utf16_without_a_byte_order_mark_gets_a_hint_even_without_nul_bytes():
    import pytest

    from slogans.io.decoding import decode_bytes
    from slogans.errors import InputError

    for text, codec in (("坚持以人民为中心，开展学习教育。" * 3, "utf-16-le"), ("坚持以人民为中心，全面从严治党。" * 3, "utf-16-le"),
                        ("坚持以人民为中心，开展学习教育。" * 3, "utf-16-be")):
        with pytest.raises(InputError, match=f"UTF-16 without a byte-order mark: try --encoding {codec}"):
            decode_bytes(text.encode(codec), "u.txt")


def test_decode_blocks_joins_a_character_split_across_blocks_and_places_a_bad_byte():
    from slogans.io.decoding import BadBytes, decode_blocks

    data = "五个好".encode("utf-8")
    assert "".join(decode_blocks([data[:2], data[2:5], data[5:]], "utf-8")) == "五个好"
    with pytest.raises(BadBytes) as bad:
        list(decode_blocks([data[:4], b"\xff" + data[4:]], "utf-8", start=3))
    assert bad.value.offset == 3 + 3 and bad.value.shown().startswith("0x")  # 五 is 3 bytes; 个's first byte is cut off by 0xFF
    with pytest.raises(BadBytes):
        list(decode_blocks([data[:4]], "utf-8"))  # the end comes inside a character


# every codec a user may name, and the ones detected
_CODECS = ("utf-8", "gb18030", "gbk", "cp950", "big5hkscs", "utf-16-le", "utf-16-be", "utf-32-le", "utf-16", "utf-32", "ascii")


def test_the_whole_file_decoder_is_the_block_decoder_given_one_block_and_agrees_with_python():
    """decode_whole is decode_blocks on one block: the same text as bytes.decode, and at a bad byte the
    same offset (moved by ``start``) and the same bytes shown, for random damage of real encodings."""
    import random

    from slogans.io.decoding import BadBytes, decode_blocks, decode_whole

    rng = random.Random(15)
    seeds = ["两学一做,做到“五个好”。".encode(c) for c in ("utf-8", "gb18030", "utf-16-le")] + ["兩學一做,做到「五個好」。".encode("cp950")]
    for _ in range(400):
        data = bytearray(rng.choice(seeds) * rng.randint(0, 2))
        for _ in range(rng.randint(0, 2)):
            pos = rng.randint(0, len(data))
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 3)))
        data = bytes(data[:rng.randint(0, len(data))]) if rng.random() < 0.3 else bytes(data)
        start = rng.choice((0, 3))
        for codec in _CODECS:
            try:
                want = ("text", data.decode(codec))
            except UnicodeDecodeError as exc:
                want = ("bad", start + exc.start, exc.object[exc.start:min(exc.end, exc.start + 4)])
            try:
                got = ("text", decode_whole(data, codec, start))
                assert got[1] == "".join(decode_blocks([data], codec, start))
            except BadBytes as bad:
                got = ("bad", bad.offset, bad.sample)
            assert got == want, (codec, data)


def test_utf16_without_a_byte_order_mark_reads_the_same_whole_and_in_blocks():
    from slogans.io.decoding import decode_blocks

    data = "坚持以人民为中心".encode("utf-16-le")  # this machine's byte order, as bytes.decode assumes
    assert decode_bytes(data, "u.txt", encoding="utf-16").text == data.decode("utf-16")
    assert "".join(decode_blocks([data[:3], data[3:]], "utf-16")) == data.decode("utf-16")
    with_bom = codecs.BOM_UTF16_BE + "五个好".encode("utf-16-be")
    assert "".join(decode_blocks([with_bom[:1], with_bom[1:]], "utf-16")) == with_bom.decode("utf-16") == "五个好"


def test_a_named_encoding_names_the_same_offset_and_bytes_whole_or_streamed(tmp_path):
    from slogans.io.stream import TextFile

    data = "五个好".encode("gb18030") + b"\x81\x20" + "两学一做".encode("gb18030")
    with pytest.raises(InputError, match=r"cannot decode as gb18030 at byte 6 \(0x81\)"):
        decode_bytes(data, "g.txt", encoding="gb18030")
    path = tmp_path / "g.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"cannot decode as GB18030 at byte 6 \(0x81\)"):
        list(TextFile(path, "g.txt", "gb18030").read(block_bytes=4))
