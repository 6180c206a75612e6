"""Scoring an Extractor on a labelled sentence set: precision and recall of the formula decision.

The set is a TSV file with the columns ``id label phrase quoted script origin sentence``
(tests/data/formula_sentences.tsv; its datasheet describes it). Each row marks one phrase of
one sentence as ``formula`` or ``ordinary``. The extractor runs on the sentence alone:

- a ``formula`` row is found (true positive) when a reported mention covers exactly the
  phrase, or reports it under another spelling: its simplified surface or its canonical term
  equals the simplified phrase, 个 after a numeral ignored (五个带头 = 五带头, 四個意識 = 四个意识);
- an ``ordinary`` row is a false positive when a reported mention equals the phrase in the
  same sense, or overlaps the phrase's place in the sentence (这一带一路况 reported as 一带一路况).

Print the table for every segmenter (the README's figures)::

    python -m slogans.evaluation.evaluate tests/data/formula_sentences.tsv
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence, Union

import regex

from slogans.text.normalize import to_simplified
from slogans.text.numerals import GE_AFTER_NUMERAL
from slogans.text.segment import SEGMENTERS

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from slogans.api import Extractor

COLUMNS = ("id", "label", "phrase", "quoted", "script", "origin", "sentence")
LABELS = ("formula", "ordinary")
_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True)
class Scores:
    """Counts of one run over a labelled set, and precision, recall and F1 of the formula label
    (a formula is the positive class)."""

    #: formulae reported
    tp: int
    #: ordinary phrases reported
    fp: int
    #: formulae missed
    fn: int
    #: ordinary phrases left out
    tn: int

    @property
    def precision(self) -> float:
        """Share of the phrases reported that are formulae (1.0 when nothing was reported)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of the formulae that were reported."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def phrase_key(text: str) -> str:
    """The form two spellings of one term share: simplified, no spaces, full-width folded, no 个 after a numeral."""
    import unicodedata

    return GE_AFTER_NUMERAL.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", to_simplified(text))))


def load_labelled(path: Union[str, Path]) -> "pandas.DataFrame":
    """The labelled set as a DataFrame of strings; ValueError naming the file and the problem."""
    import pandas as pd

    try:
        frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ValueError(f"{path}: cannot read the labelled set ({exc})") from None
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: missing columns {', '.join(missing)}")
    bad = sorted(set(frame["label"]) - set(LABELS))
    if bad:
        raise ValueError(f"{path}: unknown labels {', '.join(bad)} (allowed: {', '.join(LABELS)})")
    absent = frame[[p not in s for p, s in zip(frame["phrase"], frame["sentence"])]]
    if len(absent):
        raise ValueError(f"{path}: row {absent['id'].iloc[0]}: the phrase does not occur in its sentence")
    return frame


def predict(extractor: "Extractor", sentence: str, phrase: str) -> str:
    """'exact' if the extractor reports the phrase, 'overlap' if it reports something else on its place, else 'none'."""
    key = phrase_key(phrase)
    places = [(m.start(), m.end()) for m in regex.finditer(regex.escape(phrase), sentence, overlapped=True)]
    overlap = False
    for m in extractor.extract(sentence):
        if (m.start, m.end) in places or key in (phrase_key(m.surface), phrase_key(m.term)):
            return "exact"
        if any(m.start < e and s < m.end for s, e in places):
            overlap = True
    return "overlap" if overlap else "none"


def score(extractor: "Extractor", frame: "pandas.DataFrame") -> tuple[Scores, "pandas.DataFrame"]:
    """Scores of ``extractor`` on the labelled ``frame``, and the frame with a ``prediction`` column."""
    predictions = [predict(extractor, s, p) for s, p in zip(frame["sentence"], frame["phrase"])]
    out = frame.assign(prediction=predictions)
    return _count(out), out


def score_table(
    path: Union[str, Path], segmenters: Sequence[str] = SEGMENTERS, extractors: Optional[dict[str, "Extractor"]] = None,
) -> "pandas.DataFrame":
    """One row per segmenter and subset (all rows, unquoted, quoted, simplified, traditional)."""
    import pandas as pd

    from slogans.api import Extractor

    frame = load_labelled(path)
    subsets = {
        "all": frame["id"] == frame["id"], "unquoted": frame["quoted"] == "no", "quoted": frame["quoted"] == "yes",
        "simplified": frame["script"] == "simplified", "traditional": frame["script"] == "traditional",
    }
    rows = []
    for name in segmenters:
        extractor = (extractors or {}).get(name) or Extractor(segmenter=name)
        _, predicted = score(extractor, frame)
        for subset, mask in subsets.items():
            s = _count(predicted[mask])
            rows.append({"segmenter": name, "rows": subset, "n": int(mask.sum()), "precision": round(s.precision, 3),
                         "recall": round(s.recall, 3), "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn,
                         "tn": s.tn})
    return pd.DataFrame(rows)


def _count(predicted: "pandas.DataFrame") -> Scores:
    formula = predicted["label"] == "formula"
    exact = predicted["prediction"] == "exact"
    reported = predicted["prediction"] != "none"
    return Scores(tp=int((formula & exact).sum()), fn=int((formula & ~exact).sum()),
                  fp=int((~formula & reported).sum()), tn=int((~formula & ~reported).sum()))


def main(argv: Optional[Sequence[str]] = None) -> None:
    """Print the precision/recall table of each segmenter on a labelled set (markdown)."""
    ap = argparse.ArgumentParser(prog="python -m slogans.evaluation.evaluate", description=main.__doc__)
    ap.add_argument("tsv", nargs="?", default="tests/data/formula_sentences.tsv")
    ap.add_argument("--segmenters", default=",".join(SEGMENTERS), help="comma-separated (default: %(default)s)")
    ap.add_argument("--errors", action="store_true", help="also list the rows each segmenter gets wrong")
    args = ap.parse_args(argv)
    segmenters = [s for s in args.segmenters.split(",") if s]
    table = score_table(args.tsv, segmenters)
    print(table.to_markdown(index=False) if _has_tabulate() else table.to_string(index=False))
    if args.errors:
        from slogans.api import Extractor

        frame = load_labelled(args.tsv)
        for name in segmenters:
            _, predicted = score(Extractor(segmenter=name), frame)
            formula = predicted["label"] == "formula"
            wrong = predicted[(formula & (predicted["prediction"] != "exact")) | (~formula & (predicted["prediction"] != "none"))]
            for row in wrong.itertuples():
                print(f"{name}\t{row.id}\t{row.label}\t{row.prediction}\t{row.phrase}\t{row.sentence}")


def _has_tabulate() -> bool:
    import importlib.util

    return importlib.util.find_spec("tabulate") is not None


if __name__ == "__main__":
    main()
