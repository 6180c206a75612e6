"""What a pattern's own text says about its matches: leading literal, leading class, required literals."""
from __future__ import annotations

from slogans.config.pattern_literals import leading_class, leading_literal, required_literals


def test_leading_literal():
    assert leading_literal("就是(?<=甲)") == "就是"
    assert leading_literal(r"\n(?=\s)") == "\n"
    assert leading_literal(r"\((?<=甲)") == "("
    assert leading_literal("ab?c") == "a"
    assert leading_literal("ab+") == "ab"
    assert leading_literal("[ab]c") == ""
    assert leading_literal("(?:甲|乙)") == ""


def test_required_literals_are_read_only_where_every_match_holds_them():
    assert required_literals("(?<=(?P<t>[一二]{1,3}))项(?=\\p{Han})") == ("项",)
    assert required_literals("[(（]简称[“「](?P<t>[^”」]+)[”」]") == ("简称",)
    assert required_literals("甲+乙") == ("甲", "乙")
    assert required_literals("甲?乙*丙{0,2}丁") == ("丁",)
    assert required_literals("\\(甲\\)") == ("(甲)",)
    for pattern in ("甲|乙", "(?i)ab", "a(?#c)b", "\\d甲", "(?:甲|乙)", "[甲乙]", ".*甲", "甲 乙"):  # read no further
        assert required_literals(pattern) == (), pattern
    assert required_literals("(?:甲|乙)丙") == ("丙",) and required_literals("[[甲乙]--[乙]]丙") == ("丙",)


def test_leading_class_is_read_only_from_a_plain_class_every_match_starts_with():
    assert leading_class("[“「](?P<t>[^”」]+)[”」]").pattern == "[“「]"
    assert leading_class("[.*]甲").pattern == "[\\.\\*]"
    for pattern in ("[甲乙]?丙", "[甲乙]*丙", "[甲乙]{0,2}丙", "[^甲]乙", "[a-z]x", "[\\n]", "[[甲]--[乙]]", "甲[乙]", "(?:[甲])"):
        assert leading_class(pattern) is None, pattern


def test_every_match_of_a_builtin_rule_holds_the_words_it_needs(corpus):
    from slogans.config.rules import load_rules

    rules = [r for r in load_rules().rules if r.needs]
    assert len(rules) > 10
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    matched = 0
    for rule in rules:
        for text in texts:
            for m in rule.compiled.finditer(text, overlapped=rule.stage == "define"):
                assert all(word in m.group(0) for word in rule.needs), (rule.id, m.group(0))
                matched += 1
    assert matched > 50
