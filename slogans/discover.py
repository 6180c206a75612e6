"""Discovery: the formulae and campaign names that documents use and the lexicon lacks.

Every document is analysed by the extractor as usual; a term it counts that has no lexicon entry
(a quoted campaign name, a numeral formula found by the rules, a term the document defines) is a
candidate. Candidates are kept when a document defines them (its members are then known), when
a document quotes a numeral formula (“三查两评”: quotation marks are how a text coins a name), or
when at least ``min_documents`` documents use them; they are ranked by how many documents use
them, then by how often. Each carries its first and last date (where documents are dated), its counts,
the members a document gives, and two example contexts.

Stubs (``stubs_yaml``) are entries in the lexicon's own schema with the source left empty:
``source: {body: "", document: "", date: ""}``. An empty source is an error of the lexicon's schema
(E012, E031), so a stub file fails ``--lexicon`` and every lint until a person has filled in
where the formula comes from — the one thing a text cannot say about itself.

Example:
    >>> from slogans import Extractor
    >>> docs = [("a", "开展“三联三促”活动,即联系群众、联系企业、联系村组,促进发展、促进和谐、促进稳定。"),
    ...         ("b", "深化“三联三促”活动。")]
    >>> [(c.term, c.documents) for c in discover(Extractor(), docs)]
    [('三联三促', 2)]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

import regex

from slogans.config.lexicon import surface_key
from slogans.model import Document, as_document
from slogans.timeline import period_of, result_date

if TYPE_CHECKING:
    import pandas

    from slogans.api import Extractor

#: Documents that must use a term the documents do not define before it is listed.
MIN_DOCUMENTS = 2
#: How many example contexts a candidate keeps, and their width on each side.
EXAMPLES = 2
EXAMPLE_CHARS = 25
#: The columns of ``discover_frame``.
DISCOVER_COLUMNS = ["term", "kind", "documents", "count", "first_date", "last_date", "components", "defined_in", "variants", "examples"]
_BREAKS = regex.compile(r"\s+")


@dataclass
class Discovered:
    """A term the lexicon lacks, with what the documents say of it."""

    term: str
    kind: str
    documents: int = 0
    count: int = 0
    first_date: Optional[str] = None
    last_date: Optional[str] = None
    components: Optional[tuple[str, ...]] = None
    defined_in: Optional[str] = None
    variants: set[str] = field(default_factory=set)
    examples: list[tuple[str, str]] = field(default_factory=list)  # (document, context)
    #: how many of its mentions stand in quotation marks
    quoted: int = 0

    def record(self) -> dict[str, Any]:
        """The candidate as a row of ``DISCOVER_COLUMNS`` (lists for members, variants and examples)."""
        return {
            "term": self.term, "kind": self.kind, "documents": self.documents, "count": self.count,
            "first_date": self.first_date, "last_date": self.last_date,
            "components": list(self.components) if self.components else None, "defined_in": self.defined_in,
            "variants": sorted(self.variants), "examples": [f"{doc}: {context}" for doc, context in self.examples],
        }


def _date_key(date: str) -> tuple[int, str]:
    year = period_of(date)
    return (int(year) if year is not None else 0, date)  # type: ignore[call-overload]


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - EXAMPLE_CHARS):start]
    right = text[end:end + EXAMPLE_CHARS]
    return _BREAKS.sub(" ", f"{left}【{text[start:end]}】{right}").strip()


def discover(
    extractor: "Extractor", docs: Iterable[Union[Document, "tuple[str, str]"]], min_documents: int = MIN_DOCUMENTS,
    quoted_formulae: bool = True,
) -> list[Discovered]:
    """The candidates of ``docs`` (Documents or (id, text) pairs) that ``extractor``'s lexicon lacks,
    ranked by documents, then count (both descending), then term. ``quoted_formulae=False`` leaves
    out the numeral formulae that are only quoted (neither defined nor recurring)."""
    found: dict[str, Discovered] = {}
    for n, doc in enumerate(docs):
        _add_document(extractor, as_document(doc, n), found)
    kept = [
        c for c in found.values()
        if c.components or c.documents >= min_documents or (quoted_formulae and c.kind == "numbered" and c.quoted)
    ]
    return sorted(kept, key=lambda c: (-c.documents, -c.count, c.term))


def _add_document(extractor: "Extractor", doc: Document, found: dict[str, Discovered]) -> None:
    result = extractor.analyze_document(doc)
    result.meta = {**doc.meta, **result.meta}
    date = result_date(result)
    for row in result.terms:
        if extractor.lexicon.get(row.term) is not None:
            continue
        cand = found.get(row.term)
        if cand is None:
            cand = found[row.term] = Discovered(row.term, row.kind)
        cand.documents += 1
        cand.count += row.count
        if date is not None:
            if cand.first_date is None or _date_key(date) < _date_key(cand.first_date):
                cand.first_date = date
            if cand.last_date is None or _date_key(date) > _date_key(cand.last_date):
                cand.last_date = date
        if cand.components is None and row.components_source == "text" and row.components:
            cand.components = tuple(row.components_simplified or row.components)
            cand.defined_in = doc.id
        mentions = [m for m in result.mentions if m.term == row.term]
        cand.quoted += sum(1 for m in mentions if m.quoted)
        cand.variants |= {key for key in (surface_key(m.surface) for m in mentions) if key != row.term}
        if mentions and len(cand.examples) < EXAMPLES:
            # one example from this document: its first mention, the second document gives the next
            m = mentions[0]
            cand.examples.append((doc.id, _context(doc.text, m.start, m.end)))


def discover_frame(candidates: Iterable[Discovered]) -> "pandas.DataFrame":
    """The candidates as a DataFrame of ``DISCOVER_COLUMNS``."""
    import pandas as pd

    return pd.DataFrame.from_records([c.record() for c in candidates], columns=DISCOVER_COLUMNS)


def stubs_yaml(candidates: Iterable[Discovered], origin: str = "slogans discover") -> str:
    """Lexicon entries for the candidates, in the lexicon's YAML schema, each with an empty source
    that a person must fill before the file loads (see the module's docstring)."""
    import yaml

    lines = [
        f"# Lexicon stubs written by {origin}. Review each entry: check the kind and the members,",
        "# fill in the source (body, document, date), then load the file with --lexicon.",
        "# An empty source is an error, so this file does not load until every stub is reviewed.",
        "entries:",
    ]
    for c in candidates:
        entry: dict[str, Any] = {"term": c.term, "kind": c.kind, "variants": sorted(v for v in c.variants if v != c.term)}
        if c.components:
            entry["components"] = list(c.components)
        entry["source"] = {"body": "", "document": "", "date": ""}
        dates = f", {c.first_date}–{c.last_date}" if c.first_date else ""
        where = f"; members as {c.defined_in} defines them" if c.defined_in else "; no document defines it"
        entry["notes"] = f"Found by {origin} in {c.documents} document(s), {c.count} time(s){dates}{where}. Example: {c.examples[0][1] if c.examples else ''}"
        body = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
        lines.append("")
        lines.extend("  " + line if line else line for line in body.rstrip("\n").split("\n"))
    return "\n".join(lines) + "\n"
