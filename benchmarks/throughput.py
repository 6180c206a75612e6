"""Throughput on unique documents against jieba.lcut: whole process and in process, in one run.

Two corpora, every document once (see unique_corpus.py), generated into a temporary folder:

- reports: the 62 national reports of reports.jsonl (4.1 MB), one file each, or the .txt files of
  ``--corpus DIR``;
- pieces: the same texts cut at paragraph ends into pieces of about 1 KB, each piece once.

Whole process: ``slogans extract DIR --workers 1 -o report.csv`` against a ``python -c`` that reads
the same files and runs ``jieba.lcut`` over each, both as child processes, timed in CPU seconds
(user + system) of the child, start-up included; --runs times each, the two in turn, the medians.

In process: the Extractor and jieba, both loaded first, then the two in turn over blocks of about
--block-mb MB of the same documents (the machine's speed drifts: both sides see the same moments);
--rounds rounds, each with a fresh Extractor (no cache holds a document seen before), the medians
of MB/s and of the ratio.

    python benchmarks/throughput.py [--reports PATH | --corpus DIR] [--runs 3] [--rounds 3]

Prints one table; the ratio is jieba.lcut's time over the extractor's (above 1: slogans is faster).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from unique_corpus import add_corpus_options, corpora_of, megabytes, write_corpus  # noqa: E402

#: What the jieba side of the whole-process measure runs: read every file, jieba.lcut each.
JIEBA_PROGRAM = (
    "import sys, pathlib, jieba\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
    "    jieba.lcut(p.read_text(encoding='utf-8'))\n"
)


#: A text that takes every stage that loads something on first use (dictionaries, tags, marker patterns).
WARM_UP = (
    "会议要求，坚持“发展新质生产力推动高质量发展”，落实“四个全面”战略布局。\n"
    "实施三项工程：一是建设甲工程；二是建设乙工程；三是建设丙工程。做好五个方面的工作，即甲、乙、丙、丁、戊。\n"
)


def slogans_command(folder: Path, output: Path, segmenter: str) -> list[str]:
    """The command line of ``slogans extract`` over ``folder`` with one worker (this Python's)."""
    script = Path(sys.executable).with_name("slogans")
    head = [str(script)] if script.exists() else [sys.executable, "-c", "from slogans.cli import main; main()"]
    return [*head, "extract", str(folder), "--workers", "1", "--segmenter", segmenter, "-o", str(output)]


def jieba_command(folder: Path) -> list[str]:
    """The command line of the jieba.lcut pass over ``folder``."""
    return [sys.executable, "-c", JIEBA_PROGRAM, str(folder)]


def child_cpu_seconds(command: list[str]) -> float:
    """CPU seconds (user + system) of one child process that runs ``command`` to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(command[:3])} … failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def whole_process(folder: Path, output: Path, segmenter: str, runs: int) -> tuple[float, float]:
    """Median CPU seconds of ``slogans extract`` and of the jieba.lcut pass over ``folder``, each run
    ``runs`` times, the two in turn (the order swapped every other run)."""
    ours: list[float] = []
    theirs: list[float] = []
    for r in range(runs):
        pair: list[tuple[list[float], list[str]]] = [
            (ours, slogans_command(folder, output, segmenter)), (theirs, jieba_command(folder))
        ]
        for into, command in pair if r % 2 == 0 else pair[::-1]:
            into.append(child_cpu_seconds(command))
    return statistics.median(ours), statistics.median(theirs)


def blocks_of(texts: list[str], block_mb: float) -> list[list[str]]:
    """``texts`` cut into consecutive blocks of about ``block_mb`` MB each."""
    out: list[list[str]] = [[]]
    size = 0
    for t in texts:
        if out[-1] and size >= block_mb * 1_000_000:
            out.append([])
            size = 0
        out[-1].append(t)
        size += len(t.encode("utf-8"))
    return out


def in_process(texts: list[str], analyse: Callable[[str, int], Any], segment: Callable[[str], Any], block_mb: float) -> tuple[float, float]:
    """CPU seconds of ``analyse`` and of ``segment`` over ``texts``, the two in turn block by block."""
    ours = theirs = 0.0
    for block in blocks_of(texts, block_mb):
        start = time.process_time()
        for t in block:
            segment(t)
        theirs += time.process_time() - start
        start = time.process_time()
        for n, t in enumerate(block):
            analyse(t, n)
        ours += time.process_time() - start
    return ours, theirs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--runs", type=int, default=3, help="whole-process runs of each side (default: %(default)s)")
    ap.add_argument("--rounds", type=int, default=3, help="in-process rounds (default: %(default)s)")
    ap.add_argument("--block-mb", type=float, default=0.5, help="MB timed on one side before the other (default: %(default)s)")
    ap.add_argument("--segmenter", default="jieba", choices=("jieba", "pkuseg", "none"))
    args = ap.parse_args()

    corpora = corpora_of(args)
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="slogans-throughput-") as tmp:
        folders = {name: write_corpus(d, Path(tmp) / f"corpus{i}") for i, (name, d) in enumerate(corpora.items())}
        whole = {name: whole_process(folder, Path(tmp) / "report.csv", args.segmenter, args.runs) for name, folder in folders.items()}

    import jieba

    from slogans import Extractor

    def fresh() -> Extractor:
        """An extractor whose caches are empty; what loads on first use is loaded (on a text of none of the documents)."""
        extractor = Extractor(segmenter=args.segmenter)
        extractor.count(WARM_UP, "warm-up")
        return extractor

    fresh()
    jieba.initialize()
    for name, d in corpora.items():
        mb = megabytes(d)
        texts = [text for _, text in d]
        ours_s: list[float] = []
        theirs_s: list[float] = []
        for _ in range(args.rounds):  # each round a fresh extractor: no cache holds a document of the round before
            extractor = fresh()
            ours, theirs = in_process(texts, lambda t, n: extractor.count(t, str(n)), jieba.lcut, args.block_mb)
            ours_s.append(ours)
            theirs_s.append(theirs)
        ratio = statistics.median(t / o for o, t in zip(ours_s, theirs_s))
        slogans_cpu, jieba_cpu = whole[name]
        rows.append((
            name, str(len(d)), f"{mb:.2f}", f"{slogans_cpu:.2f}", f"{jieba_cpu:.2f}", f"{jieba_cpu / slogans_cpu:.1f}x",
            f"{mb / statistics.median(ours_s):.1f}", f"{mb / statistics.median(theirs_s):.2f}", f"{ratio:.1f}x",
            f"{statistics.median(ours_s) / len(d) * 1e6:.0f}",
        ))

    header = ("corpus", "documents", "MB", "whole: slogans CPU s", "jieba.lcut CPU s", "ratio",
              "in process: slogans MB/s", "jieba.lcut MB/s", "ratio", "slogans µs/document")
    print(f"whole process: medians of {args.runs} runs; in process: medians of {args.rounds} rounds; --segmenter {args.segmenter}")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(header))) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
