"""`slogans check`: lint new documents against the lexicon and rules, one finding per line."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from slogans.lint.baseline import BaselineError, load_baseline, write_baseline
from slogans.lint.check import SCRIPTS, Checker
from slogans.cli.common import (
    as_of_option, fail, config_option, echo_findings, findings_format_option, lexicon_option, make_extractor, project_config, rules_option,
    weights_option,
)
from slogans.lint.findings import check_code_selectors, filter_findings
from slogans.lint.lint import yaml_files


def _codes(values: tuple[str, ...]) -> list[str]:
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--select", multiple=True, help="Report only these codes or prefixes (comma-separated, repeatable), e.g. SLG0.")
@click.option("--ignore", multiple=True, help="Do not report these codes or prefixes (comma-separated, repeatable).")
@findings_format_option
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path), help="Accept the findings recorded in this file.")
@click.option("--write-baseline", "write_path", type=click.Path(dir_okay=False, path_type=Path), help="Record the current findings in this file and exit 0.")
@click.option("--encoding", help="The corpus's expected encoding (default: utf-8); other files give SLG102.")
@click.option("--script", type=click.Choice(SCRIPTS), help="The corpus's expected script (default: any); documents in the other give SLG102.")
@click.option("--glob", "pattern", help="Which files to take from folders (default: *.txt).")
@rules_option
@lexicon_option
@as_of_option
@weights_option
@config_option
def check(
    paths: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...], fmt: str, baseline_path: Optional[Path],
    write_path: Optional[Path], encoding: Optional[str], script: Optional[str], pattern: Optional[str],
    rules: tuple[str, ...], lexicon: tuple[str, ...], as_of: Optional[int], weights: Optional[str], config_path: Optional[str],
) -> None:
    """Check PATHS (files, or folders walked for *.txt) and print one finding per line:

    path:line:col: CODE message

    Lines and columns count from 1, one column per character. Exit status: 0 clean, 1 findings,
    2 usage or input errors (a missing file, bad rules, config or baseline). A file that cannot
    be decoded is a finding (SLG101), not an input error. Options override the configuration
    (.slogans.toml, or [tool.slogans] in pyproject.toml, found upward from the current directory).
    The configuration, baseline, rule and lexicon files themselves are not checked.

    Example:

        slogans check corpus/2024-06/ --ignore SLG102 --baseline slogans-baseline.json
    """
    cfg = project_config(config_path)
    selected = _codes(select) or cfg.select
    ignored = _codes(ignore) or cfg.ignore
    unknown = check_code_selectors(selected + ignored)
    if unknown:
        raise click.UsageError(f"unknown code(s): {', '.join(unknown)}")
    weights_file = weights or (str(cfg.weights) if cfg.weights is not None else None)
    extractor = make_extractor(rules or tuple(map(str, cfg.rules)), lexicon or tuple(map(str, cfg.lexicon)), as_of, weights=weights_file)
    try:
        checker = Checker(extractor, encoding or cfg.encoding, script or cfg.script)
    except (LookupError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    baseline = None
    baseline_file = baseline_path or cfg.baseline
    if baseline_file is not None and write_path is None:
        try:
            baseline = load_baseline(baseline_file)
        except BaselineError as exc:
            fail(str(exc))

    own = [p for p in (cfg.path, baseline_file, write_path, weights_file) if p is not None]
    own += yaml_files(p for p in [*(rules or cfg.rules), *(lexicon or cfg.lexicon)] if Path(p).exists())
    run = checker.check_paths(paths, pattern or cfg.glob, exclude=own)
    for error in run.errors:
        click.echo(f"error: {error}", err=True)
    findings = filter_findings(run.findings, selected, ignored)
    if write_path is not None:
        if run.errors and not run.checked:
            raise SystemExit(2)  # no file could be read: an existing baseline stays as it was
        entries = write_baseline(write_path, findings)
        click.echo(f"wrote {len(findings)} finding(s) as {entries} baseline entr{'y' if entries == 1 else 'ies'} to {write_path}", err=True)
        raise SystemExit(2 if run.errors else 0)
    accepted = []
    if baseline is not None:
        findings, accepted = baseline.split(findings)
    echo_findings(findings, fmt)
    if accepted and fmt == "text":
        click.echo(f"{len(accepted)} finding(s) accepted by the baseline {baseline_file}", err=True)
    raise SystemExit(2 if run.errors else 1 if findings else 0)
