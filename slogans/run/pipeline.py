"""Running the extractor over a stream of inputs, one document at a time, results in input order.

Inputs are Documents, large files to stream (``stream.TextFile``), files to read where they are
analysed (``stream.PendingFile``), (id, text) pairs, or the InputError of a file that could not be
read, which is passed through in its place. Nothing is
collected: each input is analysed and its result handed on before the next is needed, so memory
does not grow with the corpus. With ``workers`` > 1 the work goes to a pool of processes
(``slogans.run.parallel``); the results are the same, in the same order.

Example:
    >>> from slogans.run.pipeline import ExtractorSettings, run
    >>> [r.terms[0].term for r in run([("a", "开展“两评一树”活动")], ExtractorSettings())]
    ['两评一树']
"""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator, Optional

from slogans.api import Extractor
from slogans.run.work import POOL_MIN_CHARS, ExtractorSettings, Item, Outcome, analyze_item, item_chars

__all__ = ["POOL_MIN_CHARS", "ExtractorSettings", "Item", "Outcome", "analyze_item", "item_chars", "run"]


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
                from slogans.run.parallel import run_parallel  # a run in this process needs no pool

                yield from run_parallel(chain(head, it), settings, workers, extractor, with_mentions)
                return
        it = iter(head)
    extractor = extractor or settings.build()
    for item in it:
        yield analyze_item(extractor, item, with_mentions)
