"""Dates as the lexicon and documents write them: "2014", "2014-12", "2014-12-09", or a year.

The lexicon dates its sources to the precision the source gives (a year, a month or a day);
a document's date (``Document.meta["date"]``) only matters for its year, which picks the
version of a formula whose members changed.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LEADING_YEAR = re.compile(r"\s*(\d{4})(?:\d{4})?(?!\d)")  # 2016, 2016-05-03, 2016年, 20160503
#: Years a lexicon entry or a document may carry; anything else is a typo.
MIN_YEAR, MAX_YEAR = 1800, 2200


def is_year(value: Any) -> bool:
    """True for an int (not a bool) between MIN_YEAR and MAX_YEAR.

    Examples:
        >>> is_year(2014), is_year("2014"), is_year(14), is_year(True)
        (True, False, False, False)
    """
    return type(value) is int and MIN_YEAR <= value <= MAX_YEAR


def normalize_date(value: Any) -> Optional[str]:
    """``value`` as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or None when it is not a valid date.

    YAML reads an unquoted 2014 as an int and 2014-12-09 as a date; both are accepted.

    Examples:
        >>> normalize_date("2014-12"), normalize_date(2014), normalize_date("2014-13"), normalize_date("Dec 2014")
        ('2014-12', '2014', None, None)
    """
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if is_year(value):
        return str(value)
    if not isinstance(value, str):
        return None
    m = _DATE.fullmatch(value.strip())
    if m is None or not MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        _dt.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None
    return value.strip()


def year_of(value: Any) -> Optional[int]:
    """The year of a document date: an int year, a date, or a string that starts with a year.

    Examples:
        >>> year_of("2016-05-03"), year_of(2016), year_of("2016年5月"), year_of("n.d."), year_of(None)
        (2016, 2016, 2016, None, None)
    """
    if is_year(value):
        return value
    year = getattr(value, "year", None)  # date, datetime, pandas.Timestamp
    if is_year(year):
        return year
    if isinstance(value, str):
        m = _LEADING_YEAR.match(value)
        if m is not None and is_year(int(m.group(1))):
            return int(m.group(1))
    return None
