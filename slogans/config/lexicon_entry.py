"""The records of the lexicon: an entry, the source it cites, and the versions of its members.

A formula whose members changed (四个全面: 全面建成小康社会 until 2020, then
全面建设社会主义现代化国家) carries ``versions``; ``version_for(year)`` picks the one that was
current in a year, so a 2016 speech is expanded with the 2016 members.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

#: How near a mention a context word must stand (characters either side) where an entry gives no ``context_window``:
#: about two sentences, the reach of a writer who names a list where he says what it is about.
DEFAULT_CONTEXT_WINDOW = 100
#: The ``context_window`` that asks for a context word anywhere in the document.
WHOLE_DOCUMENT = "document"


@dataclass(frozen=True)
class Source:
    """Where an entry's members come from: the issuing body, the document or meeting, its date.

    A user's lexicon may give the source as one free-text string; it is kept in ``text``.
    ``str(source)`` is a one-line citation.

    Examples:
        >>> str(Source("中共中央", "习近平在江苏调研时的讲话", "2014-12"))
        '中共中央, 习近平在江苏调研时的讲话, 2014-12'
        >>> str(Source(text="my archive"))
        'my archive'
    """

    body: str = ""
    document: str = ""
    date: str = ""
    url: str = ""
    text: str = ""

    @property
    def structured(self) -> bool:
        """True when the source was given as a mapping (body, document, date), not as free text."""
        return not self.text

    def __str__(self) -> str:
        if self.text:
            return self.text
        citation = ", ".join(p for p in (self.body, self.document, self.date) if p)
        return f"{citation} <{self.url}>" if self.url else citation

    def as_dict(self) -> dict[str, str]:
        """The source as a mapping (``text`` only for a free-text source)."""
        if self.text:
            return {"text": self.text}
        out = {"body": self.body, "document": self.document, "date": self.date}
        if self.url:
            out["url"] = self.url
        return out


@dataclass(frozen=True)
class Version:
    """The members of a formula from ``since`` (a year) until ``until`` (exclusive, or open)."""

    since: int
    components: tuple[str, ...]
    until: Optional[int] = None
    source: Optional[Source] = None
    notes: str = ""
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The version as plain data (for JSON)."""
        return {
            "since": self.since, "until": self.until, "components": list(self.components),
            "source": str(self.source) if self.source is not None else None,
            "source_detail": self.source.as_dict() if self.source is not None else None,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class LexiconEntry:
    """One known term: its canonical form, kind, variants, members and where they come from."""

    term: str
    kind: str
    variants: tuple[str, ...] = ()
    components: Optional[tuple[str, ...]] = None
    source: Source = Source()
    level: str = "national"
    since: Optional[int] = None
    until: Optional[int] = None
    versions: tuple[Version, ...] = ()
    arithmetic: str = ""
    opencc_exceptions: tuple[str, ...] = ()
    notes: str = ""
    match: str = "anywhere"
    #: Why the member list is not certain (empty where the issuing document fixes it).
    uncertain: str = ""
    #: How a hit without quotation marks counts: "counts", "named", or "" (as the decision settings say for its kind).
    unquoted: str = ""
    #: Words of which one must stand near a mention for the entry to give its members: a name others use for lists of
    #: their own (两新, 四强) takes the lexicon's members only where its subject is in sight. Empty: wherever it counts.
    context: tuple[str, ...] = ()
    #: How near: characters either side of a mention, or None for anywhere in the document.
    context_window: Optional[int] = DEFAULT_CONTEXT_WINDOW
    file: str = ""
    line: int = 0

    def __post_init__(self) -> None:
        if isinstance(self.source, str):  # an entry built in code may cite its source as plain text
            object.__setattr__(self, "source", Source(text=self.source))

    @property
    def names(self) -> tuple[str, ...]:
        """The term and all its variants."""
        return (self.term, *self.variants)

    @property
    def where(self) -> str:
        """``file:line`` of the entry (empty for an entry built in code)."""
        return f"{self.file}:{self.line}" if self.file else ""

    def version_for(self, year: Optional[int]) -> Optional[Version]:
        """The version current in ``year``: the latest one begun by then.

        None for an entry without versions. Without a year, the latest version; for a year
        before the first version, the first.

        Examples:
            >>> e = LexiconEntry("四个全面", "numbered", versions=(
            ...     Version(2014, ("全面建成小康社会",), until=2020), Version(2020, ("全面建设社会主义现代化国家",))))
            >>> e.version_for(2016).components, e.version_for(2021).since, e.version_for(None).since
            (('全面建成小康社会',), 2020, 2020)
        """
        if not self.versions:
            return None
        if year is None:
            return self.versions[-1]
        chosen = self.versions[0]
        for version in self.versions:
            if version.since <= year:
                chosen = version
        return chosen

    def components_for(self, year: Optional[int]) -> Optional[tuple[str, ...]]:
        """The members current in ``year`` (the entry's own for an entry without versions)."""
        version = self.version_for(year)
        return version.components if version is not None else self.components

    def source_for(self, year: Optional[int]) -> Source:
        """The source of the members current in ``year``."""
        version = self.version_for(year)
        return version.source if version is not None and version.source is not None else self.source
