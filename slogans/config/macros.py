"""Macros of the YAML rules: named regex fragments, written ``{NAME}`` in patterns and gates."""
from __future__ import annotations

from typing import Any

import regex

_MACRO = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand_macros(pattern: str, macros: dict[str, str]) -> tuple[str, list[str]]:
    """The pattern with every {NAME} replaced (macros may use macros); also the unknown names."""
    unknown: list[str] = []

    def sub(m: Any) -> str:
        name = m.group(1)
        if name not in macros:
            unknown.append(name)
            return m.group(0)
        return macros[name]

    for _ in range(5):  # macros may refer to macros, a few levels deep
        new = _MACRO.sub(sub, pattern)
        if new == pattern:
            break
        pattern = new
    return pattern, unknown
