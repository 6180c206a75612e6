"""The Dask path on a LocalCluster: bags, DataFrames and `extract --dask`, compared with local results."""
from __future__ import annotations

import sys

import dask.bag as db  # make test installs the extra slogans[dask]
import dask.dataframe as dd
import pandas as pd
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

import slogans.dask as sdask
from slogans.cli import main


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def speeches(corpus):
    return [(p.relative_to(corpus).as_posix(), p.read_text(encoding="utf-8")) for p in sorted(corpus.rglob("*.txt"))]


def _local_records(extractor, pairs):
    return [r.as_record() for doc_id, text in pairs for r in extractor.count(text, doc_id)]


def test_extract_bag_of_pairs_and_dicts(client, extractor, speeches):
    expected = _local_records(extractor, speeches)
    bag = db.from_sequence(speeches, npartitions=3)
    assert sdask.extract_bag(bag).compute() == expected
    dicts = db.from_sequence([{"id": i, "text": t} for i, t in speeches], npartitions=2)
    assert sdask.extract_bag(dicts).compute() == expected


def test_extract_bag_of_texts_numbers_them_by_partition(client, extractor):
    texts = ["开展“两评一树”活动", "今天天气很好", "做到“五个好”", "牢固树立四个意识"]
    rows = sdask.extract_bag(db.from_sequence(texts, npartitions=2)).compute()
    assert [(r["document"], r["term"]) for r in rows] == [("0:0", "两评一树"), ("1:0", "五个好"), ("1:1", "四个意识")]


def test_frequency_table_equals_the_local_table(client, extractor, speeches):
    frame = pd.DataFrame({"doc": [i for i, _ in speeches], "body": [t for _, t in speeches]})
    ddf = dd.from_pandas(frame, npartitions=3)
    table = sdask.frequency_table(ddf, text="body", id="doc")
    assert list(table.columns) == ["document", "term", "kind", "count", "components", "components_source", "components_simplified",
                                   "components_json", "as_of", "as_of_source", "chars"]
    got = table.compute().reset_index(drop=True)
    local = extractor.frequency_table(speeches)
    assert len(got) == len(local) > 50
    assert _records(got) == _records(local)


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if not isinstance(v, list) and pd.isna(v) else v) for k, v in r.items()} for r in frame.to_dict(orient="records")]


def test_frequency_table_names_a_missing_column(client, speeches):
    ddf = dd.from_pandas(pd.DataFrame({"id": ["a"], "content": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        sdask.frequency_table(ddf)


def test_cli_on_a_running_scheduler_equals_the_local_run(client, corpus, tmp_path):
    address = client.scheduler.address
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01")
    local = CliRunner().invoke(main, ["extract", str(corpus), str(bad), "--workers", "1"])
    remote = CliRunner().invoke(main, ["extract", str(corpus), str(bad), "--dask", address])
    assert remote.exit_code == local.exit_code == 2
    assert remote.output == local.output
    assert f"error: {bad}: a binary file, not text" in remote.output
    out = tmp_path / "terms.parquet"
    result = CliRunner().invoke(main, ["extract", str(corpus), "--dask", address, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(out)) == len(local.output.splitlines()) - 1 - 1  # less the header and the error line


def test_cli_names_an_unreachable_scheduler(tmp_path, monkeypatch):
    monkeypatch.setattr(sdask, "CONNECT_TIMEOUT", 1)
    path = tmp_path / "a.txt"
    path.write_text("开展“两评一树”活动", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_missing_dask_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    path = tmp_path / "a.txt"
    path.write_text("开展“两评一树”活动", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--dask", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert 'pip install "slogans[dask]"' in result.output
    with pytest.raises(sdask.DaskMissing, match="slogans\\[dask\\]"):
        sdask.run_on_cluster([], sdask.ExtractorSettings(), "tcp://127.0.0.1:8786")


def test_cli_streams_large_files_in_the_client(client, corpus, monkeypatch):
    import slogans
    import slogans.io.stream

    local = CliRunner().invoke(main, ["extract", str(corpus), "--workers", "1"])
    monkeypatch.setattr(slogans.io.stream, "STREAM_ABOVE_BYTES", 30_000)  # the two largest speeches
    monkeypatch.setattr(slogans.io.stream, "PIECE_CHARS", 5_000)
    streamed = []
    real = slogans.Extractor.analyze_stream
    monkeypatch.setattr(slogans.Extractor, "analyze_stream", lambda *a, **k: streamed.append(a[2]) or real(*a, **k))
    remote = CliRunner().invoke(main, ["extract", str(corpus), "--dask", client.scheduler.address])
    assert remote.exit_code == local.exit_code == 0
    assert sorted(streamed) == ["000_880b41d3d6e7ffda.txt", "external/cpc19_report_2017.txt", "external/gov_report_2020.txt"]
    assert remote.output == local.output


def test_pending_files_are_read_by_the_client(client, extractor, corpus):
    from slogans.io.stream import PendingFile, iter_inputs

    pending = list(iter_inputs([corpus], defer_reading=True))
    assert pending and all(isinstance(i, PendingFile) for i in pending)
    remote = list(sdask.run_on_cluster(pending, sdask.ExtractorSettings(), client, extractor=extractor))
    local = list(sdask.run_on_cluster(iter_inputs([corpus]), sdask.ExtractorSettings(), client, extractor=extractor))
    assert [(r.document, r.terms) for r in remote] == [(r.document, r.terms) for r in local]
