"""Options and helpers shared by the commands."""
from __future__ import annotations

import click

from slogans.api import Extractor
from slogans.errors import RuleError


def make_extractor(rules: tuple[str, ...], lexicon: tuple[str, ...]) -> Extractor:
    """An Extractor with the user's rules and lexicon; rule problems are printed and exit 2."""
    try:
        return Extractor(rules=list(rules), lexicon=list(lexicon))
    except RuleError as exc:
        for p in exc.problems:
            click.echo(f"error: {p}", err=True)
        raise SystemExit(2) from None


rules_option = click.option("--rules", "rules", multiple=True, type=click.Path(exists=True), help="Extra YAML rule file or folder (repeatable).")
lexicon_option = click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True), help="Extra lexicon file or folder (repeatable).")
