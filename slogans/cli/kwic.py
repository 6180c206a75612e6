"""`slogans kwic`: keyword in context — every occurrence of some terms, with the text either side."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, Optional

import click

from slogans.cli.common import fail, lexicon_option, make_extractor, rules_option
from slogans.concordance import DEFAULT_WIDTH, KWIC_COLUMNS, TermQuery, format_lines, kwic_records
from slogans.io.corpus import iter_documents
from slogans.errors import InputError

#: Output formats by the extension of -o.
KWIC_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_PATH_SUFFIXES = (".txt", ".csv", ".jsonl", ".ndjson", ".parquet", ".json")


def split_terms_and_paths(args: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """TERM... PATH...: the paths start at the first argument that is an existing file or folder,
    or that looks like a path (holds a '/' or ends in a file extension)."""
    for i, arg in enumerate(args):
        if Path(arg).exists() or "/" in arg or arg.lower().endswith(_PATH_SUFFIXES):
            return list(args[:i]), list(args[i:])
    return list(args), []


@click.command()
@click.argument("args", nargs=-1, required=True, metavar="TERM... PATH...")
@click.option("--regex", "use_regex", is_flag=True, help="TERMs are regular expressions, searched in each mention's term and surface.")
@click.option("-w", "--width", type=click.IntRange(min=0), default=DEFAULT_WIDTH, show_default=True, help="Characters of context on each side.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the lines to this .csv or .jsonl file instead of the terminal.")
@click.option("--glob", "pattern", default=None, help="Which files to take from folders.  [default: *.txt]")
@rules_option
@lexicon_option
def kwic(args: tuple[str, ...], use_regex: bool, width: int, output: Optional[Path], pattern: Optional[str],
         rules: tuple[str, ...], lexicon: tuple[str, ...]) -> None:
    """Keyword in context: each occurrence of the TERMs in PATHs (files, folders, or tables of
    texts with a 'text' column: .jsonl, .csv, .parquet), one line each — document:line, left
    context | hit | right context — aligned for a terminal.

    A TERM is a canonical name or any variant (simplified or traditional) the lexicon knows, or a
    term the documents define or quote; with --regex, a pattern. Only what the extractor counts
    is shown, so the lines add up to the frequency table's counts. The paths begin at the first
    argument that exists or looks like a path. Columns of -o: document, line, column, start,
    end, left, hit, right, term, kind.

    Example:

        slogans kwic 五个好 两学一做 speeches/ --width 15

        slogans kwic --regex '^三个' speeches/ -o three.csv
    """
    terms, paths = split_terms_and_paths(args)
    if not terms:
        raise click.UsageError("give at least one TERM before the paths")
    if not paths:
        raise click.UsageError("give at least one file or folder after the terms")
    fmt = None
    if output is not None:
        fmt = KWIC_FORMATS.get(output.suffix.lower())
        if fmt is None:
            raise click.UsageError("-o FILE must end in .csv or .jsonl")
    extractor = make_extractor(rules, lexicon)
    try:
        query = TermQuery(terms, extractor.lexicon, use_regex)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    failed = 0

    def records() -> Iterator[dict[str, Any]]:
        nonlocal failed
        for doc in iter_documents(paths, pattern):
            if isinstance(doc, InputError):
                failed += 1
                click.echo(f"error: {doc}", err=True)
                continue
            yield from kwic_records(doc, extractor.analyze_document(doc).mentions, query, width)

    if output is None:
        lines = format_lines(list(records()))
        for line in lines:
            click.echo(line)
        if not lines and not failed:
            click.echo(f"no occurrence of {', '.join(terms)}", err=True)
    else:
        _write(output, fmt or "csv", records())
    if failed:
        raise SystemExit(2)


def _write(target: Path, fmt: str, records: Iterator[dict[str, Any]]) -> None:
    """The lines to ``target`` as CSV or JSONL, atomically."""
    import csv

    from slogans.io.atomic import atomic_path

    try:
        with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
            if fmt == "csv":
                writer = csv.DictWriter(fh, fieldnames=KWIC_COLUMNS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(records)
            else:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    except OSError as exc:
        fail(f"{target}: cannot write: {exc.strerror or exc}")
