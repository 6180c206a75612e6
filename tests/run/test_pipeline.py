"""The pipeline: inputs one at a time, in order, errors in place; the pool only where it pays."""
from __future__ import annotations

from pathlib import Path

import pytest

import slogans.run.parallel
import slogans.run.pipeline
from slogans import Document, InputError
from slogans.run.pipeline import ExtractorSettings, analyze_item, item_chars, run
from slogans.io.stream import PendingFile, TextFile, iter_inputs


def _items(corpus: Path) -> list:
    docs = [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(corpus.rglob("*.txt"))]
    return [docs[0], InputError("gone.txt", "no such file or folder"), *docs[1:], ("pair", "开展“两评一树”活动")]


def test_results_in_input_order_with_errors_in_place(extractor, corpus):
    items = _items(corpus)
    results = list(run(items, extractor=extractor))
    assert len(results) == len(items)
    assert results[1] is items[1]
    assert [r.document for r in results if not isinstance(r, InputError)] == [
        i.id if isinstance(i, Document) else i[0] for i in items if not isinstance(i, InputError)]
    assert results[0].terms == extractor.count(items[0].text, items[0].id)


def test_run_is_lazy(extractor):
    def endless():
        n = 0
        while True:
            n += 1
            yield (str(n), "开展“创先争优”活动。")

    results = run(endless(), extractor=extractor)
    assert [next(results).document for _ in range(3)] == ["1", "2", "3"]


def test_a_bad_large_file_becomes_its_error(extractor, tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"\xff" * 10)
    result = analyze_item(extractor, TextFile(path, "big.txt"))
    assert isinstance(result, InputError) and result.reason.startswith("cannot decode as UTF-8 at byte 0 (0xFF)")


def test_settings_build_an_extractor_with_the_users_files(tmp_path):
    lex = tmp_path / "mine.yaml"
    lex.write_text("entries:\n  - term: 三进三同\n    kind: numbered\n    source: 某县委, 2012\n    level: local\n"
                   "    components: [进村, 进户, 进田, 同吃, 同住, 同劳动]\n", encoding="utf-8")
    settings = ExtractorSettings(lexicon=(str(lex),))
    assert [r.term for r in settings.build().count("干部要三进三同。", "d")] == ["三进三同"]
    assert hash(settings) == hash(ExtractorSettings(lexicon=(str(lex),)))  # a key for per-worker caches


def test_workers_give_the_same_results_in_the_same_order(extractor, corpus, monkeypatch):
    calls = []
    real = slogans.run.parallel.run_parallel

    def spy(*args, **kwargs):
        calls.append(args[2])
        yield from real(*args, **kwargs)

    monkeypatch.setattr(slogans.run.parallel, "run_parallel", spy)
    monkeypatch.setattr(slogans.run.pipeline, "POOL_MIN_CHARS", 0)
    monkeypatch.setattr(slogans.run.parallel, "BATCH_DOCS", 2)  # several batches in flight
    items = _items(corpus) * 2
    one = list(run(items, extractor=extractor, workers=1))
    two = list(run(items, ExtractorSettings(), workers=2, extractor=extractor))
    assert calls == [2]
    assert [r.document if not isinstance(r, InputError) else str(r) for r in two] == [
        r.document if not isinstance(r, InputError) else str(r) for r in one]
    assert [r.terms for r in two if not isinstance(r, InputError)] == [r.terms for r in one if not isinstance(r, InputError)]


def test_a_small_input_stays_in_this_process(extractor, monkeypatch):
    monkeypatch.setattr(slogans.run.parallel, "run_parallel", lambda *a, **k: pytest.fail("the pool was started"))
    results = list(run([("a", "开展“创先争优”活动")] * 10, workers=4, extractor=extractor))
    assert len(results) == 10


def test_item_chars():
    assert item_chars(Document("a", "四个字啊")) == 4
    assert item_chars(("a", "两字")) == 2
    assert item_chars(InputError("a", "b")) == 0
    assert item_chars(TextFile(Path("x"), "x")) >= slogans.run.pipeline.POOL_MIN_CHARS


def test_iter_inputs_then_run(extractor, corpus, tmp_path):
    results = list(run(iter_inputs([corpus, tmp_path / "nope.txt"]), extractor=extractor))
    assert isinstance(results[-1], InputError)
    assert {r.document for r in results[:-1]} >= {"000_880b41d3d6e7ffda.txt", "external/cpc19_report_2017.txt"}


def test_pending_files_are_read_where_analysed_with_errors_in_place(extractor, corpus, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff" * 10)
    pending = list(iter_inputs([corpus, bad], defer_reading=True))
    assert all(isinstance(i, PendingFile) for i in pending)
    read = list(iter_inputs([corpus, bad]))
    results, expected = list(run(pending, extractor=extractor)), list(run(read, extractor=extractor))
    assert [str(r) if isinstance(r, InputError) else (r.document, r.terms, r.meta) for r in results] == [
        str(r) if isinstance(r, InputError) else (r.document, r.terms, r.meta) for r in expected]
    assert isinstance(results[-1], InputError) and results[-1].path == str(bad)


def test_pending_files_in_a_pool_give_the_local_results(extractor, corpus, monkeypatch):
    monkeypatch.setattr(slogans.run.pipeline, "POOL_MIN_CHARS", 0)
    pending = list(iter_inputs([corpus], defer_reading=True))
    local = list(run(iter_inputs([corpus]), extractor=extractor))
    pooled = list(run(pending, ExtractorSettings(), workers=2, extractor=extractor))
    assert [(r.document, r.terms) for r in pooled] == [(r.document, r.terms) for r in local]


def test_item_chars_of_a_pending_file_is_about_its_characters(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("两评一树" * 300, encoding="utf-8")
    assert item_chars(PendingFile(path, "a.txt")) == 1200
    assert item_chars(PendingFile(tmp_path / "gone.txt", "gone.txt")) == 0
