"""Corpora beyond one machine: the extractor on Dask (``pip install "slogans[dask]"``).

- ``extract_bag(bag)``: a dask Bag of texts, (id, text) pairs or {"id": …, "text": …} dicts →
  a Bag of row dicts with the output contract's columns.
- ``frequency_table(ddf, text="text", id="id")``: a dask DataFrame with a text and an id column →
  a dask DataFrame of the long table (``map_partitions``; each partition sorted as the contract says).
- ``run_on_cluster(items, settings, address)``: what ``slogans extract --dask ADDRESS`` runs. The
  client reads the files and sends the documents in batches, so the workers need not see the
  client's files (no shared filesystem is assumed); a file too large to send (stream.TextFile) is
  analysed by the client itself, in pieces. Results come back in input order.

Each worker process builds one Extractor per settings and keeps it. The work holds the GIL, so
run workers with one thread each (``dask worker --nthreads 1``, ``LocalCluster(threads_per_worker=1)``)
and as many processes as cores.

Example:
    >>> import dask.bag as db                                     # doctest: +SKIP
    >>> from slogans.dask import extract_bag                        # doctest: +SKIP
    >>> extract_bag(db.from_sequence([("a", "开展“两评一树”活动")])).compute()[0]["term"]  # doctest: +SKIP
    '两评一树'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence, Union

import pandas as pd

from slogans.api import Extractor
from slogans.model import InputItem, TermCount, as_input_item
from slogans.run.work import ExtractorSettings, Item, Outcome, analyze_item
from slogans.io.report import frequency_frame

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

_EXTRA = 'the Dask support needs the extra: pip install "slogans[dask]" (dask and distributed)'
#: Column types of frequency_table's partitions.
META_DTYPES = {
    "document": object, "term": object, "kind": object, "count": "int64", "components": object, "components_source": object,
    "components_simplified": object, "components_json": object, "as_of": "Int64", "as_of_source": object, "chars": "Int64",
}
#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = 20
#: Batches in flight per worker thread for run_on_cluster (each up to parallel.BATCH_CHARS characters).
INFLIGHT_PER_THREAD = 2

_EXTRACTORS: dict[ExtractorSettings, Extractor] = {}  # per worker process


class DaskMissing(ImportError):
    """dask or distributed is not installed."""


class SchedulerUnreachable(ConnectionError):
    """No Dask scheduler answers at the address given."""


def _require(*modules: str) -> None:
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise DaskMissing(f"{_EXTRA}; missing: {exc.name or name}") from None


def _settings(settings: Optional[ExtractorSettings], rules: Sequence[str], lexicon: Sequence[str]) -> ExtractorSettings:
    return settings or ExtractorSettings(tuple(map(str, rules)), tuple(map(str, lexicon)))


def worker_extractor(settings: ExtractorSettings) -> Extractor:
    """This process's Extractor for ``settings``, built on first use."""
    extractor = _EXTRACTORS.get(settings)
    if extractor is None:
        extractor = _EXTRACTORS[settings] = settings.build()
    return extractor


# -- bags -------------------------------------------------------------------------------------
def _as_pair(item: Any, partition: int, index: int) -> tuple[str, str]:
    if isinstance(item, str):
        return f"{partition}:{index}", item
    if isinstance(item, dict):
        return str(item["id"]), item["text"]
    doc_id, text = item
    return str(doc_id), text


def _bag_partition(items: Iterable[Any], partition: int, settings: ExtractorSettings) -> list[dict[str, Any]]:
    extractor = worker_extractor(settings)
    rows: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        doc_id, text = _as_pair(item, partition, index)
        rows.extend(r.as_record() for r in extractor.count(text, doc_id))
    return rows


def extract_bag(
    bag: "dask.bag.Bag", rules: Sequence[str] = (), lexicon: Sequence[str] = (), settings: Optional[ExtractorSettings] = None,
) -> "dask.bag.Bag":
    """The rows of every document of ``bag`` as dicts (document, term, kind, count, components,
    components_source), document by document in bag order. Items are texts (id
    "partition:index"), (id, text) pairs or dicts with "id" and "text"."""
    _require("dask.bag")
    import dask.bag as db
    from dask import delayed

    settings = _settings(settings, rules, lexicon)
    parts = bag.to_delayed()
    return db.from_delayed([delayed(_bag_partition)(part, k, settings) for k, part in enumerate(parts)])


# -- data frames ------------------------------------------------------------------------------
def _empty_table() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in META_DTYPES.items()})


def _frame_partition(part: pd.DataFrame, text: str, id: str, settings: ExtractorSettings) -> pd.DataFrame:
    extractor = worker_extractor(settings)
    rows: list[TermCount] = []
    for doc_id, body in zip(part[id], part[text]):
        if isinstance(body, str):
            rows.extend(extractor.count(body, str(doc_id)))
    if not rows:
        return _empty_table()
    return frequency_frame(rows).astype(META_DTYPES)


def frequency_table(
    ddf: "dask.dataframe.DataFrame", text: str = "text", id: str = "id",
    rules: Sequence[str] = (), lexicon: Sequence[str] = (), settings: Optional[ExtractorSettings] = None,
) -> "dask.dataframe.DataFrame":
    """The long frequency table of the documents in ``ddf`` (text in column ``text``, document id
    in column ``id``): one partition of rows per partition of documents, each sorted by document,
    count (descending) and term. A missing text gives no rows."""
    _require("dask.dataframe")
    for column in (text, id):
        if column not in ddf.columns:
            raise KeyError(f"no column '{column}' in the data frame (columns: {', '.join(map(str, ddf.columns))})")
    settings = _settings(settings, rules, lexicon)
    return ddf.map_partitions(_frame_partition, text, id, settings, meta=_empty_table(), align_dataframes=False)


# -- whole runs -------------------------------------------------------------------------------
def _work(batch: list[Item], settings: ExtractorSettings, with_mentions: bool) -> list[Outcome]:
    extractor = worker_extractor(settings)
    return [analyze_item(extractor, item, with_mentions) for item in batch]


def _read_here(items: Iterable[Item]) -> Iterator[InputItem]:
    """``items`` with every file to read read here, on the client: the cluster may not see its files."""
    for item in items:
        yield as_input_item(item).loaded()


def run_on_cluster(
    items: Iterable[Item],
    settings: ExtractorSettings,
    address: Union[str, Any],
    extractor: Optional[Extractor] = None,
    with_mentions: bool = False,
) -> Iterator[Outcome]:
    """The result of each input in input order, computed on the Dask cluster at ``address`` (a
    scheduler address such as tcp://10.0.0.5:8786, or a distributed.Client)."""
    _require("dask", "distributed")
    from distributed import Client

    from slogans.run.ordered import ordered_results
    from slogans.run.parallel import batches

    own = not isinstance(address, Client)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT) if own else address
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address}: {exc}") from None

    local = [extractor]

    def here(batch: list[InputItem]) -> Optional[list[Outcome]]:
        """A file to stream (too large to send) or a batch of errors is done on the client."""
        if not batch[0].streamed and any(item.needs_analysis for item in batch):
            return None
        local[0] = local[0] or settings.build()
        return [analyze_item(local[0], i, with_mentions) for i in batch]

    def generate() -> Iterator[Outcome]:
        try:
            threads = sum(client.nthreads().values()) or 1
            yield from ordered_results(
                batches(_read_here(items)), lambda batch: client.submit(_work, batch, settings, with_mentions, pure=False),
                here, threads * INFLIGHT_PER_THREAD,
            )
        finally:
            if own:
                client.close()

    return generate()
