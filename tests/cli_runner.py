"""The CliRunner the CLI tests share: stderr kept apart from stdout on every click version."""
from __future__ import annotations

from click.testing import CliRunner


def separate_stderr_runner() -> CliRunner:
    """A CliRunner whose result has ``stdout`` and ``stderr`` apart."""
    try:
        return CliRunner(mix_stderr=False)  # click < 8.2 mixes stderr into stdout unless told not to
    except TypeError:
        return CliRunner()  # click >= 8.2 keeps them apart
