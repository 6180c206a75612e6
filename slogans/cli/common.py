"""Options and helpers shared by the commands."""
from __future__ import annotations

import click

from slogans.api import Extractor
from slogans.errors import RuleError
from slogans.segment import SEGMENTERS, SegmenterUnavailable


def make_extractor(rules: tuple[str, ...], lexicon: tuple[str, ...], segmenter: str = "jieba") -> Extractor:
    """An Extractor with the user's rules, lexicon and segmenter; rule problems or a missing segmenter exit 2."""
    try:
        return Extractor(rules=list(rules), lexicon=list(lexicon), segmenter=segmenter)
    except RuleError as exc:
        for p in exc.problems:
            click.echo(f"error: {p}", err=True)
        raise SystemExit(2) from None
    except SegmenterUnavailable as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None


rules_option = click.option("--rules", "rules", multiple=True, type=click.Path(exists=True), help="Extra YAML rule file or folder (repeatable).")
lexicon_option = click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True), help="Extra lexicon file or folder (repeatable).")
segmenter_option = click.option(
    "--segmenter", type=click.Choice(SEGMENTERS), default="jieba", show_default=True,
    help="Word segmenter for unquoted numeral phrases (pkuseg needs the extra slogans[pkuseg]).",
)
