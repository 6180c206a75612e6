"""The one bounded, ordered loop that the process pool and the Dask cluster share.

Batches go out in input order; at most ``limit`` are in flight at once, so memory stays flat
however large the corpus; their results come back in input order. A batch that needs no worker
(its inputs are all errors, or a file to stream here) is done in this process, in its place.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def ready(value: list[Any]) -> "Future[list[Any]]":
    """A future that holds ``value`` already."""
    done: Future[list[Any]] = Future()
    done.set_result(value)
    return done


def ordered_results(
    batches: Iterable[list[T]], submit: Callable[[list[T]], Any], here: Callable[[list[T]], Optional[list[R]]], limit: int,
) -> Iterator[R]:
    """The results of every batch, in order: ``here(batch)`` where it gives them (not None), else
    what ``submit(batch)`` computes elsewhere (a future, concurrent or distributed, whose ``result()``
    is the batch's results); at most ``limit`` batches in flight."""
    inflight: deque[Any] = deque()
    for batch in batches:
        done = here(batch)
        inflight.append(ready(done) if done is not None else submit(batch))
        while len(inflight) > limit:
            yield from inflight.popleft().result()
    while inflight:
        yield from inflight.popleft().result()
