"""`slogans train` on a tiny annotated set made here (CliRunner); `evaluate` in test_cli_evaluate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_runner import separate_stderr_runner
from slogans.cli import main
from slogans.engine.quoted_weights import load_weights

DOCS = {
    "a.txt": ("全乡开展“清河护绿”活动。要把政策“落实”到位。组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。",
              ["清河护绿", "助老爱幼", "邻里守望"]),
    "b.txt": ("各村深入推进“美丽庭院”行动。工作上做到“不松”。讲好“小故事”。", ["美丽庭院"]),
    "c.txt": ("县委把今年作为“作风提升年”。把问题“摆上桌”。要“讲道理”。", ["作风提升年"]),
}


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Path, Path]:
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    for name, (text, terms) in DOCS.items():
        (texts / name).write_text(text, encoding="utf-8")
        entries = [{"term": t, "kind": "campaign", "status": "core", "variants": [], "count": 1, "components": None}
                   for t in terms]
        (gold / (name[:-4] + ".json")).write_text(json.dumps({"document": name, "terms": entries}, ensure_ascii=False),
                                                  encoding="utf-8")
    return gold, texts


def test_train_writes_weights_that_extract_uses(tiny, tmp_path):
    gold, texts = tiny
    out = tmp_path / "w.json"
    result = separate_stderr_runner().invoke(main, ["train", "--gold", str(gold), "--texts", str(texts), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "of 3 documents" in result.stdout and f"wrote {out}" in result.stdout
    weights = load_weights(out)
    assert weights.fitted_on == ["a.txt", "b.txt", "c.txt"]
    extracted = separate_stderr_runner().invoke(main, ["extract", str(texts / "a.txt"), "--weights", str(out), "-f", "jsonl"])
    assert extracted.exit_code == 0, extracted.stderr
    assert "清河护绿" in extracted.stdout


def test_a_bad_gold_file_is_one_line_naming_it(tiny):
    gold, texts = tiny
    (gold / "bad.json").write_text("{oops", encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["train", "--gold", str(gold), "--texts", str(texts)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {gold / 'bad.json'}: not a JSON gold file") and result.stderr.count("\n") == 1


def test_a_missing_text_is_named(tiny, tmp_path):
    gold, _ = tiny
    empty = tmp_path / "empty"
    empty.mkdir()
    result = separate_stderr_runner().invoke(main, ["evaluate", "--gold", str(gold), "--texts", str(empty)])
    assert result.exit_code == 2
    assert result.stderr == f"error: a.txt: no text file of that name under {empty}\n"


def test_a_bad_weights_file_stops_extract_with_one_line(tiny, tmp_path):
    _, texts = tiny
    bad = tmp_path / "bad.json"
    bad.write_text('{"features": {}, "intercept": 0, "threshold": 2}', encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["extract", str(texts), "--weights", str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {bad}: 'threshold' must lie between 0 and 1, found 2\n"


def test_train_without_names_is_a_usage_error(tiny):
    gold, texts = tiny
    for f in gold.glob("*.json"):
        data = json.loads(f.read_text(encoding="utf-8"))
        data["terms"] = []
        f.write_text(json.dumps(data), encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["train", "--gold", str(gold), "--texts", str(texts)])
    assert result.exit_code == 2 and "no names" in result.stderr
