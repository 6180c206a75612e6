"""Reading a long report back (CSV, JSONL, JSON or Parquet) with its members exact.

A CSV report joins members with 、 in ``components`` and ``components_simplified``, and a member
may itself hold 、 (两个维护: 坚决维护习近平总书记党中央的核心、全党的核心地位 …). The column
``components_json`` holds the same members as a JSON list; where it is present it is what the
members are read from, so that a report read back is the table that was written.

Example:
    >>> import io
    >>> text = 'document,term,kind,count,components,components_source,components_simplified,components_json\\n'
    >>> text += 'a.txt,两个维护,numbered,1,甲、乙、丙,lexicon,甲、乙、丙,"[""甲、乙"", ""丙""]"\\n'
    >>> read_report(io.StringIO(text), "csv").loc[0, "components"]
    ['甲、乙', '丙']
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Optional, Union

import pandas as pd

from slogans.errors import InputError
from slogans.io.report import FORMAT_EXTENSIONS

_JOINER = "、"
_LIST_COLUMNS = ("components", "components_simplified")


def read_report(source: Union[str, Path, IO[str]], fmt: Optional[str] = None) -> pd.DataFrame:
    """The long report in ``source`` (a path, or a text stream with ``fmt``), members as lists.

    ``fmt`` defaults to the one the file's extension names. Members come from ``components_json``
    where the report has it (exact), else from splitting ``components`` at 、 (a CSV written
    before that column existed). Raises InputError naming the file when it is not a report.
    """
    name = str(source) if isinstance(source, (str, Path)) else getattr(source, "name", "<stream>")
    fmt = fmt or FORMAT_EXTENSIONS.get(Path(name).suffix.lower(), "csv")
    try:
        if fmt == "csv":
            frame = pd.read_csv(source, dtype=str, keep_default_na=False)
        elif fmt == "jsonl":
            frame = pd.read_json(source, lines=True, dtype=False)
        elif fmt == "json":
            frame = pd.read_json(source, orient="records", dtype=False)
        else:
            frame = pd.read_parquet(source)
    except (OSError, ValueError, KeyError, pd.errors.ParserError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(name, f"not a {fmt.upper()} report: {detail}") from None
    missing = [c for c in ("document", "term", "count", "components") if c not in frame.columns]
    if missing:
        raise InputError(name, f"not a report: no column {', '.join(repr(c) for c in missing)}")
    try:
        frame["count"] = frame["count"].astype("int64")
    except (TypeError, ValueError) as exc:
        raise InputError(name, f"not a report: 'count' holds a value that is not a whole number ({exc})") from None
    exact = frame["components_json"].map(_from_json) if "components_json" in frame.columns else None
    for column in _LIST_COLUMNS:
        if column not in frame.columns:
            continue
        values = frame[column].map(_as_list)
        if exact is not None and column == "components":
            values = exact
        elif exact is not None and fmt == "csv":  # same members as components unless the script differs
            values = [_split_like(text, members) for text, members in zip(frame[column], exact)]
        frame[column] = values
    return frame


def _from_json(value: Any) -> Optional[list[str]]:
    if isinstance(value, str):
        return [str(m) for m in json.loads(value)] if value else None
    return _as_list(value)


def _as_list(value: Any) -> Optional[list[str]]:
    if isinstance(value, str):
        return value.split(_JOINER) if value else None
    if value is None or isinstance(value, float):  # null, or NaN
        return None
    return [str(m) for m in value]


def _split_like(text: Any, members: Optional[list[str]]) -> Optional[list[str]]:
    """``text`` (members joined with 、) cut where ``members`` are cut: a member holds as many 、 in
    either script, so the exact cut carries over."""
    if members is None or not isinstance(text, str) or not text:
        return _as_list(text)
    pieces = text.split(_JOINER)
    out, at = [], 0
    for member in members:
        take = member.count(_JOINER) + 1
        out.append(_JOINER.join(pieces[at:at + take]))
        at += take
    return out if at == len(pieces) else pieces
