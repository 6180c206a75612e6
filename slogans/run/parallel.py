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
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Optional

from slogans.api import Extractor
from slogans.model import InputItem, as_input_item
from slogans.run.ordered import ordered_results
from slogans.run.work import ExtractorSettings, Item, Outcome, analyze_item, item_chars

#: A batch holds at most this many characters of text …
BATCH_CHARS = 256_000
#: … and at most this many documents.
BATCH_DOCS = 64
#: Batches out at once per worker.
INFLIGHT_PER_WORKER = 3

_WARM: dict[ExtractorSettings, Extractor] = {}  # the parent's Extractor, for workers that fork from it
_EXTRACTOR: Optional[Extractor] = None  # the worker's own


def default_workers() -> int:
    """The cores this process may run on (the CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _load() -> float:
    """The 1-minute load average (0 where the system does not tell it)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def auto_workers(cores: Optional[int] = None, load: Optional[float] = None) -> int:
    """The workers ``--workers auto`` asks for: the cores this process may run on, less those that
    other work keeps busy (the 1-minute load average, a core counting as busy only when a whole
    process keeps it so), at least one. On one core, or a machine whose other cores are taken, that
    is 1: no pool. The pipeline then starts the pool only for an input large enough to pay for it
    (``slogans.run.work.POOL_MIN_CHARS``).

    Examples:
        >>> auto_workers(cores=1, load=0.0), auto_workers(cores=2, load=0.3), auto_workers(cores=2, load=1.6)
        (1, 2, 1)
        >>> auto_workers(cores=8, load=2.5)
        6
    """
    cores = default_workers() if cores is None else cores
    load = _load() if load is None else load
    free = int(cores - load + 1)  # 2 cores, load 0.6: both free; load 1.6: one
    return max(1, min(cores, free))


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
