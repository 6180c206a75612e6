"""`slogans extract`: the per-document frequency table of files and folders."""
from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

import click

from slogans.cli.common import (
    as_of_option, fail, config_option, lexicon_option, make_extractor, project_config, rules_option, segmenter_option, weights_option,
)
from slogans.cli.endings import EXIT_ERROR
from slogans.io.corpus import INPUT_FORMATS, ReadOptions, find_sources, resolve_options
from slogans.io.decoding import canonical_encoding
from slogans.errors import InputError, OutputError, RuleError
from slogans.io.output_plan import check_outputs
from slogans.run.pipeline import ExtractorSettings, Outcome, run
from slogans.io.report import FORMATS, MENTION_FORMATS, MentionWriter, format_of
from slogans.config.rules import RULE_DISABLED
from slogans.io.stream import iter_inputs
from slogans.io.table_writer import TableWriter
from slogans.io.tables import TableOptions

if TYPE_CHECKING:
    from slogans.io.split import Splitter

_PROGRESS_MIN_FILES = 20



@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here (default: standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None, help="Report format.  [default: by the extension of -o (.jsonl, .json, .parquet), else csv]")
@click.option("--wide", is_flag=True, help="Documents × terms counts instead of the long table.")
@click.option("--glob", "pattern", default=None, help="Which files to take from folders.  [default: *.txt, or *.jsonl … with --input-format]")
@click.option("--encoding", callback=lambda _c, _p, v: _check_encoding(v), help="Read every file in this encoding (default: detect UTF-8, UTF-16 by BOM, GB18030, Big5).")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="text, or a table of texts (default: by extension: .jsonl, .csv, .parquet).")
@click.option("--text-column", default="text", show_default=True, help="Tables: the column that holds the text.")
@click.option("--id-column", help="Tables: the column that names each document (default: 'id' if present, else FILE#ROW).")
@click.option("--keep-columns", default="", help="Tables: columns carried into the report, comma-separated (e.g. date,author,source).")
@click.option("--split", "split", is_flag=True, help="Cut compilations into their speeches (FILE#1, FILE#2 …, with a title column).")
@click.option("--mentions", "mentions_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write every mention, with line, column and context, to this .csv or .jsonl file.")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write one self-contained HTML page: each document's table and its text with every mention marked.")
@click.option("-v", "--verbose", is_flag=True, help="Name each document's encoding (and title, and the year used) on stderr.")
@rules_option
@lexicon_option
@as_of_option
@segmenter_option
@weights_option
@click.option("--workers", default="auto", show_default=True, callback=lambda _c, _p, v: _check_workers(v),
              help="Worker processes, or auto: a pool only where it pays (several free cores, about a million characters or more).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Run on the Dask scheduler at ADDRESS (tcp://host:8786); needs slogans[dask].")
@config_option
def extract(
    paths: tuple[str, ...], output: Optional[Path], fmt: str, wide: bool, pattern: Optional[str], encoding: Optional[str],
    input_format: Optional[str], text_column: str, id_column: Optional[str], keep_columns: str, split: bool,
    mentions_file: Optional[Path], html_file: Optional[Path], verbose: bool, rules: tuple[str, ...], lexicon: tuple[str, ...], as_of: Optional[int],
    segmenter: str, weights: Optional[str], workers: Optional[int], dask_address: Optional[str], config_path: Optional[str],
) -> None:
    """Write the per-document frequency table of PATHS (files, or folders walked for *.txt).

    One row per (document, term): document, term, kind, count, components, components_source,
    components_simplified, components_json, as_of, as_of_source, chars (the document's length), then the title
    (--split) and the kept columns (--keep-columns); --html adds a page that marks every mention in each text. Files
    that cannot be read are named on stderr, the others are still processed, and the exit status
    is 2 at the end. Documents are read and analysed one at a time, on the free cores where a pool
    pays (--workers auto), on N cores (--workers N) or on a Dask cluster (--dask); the table is the same either way. A PATH of - reads standard input.
    The lexicon, rules and glob of the configuration (.slogans.toml, or [tool.slogans] in
    pyproject.toml, found upward from here) apply unless options name their own. Exit status: 0
    done, 2 input, usage or output-path errors, 3 an output could not be written, 130 Ctrl-C, 141
    closed stdout, 143 SIGTERM; a report is never half-written and never replaces an input, a link
    or a device (README: Guarantees).

    Example:

        slogans extract speeches/ --format jsonl -o terms.jsonl

        slogans extract corpus.csv --text-column body --keep-columns date,author --mentions m.csv
    """
    fmt = fmt or format_of(output)
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    if mentions_file is not None and mentions_file.suffix.lower() not in MENTION_FORMATS:
        raise click.UsageError("--mentions FILE must end in .csv or .jsonl")
    cfg = project_config(config_path)
    rules = rules or tuple(map(str, cfg.rules))
    lexicon = lexicon or tuple(map(str, cfg.lexicon))
    weights = weights or (str(cfg.weights) if cfg.weights is not None else None)
    if pattern is None and cfg.path is not None and cfg.glob != "*.txt":
        pattern = cfg.glob
    check_outputs([("-o", output), ("--mentions", mentions_file), ("--html", html_file)], paths,
                  resolve_options(pattern, ReadOptions(input_format=input_format))[0])
    extractor = make_extractor(rules, lexicon, as_of, segmenter, weights)
    settings = ExtractorSettings(tuple(rules), tuple(lexicon), segmenter=segmenter, as_of=as_of, weights=weights)
    kept = tuple(c.strip() for c in keep_columns.split(",") if c.strip())
    options = ReadOptions(encoding, input_format, TableOptions(text_column, id_column, kept), _splitter(extractor.rules.settings) if split else None)
    pattern, options = resolve_options(pattern, options)
    # read where analysed (spread over the workers), except on a cluster that may not see the files
    items = iter_inputs(paths, pattern, options=options, defer_reading=dask_address is None and html_file is None)
    with_mentions = mentions_file is not None or html_file is not None
    page = None
    if html_file is not None:
        from slogans.html_report import HtmlReport, remember_texts

        page, texts = HtmlReport(), {}
        items = remember_texts(items, texts)
    if dask_address is not None:
        from slogans.dask import DaskMissing, SchedulerUnreachable, run_on_cluster

        try:
            results: Iterable[Outcome] = run_on_cluster(items, settings, dask_address, extractor=extractor, with_mentions=with_mentions)
        except DaskMissing as exc:
            raise click.UsageError(str(exc)) from None
        except SchedulerUnreachable as exc:
            fail(str(exc))
    else:
        if workers is None:
            from slogans.run.cores import auto_workers

            workers = auto_workers()
        results = run(items, settings, workers, extractor=extractor, with_mentions=with_mentions)
    failed = done = 0
    disabled: set[str] = set()  # warnings about rules switched off, each given once
    try:
        writer = TableWriter(output, fmt, wide, stdout=sys.stdout)  # a report file is opened now, before any work
    except OutputError as exc:
        click.echo(f"error: {output}: cannot write the report: {exc.reason.removeprefix('cannot write: ')}", err=True)
        raise SystemExit(EXIT_ERROR) from None
    with ExitStack() as stack:  # unwound in reverse: the report is closed first, the mentions go if it fails
        stack.callback(writer.discard)  # a no-op once the report is closed
        mentions = stack.enter_context(MentionWriter(mentions_file) if mentions_file is not None else _NoMentions())
        table = stack.enter_context(writer)
        for result in _progress(results, paths, pattern, show=not verbose):
            if isinstance(result, InputError):
                failed += 1
                click.echo(f"error: {result}", err=True)
                continue
            done += 1
            if verbose:
                dated = f", as of {result.as_of} ({result.date.describe()})" if result.as_of is not None else ""
                click.echo(f"info: {result.document}: {_describe(result.meta)}{dated}", err=True)
            for warning in result.warnings:
                if RULE_DISABLED in warning:
                    if warning in disabled:
                        continue
                    disabled.add(warning)
                click.echo(f"warning: {result.document}: {warning}", err=True)
            columns = ({"title": result.meta.get("title")} if split else {}) | dict(result.meta.get("columns") or {})
            table.add(result.terms, columns)
            mentions.write_records(result.mention_records)
            if page is not None:
                page.add(result, texts.pop(result.document, None))
        if failed and not done:
            raise SystemExit(EXIT_ERROR)  # nothing to report: leaving the block so discards both outputs
    if page is not None and html_file is not None:
        page.write(html_file)  # a write error is an OutputError: one line and its exit status
    if failed or disabled:
        raise SystemExit(EXIT_ERROR)


def _check_workers(value: str) -> Optional[int]:
    """``--workers``: None for auto, else a whole number of at least 1."""
    if value.strip().lower() == "auto":
        return None
    try:
        workers = int(value)
    except ValueError:
        workers = 0
    if workers < 1:
        raise click.BadParameter(f"'{value}' is neither auto nor a whole number of at least 1")
    return workers


def _check_encoding(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        canonical_encoding(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding '{value}'") from None
    return value


def _splitter(settings: dict) -> "Splitter":
    from slogans.io.split import Splitter  # only with --split

    try:
        return Splitter.from_settings(settings)
    except RuleError as exc:
        for p in exc.problems:
            fail(str(p))


def _describe(meta: dict) -> str:
    text = f"encoding {meta.get('encoding', '?')}" + (" (detected)" if meta.get("encoding_detected") else "")
    if meta.get("title"):
        text += f", title {meta['title']}"
    return text


class _NoMentions:
    def __enter__(self) -> "_NoMentions":
        return self

    def write_records(self, records: object) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(results: Iterable[Outcome], paths: tuple[str, ...], pattern: str, show: bool = True) -> Iterator[Outcome]:
    """The results, with a progress bar (files done) on a terminal for runs of many files."""
    if not show or not sys.stderr.isatty():
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
