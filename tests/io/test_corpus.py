"""Reading documents: folders, ids, and a clear error for each kind of bad file."""
from __future__ import annotations

from slogans.io.corpus import iter_documents
from slogans.errors import InputError


def test_folder_ids_are_relative_and_slash_separated(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "a.txt").write_text("\ufeff甲", encoding="utf-8")
    (tmp_path / "skip.md").write_text("丙", encoding="utf-8")
    docs = list(iter_documents([tmp_path]))
    assert [(d.id, d.text) for d in docs] == [("a.txt", "甲"), ("sub/b.txt", "乙")]


def test_bad_inputs_each_give_one_error_and_the_rest_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("开展“创先争优”活动", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    broken = tmp_path / "broken.txt"
    broken.write_bytes("创先争优".encode("gbk") + b"\xff")
    items = list(iter_documents([tmp_path / "missing.txt", empty, binary, broken, good]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{empty}: the file is empty",
        f"{binary}: a binary file, not text",
        f"{broken}: cannot decode as GB18030 at byte 8 (0xFF) (nor as Big5 at byte 8, UTF-8 at byte 0); name the encoding with --encoding",
    ]
    assert [d.id for d in items if not isinstance(d, InputError)] == [str(good)]


def test_folder_without_text_files(tmp_path):
    items = list(iter_documents([tmp_path]))
    assert [str(i) for i in items] == [f"{tmp_path}: no files matching '*.txt' in this folder"]


def test_each_document_carries_the_encoding_it_was_read_in(tmp_path, corpus):
    text = (corpus / "004_eca5f85e1156cd79.txt").read_text(encoding="utf-8")
    (tmp_path / "a_utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b_gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "c_utf16.txt").write_text(text, encoding="utf-16")
    docs = list(iter_documents([tmp_path]))
    assert [(d.id, d.meta["encoding"]) for d in docs] == [("a_utf8.txt", "utf-8"), ("b_gb.txt", "gb18030"), ("c_utf16.txt", "utf-16-le")]
    assert all(d.text == text for d in docs)


def test_a_named_encoding_applies_to_every_file(tmp_path):
    (tmp_path / "a.txt").write_bytes("推进“双促双建”".encode("gbk"))
    (tmp_path / "b.txt").write_bytes("推进“双促双建”".encode("utf-8"))
    items = list(iter_documents([tmp_path], encoding="gbk"))
    assert items[0].text == "推进“双促双建”" and items[0].meta["encoding"] == "gbk"
    assert isinstance(items[1], InputError) and str(items[1]).startswith(f"{tmp_path / 'b.txt'}: cannot decode as gbk at byte ")


def test_finding_a_folder_learns_each_file_size_once(tmp_path):
    import os

    from slogans.io.corpus import Source, find_sources

    (tmp_path / "a.txt").write_text("五个好", encoding="utf-8")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "c.txt")
    (tmp_path / "d.txt").mkdir()  # a folder that matches the pattern: not a file
    found = list(find_sources([tmp_path]))
    sources = [s for s in found if isinstance(s, Source)]
    assert [(s.id, s.size) for s in sources] == [("a.txt", 9), ("b.txt", 9)]  # a link: its target's size
    assert [str(e).split(": ", 1)[1] for e in found if isinstance(e, InputError)] == [f"a broken symbolic link (to {tmp_path / 'gone.txt'})"]


def test_read_bytes_gives_the_whole_file_whatever_its_size_says(tmp_path):
    from pathlib import Path

    import pytest

    from slogans.io.corpus import read_bytes

    for name, data in (("empty.txt", b""), ("small.txt", "五个好".encode("utf-8")), ("large.txt", bytes(range(256)) * 20_000)):
        (tmp_path / name).write_bytes(data)
        assert read_bytes(tmp_path / name) == data
    status = Path("/proc/self/status")  # its size says 0: read to its end all the same
    if status.exists():
        assert read_bytes(status).startswith(b"Name:")
    with pytest.raises(FileNotFoundError):
        read_bytes(tmp_path / "missing.txt")
