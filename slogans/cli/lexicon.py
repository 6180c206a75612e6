"""`slogans lexicon list|show|search`: browse the lexicon (built-in plus the user's)."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Optional

import click

from slogans.cli.common import as_of_option, lexicon_option, load_lexicon
from slogans.lexicon_entry import LexiconEntry
from slogans.lexicon_schema import LEVELS
from slogans.lexicon_table import entry_card, entry_details, lexicon_frame, write_lexicon
from slogans.model import KINDS
from slogans.atomic import atomic_path
from slogans.output_plan import check_outputs

_FORMATS = ("text", "csv", "json")
format_option = click.option("-f", "--format", "fmt", type=click.Choice(_FORMATS), default="text", show_default=True,
                             help="text for reading; csv or json (columns: term, kind, level, since, until, variants, "
                                  "components, source_body, source_document, source_date, source, versions, notes).")
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
    """Browse the lexicon: list its entries, show one, search them.

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
