"""Throughput of the extractor against a full jieba.lcut pass over the same corpus, in one run.

The corpus is the shared speeches (annotated and external) repeated until it holds at least
--megabytes MB of UTF-8 text. Both are timed in this process, one after the other, after
both have loaded their dictionaries; the ratio is what the README reports.

    python benchmarks/throughput.py [--megabytes 5] [--rounds 3] [--corpus ../shared/corpus]

The two passes alternate for --rounds rounds, so that a slow moment of a shared machine
hits both; the median ratio is the figure to quote.
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


def time_jieba(docs: list[str]) -> float:
    """Seconds for a full jieba.lcut pass over ``docs``."""
    start = time.perf_counter()
    for d in docs:
        jieba.lcut(d)
    return time.perf_counter() - start


def time_slogans(extractor: Extractor, docs: list[str]) -> tuple[float, int]:
    """Seconds for the extractor's frequency table of every document, and the number of rows."""
    start = time.perf_counter()
    rows = 0
    for i, d in enumerate(docs):
        rows += len(extractor.count(d, str(i)))
    return time.perf_counter() - start, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--megabytes", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds; the median ratio is reported")
    args = ap.parse_args()
    docs = load_corpus(args.corpus, args.megabytes)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000

    extractor = Extractor()
    extractor.count(docs[0], "warm-up")  # loads jieba's dictionary inside the extractor
    jieba.initialize()

    print(f"corpus: {len(docs)} documents, {mb:.1f} MB")
    ratios: list[float] = []
    for r in range(1, args.rounds + 1):
        jieba_s = time_jieba(docs)
        slogans_s, rows = time_slogans(extractor, docs)
        ratios.append(jieba_s / slogans_s)
        print(f"round {r}: jieba.lcut {mb / jieba_s:6.2f} MB/s   slogans {mb / slogans_s:6.2f} MB/s"
              f"   ratio {ratios[-1]:5.1f}x   ({rows} table rows)")
    print(f"ratio (slogans / jieba.lcut throughput), median of {len(ratios)}: {statistics.median(ratios):.1f}x")


if __name__ == "__main__":
    main()
