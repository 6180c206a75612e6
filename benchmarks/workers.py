"""Workers: `--workers auto` against 1 and 2, whole process, on corpora of unique documents.

    python benchmarks/workers.py [--reports ../shared/corpus/reports/reports.jsonl] [--rounds 3]

Each corpus is a folder of unique documents cut from the dated national reports (each piece once):
a few small files, then 0.25, 0.5, 1, 2 MB and all of them (about 4 MB) as whole reports, and the
same 4 MB cut into pieces of about 1 KB. Every corpus goes through `slogans extract DIR -o out.csv`
with `--workers 1`, `--workers 2`, `--workers auto`, and with a pool of 2 forced even where the
pipeline would not start one (`POOL_MIN_CHARS` set to 0: what a pool costs below the threshold),
in turn within each round, the order reversed every other round. Each run is a fresh process; its
CPU time is user + system of the process and its workers, its wall time the run's.

The table gives the medians, and auto's time over one worker's (the median of the rounds' ratios,
each round's two runs side by side). Target: auto never slower than one worker, within 5 % (the
machine's drift). Where auto chose one worker it runs exactly what `--workers 1` runs, and wall
time then measures only the other work on the machine: it is judged on CPU time; where it chose
more, on wall time. The script prints what auto chooses on this machine at the start.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_REPORTS = REPO.parent / "shared" / "corpus" / "reports" / "reports.jsonl"
VARIANTS = {
    "1": ["--workers", "1"],
    "2": ["--workers", "2"],
    "auto": ["--workers", "auto"],
    "2 forced": ["--workers", "2"],
}
# the CLI in a fresh interpreter; "2 forced" lowers the pipeline's threshold first
_CLI = "import sys; from slogans.cli import main; main(sys.argv[1:], prog_name='slogans')"
_FORCED = "import sys, slogans.run.pipeline as p; p.POOL_MIN_CHARS = 0; from slogans.cli import main; main(sys.argv[1:], prog_name='slogans')"


def _texts(reports: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in reports.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["id"], r["text"]) for r in rows]


def _pieces(texts: list[tuple[str, str]], size: int = 1000) -> list[tuple[str, str]]:
    """Each text cut at paragraph ends into pieces of about ``size`` characters, each piece once."""
    out: list[tuple[str, str]] = []
    for name, text in texts:
        piece: list[str] = []
        chars = 0
        for paragraph in text.split("\n"):
            piece.append(paragraph)
            chars += len(paragraph) + 1
            if chars >= size:
                out.append((f"{name}_{len(out):05d}", "\n".join(piece)))
                piece, chars = [], 0
        if piece:
            out.append((f"{name}_{len(out):05d}", "\n".join(piece)))
    return out


def _first_bytes(texts: list[tuple[str, str]], megabytes: float) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    total = 0
    for name, text in texts:
        if total >= megabytes * 1e6:
            break
        out.append((name, text))
        total += len(text.encode("utf-8"))
    return out


def _write(folder: Path, docs: list[tuple[str, str]]) -> tuple[int, float]:
    folder.mkdir(parents=True)
    size = 0
    for name, text in docs:
        data = text.encode("utf-8")
        (folder / f"{name}.txt").write_bytes(data)
        size += len(data)
    return len(docs), size / 1e6


def corpora(reports: Path, root: Path) -> dict[str, tuple[Path, int, float]]:
    """The corpora of the benchmark, written under ``root``: name → (folder, documents, MB)."""
    texts = _texts(reports)
    pieces = _pieces(texts)
    plan = {
        "3 small files": [(f"{n}_head", t[:700]) for n, t in texts[:3]],
        "0.25 MB": _first_bytes(texts, 0.25),
        "0.5 MB": _first_bytes(texts, 0.5),
        "1 MB": _first_bytes(texts, 1),
        "2 MB": _first_bytes(texts, 2),
        "all reports": texts,
        "1 KB pieces": pieces,
    }
    return {name: (root / str(i), *_write(root / str(i), docs)) for i, (name, docs) in enumerate(plan.items())}


def _run(variant: str, folder: Path, out: Path) -> tuple[float, float]:
    """CPU and wall seconds of one whole-process extract (the process and its workers)."""
    code = _FORCED if variant == "2 forced" else _CLI
    args = [sys.executable, "-c", code, "extract", str(folder), "-o", str(out), *VARIANTS[variant]]
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: a chatty run cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 2):  # 2: a file that could not be read, named on stderr
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} failed: {err.read().decode(errors='replace')}")
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="Corpora to run (names as in the table).")
    args = parser.parse_args()

    from slogans.run.cores import auto_workers, default_workers

    load = os.getloadavg()[0]
    chosen = auto_workers()
    print(f"cores {default_workers()}, load average {load:.2f}: --workers auto chooses {chosen} now")
    with tempfile.TemporaryDirectory(prefix="slogans-workers-") as tmp:
        sets = corpora(args.reports, Path(tmp))
        if args.only:
            sets = {k: v for k, v in sets.items() if k in args.only}
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for round_no in range(args.rounds):
            order = list(VARIANTS) if round_no % 2 == 0 else list(reversed(VARIANTS))
            for name, (folder, _docs, _mb) in sets.items():
                for variant in order:
                    times.setdefault((name, variant), []).append(_run(variant, folder, Path(tmp) / "out.csv"))
        print()
        print("| corpus | documents | MB | wall 1 / 2 / auto / 2 forced (s) | CPU 1 / 2 / auto / 2 forced (s) | auto / 1, wall | auto / 1, CPU |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        judged = "CPU" if chosen == 1 else "wall"
        worst = 0.0
        for name, (_folder, docs, mb) in sets.items():
            cpu = {v: statistics.median(c for c, _ in times[(name, v)]) for v in VARIANTS}
            wall = {v: statistics.median(w for _, w in times[(name, v)]) for v in VARIANTS}
            ratios = {
                kind: statistics.median(a[i] / b[i] for a, b in zip(times[(name, "auto")], times[(name, "1")]))
                for i, kind in enumerate(("CPU", "wall"))
            }
            worst = max(worst, ratios[judged])
            print(f"| {name} | {docs} | {mb:.2f} | {' / '.join(f'{wall[v]:.2f}' for v in VARIANTS)} | "
                  f"{' / '.join(f'{cpu[v]:.2f}' for v in VARIANTS)} | {ratios['wall']:.2f} | {ratios['CPU']:.2f} |")
        print()
        verdict = "PASS" if worst <= 1.05 else "FAIL"
        print(f"auto never slower than one worker ({judged} ratio ≤ 1.05, auto chose {chosen}): {verdict} (worst {worst:.2f})")


if __name__ == "__main__":
    main()
