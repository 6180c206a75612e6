"""Leave-one-set-out figures pooled over a chosen group of sets, with the tallies behind them (issue 13).

``slogans evaluate … --cv-by set`` prints the pooled figures over every set given and each set's own; when
sets are added to the fit (the retired test sets next, next3, next5), the question is what the other sets get:
this prints the figures pooled over the sets not named by ``--apart`` (the 174's ten), then the pooled ones
and each set's, with the counts (core found / core, right / reported), and each fold's chosen threshold.
Run from the repository root after ``source benchmarks/development_sets.sh``::

    python benchmarks/held_out_by_set.py "$GOLD13" "$TEXTS13" --apart next next3 next5
    python benchmarks/held_out_by_set.py "$GOLD10" "$TEXTS10"
"""
from __future__ import annotations

import argparse
import shlex
from typing import Sequence

from slogans.cli.common import make_extractor
from slogans.cli.gold_options import load_gold_and_texts
from slogans.evaluation import cross_validation
from slogans.evaluation.gold import GoldScores


def options(line: str, flag: str) -> tuple[str, ...]:
    """The values of ``flag`` in a command-line string (``--gold a --gold b`` gives a, b)."""
    words = shlex.split(line)
    return tuple(words[i + 1] for i in range(len(words) - 1) if words[i] == flag)


def pooled(scores: Sequence[GoldScores]) -> GoldScores:
    """The tallies of several sets added up (micro-averaged figures)."""
    return sum(scores, GoldScores())


def line(name: str, s: GoldScores) -> str:
    """One row: core_recall / precision and the counts behind them."""
    f = s.scores
    return (f"{name:12s} {f['core_recall']:.3f} / {f['precision']:.3f}  "
            f"({s.core_hit}/{s.core} core, {s.reported_ok}/{s.reported} right)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="the --gold options as one string")
    parser.add_argument("texts", help="the --texts options as one string")
    parser.add_argument("--apart", nargs="*", default=[], help="sets left out of the first pooled row")
    args = parser.parse_args()
    gold, text_of, sets = load_gold_and_texts(options(args.gold, "--gold"), options(args.texts, "--texts"))
    result = cross_validation.cross_validate(make_extractor((), (), segmenter="jieba", weights=None), gold, text_of,
                                             sets, "set")
    rest = [s for s in sorted(result.by_set) if s not in args.apart]
    print(line("without " + ",".join(args.apart) if args.apart else "pooled", pooled([result.by_set[s] for s in rest])))
    if args.apart:
        print(line("pooled", result.pooled))
    for name in sorted(result.by_set):
        print(line(name, result.by_set[name]))
    print("fold thresholds:", " ".join(f"{t:.2f}" for t in result.thresholds))


if __name__ == "__main__":
    main()
