"""`slogans passages`: members read from annotated definition passages, scored."""
from __future__ import annotations

from typing import Optional

import click

from slogans.cli.common import fail, lexicon_option, make_extractor, rules_option, segmenter_option, weights_option


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every error: CMP (members not exact), FALSE (a look-alike read as a definition).")
@click.option("--second", "second", type=click.Path(exists=True, dir_okay=False),
              help="A second annotation of the same passages: score it against FILES instead of the extractor "
                   "(inter-annotator agreement).")
@click.option("--interval", is_flag=True, help="Add the 95 % Wilson interval of members_exact: how far other passages may move it.")
@rules_option
@lexicon_option
@segmenter_option
@weights_option
def passages(files: tuple[str, ...], verbose: bool, second: Optional[str], interval: bool, rules: tuple[str, ...],
             lexicon: tuple[str, ...], segmenter: str, weights: Optional[str]) -> None:
    """Score the members read from annotated definition passages (JSON Lines).

    Each line: {"id", "passage", "term", "components"} (components null for a look-alike:
    a term with a list nearby that is not its members). Prints members_exact and the
    look-alikes read as definitions. With --second, a second annotator's file is scored
    against FILES the same way (how far two annotators agree on members).

    Example:

        slogans passages tests/data/definitions/dev_passages.jsonl -v
    """
    from slogans.evaluation.gold import GoldError
    from slogans.evaluation.passages import load_passages, score_annotation, score_passages

    try:
        records = load_passages(files)
        scores = (score_annotation(records, load_passages([second])) if second else
                  score_passages(make_extractor(rules, lexicon, segmenter=segmenter, weights=weights), records))
    except (GoldError, OSError, UnicodeDecodeError) as exc:
        fail(str(exc))
    if verbose:
        for line in scores.errors:
            click.echo(line)
    click.echo(scores.summary())
    if interval and scores.definitions:
        from slogans.evaluation.intervals import LEVEL, wilson_interval

        low, high = wilson_interval(scores.exact, scores.definitions)
        click.echo(f"members_exact {LEVEL:.0%} interval (Wilson): {low:.3f}-{high:.3f}")
