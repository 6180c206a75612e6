"""`slogans passages` (CliRunner)."""
from __future__ import annotations

import json

from cli_runner import separate_stderr_runner
from slogans.cli import main


def test_passages_prints_errors_and_the_summary(tmp_path):
    path = tmp_path / "p.jsonl"
    records = [{"id": "b-1", "passage": "开展“三学”活动，即学理论、学业务、学技能。", "term": "三学", "components": ["学理论", "学业务"]}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["passages", str(path), "-v"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CMP b-1: 三学 reported") and lines[-1] == "passages=1 members_exact=0.000 (0/1) false_definitions=0/0"


def test_a_malformed_file_exits_2_naming_it(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("[1, 2]\n", encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["passages", str(path)])
    assert result.exit_code == 2 and "bad.jsonl:1: a passage needs" in result.stderr


def test_second_scores_another_annotation_instead_of_the_extractor(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    record = {"id": "b-1", "passage": "开展“三学”活动，即学理论、学业务、学技能。", "term": "三学", "components": ["学理论", "学业务", "学技能"]}
    first.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps({**record, "components": ["学理论", "学业务"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["passages", str(first), "--second", str(second), "-v"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["CMP b-1: 三学 second ['学理论', '学业务'] first ['学理论', '学业务', '学技能']",
                                          "passages=1 members_exact=0.000 (0/1) false_definitions=0/0"]


def test_interval_adds_the_wilson_interval_of_members_exact(tmp_path):
    path = tmp_path / "p.jsonl"
    record = {"id": "b-1", "passage": "开展“三学”活动，即学理论、学业务、学技能。", "term": "三学", "components": ["学理论", "学业务", "学技能"]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["passages", str(path), "--interval"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "members_exact 95% interval (Wilson): 0.207-1.000"
