"""The floor the speed target is measured against (benchmarks/floor.py)."""
from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
spec = importlib.util.spec_from_file_location("floor", BENCHMARKS / "floor.py")
floor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(floor)


def test_the_floor_finds_lexicon_names_and_quoted_spans_in_every_file(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("坚持三个代表重要思想，开展“两评一树”活动，三个代表。", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("堅持「三個代表」。", encoding="utf-8")
    out = tmp_path / "out.csv"
    subprocess.run([sys.executable, "-c", floor.FLOOR_PROGRAM, str(tmp_path / "docs"), str(out)], check=True)
    rows = {(name, term): int(n) for name, term, n in csv.reader(out.open(encoding="utf-8"))}
    assert rows[("a.txt", "三个代表")] == 2
    assert rows[("a.txt", "两评一树")] == 1
    assert rows[("b.txt", "三个代表")] >= 1  # traditional script simplified before the passes


def test_the_four_sides_run_over_the_same_folder(tmp_path):
    commands = floor.sides(tmp_path, tmp_path / "out.csv")
    assert list(commands) == ["python", "floor", "slogans", "jieba"]
    assert all(str(tmp_path) in " ".join(c) for name, c in commands.items() if name != "python")
