"""`slogans extract`: the per-document frequency table of files and folders."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Optional

import click

from slogans.cli.common import as_of_option, lexicon_option, make_extractor, rules_option, segmenter_option
from slogans.corpus import INPUT_FORMATS, ReadOptions, iter_documents
from slogans.decoding import canonical_encoding
from slogans.errors import InputError, RuleError
from slogans.model import Document, TermCount
from slogans.report import FORMATS, MENTION_FORMATS, MentionWriter, add_document_columns, frequency_frame, write_report
from slogans.split import Splitter
from slogans.tables import TableOptions



@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here (default: standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="Report format.")
@click.option("--wide", is_flag=True, help="Documents × terms counts instead of the long table.")
@click.option("--glob", "pattern", default=None, help="Which files to take from folders.  [default: *.txt, or *.jsonl … with --input-format]")
@click.option("--encoding", callback=lambda _c, _p, v: _check_encoding(v), help="Read every file in this encoding (default: detect UTF-8, UTF-16 by BOM, GB18030, Big5).")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="text, or a table of texts (default: by extension: .jsonl, .csv, .parquet).")
@click.option("--text-column", default="text", show_default=True, help="Tables: the column that holds the text.")
@click.option("--id-column", help="Tables: the column that names each document (default: 'id' if present, else FILE#ROW).")
@click.option("--keep-columns", default="", help="Tables: columns carried into the report, comma-separated (e.g. date,author,source).")
@click.option("--split", "split", is_flag=True, help="Cut compilations into their speeches (FILE#1, FILE#2 …, with a title column).")
@click.option("--mentions", "mentions_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write every mention, with line, column and context, to this .csv or .jsonl file.")
@click.option("-v", "--verbose", is_flag=True, help="Name each document's encoding (and title) on stderr.")
@rules_option
@lexicon_option
@as_of_option
@segmenter_option
def extract(
    paths: tuple[str, ...], output: Optional[Path], fmt: str, wide: bool, pattern: Optional[str], encoding: Optional[str],
    input_format: Optional[str], text_column: str, id_column: Optional[str], keep_columns: str, split: bool,
    mentions_file: Optional[Path], verbose: bool, rules: tuple[str, ...], lexicon: tuple[str, ...], as_of: Optional[int], segmenter: str,
) -> None:
    """Write the per-document frequency table of PATHS (files, or folders walked for *.txt).

    One row per (document, term): document, term, kind, count, components, components_source,
    then the title (--split) and the kept columns (--keep-columns). Files that cannot be read
    are named on stderr, the others are still processed, and the exit status is 2 at the end.

    Example:

        slogans extract speeches/ --format jsonl -o terms.jsonl

        slogans extract corpus.csv --text-column body --keep-columns date,author --mentions m.csv
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    if mentions_file is not None and mentions_file.suffix.lower() not in MENTION_FORMATS:
        raise click.UsageError("--mentions FILE must end in .csv or .jsonl")
    extractor = make_extractor(rules, lexicon, as_of, segmenter)
    kept = tuple(c.strip() for c in keep_columns.split(",") if c.strip())
    options = ReadOptions(encoding, input_format, TableOptions(text_column, id_column, kept), _splitter(extractor.rules.settings) if split else None)
    rows: list[TermCount] = []
    extra: dict[str, dict[str, object]] = {}
    failed = 0
    items = iter_documents(paths, pattern, options=options)
    show = sys.stderr.isatty() and not verbose
    with MentionWriter(mentions_file) if mentions_file is not None else _NoMentions() as mentions, \
            click.progressbar(items, label="extracting", file=sys.stderr, show_pos=True) if show else _Plain(items) as bar:
        for item in bar:
            if isinstance(item, InputError):
                failed += 1
                click.echo(f"error: {item}", err=True)
                continue
            if verbose:
                click.echo(f"info: {item.id}: {_describe(item)}", err=True)
            result = extractor.analyze_document(item, with_mentions=mentions_file is not None)
            for warning in result.warnings:
                click.echo(f"warning: {item.id}: {warning}", err=True)
            rows.extend(result.terms)
            mentions.write(item, result.mentions)
            columns = ({"title": item.meta.get("title")} if split else {}) | dict(item.meta.get("columns") or {})
            if columns:
                extra[item.id] = columns
    write_report(add_document_columns(frequency_frame(rows), extra), output, fmt, wide, stdout=sys.stdout)
    if failed:
        raise SystemExit(2)


def _check_encoding(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        canonical_encoding(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding '{value}'") from None
    return value


def _splitter(settings: dict) -> Splitter:
    try:
        return Splitter.from_settings(settings)
    except RuleError as exc:
        for p in exc.problems:
            click.echo(f"error: {p}", err=True)
        raise SystemExit(2) from None


def _describe(doc: Document) -> str:
    meta = doc.meta
    text = f"encoding {meta.get('encoding', '?')}" + (" (detected)" if meta.get("encoding_detected") else "")
    if meta.get("title"):
        text += f", title {meta['title']}"
    return text


class _Plain:
    def __init__(self, items: Iterable) -> None:
        self.items = items

    def __enter__(self) -> Iterable:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None


class _NoMentions:
    def __enter__(self) -> "_NoMentions":
        return self

    def write(self, doc: Document, mentions: object) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
