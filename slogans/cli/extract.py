"""`slogans extract`: the per-document frequency table of files and folders."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

from slogans.cli.common import lexicon_option, make_extractor, rules_option, segmenter_option
from slogans.corpus import iter_documents
from slogans.errors import InputError
from slogans.model import TermCount
from slogans.report import FORMATS, frequency_frame, write_report

_PROGRESS_MIN_FILES = 20


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here (default: standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="Report format.")
@click.option("--wide", is_flag=True, help="Documents × terms counts instead of the long table.")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files to take from folders.")
@rules_option
@lexicon_option
@segmenter_option
def extract(paths: tuple[str, ...], output: Optional[Path], fmt: str, wide: bool, pattern: str, rules: tuple[str, ...], lexicon: tuple[str, ...], segmenter: str) -> None:
    """Write the per-document frequency table of PATHS (files, or folders walked for *.txt).

    One row per (document, term): document, term, kind, count, components, components_source.
    Files that cannot be read are named on stderr, the others are still processed, and the
    exit status is 2 at the end.

    Example:

        slogans extract speeches/ --format jsonl -o terms.jsonl
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    extractor = make_extractor(rules, lexicon, segmenter)
    rows: list[TermCount] = []
    failed = 0
    items = list(iter_documents(paths, pattern))
    show = len(items) >= _PROGRESS_MIN_FILES and sys.stderr.isatty()
    with click.progressbar(items, label="extracting", file=sys.stderr) if show else _plain(items) as bar:
        for item in bar:
            if isinstance(item, InputError):
                failed += 1
                click.echo(f"error: {item}", err=True)
                continue
            result = extractor.analyze(item.text, item.id, with_mentions=False)
            for warning in result.warnings:
                click.echo(f"warning: {item.id}: {warning}", err=True)
            rows.extend(result.terms)
    write_report(frequency_frame(rows), output, fmt, wide, stdout=sys.stdout)
    if failed:
        raise SystemExit(2)


class _plain:
    def __init__(self, items: list) -> None:
        self.items = items

    def __enter__(self) -> list:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None


