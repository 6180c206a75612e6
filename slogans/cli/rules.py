"""`slogans rules test` and `slogans rules lint`: check the rules and lexicon themselves."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from slogans.cli.common import config_option, echo_findings, findings_format_option, project_config
from slogans.errors import RuleError
from slogans.lint.lint import lint_files, problem_finding
from slogans.config.rules import load_rules
from slogans.lint.testing import rule_example_findings


@click.group()
def rules() -> None:
    """Test and lint rule and lexicon files (built-in and your own)."""


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@findings_format_option
@config_option
def test(paths: tuple[Path, ...], fmt: str, config_path: Optional[str]) -> None:
    """Run the embedded examples of every rule: the built-in ones and those of PATHS (rule files
    or folders; default: the configuration's rules). Each failure is a line
    path:line:col: SLG201 message, at the rule's line. Exit status 1 on failures, 2 when the
    rules do not load.

    Example:

        slogans rules test my_rules/
    """
    cfg = project_config(config_path)
    try:
        ruleset = load_rules(list(paths) or cfg.rules)
    except RuleError as exc:
        echo_findings([problem_finding(p) for p in exc.problems], fmt)
        raise SystemExit(2) from None
    findings = rule_example_findings(ruleset)
    echo_findings(findings, fmt)
    raise SystemExit(1 if findings else 0)


@rules.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@findings_format_option
@config_option
def lint(paths: tuple[Path, ...], fmt: str, config_path: Optional[str]) -> None:
    """Validate rule and lexicon files: the built-in ones and PATHS (files or folders; default:
    the configuration's rules and lexicon). A file whose top key is 'entries' is a lexicon file.
    Every problem is a line path:line:col: CODE message (codes E001-E030). Exit status 1 on
    problems.

    Example:

        slogans rules lint my_rules/ my_lexicon.yaml
    """
    cfg = project_config(config_path)
    findings = lint_files(list(paths) or cfg.rules + cfg.lexicon)
    echo_findings(findings, fmt)
    raise SystemExit(1 if findings else 0)
