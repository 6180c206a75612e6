"""Options and loading shared by the commands that read gold annotation (train, evaluate)."""
from __future__ import annotations

from typing import Any

import click

from slogans.errors import InputError
from slogans.evaluation.gold import GoldError, find_texts
from slogans.cli.common import fail

gold_option = click.option("--gold", "gold", multiple=True, required=True, metavar="[NAME=]PATH",
                           help="Gold file or folder of gold files (*.json; repeatable). Each is a set (an annotated "
                                "batch) named after its folder; NAME= names it, and the same NAME joins folders.")
texts_option = click.option("--texts", "texts", multiple=True, required=True, type=click.Path(exists=True),
                            help="Folder holding the gold documents' text files, found by name (repeatable).")
#: --texts where a command can do without it (evaluate --second).
optional_texts_option = click.option("--texts", "texts", multiple=True, type=click.Path(exists=True),
                                     help="Folder holding the gold documents' text files, found by name (repeatable).")


def load_gold_and_texts(gold: tuple[str, ...], texts: tuple[str, ...]
                        ) -> tuple[dict[str, dict[str, Any]], dict[str, str], dict[str, str]]:
    """The gold documents, their texts and the set of each; a bad gold argument or file, or a missing or
    unreadable text, exits 2 naming it."""
    from slogans.evaluation.gold_sets import load_gold_sets

    try:
        gold_docs, sets = load_gold_sets(gold)
        if not gold_docs:
            raise GoldError(f"{', '.join(gold)}: no gold files (*.json)")
    except GoldError as exc:
        fail(str(exc))
    return gold_docs, read_gold_texts(gold_docs, texts), sets


def read_gold_texts(gold_docs: dict[str, Any], texts: tuple[str, ...]) -> dict[str, str]:
    """The text of each gold document, found by name under ``texts``; a missing or unreadable one exits 2 naming it."""
    from slogans.evaluation.train import read_texts

    try:
        return read_texts(find_texts(gold_docs, texts))
    except (GoldError, InputError) as exc:
        fail(str(exc))
