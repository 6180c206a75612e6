"""Members read from definition passages, scored against annotated passages (one JSON object per line).

A passage is a stretch of a real document from the sentence that names a term through its last member, with the
members the annotation guideline reads there::

    {"id": "…", "passage": "…", "term": "五个好", "written": "“五个好”", "components": ["…", …] or null}

``components: null`` marks a look-alike: a term with a list nearby that is not its members. Two scores:

- ``members_exact``: definition passages whose term is reported with exactly the gold members (order ignored,
  compared as the gold scorer compares: simplified, NFKC-folded, punctuation and spaces stripped);
- ``false_definitions``: look-alikes whose term is reported with members read from the text.

``score_annotation`` scores a second, independent annotation of the same passages the same way, which tells how far
two annotators agree on members: the ceiling a reader of members can be held to.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from slogans.evaluation.gold import GoldError, gold_key, same_members

#: The keys every passage record must have.
PASSAGE_KEYS = ("id", "passage", "term", "components")


@dataclass
class PassageScores:
    """How many definitions were read exactly, how many look-alikes were taken for definitions, and each error."""

    definitions: int = 0
    exact: int = 0
    look_alikes: int = 0
    false_definitions: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def members_exact(self) -> float:
        """The share of definition passages read exactly (0.0 when there are none)."""
        return self.exact / self.definitions if self.definitions else 0.0

    @property
    def false_definition_rate(self) -> float:
        """The share of look-alikes read as definitions (0.0 when there are none)."""
        return self.false_definitions / self.look_alikes if self.look_alikes else 0.0

    def summary(self) -> str:
        """One line: both scores with their counts."""
        return (f"passages={self.definitions + self.look_alikes} members_exact={self.members_exact:.3f} "
                f"({self.exact}/{self.definitions}) false_definitions={self.false_definitions}/{self.look_alikes}")


def load_passages(paths: Iterable[Union[str, Path]]) -> list[dict[str, Any]]:
    """The passage records of the JSON Lines files ``paths``; a malformed line raises GoldError naming file and line."""
    records: list[dict[str, Any]] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{number}: not JSON ({exc.msg})") from None
                missing = [key for key in PASSAGE_KEYS if not isinstance(record, dict) or key not in record]
                if missing:
                    raise GoldError(f"{path}:{number}: a passage needs {', '.join(missing)}")
                records.append(record)
    return records


def _reported_members(extractor: Any, record: dict[str, Any]) -> tuple[bool, Optional[tuple[str, ...]], Optional[str]]:
    """Whether the passage's term is reported, and its members and their source."""
    wanted = {gold_key(record["term"]), gold_key(record.get("written") or "")} - {""}
    for row in extractor.count(record["passage"], str(record["id"])):
        if gold_key(row.term) in wanted:
            return True, row.components, row.components_source
    return False, None, None


def score_passages(extractor: Any, records: Iterable[dict[str, Any]]) -> PassageScores:
    """Run ``extractor`` on each passage alone and score the members it reports for the passage's term."""
    scores = PassageScores()
    for record in records:
        found, members, source = _reported_members(extractor, record)
        gold = record["components"]
        if gold is None:
            scores.look_alikes += 1
            if source == "text":
                scores.false_definitions += 1
                scores.errors.append(f"FALSE {record['id']}: {record['term']} read as {list(members or ())}")
            continue
        scores.definitions += 1
        if found and same_members(members, gold):
            scores.exact += 1
        else:
            got = list(members) if members else ("no members" if found else "term not found")
            scores.errors.append(f"CMP {record['id']}: {record['term']} reported {got} gold {gold}")
    return scores


def score_annotation(first: Iterable[dict[str, Any]], second: Iterable[dict[str, Any]]) -> PassageScores:
    """Score the ``second`` annotation of the passages of ``first`` (matched by id) as ``score_passages`` scores the
    extractor: a second annotator's list on a look-alike is a false definition, a ``null`` on a definition is missed.

    Raises GoldError when the two do not hold the same passage ids.
    """
    theirs = {str(record["id"]): record for record in second}
    first = list(first)
    ours = {str(record["id"]) for record in first}
    if ours != set(theirs):
        odd = sorted(ours ^ set(theirs))
        raise GoldError(f"the two annotations hold different passages: {', '.join(odd[:5])}")
    scores = PassageScores()
    for record in first:
        gold, members = record["components"], theirs[str(record["id"])]["components"]
        if gold is None:
            scores.look_alikes += 1
            if members is not None:
                scores.false_definitions += 1
                scores.errors.append(f"FALSE {record['id']}: {record['term']} read as {list(members)}")
            continue
        scores.definitions += 1
        if members is not None and same_members(members, gold):
            scores.exact += 1
        else:
            got = list(members) if members is not None else "no members"
            scores.errors.append(f"CMP {record['id']}: {record['term']} second {got} first {gold}")
    return scores
