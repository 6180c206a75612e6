"""The parsed entries of a lexicon file, kept in the user's cache folder (``slogans.io.cache``).

Checking every entry of the built-in lexicon against the schema costs more than all of
``slogans check`` on a small file does besides; the entries of a file that had no problems are
kept as JSON (never pickle: nothing read back from the cache can run code) under a key of the
file's path, its bytes and the code that parses and holds entries, and rebuilt from there while
all three are unchanged. An entry is cached only when JSON gives it back equal.
"""
from __future__ import annotations

import json
import os
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from slogans.config.lexicon_entry import LexiconEntry, Source, Version
from slogans.io.cache import content_key, read_cached, write_cached

_PREFIX = "lexicon-"
_SOURCE_FIELDS = tuple(f.name for f in fields(Source))


@lru_cache(maxsize=1)
def _code_stamp() -> bytes:
    """The modules that decide what a file's entries are: a change to any of them is a miss."""
    from slogans.config import lexicon_entry, lexicon_schema

    parts = []
    for module in (lexicon_entry, lexicon_schema):
        try:
            parts.append(Path(str(module.__file__)).read_bytes())
        except OSError:
            parts.append(os.urandom(8))  # unreadable code: never hit
    return content_key(*parts).encode("ascii")


def cache_names(path: Path, data: bytes) -> tuple[str, str]:
    """The cache file's name for ``path`` holding ``data``, and the prefix of every version of it."""
    source = f"{_PREFIX}{content_key(os.path.abspath(path).encode('utf-8', 'surrogateescape'))}-"
    return f"{source}{content_key(data, _code_stamp())}.json", source


def read_entries(name: str) -> Optional[tuple[LexiconEntry, ...]]:
    """The entries cached under ``name``, or None (a miss, or a file that does not read back)."""
    blob = read_cached(name)
    if blob is None:
        return None
    try:
        return tuple(_entry(item) for item in json.loads(blob))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def write_entries(name: str, source: str, entries: tuple[LexiconEntry, ...]) -> None:
    """Cache ``entries`` under ``name`` when JSON gives them back equal (else nothing is written)."""
    try:
        text = json.dumps([_plain(e) for e in entries], ensure_ascii=False)
        same = tuple(_entry(item) for item in json.loads(text)) == entries
    except (TypeError, ValueError, KeyError, AttributeError):
        return
    if same:
        write_cached(name, text.encode("utf-8", "surrogateescape"), replaces=source)


def _plain(entry: LexiconEntry) -> dict[str, Any]:
    out = {f.name: getattr(entry, f.name) for f in fields(LexiconEntry)}
    out["source"] = _source_plain(entry.source)
    out["versions"] = [
        {"since": v.since, "components": list(v.components), "until": v.until,
         "source": _source_plain(v.source) if v.source is not None else None, "notes": v.notes, "line": v.line}
        for v in entry.versions
    ]
    return out


def _source_plain(source: Source) -> list[str]:
    return [getattr(source, name) for name in _SOURCE_FIELDS]


def _entry(item: dict[str, Any]) -> LexiconEntry:
    values = dict(item)
    for key in ("variants", "opencc_exceptions", "context"):
        values[key] = tuple(values[key])
    if values["components"] is not None:
        values["components"] = tuple(values["components"])
    values["source"] = Source(*values["source"])
    values["versions"] = tuple(
        Version(v["since"], tuple(v["components"]), v["until"], Source(*v["source"]) if v["source"] is not None else None, v["notes"], v["line"])
        for v in values["versions"]
    )
    return LexiconEntry(**values)
