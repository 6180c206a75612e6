"""`slogans extract`: the per-document frequency table of files and folders."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

import click

from slogans.cli.common import lexicon_option, make_extractor, rules_option
from slogans.corpus import find_sources
from slogans.errors import InputError
from slogans.pipeline import ExtractorSettings, Outcome, run
from slogans.report import FORMATS
from slogans.stream import iter_inputs
from slogans.table_writer import TableWriter

_PROGRESS_MIN_FILES = 20


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here (default: standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="Report format.")
@click.option("--wide", is_flag=True, help="Documents × terms counts instead of the long table.")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files to take from folders.")
@rules_option
@lexicon_option
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Run on the Dask scheduler at ADDRESS (tcp://host:8786); needs slogans[dask].")
def extract(
    paths: tuple[str, ...], output: Optional[Path], fmt: str, wide: bool, pattern: str, rules: tuple[str, ...],
    lexicon: tuple[str, ...], workers: Optional[int], dask_address: Optional[str],
) -> None:
    """Write the per-document frequency table of PATHS (files, or folders walked for *.txt).

    One row per (document, term): document, term, kind, count, components, components_source.
    Files that cannot be read are named on stderr, the others are still processed, and the
    exit status is 2 at the end. Documents are read and analysed one at a time, on all cores
    (--workers) or on a Dask cluster (--dask); the table is the same either way.

    Example:

        slogans extract speeches/ --format jsonl -o terms.jsonl
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    extractor = make_extractor(rules, lexicon)
    settings = ExtractorSettings(tuple(rules), tuple(lexicon))
    items = iter_inputs(paths, pattern)
    if dask_address is not None:
        from slogans.dask import DaskMissing, SchedulerUnreachable, run_on_cluster

        try:
            results: Iterable[Outcome] = run_on_cluster(items, settings, dask_address, extractor=extractor)
        except DaskMissing as exc:
            raise click.UsageError(str(exc)) from None
        except SchedulerUnreachable as exc:
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(2) from None
    else:
        from slogans.parallel import default_workers

        results = run(items, settings, workers or default_workers(), extractor=extractor)
    failed = 0
    with TableWriter(output, fmt, wide, stdout=sys.stdout) as table:
        for result in _progress(results, paths, pattern):
            if isinstance(result, InputError):
                failed += 1
                click.echo(f"error: {result}", err=True)
                continue
            for warning in result.warnings:
                click.echo(f"warning: {result.document}: {warning}", err=True)
            table.add(result.terms)
    if failed:
        raise SystemExit(2)


def _progress(results: Iterable[Outcome], paths: tuple[str, ...], pattern: str) -> Iterator[Outcome]:
    """The results, with a progress bar on a terminal for runs of many files."""
    if not sys.stderr.isatty():
        yield from results
        return
    count = sum(1 for _ in find_sources(paths, pattern))  # a listing, nothing is read
    if count < _PROGRESS_MIN_FILES:
        yield from results
        return
    with click.progressbar(length=count, label="extracting", file=sys.stderr) as bar:
        for result in results:
            yield result
            bar.update(1)
