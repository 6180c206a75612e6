"""The floor the speed target is measured against (benchmarks/floor.py)."""
from __future__ import annotations

import csv
import subprocess
import sys

from benchmark_scripts import load_benchmark

floor = load_benchmark("floor")


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
