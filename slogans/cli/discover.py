"""`slogans discover`: the formulae and campaign names that documents use and the lexicon lacks."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, Optional

import click

from slogans.cli.common import fail, lexicon_option, make_extractor, rules_option
from slogans.io.corpus import INPUT_FORMATS, ReadOptions, iter_documents
from slogans.discover import MIN_DOCUMENTS, Discovered, discover, discover_frame, stubs_yaml
from slogans.errors import InputError
from slogans.model import Document
from slogans.io.tables import TableOptions


@click.command("discover")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write lexicon stubs (YAML, the lexicon's schema, source left empty) to this file.")
@click.option("--min-documents", type=click.IntRange(min=1), default=MIN_DOCUMENTS, show_default=True,
              help="List a term no document defines only when this many documents use it.")
@click.option("--recurring-only", is_flag=True, help="Leave out numeral formulae that one document only quotes (neither defines nor shares).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "csv", "jsonl"]), default="text", show_default=True,
              help="How the list is printed on standard output.")
@click.option("--glob", "pattern", default=None, help="Which files to take from folders.  [default: *.txt, or *.jsonl … with --input-format]")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="text, or a table of texts (default: by extension).")
@click.option("--text-column", default="text", show_default=True, help="Tables: the column that holds the text.")
@click.option("--id-column", help="Tables: the column that names each document.")
@click.option("--date-column", help="Tables: the column that dates each document (for first and last dates), e.g. date.")
@rules_option
@lexicon_option
def discover_command(paths: tuple[str, ...], output: Optional[Path], min_documents: int, recurring_only: bool, fmt: str, pattern: Optional[str],
                     input_format: Optional[str], text_column: str, id_column: Optional[str], date_column: Optional[str],
                     rules: tuple[str, ...], lexicon: tuple[str, ...]) -> None:
    """List the formulae and campaign names of PATHS that the lexicon lacks: those a document
    defines, the numeral formulae a document quotes (“三查两评”), and those at least
    --min-documents documents use; ranked by documents, then count.

    Each comes with its first and last date (from a table's --date-column), its count, the members
    a document gives, and two example contexts. With -o, the list is also written as lexicon
    stubs whose source is left empty: the stub file fails to load (--lexicon) and to lint until
    a person fills in each source.

    Example:

        slogans discover speeches/ -o stubs.yaml

        slogans discover reports.jsonl --date-column date --min-documents 3 --format csv > candidates.csv
    """
    extractor = make_extractor(rules, lexicon)
    options = ReadOptions(None, input_format, TableOptions(text_column, id_column, (date_column,) if date_column else ()))
    failed = 0

    def documents() -> Iterator[Document]:
        nonlocal failed
        for doc in iter_documents(paths, pattern, options=options):
            if isinstance(doc, InputError):
                failed += 1
                click.echo(f"error: {doc}", err=True)
                continue
            if date_column and doc.meta.get("date") is None:
                doc.meta["date"] = (doc.meta.get("columns") or {}).get(date_column)
            yield doc

    found = discover(extractor, documents(), min_documents, quoted_formulae=not recurring_only)
    _print(found, fmt)
    if output is not None:
        from slogans.io.atomic import atomic_path

        try:
            with atomic_path(output) as tmp:
                tmp.write_text(stubs_yaml(found), encoding="utf-8")
        except OSError as exc:
            fail(f"{output}: cannot write the stubs: {exc.strerror or exc}")
        click.echo(f"wrote {len(found)} stubs to {output}: fill in each source, then use --lexicon {output}", err=True)
    if failed:
        raise SystemExit(2)


def _print(found: list[Discovered], fmt: str) -> None:
    if fmt != "text":
        frame = discover_frame(found)
        if fmt == "csv":
            for column in ("components", "variants", "examples"):
                frame[column] = frame[column].map(lambda v: "、".join(v) if isinstance(v, list) else "")
            frame.to_csv(sys.stdout, index=False, lineterminator="\n")
        else:
            frame.to_json(sys.stdout, orient="records", lines=True, force_ascii=False)
        return
    for c in found:
        dates = f"  {c.first_date}–{c.last_date}" if c.first_date else ""
        click.echo(f"{c.term}  ({c.kind}, {_plural(c.documents, 'document')}, {_plural(c.count, 'time')}{dates})")
        if c.components:
            click.echo(f"    members ({c.defined_in}): {'、'.join(c.components)}")
        for doc, context in c.examples:
            click.echo(f"    {doc}: {context}")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
