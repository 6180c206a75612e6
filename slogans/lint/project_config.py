"""Project configuration for ``slogans check`` and ``slogans rules``, from TOML.

Like other linters, the configuration is found by walking up from the current directory: in
each folder, ``.slogans.toml`` (keys at the top level) wins over ``pyproject.toml`` (keys in a
``[tool.slogans]`` table; a pyproject.toml without that table is passed over). The first one
found is used. Relative paths in it are relative to the file's folder.

Keys: ``lexicon`` and ``rules`` (lists of files or folders), ``select`` and ``ignore`` (lists
of codes or code prefixes), ``baseline`` (a file), ``encoding`` (the corpus's, default utf-8),
``script`` (``any``, ``simplified`` or ``traditional``), ``glob`` (files taken from folders) and
``weights`` (a weights file of the quoted-phrase decision, from ``slogans train``).

Example:
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / ".slogans.toml").write_text('lexicon = ["lex"]\\nignore = ["SLG102"]\\n', encoding="utf-8")
    >>> cfg = load_config(find_config(d))
    >>> cfg.lexicon == [d / "lex"], cfg.ignore
    (True, ['SLG102'])
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from slogans.errors import SlogansError

#: The files looked for in each folder, in order of preference.
CONFIG_FILES = (".slogans.toml", "pyproject.toml")
#: Keys of a project configuration whose value is a list of strings.
LIST_KEYS = ("lexicon", "rules", "select", "ignore")
#: Keys of a project configuration whose value is a string.
STR_KEYS = ("baseline", "encoding", "script", "glob", "weights")


class ConfigError(SlogansError):
    """A configuration file that cannot be read or holds a wrong key or value; the message names the file."""


@dataclass
class Config:
    """Settings for ``check`` and ``rules``; ``path`` is the file they came from (None: the defaults)."""

    path: Optional[Path] = None
    lexicon: list[Path] = field(default_factory=list)
    rules: list[Path] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    baseline: Optional[Path] = None
    encoding: str = "utf-8"
    script: str = "any"
    glob: str = "*.txt"
    weights: Optional[Path] = None


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported here: a run with no configuration file reads no TOML
        import tomllib
    else:  # pragma: no cover - exercised on Python < 3.11 only
        import tomli as tomllib
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _table(path: Path) -> Optional[dict[str, Any]]:
    """The slogans settings of ``path``, or None for a pyproject.toml without ``[tool.slogans]``."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("slogans")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.slogans] must be a table")
        return table
    return data


def find_config(start: Optional[Path] = None) -> Optional[Path]:
    """The configuration file that applies to ``start`` (default: the current directory), or None."""
    folder = (start or Path.cwd()).resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
    return None


def load_config(path: Optional[Path]) -> Config:
    """The configuration in ``path`` (the defaults for None). Raises ConfigError naming the file and key."""
    if path is None:
        return Config()
    path = Path(path)
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.slogans] table")
    where = f"{path}" + (" [tool.slogans]" if path.name == "pyproject.toml" else "")
    allowed = LIST_KEYS + STR_KEYS
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{key}' (allowed: {', '.join(allowed)})")
    for key in LIST_KEYS:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
        table[key] = value
    for key in STR_KEYS:
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{where}: '{key}' must be a string")
    base = path.resolve().parent
    cfg = Config(path=path)
    cfg.lexicon = [base / p for p in table["lexicon"]]
    cfg.rules = [base / p for p in table["rules"]]
    cfg.select = list(table["select"])
    cfg.ignore = list(table["ignore"])
    cfg.baseline = base / table["baseline"] if "baseline" in table else None
    cfg.encoding = table.get("encoding", cfg.encoding)
    cfg.script = table.get("script", cfg.script)
    cfg.glob = table.get("glob", cfg.glob)
    cfg.weights = base / table["weights"] if "weights" in table else None
    return cfg
