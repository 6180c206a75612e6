"""The naive baseline of issue 13: every quoted string of 2–12 characters is a term, counted with str.count.

What a user gets from one regular expression and no project. Writes the output contract's JSONL (document, term,
kind, count, components) for the files given, so that the shared scorer can score it beside ``slogans extract``:

    python ../shared/tools/score_gold.py --gold tests/data/fresh/gold --texts tests/data/fresh \
        --run "python benchmarks/naive_quoted.py {files}"

A term is ``numbered`` when it holds a numeral, else ``campaign``; it never has components. The text is read as
UTF-8 and compared as written (no script conversion), which is what the naive reader does.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

#: A quoted span of 2–12 characters between any of the quote pairs the annotation guideline names.
QUOTED = re.compile(r"[“「‘\"']([^“”「」‘’\"'\n]{2,12})[”」’\"']")
NUMERAL = re.compile(r"[一二两兩三四五六七八九十百千双雙0-9]")


def naive_terms(text: str) -> dict[str, int]:
    """Every distinct quoted span of ``text`` and its count in the whole text."""
    return {span: text.count(span) for span in dict.fromkeys(QUOTED.findall(text))}


def main(paths: list[str]) -> None:
    for path in paths:
        for term, count in naive_terms(Path(path).read_text(encoding="utf-8")).items():
            kind = "numbered" if NUMERAL.search(term) else "campaign"
            record = {"document": path, "term": term, "kind": kind, "count": count, "components": None}
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
