"""How many of the formulae and campaign names the annotated documents define does `discover` list?

The targets are the annotated core terms (numbered or campaign) whose annotation gives members,
that is, the terms a document spells out. Two lexicons:

- shipped: the built-in lexicon; the targets are those it lacks.
- held out: the built-in lexicon less every entry that names a target, as if the documents were
  new and the lexicon had never seen their formulae (several local entries were written from these
  very documents, so this is the fairer figure).

Discovery runs once over all annotated documents together ("together", --min-documents 2), and
once over each document alone ("alone": a new speech, where nothing can recur), each with the
default (quoted numeral formulae kept) and with --recurring-only. A target is found when a
candidate has its name (simplified, 个 optional after a numeral); its members match when the
candidate's members equal the annotation's.

    python benchmarks/discover_recall.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import regex

from slogans import Document, Extractor, Lexicon
from slogans.discover import discover
from slogans.config.lexicon import surface_key

HERE = Path(__file__).resolve().parent
_GE = regex.compile(r"(?<=[一二三四五六七八九十两双])个")


def _key(term: str) -> str:
    return _GE.sub("", surface_key(term))


ANNOTATED: set[str] = set()  # every annotated term, any kind or status (filled by load)


def load(shared: Path) -> tuple[list[Document], dict[str, tuple[str, ...]]]:
    """The annotated documents and their defined core terms (key → members)."""
    golds = sorted((shared / "corpus" / "gold").glob("*.json")) + sorted((shared / "added-corpus" / "gold").glob("*.json"))
    folders = [shared / "corpus", shared / "added-corpus", shared / "corpus" / "external"]
    docs, targets = [], {}
    for gold_file in golds:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text_file = next(f / gold["document"] for f in folders if (f / gold["document"]).is_file())
        docs.append(Document(gold["document"], text_file.read_text(encoding="utf-8")))
        for t in gold["terms"]:
            ANNOTATED.add(_key(t["term"]))
            if t["status"] == "core" and t["kind"] in ("numbered", "campaign") and t["components"]:
                targets.setdefault(_key(t["term"]), tuple(t["components"]))
    return docs, targets


def measure(extractor: Extractor, docs: list[Document], targets: dict[str, tuple[str, ...]], alone: bool, quoted: bool) -> dict:
    known = {_key(n) for e in extractor.lexicon for n in e.names}  # 五好 is known as 五个好
    wanted = {k: v for k, v in targets.items() if k not in known}
    groups = [[d] for d in docs] if alone else [docs]
    found = [c for group in groups for c in discover(extractor, group, quoted_formulae=quoted)]
    listed = {_key(c.term): c for c in found}
    hits = [k for k in wanted if k in listed]
    exact = [k for k in hits if tuple(listed[k].components or ()) == wanted[k]]
    annotated = sum(1 for k in listed if k in ANNOTATED)
    return {"targets": len(wanted), "listed": len(hits), "members_exact": len(exact), "candidates": len(found), "annotated": annotated,
            "missed": sorted(set(wanted) - set(hits))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    docs, targets = load(args.shared)
    shipped = Extractor()
    lexicon = Lexicon.load()
    held_out = Lexicon([e for e in lexicon if not any(_key(n) in targets for n in e.names)], lexicon.files)
    print(f"documents={len(docs)} defined core terms={len(targets)}; held-out lexicon drops {len(lexicon) - len(held_out)} entries")
    for name, extractor in (("shipped", shipped), ("held out", Extractor(lexicon=held_out))):
        for alone, quoted in ((False, True), (False, False), (True, True), (True, False)):
            r = measure(extractor, docs, targets, alone, quoted)
            recall = r["listed"] / r["targets"] if r["targets"] else float("nan")
            mode = ("alone   " if alone else "together") + (" default       " if quoted else " recurring-only")
            print(f"{name:9} {mode}: targets={r['targets']} listed={r['listed']} recall={recall:.3f} "
                  f"members_exact={r['members_exact']} candidates={r['candidates']} annotated={r['annotated']} missed={'、'.join(r['missed'])}")


if __name__ == "__main__":
    main()
