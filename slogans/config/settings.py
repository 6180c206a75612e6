"""The ``settings:`` of the YAML rule files: every section and key, its type, default and meaning.

The schema is data: ``rules/schema/settings.yaml`` (shipped with the built-in rules), read once by
``settings_schema()``; it is the one place that names the keys and their defaults. The loader checks
every settings file against it (``settings_problems``: an unknown section or key is E010, a value
of the wrong type E012, so ``slogans rules lint`` rejects a misspelt key), and the stages read a
section through ``section``, which fills in the defaults of the keys a file leaves out.

Example:
    >>> section({"quoted": {"max_term_chars": 40}}, "quoted")["max_term_chars"]
    40
    >>> section({}, "quoted")["min_clause_chars"]
    2
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from slogans.errors import Problem, problem
from slogans.config.resources import builtin_rules_dir
from slogans.config.yamlfile import LINE, load_yaml, strip_lines



@dataclass(frozen=True)
class Setting:
    """One settings key: the type its value must have, its default and what it does."""

    type: str
    default: Any
    meaning: str

    @property
    def types(self) -> tuple[type, ...]:
        """The Python types a value of this key may have."""
        return TYPES[self.type]


@dataclass(frozen=True)
class Section:
    """One section of ``settings:``: what it is for, and its keys."""

    meaning: str
    keys: dict[str, Setting]


#: The types a schema names, and the Python types of their values.
TYPES: dict[str, tuple[type, ...]] = {
    "bool": (bool,), "int": (int,), "number": (int, float), "string": (str,), "list": (list,), "mapping": (dict,),
}


def schema_file() -> Path:
    """The file that holds the settings schema (shipped with the built-in rules)."""
    return builtin_rules_dir() / "schema" / "settings.yaml"


@lru_cache(maxsize=1)
def settings_schema() -> dict[str, Section]:
    """Every section of ``settings:`` and its keys, read once from ``schema_file()``."""
    data = strip_lines(load_yaml(schema_file(), "sections"))["sections"]
    return {
        name: Section(body["meaning"], {key: Setting(**spec) for key, spec in body["keys"].items()})
        for name, body in data.items()
    }


def section(settings: dict[str, Any], name: str) -> dict[str, Any]:
    """The section ``name`` of merged ``settings``, every key the files leave out at its default."""
    given = settings.get(name) or {}
    return {key: given[key] if key in given else copy.deepcopy(s.default) for key, s in settings_schema()[name].keys.items()}


def settings_problems(settings: Any, file: str, line: Optional[int] = None) -> list[Problem]:
    """Problems of one file's ``settings:`` mapping (as loaded, with line numbers): an unknown
    section or key (E010), a section that is no mapping or a value of the wrong type (E012)."""
    if settings is None:
        return []
    if not isinstance(settings, dict):
        return [problem("E012", file, line, None, key="settings", expected="mapping", found=type(settings).__name__)]
    problems: list[Problem] = []
    at = settings.get(LINE, line)
    sections = settings_schema()
    for name, body in settings.items():
        if name == LINE:
            continue
        if name not in sections:
            problems.append(problem("E010", file, at, "settings", key=name, allowed=", ".join(sections)))
            continue
        schema = sections[name].keys
        where = f"settings.{name}"
        if body is None:
            continue
        if not isinstance(body, dict):
            problems.append(problem("E012", file, at, where, key=name, expected="mapping", found=type(body).__name__))
            continue
        for key, value in body.items():
            if key == LINE:
                continue
            spec = schema.get(key)
            if spec is None:
                problems.append(problem("E010", file, body.get(LINE, at), where, key=key, allowed=", ".join(schema)))
            elif value is not None and not _fits(value, spec.types):
                problems.append(problem("E012", file, body.get(LINE, at), where, key=key, expected=spec.type, found=type(value).__name__))
    return problems


def _fits(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # YAML's true is no number
    return isinstance(value, types)
