"""One input and what becomes of it: the kinds of input a run takes, the settings an Extractor is
built from in any process, and the analysis of one input (shared by this process, the pool and Dask)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from slogans.api import Extractor
from slogans.errors import InputError
from slogans.model import Document, as_input_item
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
    return as_input_item(item).analyze(extractor, with_mentions)


def item_chars(item: Item) -> int:
    """How much text an input holds (a streamed file: as much as a pool start is worth)."""
    item = as_input_item(item)
    return POOL_MIN_CHARS if item.streamed else item.chars()
