"""The records that travel between the stages: Document in, Mention and TermCount out."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Union

#: The three kinds of term, as fixed by the annotation guideline.
KINDS = ("numbered", "campaign", "slogan")


@dataclass(frozen=True)
class Document:
    """One text to analyse. ``id`` is what the report calls it (a path as given, or a table id)."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


#: What the API takes as a document: a Document, an (id, text) pair, or a bare text.
DocumentLike = Union[Document, "tuple[str, str]", str]


def as_document(item: DocumentLike, n: int = 0) -> Document:
    """``item`` as a Document: a Document as it is, an (id, text) pair, or a bare text, which is
    called ``text{n + 1}`` (``n``: its place among the texts given)."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(f"text{n + 1}", item)
    return Document(item[0], item[1])


@dataclass(frozen=True)
class Mention:
    """One occurrence of a term in a document. Offsets are into the original text."""

    term: str
    kind: str
    surface: str
    start: int
    end: int
    quoted: bool
    rule_id: str
    components: Optional[tuple[str, ...]] = None
    #: the quoted-phrase decision's score (0-1) for a name it decided; None for other terms
    score: Optional[float] = None
    #: why the term was taken: the heaviest evidence and its weights, or the rule that found it
    reason: str = ""


@dataclass(frozen=True)
class TermCount:
    """One row of the per-document frequency table."""

    document: str
    term: str
    kind: str
    count: int
    components: Optional[tuple[str, ...]]
    components_source: Optional[str]
    arithmetic_ok: Optional[bool] = None
    #: The components in simplified characters (``components`` keeps the document's script);
    #: None means the same as ``components``.
    components_simplified: Optional[tuple[str, ...]] = None
    #: The year that picked the lexicon members of the document, and where it came from
    #: (``option``, ``meta`` or ``text``; None: no year, the latest members).
    as_of: Optional[int] = None
    as_of_source: Optional[str] = None
    #: The document's length in characters (its text as read), for rates per 10,000 characters.
    chars: Optional[int] = None

    def as_row(self) -> tuple[Any, ...]:
        """The values of ``as_record()``, in its order, as a tuple (cheaper, for writers that know the columns)."""
        simplified = self.components_simplified if self.components_simplified is not None else self.components
        return (
            self.document, self.term, self.kind, self.count,
            list(self.components) if self.components is not None else None,
            self.components_source,
            list(simplified) if simplified is not None else None,
            self.as_of, self.as_of_source, self.chars,
        )

    def as_record(self) -> dict[str, Any]:
        """The row as the output contract fixes it (components as a list), and the added
        ``components_simplified``, ``as_of``, ``as_of_source`` and ``chars``."""
        simplified = self.components_simplified if self.components_simplified is not None else self.components
        return {
            "document": self.document,
            "term": self.term,
            "kind": self.kind,
            "count": self.count,
            "components": list(self.components) if self.components is not None else None,
            "components_source": self.components_source,
            "components_simplified": list(simplified) if simplified is not None else None,
            "as_of": self.as_of,
            "as_of_source": self.as_of_source,
            "chars": self.chars,
        }
