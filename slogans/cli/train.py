"""`slogans train`: refit the quoted-phrase decision on the user's own annotation."""
from __future__ import annotations

from pathlib import Path

import click

from slogans.cli.common import fail, lexicon_option, make_extractor, rules_option, segmenter_option
from slogans.cli.gold_options import gold_option, load_gold_and_texts, texts_option
from slogans.engine.quoted_features import FEATURES


@click.command()
@gold_option
@texts_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("quoted_weights.json"),
              show_default=True, help="Write the weights here (replaced only once complete).")
@rules_option
@lexicon_option
@segmenter_option
def train(gold: tuple[str, ...], texts: tuple[str, ...], output: Path, rules: tuple[str, ...], lexicon: tuple[str, ...],
          segmenter: str) -> None:
    """Fit the weights of the quoted-phrase decision on gold files (--gold) and their texts (--texts).

    Every quoted phrase that may be a campaign name or a slogan is an example: a core gold term
    is a name, a phrase that is no gold term is not, optional gold terms are left out. The
    weights (logistic regression; needs slogans[train]) are written as JSON, to be used with
    `slogans extract --weights FILE` or `slogans evaluate --weights FILE`. The threshold is the one
    with the best F1 when each set (each --gold folder, or those given one NAME=) is scored by
    weights fitted on the others; with one set, when each document is.

    Example:

        slogans train --gold my-gold/ --texts my-texts/ -o my_weights.json
    """
    from slogans.evaluation.train import collect_examples, fit

    gold_docs, text_of, sets = load_gold_and_texts(gold, texts)
    extractor = make_extractor(rules, lexicon, segmenter=segmenter)
    examples = collect_examples(extractor, gold_docs, text_of)
    try:
        weights = fit(examples, fitted_on=gold_docs, sets=sets)
    except (ValueError, ImportError) as exc:
        raise click.UsageError(str(exc)) from None
    try:
        weights.save(output)
    except OSError as exc:
        fail(f"{output}: cannot write the weights: {exc.strerror or exc}")
    names = sum(e.label for e in examples)
    click.echo(f"fitted on {len(examples)} quoted phrases ({names} names) of {len(gold_docs)} documents")
    for name, w in sorted(weights.features.items(), key=lambda kv: -kv[1]):
        click.echo(f"  {w:+8.3f}  {FEATURES[name]}")
    set_count = len(set(sets.values()))
    chosen = f"leave-one-set-out over {set_count} sets" if set_count > 1 else "leave-one-document-out"
    click.echo(f"  {weights.intercept:+8.3f}  intercept; threshold {weights.threshold:g} (best F1, {chosen})")
    click.echo(f"wrote {output}")
