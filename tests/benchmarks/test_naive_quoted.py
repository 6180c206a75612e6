"""The naive baseline the accuracy tables compare against (benchmarks/naive_quoted.py)."""
from __future__ import annotations

import json
import subprocess
import sys

from benchmark_scripts import BENCHMARKS, load_benchmark

naive_quoted = load_benchmark("naive_quoted")


def test_every_quoted_span_of_two_to_twelve_characters_is_counted_everywhere():
    text = "开展“两评一树”活动，两评一树成效好。“好”字当头，“这是一句超过十二个字的很长很长的引语啊”。"
    assert naive_quoted.naive_terms(text) == {"两评一树": 2}


def test_the_script_writes_contract_jsonl(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("落实“四个全面”，推进「创先争优」。", encoding="utf-8")
    out = subprocess.run([sys.executable, str(BENCHMARKS / "naive_quoted.py"), str(doc)], capture_output=True, text=True, check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["term"], r["kind"], r["count"], r["components"]) for r in records] == [
        ("四个全面", "numbered", 1, None), ("创先争优", "campaign", 1, None)]
    assert all(r["document"] == str(doc) for r in records)
