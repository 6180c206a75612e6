"""Corpora of unique documents for the benchmarks: every document once, so that no cache of the
extractor hits because a text repeats.

- the reports: the 62 dated national reports of ``reports.jsonl`` (one .txt file each), or the
  .txt files of a user's folder (``--corpus``);
- the pieces: the same texts cut at paragraph ends into pieces of about ``piece_bytes`` bytes of
  UTF-8 (whole paragraphs, a piece ends at the first paragraph end past the size), each piece once.

The files are written into a temporary folder of the caller: nothing of the shared corpus is copied
into the project.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The 62 national reports (1954–2025) of the shared corpus.
DEFAULT_REPORTS = HERE.parent.parent / "shared" / "corpus" / "reports" / "reports.jsonl"
#: Pieces of about this many bytes of UTF-8 (a short web page, a news item).
PIECE_BYTES = 1000


def read_reports(path: Path) -> list[tuple[str, str]]:
    """(name, text) of every report of a JSON Lines file with ``id`` and ``text``, in file order."""
    docs: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                row = json.loads(line)
                docs.append((str(row.get("id") or f"report-{n:04d}"), str(row["text"])))
    if not docs:
        raise SystemExit(f"{path}: no reports")
    return docs


def read_folder(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of every .txt file under ``folder``, by path."""
    files = sorted(folder.rglob("*.txt"))
    if not files:
        raise SystemExit(f"{folder}: no .txt files")
    return [(str(p.relative_to(folder).with_suffix("")).replace("/", "_"), p.read_text(encoding="utf-8")) for p in files]


def cut_pieces(docs: list[tuple[str, str]], piece_bytes: int = PIECE_BYTES) -> list[tuple[str, str]]:
    """``docs`` cut at paragraph ends into pieces of about ``piece_bytes`` bytes, each piece once
    (a piece seen before, such as a repeated heading, is left out)."""
    pieces: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(name: str, paragraphs: list[str]) -> None:
        text = "\n".join(paragraphs) + "\n"
        if text not in seen:
            seen.add(text)
            pieces.append((f"{name}_{len(pieces):05d}", text))

    for name, text in docs:
        group: list[str] = []
        size = 0
        for paragraph in text.split("\n"):
            if not paragraph.strip():
                continue
            group.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 1
            if size >= piece_bytes:
                add(name, group)
                group, size = [], 0
        if group:
            add(name, group)
    return pieces


def write_corpus(docs: list[tuple[str, str]], folder: Path) -> Path:
    """One UTF-8 .txt file per document in ``folder`` (made); the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def megabytes(docs: list[tuple[str, str]]) -> float:
    """The size of ``docs`` in MB of UTF-8."""
    return sum(len(text.encode("utf-8")) for _, text in docs) / 1_000_000


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark of unique documents takes: the reports or a folder, and the pieces' size."""
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--reports", type=Path, default=DEFAULT_REPORTS, help="JSON Lines with id and text (default: %(default)s)")
    source.add_argument("--corpus", type=Path, help="a folder of .txt files instead of the reports")
    parser.add_argument("--piece-bytes", type=int, default=PIECE_BYTES, help="size of the pieces (default: %(default)s)")


def documents_of(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The documents ``add_corpus_options`` chose: the folder's, else the reports'."""
    return read_folder(args.corpus) if args.corpus else read_reports(args.reports)


def corpora_of(args: argparse.Namespace) -> dict[str, list[tuple[str, str]]]:
    """The two corpora by name: the documents, and the same cut into pieces of ``--piece-bytes``."""
    docs = documents_of(args)
    return {"reports": docs, f"pieces of ~{args.piece_bytes} B": cut_pieces(docs, args.piece_bytes)}
