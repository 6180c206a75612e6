"""Reports: the per-document table as a pandas DataFrame and its writers (CSV, JSONL, JSON,
Parquet, wide). Every file is written to a temporary file beside the target and renamed at
the end, so a failed run never leaves a half-written report and never truncates an old one.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

import pandas as pd

from slogans.model import TermCount

#: The columns of the output contract, in order.
COLUMNS = ["document", "term", "kind", "count", "components", "components_source"]
FORMATS = ("csv", "jsonl", "json", "parquet")
_CSV_JOINER = "、"


def frequency_frame(rows: Iterable[TermCount]) -> pd.DataFrame:
    """The long-form table: one row per (document, term), sorted by document, count desc, term."""
    return frame_from_records(r.as_record() for r in rows)


def frame_from_records(records: Iterable[dict]) -> pd.DataFrame:
    """The long-form table of rows given as records (``TermCount.as_record``), sorted as the contract says."""
    frame = pd.DataFrame.from_records(list(records), columns=COLUMNS)
    if frame.empty:
        return frame.astype({"count": "int64"})
    frame = frame.sort_values(["document", "count", "term"], ascending=[True, False, True], kind="stable")
    return frame.reset_index(drop=True).astype({"count": "int64"})


def wide_frame(long: pd.DataFrame) -> pd.DataFrame:
    """Documents × terms counts (0 where a document does not use a term)."""
    if long.empty:
        return pd.DataFrame(index=pd.Index([], name="document"))
    wide = long.pivot_table(index="document", columns="term", values="count", aggfunc="sum", fill_value=0)
    order = long.groupby("term")["count"].sum().sort_values(ascending=False, kind="stable").index
    wide = wide[order].astype("int64")
    wide.columns.name = None
    return wide


def _components_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return _CSV_JOINER.join(value)  # type: ignore[arg-type]


def write_frame(frame: pd.DataFrame, out: IO[str], fmt: str, wide: bool = False) -> None:
    """Write ``frame`` to a text stream in ``fmt`` (csv, jsonl or json)."""
    if wide:
        table = wide_frame(frame)
        if fmt == "csv":
            table.to_csv(out, lineterminator="\n")
        else:
            records = table.reset_index().to_dict(orient="records")
            _write_json_records(records, out, fmt)
        return
    if fmt == "csv":
        flat = frame.copy()
        flat["components"] = flat["components"].map(_components_text)
        flat.to_csv(out, index=False, lineterminator="\n")
        return
    records = [_clean(r) for r in frame.to_dict(orient="records")]
    _write_json_records(records, out, fmt)


def _clean(record: dict) -> dict:
    out = {}
    for key, value in record.items():
        if isinstance(value, float) and pd.isna(value):
            value = None
        elif hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
            value = value.item()
        out[key] = value
    return out


def _write_json_records(records: list[dict], out: IO[str], fmt: str) -> None:
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only if the block succeeds."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path("."))
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(frame: pd.DataFrame, target: Optional[Path], fmt: str, wide: bool = False, stdout: Optional[IO[str]] = None) -> None:
    """Write the report to ``target`` atomically, or to ``stdout`` when target is None."""
    if fmt == "parquet":
        if target is None:
            raise ValueError("parquet output needs a file (-o FILE)")
        table = wide_frame(frame).reset_index() if wide else frame
        with atomic_path(target) as tmp:
            table.to_parquet(tmp, index=False)
        return
    if target is None:
        assert stdout is not None
        write_frame(frame, stdout, fmt, wide)
        return
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write_frame(frame, fh, fmt, wide)
