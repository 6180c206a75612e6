"""Running the extractor over a stream of inputs, one document at a time, results in input order.

Inputs are Documents, large files to stream (``stream.TextFile``), files to read where they are
analysed (``stream.PendingFile``), (id, text) pairs, or the InputError of a file that could not be
read, which is passed through in its place. Nothing is
collected: each input is analysed and its result handed on before the next is needed, so memory
does not grow with the corpus. With ``workers`` > 1 the work goes to a pool of processes
(``slogans.parallel``); the results are the same, in the same order.

Example:
    >>> from slogans.pipeline import ExtractorSettings, run
    >>> [r.terms[0].term for r in run([("a", "开展“两评一树”活动")], ExtractorSettings())]
    ['两评一树']
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Iterable, Iterator, Optional, Union

from slogans.api import DocumentResult, Extractor
from slogans.errors import InputError
from slogans.model import Document
from slogans.report import mention_records, unlocated_mention_records
from slogans.stream import PendingFile, TextFile, analyze_file

Item = Union[Document, TextFile, PendingFile, InputError, "tuple[str, str]"]
Outcome = Union[DocumentResult, InputError]

#: Below this much text in all (characters, a streamed file counting as large), or fewer than two
#: documents per worker, a run stays in this process: starting workers would cost more than it saves.
POOL_MIN_CHARS = 1_000_000


@dataclass(frozen=True)
class ExtractorSettings:
    """What it takes to build an Extractor, in a form that travels to other processes and machines."""

    rules: tuple[str, ...] = ()
    lexicon: tuple[str, ...] = ()
    builtin: bool = True
    segmenter: str = "jieba"
    as_of: Optional[int] = None
    weights: Optional[str] = None  # a weights file for the quoted-phrase decision (None: the built-in)

    def build(self) -> Extractor:
        """A new Extractor with these settings (raises RuleError for a bad rule or lexicon file)."""
        return Extractor(
            rules=list(self.rules), lexicon=list(self.lexicon), builtin=self.builtin, segmenter=self.segmenter, as_of=self.as_of,
            weights=self.weights,
        )


def analyze_item(extractor: Extractor, item: Item, with_mentions: bool = False) -> Outcome:
    """The result of one input, or its InputError (a bad large file is found out while it is read)."""
    if isinstance(item, InputError):
        return item
    if isinstance(item, TextFile):
        try:
            result = analyze_file(extractor, item, with_mentions)
            codec = item.codec()
        except InputError as exc:
            return exc
        result.meta = {"path": str(item.path), "encoding": codec}
        if with_mentions:
            result.mention_records = list(unlocated_mention_records(item.id, result.mentions))
        return result
    if isinstance(item, PendingFile):
        try:
            item = item.read()
        except InputError as exc:
            return exc
    if isinstance(item, Document):
        result = extractor.analyze_document(item, with_mentions)
        result.meta = dict(item.meta)
        if with_mentions:
            result.mention_records = list(mention_records(item, result.mentions))
        return result
    doc_id, text = item
    return extractor.analyze(text, doc_id, with_mentions=with_mentions)


def item_chars(item: Item) -> int:
    """How much text an input holds (a streamed file: as much as a pool start is worth)."""
    if isinstance(item, Document):
        return len(item.text)
    if isinstance(item, tuple):
        return len(item[1])
    if isinstance(item, TextFile):
        return POOL_MIN_CHARS
    if isinstance(item, PendingFile):
        return item.size() // 3  # about: three bytes a character in UTF-8 Chinese
    return 0


def run(
    items: Iterable[Item],
    settings: Optional[ExtractorSettings] = None,
    workers: int = 1,
    extractor: Optional[Extractor] = None,
    with_mentions: bool = False,
) -> Iterator[Outcome]:
    """The result of each input in input order, an InputError passed through in its place.

    ``workers`` = 1 runs in this process (with ``extractor``, or one built from ``settings``);
    more runs a process pool whose workers each build their Extractor once from ``settings``.
    A small input (see POOL_MIN_CHARS) runs in this process whatever ``workers`` says.
    """
    settings = settings or ExtractorSettings()
    it = iter(items)
    if workers > 1:
        head: list[Item] = []
        chars = 0
        for item in it:
            head.append(item)
            chars += item_chars(item)
            if chars >= POOL_MIN_CHARS and len(head) >= 2 * workers:
                from slogans.parallel import run_parallel

                yield from run_parallel(chain(head, it), settings, workers, extractor, with_mentions)
                return
        it = iter(head)
    extractor = extractor or settings.build()
    for item in it:
        yield analyze_item(extractor, item, with_mentions)
