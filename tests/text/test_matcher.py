"""The literal matcher: leftmost-longest, non-overlapping, never a match missed."""
from __future__ import annotations

import pytest


def test_the_matcher_finds_a_name_at_the_end_after_a_longer_name_that_failed():
    from slogans.text.matcher import LiteralMatcher

    m = LiteralMatcher([("一四学四比三查两评", 1), ("四学四比", 2)])
    assert list(m.find("第一四学四比")) == [(2, 6, 2)]
    assert list(m.find("一四学四比三查两评，四学四比")) == [(0, 9, 1), (10, 14, 2)]
    assert list(m.find("一四学四比三查两评，四学四比", 3)) == [(10, 14, 2)]


def _all_longest(keys, text, start=0):
    """The matches by definition: at each place from ``start`` on the longest key there, left to right, no overlaps."""
    out, pos = [], start
    for at in range(start, len(text)):
        if at < pos:
            continue
        hit = max((k for k in keys if text.startswith(k, at)), key=len, default=None)
        if hit is not None:
            out.append((at, at + len(hit), hit))
            pos = at + len(hit)
    return out


@pytest.mark.parametrize("budget", [0, 60, None])
def test_few_keys_and_an_automaton_find_the_same_as_the_definition(budget, monkeypatch):
    import random

    from slogans.text import matcher
    from slogans.text.matcher import FEW_KEYS, LiteralMatcher

    if budget is not None:
        monkeypatch.setattr(matcher, "FIND_BUDGET", budget)
    rng = random.Random(16)
    alphabet = "甲乙丙丁"
    for _ in range(300):
        keys = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 2 * FEW_KEYS))})
        text = "".join(rng.choice(alphabet + "，") for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, 5)
        m = LiteralMatcher((k, k) for k in keys)
        assert m._automaton is None  # built on the first search that is long enough, if any
        assert list(m.find(text, start)) == _all_longest(keys, text, start), (keys, text, start)
        long_enough = len(keys) > FEW_KEYS and len(keys) * (len(text) - start) > matcher.FIND_BUDGET and start < len(text)
        assert (m._automaton is not None) == long_enough


def test_the_automaton_of_many_keys_is_built_at_once_and_of_some_keys_for_a_long_text():
    from slogans.text.matcher import FEW_KEYS, FIND_BUDGET, MANY_KEYS, LiteralMatcher

    assert LiteralMatcher((f"名{i}", i) for i in range(MANY_KEYS))._automaton is not None
    some = LiteralMatcher((f"名{i}", i) for i in range(FEW_KEYS + 1))
    text = "名3" + "甲" * (FIND_BUDGET // (FEW_KEYS + 1))
    assert list(some.find(text[:50])) == [(0, 2, 3)] and some._automaton is None  # a short text: str.find
    assert list(some.find(text)) == [(0, 2, 3)] and some._automaton is not None


def test_a_key_given_twice_keeps_its_last_value_and_a_lone_surrogate_is_searched_too():
    from slogans.text.matcher import FEW_KEYS, LiteralMatcher

    keys = [(f"名{i}", i) for i in range(FEW_KEYS + 2)] + [("名1", "last")]
    m = LiteralMatcher(keys)
    m._build()  # as a long text would
    assert m._automaton is not None and len(m) == FEW_KEYS + 2
    assert list(m.find("甲名1乙\udc80名2")) == [(1, 3, "last"), (5, 7, 2)]
    few = LiteralMatcher([("甲\udc80", 1), ("乙", 2)])
    assert list(few.find("甲\udc80乙")) == [(0, 2, 1), (2, 3, 2)]


def test_a_documents_automaton_finds_what_the_lexicons_kind_finds():
    import random

    import ahocorasick_rs

    from slogans.text.matcher import FEW_KEYS, MANY_KEYS, LiteralMatcher

    rng = random.Random(7)
    alphabet = "甲乙丙丁戊己"
    for _ in range(100):
        keys = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(FEW_KEYS + 1, MANY_KEYS - 1))})
        text = "".join(rng.choice(alphabet + "，") for _ in range(rng.randint(0, 300)))
        m = LiteralMatcher((k, k) for k in keys)
        m._build()  # a document's keys: the contiguous NFA
        library = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)  # the library's choice
        assert list(m.find(text)) == [(s, e, keys[i]) for i, s, e in library.find_matches_as_indexes(text)]
        assert list(m.find(text)) == _all_longest(keys, text)
