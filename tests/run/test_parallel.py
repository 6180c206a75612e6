"""The process pool: batches, ordered results, workers that build their Extractor once."""
from __future__ import annotations

import os
from pathlib import Path

import slogans.run.parallel as parallel
from slogans import Document, InputError
from slogans.run.pipeline import ExtractorSettings
from slogans.io.stream import TextFile


def test_default_workers_are_the_usable_cores():
    n = parallel.default_workers()
    assert 1 <= n <= (os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        assert n == len(os.sched_getaffinity(0))


def test_batches_are_bounded_and_keep_order():
    items = [Document(str(i), "字" * 100) for i in range(10)]
    big = TextFile(Path("big.txt"), "big.txt")
    out = list(parallel.batches(items[:5] + [big] + items[5:], max_chars=250, max_docs=2))
    assert [[getattr(i, "id", None) for i in b] for b in out] == [
        ["0", "1"], ["2", "3"], ["4"], ["big.txt"], ["5", "6"], ["7", "8"], ["9"]]
    assert all(sum(len(i.text) for i in b if isinstance(i, Document)) <= 300 for b in out)


def test_a_worker_builds_its_extractor_once_and_reuses_it():
    settings = ExtractorSettings()
    parallel._init(settings)
    first = parallel._EXTRACTOR
    out = parallel._work([Document("a", "开展“两评一树”活动"), InputError("b", "gone")], False)
    out2 = parallel._work([("c", "五个好")], False)
    assert parallel._EXTRACTOR is first
    assert [r.terms[0].term for r in (out[0], out2[0])] == ["两评一树", "五个好"]
    assert out[1].path == "b"


def test_pool_results_equal_in_process_results(extractor, corpus, tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    big = tmp_path / "big.txt"
    big.write_text(texts[0] * 3, encoding="utf-8")
    items = [Document(f"d{i}", t) for i, t in enumerate(texts)] + [InputError("x", "gone"), TextFile(big, "big")]
    results = list(parallel.run_parallel(items, ExtractorSettings(), 2, extractor))
    assert [getattr(r, "document", None) for r in results] == [f"d{i}" for i in range(len(texts))] + [None, "big"]
    assert [r.terms for r in results[:len(texts)]] == [extractor.count(t, f"d{i}") for i, t in enumerate(texts)]
    assert isinstance(results[-2], InputError)
    assert results[-1].terms == extractor.count(texts[0] * 3, "big")


def test_input_errors_survive_the_trip_between_processes():
    import pickle

    err = pickle.loads(pickle.dumps(InputError("a.txt", "the file is empty")))
    assert (err.path, err.reason, str(err)) == ("a.txt", "the file is empty", "a.txt: the file is empty")
