"""Throughput of the extractor, with each segmenter, against a full jieba.lcut pass over the same corpus, in one run.

The corpus is the shared speeches (annotated and external) repeated until it holds at least
--megabytes MB of UTF-8 text. All passes are timed in this process, after every extractor and
jieba have loaded their dictionaries and models; the ratios are what the README reports.

    python benchmarks/throughput.py [--megabytes 5] [--rounds 3] [--segmenters jieba,pkuseg,none]

Each round times jieba.lcut, then the extractor with each segmenter, so that a slow moment of a
shared machine hits all of them; the median ratio per segmenter is the figure to quote. The
corpus repeats its documents, so the extractor's caches (segmented windows, quoted shapes) hit
as they would on a corpus that repeats its phrases.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import jieba

from slogans import Extractor

HERE = Path(__file__).resolve().parent


def load_corpus(folder: Path, megabytes: float) -> list[str]:
    """The speeches under ``folder`` repeated to at least ``megabytes`` MB."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files under {folder}")
    docs: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for t in texts:
            docs.append(t)
            size += len(t.encode("utf-8"))
    return docs


#: CPU seconds of this process by default (both sides run single-threaded in it, so a shared
#: machine's other load and steal time do not enter); ``--wall`` times wall-clock seconds instead.
_clock = time.process_time


def time_jieba(docs: list[str]) -> float:
    """Seconds for a full jieba.lcut pass over ``docs``."""
    start = _clock()
    for d in docs:
        jieba.lcut(d)
    return _clock() - start


def time_slogans(extractor: Extractor, docs: list[str]) -> tuple[float, int]:
    """Seconds for the extractor's frequency table of every document, and the number of rows."""
    start = _clock()
    rows = 0
    for i, d in enumerate(docs):
        rows += len(extractor.count(d, str(i)))
    return _clock() - start, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--megabytes", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds; the median ratio is reported")
    ap.add_argument("--segmenters", default="jieba,pkuseg,none", help="comma-separated (default: %(default)s)")
    ap.add_argument("--wall", action="store_true", help="time wall-clock seconds instead of this process's CPU seconds")
    args = ap.parse_args()
    if args.wall:
        global _clock
        _clock = time.perf_counter
    docs = load_corpus(args.corpus, args.megabytes)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000

    extractors = {name: Extractor(segmenter=name) for name in args.segmenters.split(",") if name}
    for extractor in extractors.values():
        extractor.count(docs[0], "warm-up")  # loads the dictionaries (and pkuseg's model) inside the extractor
    jieba.initialize()

    print(f"corpus: {len(docs)} documents, {mb:.1f} MB; timing {'wall-clock' if args.wall else 'CPU'} seconds")
    ratios: dict[str, list[float]] = {name: [] for name in extractors}
    for r in range(1, args.rounds + 1):
        jieba_s = time_jieba(docs)
        line = f"round {r}: jieba.lcut {mb / jieba_s:6.2f} MB/s"
        for name, extractor in extractors.items():
            slogans_s, rows = time_slogans(extractor, docs)
            ratios[name].append(jieba_s / slogans_s)
            line += f"   {name} {mb / slogans_s:6.2f} MB/s {ratios[name][-1]:5.1f}x ({rows} rows)"
        print(line)
    for name, values in ratios.items():
        print(f"ratio (slogans --segmenter {name} / jieba.lcut throughput), median of {len(values)}: {statistics.median(values):.2f}x")

    # the same without repetition: each document once, by a fresh extractor whose caches are empty
    unique = list(dict.fromkeys(docs))
    umb = sum(len(d.encode("utf-8")) for d in unique) / 1_000_000
    jieba_s = time_jieba(unique)
    for name in extractors:
        fresh = Extractor(segmenter=name)
        fresh.count("开展“两评一树”活动,做到五个好、三个月。", "load")  # loads dictionaries and models, caches stay cold
        slogans_s, _ = time_slogans(fresh, unique)
        print(f"cold caches, each of {len(unique)} documents once ({umb:.2f} MB): slogans --segmenter {name} "
              f"{umb / slogans_s:.2f} MB/s, jieba.lcut {umb / jieba_s:.2f} MB/s, ratio {jieba_s / slogans_s:.1f}x")


if __name__ == "__main__":
    main()
