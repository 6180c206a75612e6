"""The literal matcher: leftmost-longest, non-overlapping, never a match missed."""
from __future__ import annotations


def test_the_matcher_finds_a_name_at_the_end_after_a_longer_name_that_failed():
    from slogans.text.matcher import LiteralMatcher

    m = LiteralMatcher([("一四学四比三查两评", 1), ("四学四比", 2)])
    assert list(m.find("第一四学四比")) == [(2, 6, 2)]
    assert list(m.find("一四学四比三查两评，四学四比")) == [(0, 9, 1), (10, 14, 2)]
    assert list(m.find("一四学四比三查两评，四学四比", 3)) == [(10, 14, 2)]
