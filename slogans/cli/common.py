"""Options and helpers shared by the commands."""
from __future__ import annotations

from pathlib import Path
from typing import NoReturn, Optional

import click

from slogans.api import Extractor
from slogans.lint.project_config import Config, ConfigError, find_config, load_config
from slogans.errors import RuleError
from slogans.config.lexicon import Lexicon
from slogans.lint.findings import FORMATS, Finding, render
from slogans.engine.quoted_weights import WeightsError
from slogans.text.segment import SEGMENTERS, SegmenterUnavailable


def fail(message: str) -> NoReturn:
    """Print ``error: message`` on standard error and exit 2."""
    click.echo(f"error: {message}", err=True)
    raise SystemExit(2) from None


def fail_on_rule_error(exc: RuleError) -> NoReturn:
    """Print every problem of ``exc`` and exit 2."""
    for p in exc.problems:
        click.echo(f"error: {p}", err=True)
    raise SystemExit(2) from None


def load_lexicon(lexicon: tuple[str, ...]) -> Lexicon:
    """The built-in lexicon plus the user's; problems are printed and exit 2, overrides get a notice."""
    try:
        lex = Lexicon.load(list(lexicon))
    except RuleError as exc:
        fail_on_rule_error(exc)
    for notice in lex.notices:
        click.echo(notice, err=True)
    return lex


def make_extractor(
    rules: tuple[str, ...], lexicon: tuple[str, ...], as_of: Optional[int] = None, segmenter: str = "jieba",
    weights: Optional[str] = None,
) -> Extractor:
    """An Extractor with the user's rules, lexicon, segmenter and weights; rule or weights problems
    or a missing segmenter exit 2."""
    lex = load_lexicon(lexicon)
    try:
        return Extractor(rules=list(rules), lexicon=lex, as_of=as_of, segmenter=segmenter, weights=weights)
    except RuleError as exc:
        fail_on_rule_error(exc)
    except WeightsError as exc:
        fail(str(exc))
    except SegmenterUnavailable as exc:
        fail(str(exc))


rules_option = click.option("--rules", "rules", multiple=True, type=click.Path(exists=True), help="Extra YAML rule file or folder (repeatable).")
lexicon_option = click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True), help="Extra lexicon file or folder (repeatable); its entries override built-in ones with a notice.")
weights_option = click.option(
    "--weights", "weights", type=click.Path(exists=True, dir_okay=False), default=None,
    help="Weights of the quoted-phrase decision, from `slogans train` (default: the built-in ones).",
)
as_of_option = click.option("--as-of", "as_of", type=click.IntRange(1800, 2200), default=None, metavar="YEAR",
                            help="Pick the members a changed formula had in YEAR (default: the document's date, else the latest).")


def project_config(path: Optional[str]) -> Config:
    """The configuration from ``--config`` or found upward from the current directory; problems exit 2."""
    try:
        return load_config(Path(path) if path else find_config())
    except ConfigError as exc:
        fail(str(exc))


def echo_findings(findings: list[Finding], fmt: str) -> None:
    """Print findings to standard output in ``fmt`` (text, json or github)."""
    out = render(findings, fmt)
    if out:
        click.echo(out, nl=False)


config_option = click.option(
    "--config", "config_path", type=click.Path(exists=True, dir_okay=False),
    help="Configuration file (default: .slogans.toml or pyproject.toml [tool.slogans], found upward from here).",
)
findings_format_option = click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
    help="text: path:line:col: CODE message; json: a list of objects; github: workflow annotations.",
)
segmenter_option = click.option(
    "--segmenter", type=click.Choice(SEGMENTERS), default="jieba", show_default=True,
    help="Word segmenter for unquoted numeral phrases (pkuseg needs the extra slogans[pkuseg]).",
)
