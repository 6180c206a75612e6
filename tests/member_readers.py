"""Run a member reader of ``slogans.engine`` on a name in an invented text, as the readers' tests do."""
from __future__ import annotations

from typing import Callable, Optional

Reader = Callable[[str, int, int], Optional[tuple[list[str], list[tuple[int, int]]]]]


def items_read(reader: Reader, text: str, name: str) -> Optional[list[str]]:
    """The members ``reader`` reads for the first ``name`` in ``text`` (None for none), after checking that their spans
    hold them as written."""
    start = text.index(name)
    found = reader(text, start, start + len(name))
    if found is None:
        return None
    members, spans = found
    assert [text[s:e] for s, e in spans] == members  # the spans hold the members as written
    return members
