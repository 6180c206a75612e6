"""The outputs of one run, checked before any work: none may overwrite an input, none may share a path.

Example:
    >>> check_outputs([("-o", Path("a.csv")), ("--mentions", Path("a.csv"))], [])
    Traceback (most recent call last):
    ...
    slogans.errors.OutputError: a.csv: -o and --mentions name the same file; give each its own
"""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Optional, Sequence, Union

from slogans.io.atomic import output_target
from slogans.errors import OutputError

#: The argument that names standard input.
STDIN = "-"


def check_outputs(
    outputs: Sequence[tuple[str, Optional[Union[str, Path]]]], inputs: Sequence[Union[str, Path]], pattern: str = "*.txt",
) -> None:
    """Raise OutputError when an output (``(option, path)``; None: standard output) names a folder,
    names an input (a file given, or a file under a folder given that ``pattern`` would take), or
    names the same file as another output. Devices and FIFOs are written in place, so two outputs
    may share one (``/dev/null``)."""
    seen: dict[Path, str] = {}
    for option, path in outputs:
        if path is None:
            continue
        real, in_place = output_target(path)
        if in_place:
            continue
        if real in seen:
            raise OutputError(str(path), f"{seen[real]} and {option} name the same file; give each its own")
        seen[real] = option
        clash = _input_named(real, inputs, pattern)
        if clash is not None:
            raise OutputError(str(path), f"{option} names the input {clash}; refusing to overwrite an input")


def _input_named(real: Path, inputs: Sequence[Union[str, Path]], pattern: str) -> Optional[str]:
    for raw in inputs:
        if str(raw) == STDIN:
            continue
        given = Path(raw)
        try:
            source = Path(os.path.realpath(given))
        except OSError:
            continue
        if source == real or _same_file(source, real):
            return str(raw)
        if source.is_dir() and source in real.parents and fnmatch.fnmatch(real.name, pattern):
            return f"{real} (under {raw})"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # hard links
    except OSError:
        return False
