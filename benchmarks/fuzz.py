"""The invariants of ``slogans.evaluation.invariants`` over many generated texts, with each segmenter.

    python benchmarks/fuzz.py [--count 100000] [--segmenters jieba,pkuseg,none] [--seed 17]

Each text is analysed whole (twice) and in pieces; a text that breaks an invariant is printed
and written, with what it broke, to --failures (JSON lines). Exit status 1 if any did.
The texts come from a seeded generator, so a run is repeatable.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from slogans import Extractor
from slogans.evaluation.invariants import problems, random_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="texts per segmenter")
    parser.add_argument("--segmenters", default="jieba,pkuseg,none")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures.jsonl"))
    args = parser.parse_args()
    failed = 0
    for name in args.segmenters.split(","):
        extractor = Extractor(segmenter=name)
        extractor.analyze("开展“两评一树”活动")  # load dictionaries and models before the clock starts
        rng = random.Random(f"{args.seed}-{name}")
        started = time.perf_counter()
        broken = 0
        for _ in range(args.count):
            text = random_text(rng)
            found = problems(extractor, text)
            if found:
                broken += 1
                print(f"{name}: {text!r}: {'; '.join(found)}", file=sys.stderr)
                with args.failures.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"segmenter": name, "text": text, "problems": found}, ensure_ascii=True) + "\n")
        took = time.perf_counter() - started
        print(f"{name}: {args.count} texts, {broken} broke an invariant, {took:.0f} s ({1000 * took / max(args.count, 1):.1f} ms a text)")
        failed += broken
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
