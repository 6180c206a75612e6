"""`slogans evaluate` on the tiny annotated set of test_cli_train (CliRunner)."""
from __future__ import annotations

import json

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


def test_evaluate_holds_out_each_set_and_prints_each(tiny, tmp_path):  # noqa: F811
    """Two named sets of the tiny annotation (a + b one batch, c another): rows per held-out set."""
    gold, texts = tiny
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for name in ("a", "b"):
        (first / f"{name}.json").write_text((gold / f"{name}.json").read_text(encoding="utf-8"), encoding="utf-8")
    (second / "c.json").write_text((gold / "c.json").read_text(encoding="utf-8"), encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["evaluate", "--gold", f"old={first}", "--gold", str(second),
                                                    "--texts", str(texts), "--cv-by", "set", "--cv"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("  ")[0] for line in lines[1:4]] == ["unseen (weights in force)", "leave-one-document-out",
                                                            "leave-one-set-out"]
    assert "by set:" in lines
    assert any(line.startswith("leave-one-set-out: old (2)") for line in lines)
    assert any(line.startswith("leave-one-set-out: second (1)") for line in lines)


def test_one_set_cannot_be_held_out(tiny):  # noqa: F811
    gold, texts = tiny
    result = separate_stderr_runner().invoke(main, ["evaluate", "--gold", str(gold), "--texts", str(texts), "--cv-by", "set"])
    assert result.exit_code == 2 and "two sets or more" in result.stderr


def test_a_missing_gold_folder_is_named(tiny, tmp_path):  # noqa: F811
    _, texts = tiny
    result = separate_stderr_runner().invoke(main, ["evaluate", "--gold", f"x={tmp_path / 'nowhere'}", "--texts", str(texts)])
    assert result.exit_code == 2 and "nowhere: no such gold file or folder" in result.stderr


def test_a_second_annotation_is_scored_both_ways_and_against_the_extractor(tiny, tmp_path):  # noqa: F811
    """The second annotator left one document out and one core term of another: agreement, not 1.0."""
    gold, texts = tiny
    second = tmp_path / "second"
    second.mkdir()
    a = json.loads((gold / "a.json").read_text(encoding="utf-8"))
    a["terms"] = a["terms"][:1] + [dict(a["terms"][0], term="一岗双责")]
    (second / "a.json").write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
    (second / "b.json").write_text((gold / "b.json").read_text(encoding="utf-8"), encoding="utf-8")
    runner = separate_stderr_runner()
    alone = runner.invoke(main, ["evaluate", "--gold", str(gold), "--second", str(second), "--interval"])
    assert alone.exit_code == 0, alone.stderr
    lines = alone.stdout.splitlines()
    assert [line.split("  ")[0] for line in lines[1:3]] == ["second against first", "first against second"]
    assert lines[1].split()[-3] == "0.667" and lines[2].split()[-4] == "0.667"  # precision; recall the other way
    assert lines[3].startswith("95% interval over documents") and len(lines) == 7
    assert lines[-1].startswith("documents=2 ")
    both = runner.invoke(main, ["evaluate", "--gold", str(gold), "--second", str(second), "--texts", str(texts)])
    assert both.exit_code == 0, both.stderr
    assert [line.split("  ")[0] for line in both.stdout.splitlines()[3:6]] == ["extractor against first",
                                                                            "extractor against second",
                                                                            "extractor against both"]


def test_a_second_annotation_takes_no_cross_validation_and_plain_evaluate_needs_texts(tiny):  # noqa: F811
    gold, _ = tiny
    runner = separate_stderr_runner()
    result = runner.invoke(main, ["evaluate", "--gold", str(gold), "--second", str(gold), "--cv"])
    assert result.exit_code == 2 and "takes no --cv" in result.stderr
    result = runner.invoke(main, ["evaluate", "--gold", str(gold)])
    assert result.exit_code == 2 and "--texts" in result.stderr


def test_an_interval_row_follows_each_score_row(tiny):  # noqa: F811
    gold, texts = tiny
    result = separate_stderr_runner().invoke(main, ["evaluate", "--gold", str(gold), "--texts", str(texts), "--interval"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[2].startswith("95% interval over documents")
    low, high = lines[3].split()[-4].split("-")
    assert 0.0 <= float(low) <= float(lines[1].split()[-4]) <= float(high) <= 1.0
