"""Scale: linear time and flat memory as the corpus grows, a 200 MB single line, cores, and jieba.

    python benchmarks/scale.py [--corpus ../shared/corpus] [--sizes 1 10 50] [--line-mb 200] [--jieba-mb 5]

Every figure comes from this one run:

- throughput at 1x, 10x and 50x the shared corpus (a folder of that many copies of each speech),
  each size in its own process (after one warm-up pass over 1x, so that every size runs with the
  same dictionaries and caches loaded), through the CLI's path: files read one at a time, the
  pipeline, the table written to a CSV file; the median of 3 to 15 runs (more for small sizes),
  the sizes alternating over --scale-rounds rounds and the median of the rounds taken. Target: time
  grows linearly, each time ratio within 15 % of the size ratio. The ratio is judged on CPU time,
  which other jobs on a shared machine disturb far less than wall time (both are shown; on a quiet
  machine they agree). Peak memory (ru_maxrss of that process): flat within 20 %.
- a single line of --line-mb MB (the corpus with its line ends removed, repeated), streamed in
  pieces in its own process: peak memory must stay well below the file's size (target: the
  growth over the warmed-up process under a quarter of the file's size).
- --workers 2 against --workers 1 over the largest folder, in one process (the pool start
  included). Target: 1.6x on a machine with two free cores. "cores busy" is the CPU time of the
  process and its workers over the wall time: below 2, the machine did not give the run two cores.
- throughput against a full jieba.lcut pass (benchmarks/throughput.py: jieba and the extractor
  timed in turn on each document, the median of the rounds' ratios). Target: 10x.

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
    from slogans.pipeline import run
    from slogans.stream import iter_inputs
    from slogans import Extractor

    extractor = Extractor()
    for _ in run(iter_inputs([corpus]), extractor=extractor):
        pass
    return extractor


def child_folder(corpus: Path, folder: Path, repeats: int, workers: list[int]) -> dict:
    """Time the CLI's path over ``folder`` with each number of workers (median of ``repeats``); peak RSS."""
    from slogans.errors import InputError
    from slogans.pipeline import ExtractorSettings, run
    from slogans.stream import iter_inputs
    from slogans.table_writer import TableWriter

    extractor = _warm(corpus)
    warm_rss = _rss_mb()
    out: dict = {"warm_rss_mb": warm_rss, "seconds": {}}
    for n in workers:
        target = folder.parent / f"report-{n}.csv"
        times, cpu = [], []
        for _ in range(repeats):
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            rows = 0
            with TableWriter(target, "csv") as table:
                for result in run(iter_inputs([folder]), ExtractorSettings(), n, extractor=extractor):
                    if not isinstance(result, InputError):
                        table.add(result.terms)
                        rows += len(result.terms)
            times.append(time.perf_counter() - start)
            cpu.append(_cpu_seconds() - cpu_start)  # pool workers included, once shut down
        out["seconds"][str(n)] = statistics.median(times)
        out.setdefault("cpu_seconds", {})[str(n)] = statistics.median(cpu)
        out.setdefault("cores_used", {})[str(n)] = sum(cpu) / sum(times)
        out["rows"] = rows
    out["peak_rss_mb"] = _rss_mb()
    return out


def child_line(corpus: Path, path: Path) -> dict:
    """Stream one huge single-line file; its time and the peak RSS over the warmed-up process."""
    from slogans.stream import TextFile, analyze_file

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
def _make_folder(corpus: Path, copies: int, root: Path) -> tuple[Path, int]:
    folder = root / f"x{copies}"
    size = 0
    files = sorted(corpus.rglob("*.txt"))
    for k in range(copies):
        for f in files:
            dest = folder / f"copy{k:03d}" / f.relative_to(corpus)
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
    ap.add_argument("--scale-rounds", type=int, default=3, help="alternating rounds over the sizes")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "folder":
            print(json.dumps(child_folder(args.corpus, Path(rest[0]), int(rest[1]), [int(n) for n in rest[2:]])))
        else:
            print(json.dumps(child_line(args.corpus, Path(rest[0]))))
        return

    rows: list[tuple[str, str, str, str]] = []
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="slogans-scale-") as tmp:
        root = Path(tmp)
        sizes = sorted(args.sizes)
        folders = {copies: _make_folder(args.corpus, copies, root) for copies in sizes}
        runs: dict[int, list[dict]] = {copies: [] for copies in sizes}
        for r in range(1, args.scale_rounds + 1):  # sizes alternate, so that a busy moment hits all of them
            for copies in sizes:
                folder, nbytes = folders[copies]
                workers = [1, 2] if copies == sizes[-1] else [1]
                repeats = min(15, max(3, 50 // copies))  # small sizes run often, so that each median is steady
                res = _child("folder", str(folder), str(repeats), *map(str, workers))
                runs[copies].append(res)
                t1, c1 = res["seconds"]["1"], res["cpu_seconds"]["1"]
                mb = nbytes / 1_000_000
                print(f"round {r} {copies:>3}x  {mb:7.2f} MB  wall {t1:6.2f} s ({mb / t1:5.2f} MB/s)  CPU {c1:6.2f} s ({mb / c1:5.2f} MB/s)"
                      f"  peak RSS {res['peak_rss_mb']:5.0f} MB  ({res['rows']} rows)")

        def median(copies: int, key: str, n: str = "1") -> float:
            return statistics.median(res[key][n] for res in runs[copies])

        base = sizes[0]
        for copies in sizes[1:]:
            size_ratio = folders[copies][1] / folders[base][1]
            wall = median(copies, "seconds") / median(base, "seconds")
            cpu = median(copies, "cpu_seconds") / median(base, "cpu_seconds")
            rows.append((f"time {copies}x / {base}x (CPU; wall)", f"{cpu:.2f}; {wall:.2f} (size ratio {size_ratio:.1f})",
                         "CPU within 15 % of the size ratio", _verdict(abs(cpu / size_ratio - 1) <= 0.15)))
        peak = {copies: max(res["peak_rss_mb"] for res in runs[copies]) for copies in sizes}
        for copies in sizes[1:]:
            mem = peak[copies] / peak[base]
            rows.append((f"peak RSS {copies}x / {base}x", f"{peak[copies]:.0f} / {peak[base]:.0f} MB = {mem:.2f}",
                         "within 20 %", _verdict(abs(mem - 1) <= 0.20)))
        top = sizes[-1]
        speedups = [res["seconds"]["1"] / res["seconds"]["2"] for res in runs[top]]
        speedup = statistics.median(speedups)
        cores = statistics.median(res["cores_used"]["2"] for res in runs[top])
        rows.append((f"--workers 2 / 1 ({top}x, wall)", f"{speedup:.2f}x (median of {len(speedups)}; {cores:.1f} cores busy)",
                     ">= 1.6x", _verdict(speedup >= 1.6)))
        for folder, _ in folders.values():
            shutil.rmtree(folder)

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
