"""`slogans lexicon list|show|search|export|import`: browse the lexicon (built-in plus the user's),
export it to other formats, and turn a CSV into a lexicon file."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Optional

import click

from slogans.cli.common import fail_on_rule_error, as_of_option, lexicon_option, load_lexicon
from slogans.errors import RuleError
from slogans.config.lexicon_entry import LexiconEntry
from slogans.config.lexicon_schema import LEVELS
from slogans.config.lexicon_table import entry_card, entry_details, lexicon_frame, write_lexicon
from slogans.model import KINDS
from slogans.io.atomic import atomic_path
from slogans.io.output_plan import check_outputs

_FORMATS = ("text", "csv", "json")
format_option = click.option("-f", "--format", "fmt", type=click.Choice(_FORMATS), default="text", show_default=True,
                             help="text for reading; csv or json (columns: term, kind, level, since, until, variants, "
                                  "components, source_body, source_document, source_date, source, versions, notes, match, uncertain).")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                             help="Write here (atomically) instead of standard output.")


def _refuse_overwriting(output: Optional[Path], lexicon: tuple[str, ...]) -> None:
    """Exit 2, before any work, when ``-o`` names one of the user's lexicon files."""
    check_outputs([("-o", output)], lexicon, "*.yaml")


def _emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    with atomic_path(output) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _table(entries: list[LexiconEntry], fmt: str, as_of: Optional[int]) -> str:
    buffer = io.StringIO()
    write_lexicon(lexicon_frame(entries, as_of), buffer, fmt)
    return buffer.getvalue()


@click.group()
def lexicon() -> None:
    """Browse the lexicon: list its entries, show one, search them; export it; import a CSV.

    Example:

        slogans lexicon list --level campaign --format csv -o campaigns.csv
    """


@lexicon.command("list")
@click.option("--level", type=click.Choice(LEVELS), help="Only entries of this level.")
@click.option("--kind", type=click.Choice(KINDS), help="Only entries of this kind.")
@format_option
@output_option
@as_of_option
@lexicon_option
def list_entries(level: Optional[str], kind: Optional[str], fmt: str, output: Optional[Path], as_of: Optional[int], lexicon: tuple[str, ...]) -> None:
    """List the entries, one per line (term, kind, level, years, members, source).

    Example:

        slogans lexicon list --kind numbered --format json
    """
    _refuse_overwriting(output, lexicon)
    lex = load_lexicon(lexicon)
    _emit(_table(lex.select(level, kind), fmt, as_of), output)


@lexicon.command("show")
@click.argument("term")
@format_option
@output_option
@as_of_option
@lexicon_option
def show(term: str, fmt: str, output: Optional[Path], as_of: Optional[int], lexicon: tuple[str, ...]) -> None:
    """Show every field of the entry of TERM (simplified, traditional or any variant), all versions included.

    Example:

        slogans lexicon show 四個全面 --as-of 2016
    """
    _refuse_overwriting(output, lexicon)
    entry = load_lexicon(lexicon).get(term)
    if entry is None:
        click.echo(f"error: unknown term '{term}'", err=True)
        raise SystemExit(1)
    if fmt == "json":
        text = json.dumps(entry_details(entry, as_of), ensure_ascii=False, indent=1) + "\n"
    elif fmt == "csv":
        text = _table([entry], fmt, as_of)
    else:
        text = "\n".join(entry_card(entry, as_of, all_versions=True)) + "\n"
    _emit(text, output)


@lexicon.command("search")
@click.argument("query")
@format_option
@output_option
@as_of_option
@lexicon_option
def search(query: str, fmt: str, output: Optional[Path], as_of: Optional[int], lexicon: tuple[str, ...]) -> None:
    """List the entries whose term, variants, members or notes contain QUERY (simplified or traditional).

    Entries named by QUERY come first. Exit status 1 when nothing matches.

    Example:

        slogans lexicon search 依法治國
    """
    _refuse_overwriting(output, lexicon)
    found = load_lexicon(lexicon).search(query)
    if not found:
        click.echo(f"error: no entry matches '{query}'", err=True)
        raise SystemExit(1)
    _emit(_table(found, fmt, as_of), output)


@lexicon.command("export")
@click.option("-f", "--format", "fmt", type=click.Choice(("yaml", "csv", "jsonl", "quanteda")), default="yaml", show_default=True,
              help="yaml: a lexicon file; jsonl: one entry per line; csv: one entry per row (lists joined with |); "
                   "quanteda: a dictionary YAML for R (term: [term, variants, traditional forms]).")
@click.option("--level", type=click.Choice(LEVELS), help="Only entries of this level.")
@click.option("--kind", type=click.Choice(KINDS), help="Only entries of this kind.")
@output_option
@lexicon_option
def export(fmt: str, level: Optional[str], kind: Optional[str], output: Optional[Path], lexicon: tuple[str, ...]) -> None:
    """Export the lexicon (built-in plus --lexicon) with every field, sources and versions included.

    Example:

        slogans lexicon export --format quanteda -o slogans.yml
    """
    from slogans.config.lexicon_io import export_lexicon

    _emit(export_lexicon(load_lexicon(lexicon).select(level, kind), fmt), output)


@lexicon.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_option
def import_csv(csv_file: Path, output: Optional[Path]) -> None:
    """Turn CSV_FILE (columns term, kind, members, source; optional variants, since, until, level …)
    into a lexicon YAML file to pass with --lexicon.

    Every row is checked as a YAML entry is (error codes, file:line of the row); with any problem
    nothing is written and the exit status is 2.

    Example:

        slogans lexicon import my_terms.csv -o my_lexicon.yaml
    """
    from slogans.config.lexicon_io import lexicon_yaml, read_csv

    try:
        entries = read_csv(csv_file)
    except RuleError as exc:
        fail_on_rule_error(exc)
    _emit(lexicon_yaml(entries), output)
    if output is not None:
        click.echo(f"wrote {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} to {output}", err=True)
