"""The result of one document's analysis: its table rows, mentions, definitions, date and warnings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from slogans.engine.dating import DocumentDate
from slogans.engine.expand import Definition
from slogans.model import Mention, TermCount


@dataclass
class DocumentResult:
    """Everything found in one document: the table rows, the mentions and the definitions."""

    document: str
    terms: list[TermCount]
    mentions: list[Mention]
    definitions: dict[str, Definition]
    warnings: list[str] = field(default_factory=list)
    #: the Document's ``meta`` (encoding, title, kept columns …) when it was analysed from one
    meta: dict[str, Any] = field(default_factory=dict)
    #: the mentions located in the text as read (``report.mention_records``), when asked for
    mention_records: list[dict[str, Any]] = field(default_factory=list)
    #: the year that picked the lexicon members, where it came from, and the text's evidence
    date: DocumentDate = field(default_factory=DocumentDate)
    #: terms used before the year their lexicon entry says they began: (term, since), for a firm date
    early_uses: list[tuple[str, int]] = field(default_factory=list)

    @property
    def as_of(self) -> Optional[int]:
        """The year that picked the lexicon members (None: the latest members)."""
        return self.date.year

    @property
    def as_of_source(self) -> Optional[str]:
        """Where ``as_of`` came from: ``option``, ``meta``, ``text`` or None."""
        return self.date.source
