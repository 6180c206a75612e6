"""One input and what becomes of it: the kinds of input a run takes, the settings an Extractor is
built from in any process, and the analysis of one input (shared by this process, the pool and Dask)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from slogans.api import Extractor
from slogans.errors import InputError
from slogans.model import Document
from slogans.io.report import mention_records, unlocated_mention_records
from slogans.engine.result import DocumentResult
from slogans.io.stream import PendingFile, TextFile

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
            result = extractor.analyze_stream(item.read, item.id, with_mentions)
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
