"""The lexicon in other formats: export to YAML, JSONL, CSV or a quanteda dictionary; import from CSV.

- ``yaml``: a lexicon file (``entries:``) that ``--lexicon`` loads back;
- ``jsonl``: one entry per line, the same keys as the YAML;
- ``csv``: one entry per row, ``CSV_COLUMNS``. Lists (members, variants, opencc_exceptions) are
  joined with ``|``; a list one of whose items holds a ``|`` (or starts with ``[``) is written as
  a JSON list instead, and import reads either, so nothing is lost. ``versions`` is a JSON list of
  mappings (since, until, components, source, notes). A structured source fills source_body,
  source_document, source_date (and source_url); ``source`` then holds the one-line citation. A
  free-text source is ``source`` alone;
- ``quanteda``: a dictionary YAML for R's quanteda, ``dictionary(file=..., format="YAML")``: each
  key is a term, its patterns the term, its variants and their traditional forms (OpenCC s2t).

``read_csv`` validates each row exactly as a YAML entry is (``lexicon_schema``, the same codes,
``file:line`` of the row), then across rows and against the built-in lexicon (E030), and runs the
checks of ``slogans rules lint`` (``lexicon_checks``).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

import yaml

from slogans.errors import Problem, RuleError, problem
from slogans.config.lexicon_entry import DEFAULT_CONTEXT_WINDOW, WHOLE_DOCUMENT, LexiconEntry, Source, Version
from slogans.config.lexicon_schema import parse_entry
from slogans.config.yamlfile import LINE

#: Export formats.
FORMATS = ("yaml", "csv", "jsonl", "quanteda")
#: The columns of the CSV, in order; ``term``, ``kind``, ``members`` and a source are required.
CSV_COLUMNS = [
    "term", "kind", "members", "source", "variants", "since", "until", "level",
    "source_body", "source_document", "source_date", "source_url",
    "versions", "arithmetic", "uncertain", "match", "notes", "opencc_exceptions", "unquoted", "context", "context_window",
]
REQUIRED_CSV_COLUMNS = ("term", "kind", "members")
#: How a list is joined in a CSV cell.
LIST_JOINER = "|"
_SOURCE_COLUMNS = {"source_body": "body", "source_document": "document", "source_date": "date", "source_url": "url"}


# -- entries as plain data -------------------------------------------------------------------------
def source_data(source: Source) -> Any:
    """A source as the lexicon YAML writes it: a mapping, or a string for a free-text source."""
    return source.text if source.text else source.as_dict()


def version_data(version: Version) -> dict[str, Any]:
    """A version as the lexicon YAML writes it."""
    out: dict[str, Any] = {"since": version.since}
    if version.until is not None:
        out["until"] = version.until
    out["components"] = list(version.components)
    if version.source is not None:
        out["source"] = source_data(version.source)
    if version.notes:
        out["notes"] = version.notes
    return out


def entry_data(entry: LexiconEntry) -> dict[str, Any]:
    """An entry as the lexicon YAML writes it (keys with their default value left out)."""
    out: dict[str, Any] = {"term": entry.term, "kind": entry.kind}
    if entry.match != "anywhere":
        out["match"] = entry.match
    if entry.unquoted:
        out["unquoted"] = entry.unquoted
    out["variants"] = list(entry.variants)
    if entry.components is not None:
        out["components"] = list(entry.components)
    out["source"] = source_data(entry.source)
    out["level"] = entry.level
    for key in ("since", "until"):
        if getattr(entry, key) is not None:
            out[key] = getattr(entry, key)
    if entry.versions:
        out["versions"] = [version_data(v) for v in entry.versions]
    for key in ("arithmetic", "uncertain", "notes"):
        if getattr(entry, key):
            out[key] = getattr(entry, key)
    if entry.opencc_exceptions:
        out["opencc_exceptions"] = list(entry.opencc_exceptions)
    if entry.context:
        out["context"] = list(entry.context)
        if entry.context_window != DEFAULT_CONTEXT_WINDOW:
            out["context_window"] = window_data(entry.context_window)
    return out


def window_data(window: Optional[int]) -> Union[int, str]:
    """A context window as the lexicon YAML writes it: a number of characters, or ``document``."""
    return WHOLE_DOCUMENT if window is None else window


# -- export --------------------------------------------------------------------------------------
def _dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def join_list(values: Sequence[str]) -> str:
    """A list as one CSV cell: joined with ``|``, or a JSON list where that would be ambiguous.

    Examples:
        >>> join_list(["讲学习", "讲政治"]), join_list(["a|b"]), join_list([])
        ('讲学习|讲政治', '["a|b"]', '')
    """
    if any(LIST_JOINER in v for v in values) or (values and values[0].startswith("[")):
        return json.dumps(list(values), ensure_ascii=False)
    return LIST_JOINER.join(values)


def split_list(cell: str) -> Any:
    """A CSV cell as a list (``|``-joined or a JSON list); a cell that is not a valid JSON list is
    returned as it is, for the schema check to name.

    Examples:
        >>> split_list("讲学习 | 讲政治"), split_list('["a|b"]'), split_list("")
        (['讲学习', '讲政治'], ['a|b'], [])
    """
    cell = cell.strip()
    if not cell:
        return []
    if cell.startswith("["):
        try:
            return json.loads(cell)
        except json.JSONDecodeError:
            return cell
    return [part.strip() for part in cell.split(LIST_JOINER) if part.strip()]


def csv_row(entry: LexiconEntry) -> dict[str, str]:
    """An entry as one CSV row of ``CSV_COLUMNS``."""
    src = entry.source
    return {
        "term": entry.term, "kind": entry.kind, "members": join_list(entry.components or ()), "source": str(src),
        "variants": join_list(entry.variants), "since": "" if entry.since is None else str(entry.since),
        "until": "" if entry.until is None else str(entry.until), "level": entry.level,
        "source_body": src.body, "source_document": src.document, "source_date": src.date, "source_url": src.url,
        "versions": json.dumps([version_data(v) for v in entry.versions], ensure_ascii=False) if entry.versions else "",
        "arithmetic": entry.arithmetic, "uncertain": entry.uncertain, "match": entry.match, "notes": entry.notes,
        "opencc_exceptions": join_list(entry.opencc_exceptions), "unquoted": entry.unquoted,
        "context": join_list(entry.context),
        "context_window": str(window_data(entry.context_window)) if entry.context and entry.context_window != DEFAULT_CONTEXT_WINDOW else "",
    }


def quanteda_dictionary(entries: Iterable[LexiconEntry]) -> dict[str, list[str]]:
    """Term → patterns (the term, its variants and their OpenCC s2t forms), for quanteda."""
    from slogans.config.lexicon_checks import to_traditional

    out: dict[str, list[str]] = {}
    for entry in entries:
        names = list(entry.names)
        out[entry.term] = list(dict.fromkeys(names + [to_traditional(n) for n in names]))
    return out


def export_lexicon(entries: Iterable[LexiconEntry], fmt: str) -> str:
    """The entries as text in ``fmt`` (one of ``FORMATS``)."""
    entries = list(entries)
    if fmt == "yaml":
        return _dump_yaml({"entries": [entry_data(e) for e in entries]})
    if fmt == "jsonl":
        return "".join(json.dumps(entry_data(e), ensure_ascii=False) + "\n" for e in entries)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_row(e) for e in entries)
        return buffer.getvalue()
    if fmt == "quanteda":
        return _dump_yaml(quanteda_dictionary(entries))
    raise ValueError(f"unknown format '{fmt}' (known: {', '.join(FORMATS)})")


def lexicon_yaml(entries: Iterable[LexiconEntry]) -> str:
    """A lexicon file holding ``entries``."""
    return export_lexicon(entries, "yaml")


# -- import --------------------------------------------------------------------------------------
def _cell_int(cell: str) -> Any:
    cell = cell.strip()
    return int(cell) if cell.isdigit() else cell


def _row_item(row: dict[str, Optional[str]], line: int, file: str, problems: list[Problem]) -> dict[str, Any]:
    """A CSV row as the mapping a YAML entry would be (its line kept for the schema's messages)."""
    cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
    item: dict[str, Any] = {LINE: line}
    for key in ("term", "kind", "level", "arithmetic", "uncertain", "match", "notes", "unquoted"):
        if cells.get(key):
            item[key] = cells[key]
    if "members" in cells:
        item["components"] = split_list(cells["members"])
    for key in ("variants", "opencc_exceptions", "context"):
        if cells.get(key):
            item[key] = split_list(cells[key])
    for key in ("since", "until", "context_window"):
        if cells.get(key):
            item[key] = _cell_int(cells[key])
    structured = {name: cells[col] for col, name in _SOURCE_COLUMNS.items() if cells.get(col)}
    if structured:
        item["source"] = {LINE: line, **structured}
    elif cells.get("source"):
        item["source"] = cells["source"]
    if cells.get("versions"):
        try:
            versions = json.loads(cells["versions"])
        except json.JSONDecodeError as exc:
            problems.append(problem("E012", file, line, item.get("term"), key="versions", expected="a JSON list of mappings", found=exc.msg))
        else:
            item["versions"] = [_with_line(v, line) for v in versions] if isinstance(versions, list) else versions
    return item


def _with_line(value: Any, line: int) -> Any:
    if isinstance(value, dict):
        return {LINE: line, **{k: _with_line(v, line) for k, v in value.items()}}
    return value


def read_csv(path: Path, builtin: bool = True) -> list[LexiconEntry]:
    """The entries of a lexicon CSV, validated like a YAML lexicon; raises RuleError listing every
    problem (``file:line`` of the row) or naming the file when it cannot be read."""
    from slogans.config.lexicon import Lexicon
    from slogans.config.lexicon_checks import lexicon_problems, unique_name_problems

    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError([problem("E001", file, None, None, detail=exc)]) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    problems: list[Problem] = []
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
    if "source" not in header and not {"source_body", "source_document", "source_date"} <= set(header):
        missing.append("source")
    unknown = [c for c in header if c not in CSV_COLUMNS]
    problems += [problem("E011", file, 1, None, key=c) for c in missing]
    problems += [problem("E010", file, 1, None, key=c, allowed=", ".join(CSV_COLUMNS)) for c in unknown]
    if problems:
        raise RuleError(problems)
    entries: list[LexiconEntry] = []
    line = reader.line_num + 1
    for row in reader:
        item = _row_item(row, line, file, problems)
        line = reader.line_num + 1
        if None in row:
            problems.append(problem("E012", file, item[LINE], item.get("term"), key="row", expected=f"{len(header)} cells", found="more"))
            continue
        entry, errs = parse_entry(item, file)
        problems += errs
        if entry is not None:
            entries.append(entry)
    seen: dict[str, LexiconEntry] = {}
    for entry in entries:
        if entry.term in seen:
            problems.append(problem("E030", file, entry.line, entry.term, key=entry.term, found=entry.term, allowed=entry.term))
        seen[entry.term] = entry
    others = [e for e in Lexicon.load() if e.term not in seen] if builtin else []
    problems += [p for p in unique_name_problems(others + entries) if p.file == file]
    problems += lexicon_problems(Lexicon(entries), only=("arithmetic", "opencc", "simplified_term", "context"))
    if problems:
        raise RuleError(problems)
    return entries
