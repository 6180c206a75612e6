"""Documents too large to hold: read in pieces, analysed piece by piece, with flat memory.

A file above ``STREAM_ABOVE_BYTES`` is never read whole. It is decoded block by block and cut
into pieces of about ``PIECE_CHARS`` characters at the last line or sentence end (。！？；) of a
bounded buffer, so that even a single line of hundreds of megabytes is held only a piece at a time.

Each piece is analysed inside a window that adds text on either side: ``LEFT_CONTEXT`` characters
before and, after it, as much as the longest reach of any rule (an enumeration 一是…二是… may run
ten items of ``enumeration.max_gap`` characters each). Only what *starts* inside the piece is taken
from a window, so every match, every decision that looks at its neighbours and every count is the
one the whole text would give. The document-level decisions (which quoted phrases are terms, which
definitions apply to terms found elsewhere, the ``match: quoted`` lexicon entries, 五个带头 = 五带头)
are made once, after a first pass over all pieces has gathered the terms and the raw definitions;
a second pass counts (``slogans.engine.analysis.DocumentAnalysis``). ``Extractor.analyze_stream`` runs both passes: its result equals
``Extractor.analyze`` of the whole text.

What is held for one document: a window (a piece and its context), the terms and raw definitions
found, and one (start, end) pair per supporting quotation of a term — never the text.
"""
from __future__ import annotations

import codecs
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, ClassVar, Iterable, Iterator, Optional, Protocol, Sequence, Union

from slogans.io.corpus import (
    ReadOptions, Source, find_sources, is_stdin, read_document, read_source, resolve_options, source_format, unique_documents,
)
from slogans.io.decoding import BadBytes, DecodeError, canonical_encoding, decode_blocks, decode_bytes
from slogans.errors import InputError
from slogans.model import Document, DocumentAnalyzer, unlocated_mention_records
from slogans.text.normalize import NormalizedText

if TYPE_CHECKING:
    from slogans.text.normalize import Normalizer
    from slogans.engine.result import DocumentResult
    from slogans.config.rules import RuleSet

#: Files larger than this many bytes are streamed instead of read whole.
STREAM_ABOVE_BYTES = 8 * 1024 * 1024
#: Characters per piece of a streamed document (the window adds its context on either side).
PIECE_CHARS = 512 * 1024
#: Characters of context before a piece.
LEFT_CONTEXT = 4096
#: Bytes read from a file at a time.
READ_BYTES = 1024 * 1024
_LINE_ENDS = "\n"
_SENTENCE_ENDS = "。！？；!?;"
_BINARY_SAMPLE = 8192


def right_context(rules: "RuleSet") -> int:
    """Characters of context after a piece: the reach of a ten-item enumeration, and a margin."""
    return 10 * (rules.enumeration_markers().max_gap + 64) + 2048


# -- reading ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileInput:
    """A plain-text file given to a run and not read yet (``PendingFile``, ``TextFile``); ``encoding``
    None: detected."""

    path: Path
    id: str
    encoding: Optional[str] = None

    needs_analysis: ClassVar[bool] = True
    held_text: ClassVar[Optional[str]] = None

    def size(self) -> int:
        """The file's size in bytes (0 when it cannot be read: the error comes when it is)."""
        return _size(Source(self.path, self.id))

    def chars(self) -> int:
        """About as many characters as the file holds: three bytes a character in UTF-8 Chinese."""
        return self.size() // 3


@dataclass(frozen=True)
class PendingFile(FileInput):
    """A plain-text file not read yet: whoever analyses it reads it (a pool's worker, so that the
    reading and decoding are spread over the cores and the texts never travel between processes)."""

    streamed: ClassVar[bool] = False

    def read(self) -> Document:
        """The file's document, as ``corpus.read_document`` gives it. Raises InputError for a bad file."""
        return read_document(Source(self.path, self.id), self.encoding)

    def loaded(self) -> Union[Document, InputError]:
        """The file's document, or the InputError of a file that cannot be read."""
        try:
            return self.read()
        except InputError as exc:
            return exc

    def analyze(self, analyzer: DocumentAnalyzer, with_mentions: bool = False) -> Any:
        """The result of the file's document (``Document.analyze``), or its InputError."""
        return self.loaded().analyze(analyzer, with_mentions)


@dataclass(frozen=True)
class TextFile(FileInput):
    """A text file too large to read whole; ``read()`` gives its text block by block.

    ``encoding`` None: UTF-8 (with or without BOM) if the first block is UTF-8, else what
    ``decoding.decode_bytes`` detects on it (GB18030, Big5 …). The same checks as
    ``corpus.read_document`` apply (empty, binary, undecodable), raised as InputError while reading.
    """

    streamed: ClassVar[bool] = True

    def loaded(self) -> "TextFile":
        """The TextFile itself: it is read as it is analysed, never whole."""
        return self

    def analyze(self, analyzer: DocumentAnalyzer, with_mentions: bool = False) -> Any:
        """The result of the file analysed in pieces, with the file's path and encoding as ``meta``
        and, with ``with_mentions``, its mentions unlocated (``model.unlocated_mention_records``);
        or the InputError of a bad file, found out while it is read."""
        try:
            result = analyzer.analyze_stream(self.read, self.id, with_mentions)
            codec = self.codec()
        except InputError as exc:
            return exc
        result.meta = {"path": str(self.path), "encoding": codec}
        if with_mentions:
            result.mention_records = list(unlocated_mention_records(self.id, result.mentions))
        return result

    def codec(self) -> str:
        """The codec the file is read in: named, or judged on its first block as ``read`` judges it.
        Raises InputError for a file that cannot be read or decoded."""
        if self.encoding:
            return canonical_encoding(self.encoding)
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(READ_BYTES)
        except OSError as exc:
            raise InputError(str(self.path), f"cannot read: {exc.strerror or exc}") from None
        codec = sniff_encoding(head, str(self.path))
        return "utf-8" if codec == "utf-8-sig" else codec

    def read(self, block_bytes: int = READ_BYTES) -> Iterator[str]:
        """The file's text in blocks (a leading BOM dropped). Raises InputError for a bad file."""
        name = str(self.path)
        try:
            fh = open(self.path, "rb")
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
        with fh:
            first = _read_block(fh, block_bytes, name)
            if b"\x00" in first[:_BINARY_SAMPLE]:
                raise InputError(name, "a binary file, not text")
            codec = canonical_encoding(self.encoding) if self.encoding else sniff_encoding(first, name)
            skip = 0
            if codec in ("utf-8", "utf-8-sig") and first.startswith(codecs.BOM_UTF8):
                skip, codec = len(codecs.BOM_UTF8), "utf-8"
            any_text = False
            try:
                for text in decode_blocks(_blocks(fh, first[skip:], block_bytes, name), codec, skip):
                    any_text = any_text or bool(text.strip(" \t\n\r\x0b\x0c"))
                    yield text
            except BadBytes as bad:
                raise DecodeError(
                    name, f"cannot decode as {codec.upper()} at byte {bad.offset} ({bad.shown()}); name the encoding with --encoding",
                    bad.offset,
                ) from None
        if not any_text:
            raise InputError(name, "the file is empty")


def _read_block(fh: BinaryIO, size: int, name: str) -> bytes:
    try:
        return fh.read(size)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None


def _blocks(fh: BinaryIO, first: bytes, size: int, name: str) -> Iterator[bytes]:
    """``first``, then the rest of ``fh`` block by block, then an empty block (the end)."""
    if first:
        yield first
    while True:
        block = _read_block(fh, size, name)
        yield block
        if not block:
            return


def iter_inputs(
    paths: Sequence[Union[str, Path]], pattern: Optional[str] = None, stream_above: Optional[int] = None,
    options: Optional[ReadOptions] = None, defer_reading: bool = False,
) -> Iterator[Union[Document, TextFile, PendingFile, InputError]]:
    """Like ``corpus.iter_documents``, but a plain-text file above ``stream_above`` bytes (default
    STREAM_ABOVE_BYTES) comes as a TextFile to be streamed, not as a Document: nothing large is
    ever read whole. Tables are read in chunks anyway; a compilation to split (``--split``) is
    read whole. With ``defer_reading``, every other plain-text file comes as a PendingFile, read
    where it is analysed (``pipeline.run`` reads it in the worker that takes it)."""
    stream_above = STREAM_ABOVE_BYTES if stream_above is None else stream_above
    pattern, opts = resolve_options(pattern, options)
    yield from unique_documents(_inputs(paths, pattern, opts, stream_above, defer_reading))


def _inputs(
    paths: Sequence[Union[str, Path]], pattern: str, opts: ReadOptions, stream_above: int, defer_reading: bool,
) -> Iterator[Union[Document, TextFile, PendingFile, InputError]]:
    for item in find_sources(paths, pattern):
        if isinstance(item, InputError):
            yield item
        elif is_stdin(item):
            yield from read_source(item, opts)  # read here: a worker process has no standard input
        elif opts.splitter is None and source_format(item, opts) == "text":
            if _size(item) > stream_above:
                yield TextFile(item.path, item.id, opts.encoding)
            elif defer_reading:
                yield PendingFile(item.path, item.id, opts.encoding)
            else:
                yield from read_source(item, opts)
        else:
            yield from read_source(item, opts)


def sniff_encoding(head: bytes, name: str) -> str:
    """The codec of a large file, judged on its first block ``head`` (which may end inside a character)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    error: Optional[InputError] = None
    for cut in range(4):  # the block may end inside a multi-byte character
        try:
            return decode_bytes(head[:len(head) - cut], name).encoding
        except InputError as exc:
            error = error or exc
    assert error is not None
    raise error


def _size(source: Source) -> int:
    if source.size is not None:
        return source.size
    try:
        return source.path.stat().st_size
    except OSError:
        return 0


# -- cutting ----------------------------------------------------------------------------------
def cut_pieces(texts: Iterable[str], size: int) -> Iterator[str]:
    """The text of ``texts`` (blocks of any size) again, in pieces of at most ``size`` characters,
    each ending at a line end where one lies in its second half, else at a sentence end, else
    (a run of ``size`` characters without either) wherever the size is reached."""
    carry = ""
    for block in texts:
        if not block:
            continue
        buf = carry + block if carry else block
        pos = 0
        while len(buf) - pos > size:
            end = _cut_point(buf, pos, pos + size)
            yield buf[pos:end]
            pos = end
        carry = buf[pos:]
    if carry:
        yield carry


def _cut_point(buf: str, lo: int, hi: int) -> int:
    mid = lo + (hi - lo) // 2
    for ends, start in ((_LINE_ENDS, mid), (_SENTENCE_ENDS, mid), (_LINE_ENDS + _SENTENCE_ENDS, lo + 1)):
        best = max(buf.rfind(ch, start, hi) for ch in ends)
        if best >= 0:
            return best + 1
    return hi


@dataclass(frozen=True)
class Window:
    """A piece (``text[lo:hi]``) with context on either side; ``start``: original offset of ``text[0]``."""

    text: str
    lo: int
    hi: int
    start: int


def windows(pieces: Iterable[str], left: int, right: int) -> Iterator[Window]:
    """Each piece with up to ``left`` characters before it (all the text before it when that fits,
    else started after a line or sentence end where one lies in the first half) and up to
    ``right`` characters after it."""
    src = iter(pieces)
    ahead: deque[str] = deque()
    ahead_len = 0
    exhausted = False
    history = ""
    pos = 0
    while True:
        while not exhausted and (not ahead or ahead_len - len(ahead[0]) < right):
            nxt = next(src, None)
            if nxt is None:
                exhausted = True
            elif nxt:
                ahead.append(nxt)
                ahead_len += len(nxt)
        if not ahead:
            return
        piece = ahead.popleft()
        ahead_len -= len(piece)
        after: list[str] = []
        need = right
        for chunk in ahead:
            if need <= 0:
                break
            after.append(chunk[:need])
            need -= len(after[-1])
        # the whole text so far when it fits: the window then starts where the document does
        before = history if pos <= left else _aligned_tail(history, left)
        yield Window(before + piece + "".join(after), len(before), len(before) + len(piece), pos - len(before))
        history = (history + piece)[-left:] if left else ""
        pos += len(piece)


def _aligned_tail(history: str, left: int) -> str:
    tail = history[-left:] if left else ""
    half = len(tail) // 2
    for ends in (_LINE_ENDS, _SENTENCE_ENDS):
        first = min((i for i in (tail.find(ch, 0, half) for ch in ends) if i >= 0), default=-1)
        if first >= 0:
            return tail[first + 1:]
    return tail


# -- analysing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class NormalizedWindow:
    """A window normalised: the piece is ``norm.text[lo:hi]``; ``offset`` makes a normalised offset
    of the window one of the whole document, ``start`` is the original offset of the window's start
    and ``chars`` the piece's length in original characters."""

    norm: NormalizedText
    lo: int
    hi: int
    offset: int
    start: int
    chars: int


def normalized_windows(normalizer: "Normalizer", texts: Iterable[str], size: int, rules: "RuleSet") -> Iterator[NormalizedWindow]:
    """The windows of ``texts`` cut into pieces of about ``size`` characters, with the context
    ``rules`` need on either side, each normalised."""
    norm_pos = 0
    for w in windows(cut_pieces(texts, size), LEFT_CONTEXT, right_context(rules)):
        norm = normalizer.normalize(w.text)
        lo, hi = norm.from_original(w.lo), norm.from_original(w.hi)
        yield NormalizedWindow(norm, lo, hi, norm_pos - lo, w.start, w.hi - w.lo)
        norm_pos += hi - lo


class StreamAnalyzer(Protocol):
    """What analyses a document in pieces: ``slogans.Extractor``."""

    def analyze_stream(
        self, open_text: Callable[[], Iterable[str]], document: str = "", with_mentions: bool = False,
        piece_chars: Optional[int] = None, as_of: Optional[int] = None,
    ) -> "DocumentResult":
        """The analysis of the text ``open_text()`` gives, read in pieces."""


def analyze_file(extractor: StreamAnalyzer, source: TextFile, with_mentions: bool = False, piece_chars: Optional[int] = None) -> "DocumentResult":
    """The analysis of a large file, streamed. Raises InputError for a file that cannot be read."""
    return extractor.analyze_stream(source.read, source.id, with_mentions, piece_chars)
