"""Throughput of the extractor, with each segmenter, against a full jieba.lcut pass over the same corpus, in one run.

The corpus is the shared speeches (annotated and external) repeated until it holds at least
--megabytes MB of UTF-8 text. All passes are timed in this process, after every extractor and
jieba have loaded their dictionaries and models; the ratios are what docs/explanation/speed.md reports.

    python benchmarks/throughput.py [--megabytes 5] [--rounds 3] [--segmenters jieba,pkuseg,none]

Each round takes the documents in blocks of about --block-mb MB and times, for each block,
jieba.lcut and then the extractor with each segmenter: the sides alternate about every second, so
that a slow moment of a shared machine (whose speed here drifts by a fifth within a minute) hits
all of them alike, while each runs long enough to work with its own data in the CPU caches.
A round's ratio is jieba's total time over the extractor's; the median ratio per segmenter over the
rounds is the figure to quote. The corpus repeats its documents, so the extractor's caches
(segmented windows, quoted shapes) hit as they would on a corpus that repeats its phrases.
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


#: CPU seconds of this process by default (both sides run single-threaded in it, so other
#: processes' load does not enter); ``--wall`` times wall-clock seconds instead.
_clock = time.process_time


def blocks_of(docs: list[str], megabytes: float) -> list[list[str]]:
    """``docs`` cut into consecutive blocks of about ``megabytes`` MB each."""
    out: list[list[str]] = [[]]
    size = 0
    for d in docs:
        if out[-1] and size >= megabytes * 1_000_000:
            out.append([])
            size = 0
        out[-1].append(d)
        size += len(d.encode("utf-8"))
    return out


def time_interleaved(
    docs: list[str], extractors: dict[str, Extractor], block_mb: float = 0.5,
) -> tuple[float, dict[str, float], dict[str, int]]:
    """Seconds of jieba.lcut and of each extractor over ``docs``, timed in turn block by block
    (jieba over a block of about ``block_mb`` MB, then each extractor over the same block), and
    each extractor's number of rows.

    Blocks of half a megabyte take each side about a second or less, so the machine's drift
    hits both alike, while each side runs long enough with its own data in the CPU caches (one
    document at a time, the extractor would always start after jieba has evicted them).
    """
    jieba_s = 0.0
    seconds = {name: 0.0 for name in extractors}
    rows = {name: 0 for name in extractors}
    for block in blocks_of(docs, block_mb):
        start = _clock()
        for d in block:
            jieba.lcut(d)
        jieba_s += _clock() - start
        for name, extractor in extractors.items():
            start = _clock()
            for i, d in enumerate(block):
                rows[name] += len(extractor.count(d, str(i)))
            seconds[name] += _clock() - start
    return jieba_s, seconds, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--megabytes", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds; the median ratio is reported")
    ap.add_argument("--segmenters", default="jieba,pkuseg,none", help="comma-separated (default: %(default)s)")
    ap.add_argument("--block-mb", type=float, default=0.5, help="MB timed on one side before the other (default: %(default)s)")
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
        jieba_s, seconds, rows = time_interleaved(docs, extractors, args.block_mb)
        line = f"round {r}: jieba.lcut {mb / jieba_s:6.2f} MB/s"
        for name in extractors:
            ratios[name].append(jieba_s / seconds[name])
            line += f"   {name} {mb / seconds[name]:6.2f} MB/s {ratios[name][-1]:5.1f}x ({rows[name]} rows)"
        print(line)
    for name, values in ratios.items():
        print(f"ratio (slogans --segmenter {name} / jieba.lcut throughput), median of {len(values)}: {statistics.median(values):.2f}x")

    # the same without repetition: each document once, by a fresh extractor whose caches are empty
    unique = list(dict.fromkeys(docs))
    umb = sum(len(d.encode("utf-8")) for d in unique) / 1_000_000
    for name in extractors:
        fresh = Extractor(segmenter=name)
        fresh.count("开展“两评一树”活动,做到五个好、三个月。", "load")  # loads dictionaries and models, caches stay cold
        jieba_s, seconds, _ = time_interleaved(unique, {name: fresh})
        slogans_s = seconds[name]
        print(f"cold caches, each of {len(unique)} documents once ({umb:.2f} MB): slogans --segmenter {name} "
              f"{umb / slogans_s:.2f} MB/s, jieba.lcut {umb / jieba_s:.2f} MB/s, ratio {jieba_s / slogans_s:.1f}x")


if __name__ == "__main__":
    main()
