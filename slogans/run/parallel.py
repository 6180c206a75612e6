"""A pool of worker processes for the pipeline: ordered results, bounded work in flight.

Each worker builds its Extractor once, in the pool's initializer, from picklable
ExtractorSettings. Where processes fork (Linux) and this process is single-threaded, a worker
inherits the parent's Extractor, dictionaries already loaded, instead of building its own.

Documents travel to the workers in batches (up to BATCH_CHARS characters or BATCH_DOCS
documents), so that a corpus of many short articles does not pay one round trip per article;
at most ``workers × INFLIGHT_PER_WORKER`` batches are out at once, so memory stays flat
however large the corpus. Results come back in input order.
"""
from __future__ import annotations

import multiprocessing
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Optional

from slogans.api import Extractor
from slogans.model import InputItem, as_input_item
from slogans.run.cores import auto_workers, default_workers
from slogans.run.ordered import ordered_results
from slogans.run.work import ExtractorSettings, Item, Outcome, analyze_item, item_chars

#: A batch holds at most this many characters of text …
BATCH_CHARS = 256_000
#: … and at most this many documents.
BATCH_DOCS = 64
#: Batches out at once per worker.
INFLIGHT_PER_WORKER = 3

__all__ = ["BATCH_CHARS", "BATCH_DOCS", "INFLIGHT_PER_WORKER", "auto_workers", "batches", "default_workers", "run_parallel"]

_WARM: dict[ExtractorSettings, Extractor] = {}  # the parent's Extractor, for workers that fork from it
_EXTRACTOR: Optional[Extractor] = None  # the worker's own


def _start_method() -> str:
    # fork is fast and shares the loaded dictionaries, but forking a process with threads can hang
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _init(settings: ExtractorSettings) -> None:
    global _EXTRACTOR
    # Ctrl-C and SIGTERM are the parent's to handle: it stops the pool and says so in one line
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _EXTRACTOR = _WARM.get(settings) or settings.build()


def _work(batch: list[Item], with_mentions: bool) -> list[Outcome]:
    assert _EXTRACTOR is not None
    return [analyze_item(_EXTRACTOR, item, with_mentions) for item in batch]


def batches(items: Iterable[Item], max_chars: int = BATCH_CHARS, max_docs: int = BATCH_DOCS) -> Iterator[list[InputItem]]:
    """Consecutive inputs grouped into batches of bounded size (a streamed file alone in its own)."""
    batch: list[InputItem] = []
    chars = 0
    for item in map(as_input_item, items):
        if item.streamed:
            if batch:
                yield batch
            yield [item]
            batch, chars = [], 0
            continue
        batch.append(item)
        chars += item_chars(item)
        if chars >= max_chars or len(batch) >= max_docs:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def run_parallel(
    items: Iterable[Item],
    settings: ExtractorSettings,
    workers: int,
    extractor: Optional[Extractor] = None,
    with_mentions: bool = False,
) -> Iterator[Outcome]:
    """The result of each input, in input order, computed by ``workers`` processes."""
    method = _start_method()
    if method == "fork" and extractor is not None:
        extractor.segmenter.word_frequency("的")  # load the dictionary once, here, for every worker to share
        _WARM[settings] = extractor
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method), initializer=_init, initargs=(settings,))
    def here(batch: list[InputItem]) -> Optional[list[Outcome]]:
        return None if any(item.needs_analysis for item in batch) else list(batch)  # errors pass through

    try:
        yield from ordered_results(
            batches(items), lambda batch: pool.submit(_work, batch, with_mentions), here, workers * INFLIGHT_PER_WORKER,
        )
    except BaseException:  # Ctrl-C, SIGTERM, or the caller gave up: the batches in flight are not waited for
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _WARM.pop(settings, None)
