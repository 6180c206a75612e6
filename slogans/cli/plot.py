"""`slogans plot timeline|heatmap`: pictures of a report (needs slogans[plot])."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

import click

from slogans.cli.common import fail, lexicon_option, load_lexicon
from slogans.errors import InputError
from slogans.timeline import PERIODS

if TYPE_CHECKING:
    import pandas

_output_option = click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
                              help="The picture: .png, .svg or .pdf.")
_per_option = click.option("--per", type=click.IntRange(min=1), default=None, metavar="N",
                           help="Counts per N characters of text (e.g. 10000) instead of raw counts; needs the report's chars column.")
_font_option = click.option("--font", "font_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                            help="A font file with Chinese characters (default: one found among the system's fonts).")
_title_option = click.option("--title", default="", help="A title above the picture.")


@click.group()
def plot() -> None:
    """Pictures of a report that slogans extract wrote (needs slogans[plot])."""


def _load(report: str) -> "pandas.DataFrame":
    from slogans.timeline import read_report

    try:
        return read_report(Path(report))
    except InputError as exc:
        fail(str(exc))


def _font(font_file: Optional[Path]) -> str:
    from slogans.plot import PlotUnavailable, find_cjk_font

    try:
        return find_cjk_font(font_file)
    except PlotUnavailable as exc:
        fail(str(exc))


def _check_output(output: Path) -> None:
    from slogans.plot import picture_format

    try:
        picture_format(output)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _canonical(terms: tuple[str, ...], lexicon: tuple[str, ...]) -> list[str]:
    """The terms given (comma-separated or repeated) as the report names them."""
    from slogans.timeline import canonical_terms

    lex = load_lexicon(lexicon)
    names = [t.strip() for term in terms for t in term.replace("，", ",").split(",") if t.strip()]

    def canonical(name: str) -> Optional[str]:
        entry = lex.get(name)
        return entry.term if entry is not None else None

    return canonical_terms(names, canonical)


def _draw(draw: Callable[..., None], table: "pandas.DataFrame", output: Path, **options: Any) -> None:
    from slogans.plot import PlotUnavailable

    try:
        draw(table, output, **options)
    except PlotUnavailable as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{output}: cannot write the picture: {exc.strerror or exc}")


@plot.command()
@click.argument("report", type=click.Path(dir_okay=False))
@click.option("-t", "--terms", "terms", multiple=True, required=True,
              help="Terms to draw, comma-separated or repeated (any name or variant the lexicon knows).")
@_per_option
@click.option("--by", type=click.Choice(PERIODS), default="year", show_default=True, help="Group the documents by year, month or decade.")
@click.option("--date-column", default=None, help="The column that dates the documents (default: date, else as_of).")
@_output_option
@_title_option
@_font_option
@lexicon_option
def timeline(report: str, terms: tuple[str, ...], per: Optional[int], by: str, date_column: Optional[str], output: Path,
             title: str, font_file: Optional[Path], lexicon: tuple[str, ...]) -> None:
    """Draw how often TERMS occur by date in REPORT (a report of slogans extract that kept a date
    column: --keep-columns date).

    Example:

        slogans extract reports.jsonl --keep-columns date -o report.csv

        slogans plot timeline report.csv --terms 四个现代化,三个代表,小康社会 --per 10000 -o timeline.png
    """
    from slogans.plot import plot_timeline
    from slogans.timeline import timeline_frame

    _check_output(output)
    frame = _load(report)
    names = _canonical(terms, lexicon)
    try:
        table = timeline_frame(frame, names, per, by, date_column)
    except ValueError as exc:
        fail(f"{report}: {exc}")
    absent = [n for n in names if not table[n].any()]
    for name in absent:
        click.echo(f"warning: {report}: no document uses {name}", err=True)
    ylabel = f"per {per:,} characters" if per else "count"
    _draw(plot_timeline, table, output, title=title, ylabel=ylabel, font=_font(font_file))


@plot.command()
@click.argument("report", type=click.Path(dir_okay=False))
@click.option("-t", "--terms", "terms", multiple=True, help="Terms to show, comma-separated or repeated (default: the most frequent).")
@click.option("--top", type=click.IntRange(min=1), default=25, show_default=True, help="Without --terms: how many of the most frequent terms.")
@_per_option
@_output_option
@_title_option
@_font_option
@lexicon_option
def heatmap(report: str, terms: tuple[str, ...], top: int, per: Optional[int], output: Path, title: str,
            font_file: Optional[Path], lexicon: tuple[str, ...]) -> None:
    """Draw REPORT as documents × terms, each cell a count (or a rate with --per).

    Example:

        slogans plot heatmap report.csv --top 20 -o heatmap.svg
    """
    from slogans.plot import plot_heatmap
    from slogans.timeline import heatmap_frame

    _check_output(output)
    frame = _load(report)
    names = _canonical(terms, lexicon) if terms else None
    try:
        table = heatmap_frame(frame, names, top, per)
    except ValueError as exc:
        fail(f"{report}: {exc}")
    _draw(plot_heatmap, table, output, title=title, label=f"per {per:,} characters" if per else "count", font=_font(font_file))
