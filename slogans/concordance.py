"""Keyword in context (a concordance): every occurrence of chosen terms, with the text either side.

Built on the extractor's mentions: a line of the concordance is a mention the extractor counted,
located in the text as read (line, column and offsets as in the mentions file), so the
concordance and the frequency table always agree. Terms are chosen by canonical name, by any
name or variant the lexicon knows, in simplified or traditional characters, or by regular
expressions matched against the canonical name and the surface.

Example:
    >>> from slogans import Extractor
    >>> frame = Extractor().kwic([("d", "做到“五个好”。要求做到五個好。")], ["五个好"], width=3)
    >>> frame[["left", "hit", "right"]].values.tolist()
    [['做到“', '五个好', '”。要'], ['求做到', '五個好', '。']]
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Sequence

import regex

from slogans.config.lexicon import Lexicon, surface_key
from slogans.model import Document, DocumentLike, Mention, as_document
from slogans.io.report import mention_records

if TYPE_CHECKING:
    import pandas

#: The columns of a concordance, in order.
KWIC_COLUMNS = ["document", "line", "column", "start", "end", "left", "hit", "right", "term", "kind"]
#: Characters of context on each side of a hit, unless told otherwise.
DEFAULT_WIDTH = 20
_LINE_BREAKS = regex.compile(r"[\r\n\t]")



class TermQuery:
    """Which mentions a concordance keeps: those of the named terms, or those matching patterns.

    A name is looked up in the lexicon (any name, variant or script) and stands for its entry's
    canonical term; a name the lexicon lacks stands for itself in simplified characters (a term
    the document defines or quotes). A pattern (``use_regex``) is searched in the mention's
    canonical term and in its surface as written.

    Example:
        >>> from slogans.config.lexicon import Lexicon
        >>> q = TermQuery(["五個好"], Lexicon.load([]))
        >>> q.terms
        frozenset({'五个好'})
    """

    def __init__(self, terms: Sequence[str], lexicon: Lexicon, use_regex: bool = False):
        if not terms:
            raise ValueError("no term given")
        self.patterns: tuple[Any, ...] = ()
        self.terms: frozenset[str] = frozenset()
        if use_regex:
            compiled = []
            for pattern in terms:
                try:
                    compiled.append(regex.compile(pattern))
                except regex.error as exc:
                    raise ValueError(f"bad regular expression '{pattern}': {exc}") from None
            self.patterns = tuple(compiled)
        else:
            names = set()
            for term in terms:
                entry = lexicon.get(term)
                names.add(entry.term if entry is not None else surface_key(term))
            self.terms = frozenset(names)

    def matches(self, mention: Mention) -> bool:
        """True when the concordance shows this mention."""
        if self.patterns:
            return any(p.search(mention.term) or p.search(mention.surface) for p in self.patterns)
        return mention.term in self.terms or surface_key(mention.surface) in self.terms


def _flat(text: str) -> str:
    """Context on one line: line breaks and tabs become spaces."""
    return _LINE_BREAKS.sub(" ", text)


def kwic_records(doc: Document, mentions: Iterable[Mention], query: TermQuery, width: int = DEFAULT_WIDTH) -> Iterator[dict[str, Any]]:
    """One record (``KWIC_COLUMNS``) per mention of ``doc`` that ``query`` keeps, in text order."""
    kept = [m for m in mentions if query.matches(m)]
    text = doc.text
    for m, located in zip(kept, mention_records(doc, kept)):
        yield {
            "document": doc.id,
            "line": located["line"],
            "column": located["column"],
            "start": located["start"],
            "end": located["end"],
            "left": _flat(text[max(0, m.start - width):m.start]),
            "hit": text[m.start:m.end],
            "right": _flat(text[m.end:m.end + width]),
            "term": m.term,
            "kind": m.kind,
        }


def kwic_frame(
    lexicon: Lexicon, mentions_of: Callable[[Document], list[Mention]], docs: Iterable[DocumentLike], terms: Sequence[str],
    use_regex: bool = False, width: Optional[int] = None,
) -> "pandas.DataFrame":
    """The concordance of ``terms`` (names of ``lexicon``, variants, or patterns) in ``docs``
    (Documents, (id, text) pairs or texts), whose mentions ``mentions_of`` gives, as a DataFrame
    of ``KWIC_COLUMNS``, one row per occurrence, in document then text order.

    Raises ValueError for no term or a bad regular expression."""
    import pandas as pd

    query = TermQuery(terms, lexicon, use_regex)
    records: list[dict[str, Any]] = []
    for n, item in enumerate(docs):
        doc = as_document(item, n)
        records.extend(kwic_records(doc, mentions_of(doc), query, DEFAULT_WIDTH if width is None else width))
    return pd.DataFrame.from_records(records, columns=KWIC_COLUMNS).astype({"line": "int64", "column": "int64", "start": "int64", "end": "int64"})


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: two for wide and full-width (CJK) characters, none for combining marks.

    Example:
        >>> display_width("五个好 ok")
        9
    """
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad_left(text: str, width: int) -> str:
    return " " * (width - display_width(text)) + text


def _pad_right(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_lines(records: Sequence[dict[str, Any]]) -> list[str]:
    """The concordance as aligned terminal lines: ``document:line  left | hit | right``, the bars
    of every line in the same columns (CJK characters count two columns)."""
    if not records:
        return []
    places = [f"{r['document']}:{r['line']}" for r in records]
    place_w = max(display_width(p) for p in places)
    left_w = max(display_width(r["left"]) for r in records)
    hit_w = max(display_width(r["hit"]) for r in records)
    return [
        f"{_pad_right(place, place_w)}  {_pad_left(r['left'], left_w)} | {_pad_right(r['hit'], hit_w)} | {r['right']}".rstrip()
        for place, r in zip(places, records)
    ]
