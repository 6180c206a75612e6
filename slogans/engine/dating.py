"""The year used for each document: given (--as-of), from its metadata, or read from its text.

Also what follows from it: the lexicon terms a document uses before the year their entry says they
began, which ``slogans extract`` warns about and ``slogans check`` reports (SLG004).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

from slogans.config.lexicon_entry import LexiconEntry
from slogans.text.text_date import DateScanner, TextDate


#: Where the year that picks a formula's members came from (the report's ``as_of_source``).
SOURCES = ("option", "meta", "text")


@dataclass(frozen=True)
class DocumentDate:
    """The year used for one document, where it came from (``SOURCES``; None: no year, the latest
    members) and, for a year read from the text, the words that gave it."""

    year: Optional[int] = None
    source: Optional[str] = None
    evidence: Optional[TextDate] = None

    @property
    def firm(self) -> bool:
        """True when the year is the document's own (given, or a dated heading), not a lower bound."""
        return self.source in ("option", "meta") or (self.evidence is not None and self.evidence.firm)

    def describe(self) -> str:
        """How the year was found, in words (for a warning)."""
        if self.source == "text" and self.evidence is not None:
            return f"read from its text: {self.evidence.evidence}"
        return {"option": "as given", "meta": "from its metadata"}.get(self.source or "", "no date")


class DeferredDate(DocumentDate):
    """A DocumentDate worked out only when first asked for (``resolve`` gives it): a document with no
    terms prints no year, so its text is not scanned for one unless a caller asks (``result.date``,
    ``-v``). It equals, describes and pickles as the DocumentDate it stands for."""

    def __init__(self, resolve: Callable[[], DocumentDate]):  # noqa: D107 (no fields of its own)
        object.__setattr__(self, "_resolve", resolve)
        object.__setattr__(self, "_date", None)

    def resolved(self) -> DocumentDate:
        """The DocumentDate, worked out on the first call."""
        if self._date is None:
            object.__setattr__(self, "_date", self._resolve())
            object.__setattr__(self, "_resolve", None)  # the text it read is not kept
        return self._date

    year = property(lambda self: self.resolved().year, doc="The year (None: no year, the latest members).")  # type: ignore[assignment]
    source = property(lambda self: self.resolved().source, doc="Where the year came from.")  # type: ignore[assignment]
    evidence = property(lambda self: self.resolved().evidence, doc="The text's words that gave the year.")  # type: ignore[assignment]

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, DocumentDate):
            return NotImplemented
        return (self.year, self.source, self.evidence) == (other.year, other.source, other.evidence)

    def __hash__(self) -> int:
        return hash(self.resolved())

    def __repr__(self) -> str:
        return repr(self.resolved())

    def __reduce__(self) -> tuple[Any, ...]:
        date = self.resolved()
        return (DocumentDate, (date.year, date.source, date.evidence))


def date_document(option: Optional[int], meta_year: Optional[int], scanner: Optional[DateScanner]) -> DocumentDate:
    """The year for a document: the caller's ``option`` (--as-of), else its metadata's year, else
    what ``scanner`` read in its text, else none."""
    if option is not None:
        return DocumentDate(option, "option")
    if meta_year is not None:
        return DocumentDate(meta_year, "meta")
    found = scanner.result() if scanner is not None else None
    return DocumentDate(found.year, "text", found) if found is not None else DocumentDate()


def early_uses(dated: DocumentDate, used: Iterable[tuple[str, Optional[LexiconEntry]]]) -> list[tuple[str, int]]:
    """(term, since) of the ``used`` terms (term, its lexicon entry) that the document uses before
    their entry's ``since``. Only for a firm date: a year read from a meeting or a year mentioned
    is the earliest the document can be from, and using a later formula only shows it is later."""
    if dated.year is None or not dated.firm:
        return []
    return [(term, e.since) for term, e in used if e is not None and e.since is not None and dated.year < e.since]


def early_use_warning(dated: DocumentDate, term: str, since: int) -> str:
    """The warning ``slogans extract`` prints for a term used before its ``since``."""
    return (f"{term}: used in a document of {dated.year} ({dated.describe()}), before {since}, "
            "the year its lexicon entry says it began: check the date or the entry (its lexicon members are not given)")
