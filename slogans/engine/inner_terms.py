"""Terms that stand inside another term's name and count there too (the guideline counts an occurrence inside a
longer name that invokes the term, not one that is part of a different name: 两评 inside 三查两评 is not 两评一树).

- a campaign that opens a programme named after it (检企共建 in 检企共建阳光工程);
- a lexicon term that is a whole item of a name written as a list (一国两制 in “一个中国、共谋统一、一国两制”).

Slogans need neither: they are counted clause by clause, and the automaton still finds the terms in their words.
"""
from __future__ import annotations

from typing import Mapping, Optional, Protocol

import regex

from slogans.text.punctuation import LIST_SEPARATORS


class FoundTerm(Protocol):
    """What this module reads of a document's term (``tally.FoundTerm``): its kind, and its lexicon entry if any."""

    kind: str
    entry: Optional[object]


#: (inner term, start, end) within an outer surface
InnerSpans = tuple[tuple[str, int, int], ...]

_LIST_ITEM = regex.compile(rf"[^{regex.escape(LIST_SEPARATORS)}\s]+")


def nested_campaigns(
    surfaces: dict[str, str], terms: Mapping[str, FoundTerm], suffixes: tuple[str, ...]
) -> dict[str, InnerSpans]:
    """For each surface of a campaign name that opens with another campaign name and ends with a campaign word
    (``suffixes``: 检企共建 in 检企共建阳光工程), that other name and where it stands: a programme named after a
    campaign invokes it. Not a name that fills another's slot (互联网+政务服务)."""
    campaigns = {s: n for s, n in surfaces.items() if terms[n].kind == "campaign"}
    out: dict[str, InnerSpans] = {}
    for outer, name in campaigns.items():
        if not outer.endswith(suffixes):
            continue
        longest: dict[str, int] = {}
        for k in range(1, len(outer)):
            n = campaigns.get(outer[:k])
            if n is not None and n != name:
                longest[n] = k
        if longest:
            out[outer] = tuple((n, 0, k) for n, k in sorted(longest.items()))
    return out


def listed_terms(surfaces: dict[str, str], terms: Mapping[str, FoundTerm]) -> dict[str, InnerSpans]:
    """For each surface of a name the document writes as a list (items parted by 、，；), the lexicon's terms that
    are whole items of it, and where they stand: a list of known formulae invokes each of them. A document's own
    items (一村一品、一镇一业) are parts of its list, not terms; a slogan is counted clause by clause; a lexicon
    formula written with a separator (一个中心、两个基本点) is one formula, not two."""
    out: dict[str, InnerSpans] = {}
    for outer, name in surfaces.items():
        if terms[name].kind == "slogan" or terms[name].entry is not None or not any(sep in outer for sep in LIST_SEPARATORS):
            continue
        inner = tuple(
            (n, m.start(), m.end()) for m in _LIST_ITEM.finditer(outer)
            if (n := surfaces.get(m.group())) is not None and n != name and terms[n].entry is not None
        )
        if inner:
            out[outer] = inner
    return out


def inner_terms(surfaces: dict[str, str], terms: Mapping[str, FoundTerm], suffixes: tuple[str, ...]) -> dict[str, InnerSpans]:
    """Both kinds of inner term, by outer surface (``surfaces``: surface → term, ``terms``: the document's terms)."""
    out = nested_campaigns(surfaces, terms, suffixes)
    for outer, inner in listed_terms(surfaces, terms).items():
        out[outer] = out.get(outer, ()) + inner
    return out
