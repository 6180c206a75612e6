"""How well a document's year is read from its text alone, on dated documents whose dates are withheld.

    python benchmarks/text_dates.py [--reports ../shared/corpus/reports/reports.jsonl] [--cut 400] [-v]

Each record of the JSONL (``id``, ``date``, ``text``) is normalised as ``slogans extract`` does and
read by ``slogans.text.text_date.scan_text``; its year is compared with the record's ``date``. A second
pass cuts ``--cut`` characters off both ends first, so that no dated heading or signature is left
and the year must come from the meetings and years the text names. Prints, per pass: exact, within
one year, no year read, and the kinds of evidence used; ``-v`` lists the misses.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from slogans.text.normalize import Normalizer
from slogans.config.rules import load_rules
from slogans.text.text_date import scan_text

_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reports" / "reports.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=_DEFAULT)
    parser.add_argument("--cut", type=int, default=400, help="characters cut off both ends in the second pass")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    normalizer = Normalizer(load_rules().settings)
    records = [json.loads(line) for line in args.reports.read_text(encoding="utf-8").splitlines() if line.strip()]
    for cut in (0, args.cut):
        exact = near = none = 0
        kinds: Counter[str] = Counter()
        misses = []
        for record in records:
            text = record["text"][cut:-cut] if cut else record["text"]
            found = scan_text(normalizer.normalize(text).text)
            year = int(str(record["date"])[:4])
            if found is None:
                none += 1
                misses.append((record["id"], year, None, ""))
                continue
            kinds[found.kind] += 1
            exact += found.year == year
            near += abs(found.year - year) <= 1
            if found.year != year:
                misses.append((record["id"], year, found.year, found.evidence))
        label = f"ends cut by {cut}" if cut else "whole texts"
        print(f"{label}: documents={len(records)} exact={exact} within_one_year={near} no_year={none} evidence={dict(kinds)}")
        if args.verbose:
            for doc, year, got, evidence in misses:
                print(f"  {doc}: {year} read as {got} ({evidence})")


if __name__ == "__main__":
    main()
