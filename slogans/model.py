"""The records that travel between the stages: Document in, Mention and TermCount out, and what
every input item of a run answers (``InputItem``)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Iterator, Optional, Protocol, Union, runtime_checkable

#: The three kinds of term, as fixed by the annotation guideline.
KINDS = ("numbered", "campaign", "slogan")


@dataclass(frozen=True)
class Document:
    """One text to analyse. ``id`` is what the report calls it (a path as given, or a table id)."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)

    streamed: ClassVar[bool] = False
    needs_analysis: ClassVar[bool] = True

    @property
    def held_text(self) -> str:
        """The text (a Document holds it)."""
        return self.text

    def chars(self) -> int:
        """The length of the text in characters."""
        return len(self.text)

    def loaded(self) -> "Document":
        """The Document itself: it is read already."""
        return self

    def analyze(self, analyzer: "DocumentAnalyzer", with_mentions: bool = False) -> Any:
        """The result of analysing the text with ``analyzer`` (an Extractor), carrying the Document's
        ``meta`` and, with ``with_mentions``, the mentions located in the text (``mention_records``)."""
        result = analyzer.analyze_document(self, with_mentions)
        result.meta = dict(self.meta)
        if with_mentions:
            result.mention_records = list(mention_records(self, result.mentions))
        return result


#: What the API takes as a document: a Document, an (id, text) pair, or a bare text.
DocumentLike = Union[Document, "tuple[str, str]", str]


@runtime_checkable
class InputItem(Protocol):
    """One input of a run, as the pipeline, the pool, Dask and the HTML report see it: a Document, a
    file read where it is analysed (``io.stream.PendingFile``), a file streamed in pieces
    (``io.stream.TextFile``), or the InputError of an input that could not be read, passed through."""

    #: Read piece by piece where it is analysed: it travels alone, to a machine that sees its file.
    streamed: ClassVar[bool]
    #: False for an InputError: it is its own outcome, and needs no analyser.
    needs_analysis: ClassVar[bool]

    @property
    def id(self) -> str:
        """What the report calls the input."""

    @property
    def held_text(self) -> Optional[str]:
        """The text when it is held already (a Document), else None."""

    def chars(self) -> int:
        """About how many characters of text it holds, for batching (0 when it cannot be told)."""

    def loaded(self) -> "InputItem":
        """The item with its text read now if it is a file read where it is analysed (its Document,
        or the InputError of a bad file); any other item as it is."""

    def analyze(self, analyzer: "DocumentAnalyzer", with_mentions: bool = False) -> Any:
        """The DocumentResult of analysing it with ``analyzer`` (an Extractor), or its InputError."""


class DocumentAnalyzer(Protocol):
    """What analyses an input item: ``slogans.Extractor``."""

    def analyze_document(self, doc: Document, with_mentions: bool = True) -> Any:
        """The DocumentResult of ``doc``."""

    def analyze_stream(self, open_text: Any, document: str = "", with_mentions: bool = False) -> Any:
        """The DocumentResult of the text ``open_text()`` gives, read in pieces."""


def as_input_item(item: Union[InputItem, DocumentLike], n: int = 0) -> InputItem:
    """``item`` as an input item: a bare text or an (id, text) pair as a Document (``as_document``),
    any other item as it is."""
    return as_document(item, n) if isinstance(item, (str, tuple, list)) else item


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


#: Characters of context on each side of a mention.
CONTEXT_CHARS = 20
_NEWLINE = re.compile("\n")


def mention_records(doc: Document, mentions: Iterable[Mention], context_chars: int = CONTEXT_CHARS) -> Iterator[dict[str, Any]]:
    """One record per mention, located in the text as read: line and column count from 1 (one
    column per character); start and end are character offsets. For a part of a compilation
    (``doc.meta`` has offset, line, column) they locate it in the whole file."""
    text = doc.text
    offset = int(doc.meta.get("offset", 0))
    first_line = int(doc.meta.get("line", 1))
    first_column = int(doc.meta.get("column", 1))
    breaks = [b.start() for b in _NEWLINE.finditer(text)]
    for m in mentions:
        k = bisect_left(breaks, m.start)
        column = m.start - (breaks[k - 1] + 1 if k else 0) + 1
        if k == 0:
            column += first_column - 1
        yield {
            "document": doc.id,
            "line": first_line + k,
            "column": column,
            "start": offset + m.start,
            "end": offset + m.end,
            "surface": text[m.start:m.end],
            "term": m.term,
            "kind": m.kind,
            "quoted": m.quoted,
            "rule_id": m.rule_id,
            "context": text[max(0, m.start - context_chars):m.end + context_chars],
            "score": None if m.score is None else round(m.score, 3),
            "reason": m.reason,
        }


def unlocated_mention_records(document: str, mentions: Iterable[Mention]) -> Iterator[dict[str, Any]]:
    """Records for the mentions of a streamed file, whose text is never held: start, end and
    surface as usual, line and column null, the surface as its own context."""
    for m in mentions:
        yield {
            "document": document, "line": None, "column": None, "start": m.start, "end": m.end, "surface": m.surface,
            "term": m.term, "kind": m.kind, "quoted": m.quoted, "rule_id": m.rule_id, "context": m.surface,
            "score": None if m.score is None else round(m.score, 3), "reason": m.reason,
        }
