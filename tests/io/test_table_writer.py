"""The report written as documents come: the same bytes as report.write_report, never half-written."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from slogans.model import TermCount
from slogans.io.report import frequency_frame, write_report
from slogans.io.table_writer import TableWriter

DOCS = [
    [TermCount("a.txt", "三查两评", "numbered", 5, None, None), TermCount("a.txt", "两评一树", "numbered", 5, ("甲", "乙,丙", '丁"'), "lexicon")],
    [],
    [TermCount("b/c.txt", "创先争优", "campaign", 2, ("创建先进基层党组织", "争当优秀共产党员"), "text"),
     TermCount("b/c.txt", "以人为本,执政为民", "slogan", 1, None, None)],
    [TermCount("d.txt", "五个好", "numbered", 1, (), "text")],
]


def _written(docs, fmt, wide=False, target=None):
    out = io.StringIO()
    with TableWriter(target, fmt, wide, stdout=out) as table:
        for rows in docs:
            table.add(rows)
    return out.getvalue(), table


def _expected(docs, fmt, wide=False):
    out = io.StringIO()
    write_report(frequency_frame([r for rows in docs for r in rows]), None, fmt, wide, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
@pytest.mark.parametrize("wide", [False, True])
def test_documents_in_order_give_the_pandas_report(fmt, wide):
    text, table = _written(DOCS, fmt, wide)
    assert text == _expected(DOCS, fmt, wide)
    assert table.streams == (not wide and fmt != "json")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_documents_out_of_order_are_sorted_as_the_contract_says(fmt):
    docs = [DOCS[2], DOCS[0], DOCS[3], DOCS[0]]  # b/c.txt before a.txt, and a.txt twice
    text, table = _written(docs, fmt)
    assert not table.streams
    assert text == _expected(docs, fmt)
    assert text.splitlines()[1].startswith(("a.txt", '{"document": "a.txt"', ' {'))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_rows_out_of_order_are_written_without_pandas_as_pandas_writes_them(fmt):
    dated = [
        [TermCount("z.txt", "乙", "numbered", 2, ("甲",), "lexicon", components_simplified=("甲",), as_of=2016, as_of_source="text", chars=900),
         TermCount("z.txt", "甲", "numbered", 2, None, None, chars=900), TermCount("z.txt", "丙", "campaign", 7, None, None, chars=900)],
        [TermCount("m.txt", "甲", "numbered", 1, (), "text", as_of=1999, as_of_source="option", chars=12)],
    ]
    text, table = _written(dated, fmt)
    assert not table.streams
    assert text == _expected(dated, fmt)


def test_no_rows_gives_the_header_only():
    assert _written([], "csv")[0] == "document,term,kind,count,components,components_source,components_simplified,components_json,as_of,as_of_source,chars\n"
    assert _written([[]], "jsonl")[0] == ""


def test_files_are_written_atomically(tmp_path: Path):
    target = tmp_path / "report.parquet"
    _written(DOCS, "parquet", target=target)
    assert pd.read_parquet(target)["term"].tolist() == frequency_frame([r for rows in DOCS for r in rows])["term"].tolist()
    csv_target = tmp_path / "report.csv"
    csv_target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with TableWriter(csv_target, "csv") as table:
            table.add(DOCS[0])
            raise RuntimeError("the run broke")
    assert csv_target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "report.parquet"]  # no temporary file left
    _written(DOCS, "csv", target=csv_target)
    assert csv_target.read_text(encoding="utf-8") == _expected(DOCS, "csv")


def test_parquet_needs_a_file():
    with pytest.raises(ValueError):
        TableWriter(None, "parquet")


def test_a_row_is_its_record_in_order():
    from slogans.model import TermCount
    from slogans.io.report import COLUMNS, ROW_COLUMNS

    for row in (TermCount("d", "五个好", "numbered", 2, ("领导班子好", "党员队伍好"), "text", True, ("领导班子好", "党员队伍好")),
                TermCount("d", "创先争优", "campaign", 1, None, None)):
        record = row.as_record()
        assert list(record) == ROW_COLUMNS == [c for c in COLUMNS if c != "components_json"]  # derived by every writer
        assert row.as_row() == tuple(record.values())


def test_an_in_order_report_is_written_as_rows_come_and_renamed_at_the_end(tmp_path):
    from slogans.model import TermCount
    from slogans.io.table_writer import TableWriter

    target = tmp_path / "report.csv"
    writer = TableWriter(target, "csv")
    writer.add([TermCount("a.txt", "五个好", "numbered", 2, None, None)])
    assert len(list(tmp_path.glob(".report.csv.*.part"))) == 1  # the report being written, beside its target
    assert not target.exists()  # nothing at the report's name until the run ends
    writer.add([TermCount("b.txt", "创先争优", "campaign", 1, None, None)])
    writer.close()
    assert target.read_text(encoding="utf-8").splitlines()[1:] == ["a.txt,五个好,numbered,2,,,,,,,", "b.txt,创先争优,campaign,1,,,,,,,"]
    assert list(tmp_path.glob("*.part")) == []


def test_a_report_out_of_order_is_sorted_from_the_spool_and_leaves_no_part_file(tmp_path):
    from slogans.model import TermCount
    from slogans.io.table_writer import TableWriter

    target = tmp_path / "report.jsonl"
    with TableWriter(target, "jsonl") as writer:
        writer.add([TermCount("b.txt", "创先争优", "campaign", 1, None, None)])
        writer.add([TermCount("a.txt", "五个好", "numbered", 2, None, None)])
        assert list(tmp_path.glob("*.part")) == []  # given up as soon as the order broke
    assert [line.split('"')[3] for line in target.read_text(encoding="utf-8").splitlines()] == ["a.txt", "b.txt"]


def test_a_discarded_report_leaves_nothing(tmp_path):
    from slogans.model import TermCount
    from slogans.io.table_writer import TableWriter

    target = tmp_path / "report.csv"
    try:
        with TableWriter(target, "csv") as writer:
            writer.add([TermCount("a.txt", "五个好", "numbered", 2, None, None)])
            raise RuntimeError("the run failed")
    except RuntimeError:
        pass
    assert list(tmp_path.iterdir()) == []
