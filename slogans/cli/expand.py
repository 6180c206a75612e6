"""`slogans expand`: the members of a term from the lexicon, with their source and version."""
from __future__ import annotations

import json
from typing import Optional

import click

from slogans.cli.common import as_of_option, lexicon_option, load_lexicon
from slogans.config.lexicon_table import entry_card, entry_details


@click.command()
@click.argument("term")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "card", "json"]), default="text", show_default=True,
              help="text: the members, one per line; card: every field for reading; json: every field.")
@as_of_option
@click.option("--all-versions", is_flag=True, help="List the members of every version of a changed formula.")
@lexicon_option
def expand(term: str, fmt: str, as_of: Optional[int], all_versions: bool, lexicon: tuple[str, ...]) -> None:
    """Print the members of TERM (simplified, traditional or any variant) from the lexicon.

    `text` prints the members one per line (with --all-versions, each version's under a
    `# since–until` line); `card` adds the kind, level, years, source and version; `json`
    gives every field ("versions" always holds them all).

    Example:

        slogans expand 四個全面 --as-of 2016 --format card
    """
    entry = load_lexicon(lexicon).get(term)
    if entry is None:
        click.echo(f"error: unknown term '{term}'", err=True)
        raise SystemExit(1)
    if fmt == "json":
        click.echo(json.dumps(entry_details(entry, as_of), ensure_ascii=False))
    elif fmt == "card":
        click.echo("\n".join(entry_card(entry, as_of, all_versions)))
    elif all_versions and entry.versions:
        for version in entry.versions:
            click.echo(f"# {version.since}–{version.until if version.until is not None else ''}")
            for member in version.components:
                click.echo(member)
    else:
        for member in entry.components_for(as_of) or ():
            click.echo(member)
