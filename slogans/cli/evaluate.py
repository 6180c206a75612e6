"""`slogans evaluate`: the gold scores, in-sample and leave-one-document-out."""
from __future__ import annotations

from typing import Optional

import click

from slogans.cli.common import lexicon_option, make_extractor, rules_option, segmenter_option, weights_option
from slogans.cli.gold_options import gold_option, load_gold_and_texts, texts_option
from slogans.evaluation.gold import METRICS


@click.command()
@gold_option
@texts_option
@click.option("--cv", is_flag=True, help="Also refit the decision leaving one document out at a time and score each left-out document.")
@click.option("-v", "--verbose", is_flag=True, help="List every error: FN (core term missed), FP, CNT (count), CMP (components).")
@rules_option
@lexicon_option
@segmenter_option
@weights_option
def evaluate(gold: tuple[str, ...], texts: tuple[str, ...], cv: bool, verbose: bool, rules: tuple[str, ...],
             lexicon: tuple[str, ...], segmenter: str, weights: Optional[str]) -> None:
    """Score the extractor against gold files: core_recall, precision, count_exact, components_exact.

    The first row uses the weights in force (the built-in ones, or --weights): it is in-sample
    when they were fitted on these documents. With --cv, a second row scores each document with
    weights fitted on the others only (needs slogans[train]), micro-averaged over the documents:
    what to expect on documents nobody annotated.

    Example:

        slogans evaluate --gold gold/ --texts texts/ --cv
    """
    from slogans.evaluation.train import cross_validate, evaluate as score_in_force

    gold_docs, text_of = load_gold_and_texts(gold, texts)
    extractor = make_extractor(rules, lexicon, segmenter=segmenter, weights=weights)
    seen = set(extractor.weights.fitted_on)
    label = "in-sample" if seen >= set(gold_docs) else "partly seen" if seen & set(gold_docs) else "unseen"
    rows = [(f"{label} (weights in force)", score_in_force(extractor, gold_docs, text_of))]
    if cv:
        try:
            rows.append(("leave-one-document-out", cross_validate(extractor, gold_docs, text_of)))
        except (ValueError, ImportError) as exc:
            raise click.UsageError(str(exc)) from None
    width = max(len(name) for name, _ in rows)
    click.echo(f"{'':{width}}  " + "  ".join(METRICS))
    for name, scores in rows:
        click.echo(f"{name:{width}}  " + "  ".join(f"{scores.scores[m]:{len(m)}.3f}" for m in METRICS))
    for name, scores in rows:
        if verbose:
            click.echo(f"errors, {name}:")
            for line in scores.errors:
                click.echo(f"  {line}")
    click.echo(rows[-1][1].summary())
