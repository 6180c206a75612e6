"""Start-up: `slogans check` and `slogans extract` to CSV or JSONL import nothing they do not use.

Each command runs in a fresh interpreter (a subprocess), which then lists the heavy modules
it holds: pandas (and numpy, pyarrow) for DataFrames, sklearn for training, matplotlib for plots,
jieba itself (its dictionary is read as a table), the YAML and part-of-speech parts of jieba.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pandas", "numpy", "pyarrow", "sklearn", "matplotlib", "jieba", "jieba.posseg", "hypothesis", "dask", "pkuseg")

_RUN = """
import json, sys
from slogans.cli import main
try:
    main(sys.argv[1:], prog_name="slogans")
except SystemExit as exit:
    code = exit.code
heavy = {heavy!r}
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""

# a numeral phrase that needs the segmenter's decision, a quoted campaign, a lexicon formula
TEXT = "各级党组织要开展“双促双建”活动，做到五个好，坚持三个代表重要思想，推进四个全面。\n"


def _loaded(args: list[str], cwd: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _RUN.format(heavy=HEAVY), *args], capture_output=True, text=True, cwd=cwd)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [
    ["check", "doc.txt"],
    ["extract", "doc.txt", "-o", "out.csv"],
    ["extract", "doc.txt", "-o", "out.jsonl"],
    ["extract", "doc.txt", "a.txt", "-o", "out.json"],  # out of order: sorted at the end
    ["extract", "doc.txt"],
    ["expand", "三个代表"],
])
def test_commands_import_no_heavy_module(tmp_path: Path, args: list[str]):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert _loaded(args, tmp_path) == []
    if "-o" in args:
        assert (tmp_path / args[-1]).read_text(encoding="utf-8").count("三个代表") >= 1


def test_parquet_still_imports_pandas(tmp_path: Path):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    assert "pandas" in _loaded(["extract", "doc.txt", "-o", "out.parquet"], tmp_path)
