"""The command line: parse options, call the API, format, exit codes — nothing else.

Each command lives in its own module; this one holds the group and names them. A command's
module is imported only when that command runs (or when help lists them all), so `slogans check`
does not pay for the imports of `plot`, `train` or `discover`.
"""
from __future__ import annotations

import importlib
from typing import Optional

import click

from slogans import __version__
from slogans.cli.endings import SlogansGroup

#: Each command: the module that defines it and the name of its click command there.
COMMANDS = {
    "check": ("slogans.cli.check", "check"),
    "discover": ("slogans.cli.discover", "discover_command"),
    "evaluate": ("slogans.cli.evaluate", "evaluate"),
    "expand": ("slogans.cli.expand", "expand"),
    "extract": ("slogans.cli.extract", "extract"),
    "kwic": ("slogans.cli.kwic", "kwic"),
    "lexicon": ("slogans.cli.lexicon", "lexicon"),
    "passages": ("slogans.cli.passages", "passages"),
    "plot": ("slogans.cli.plot", "plot"),
    "rules": ("slogans.cli.rules", "rules"),
    "train": ("slogans.cli.train", "train"),
}


class LazyGroup(SlogansGroup):
    """The group of ``COMMANDS``, each imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> Optional[click.Command]:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="slogans")
def main() -> None:
    """Find, count and expand the campaigns, numbered formulae and slogans of Chinese political texts."""
