"""Property-based: the invariants of slogans.evaluation.invariants hold for any text, with every segmenter.

A bounded number of examples per segmenter here; ``make fuzz`` runs 100,000 texts through each.
"""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slogans import Extractor
from slogans.evaluation.invariants import TEXT_PIECES, problems, random_text

EXAMPLES = 60
_EXTRACTORS: dict[str, Extractor] = {}

texts = st.lists(st.sampled_from(TEXT_PIECES) | st.text(max_size=3), max_size=30).map("".join)


def _extractor(name: str) -> Extractor:
    if name not in _EXTRACTORS:
        _EXTRACTORS[name] = Extractor(segmenter=name)
    return _EXTRACTORS[name]


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg", "none"])
def test_every_invariant_holds_for_any_text(segmenter):
    extractor = _extractor(segmenter)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    @given(texts)
    def check(text):
        assert problems(extractor, text) == []

    check()


@pytest.mark.parametrize("text", [
    "五个好\x1c三个代表", "五个好\x1f", "\ud800國家", "國\udc00家“五個好”", "“两评一树”\x85一是\u2028二是",
])
def test_the_texts_that_crashed_before_hold_every_invariant(text):
    for segmenter in ("jieba", "pkuseg", "none"):
        assert problems(_extractor(segmenter), text) == [], segmenter


def test_the_generator_is_repeatable_and_reaches_the_hard_characters():
    a = [random_text(random.Random(3)) for _ in range(5)]
    assert a == [random_text(random.Random(3)) for _ in range(5)]
    many = "".join(random_text(random.Random(s)) for s in range(300))
    assert "\x1c" in many and any("\ud800" <= ch <= "\udfff" for ch in many) and "“" in many
