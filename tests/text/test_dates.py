"""Dates of sources and documents: the lexicon's formats and a document's year."""
from __future__ import annotations

import datetime

import pytest

from slogans.text.dates import is_year, normalize_date, year_of


@pytest.mark.parametrize("value, expected", [
    ("2014", "2014"), ("2014-12", "2014-12"), ("2014-12-09", "2014-12-09"), (2014, "2014"),
    (datetime.date(2014, 12, 9), "2014-12-09"), ("2014-13", None), ("2014-02-30", None), ("2014/12", None),
    ("14-12", None), ("Dec 2014", None), (True, None), (None, None), (20140, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2016-05-03", 2016), ("2016", 2016), (2016, 2016), ("2016年5月3日", 2016), (datetime.date(2016, 5, 3), 2016),
    ("20160503", 2016), ("201605031", None), ("n.d.", None), (None, None), (16, None), (float("nan"), None),
])
def test_year_of(value, expected):
    assert year_of(value) == expected


def test_is_year():
    assert is_year(1978) and not is_year("1978") and not is_year(False) and not is_year(99999)
