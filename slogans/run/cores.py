"""How many worker processes a run asks for: the cores it may use, and those that are free.

Kept apart from ``slogans.run.parallel`` so that choosing imports no multiprocessing: a run that
ends up in one process pays nothing for having asked.
"""
from __future__ import annotations

import os
from typing import Optional


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
