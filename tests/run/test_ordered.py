"""The ordered loop the pool and Dask share: results in input order, bounded work in flight."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from slogans.run.ordered import ordered_results, ready


def test_results_come_in_input_order_with_local_batches_in_their_place():
    batches = [[1, 2], [-1], [3], [-2, -3], [4, 5]]
    with ThreadPoolExecutor(3) as pool:
        out = list(ordered_results(
            batches, lambda b: pool.submit(lambda: [x * 10 for x in b]),
            lambda b: [f"here{x}" for x in b] if b[0] < 0 else None, limit=2,
        ))
    assert out == [10, 20, "here-1", 30, "here-2", "here-3", 40, 50]


def test_at_most_limit_batches_are_in_flight():
    inflight: list[int] = []
    peak = [0]

    class Held:
        def __init__(self, batch):
            self.batch = batch
            inflight.append(1)
            peak[0] = max(peak[0], len(inflight))

        def result(self):
            inflight.pop()
            return self.batch

    out = list(ordered_results(([n] for n in range(20)), Held, lambda b: None, limit=3))
    assert out == list(range(20)) and peak[0] == 4  # limit in flight, and the one just submitted


def test_ready_holds_its_value():
    assert ready([1, 2]).result() == [1, 2]
