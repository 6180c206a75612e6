"""Leave-one-set-out figures pooled over a group of sets (benchmarks/held_out_by_set.py)."""
from __future__ import annotations

from benchmark_scripts import load_benchmark
from slogans.evaluation.gold import GoldScores

held_out_by_set = load_benchmark("held_out_by_set")


def test_the_options_of_a_command_line_string_are_read_by_flag():
    line = "--gold shared=a/gold --gold 'b c/gold' --texts t"
    assert held_out_by_set.options(line, "--gold") == ("shared=a/gold", "b c/gold")
    assert held_out_by_set.options(line, "--texts") == ("t",)
    assert held_out_by_set.options("--gold", "--gold") == ()


def test_pooled_adds_the_tallies_so_the_figures_are_micro_averaged():
    a = GoldScores(documents=2, core=10, core_hit=9, reported=20, reported_ok=18)
    b = GoldScores(documents=1, core=30, core_hit=15, reported=10, reported_ok=5)
    both = held_out_by_set.pooled([a, b])
    assert (both.documents, both.core, both.core_hit, both.reported, both.reported_ok) == (3, 40, 24, 30, 23)
    assert both.scores["core_recall"] == 24 / 40 and both.scores["precision"] == 23 / 30
    assert "0.600 / 0.767" in held_out_by_set.line("x", both) and "(24/40 core, 23/30 right)" in held_out_by_set.line("x", both)
