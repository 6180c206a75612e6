"""Score an extractor on annotated documents: with the shared scorer (``../shared/tools/score_gold.py``), or
with the project's own (``slogans.evaluation.gold``) on one of the annotated sets under ``tests/data``."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Iterable

import opencc

from slogans.evaluation.gold import GoldScores, find_texts, load_gold, score_documents
from slogans.io.report import frequency_frame, write_frame

#: The annotated sets of this repository (heldout, devset, devset2, devset3: development data).
DATA = Path(__file__).resolve().parent / "data"


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


def annotated_set(folder: Path) -> tuple[dict, dict[str, str]]:
    """The gold of an annotated set (``folder/gold``) and its texts (name → text)."""
    gold = load_gold([folder / "gold"])
    texts = {name: path.read_text(encoding="utf-8") for name, path in find_texts(gold, [folder]).items()}
    return gold, texts


def project_scores(extractor, gold: dict, texts: dict[str, str]) -> GoldScores:
    """The project's own scores of ``extractor``'s tables of ``texts`` against ``gold``."""
    reported = {name: [r.as_record() for r in extractor.count(texts[name], name)] for name in sorted(gold)}
    return score_documents(gold, reported)


#: The issue's allowance between a set's scores and those of its traditional-script copies.
SCRIPT_TOLERANCE = 0.02


def script_copy_gaps(extractor, gold: dict, texts: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Each metric whose score on the traditional-script copies of ``texts`` is more than ``SCRIPT_TOLERANCE``
    from the score on ``texts``: metric → (simplified, traditional); empty when the copies score alike."""
    s2t = opencc.OpenCC("s2t")
    simplified = project_scores(extractor, gold, texts).scores
    traditional = project_scores(extractor, gold, {n: s2t.convert(t) for n, t in texts.items()}).scores
    return {m: (simplified[m], traditional[m]) for m in simplified if abs(simplified[m] - traditional[m]) > SCRIPT_TOLERANCE}


def below_floor(scores: GoldScores, floor: dict[str, float], show_errors: bool = True) -> list[str]:
    """One line per metric of ``scores`` under its ``floor`` (empty when none is), each error of the run after them
    unless ``show_errors`` is False (a test set's errors are not to be read)."""
    low = [f"{m}={scores.scores[m]:.3f} below {f}" for m, f in floor.items() if scores.scores[m] < f]
    return low + scores.errors if low and show_errors else low
