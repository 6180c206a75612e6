"""The schema of a lexicon entry, checked on every load: every problem of an entry at once.

Keys are strict (an unknown key is an error). Each problem names the file, the line of the
entry (or of its version or source mapping), the entry's term and an error code (E010-E037,
see ``slogans.errors``). The checks that compare entries with each other or with OpenCC live
in ``slogans.config.lexicon_checks``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from slogans.text.dates import is_year, normalize_date
from slogans.errors import Problem, problem
from slogans.config.lexicon_entry import DEFAULT_CONTEXT_WINDOW, WHOLE_DOCUMENT, LexiconEntry, Source, Version
from slogans.model import KINDS
from slogans.config.yamlfile import LINE, check_keys

LEVELS = ("national", "provincial", "local", "campaign")
#: Where an entry's names count: anywhere in a text, or only in a text that quotes the term once.
MATCH_MODES = ("anywhere", "quoted")
#: How an unquoted hit counts: ``counts`` (a term wherever it occurs: a formula no writer uses as plain words) or
#: ``named`` (only where the document names it, see ``slogans.engine.quoted_lexicon``); default: as its kind says.
UNQUOTED_MODES = ("counts", "named")

ENTRY_KEYS: dict[str, tuple[type, ...]] = {
    "term": (str,), "kind": (str,), "variants": (list,), "components": (list,), "source": (str, dict),
    "level": (str,), "since": (int,), "until": (int,), "versions": (list,), "arithmetic": (str,),
    "opencc_exceptions": (list,), "notes": (str,), "match": (str,),
    "uncertain": (str,), "unquoted": (str,), "context": (list,), "context_window": (int, str),
}
REQUIRED_ENTRY_KEYS = {"term", "kind", "source"}
SOURCE_KEYS: dict[str, tuple[type, ...]] = {"body": (str,), "document": (str,), "date": (object,), "url": (str,)}
REQUIRED_SOURCE_KEYS = {"body", "document", "date"}
VERSION_KEYS: dict[str, tuple[type, ...]] = {
    "since": (int,), "until": (int,), "components": (list,), "source": (str, dict), "notes": (str,),
}
REQUIRED_VERSION_KEYS = {"since", "components"}


class _Collector:
    """Problems of one entry, all with the same file and entry name."""

    def __init__(self, file: str, name: str) -> None:
        self.file, self.name = file, name
        self.problems: list[Problem] = []

    def add(self, code: str, line: Optional[int], **fields: Any) -> None:
        self.problems.append(problem(code, self.file, line, self.name, **fields))


def parse_entry(item: Any, file: str) -> tuple[Optional[LexiconEntry], list[Problem]]:
    """The entry that a loaded YAML mapping describes, or None and every problem found in it."""
    if not isinstance(item, dict):
        return None, [problem("E012", file, None, None, key="entry", expected="a mapping", found=type(item).__name__)]
    line = item.get(LINE)
    name = item["term"] if isinstance(item.get("term"), str) and item["term"].strip() else f"<entry at line {line}>"
    out = _Collector(file, name)
    out.problems += check_keys(item, ENTRY_KEYS, REQUIRED_ENTRY_KEYS, file, name)
    typed = {k: v for k, v in item.items() if k in ENTRY_KEYS and v is not None and isinstance(v, ENTRY_KEYS[k])}

    for key in ("term", "kind", "uncertain", "unquoted"):
        if key in item and (item[key] is None or isinstance(item[key], str) and not item[key].strip()):
            out.add("E012", line, key=key, expected="a non-empty string", found=repr(item[key]))
    for key, allowed in (("kind", KINDS), ("level", LEVELS), ("match", MATCH_MODES), ("unquoted", UNQUOTED_MODES)):
        if key in typed and typed[key].strip() and typed[key] not in allowed:
            out.add("E013", line, key=key, found=typed[key], allowed=", ".join(allowed))
    lists = {key: _strings(typed.get(key), key, line, out) for key in ("variants", "components", "opencc_exceptions", "context")}
    window = _context_window(item, bool(lists["context"]), line, out)
    years = {key: _year(typed.get(key), key, line, out) for key in ("since", "until")}
    _check_span(years["since"], years["until"], line, out)
    source = _source(item["source"], line, out) if "source" in item and isinstance(item["source"], (str, dict, type(None))) else None
    versions = _versions(typed.get("versions") or [], line, out)

    components = lists["components"] or None
    if versions:
        latest = versions[-1]
        if components is None:
            components = latest.components
        elif components != latest.components:
            out.add("E036", line, found=latest.since, detail=_difference(components, latest.components))
    variants = tuple(dict.fromkeys(v for v in lists["variants"] if v != typed.get("term")))
    for exception in lists["opencc_exceptions"]:
        if exception not in variants:
            out.add("E037", line, key=exception)
    if out.problems:
        return None, out.problems
    return LexiconEntry(
        term=item["term"], kind=item["kind"], variants=variants, components=components,
        source=source or Source(), level=item.get("level") or "national", since=years["since"], until=years["until"],
        versions=tuple(versions), arithmetic=item.get("arithmetic") or "", opencc_exceptions=lists["opencc_exceptions"],
        notes=item.get("notes") or "", match=item.get("match") or "anywhere",
        uncertain=item.get("uncertain") or "", unquoted=item.get("unquoted") or "",
        context=tuple(dict.fromkeys(lists["context"])), context_window=window, file=file, line=line or 0,
    ), []


def _context_window(item: dict, has_context: bool, line: Optional[int], out: _Collector) -> Optional[int]:
    """The entry's ``context_window``: characters either side of a mention (a positive number), or None for
    ``document``; the default where it gives none. A window without context words is an error (E038)."""
    if "context" in item and isinstance(item["context"], list) and not item["context"]:
        out.add("E012", line, key="context", expected="a non-empty list of words", found="[]")
    if "context_window" not in item:
        return DEFAULT_CONTEXT_WINDOW
    value = item["context_window"]
    if not has_context:
        out.add("E038", line, key="context_window")
    if value == WHOLE_DOCUMENT:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        out.add("E012", line, key="context_window", expected=f"a positive number of characters or '{WHOLE_DOCUMENT}'", found=repr(value))
    return value if isinstance(value, int) else None


def _strings(values: Optional[list], key: str, line: Optional[int], out: _Collector) -> tuple[str, ...]:
    """A list of non-empty strings (numbers are taken as written: 2025 in 中国制造2025's members)."""
    values = values or []
    bad = [v for v in values if not isinstance(v, (str, int)) or isinstance(v, bool) or not str(v).strip()]
    if bad:
        out.add("E012", line, key=key, expected="a list of non-empty strings", found=values)
        return ()
    return tuple(str(v).strip() for v in values)


def _year(value: Any, key: str, line: Optional[int], out: _Collector) -> Optional[int]:
    if value is None:
        return None
    if not is_year(value):
        out.add("E032", line, key=key, found=value)
        return None
    return value


def _check_span(since: Optional[int], until: Optional[int], line: Optional[int], out: _Collector) -> None:
    if since is not None and until is not None and since > until:
        out.add("E033", line, found=since, allowed=until)


def _source(value: Any, line: Optional[int], out: _Collector) -> Optional[Source]:
    """A Source from a mapping (body, document, date, url) or from a free-text string."""
    if isinstance(value, str):
        if not value.strip():
            out.add("E012", line, key="source", expected="a non-empty string or a mapping", found=repr(value))
            return None
        return Source(text=value.strip())
    if not isinstance(value, dict):
        out.add("E012", line, key="source", expected="a mapping (body, document, date) or a string", found=type(value).__name__)
        return None
    where = value.get(LINE, line)
    before = len(out.problems)
    for p in check_keys(value, SOURCE_KEYS, REQUIRED_SOURCE_KEYS, out.file, out.name):
        out.problems.append(p)
    for key in ("body", "document", "url"):
        if key in value and (value[key] is None or isinstance(value[key], str) and not value[key].strip()):
            out.add("E012", where, key=f"source.{key}", expected="a non-empty string", found=repr(value[key]))
    date = normalize_date(value.get("date")) if "date" in value else None
    if "date" in value and date is None:
        out.add("E031", where, key="source.date", found=value.get("date"))
    if len(out.problems) > before:
        return None
    return Source(value["body"].strip(), value["document"].strip(), date or "", (value.get("url") or "").strip())


def _versions(values: list, line: Optional[int], out: _Collector) -> list[Version]:
    """The versions, checked one by one and then for order and overlap."""
    versions: list[Version] = []
    spans: list[tuple[int, Optional[int], Optional[int]]] = []  # (since, until, line) of every dated version
    for raw in values:
        if not isinstance(raw, dict):
            out.add("E012", line, key="versions", expected="a list of mappings", found=type(raw).__name__)
            continue
        where = raw.get(LINE, line)
        before = len(out.problems)
        out.problems += check_keys(raw, VERSION_KEYS, REQUIRED_VERSION_KEYS, out.file, out.name)
        since = _year(raw.get("since"), "since", where, out) if isinstance(raw.get("since"), int) else None
        until = _year(raw.get("until"), "until", where, out) if isinstance(raw.get("until"), int) else None
        _check_span(since, until, where, out)
        components = _strings(raw.get("components") if isinstance(raw.get("components"), list) else None, "components", where, out)
        if "components" in raw and isinstance(raw.get("components"), list) and not raw["components"]:
            out.add("E012", where, key="components", expected="a non-empty list", found="[]")
        source = _source(raw["source"], where, out) if isinstance(raw.get("source"), (str, dict)) else None
        if since is not None:
            spans.append((since, until, where))
        if len(out.problems) == before and since is not None:
            versions.append(Version(since, components, until, source, raw.get("notes") or "", where or 0))
    for (since0, until0, _), (since1, _, line1) in zip(spans, spans[1:]):
        if since1 <= since0:
            out.add("E034", line1, found=since1, allowed=since0)
        elif until0 is not None and until0 > since1:
            out.add("E035", line1, found=since1, allowed=until0)
    # a version without 'until' runs until the next one begins
    return [replace(v, until=nxt.since) if v.until is None else v for v, nxt in zip(versions, versions[1:])] + versions[-1:]


def _difference(current: tuple[str, ...], latest: tuple[str, ...]) -> str:
    only_current = [c for c in current if c not in latest]
    only_latest = [c for c in latest if c not in current]
    if not only_current and not only_latest:
        return "same members in another order"
    return f"only in 'components': {'、'.join(only_current) or '-'}; only in the version: {'、'.join(only_latest) or '-'}"
