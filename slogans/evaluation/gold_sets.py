"""Annotated batches: the set each gold document belongs to.

Documents annotated together (one batch: the same annotators, the same kind of sources) are a
*set*. A decision fitted on some documents of a batch and scored on others of the same batch
looks better than it will on a new batch; holding out whole sets shows what a new batch gets
(``slogans.evaluation.cross_validation``).

A gold argument is ``PATH`` or ``NAME=PATH``. The set of ``PATH`` is named after its folder (the
folder above it when the folder is called ``gold``: ``devset4/gold`` is ``devset4``); ``NAME=``
names it, and arguments given the same name (or folders of the same name) are one set.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, NamedTuple

from slogans.evaluation.gold import GoldError, load_gold

#: Joins a set's name to its gold path in a gold argument (``shared=corpus/gold``).
NAME_SEPARATOR = "="
#: The name of a folder that holds gold files and no name of its own.
GOLD_FOLDER = "gold"


class GoldSpec(NamedTuple):
    """One gold argument: the set's name and the gold file or folder."""

    name: str
    path: Path


def set_name(path: Path) -> str:
    """The name of the set of a gold file or folder: its folder, or the one above a folder called ``gold``."""
    folder = path.resolve()
    if folder.is_file():
        folder = folder.parent
    if folder.name == GOLD_FOLDER and folder.parent.name:
        folder = folder.parent
    return folder.name or str(path)


def parse_gold_spec(spec: str) -> GoldSpec:
    """``NAME=PATH`` or ``PATH`` (a path that exists is taken whole, even with ``=`` in it).
    Raises GoldError when the path does not exist or the name is empty."""
    if NAME_SEPARATOR in spec and not Path(spec).exists():
        name, path = (part.strip() for part in spec.split(NAME_SEPARATOR, 1))
        if not name:
            raise GoldError(f"{spec}: a set name is needed before '{NAME_SEPARATOR}'")
    else:
        name, path = "", spec
    if not Path(path).exists():
        raise GoldError(f"{path}: no such gold file or folder")
    return GoldSpec(name or set_name(Path(path)), Path(path))


def load_gold_sets(specs: Iterable[str]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The gold documents of every argument (``load_gold``) and the set name of each document."""
    gold: dict[str, dict[str, Any]] = {}
    sets: dict[str, str] = {}
    for spec in map(parse_gold_spec, specs):
        found = load_gold([spec.path])
        gold.update(found)
        sets.update({name: spec.name for name in found})
    return gold, sets
