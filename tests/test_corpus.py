"""Reading documents: folders, ids, and a clear error for each kind of bad file."""
from __future__ import annotations

from slogans.corpus import iter_documents
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
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("创先争优".encode("gbk"))
    items = list(iter_documents([tmp_path / "missing.txt", empty, binary, gbk, good]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{empty}: the file is empty",
        f"{binary}: a binary file, not text",
        f"{gbk}: not valid UTF-8 at byte 0",
    ]
    assert [d.id for d in items if not isinstance(d, InputError)] == [str(good)]


def test_folder_without_text_files(tmp_path):
    items = list(iter_documents([tmp_path]))
    assert [str(i) for i in items] == [f"{tmp_path}: no files matching '*.txt' in this folder"]
