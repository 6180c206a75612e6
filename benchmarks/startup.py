"""Start-up: whole-process CPU seconds of `slogans check` and `slogans extract` on one small file.

    python benchmarks/startup.py [--reports ../shared/corpus/reports/reports.jsonl] [--rounds 7]

What a pre-commit hook pays on every commit. The small file is the first ~1,000 characters of a
dated national report (a paragraph boundary), which holds numeral phrases that the segmenter
decides. In each round, in turn: `python -c "import jieba; jieba.lcut(...)"` on the same text
(jieba's own start-up: its dictionary loaded from its cache), `slogans check FILE`, `slogans
extract FILE -o out.csv` — each a fresh process, CPU time = user + system. The figures are the
medians over the rounds, and each command's ratio to jieba's in the same rounds.

The user's cache folder (slogans.io.cache) is warm: a first run on a machine fills it once. The
cold first run is timed too (an empty cache folder), once per round. Target: `slogans check`
within 0.5 CPU s, warm.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REPORTS = HERE.parent.parent / "shared" / "corpus" / "reports" / "reports.jsonl"
TARGET = 0.5
_CLI = "import sys; from slogans.cli import main; main(sys.argv[1:], prog_name='slogans')"
_JIEBA = "import sys, jieba; jieba.setLogLevel(60); jieba.lcut(open(sys.argv[1], encoding='utf-8').read())"


def small_text(reports: Path, chars: int = 1000) -> str:
    """The first paragraphs of the first report written in simplified Chinese, about ``chars`` long."""
    for line in reports.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        if "们" in text[:2000]:
            paragraphs, total = [], 0
            for paragraph in text.split("\n"):
                paragraphs.append(paragraph)
                total += len(paragraph) + 1
                if total >= chars:
                    break
            return "\n".join(paragraphs) + "\n"
    raise SystemExit(f"{reports}: no report in simplified Chinese")


def cpu_seconds(args: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one process (exit status 0 or 1: findings are no failure)."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed with status {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="slogans-startup-") as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(small_text(args.reports), encoding="utf-8")
        out = Path(tmp) / "out.csv"
        commands = {
            "jieba.lcut (whole process)": [sys.executable, "-c", _JIEBA, str(small)],
            "slogans check FILE": [sys.executable, "-c", _CLI, "check", str(small)],
            "slogans extract FILE -o out.csv": [sys.executable, "-c", _CLI, "extract", str(small), "-o", str(out)],
        }
        env = dict(os.environ)
        cpu_seconds(commands["slogans check FILE"], env)  # fills the user's cache folder, if empty
        times: dict[str, list[float]] = {name: [] for name in commands}
        cold: list[float] = []
        for round_no in range(args.rounds):
            order = list(commands) if round_no % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(cpu_seconds(commands[name], env))
            with tempfile.TemporaryDirectory(prefix="slogans-cache-") as empty:
                cold.append(cpu_seconds(commands["slogans check FILE"], {**env, "SLOGANS_CACHE_DIR": empty}))
        jieba = statistics.median(times["jieba.lcut (whole process)"])
        print(f"small file: {len(small.read_text(encoding='utf-8'))} characters; {args.rounds} rounds, medians")
        print()
        print("| command | CPU s (median) | range | ratio to jieba |")
        print("| --- | ---: | ---: | ---: |")
        for name, values in times.items():
            med = statistics.median(values)
            print(f"| {name} | {med:.2f} | {min(values):.2f}–{max(values):.2f} | {med / jieba:.2f} |")
        print(f"| slogans check FILE, empty cache | {statistics.median(cold):.2f} | {min(cold):.2f}–{max(cold):.2f} | "
              f"{statistics.median(cold) / jieba:.2f} |")
        check = statistics.median(times["slogans check FILE"])
        print()
        print(f"slogans check within {TARGET} CPU s: {'PASS' if check <= TARGET else 'FAIL'} ({check:.2f})")


if __name__ == "__main__":
    main()
