"""Options and loading shared by the commands that read gold annotation (train, evaluate)."""
from __future__ import annotations

from typing import Any

import click

from slogans.errors import InputError
from slogans.evaluation.gold import GoldError, find_texts, load_gold
from slogans.cli.common import fail

gold_option = click.option("--gold", "gold", multiple=True, required=True, type=click.Path(exists=True),
                           help="Gold file or folder of gold files (*.json; repeatable).")
texts_option = click.option("--texts", "texts", multiple=True, required=True, type=click.Path(exists=True),
                            help="Folder holding the gold documents' text files, found by name (repeatable).")


def load_gold_and_texts(gold: tuple[str, ...], texts: tuple[str, ...]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The gold documents and their texts; a bad gold file or a missing or unreadable text exits 2 naming it."""
    from slogans.evaluation.train import read_texts

    try:
        gold_docs = load_gold(gold)
        if not gold_docs:
            raise GoldError(f"{', '.join(gold)}: no gold files (*.json)")
        return gold_docs, read_texts(find_texts(gold_docs, texts))
    except (GoldError, InputError) as exc:
        fail(str(exc))
