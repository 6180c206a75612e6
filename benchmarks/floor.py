"""The floor under any engine of this kind: what the passes no extractor can skip cost, whole process, against
jieba.lcut and against ``slogans extract``, in one run.

Four child processes over the same corpora of unique documents (see unique_corpus.py), each timed in CPU seconds
(user + system), start-up included, the four in turn (the order rotated every run), the medians of --runs:

- ``python``: the interpreter starting and stopping (``python -c pass``): no program in Python pays less;
- ``floor``: the passes every run of ``slogans extract`` must make and nothing more: load the lexicon (from the
  user's cache, as a run does), read and decode every file, look for traditional characters (one regex), find the
  lexicon's names (one automaton pass), find the quoted spans (one regex), write one CSV row per name and document.
  No rule, no decision, no segmentation: it finds terms, but not which quoted phrases are terms, nor any member;
- ``slogans``: ``slogans extract DIR --workers 1 -o report.csv``;
- ``jieba``: reading the same files and ``jieba.lcut`` over each.

The ratio ``jieba / floor`` is the most that any engine built from these parts can reach against jieba.lcut,
whatever its rules: the target of issue "Fast on real corpora" (10× jieba.lcut, whole process) is measured against it.

    python benchmarks/floor.py [--reports PATH | --corpus DIR] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import child_cpu_seconds, jieba_command, slogans_command  # noqa: E402
from unique_corpus import add_corpus_options, corpora_of, megabytes, write_corpus  # noqa: E402

#: The floor's program: argv[1] the folder of .txt files, argv[2] the CSV it writes.
FLOOR_PROGRAM = (
    "import csv, sys, pathlib, regex\n"
    "from slogans.config.lexicon import Lexicon\n"
    "from slogans.text.normalize import to_simplified\n"
    "lexicon = Lexicon.load()\n"
    "quoted = regex.compile(r'[“「『]([^”」』\\n]{1,40})[”」』]')\n"
    "with open(sys.argv[2], 'w', newline='', encoding='utf-8') as out:\n"
    "    rows = csv.writer(out)\n"
    "    for path in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
    "        text = to_simplified(path.read_bytes().decode('utf-8'))\n"
    "        counts = {}\n"
    "        for _, _, entry in lexicon.find(text):\n"
    "            counts[entry.term] = counts.get(entry.term, 0) + 1\n"
    "        for match in quoted.finditer(text):\n"
    "            counts[match.group(1)] = counts.get(match.group(1), 0) + 1\n"
    "        rows.writerows((path.name, name, n) for name, n in counts.items())\n"
)


def sides(folder: Path, output: Path) -> dict[str, list[str]]:
    """The four command lines, by name, over ``folder``."""
    return {
        "python": [sys.executable, "-c", "pass"],
        "floor": [sys.executable, "-c", FLOOR_PROGRAM, str(folder), str(output)],
        "slogans": slogans_command(folder, output, "jieba"),
        "jieba": jieba_command(folder),
    }


def measure(folder: Path, output: Path, runs: int) -> dict[str, float]:
    """Median CPU seconds of each side over ``folder``, the sides in turn, the order rotated every run."""
    commands = sides(folder, output)
    names = list(commands)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for r in range(runs):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            seconds[name].append(child_cpu_seconds(commands[name]))
    return {name: statistics.median(s) for name, s in seconds.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--runs", type=int, default=5, help="runs of each side (default: %(default)s)")
    args = ap.parse_args()

    corpora = corpora_of(args)
    header = ("corpus", "documents", "MB", "python CPU s", "floor CPU s", "slogans CPU s", "jieba.lcut CPU s",
              "jieba / floor", "jieba / slogans", "slogans − floor, µs/document")
    print(f"whole process, CPU seconds, medians of {args.runs} runs")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(header))) + "|")
    with tempfile.TemporaryDirectory(prefix="slogans-floor-") as tmp:
        for i, (name, d) in enumerate(corpora.items()):
            folder = write_corpus(d, Path(tmp) / f"corpus{i}")
            s = measure(folder, Path(tmp) / "out.csv", args.runs)
            print("| " + " | ".join((
                name, str(len(d)), f"{megabytes(d):.2f}", f"{s['python']:.2f}", f"{s['floor']:.2f}",
                f"{s['slogans']:.2f}", f"{s['jieba']:.2f}", f"{s['jieba'] / s['floor']:.1f}x",
                f"{s['jieba'] / s['slogans']:.1f}x", f"{(s['slogans'] - s['floor']) / len(d) * 1e6:.0f}",
            )) + " |")


if __name__ == "__main__":
    main()
