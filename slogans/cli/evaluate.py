"""`slogans evaluate`: the gold scores, in-sample, leave-one-document-out and leave-one-set-out."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

import click

from slogans.cli.common import fail, lexicon_option, make_extractor, rules_option, segmenter_option, weights_option
from slogans.cli.gold_options import gold_option, load_gold_and_texts, optional_texts_option, read_gold_texts
from slogans.evaluation.gold import METRICS, GoldError

if TYPE_CHECKING:  # pragma: no cover
    from slogans.evaluation.cross_validation import SetScores
    from slogans.evaluation.gold import GoldScores

#: The row name of each way of holding out.
HELD_OUT_ROW = {"document": "leave-one-document-out", "set": "leave-one-set-out"}


@click.command()
@gold_option
@optional_texts_option
@click.option("--cv", is_flag=True, help="Also refit the decision leaving one document out at a time (--cv-by document).")
@click.option("--cv-by", "cv_by", multiple=True, type=click.Choice(list(HELD_OUT_ROW)),
              help="Refit holding out each document, or each set (gold folder) whole: what a new batch gets. Repeatable.")
@click.option("--second", "second", multiple=True, type=click.Path(exists=True), metavar="PATH",
              help="A second annotation of some of the documents (gold file or folder, repeatable): score it against "
                   "--gold instead of the extractor, both ways (how far two annotators agree); with --texts, the "
                   "extractor against each and against both (a term either lists defensible, core where both say so).")
@click.option("--interval", is_flag=True,
              help="Add each row's 95 % bootstrap interval over documents (2,000 draws): how far a new batch may move it.")
@click.option("-v", "--verbose", is_flag=True, help="List every error: FN (core term missed), FP, CNT (count), CMP (components).")
@rules_option
@lexicon_option
@segmenter_option
@weights_option
def evaluate(gold: tuple[str, ...], texts: tuple[str, ...], cv: bool, cv_by: tuple[str, ...], second: tuple[str, ...],
             interval: bool, verbose: bool, rules: tuple[str, ...], lexicon: tuple[str, ...], segmenter: str,
             weights: Optional[str]) -> None:
    """Score the extractor against gold files: core_recall, precision, count_exact, components_exact.

    The first row uses the weights in force (the built-in ones, or --weights): it is in-sample
    when they were fitted on these documents. --cv (or --cv-by document) adds a row scoring each
    document with weights fitted on the others only; --cv-by set one scoring each set (each
    --gold folder, or the folders given one NAME=) with weights fitted on the other sets only:
    what to expect on a new batch of documents. Both need slogans[train] and are micro-averaged.
    With two sets or more, the figures of each set follow. --second scores a second annotation
    against the first instead (no --texts needed); --interval adds how far each figure may move.

    Example:

        slogans evaluate --gold shared=a/gold --gold shared=b/gold --gold batch2/gold --texts texts/ --cv-by set
        slogans evaluate --gold batch/gold --second batch/second --texts batch/ --interval
    """
    from slogans.evaluation.cross_validation import cross_validate, evaluate as score_in_force

    if second:
        if cv or cv_by:
            raise click.UsageError("--second scores two annotations: it takes no --cv or --cv-by")
        _second_rows(gold, second, texts, interval, verbose, (rules, lexicon, segmenter, weights))
        return
    if not texts:
        raise click.UsageError("Missing option '--texts' (the gold documents' text files).")
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
    _echo_details([(name, scores) for name, _, scores in rows], interval, verbose)


def _second_rows(gold: tuple[str, ...], second: tuple[str, ...], texts: tuple[str, ...], interval: bool, verbose: bool,
                 extractor_options: tuple[tuple[str, ...], tuple[str, ...], str, Optional[str]]) -> None:
    """The second annotation against the first, the first against the second, and with ``texts`` the extractor
    against each and against the two adjudicated (``adjudicate``), over the documents the second annotation holds."""
    from slogans.evaluation.cross_validation import evaluate as score_in_force
    from slogans.evaluation.gold_sets import load_gold_sets
    from slogans.evaluation.second_annotation import adjudicate, same_documents, score_second

    try:
        first_docs, sets = load_gold_sets(gold)
        second_docs, _ = load_gold_sets(second)
        if not second_docs:
            raise GoldError(f"{', '.join(second)}: no gold files (*.json)")
        first_here = same_documents(first_docs, second_docs)
        rows = [("second against first", score_second(first_docs, second_docs, sets)),
                ("first against second", score_second(second_docs, first_here, sets))]
    except GoldError as exc:
        fail(str(exc))
    if texts:
        text_of = read_gold_texts(second_docs, texts)
        extractor = make_extractor(*extractor_options[:2], segmenter=extractor_options[2], weights=extractor_options[3])
        rows += [("extractor against first", score_in_force(extractor, first_here, text_of, sets)),
                 ("extractor against second", score_in_force(extractor, second_docs, text_of, sets)),
                 ("extractor against both", score_in_force(extractor, adjudicate(first_docs, second_docs), text_of, sets))]
    _echo_table([(name, scores.pooled) for name, scores in rows])
    _echo_details(rows, interval, verbose)


def _echo_details(rows: Sequence[tuple[str, "SetScores"]], interval: bool, verbose: bool) -> None:
    """The rows' intervals (with ``interval``), their errors (with ``verbose``) and the last row's summary line."""
    if interval:
        from slogans.evaluation.intervals import LEVEL, RESAMPLES, bootstrap_intervals

        click.echo(f"{LEVEL:.0%} interval over documents (bootstrap, {RESAMPLES:,} draws):")
        width = max(len(name) for name, _ in rows)
        for name, scores in rows:
            bounds = bootstrap_intervals(list(scores.by_document.values()))
            click.echo(f"{name:{width}}  " + "  ".join(f"{f'{bounds[m][0]:.3f}-{bounds[m][1]:.3f}':>{max(len(m), 11)}}"
                                                        for m in METRICS))
    for name, scores in rows:
        if verbose:
            click.echo(f"errors, {name}:")
            for line in scores.pooled.errors:
                click.echo(f"  {line}")
    click.echo(rows[-1][1].pooled.summary())


def _echo_table(rows: Sequence[tuple[str, "GoldScores"]]) -> None:
    """One line per row: its name and the four scores, under a header."""
    width = max(len(name) for name, _ in rows)
    click.echo(f"{'':{width}}  " + "  ".join(METRICS))
    for name, scores in rows:
        click.echo(f"{name:{width}}  " + "  ".join(f"{scores.scores[m]:{len(m)}.3f}" for m in METRICS))
