"""Reports reshaped for plots: periods × terms and documents × terms."""
from __future__ import annotations

import pandas as pd
import pytest

from slogans.errors import InputError
from slogans.timeline import date_column, heatmap_frame, period_of, read_report, timeline_frame

REPORT = pd.DataFrame({
    "document": ["a", "a", "b", "c", "d"],
    "term": ["五个好", "三个代表", "五个好", "三个代表", "三个代表"],
    "count": [2, 1, 4, 3, 5],
    "chars": [1000, 1000, 3000, 2000, 500],
    "date": ["1990", "1990", "1990-05-01", "1992-11", None],
})


def test_counts_by_year_with_every_dated_year_a_row():
    table = timeline_frame(REPORT, ["五个好", "三个代表"])
    assert table.index.tolist() == [1990, 1992] and table.index.name == "year"
    assert table.to_dict() == {"五个好": {1990: 6, 1992: 0}, "三个代表": {1990: 1, 1992: 3}}  # d has no date


def test_rates_per_characters_count_each_document_once():
    table = timeline_frame(REPORT, ["五个好"], per=10000)
    assert table.loc[1990, "五个好"] == pytest.approx(6 / 4000 * 10000)  # a counted once though it has two rows
    assert table.loc[1992, "五个好"] == 0


def test_months_and_decades():
    assert timeline_frame(REPORT, ["三个代表"], by="month").index.tolist() == ["1990-01", "1990-05", "1992-11"]
    assert timeline_frame(REPORT, ["三个代表"], by="decade").to_dict() == {"三个代表": {1990: 4}}
    assert period_of("1977-08-12", "month") == "1977-08" and period_of("n/a") is None
    with pytest.raises(ValueError, match="unknown period"):
        period_of("1990", "week")


def test_as_of_dates_a_report_without_a_date_column():
    report = REPORT.drop(columns="date").assign(as_of=[2001, 2001, 2002, 2002, 2003])
    assert date_column(report) == "as_of"
    assert timeline_frame(report, ["三个代表"])["三个代表"].tolist() == [1, 3, 5]


def test_missing_columns_are_clear_errors():
    with pytest.raises(ValueError, match="no 'date' or 'as_of' column"):
        timeline_frame(REPORT.drop(columns="date"), ["五个好"])
    with pytest.raises(ValueError, match="'chars' column"):
        timeline_frame(REPORT.drop(columns="chars"), ["五个好"], per=10000)


def test_heatmap_is_documents_by_terms():
    table = heatmap_frame(REPORT)
    assert table.index.tolist() == ["a", "b", "c", "d"] and table.columns.tolist() == ["三个代表", "五个好"]
    assert table.loc["b"].tolist() == [0, 4]
    rates = heatmap_frame(REPORT, ["五个好"], per=1000)
    assert rates.loc["a", "五个好"] == pytest.approx(2.0)


def test_read_report_by_extension_and_errors(tmp_path):
    csv = tmp_path / "r.csv"
    REPORT.to_csv(csv, index=False)
    back = read_report(csv)
    assert back["date"].tolist()[:2] == ["1990", "1990"] and back["count"].sum() == 15
    jsonl = tmp_path / "r.jsonl"
    REPORT.to_json(jsonl, orient="records", lines=True, force_ascii=False)
    assert read_report(jsonl)["term"].tolist() == REPORT["term"].tolist()
    with pytest.raises(InputError, match="r.xlsx: a report must end in"):
        read_report(tmp_path / "r.xlsx")
    with pytest.raises(InputError, match="missing.csv: no such file"):
        read_report(tmp_path / "missing.csv")
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a frequency report"):
        read_report(tmp_path / "other.csv")


def test_docstring_examples_hold():
    import doctest

    import slogans.timeline

    assert doctest.testmod(slogans.timeline).failed == 0


def test_result_date_from_meta_or_as_of():
    from types import SimpleNamespace

    from slogans.timeline import result_date

    assert result_date(SimpleNamespace(meta={"date": "2011-05-04"}, terms=[])) == "2011-05-04"
    assert result_date(SimpleNamespace(meta={}, terms=[SimpleNamespace(as_of=2016)])) == "2016"
    assert result_date(SimpleNamespace(meta={}, terms=[])) is None
