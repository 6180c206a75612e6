"""The public face: Extractor wires normalisation, detection, decision, expansion and counting.

Example:
    >>> from slogans import Extractor
    >>> ex = Extractor()
    >>> rows = ex.count("要以“双促双建”工程为载体,推进“双促双建”。", "doc")
    >>> [(r.term, r.count) for r in rows]
    [('双促双建', 2)]
"""
from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from slogans.engine.analysis import DocumentAnalysis, Stages
from slogans.engine.classify import QuotedClassifier
from slogans.text.dates import year_of
from slogans.engine.dating import DeferredDate, DocumentDate, date_document
from slogans.errors import InputError
from slogans.config.lexicon import Lexicon, LexiconEntry, surface_key
from slogans.model import Document, Mention, TermCount, as_document
from slogans.text.normalize import Normalizer
from slogans.engine.numeral_decision import NumeralClassifier
from slogans.engine.quoted_weights import QuotedWeights, builtin_weights, load_weights
from slogans.engine.result import DocumentResult
from slogans.config.rules import RuleSet, load_rules
from slogans.text.segment import Segmenter, make_segmenter
from slogans.text.text_date import DateScanner

if TYPE_CHECKING:
    from slogans.io.stream import NormalizedWindow

__all__ = ["DocumentResult", "Extractor", "kwic"]

PathLike = Union[str, Path]


class Extractor:
    """Finds, counts and expands the terms of Chinese political texts.

    ``Extractor()`` uses the built-in rules and lexicon; ``rules`` and ``lexicon`` add the
    user's files or folders (a Lexicon object replaces the lexicon). ``builtin=False`` leaves
    the built-in rules and lexicon out. ``as_of`` (a year) picks the version of a formula whose
    members changed (四个全面 in 2016: 全面建成小康社会 …); without it, a Document's ``meta["date"]``
    does, then a year read from the text (``slogans.text.text_date``; ``read_dates=False`` leaves the
    text alone), and otherwise the latest version. ``segmenter`` is "jieba" (default), "pkuseg" (raises
    SegmenterUnavailable if it is not installed), "none", or a Segmenter object; it decides
    unquoted numeral phrases (see slogans.text.segment and slogans.engine.numeral_decision). ``weights`` (a
    file from ``slogans train`` or a QuotedWeights) decide quoted names and slogans instead of the
    built-in weights (see slogans.engine.quoted_decision).

    Examples:
        >>> ex = Extractor()
        >>> [m.term for m in ex.extract("先进基层党组织要做到“五个好”。")]
        ['五个好']
    """

    def __init__(
        self,
        rules: Optional[Sequence[PathLike]] = None,
        lexicon: Union[None, Lexicon, Sequence[PathLike]] = None,
        builtin: bool = True,
        segmenter: Union[str, Segmenter] = "jieba",
        as_of: Optional[int] = None,
        read_dates: bool = True,
        weights: Union[None, PathLike, QuotedWeights] = None,
    ):
        self.as_of = as_of
        self.read_dates = read_dates
        if weights is None:
            weights = builtin_weights()
        self.weights: QuotedWeights = weights if isinstance(weights, QuotedWeights) else load_weights(weights)
        self.rules: RuleSet = load_rules([Path(p) for p in rules or []], builtin=builtin)
        if isinstance(lexicon, Lexicon):
            self.lexicon = lexicon
        else:
            self.lexicon = Lexicon.load([Path(p) for p in lexicon or []], builtin=builtin)
        self.normalizer = Normalizer(self.rules.settings)
        if isinstance(segmenter, str):  # the lexicon's names are held as words (see slogans.text.segment)
            segmenter = make_segmenter(segmenter, (name for e in self.lexicon for name in e.names))
        self.segmenter: Segmenter = segmenter
        # the text is simplified already; a 'match: quoted' name is no evidence until a quotation confirms it
        names = frozenset(surface_key(name) for e in self.lexicon if e.match != "quoted" for name in e.names)
        #: the parts that analyse a document (see ``slogans.engine.analysis``)
        self.stages = Stages(
            self.lexicon, self.rules, self.weights, QuotedClassifier(self.rules.settings, self.segmenter),
            NumeralClassifier(self.rules.settings, self.segmenter, names.__contains__),
        )

    # -- public calls -------------------------------------------------------------------------
    def extract(self, text: str) -> list[Mention]:
        """Every mention of every term in ``text``, in text order, offsets into ``text``."""
        return self.analyze(text).mentions

    def count(self, text: str, document: str = "", as_of: Optional[int] = None) -> list[TermCount]:
        """The frequency table rows of one text: one per term, by count (descending) then term."""
        return self.analyze(text, document, with_mentions=False, as_of=as_of).terms

    def frequency_table(self, docs: Iterable[Union[Document, tuple[str, str], InputError]]) -> "pandas.DataFrame":  # noqa: F821
        """The long-form frequency table (document, term, kind, count, components, components_source).

        ``docs`` may be ``iter_documents(...)``: the InputError of a file that cannot be read is raised.
        """
        from slogans.io.report import frequency_frame

        rows: list[TermCount] = []
        for n, doc in enumerate(docs):
            if isinstance(doc, InputError):
                raise doc
            rows.extend(self.analyze_document(as_document(doc, n), with_mentions=False).terms)
        return frequency_frame(rows)

    def kwic(self, docs: Iterable[Any], terms: Sequence[str], regex: bool = False, width: Optional[int] = None) -> "pandas.DataFrame":  # noqa: F821
        """Keyword in context: each occurrence of ``terms`` (names, variants, or patterns with ``regex``)
        in ``docs`` (Documents, (id, text) pairs or texts), ``width`` characters either side (default
        ``slogans.concordance.DEFAULT_WIDTH``); a
        DataFrame of ``slogans.concordance.KWIC_COLUMNS``. See ``slogans.concordance``."""
        from slogans.concordance import kwic_frame

        return kwic_frame(self.lexicon, lambda doc: self.analyze_document(doc).mentions, docs, terms, regex, width)

    def with_weights(self, weights: Union[PathLike, QuotedWeights]) -> "Extractor":
        """A copy of this Extractor that decides quoted phrases with other weights (rules, lexicon
        and segmenter shared)."""
        other = copy.copy(self)
        other.weights = weights if isinstance(weights, QuotedWeights) else load_weights(weights)
        other.stages = replace(self.stages, weights=other.weights)
        return other

    def expand(self, term: str) -> Optional[LexiconEntry]:
        """The lexicon entry of ``term`` (simplified, traditional or any variant), or None."""
        return self.lexicon.get(term)

    def year_of(self, doc: Document) -> Optional[int]:
        """The year that picks the versions for ``doc``: ``as_of`` if given, else the document's date,
        else a year read from its text."""
        return self.date_of(self.normalizer.normalize(doc.text).text, doc.meta.get("date")).year

    def date_of(self, text: str, date: Any = None, as_of: Optional[int] = None, deferred: bool = False) -> DocumentDate:
        """The year for a (normalised) text and where it comes from: ``as_of`` (else the Extractor's),
        else the year of ``date`` (the document's metadata), else the text's own (unless ``read_dates`` is off).
        ``deferred``: a year to read from the text is read only when first asked for (a DeferredDate)."""
        option = as_of if as_of is not None else self.as_of
        meta_year = year_of(date)
        read = option is None and meta_year is None
        if read and deferred and self.read_dates:
            return DeferredDate(lambda: date_document(None, None, self.date_scanner(text)))
        return date_document(option, meta_year, self.date_scanner(text) if read else None)

    def date_scanner(self, text: str = "") -> Optional[DateScanner]:
        """A scanner that has read ``text`` (feed it more), or None when dates are not read from texts."""
        if not self.read_dates:
            return None
        scanner = DateScanner()
        scanner.feed(text)
        return scanner

    def analyze_document(self, doc: Document, with_mentions: bool = True) -> DocumentResult:
        """``analyze`` for a Document: ``as_of``, else its date (``meta["date"]``), else its text's picks versions."""
        return self.analyze(doc.text, doc.id, with_mentions, date=doc.meta.get("date"))

    # -- the pipeline -------------------------------------------------------------------------
    def analyze(
        self, text: str, document: str = "", with_mentions: bool = True, as_of: Optional[int] = None, date: Any = None,
    ) -> DocumentResult:
        """Run every stage on one text and return all that was found (mentions unless told not to).

        ``as_of`` (a year; default the Extractor's) picks the lexicon version of changed formulae;
        without it, the year of ``date`` (the document's metadata), else a year read from the text.
        """
        norm = self.normalizer.normalize(text)
        analysis = DocumentAnalysis(self.stages, with_mentions)
        analysis.find(norm.text)
        analysis.settle(self.date_of(norm.text, date, as_of, deferred=True))  # a document without terms needs no year
        analysis.count(norm)
        return analysis.result(document, chars=len(text))

    def analyze_stream(
        self, open_text: Callable[[], Iterable[str]], document: str = "", with_mentions: bool = False,
        piece_chars: Optional[int] = None, as_of: Optional[int] = None,
    ) -> DocumentResult:
        """Analyse one document too large to hold, read twice through ``open_text()`` (which must give
        the same text, in pieces of any size, each time): the result equals ``analyze`` of the whole text.

        The text is cut at sentence ends into pieces of about ``piece_chars`` characters, each seen
        with enough text on either side for every rule; it is read twice unless it fits in one piece.
        ``as_of`` as for ``analyze``, else a year read from the text as it passes. See ``slogans.io.stream``.
        """
        from slogans.io.stream import PIECE_CHARS, normalized_windows

        def pieces() -> Iterator[NormalizedWindow]:
            return normalized_windows(self.normalizer, open_text(), piece_chars or PIECE_CHARS, self.rules)

        analysis = DocumentAnalysis(self.stages, with_mentions)
        only: Optional[NormalizedWindow] = None
        option = as_of if as_of is not None else self.as_of
        scanner = self.date_scanner() if option is None else None
        for n, piece in enumerate(pieces()):
            analysis.find(piece.norm.text, piece.lo, piece.hi, piece.offset)
            if scanner is not None:
                scanner.feed(piece.norm.text[piece.lo:piece.hi])
            only = piece if n == 0 else None
        analysis.settle(date_document(option, None, scanner))
        chars = 0
        for piece in [only] if only is not None else pieces():
            analysis.count(piece.norm, piece.lo, piece.hi, piece.offset, piece.start)
            chars += piece.chars
        return analysis.result(document, chars=chars)


def kwic(
    paths: Sequence[str], terms: Sequence[str], use_regex: bool = False, width: Optional[int] = None,
    extractor: Optional[Extractor] = None, pattern: Optional[str] = None,
) -> "pandas.DataFrame":  # noqa: F821
    """The concordance of ``terms`` in the files and folders ``paths`` (folders walked for ``pattern``,
    default ``*.txt``; tables of texts read row by row). Raises InputError for the first input
    that cannot be read.

    Example:
        >>> import slogans
        >>> slogans.kwic(["speeches/"], ["五个好", "两学一做"], width=10)  # doctest: +SKIP
    """
    from slogans.io.corpus import iter_documents

    def documents() -> Iterator[Document]:
        for item in iter_documents(list(paths), pattern):
            if isinstance(item, InputError):
                raise item
            yield item

    return (extractor or Extractor()).kwic(documents(), terms, use_regex, width)
