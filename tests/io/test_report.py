"""Report writers: the contract's columns and order, the formats, and atomic writes."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from slogans.model import TermCount
from slogans.io.report import COLUMNS, frequency_frame, wide_frame, write_frame, write_report

ROWS = [
    TermCount("b.txt", "五个好", "numbered", 2, ("领导班子好", "党员队伍好"), "text"),
    TermCount("a.txt", "创先争优", "campaign", 1, None, None),
    TermCount("a.txt", "两评一树", "numbered", 5, ("甲", "乙", "丙"), "lexicon"),
    TermCount("a.txt", "三查两评", "numbered", 5, None, None),
]


def test_long_table_sorted_by_document_count_term():
    frame = frequency_frame(ROWS)
    assert list(frame.columns) == COLUMNS
    assert list(zip(frame.document, frame.term)) == [("a.txt", "三查两评"), ("a.txt", "两评一树"), ("a.txt", "创先争优"), ("b.txt", "五个好")]


def test_csv_joins_components_with_dunhao():
    out = io.StringIO()
    write_frame(frequency_frame(ROWS), out, "csv")
    lines = out.getvalue().splitlines()
    assert lines[0] == "document,term,kind,count,components,components_source,components_simplified,components_json,as_of,as_of_source,chars"
    assert lines[2] == 'a.txt,两评一树,numbered,5,甲、乙、丙,lexicon,甲、乙、丙,"[""甲"", ""乙"", ""丙""]",,,'
    assert lines[3] == "a.txt,创先争优,campaign,1,,,,,,,"


def test_jsonl_has_lists_and_nulls():
    out = io.StringIO()
    write_frame(frequency_frame(ROWS), out, "jsonl")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records[1] == {"document": "a.txt", "term": "两评一树", "kind": "numbered", "count": 5,
                          "components": ["甲", "乙", "丙"], "components_source": "lexicon",
                          "components_simplified": ["甲", "乙", "丙"], "components_json": '["甲", "乙", "丙"]',
                          "as_of": None, "as_of_source": None, "chars": None}
    assert records[2]["components"] is None


def test_wide_table():
    wide = wide_frame(frequency_frame(ROWS))
    assert wide.loc["a.txt", "五个好"] == 0
    assert wide.loc["b.txt", "五个好"] == 2


def test_parquet_round_trip(tmp_path):
    target = tmp_path / "out.parquet"
    write_report(frequency_frame(ROWS), target, "parquet")
    back = pd.read_parquet(target)
    assert list(back.columns) == COLUMNS
    assert list(back.loc[1, "components"]) == ["甲", "乙", "丙"]


def test_a_failing_write_leaves_the_old_report_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "report.csv"
    target.write_text("old report\n", encoding="utf-8")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("slogans.io.report.write_frame", explode)
    with pytest.raises(RuntimeError):
        write_report(frequency_frame(ROWS), target, "csv")
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


# -- mentions ---------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_mention_writer_is_atomic(tmp_path, extractor, suffix):
    from slogans.model import Document
    from slogans.io.report import MENTION_COLUMNS, MentionWriter

    doc = Document("d", "要以“双促双建”工程为载体,推进“双促双建”。")
    target = tmp_path / f"m{suffix}"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with MentionWriter(target) as out:
            out.write(doc, extractor.analyze(doc.text, doc.id).mentions)
            raise RuntimeError("stopped")
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == [target.name]
    with MentionWriter(target) as out:
        out.write(doc, extractor.analyze(doc.text, doc.id).mentions)
    if suffix == ".csv":
        back = pd.read_csv(target, keep_default_na=False)
        assert list(back.columns) == MENTION_COLUMNS
        rows = back.to_dict(orient="records")
    else:
        rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["column"], r["start"], r["end"], r["surface"], r["term"]) for r in rows] == [
        (1, 4, 3, 7, "双促双建", "双促双建"), (1, 18, 17, 21, "双促双建", "双促双建")]
    assert all(r["quoted"] in (True, "True") for r in rows)
    with pytest.raises(ValueError, match="must end in .csv or .jsonl"):
        MentionWriter(tmp_path / "m.txt")


def test_mention_records_end_with_score_and_reason(extractor):
    from slogans.model import Document
    from slogans.io.report import MENTION_COLUMNS, mention_records

    assert MENTION_COLUMNS[-2:] == ["score", "reason"]
    doc = Document("d", "全乡开展“清河护绿”活动。坚持四个意识。")
    records = {r["term"]: r for r in mention_records(doc, extractor.analyze(doc.text, doc.id).mentions)}
    assert list(records["清河护绿"]) == MENTION_COLUMNS
    assert 0.0 < records["清河护绿"]["score"] <= 1.0 and records["清河护绿"]["reason"].startswith("score ")
    assert records["四个意识"]["score"] is None and records["四个意识"]["reason"]
