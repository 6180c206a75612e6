"""The command line: parse options, call the API, format, exit codes — nothing else.

Each command lives in its own module; this one holds the group and registers them.
"""
from __future__ import annotations

import click

from slogans import __version__
from slogans.cli.endings import SlogansGroup


@click.group(cls=SlogansGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="slogans")
def main() -> None:
    """Find, count and expand the campaigns, numbered formulae and slogans of Chinese political texts."""


def _register() -> None:
    from slogans.cli.check import check
    from slogans.cli.discover import discover_command
    from slogans.cli.evaluate import evaluate
    from slogans.cli.expand import expand
    from slogans.cli.extract import extract
    from slogans.cli.kwic import kwic
    from slogans.cli.plot import plot
    from slogans.cli.lexicon import lexicon
    from slogans.cli.rules import rules
    from slogans.cli.train import train

    main.add_command(extract)
    main.add_command(expand)
    main.add_command(lexicon)
    main.add_command(check)
    main.add_command(rules)
    main.add_command(kwic)
    main.add_command(plot)
    main.add_command(discover_command)
    main.add_command(train)
    main.add_command(evaluate)


_register()
