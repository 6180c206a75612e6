"""Where the built-in rules and lexicon live, installed or in a source checkout."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def builtin_rules_dir() -> Path:
    """The folder of the built-in YAML rules (its ``lexicon/`` subfolder holds the lexicon).

    After ``pip install`` the top-level ``rules/`` folder is installed as the data package
    ``slogans.builtin_rules``; in a source checkout it is found next to the package.
    """
    try:
        spec = importlib.util.find_spec("slogans.builtin_rules")
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        if (Path(location) / "detect.yaml").is_file():
            return Path(location)
    return Path(__file__).resolve().parents[2] / "rules"


def builtin_lexicon_dir() -> Path:
    """The folder of the built-in lexicon files."""
    return builtin_rules_dir() / "lexicon"
