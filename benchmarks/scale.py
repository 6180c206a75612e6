"""Scale: linear time and flat memory as the corpus grows, a 200 MB single line, cores, and jieba.

    python benchmarks/scale.py [--corpus ../shared/corpus] [--sizes 1 10 50] [--line-mb 200] [--jieba-mb 5]

Every figure comes from this one run:

- time at 1x, 10x and 50x the shared corpus, through the CLI's path: files read one at a time,
  the pipeline, the table written to a CSV file. One folder holds 50 copies of every speech, in
  subfolders of 10 copies and those in subfolders of one; in each of --scale-rounds rounds every
  size goes once through all of it (fifty runs of a one-copy folder, five of a ten-copy folder,
  one of the whole), so each size reads the same files for about the same
  time, one after the other, the order reversed every other round: the machine's drift (a fifth,
  here, within a minute) hits every size alike. All in one warmed-up process. Target: time grows
  linearly, each size's time per run over 1x's within 15 % of the size ratio, judged on CPU time
  (which other jobs disturb less than wall time), the median of the rounds' ratios. Peak memory
  (ru_maxrss of a process that runs one size once): flat within 20 %.
- a single line of --line-mb MB (the corpus with its line ends removed, repeated), streamed in
  pieces in its own process: peak memory must stay well below the file's size (target: the
  growth over the warmed-up process under a quarter of the file's size).
- --workers 2 against --workers 1 over the largest size, in the same process, the two in turn in
  every round (the pool start included), the median of the rounds' ratios. Target: 1.6x on a
  machine with two free cores.
  "cores busy" is the CPU time of the process and its workers over the wall time: below 2, the
  machine did not give the run two cores.
- throughput against a full jieba.lcut pass (benchmarks/throughput.py: jieba and the extractor
  timed in turn on each half megabyte, the median of the rounds' ratios). Target: 10x.

The output ends with a table: each measure, its target, PASS or FAIL.
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


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a pool's workers, once shut down)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


# -- measured in child processes --------------------------------------------------------------
def _warm(corpus: Path):
    from slogans.run.pipeline import run
    from slogans.io.stream import iter_inputs
    from slogans import Extractor

    extractor = Extractor()
    for _ in run(iter_inputs([corpus]), extractor=extractor):
        pass
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
    """The folders of ``data`` that hold ``copies`` copies each (see ``_make_folder``): every one a
    corpus of that size, one path as a user would give it."""
    level = sorted(p for p in data.glob(f"**/s{copies}-*") if p.is_dir())
    return level or [data]  # the largest size: the whole folder


def child_memory(corpus: Path, data: Path, copies: int) -> dict:
    """Peak RSS of a warmed-up process that runs the CLI's path once over ``copies`` copies."""
    extractor = _warm(corpus)
    warm_rss = _rss_mb()
    rows = _run_folder(extractor, _runs(data, copies)[0], data.parent / "report-memory.csv", 1)
    return {"warm_rss_mb": warm_rss, "peak_rss_mb": _rss_mb(), "rows": rows}


def child_timing(corpus: Path, data: Path, sizes: list[int], rounds: int) -> dict:
    """Per round and size: CPU and wall seconds per run (every size goes once through all of
    ``data``: fifty runs of one copy, five of ten, one of fifty); and all of ``data`` with 1 and
    with 2 workers. The order is reversed every other round."""
    extractor = _warm(corpus)
    out: dict = {"cpu": [], "wall": [], "workers": [], "rows": []}
    for r in range(rounds):
        order = list(range(len(sizes)))[:: 1 if r % 2 == 0 else -1]
        cpu, wall = [0.0] * len(sizes), [0.0] * len(sizes)
        for i in order:
            runs = _runs(data, sizes[i])
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            rows = [_run_folder(extractor, paths, data.parent / "report.csv", 1) for paths in runs]
            cpu[i] = (_cpu_seconds() - cpu_start) / len(runs)
            wall[i] = (time.perf_counter() - start) / len(runs)
            if r == 0:
                out["rows"].append(rows[0])
        out["cpu"].append(cpu)
        out["wall"].append(wall)
        pair = {}
        for n in ([1, 2] if r % 2 == 0 else [2, 1]):
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            _run_folder(extractor, data, data.parent / f"report-{n}.csv", n)
            pair[str(n)] = {"wall": time.perf_counter() - start, "cpu": _cpu_seconds() - cpu_start}
        out["workers"].append(pair)
    return out


def child_line(corpus: Path, path: Path) -> dict:
    """Stream one huge single-line file; its time and the peak RSS over the warmed-up process."""
    from slogans.io.stream import TextFile, analyze_file

    extractor = _warm(corpus)
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
def _make_folder(corpus: Path, sizes: list[int], root: Path) -> tuple[Path, int]:
    """A folder of ``sizes[-1]`` copies of the corpus, nested so that each smaller size is a folder
    of its own: for sizes 1, 10, 50, copy 17 lies in ``s10-001/s1-017/``. The bytes of all copies."""
    folder = root / "corpus"
    size = 0
    files = sorted(corpus.rglob("*.txt"))
    for k in range(sizes[-1]):
        nest = [f"s{s}-{k // s:03d}" for s in reversed(sizes[:-1])]
        for f in files:
            dest = folder.joinpath(*nest) / f.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, dest)
            size += f.stat().st_size
    return folder, size


def _make_line(corpus: Path, megabytes: float, path: Path) -> int:
    unit = "".join(p.read_text(encoding="utf-8").replace("\r", "").replace("\n", "") for p in sorted(corpus.rglob("*.txt")))
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
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    ap.add_argument("--line-mb", type=float, default=200.0, help="size of the single-line file (0: skip)")
    ap.add_argument("--jieba-mb", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds against jieba.lcut")
    ap.add_argument("--scale-rounds", type=int, default=7, help="rounds over the sizes (and the workers)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "memory":
            print(json.dumps(child_memory(args.corpus, Path(rest[0]), int(rest[1]))))
        elif kind == "timing":
            print(json.dumps(child_timing(args.corpus, Path(rest[0]), [int(n) for n in rest[2:]], int(rest[1]))))
        else:
            print(json.dumps(child_line(args.corpus, Path(rest[0]))))
        return

    rows: list[tuple[str, str, str, str]] = []
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="slogans-scale-") as tmp:
        root = Path(tmp)
        sizes = sorted(args.sizes)
        if any(b % a for a, b in zip(sizes, sizes[1:])):
            raise SystemExit(f"--sizes must each divide the next: {sizes}")
        data, nbytes = _make_folder(args.corpus, sizes, root)  # every size runs over these copies
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
            nbytes = _make_line(args.corpus, args.line_mb, line)
            res = _child("line", str(line))
            mb = nbytes / 1_000_000
            grew = res["peak_rss_mb"] - res["warm_rss_mb"]
            print(f"single line {mb:.0f} MB: {res['seconds']:.1f} s ({mb / res['seconds']:.2f} MB/s), peak RSS {res['peak_rss_mb']:.0f} MB"
                  f" ({grew:.0f} MB over the warmed-up {res['warm_rss_mb']:.0f} MB), {res['rows']} rows")
            rows.append((f"single line of {mb:.0f} MB: RSS growth", f"{grew:.0f} MB (peak {res['peak_rss_mb']:.0f} MB)",
                         f"< {mb / 4:.0f} MB (a quarter of the file)", _verdict(grew < mb / 4)))

    from throughput import load_corpus, time_interleaved

    import jieba
    from slogans import Extractor

    docs = load_corpus(args.corpus, args.jieba_mb)
    extractor = Extractor()
    extractor.count(docs[0], "warm-up")
    jieba.initialize()
    ratios = []
    for _ in range(args.rounds):
        jieba_s, seconds, _rows = time_interleaved(docs, {"jieba": extractor})
        ratios.append(jieba_s / seconds["jieba"])
    ratio = statistics.median(ratios)
    rows.append(("throughput / jieba.lcut", f"{ratio:.1f}x (median of {len(ratios)})", ">= 10x", _verdict(ratio >= 10)))

    width = [max(len(r[i]) for r in rows + [("measure", "value", "target", "result")]) for i in range(4)]
    print()
    for r in [("measure", "value", "target", "result"), tuple("-" * w for w in width), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, width)).rstrip())


if __name__ == "__main__":
    main()
