"""Scoring reported terms against gold annotation files (one JSON file per document).

The gold format and the four scores are those of the annotation guideline and its reference
scorer, micro-averaged over the documents:

- ``core_recall``: gold terms of status ``core`` that were reported;
- ``precision``: reported terms that are gold terms (core or optional);
- ``count_exact``: matched gold terms whose reported count equals the gold count;
- ``components_exact``: matched gold terms with gold components whose reported components
  are the same members (order ignored).

A reported term matches a gold term when they are equal once both are simplified, NFKC-folded
and stripped of punctuation and spaces (the term or any of its ``variants``). Two reported
spellings of one gold term are merged: their counts add up.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import regex

from slogans.errors import SlogansError
from slogans.config.jsonfile import read_json
from slogans.text.normalize import to_simplified

_PUNCT = regex.compile(r"[\s\u3000、，,。；;：:“”\"'‘’「」『』（）()《》〈〉!！?？·…—\-]+")
#: The scores, in the order they are printed.
METRICS = ("core_recall", "precision", "count_exact", "components_exact")


class GoldError(SlogansError):
    """A gold file that cannot be read or is malformed, or a gold document whose text is missing."""


def gold_key(term: str) -> str:
    """The form in which a reported term and a gold term are compared."""
    return _PUNCT.sub("", to_simplified(unicodedata.normalize("NFKC", term or "")))


def load_gold(paths: Iterable[Union[str, Path]]) -> dict[str, dict[str, Any]]:
    """The gold files under ``paths`` (files or folders of ``*.json``), keyed by document file name."""
    gold: dict[str, dict[str, Any]] = {}
    for p in map(Path, paths):
        files = sorted(p.rglob("*.json")) if p.is_dir() else [p]
        for f in files:
            data = read_json(f, GoldError, "gold file")
            if not isinstance(data, dict) or not isinstance(data.get("document"), str) or not isinstance(data.get("terms"), list):
                raise GoldError(f"{f}: a gold file needs 'document' (a file name) and 'terms' (a list)")
            for i, t in enumerate(data["terms"]):
                if not isinstance(t, dict) or not isinstance(t.get("term"), str) or t.get("status") not in ("core", "optional"):
                    raise GoldError(f"{f}: term {i + 1} needs 'term' and a 'status' of core or optional")
            gold[Path(data["document"]).name] = data
    return gold


def find_texts(gold: Mapping[str, Any], folders: Sequence[Union[str, Path]]) -> dict[str, Path]:
    """The text file of each gold document, searched for by name under ``folders`` (the first found)."""
    found: dict[str, Path] = {}
    for name in gold:
        for folder in map(Path, folders):
            hits = sorted(folder.rglob(name)) if folder.is_dir() else ([folder] if folder.name == name else [])
            if hits:
                found[name] = hits[0]
                break
        else:
            raise GoldError(f"{name}: no text file of that name under {', '.join(map(str, folders)) or 'no folder'}")
    return found


def same_members(reported: Optional[Sequence[str]], gold: Sequence[str]) -> bool:
    """True when ``reported`` are the ``gold`` members: the same ones, order ignored, compared by ``gold_key``."""
    return sorted(map(gold_key, reported or ())) == sorted(map(gold_key, gold))


def gold_index(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """A gold document's terms by ``gold_key`` of the term and of each variant."""
    index: dict[str, dict[str, Any]] = {}
    for t in doc["terms"]:
        for name in [t["term"], *(t.get("variants") or [])]:
            index.setdefault(gold_key(name), t)
    return index


@dataclass
class GoldScores:
    """The tallies of one scoring run, the four scores, and a line per error (FN, FP, CNT, CMP)."""

    documents: int = 0
    core: int = 0
    core_hit: int = 0
    reported: int = 0
    reported_ok: int = 0
    counted: int = 0
    count_ok: int = 0
    expansions: int = 0
    expansions_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def scores(self) -> dict[str, float]:
        """The four scores by name (0.0 where nothing was there to score)."""
        return {
            "core_recall": self._ratio(self.core_hit, self.core),
            "precision": self._ratio(self.reported_ok, self.reported),
            "count_exact": self._ratio(self.count_ok, self.counted),
            "components_exact": self._ratio(self.expansions_ok, self.expansions),
        }

    def __add__(self, other: "GoldScores") -> "GoldScores":
        """The tallies of two runs added up, their errors one after the other (micro-averaging over sets)."""
        summed = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        return GoldScores(**summed)

    def summary(self) -> str:
        """One line: documents=… and the four scores, as the reference scorer prints them."""
        parts = [f"documents={self.documents}"] + [f"{k}={v:.3f}" for k, v in self.scores.items()]
        return " ".join(parts + [f"core_terms={self.core}", f"reported={self.reported}", f"expansions={self.expansions}"])


def score_documents(gold: Mapping[str, Mapping[str, Any]], reported: Mapping[str, Sequence[Mapping[str, Any]]],
                    into: Optional[GoldScores] = None) -> GoldScores:
    """Score the reported records (``TermCount.as_record()``, per document name) against ``gold``;
    ``into`` adds the tallies to an earlier run (micro-averaging over folds)."""
    s = into if into is not None else GoldScores()
    for doc, g in sorted(gold.items()):
        s.documents += 1
        index = gold_index(g)
        got: dict[int, dict[str, Any]] = {}
        for r in reported.get(doc, []):
            t = index.get(gold_key(str(r.get("term", ""))))
            s.reported += 1
            if t is None:
                s.errors.append(f"FP  {doc}: {r.get('term')} ({r.get('kind')}, {r.get('count')})")
                continue
            s.reported_ok += 1
            prev = got.get(id(t))
            if prev is None:
                got[id(t)] = dict(r)
            else:
                prev["count"] = int(prev.get("count") or 0) + int(r.get("count") or 0)
                prev["components"] = prev.get("components") or r.get("components")
        for t in g["terms"]:
            r = got.get(id(t))
            if t["status"] == "core":
                s.core += 1
                s.core_hit += r is not None
                if r is None:
                    s.errors.append(f"FN  {doc}: {t['term']} ({t.get('kind')}, {t.get('count')})")
            if r is None:
                continue
            s.counted += 1
            if int(r.get("count") or 0) == int(t.get("count") or 0):
                s.count_ok += 1
            else:
                s.errors.append(f"CNT {doc}: {t['term']} reported {r.get('count')} gold {t.get('count')}")
            if t.get("components"):
                s.expansions += 1
                if same_members(r.get("components"), t["components"]):
                    s.expansions_ok += 1
                else:
                    s.errors.append(f"CMP {doc}: {t['term']} reported {r.get('components')} gold {t['components']}")
    return s
