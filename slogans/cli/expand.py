"""`slogans expand`: the members of a term from the lexicon."""
from __future__ import annotations

import json

import click

from slogans.cli.common import lexicon_option, make_extractor


@click.command()
@click.argument("term")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@lexicon_option
def expand(term: str, fmt: str, lexicon: tuple[str, ...]) -> None:
    """Print the members of TERM (simplified, traditional or any variant) from the lexicon.

    Example:

        slogans expand 四個意識
    """
    entry = make_extractor((), lexicon).expand(term)
    if entry is None:
        click.echo(f"error: unknown term '{term}'", err=True)
        raise SystemExit(1)
    if fmt == "json":
        payload = {"term": entry.term, "kind": entry.kind, "components": list(entry.components or []), "source": entry.source}
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    for member in entry.components or ():
        click.echo(member)
