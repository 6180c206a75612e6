"""What a pattern's own text says about its matches: leading literal, leading class, required literals and word sets."""
from __future__ import annotations

import regex

from slogans.config.pattern_literals import leading_class, leading_literal, leading_lookahead, needed_words, required_choices, required_literals


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


def test_needed_words_add_the_single_words_of_groups_and_lookarounds():
    assert needed_words("(?<![一二])(?P<t>[一二]{1,3}字(?:方针|要求))") == ("字",)
    assert needed_words("甲(?<=乙甲)(?=丙)[丁戊]") == ("甲", "乙甲", "丙")
    assert needed_words("(?<!乙)(?!丙)(?:丁)?甲{0,2}") == () and needed_words("甲|乙") == ()


def test_every_match_of_a_builtin_rule_without_gates_is_in_a_text_with_the_words_it_needs(corpus):
    from slogans.config.rules import load_rules

    rules = [r for r in load_rules().rules if r.needs and not r.gate_patterns]
    needs = {r.id: r.needs for r in rules}
    assert "字" in needs["numeral-characters"] and {"‘", "’"} <= set(needs["quoted-nested"])
    matched = 0
    for text in (p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))):
        for rule in rules:
            if any(rule.compiled.finditer(text, overlapped=rule.stage == "define")):
                assert all(word in text for word in rule.needs), rule.id
                matched += 1
    assert matched > 5


def test_leading_lookahead_is_read_only_from_a_plain_lookahead_every_match_opens_with():
    assert leading_lookahead("(?=[一二].{1,3}[一二])(?<!三)(?P<t>[一二]{1,2}.)").pattern == "[一二].{1,3}[一二]"
    assert leading_lookahead("(?=[甲乙]{2}.)丙(?:丁|戊)").pattern == "[甲乙]{2}."
    for pattern in ("(?=[甲乙])丙|丁", "(?=[甲乙])?丙", "(?=[甲乙]?)丙", "(?=[^甲])乙", "(?=[a-z])x", "(?=\\p{Han})x",
                    "(?=[[甲]--[乙]])x", "(?=甲)乙", "(?i)(?=[a])a", "[甲](?=[乙])", "(?=[甲]*)乙", "(?=[甲]"):
        assert leading_lookahead(pattern) is None, pattern


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


def test_required_choices_read_words_classes_groups_and_positive_lookarounds():
    assert required_choices("[,，](?:就是|是指)(?<=[+＋]”[,，](?:就是|是指))") == (
        (",", "，"), ("就是", "是指"), ("+", "＋"), ("”",))
    assert required_choices("乙甲+丙(?:丁|戊)?己") == (("乙甲",), ("甲丙",), ("己",))  # 乙甲甲丙己 holds no 乙甲丙
    assert required_choices("(?P<t>甲乙){2}(?=丙)(?<!丁)(?!戊)[^己]庚{0,3}") == (("甲乙",), ("丙",))
    assert required_choices("(?:[一二]是|第一|其一)") == (("一", "二", "第一", "其一"),)  # one word of each alternative
    assert required_choices("(?:甲|\\d)乙") == (("乙",),)  # an alternative that holds no word: the group gives none
    assert required_choices("\\n(?=\\s*甲)") == (("\n",), ("甲",))  # the escape of a line end is one
    assert required_choices("(甲)乙\\10丙") == (("甲",), ("乙",), ("丙",))  # a back reference holds no word of its own
    for pattern in ("甲|乙", "(?i)甲", "a(?#c)b", "\\x41甲", "\\u4e00", "甲{", "*甲"):  # read no further: nothing
        assert required_choices(pattern) == (), pattern


def test_every_match_holds_a_word_of_each_required_choice():
    patterns = ["[,，](?:就是|是指)(?<=[+＋]”[,，](?:就是|是指))", "乙甲+丙(?:丁|戊)?己", "(?P<u>甲)\\g<u>乙{0,2}丙",
                "\\n(?=\\s*(?:[一二]是|第一))", "[和与](?=\\p{Han}{1,3}+[“「])"]
    texts = ["+”，就是", "乙甲甲甲丙戊己", "乙甲丙己", "甲甲丙", "x\n 二是", "\n第一", "和平与“安”", "与和「"]
    for pattern in patterns:
        compiled = regex.compile(pattern, regex.V1)
        matched = [text for text in texts if compiled.search(text)]
        assert matched, pattern  # each pattern is tried where it matches
        for text in matched:
            assert all(any(word in text for word in choice) for choice in required_choices(pattern)), (pattern, text)
