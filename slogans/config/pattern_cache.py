"""Rule patterns compiled where a run first uses them, not where the rules are loaded.

The `regex` module parses a pattern in Python: compiling the built-in rules costs more than all
the rest of ``slogans check`` on a small file, and a small file runs few of them (the gates leave
most out). A compiled pattern cannot be kept between runs (it pickles as its text, and compiles
again), but the fact that a pattern compiles, and its named groups, can: the user's cache folder
(``slogans.io.cache``) holds them, per version of `regex`, as JSON. A pattern found there is loaded
as a ``LazyPattern``, compiled on its first use; any other is compiled at once, so a rule that does
not compile is still an error when the rules are loaded.
"""
from __future__ import annotations

import json
import sys
from typing import Any, Optional, Union

import regex

from slogans.io.cache import content_key, read_cached, write_cached

_PREFIX = "patterns-"
#: At most this many patterns are kept (the oldest go first): a user who edits rules often adds new ones.
_MAX_KNOWN = 5000
_known: Optional[dict[str, dict[str, int]]] = None
_new: dict[str, dict[str, int]] = {}
_lazy: dict[str, "LazyPattern"] = {}


class LazyPattern:
    """A compiled `regex` pattern that compiles on its first use. Each attribute asked for (a
    method such as ``search``) is kept on the object, so later uses cost what the pattern's own do."""

    def __init__(self, pattern: str, flags: int, groupindex: dict[str, int]):
        self.pattern = pattern
        self.groupindex = groupindex
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def compiled(self) -> Any:
        """The `regex` pattern itself (compiled now, the first time)."""
        pattern = self.__dict__.get("_compiled")
        if pattern is None:
            pattern = self.__dict__["_compiled"] = regex.compile(self.pattern, self._flags)
        return pattern

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags, self.groupindex))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compile_pattern(pattern: str, flags: int) -> Union[LazyPattern, Any]:
    """``regex.compile(pattern, flags)``, or a LazyPattern when the cache knows that it compiles.
    Raises ``regex.error`` as ``regex.compile`` does."""
    key = f"{flags}\u0000{pattern}"
    lazy = _lazy.get(key)
    if lazy is not None:  # the same pattern again (a gate many rules share): one object, one compile
        return lazy
    groups = _known_patterns().get(key)
    if groups is not None:
        lazy = _lazy[key] = LazyPattern(pattern, flags, dict(groups))
        return lazy
    compiled = regex.compile(pattern, flags)
    _new[key] = dict(compiled.groupindex)
    return compiled


def save_known_patterns() -> None:
    """Add the patterns compiled since the last call to the user's cache (nothing when none were)."""
    if not _new:
        return
    known = _known_patterns()
    known.update(_new)
    _new.clear()
    for old in list(known)[:max(0, len(known) - _MAX_KNOWN)]:
        del known[old]
    name, source = _cache_name()
    write_cached(name, json.dumps(known, ensure_ascii=False).encode("utf-8", "surrogateescape"), replaces=source)


def _cache_name() -> tuple[str, str]:
    version = f"{regex.__version__} {sys.version_info[:2]}".encode("ascii")
    return f"{_PREFIX}{content_key(version)}.json", _PREFIX


def _known_patterns() -> dict[str, dict[str, int]]:
    global _known
    if _known is None:
        _known = {}
        blob = read_cached(_cache_name()[0])
        if blob is not None:
            try:
                data = json.loads(blob)
            except ValueError:
                data = None
            if isinstance(data, dict):
                _known = {k: v for k, v in data.items() if isinstance(v, dict) and all(isinstance(i, int) for i in v.values())}
    return _known
