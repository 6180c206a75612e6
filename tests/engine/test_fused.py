"""Fused runs: parallel members written together, cut into their pieces."""
from __future__ import annotations

from slogans.engine.fused import fused_pieces, fused_run


def test_fused_pieces_share_a_character_in_one_place():
    assert fused_pieces("清河淮河汾河", 3) == ["清河", "淮河", "汾河"]
    assert fused_pieces("城内城外", 2) == ["城内", "城外"]
    assert fused_pieces("加快发展", 2) is None  # 加快 / 发展 share nothing
    assert fused_pieces("由去年的增加到今年的左右", 2) is None  # pieces too long for fused words


def test_fused_run_is_cut_before_each_repeat_of_its_first_character():
    assert fused_run("创业创新创优") == ["创业", "创新", "创优"]


def test_named_pieces_allow_one_name_without_the_parts_word():
    from slogans.engine.fused import named_pieces

    assert named_pieces("丁湖戊湖己池", 3, "湖") == ["丁湖", "戊湖", "己池"]
    assert named_pieces("丁湖戊池己池", 3, "湖") is None  # two without it
    assert named_pieces("丁湖戊池", 2, "湖") is None  # of two, one is no majority
