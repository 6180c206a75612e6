"""Safe YAML loading that remembers the line of every mapping, for error messages.

PyYAML builds its Python objects in Python, which costs a tenth of a second for the built-in
lexicon on every run; so a file whose data JSON holds (strings, numbers, booleans, null, lists
and mappings; a mapping with keys other than strings kept as a list of pairs) is also kept, as
JSON, in the user's cache folder (``slogans.io.cache``) under a hash of its text, and read back
from there while the text is unchanged; PyYAML is then not even imported. Any other file (a
date, a set) is parsed each time.
"""
from __future__ import annotations

import json
import os
import re

from pathlib import Path
from functools import lru_cache
from typing import Any

from slogans.errors import Problem, RuleError, problem
from slogans.io.cache import content_key, read_cached, write_cached

#: The key under which a mapping's 1-based line number is kept.
LINE = "__line__"


@lru_cache(maxsize=1)
def _line_loader() -> Any:
    """A safe YAML loader that adds the line number to each mapping; constructs nothing unsafe.

    Built on first use: a run whose files all come from the cache never imports PyYAML.
    """
    import yaml

    # libyaml's parser when PyYAML was built with it (about ten times faster); the constructor is safe either way
    safe_base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(safe_base):  # type: ignore[misc,valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
            mapping = super().construct_mapping(node, deep=deep)
            mapping[LINE] = node.start_mark.line + 1
            return mapping

    return LineLoader


def load_yaml(path: Path, top_key: str) -> dict[str, Any]:
    """Load ``path`` safely and check that it is a mapping holding ``top_key``.

    Raises RuleError naming the file (and line) when it cannot be read or parsed.
    """
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError([problem("E001", name, None, None, detail=exc)]) from None
    # one cache file per YAML file: a new version of it replaces the one before
    source = f"yaml-{content_key(os.path.abspath(path).encode('utf-8', 'surrogateescape'))}-"
    cache_name = f"{source}{content_key(text.encode('utf-8', 'surrogateescape'))}.json"
    data = _cached_data(cache_name)
    if data is None:
        import yaml

        try:
            data = yaml.load(text, Loader=_line_loader())  # noqa: S506 - a SafeLoader
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            detail = getattr(exc, "problem", None) or str(exc)
            raise RuleError([problem("E002", name, line, None, detail=detail)]) from None
        _cache_data(cache_name, data, source)
    if not isinstance(data, dict) or top_key not in data:
        found = type(data).__name__ if not isinstance(data, dict) else _shown_keys([k for k in data if k != LINE])
        raise RuleError([problem("E003", name, 1, None, key=top_key, found=found)])
    return data


#: How the cache marks a mapping whose keys are not all strings (JSON keys are), as a list of pairs.
_PAIRS = "\u0000pairs"


def _cached_data(cache_name: str) -> Any:
    """The data cached under ``cache_name`` (None on a miss or a damaged file)."""
    blob = read_cached(cache_name)
    if blob is None:
        return None
    try:
        return json.loads(blob, object_hook=_from_pairs)
    except (ValueError, TypeError):
        return None


def _cache_data(cache_name: str, data: Any, replaces: str) -> None:
    """Cache ``data`` when JSON gives it back exactly (same types, not only equal values)."""
    try:
        text = json.dumps(_to_pairs(data), ensure_ascii=False)
    except (TypeError, ValueError):  # a date, a set …
        return
    if _same(json.loads(text, object_hook=_from_pairs), data):
        write_cached(cache_name, text.encode("utf-8", "surrogateescape"), replaces)


def _to_pairs(value: Any) -> Any:
    if isinstance(value, dict):
        if all(type(k) is str for k in value) and _PAIRS not in value:
            return {k: _to_pairs(v) for k, v in value.items()}
        return {_PAIRS: [[k, _to_pairs(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return [_to_pairs(v) for v in value]
    return value


def _from_pairs(mapping: dict[str, Any]) -> Any:
    if len(mapping) == 1 and _PAIRS in mapping:
        return {k: v for k, v in mapping[_PAIRS]}
    return mapping


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(type(x) is type(y) for x, y in zip(a, b)) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return bool(a == b) or a != a  # NaN is not equal to itself


_KEY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,39}")


def _shown_keys(keys: list[Any]) -> str:
    """The keys of a mapping as an error may show them: names only, never text that could be a
    line of a file that is not a lexicon at all (a config that names /etc/shadow)."""
    names = sorted(k for k in keys if isinstance(k, str) and _KEY_NAME.fullmatch(k))
    others = len(keys) - len(names)
    shown = f"keys {names}" if names else "a mapping"
    return shown + (f" and {others} other key(s) that are not names" if others else "")


def check_keys(
    item: dict[str, Any], allowed: dict[str, tuple[type, ...]], required: set[str], file: str, item_id: str
) -> list[Problem]:
    """Problems with an item's keys: unknown, missing or of the wrong type."""
    line = item.get(LINE)
    problems: list[Problem] = []
    for key in item:
        if key == LINE:
            continue
        if key not in allowed:
            problems.append(problem("E010", file, line, item_id, key=key, allowed=", ".join(sorted(allowed))))
        elif item[key] is not None and not isinstance(item[key], allowed[key]):
            expected = " or ".join(t.__name__ for t in allowed[key])
            problems.append(problem("E012", file, line, item_id, key=key, expected=expected, found=type(item[key]).__name__))
    for key in sorted(required - set(item)):
        problems.append(problem("E011", file, line, item_id, key=key))
    return problems


def strip_lines(value: Any) -> Any:
    """A copy of loaded YAML without the line-number keys."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
