"""The lexicon as tables and cards: what ``slogans lexicon`` and ``slogans expand`` print.

``lexicon_frame`` gives one row per entry with a fixed column set (``COLUMNS``) for CSV and
JSON; ``entry_details`` gives every field of one entry (JSON); ``entry_card`` a readable text.
"""
from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any, Iterable, Optional

from slogans.config.lexicon_entry import LexiconEntry, Version

if TYPE_CHECKING:  # imported where a frame is built: `slogans expand` needs no pandas
    import pandas as pd

#: The columns of ``slogans lexicon list|show|search --format csv|json``, in order.
COLUMNS = [
    "term", "kind", "level", "since", "until", "variants", "components",
    "source_body", "source_document", "source_date", "source", "versions", "notes", "match", "uncertain",
]
#: How CSV joins a list (variants, components), as the extract report joins components.
JOINER = "、"


def entry_row(entry: LexiconEntry, as_of: Optional[int] = None) -> dict[str, Any]:
    """One entry as a row of ``COLUMNS`` (lists kept as lists; ``versions`` is their number).

    ``source`` is the one-line citation; for a free-text source the three source_* fields are empty.
    """
    source = entry.source
    return {
        "term": entry.term, "kind": entry.kind, "level": entry.level, "since": entry.since, "until": entry.until,
        "variants": list(entry.variants), "components": list(entry.components_for(as_of) or ()),
        "source_body": source.body, "source_document": source.document, "source_date": source.date,
        "source": str(source), "versions": len(entry.versions), "notes": entry.notes,
        "match": entry.match, "uncertain": entry.uncertain,
    }


def lexicon_frame(entries: Iterable[LexiconEntry], as_of: Optional[int] = None) -> "pd.DataFrame":
    """The entries as a DataFrame of ``COLUMNS`` (since/until as nullable integers)."""
    import pandas as pd

    frame = pd.DataFrame.from_records([entry_row(e, as_of) for e in entries], columns=COLUMNS)
    return frame.astype({"since": "Int64", "until": "Int64", "versions": "int64"})


def _version_info(entry: LexiconEntry, version: Optional[Version]) -> Optional[dict[str, Any]]:
    if version is None:
        return None
    return {"index": entry.versions.index(version) + 1, "of": len(entry.versions), **version.as_dict()}


def entry_details(entry: LexiconEntry, as_of: Optional[int] = None) -> dict[str, Any]:
    """Every field of ``entry`` as plain data; ``components`` and ``version`` are those current in ``as_of``.

    The first four keys are those the output contract fixes for ``slogans expand --format json``
    (term, kind, components, source as a one-line citation); the others are added.
    """
    version = entry.version_for(as_of)
    source = entry.source_for(as_of)
    return {
        "term": entry.term, "kind": entry.kind, "components": list(entry.components_for(as_of) or ()),
        "source": str(source), "source_detail": source.as_dict(), "variants": list(entry.variants),
        "level": entry.level, "since": entry.since, "until": entry.until, "as_of": as_of,
        "version": _version_info(entry, version),
        "versions": [_version_info(entry, v) for v in entry.versions],
        "arithmetic": entry.arithmetic or None, "opencc_exceptions": list(entry.opencc_exceptions),
        "match": entry.match, "notes": entry.notes or None, "uncertain": entry.uncertain or None,
        "context": list(entry.context), "context_window": entry.context_window if entry.context else None,
        "file": entry.file, "line": entry.line,
    }


def _years(since: Optional[int], until: Optional[int]) -> str:
    if since is None and until is None:
        return "-"
    return f"{since if since is not None else '?'}–{until if until is not None else ''}"


def entry_card(entry: LexiconEntry, as_of: Optional[int] = None, all_versions: bool = False) -> list[str]:
    """``entry`` as readable lines: names, kind, level, years, source, version and numbered members."""
    lines = [f"term:      {entry.term}", f"kind:      {entry.kind}", f"level:     {entry.level}"]
    if entry.variants:
        lines.append(f"variants:  {JOINER.join(entry.variants)}")
    if entry.since is not None or entry.until is not None:
        lines.append(f"in use:    {_years(entry.since, entry.until)}")
    lines.append(f"source:    {entry.source_for(as_of)}")
    version = entry.version_for(as_of)
    if version is not None:
        picked = f"as of {as_of}" if as_of is not None else "the latest"
        lines.append(f"version:   {entry.versions.index(version) + 1} of {len(entry.versions)}, "
                     f"{_years(version.since, version.until)} ({picked})")
    components = entry.components_for(as_of) or ()
    lines.append("members:" if components else "members:   (none recorded)")
    lines += [f"  {i}. {m}" for i, m in enumerate(components, 1)]
    if all_versions and entry.versions:
        lines.append("versions:")
        for i, v in enumerate(entry.versions, 1):
            cited = f" — {v.source}" if v.source is not None else ""
            lines.append(f"  {i}. {_years(v.since, v.until)}{cited}")
            lines += [f"     {j}. {m}" for j, m in enumerate(v.components, 1)]
    if entry.arithmetic:
        lines.append(f"arithmetic: {entry.arithmetic}")
    if entry.uncertain:
        lines.append(f"uncertain: {entry.uncertain}")
    if entry.context:
        near = "in the document" if entry.context_window is None else f"within {entry.context_window} characters of a mention"
        lines.append(f"context:   {'、'.join(entry.context)} (one {near}, for the members to apply)")
    if entry.notes:
        lines.append(f"notes:     {entry.notes}")
    if entry.where:
        lines.append(f"defined:   {entry.where}")
    return lines


def _csv_cell(value: Any) -> Any:
    return JOINER.join(value) if isinstance(value, list) else value


def write_lexicon(frame: "pd.DataFrame", out: IO[str], fmt: str) -> None:
    """Write a ``lexicon_frame`` as ``text`` (one line per entry), ``csv`` or ``json`` (a list of records)."""
    import pandas as pd

    if fmt == "csv":
        flat = frame.copy()
        for column in ("variants", "components"):
            flat[column] = flat[column].map(_csv_cell)
        flat.to_csv(out, index=False, lineterminator="\n")
    elif fmt == "json":
        records = [{k: (None if v is pd.NA else v) for k, v in r.items()} for r in frame.to_dict(orient="records")]
        json.dump(records, out, ensure_ascii=False, indent=1, default=_plain)
        out.write("\n")
    else:
        for r in frame.itertuples(index=False):
            years = _years(None if r.since is pd.NA else r.since, None if r.until is pd.NA else r.until)
            out.write(f"{r.term}\t{r.kind}\t{r.level}\t{years}\t{len(r.components)} members\t{r.source}\n")


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
