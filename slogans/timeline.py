"""Frequency tables reshaped for plots: terms over time, and documents × terms.

Reads a report that ``slogans extract`` wrote (CSV, JSONL, JSON or Parquet). A timeline needs a
date per document: the ``date`` column kept from a table of texts (``--keep-columns date``), or
else ``as_of``, where the report has one. Dates may be years (``1954``), months (``1977-08``) or
days (``1977-08-12``). Rates per N characters need the ``chars`` column (the document's length).
Documents in which no term was found have no row in a report, so their length is not counted
in a period's total: a rate is per character of the documents that use at least one term.

Example:
    >>> import pandas as pd
    >>> report = pd.DataFrame({"document": ["a", "b"], "term": ["五个好", "五个好"], "count": [2, 4],
    ...                        "chars": [1000, 3000], "date": ["1990", "1990-05-01"]})
    >>> timeline_frame(report, ["五个好"], per=10000).to_dict()
    {'五个好': {1990: 15.0}}
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from slogans.errors import InputError

if TYPE_CHECKING:
    import pandas

#: Date columns a timeline accepts, in order of preference.
DATE_COLUMNS = ("date", "as_of")
#: Periods a timeline groups by.
PERIODS = ("year", "month", "decade")
#: How many terms a heatmap shows when none are named: the most frequent ones.
HEATMAP_TOP = 25
_DATE = re.compile(r"^\s*(\d{4})(?:\D(\d{1,2}))?")


def read_report(path: Path) -> "pandas.DataFrame":
    """A report written by ``slogans extract`` (long form), by extension: .csv, .jsonl, .json or
    .parquet. Raises InputError naming the file and the problem."""
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype={"document": str, "term": str, "date": str}, keep_default_na=False, na_values=[""])
        elif suffix in (".jsonl", ".ndjson"):
            frame = pd.read_json(path, lines=True, dtype=False)
        elif suffix == ".json":
            frame = pd.read_json(path, dtype=False)
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            raise InputError(str(path), "a report must end in .csv, .jsonl, .json or .parquet")
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, ValueError, ImportError) as exc:
        raise InputError(str(path), f"cannot read the report: {exc}") from None
    missing = [c for c in ("document", "term", "count") if c not in frame.columns]
    if missing:
        raise InputError(str(path), f"not a frequency report (no column {', '.join(missing)}); write it with slogans extract")
    return frame


def date_column(frame: "pandas.DataFrame", column: Optional[str] = None) -> str:
    """The column that dates the documents: ``column`` if given, else ``date``, else ``as_of``."""
    names = [column] if column else list(DATE_COLUMNS)
    for name in names:
        if name in frame.columns and frame[name].notna().any():
            return name
    wanted = f"'{column}'" if column else "'date' or 'as_of'"
    raise ValueError(f"the report has no {wanted} column with values: keep one with slogans extract --keep-columns date")


def result_date(result: Any) -> Optional[str]:
    """A document's date as its analysis knows it: ``meta["date"]`` (a table's date column), else an
    ``as_of`` the result or its rows carry (a date read from the text), else None."""
    meta = getattr(result, "meta", None) or {}
    value = meta.get("date") or meta.get("as_of") or getattr(result, "as_of", None)
    if not value:
        value = next((getattr(t, "as_of", None) for t in getattr(result, "terms", ()) if getattr(t, "as_of", None)), None)
    return str(value) if value else None


def period_of(value: object, by: str = "year") -> Optional[object]:
    """The period (an int year or decade's first year, or a 'YYYY-MM' string) of a date given as a
    year, 'YYYY-MM' or 'YYYY-MM-DD'.

    Example:
        >>> period_of("1977-08-12", "month"), period_of(1954), period_of("1954", "decade"), period_of("")
        ('1977-08', 1954, 1950, None)
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period '{by}' (known: {', '.join(PERIODS)})")
    if value is None or (isinstance(value, float) and value != value):
        return None
    m = _DATE.match(str(value))
    if m is None:
        return None
    year = int(m.group(1))
    if by == "year":
        return year
    if by == "decade":
        return year // 10 * 10
    return f"{year}-{int(m.group(2) or 1):02d}"


def canonical_terms(terms: Sequence[str], lookup: Optional[Callable[[str], Optional[str]]] = None) -> list[str]:
    """``terms`` as a report names them, each once: through ``lookup`` (name → canonical name or None,
    e.g. the lexicon's), else in simplified characters.

    Example:
        >>> canonical_terms(["三個代表", "三个代表"])
        ['三个代表']
    """
    from slogans.config.lexicon import surface_key

    out: list[str] = []
    for term in terms:
        name = lookup(term) if lookup is not None else None
        out.append(name or surface_key(term))
    return list(dict.fromkeys(out))


def timeline_frame(
    report: "pandas.DataFrame", terms: Sequence[str], per: Optional[int] = None, by: str = "year",
    date: Optional[str] = None,
) -> "pandas.DataFrame":
    """Periods × terms: each term's count in each period's documents, or per ``per`` characters of them.

    Every period with a dated document is a row (0 where a term is absent); documents without a
    date are left out. Raises ValueError for a missing date or ``chars`` column."""
    import pandas as pd

    column = date_column(report, date)
    if per is not None and "chars" not in report.columns:
        raise ValueError("rates need the 'chars' column (document length): extract the report again with this version")
    frame = report.assign(period=[period_of(v, by) for v in report[column]])
    frame = frame[frame["period"].notna()]
    periods = sorted(frame["period"].unique())
    counts = frame[frame["term"].isin(terms)].pivot_table(index="period", columns="term", values="count", aggfunc="sum", fill_value=0)
    counts = counts.reindex(index=periods, columns=list(terms), fill_value=0).astype("float64" if per else "int64")
    counts.index.name = by
    counts.columns.name = None
    if per is None:
        return counts
    lengths = frame.drop_duplicates("document").groupby("period")["chars"].sum().reindex(periods)
    return counts.div(pd.to_numeric(lengths, errors="coerce").to_numpy(), axis=0) * per


def heatmap_frame(report: "pandas.DataFrame", terms: Optional[Sequence[str]] = None, top: int = HEATMAP_TOP,
                  per: Optional[int] = None) -> "pandas.DataFrame":
    """Documents × terms counts (or per ``per`` characters): the ``terms`` named, else the ``top`` most
    frequent over all documents; documents in report order."""
    if per is not None and "chars" not in report.columns:
        raise ValueError("rates need the 'chars' column (document length): extract the report again with this version")
    if terms is None:
        terms = list(report.groupby("term")["count"].sum().sort_values(ascending=False, kind="stable").index[:top])
    documents = list(dict.fromkeys(report["document"]))
    table = report[report["term"].isin(terms)].pivot_table(index="document", columns="term", values="count", aggfunc="sum", fill_value=0)
    table = table.reindex(index=documents, columns=list(terms), fill_value=0)
    table.columns.name = None
    if per is None:
        return table.astype("int64")
    lengths = report.drop_duplicates("document").set_index("document")["chars"].reindex(documents)
    return table.astype("float64").div(lengths.astype("float64").to_numpy(), axis=0) * per
