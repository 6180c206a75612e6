"""Scale on unique documents: linear time and flat memory as the corpus grows, a 200 MB single line, cores.

    python benchmarks/scale.py [--reports PATH | --corpus DIR] [--sizes 1 2 4] [--line-mb 200]

The corpus is the reports (reports.jsonl, or the .txt files of --corpus) cut at paragraph ends into
pieces of about 1 KB, each piece once (see unique_corpus.py), dealt into --sizes[-1] / --sizes[0]
parts of about equal size: no document repeats within a size or between the parts, so no cache of
the extractor hits because a text repeats. Every figure comes from this one run:

- time at 1x, 2x and 4x (one part, two, all), through the CLI's path: files read one at a time, the
  pipeline, the table written to a CSV file. The folder nests the parts so that each smaller size is
  a folder of its own (part 3 lies in ``s2-001/s1-003/``); in each of --scale-rounds rounds every
  size goes once through all of it (four runs of a one-part folder, two of a two-part folder, one of
  the whole), each run by a fresh extractor (its caches empty; the dictionaries stay loaded), the
  order reversed every other round, so that the machine's drift hits every size alike. Target: time
  grows linearly, each size's time per run over 1x's within 15 % of the size ratio, judged on CPU
  time, the median of the rounds' ratios. Peak memory (ru_maxrss of a process that runs one size
  once): flat within 20 %.
- a single line of --line-mb MB (the pieces with their line ends removed, repeated), streamed in
  pieces in its own process: peak memory must stay well below the file's size (target: the
  growth over the warmed-up process under a quarter of the file's size).
- --workers 2 against --workers 1 over the largest size, in the same process, the two in turn in
  every round (the pool start included), the median of the rounds' ratios. Target: 1.6x on a
  machine with two free cores. "cores busy" is the CPU time of the process and its workers over
  the wall time: below 2, the machine did not give the run two cores.

Throughput against jieba.lcut is benchmarks/throughput.py. The output ends with a table: each
measure, its target, PASS or FAIL.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from unique_corpus import add_corpus_options, cut_pieces, documents_of, write_corpus  # noqa: E402


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a pool's workers, once shut down)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


# -- measured in child processes --------------------------------------------------------------
def _warm():
    """An extractor that has loaded what loads on first use (on a text of none of the documents)."""
    from throughput import WARM_UP

    from slogans import Extractor

    extractor = Extractor()
    extractor.count(WARM_UP, "warm-up")
    return extractor


def _fresh():
    """A new extractor (empty caches) in a process where the dictionaries are loaded already, its
    own tables built on a text of none of the documents."""
    from throughput import WARM_UP

    from slogans import Extractor

    extractor = Extractor()
    extractor.count(WARM_UP, "warm-up")
    return extractor


def _run_folder(extractor, folder: Path, target: Path, workers: int) -> int:
    """The CLI's path over ``folder``: read, extract, write the CSV table; the number of rows."""
    from slogans.errors import InputError
    from slogans.run.pipeline import ExtractorSettings, run
    from slogans.io.stream import iter_inputs
    from slogans.io.table_writer import TableWriter

    rows = 0
    with TableWriter(target, "csv") as table:
        for result in run(iter_inputs([folder], defer_reading=True), ExtractorSettings(), workers, extractor=extractor):
            if not isinstance(result, InputError):
                table.add(result.terms)
                rows += len(result.terms)
    return rows


def _runs(data: Path, copies: int) -> list[Path]:
    """The folders of ``data`` that hold ``copies`` parts each (see ``_make_folder``): every one a
    corpus of that size, one path as a user would give it."""
    level = sorted(p for p in data.glob(f"**/s{copies}-*") if p.is_dir())
    return level or [data]  # the largest size: the whole folder


def child_memory(data: Path, copies: int) -> dict:
    """Peak RSS of a warmed-up process that runs the CLI's path once over ``copies`` parts."""
    extractor = _warm()
    warm_rss = _rss_mb()
    rows = _run_folder(extractor, _runs(data, copies)[0], data.parent / "report-memory.csv", 1)
    return {"warm_rss_mb": warm_rss, "peak_rss_mb": _rss_mb(), "rows": rows}


def child_timing(data: Path, sizes: list[int], rounds: int) -> dict:
    """Per round and size: CPU and wall seconds per run (every size goes once through all of
    ``data``: four runs of one part, two of two, one of four), each run by a fresh extractor; and
    all of ``data`` with 1 and with 2 workers. The order is reversed every other round. One untimed
    pass over ``data`` first compiles what is compiled once per process (patterns of markers)."""
    _run_folder(_warm(), data, data.parent / "report.csv", 1)
    out: dict = {"cpu": [], "wall": [], "workers": [], "rows": []}
    for r in range(rounds):
        order = list(range(len(sizes)))[:: 1 if r % 2 == 0 else -1]
        cpu, wall = [0.0] * len(sizes), [0.0] * len(sizes)
        for i in order:
            rows = []
            for paths in _runs(data, sizes[i]):
                extractor = _fresh()
                start, cpu_start = time.perf_counter(), _cpu_seconds()
                rows.append(_run_folder(extractor, paths, data.parent / "report.csv", 1))
                cpu[i] += _cpu_seconds() - cpu_start
                wall[i] += time.perf_counter() - start
            cpu[i] /= len(rows)
            wall[i] /= len(rows)
            if r == 0:
                out["rows"].append(rows[0])
        out["cpu"].append(cpu)
        out["wall"].append(wall)
        pair = {}
        for n in ([1, 2] if r % 2 == 0 else [2, 1]):
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            _run_folder(_fresh(), data, data.parent / f"report-{n}.csv", n)
            pair[str(n)] = {"wall": time.perf_counter() - start, "cpu": _cpu_seconds() - cpu_start}
        out["workers"].append(pair)
    return out


def child_line(path: Path) -> dict:
    """Stream one huge single-line file; its time and the peak RSS over the warmed-up process."""
    from slogans.io.stream import TextFile, analyze_file

    extractor = _warm()
    warm_rss = _rss_mb()
    start = time.perf_counter()
    result = analyze_file(extractor, TextFile(path, path.name))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "warm_rss_mb": warm_rss, "peak_rss_mb": _rss_mb(), "rows": len(result.terms)}


def _child(kind: str, *args: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"child {kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run ----------------------------------------------------------------------------------
def _make_folder(pieces: list[tuple[str, str]], sizes: list[int], root: Path) -> tuple[Path, int]:
    """A folder of the unique ``pieces`` dealt into ``sizes[-1] // sizes[0]`` parts of about equal
    size, nested so that each smaller size is a folder of its own: for sizes 1, 2, 4, part 3 lies in
    ``s2-001/s1-003/``. The bytes of all parts."""
    parts = sizes[-1] // sizes[0]
    total = sum(len(text.encode("utf-8")) for _, text in pieces)
    folder = root / "corpus"
    size = 0
    for name, text in pieces:
        k = min(parts - 1, size * parts // total)  # the part this piece falls in, by the bytes before it
        nest = [f"s{s}-{k * sizes[0] // s:03d}" for s in reversed(sizes[:-1])]
        write_corpus([(name, text)], folder.joinpath(*nest))
        size += len(text.encode("utf-8"))
    return folder, size


def _make_line(pieces: list[tuple[str, str]], megabytes: float, path: Path) -> int:
    unit = "".join(text.replace("\r", "").replace("\n", "") for _, text in pieces)
    data = unit.encode("utf-8")
    size = 0
    with open(path, "wb") as fh:
        while size < megabytes * 1_000_000:
            fh.write(data)
            size += len(data)
    return size


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--line-mb", type=float, default=200.0, help="size of the single-line file (0: skip)")
    ap.add_argument("--scale-rounds", type=int, default=5, help="rounds over the sizes (and the workers)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "memory":
            print(json.dumps(child_memory(Path(rest[0]), int(rest[1]))))
        elif kind == "timing":
            print(json.dumps(child_timing(Path(rest[0]), [int(n) for n in rest[2:]], int(rest[1]))))
        else:
            print(json.dumps(child_line(Path(rest[0]))))
        return
    docs = documents_of(args)
    pieces = cut_pieces(docs, args.piece_bytes)

    rows: list[tuple[str, str, str, str]] = []
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="slogans-scale-") as tmp:
        root = Path(tmp)
        sizes = sorted(args.sizes)
        if any(b % a for a, b in zip(sizes, sizes[1:])):
            raise SystemExit(f"--sizes must each divide the next: {sizes}")
        data, nbytes = _make_folder(pieces, sizes, root)  # every size runs over these parts
        mbs = {copies: nbytes * copies / sizes[-1] / 1_000_000 for copies in sizes}
        memory = {copies: _child("memory", str(data), str(copies)) for copies in sizes}
        timing = _child("timing", str(data), str(args.scale_rounds), *map(str, sizes))
        for r, (cpu, wall) in enumerate(zip(timing["cpu"], timing["wall"]), 1):
            for i, copies in enumerate(sizes):
                mb = mbs[copies]
                print(f"round {r} {copies:>3}x  {mb:7.2f} MB  wall {wall[i]:6.3f} s ({mb / wall[i]:5.2f} MB/s)"
                      f"  CPU {cpu[i]:6.3f} s ({mb / cpu[i]:5.2f} MB/s)  ({timing['rows'][i]} rows)")
            pair = timing["workers"][r - 1]
            print(f"round {r} {sizes[-1]:>3}x  --workers 1: {pair['1']['wall']:.2f} s, --workers 2: {pair['2']['wall']:.2f} s"
                  f" ({pair['1']['wall'] / pair['2']['wall']:.2f}x, {pair['2']['cpu'] / pair['2']['wall']:.1f} cores busy)")
        for copies in sizes:
            print(f"{copies:>3}x  peak RSS {memory[copies]['peak_rss_mb']:5.0f} MB ({memory[copies]['rows']} rows)")

        base = sizes[0]
        for i, copies in enumerate(sizes[1:], 1):
            size_ratio = copies / base
            cpu = statistics.median(c[i] / c[0] for c in timing["cpu"])
            wall = statistics.median(w[i] / w[0] for w in timing["wall"])
            rows.append((f"time {copies}x / {base}x (CPU; wall)", f"{cpu:.2f}; {wall:.2f} (size ratio {size_ratio:.0f}; median of {len(timing['cpu'])})",
                         "CPU within 15 % of the size ratio", _verdict(abs(cpu / size_ratio - 1) <= 0.15)))
        peak = {copies: memory[copies]["peak_rss_mb"] for copies in sizes}
        for copies in sizes[1:]:
            mem = peak[copies] / peak[base]
            rows.append((f"peak RSS {copies}x / {base}x", f"{peak[copies]:.0f} / {peak[base]:.0f} MB = {mem:.2f}",
                         "within 20 %", _verdict(abs(mem - 1) <= 0.20)))
        top = sizes[-1]
        speedups = [pair["1"]["wall"] / pair["2"]["wall"] for pair in timing["workers"]]
        speedup = statistics.median(speedups)
        cores = statistics.median(pair["2"]["cpu"] / pair["2"]["wall"] for pair in timing["workers"])
        rows.append((f"--workers 2 / 1 ({top}x, wall)", f"{speedup:.2f}x (median of {len(speedups)}; {cores:.1f} cores busy)",
                     ">= 1.6x", _verdict(speedup >= 1.6)))
        shutil.rmtree(data)

        if args.line_mb > 0:
            line = root / "line.txt"
            nbytes = _make_line(pieces, args.line_mb, line)
            res = _child("line", str(line))
            mb = nbytes / 1_000_000
            grew = res["peak_rss_mb"] - res["warm_rss_mb"]
            print(f"single line {mb:.0f} MB: {res['seconds']:.1f} s ({mb / res['seconds']:.2f} MB/s), peak RSS {res['peak_rss_mb']:.0f} MB"
                  f" ({grew:.0f} MB over the warmed-up {res['warm_rss_mb']:.0f} MB), {res['rows']} rows")
            rows.append((f"single line of {mb:.0f} MB: RSS growth", f"{grew:.0f} MB (peak {res['peak_rss_mb']:.0f} MB)",
                         f"< {mb / 4:.0f} MB (a quarter of the file)", _verdict(grew < mb / 4)))

    width = [max(len(r[i]) for r in rows + [("measure", "value", "target", "result")]) for i in range(4)]
    print()
    for r in [("measure", "value", "target", "result"), tuple("-" * w for w in width), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, width)).rstrip())


if __name__ == "__main__":
    main()
