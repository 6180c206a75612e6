"""The command line: parse options, call the API, format, exit codes — nothing else."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from slogans import __version__
from slogans.api import Extractor
from slogans.corpus import iter_documents
from slogans.errors import InputError, RuleError
from slogans.model import TermCount
from slogans.report import FORMATS, frequency_frame, write_report

_PROGRESS_MIN_FILES = 20


def _extractor(rules: tuple[str, ...], lexicon: tuple[str, ...]) -> Extractor:
    try:
        return Extractor(rules=list(rules), lexicon=list(lexicon))
    except RuleError as exc:
        for p in exc.problems:
            click.echo(f"error: {p}", err=True)
        raise SystemExit(2) from None


rules_option = click.option("--rules", "rules", multiple=True, type=click.Path(exists=True), help="Extra YAML rule file or folder (repeatable).")
lexicon_option = click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True), help="Extra lexicon file or folder (repeatable).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="slogans")
def main() -> None:
    """Find, count and expand the campaigns, numbered formulae and slogans of Chinese political texts."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here (default: standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="Report format.")
@click.option("--wide", is_flag=True, help="Documents × terms counts instead of the long table.")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files to take from folders.")
@rules_option
@lexicon_option
def extract(paths: tuple[str, ...], output: Optional[Path], fmt: str, wide: bool, pattern: str, rules: tuple[str, ...], lexicon: tuple[str, ...]) -> None:
    """Write the per-document frequency table of PATHS (files, or folders walked for *.txt).

    One row per (document, term): document, term, kind, count, components, components_source.
    Files that cannot be read are named on stderr, the others are still processed, and the
    exit status is 2 at the end.

    Example:

        slogans extract speeches/ --format jsonl -o terms.jsonl
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    extractor = _extractor(rules, lexicon)
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


@main.command()
@click.argument("term")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@lexicon_option
def expand(term: str, fmt: str, lexicon: tuple[str, ...]) -> None:
    """Print the members of TERM (simplified, traditional or any variant) from the lexicon.

    Example:

        slogans expand 四個意識
    """
    entry = _extractor((), lexicon).expand(term)
    if entry is None:
        click.echo(f"error: unknown term '{term}'", err=True)
        raise SystemExit(1)
    if fmt == "json":
        payload = {"term": entry.term, "kind": entry.kind, "components": list(entry.components or []), "source": entry.source}
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    for member in entry.components or ():
        click.echo(member)
