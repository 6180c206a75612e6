"""`slogans evaluate` on the tiny annotated set of test_cli_train (CliRunner)."""
from __future__ import annotations

from cli_runner import separate_stderr_runner
from slogans.cli import main
from test_cli_train import tiny  # noqa: F401  (the fixture)


def test_evaluate_prints_in_sample_and_leave_one_out(tiny, tmp_path):  # noqa: F811
    gold, texts = tiny
    out = tmp_path / "w.json"
    runner = separate_stderr_runner()
    assert runner.invoke(main, ["train", "--gold", str(gold), "--texts", str(texts), "-o", str(out)]).exit_code == 0
    result = runner.invoke(main, ["evaluate", "--gold", str(gold), "--texts", str(texts), "--weights", str(out), "--cv", "-v"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["core_recall", "precision", "count_exact", "components_exact"]
    assert lines[1].startswith("in-sample (weights in force)")
    assert lines[2].startswith("leave-one-document-out")
    assert lines[-1].startswith("documents=3 core_recall=")


def test_evaluate_with_the_builtin_weights_calls_these_documents_unseen(tiny):  # noqa: F811
    gold, texts = tiny
    result = separate_stderr_runner().invoke(main, ["evaluate", "--gold", str(gold), "--texts", str(texts)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("unseen (weights in force)")
