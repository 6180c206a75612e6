"""`slogans evaluate`: the gold scores, in-sample, leave-one-document-out and leave-one-set-out."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

import click

from slogans.cli.common import lexicon_option, make_extractor, rules_option, segmenter_option, weights_option
from slogans.cli.gold_options import gold_option, load_gold_and_texts, texts_option
from slogans.evaluation.gold import METRICS

if TYPE_CHECKING:  # pragma: no cover
    from slogans.evaluation.cross_validation import SetScores
    from slogans.evaluation.gold import GoldScores

#: The row name of each way of holding out.
HELD_OUT_ROW = {"document": "leave-one-document-out", "set": "leave-one-set-out"}


@click.command()
@gold_option
@texts_option
@click.option("--cv", is_flag=True, help="Also refit the decision leaving one document out at a time (--cv-by document).")
@click.option("--cv-by", "cv_by", multiple=True, type=click.Choice(list(HELD_OUT_ROW)),
              help="Refit holding out each document, or each set (gold folder) whole: what a new batch gets. Repeatable.")
@click.option("-v", "--verbose", is_flag=True, help="List every error: FN (core term missed), FP, CNT (count), CMP (components).")
@rules_option
@lexicon_option
@segmenter_option
@weights_option
def evaluate(gold: tuple[str, ...], texts: tuple[str, ...], cv: bool, cv_by: tuple[str, ...], verbose: bool,
             rules: tuple[str, ...], lexicon: tuple[str, ...], segmenter: str, weights: Optional[str]) -> None:
    """Score the extractor against gold files: core_recall, precision, count_exact, components_exact.

    The first row uses the weights in force (the built-in ones, or --weights): it is in-sample
    when they were fitted on these documents. --cv (or --cv-by document) adds a row scoring each
    document with weights fitted on the others only; --cv-by set one scoring each set (each
    --gold folder, or the folders given one NAME=) with weights fitted on the other sets only:
    what to expect on a new batch of documents. Both need slogans[train] and are micro-averaged.
    With two sets or more, the figures of each set follow.

    Example:

        slogans evaluate --gold shared=a/gold --gold shared=b/gold --gold batch2/gold --texts texts/ --cv-by set
    """
    from slogans.evaluation.cross_validation import cross_validate, evaluate as score_in_force

    gold_docs, text_of, sets = load_gold_and_texts(gold, texts)
    extractor = make_extractor(rules, lexicon, segmenter=segmenter, weights=weights)
    seen = set(extractor.weights.fitted_on)
    label = "in-sample" if seen >= set(gold_docs) else "partly seen" if seen & set(gold_docs) else "unseen"
    # (row name, its short name in the table by set, the scores)
    rows: list[tuple[str, str, "SetScores"]] = [
        (f"{label} (weights in force)", label, score_in_force(extractor, gold_docs, text_of, sets))]
    for hold_out in dict.fromkeys((["document"] if cv else []) + list(cv_by)):
        try:
            scores = cross_validate(extractor, gold_docs, text_of, sets, hold_out)
        except (ValueError, ImportError) as exc:
            raise click.UsageError(str(exc)) from None
        rows.append((HELD_OUT_ROW[hold_out], HELD_OUT_ROW[hold_out], scores))
    _echo_table([(name, scores.pooled) for name, _, scores in rows])
    names = sorted(set(sets.values()))
    if len(names) > 1:
        click.echo("by set:")
        _echo_table([(f"{short}: {s} ({scores.by_set[s].documents})", scores.by_set[s])
                     for _, short, scores in rows for s in names])
    for name, _, scores in rows:
        if verbose:
            click.echo(f"errors, {name}:")
            for line in scores.pooled.errors:
                click.echo(f"  {line}")
    click.echo(rows[-1][2].pooled.summary())


def _echo_table(rows: Sequence[tuple[str, "GoldScores"]]) -> None:
    """One line per row: its name and the four scores, under a header."""
    width = max(len(name) for name, _ in rows)
    click.echo(f"{'':{width}}  " + "  ".join(METRICS))
    for name, scores in rows:
        click.echo(f"{name:{width}}  " + "  ".join(f"{scores.scores[m]:{len(m)}.3f}" for m in METRICS))
