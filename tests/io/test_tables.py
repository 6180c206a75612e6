"""Tables as input: the shared speeches as JSONL, CSV and Parquet rows give the same table as the files."""
from __future__ import annotations

import datetime as dt
import sys

import pandas as pd
import pytest

from slogans.io.corpus import ReadOptions, iter_documents
from slogans.errors import InputError
from slogans.io.tables import TableOptions, guess_format, iter_table

NAMES = ["003_ee19b14dd9477618.txt", "004_eca5f85e1156cd79.txt", "000_880b41d3d6e7ffda.txt"]


@pytest.fixture(scope="module")
def frame(corpus):
    texts = [(corpus / n).read_text(encoding="utf-8") for n in NAMES]
    return pd.DataFrame({
        "doc_id": NAMES, "date": ["2021-06-18", "2018-03-18", "2011-08-04"], "author": ["甲", None, "丙"],
        "body": texts, "pages": [3, 2, 14],
    })


def _write(frame: pd.DataFrame, path, fmt: str, **kw) -> None:
    if fmt == "csv":
        frame.to_csv(path, index=False, **kw)
    elif fmt == "jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(path, index=False)


def _table(extractor, docs) -> list:
    return sorted((d.id, r.term, r.count, r.components) for d in docs for r in extractor.count(d.text, d.id))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_rows_give_the_same_table_as_the_files(tmp_path, corpus, frame, extractor, fmt):
    path = tmp_path / f"corpus.{fmt}"
    _write(frame, path, fmt)
    options = ReadOptions(table=TableOptions(text_column="body", id_column="doc_id", keep_columns=("date", "author", "pages")))
    docs = list(iter_documents([path], options=options))
    assert [d.id for d in docs] == NAMES
    files = list(iter_documents([corpus / n for n in NAMES]))
    assert [d.text for d in docs] == [f.text for f in files]
    assert _table(extractor, docs) == _table(extractor, [type(f)(f.id.rsplit("/", 1)[-1], f.text) for f in files])
    first, second = docs[0].meta, docs[1].meta
    assert first["columns"]["date"] == "2021-06-18" and first["date"] == "2021-06-18"
    assert first["columns"]["author"] == "甲" and second["columns"]["author"] is None
    assert str(first["columns"]["pages"]) == "3"
    assert first["row"] == 1 and first["encoding"] == "utf-8"


def test_format_is_guessed_from_the_extension_and_folders_take_the_named_format(tmp_path, frame):
    assert [guess_format(p) for p in ("a.jsonl", "a.NDJSON", "a.csv", "a.parquet", "a.txt")] == ["jsonl", "jsonl", "csv", "parquet", None]
    _write(frame, tmp_path / "one.jsonl", "jsonl")
    (tmp_path / "note.txt").write_text("开展“创先争优”活动", encoding="utf-8")
    options = ReadOptions(input_format="jsonl", table=TableOptions(text_column="body", id_column="doc_id"))
    assert [d.id for d in iter_documents([tmp_path], options=options)] == NAMES


def test_without_an_id_column_rows_are_numbered_or_take_the_id_column(tmp_path, frame):
    path = tmp_path / "t.csv"
    _write(frame.drop(columns=["doc_id"]), path, "csv")
    assert [d.id for d in iter_table(path, "t.csv", "csv", TableOptions(text_column="body"))] == ["t.csv#1", "t.csv#2", "t.csv#3"]
    _write(frame.rename(columns={"doc_id": "id"}), path, "csv")
    assert [d.id for d in iter_table(path, "t.csv", "csv", TableOptions(text_column="body"))] == NAMES


def test_small_chunks_read_the_same_rows(tmp_path, frame):
    for fmt in ("jsonl", "csv", "parquet"):
        path = tmp_path / f"t.{fmt}"
        _write(frame, path, fmt)
        whole = [(d.id, d.text) for d in iter_table(path, "t", fmt, TableOptions("body", "doc_id"))]
        chunked = [(d.id, d.text) for d in iter_table(path, "t", fmt, TableOptions("body", "doc_id", chunk_rows=1))]
        assert chunked == whole and len(whole) == 3


def test_rows_are_read_lazily(tmp_path, frame):
    path = tmp_path / "big.jsonl"
    big = pd.concat([frame] * 200, ignore_index=True)
    big["doc_id"] = [f"d{i}" for i in range(len(big))]
    _write(big, path, "jsonl")
    rows = iter_table(path, "big.jsonl", "jsonl", TableOptions("body", "doc_id", chunk_rows=10))
    assert next(rows).id == "d0"  # the first row comes before the rest of the file is parsed
    assert rows.gi_frame is not None  # still suspended, not exhausted


def test_legacy_encodings_in_csv_and_jsonl(tmp_path, frame):
    for codec in ("gb18030", "utf-8-sig", "utf-16"):
        path = tmp_path / f"t_{codec}.csv"
        _write(frame, path, "csv", encoding=codec)
        docs = list(iter_table(path, path.name, "csv", TableOptions("body", "doc_id")))
        assert [d.text for d in docs] == frame["body"].tolist(), codec
    path = tmp_path / "t_gb.jsonl"
    lines = frame.to_json(orient="records", lines=True, force_ascii=False)
    path.write_bytes(lines.encode("gb18030"))
    docs = list(iter_table(path, "t_gb.jsonl", "jsonl", TableOptions("body", "doc_id")))
    assert [d.text for d in docs] == frame["body"].tolist() and docs[0].meta["encoding"] == "gb18030"


def test_a_bad_byte_deep_in_a_table_is_named_with_its_offset(tmp_path, frame):
    path = tmp_path / "t.csv"
    data = frame.to_csv(index=False).encode("utf-8")
    bad_at = data.rfind(b",", 0, len(data) - 100)  # a character boundary
    path.write_bytes(data[:bad_at] + b"\xff" + data[bad_at:])
    items = list(iter_table(path, "t.csv", "csv", TableOptions("body", "doc_id"), encoding="utf-8"))
    assert [str(i) for i in items] == [f"t.csv: cannot decode as utf-8 at byte {bad_at} (0xFF)"]
    # past the first block (1 MiB) the file is checked block by block: the offset is still exact
    big = pd.concat([frame] * 16, ignore_index=True).assign(doc_id=lambda f: [f"d{i}" for i in range(len(f))])
    data = big.to_csv(index=False).encode("utf-8")
    assert len(data) > 1 << 20
    bad_at = data.rfind(b",", 0, len(data) - 1000)  # a character boundary
    path.write_bytes(data[:bad_at] + b"\xff" + data[bad_at:])
    items = list(iter_table(path, "t.csv", "csv", TableOptions("body", "doc_id")))
    assert [str(i) for i in items] == [f"t.csv: cannot decode as utf-8 at byte {bad_at}"]


def test_table_problems_are_named(tmp_path, frame):
    path = tmp_path / "t.csv"
    _write(frame, path, "csv")
    items = list(iter_table(path, "t.csv", "csv", TableOptions("text", "doc_id")))
    assert [str(i) for i in items] == ["t.csv: no column 'text' (the table has: doc_id, date, author, body, pages); name the text column with --text-column"]
    items = list(iter_table(path, "t.csv", "csv", TableOptions("body", "doc_id", ("source",))))
    assert "no column 'source'" in str(items[0]) and "--keep-columns" in str(items[0])
    bad = frame.copy()
    bad.loc[1, "doc_id"] = NAMES[0]
    bad.loc[2, "body"] = ""
    _write(bad, path, "csv")
    items = list(iter_table(path, "t.csv", "csv", TableOptions("body", "doc_id")))
    assert [str(i) if isinstance(i, InputError) else i.id for i in items] == [
        NAMES[0],
        f"t.csv: row 2: the id '{NAMES[0]}' was used by an earlier row",
        f"t.csv: row 3: the text column 'body' is empty (id '{NAMES[2]}')",
    ]
    (tmp_path / "broken.jsonl").write_text('{"text": "甲"}\n{"text": \n', encoding="utf-8")
    items = list(iter_table(tmp_path / "broken.jsonl", "broken.jsonl", "jsonl", TableOptions()))
    assert items[0].text == "甲" and str(items[1]).startswith("broken.jsonl: row 2: not valid JSON (line 2): ")
    (tmp_path / "x.parquet").write_text("not parquet", encoding="utf-8")
    items = list(iter_table(tmp_path / "x.parquet", "x.parquet", "parquet", TableOptions()))
    assert len(items) == 1 and str(items[0]).startswith("x.parquet: not a valid Parquet file: ")


def test_parquet_dates_become_iso_text(tmp_path, frame):
    typed = frame.assign(date=[dt.date(2021, 6, 18), dt.date(2018, 3, 18), dt.date(2011, 8, 4)])
    typed["when"] = [pd.Timestamp("2021-06-18 09:30"), pd.Timestamp("2018-03-18"), pd.Timestamp("2011-08-04")]
    path = tmp_path / "t.parquet"
    typed.to_parquet(path, index=False)
    docs = list(iter_table(path, "t.parquet", "parquet", TableOptions("body", "doc_id", ("date", "when"))))
    assert [d.meta["date"] for d in docs] == ["2021-06-18", "2018-03-18", "2011-08-04"]
    assert [d.meta["columns"]["when"] for d in docs] == ["2021-06-18T09:30:00", "2018-03-18", "2011-08-04"]


def test_parquet_without_pyarrow_is_a_clear_error(tmp_path, frame, monkeypatch):
    path = tmp_path / "t.parquet"
    _write(frame, path, "parquet")
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    items = list(iter_table(path, "t.parquet", "parquet", TableOptions("body")))
    assert [str(i) for i in items] == ["t.parquet: reading Parquet needs pyarrow: pip install 'slogans[parquet]'"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_malformed_row_costs_only_that_row(tmp_path, fmt):
    good = [{"id": f"d{i}", "text": "开展“创先争优”活动"} for i in range(1, 1200)]
    path = tmp_path / f"t.{fmt}"
    if fmt == "csv":
        lines = ["id,text"] + [f"{r['id']},{r['text']}" for r in good]
        lines.insert(1011, 'dX,甲,乙,丙')  # a row with more fields than the header
    else:
        import json

        lines = [json.dumps(r, ensure_ascii=False) for r in good]
        lines.insert(1010, '{"id": "dX", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_table(path, path.name, fmt, TableOptions(chunk_rows=5000)))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and errors[0].startswith(f"t.{fmt}: row 1011: ")
    assert [d.id for d in items if not isinstance(d, InputError)] == [r["id"] for r in good]


def test_a_lone_surrogate_escape_in_jsonl_becomes_a_replacement_character(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "x\\ud800", "text": "开展“创\\ud800先争优”活动😀\\ud83d\\ude00"}\n', encoding="utf-8")
    (doc,) = iter_table(path, "s.jsonl", "jsonl", TableOptions())
    assert doc.id == "x\ufffd" and doc.text == "开展“创\ufffd先争优”活动😀😀"


def test_a_jsonl_row_without_the_text_key_costs_only_itself(tmp_path):
    path = tmp_path / "sparse.jsonl"
    path.write_text('{"id": "a", "title": "x"}\n{"id": "b", "text": "开展“创先争优”活动"}\n', encoding="utf-8")
    items = list(iter_table(path, "sparse.jsonl", "jsonl", TableOptions()))
    assert str(items[0]) == "sparse.jsonl: row 1: the text column 'text' is empty (id 'a')" and items[1].id == "b"
