"""Reports read back: members exact from components_json, split at 、 only for an older CSV."""
from __future__ import annotations

import io

import pytest

from slogans.errors import InputError
from slogans.model import TermCount
from slogans.io.report import frequency_frame, write_frame
from slogans.io.report_reader import read_report

ROWS = [
    TermCount("a.txt", "两个维护", "numbered", 2, ("維護核心、全黨的核心地位", "維護權威"), "text", None, ("维护核心、全党的核心地位", "维护权威")),
    TermCount("a.txt", "创先争优", "campaign", 1, None, None),
]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_a_written_report_reads_back_with_its_members_exact(fmt):
    out = io.StringIO()
    write_frame(frequency_frame(ROWS), out, fmt)
    frame = read_report(io.StringIO(out.getvalue()), fmt)
    assert frame.loc[0, "components"] == ["維護核心、全黨的核心地位", "維護權威"]
    assert frame.loc[0, "components_simplified"] == ["维护核心、全党的核心地位", "维护权威"]
    assert frame.loc[1, "components"] is None and frame.loc[0, "count"] == 2


def test_an_older_csv_without_the_json_column_is_split_at_the_separator():
    text = "document,term,kind,count,components,components_source\na.txt,五个好,numbered,1,甲、乙,lexicon\n"
    assert read_report(io.StringIO(text), "csv").loc[0, "components"] == ["甲", "乙"]


def test_what_is_not_a_report_is_an_input_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.csv: not a report: no column 'document'"):
        read_report(path)
