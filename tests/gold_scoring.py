"""Score an extractor's tables of some texts with the shared scorer (``../shared/tools/score_gold.py``)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Iterable

from slogans.io.report import frequency_frame, write_frame


def shared_scores(corpus: Path, texts: dict[str, str], extractor, tmp_path: Path, gold_dirs: Iterable[Path]) -> dict[str, float]:
    """The shared scorer's summary (core_recall, precision, …) for ``texts`` (name → text) against ``gold_dirs``."""
    rows = []
    for name, text in texts.items():
        rows.extend(extractor.count(text, name))
    pred = tmp_path / "pred.jsonl"
    with open(pred, "w", encoding="utf-8") as fh:
        write_frame(frequency_frame(rows), fh, "jsonl")
    args = [sys.executable, str(corpus.parent / "tools" / "score_gold.py"), "--pred", str(pred)]
    for gold in gold_dirs:
        args += ["--gold", str(gold)]
    last = subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (kv.split("=") for kv in last.split())}
