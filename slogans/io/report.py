"""Reports: the per-document table as a pandas DataFrame and its writers (CSV, JSONL, JSON,
Parquet, wide). Every file is written to a temporary file beside the target and renamed at
the end, so a failed run never leaves a half-written report and never truncates an old one.

pandas is imported only by the functions that build or write a DataFrame: a run that writes
CSV or JSONL row by row (``slogans.io.table_writer``) never imports it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterable, Optional

from slogans.io.atomic import atomic_path, output_errors
from slogans.errors import OutputError
from slogans.model import Document, Mention, TermCount, mention_records

if TYPE_CHECKING:
    import pandas as pd

#: The columns of the output contract, in order, then the added ones.
COLUMNS = [
    "document", "term", "kind", "count", "components", "components_source", "components_simplified", "components_json",
    "as_of", "as_of_source", "chars",
]
#: The fields of ``TermCount.as_row``, in order: the columns less ``components_json``, which writers
#: derive from ``components``.
ROW_COLUMNS = [c for c in COLUMNS if c != "components_json"]
FORMATS = ("csv", "jsonl", "json", "parquet")
#: The report format an output file's extension names (any other: csv).
FORMAT_EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".parquet": "parquet", ".pq": "parquet"}
#: How a CSV cell joins a term's members (JSON keeps them as a list).
CSV_JOINER = "、"
#: ``json.dumps(value, ensure_ascii=False)``, its encoder made once: ``dumps`` with an option makes one per call,
#: which costs more than the encoding of a row.
json_text = json.JSONEncoder(ensure_ascii=False).encode


def format_of(target: Optional[Path]) -> str:
    """The report format that ``target``'s extension names: csv for standard output and any other extension."""
    return FORMAT_EXTENSIONS.get(Path(target).suffix.lower(), "csv") if target is not None else "csv"


def frequency_frame(rows: Iterable[TermCount]) -> "pd.DataFrame":
    """The long-form table: one row per (document, term), sorted by document, count desc, term."""
    return frame_from_records(r.as_record() for r in rows)


def frame_from_records(records: Iterable[dict]) -> "pd.DataFrame":
    """The long-form table of rows given as records (``TermCount.as_record``), sorted as the contract says."""
    import pandas as pd

    frame = pd.DataFrame.from_records(list(records), columns=COLUMNS)
    types = {"count": "int64", "as_of": "Int64", "chars": "Int64"}
    frame["components_json"] = frame["components"].map(components_json)
    if frame.empty:
        return frame.astype(types)
    frame = frame.sort_values(["document", "count", "term"], ascending=[True, False, True], kind="stable")
    return frame.reset_index(drop=True).astype(types)


def wide_frame(long: "pd.DataFrame") -> "pd.DataFrame":
    """Documents × terms counts (0 where a document does not use a term), after the document's
    own columns (``--split``'s title, ``--keep-columns``) where the long table has them; no components
    and no ``as_of`` (the long table has them)."""
    import pandas as pd

    if long.empty:
        return pd.DataFrame(index=pd.Index([], name="document"))
    wide = long.pivot_table(index="document", columns="term", values="count", aggfunc="sum", fill_value=0)
    order = long.groupby("term")["count"].sum().sort_values(ascending=False, kind="stable").index
    wide = wide[order].astype("int64")
    wide.columns.name = None
    kept = [c for c in long.columns if c not in COLUMNS]  # a title, the kept columns: one value per document
    if kept:
        wide = long.groupby("document", sort=True)[kept].first().join(wide)
    return wide


def components_json(members: object) -> Optional[str]:
    """The members as a JSON list (exact, whatever characters they hold), or None without members.

    Example:
        >>> components_json(["维护核心", "维护权威、集中统一领导"])
        '["维护核心", "维护权威、集中统一领导"]'
    """
    if members is None or _missing(members):
        return None
    return json_text(list(members))  # type: ignore[arg-type]


def _missing(value: object) -> bool:
    """True for a float NaN (a missing cell of a DataFrame's object column)."""
    return isinstance(value, float) and value != value


def _components_text(value: object) -> str:
    if value is None or _missing(value):
        return ""
    return CSV_JOINER.join(value)  # type: ignore[arg-type]


def write_frame(frame: "pd.DataFrame", out: IO[str], fmt: str, wide: bool = False) -> None:
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
        for column in ("components", "components_simplified"):
            if column in flat.columns:
                flat[column] = flat[column].map(_components_text)
        flat.to_csv(out, index=False, lineterminator="\n")
        return
    records = [_clean(r) for r in frame.to_dict(orient="records")]
    _write_json_records(records, out, fmt)


def _clean(record: dict) -> dict:
    import pandas as pd

    out = {}
    for key, value in record.items():
        if value is pd.NA or isinstance(value, float) and pd.isna(value):
            value = None
        elif hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
            value = value.item()
        out[key] = value
    return out


def _write_json_records(records: list[dict], out: IO[str], fmt: str) -> None:
    if fmt == "jsonl":
        for record in records:
            out.write(json_text(record) + "\n")
    else:
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")


def write_report(frame: "pd.DataFrame", target: Optional[Path], fmt: str, wide: bool = False, stdout: Optional[IO[str]] = None) -> None:
    """Write the report to ``target`` atomically, or to ``stdout`` when target is None."""
    if fmt == "parquet":
        if target is None:
            raise ValueError("parquet output needs a file (-o FILE)")
        table = wide_frame(frame).reset_index() if wide else frame
        with atomic_path(target) as tmp:
            try:
                table.to_parquet(tmp, index=False)
            except (ValueError, TypeError):  # pyarrow: a kept column mixes lists, mappings and scalars
                _kept_as_text(table).to_parquet(tmp, index=False)
        return
    if target is None:
        assert stdout is not None
        write_frame(frame, stdout, fmt, wide)
        return
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write_frame(frame, fh, fmt, wide)


def _kept_as_text(table: "pd.DataFrame") -> "pd.DataFrame":
    """``table`` with every value of its own columns (not the contract's) as text: JSON for a list
    or mapping, ``str`` for anything else, so that a column of mixed values fits one Parquet type."""
    out = table.copy()
    for column in out.columns:
        if column in COLUMNS or out[column].dtype != object:
            continue
        out[column] = [
            None if v is None or _missing(v) else v if isinstance(v, str)
            else json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, tuple, dict)) else str(v)
            for v in out[column]
        ]
    return out


def add_document_columns(frame: "pd.DataFrame", columns: dict[str, dict[str, Any]]) -> "pd.DataFrame":
    """``frame`` with extra per-document columns appended after the contract's columns.

    ``columns`` maps a document id to its extra values (the title of a part of a compilation,
    the kept columns of a table row); a document without a value gets null. Column order is
    the order in which the names are first seen.
    """
    names: list[str] = []
    for values in columns.values():
        names.extend(n for n in values if n not in names and n not in frame.columns)
    if not names:
        return frame
    out = frame.copy()
    for name in names:
        out[name] = [columns.get(doc, {}).get(name) for doc in out["document"]]
    return out


#: The columns of the mentions file, in order.
MENTION_COLUMNS = ["document", "line", "column", "start", "end", "surface", "term", "kind", "quoted", "rule_id", "context", "score", "reason"]
MENTION_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


class MentionWriter:
    """Writes every mention to a CSV or JSONL file (by extension), streaming, atomically:
    the file appears only when the writer is closed without an error.

    Example:
        >>> with MentionWriter(Path("mentions.csv")) as out:  # doctest: +SKIP
        ...     out.write(doc, extractor.analyze(doc.text, doc.id).mentions)
    """

    def __init__(self, target: Path):
        self.target = Path(target)
        fmt = MENTION_FORMATS.get(self.target.suffix.lower())
        if fmt is None:
            raise ValueError(f"{target}: the mentions file must end in .csv or .jsonl")
        self.fmt = fmt
        self._atomic = atomic_path(self.target)
        self._fh: Optional[IO[str]] = None
        self._csv: Any = None

    def __enter__(self) -> "MentionWriter":
        tmp = self._atomic.__enter__()
        self._fh = open(tmp, "w", encoding="utf-8", newline="")
        if self.fmt == "csv":
            import csv

            self._csv = csv.DictWriter(self._fh, fieldnames=MENTION_COLUMNS, lineterminator="\n")
            try:
                with output_errors(self.target):
                    self._csv.writeheader()
            except BaseException as error:
                self.__exit__(type(error), error, error.__traceback__)
                raise
        return self

    def write(self, doc: Document, mentions: Iterable[Mention]) -> None:
        """Append the mentions of one document."""
        self.write_records(mention_records(doc, mentions))

    def write_records(self, records: Iterable[dict[str, Any]]) -> None:
        """Append mention records (``mention_records``) made elsewhere, e.g. by a worker process."""
        assert self._fh is not None, "use MentionWriter in a with-block"
        with output_errors(self.target):
            for record in records:
                if self._csv is not None:
                    self._csv.writerow(record)
                else:
                    self._fh.write(json_text(record) + "\n")

    def __exit__(self, *exc: Any) -> None:
        assert self._fh is not None
        try:
            with output_errors(self.target):
                self._fh.close()
        except OutputError as error:
            if exc[0] is None:  # the temporary file goes, and the error is the run's
                self._atomic.__exit__(OutputError, error, error.__traceback__)
                raise
        self._atomic.__exit__(*exc)
