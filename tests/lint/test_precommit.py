"""The pre-commit hook, for real: `pre-commit try-repo` against this repository in a corpus repository.

pre-commit builds the hook's environment from this repository with pip, as a user's machine
would (about a minute per run, from the package index); PRE_COMMIT_HOME stays under tmp_path.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
TEAM_LEXICON = "entries:\n  - term: 双促双建\n    kind: numbered\n    source: 市委文件\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _try_repo(cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "slogans-check", "--color", "never"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=1200,
    )


def test_hook_definition():
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"], hook["types"]) == ("slogans-check", "slogans check", "python", ["text"])


def test_unknown_formula_fails_the_commit_a_known_one_passes(tmp_path):
    corpus = tmp_path / "corpus-repo"
    (corpus / "corpus").mkdir(parents=True)
    _git(corpus, "init", "-q")
    _git(corpus, "config", "user.email", "test@example.org")
    _git(corpus, "config", "user.name", "Test")
    # the team's own lexicon, read through the configuration at the corpus repository's root
    (corpus / "team.yaml").write_text(TEAM_LEXICON, encoding="utf-8")
    (corpus / ".slogans.toml").write_text('lexicon = ["team.yaml"]\n', encoding="utf-8")
    (corpus / "corpus" / "2024-05.txt").write_text("先进基层党组织要做到“五个好”,以“双促双建”工程为载体。\n", encoding="utf-8")
    _git(corpus, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}

    known = _try_repo(corpus, env)
    assert known.returncode == 0, known.stdout + known.stderr
    assert "slogans check" in known.stdout and "Passed" in known.stdout
    _git(corpus, "commit", "-q", "-m", "May batch")

    (corpus / "corpus" / "2024-06.txt").write_text("要扎实开展“三联三促”活动。\n", encoding="utf-8")
    _git(corpus, "add", "-A")
    unknown = _try_repo(corpus, env)
    assert unknown.returncode == 1, unknown.stdout + unknown.stderr
    assert "Failed" in unknown.stdout
    assert "corpus/2024-06.txt:1:7: SLG001 unknown numbered formula “三联三促”" in unknown.stdout
    assert "2024-05.txt" not in unknown.stdout.split("Failed", 1)[1]  # only the new batch is checked
