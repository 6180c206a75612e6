"""Gates: their leading literals, the lines they find, and one scan shared by rules with the same gates."""
from __future__ import annotations

import time

import regex

from slogans.config.gates import (
    StageGates, by_first_char, candidate_places, find_literal, gate_matches, gate_set, gated_rules, gated_lines, literal_index,
    lookahead_matches, present_literals,
)
from slogans.config.pattern_literals import leading_literal, leading_lookahead


def _gates(*patterns):
    compiled = [regex.compile(p, regex.V1) for p in patterns]
    return compiled, [leading_literal(p) for p in patterns]


def test_gate_matches_find_what_a_scan_finds():
    text = "甲“三好”，即乙。\n丙，即丁。\n“两个好”，即戊。"
    gates, literals = _gates("即(?<=”，即)")
    found = [m.start() for m in gate_matches(gates, literals, text, 0, len(text), time.monotonic() + 5)]
    assert found == [m.start() for m in gates[0].finditer(text)] and len(found) == 2


def test_a_text_without_the_literal_is_no_match():
    gates, literals = _gates("即(?<=”，即)")
    assert list(gate_matches(gates, literals, "没有那个字的句子", 0, 8, time.monotonic() + 5)) == []


def test_gated_lines_are_the_lines_of_the_matches_and_shared_by_equal_gates():
    text = "第一行\n“三好”，即甲。\n第三行\n"
    gates, literals = _gates("即")
    lines = gated_lines(gates, literals, text, 0, len(text), time.monotonic() + 5)
    assert [text[lo:hi] for lo, hi in lines] == ["“三好”，即甲。\n"]
    again, _ = _gates("即")  # another rule's gate with the same pattern: the same lines, from the first scan
    assert gated_lines(again, literals, text, 0, len(text), time.monotonic() + 5) is lines
    other = text + "，即乙"  # another text: scanned anew
    assert gated_lines(gates, literals, other, 0, len(other), time.monotonic() + 5) is not lines


def test_present_literals_finds_each_literal_the_text_holds():
    groups = by_first_char(["即", "就是", "就此", "内容", "：", ""])
    assert {first: [lit for lit, _ in lits] for first, lits in groups.items()} == {"即": ["即"], "就": ["就是", "就此"], "内": ["内容"], "：": ["："]}
    assert present_literals(groups, "甲就是乙，即丙") == {"就是", "即"}
    assert present_literals(groups, "就这样") == frozenset()  # the first character alone is not enough
    assert present_literals(groups, "") == frozenset()


def test_gate_set_is_none_where_a_rule_may_always_match():
    assert gate_set(()) is None  # no gates
    assert gate_set(("即", "")) is None  # one gate led by a character class
    assert gate_set(("即", "就是")) == {"即", "就是"}


def test_find_literal_is_str_find():
    text = "甲就是乙，就是丙"
    for literal in ("就是", "，", "没有", "丙"):
        for pos, end in ((0, len(text)), (3, len(text)), (0, 4), (6, 7)):
            assert find_literal(literal, text, pos, end) == text.find(literal, pos, end), (literal, pos, end)


def test_gated_rules_keep_a_rule_whose_gate_search_runs_out_of_time():
    class Rule:
        def __init__(self, gates):
            self.requires = tuple(regex.compile(g, regex.V1) for g in gates)
            self.gate_literals = tuple(leading_literal(g) for g in gates)
            self.timeout = 0.01

    slow = Rule([r"(?:a+a+)+b"])  # catastrophic on a long run of a: the search times out
    never = Rule(["即(?=乙)"])
    text = "b" + "a" * 5000 + "即甲"  # the b every match holds is in the text: the gate is searched
    kept = gated_rules([slow, never], present_literals(by_first_char(["即"]), text), text)
    assert kept == [slow]


def test_gate_matches_without_a_deadline_find_what_a_scan_finds():
    text = "甲“三好”，即乙。\n丙，即丁。\n“两个好”，即戊。"
    gates, literals = _gates("即(?<=”，即)", "丙")
    found = [m.start() for m in gate_matches(gates, literals, text, 0, len(text), None)]
    assert found == [m.start() for g in gates for m in g.finditer(text)] and len(found) == 3
    assert list(gate_matches(gates, literals, "没有那个字", 0, 5, None)) == []


def test_literal_index_leaves_in_play_the_rules_whose_literals_a_text_holds():
    sets = [gate_set(("即",)), None, gate_set(("就是", "即")), gate_set(("：",)), None]
    index = literal_index(sets)
    assert candidate_places(index, frozenset()) == [1, 4]  # rules that may always match
    assert candidate_places(index, frozenset({"即"})) == [0, 1, 2, 4]
    assert candidate_places(index, frozenset({"就是", "："})) == [1, 2, 3, 4]
    assert candidate_places(index, frozenset({"没有的"})) == [1, 4]


def test_stage_gates_pick_the_rules_whose_literals_needs_and_gates_a_text_holds():
    class Rule:
        def __init__(self, name, gates=(), needs=()):
            self.name, self.needs, self.timeout = name, needs, None
            self.requires = tuple(regex.compile(g, regex.V1) for g in gates)
            self.gate_literals = tuple(leading_literal(g) for g in gates)

    rules = [Rule("ji", ["即(?=乙)"]), Rule("free"), Rule("needs-xiang", needs=("项",)), Rule("colon-or-class", ["：", "[甲丙]丁"])]
    picked = StageGates(rules)
    assert [r.name for r in picked.rules_for("甲即乙")] == ["ji", "free"]
    assert [r.name for r in picked.rules_for("甲即丙，三项")] == ["free", "needs-xiang"]
    assert [r.name for r in picked.rules_for("丙丁")] == ["free", "colon-or-class"]
    assert [r.name for r in picked.rules_for("：")] == ["free", "colon-or-class"]  # its literal-led gate opens it too
    assert [r.name for r in gated_rules(rules, frozenset({"即"}), "甲即乙丙丁")] == ["ji", "free", "colon-or-class"]


def test_a_gate_is_compiled_only_where_a_text_holds_its_literal():
    class Rule:  # its gates held as text, compiled (and counted) on first use, as the loader's rules do
        compiles = 0

        def __init__(self, name, gates):
            self.name, self.needs, self.timeout, self.gate_patterns = name, (), None, tuple(gates)
            self.gate_literals = tuple(leading_literal(g) for g in gates)
            self._requires = None

        @property
        def requires(self):
            if self._requires is None:
                Rule.compiles += len(self.gate_patterns)
                self._requires = tuple(regex.compile(g, regex.V1) for g in self.gate_patterns)
            return self._requires

    picked = StageGates([Rule("ji", ["即(?=乙)"]), Rule("colon", ["：(?=甲)", ":(?=甲)"])])
    assert Rule.compiles == 0
    assert [r.name for r in picked.rules_for("甲即乙")] == ["ji"] and Rule.compiles == 1
    assert [r.name for r in picked.rules_for("：甲")] == ["colon"] and Rule.compiles == 3


def test_a_rule_kept_to_stretches_needs_a_gate_to_match_there():
    from types import SimpleNamespace

    def rule(name, gate):
        return SimpleNamespace(id=name, requires=(regex.compile(gate, regex.V1),), gate_patterns=(gate,),
                               gate_literals=(leading_literal(gate),), needs=(), timeout=None)

    kept_to_lines, everywhere = rule("in-lines", "即(?<=”，即)"), rule("whole-text", "即(?<=”，即)")
    gates = StageGates([kept_to_lines, everywhere])
    text = "“甲”，即乙。\n第二行。\n"
    second = (text.index("第二"), len(text))
    in_lines = lambda r: r.id == "in-lines"  # noqa: E731
    assert gates.rules_for(text, (([second]), in_lines)) == [everywhere]  # the gate matches only in the first line
    assert gates.rules_for(text, (([(0, second[0])]), in_lines)) == [kept_to_lines, everywhere]
    assert gates.rules_for(text, ([], in_lines)) == [everywhere]
    assert gates.rules_for(text) == [kept_to_lines, everywhere]


def test_a_gate_whose_words_a_text_lacks_is_not_searched_and_its_lines_are_found_once():
    from types import SimpleNamespace

    from slogans.config import gates as gates_module

    searched: list[str] = []

    class Counted:  # a compiled gate that counts its searches
        def __init__(self, pattern):
            self.pattern, self._compiled = pattern, regex.compile(pattern, regex.V1)

        def search(self, *args, **kwargs):
            searched.append(self.pattern)
            return self._compiled.search(*args, **kwargs)

        def finditer(self, *args, **kwargs):
            return self._compiled.finditer(*args, **kwargs)

    def rule(name, gate):
        return SimpleNamespace(id=name, requires=(Counted(gate),), gate_patterns=(gate,), gate_literals=(leading_literal(gate),),
                               needs=(), timeout=None)

    plus, colon = rule("plus", "”(?<=[+＋]\\d”)"), rule("colon", "：(?=[一二]是)")
    stage = StageGates([plus, colon])
    text = "“1”：一是甲。\n“2”：二是乙。"
    assert stage.rules_for(text) == [colon] and searched == ["：(?=[一二]是)"]  # no + or ＋: the first gate is not searched
    lines = gated_lines(colon.requires, colon.gate_literals, text, 0, len(text), None)
    assert lines == [(0, len(text))] and searched == ["：(?=[一二]是)"]  # the lines: a scan from the first match, no search
    assert gates_module.first_matches(text)[plus.gate_patterns[0]] is None
    assert stage.rules_for("“1+2”：三是") == [plus] and searched[-1] == plus.gate_patterns[0]


def test_lookahead_matches_are_those_of_a_scan_overlapped_or_not():
    pattern = "(?=[一二两三].{1,3}[一二两三])(?<![一二两三])(?P<t>(?:[一二两三]{1,2}(?![个是])\\p{Han}{1,2}){2,4})"
    compiled, ahead = regex.compile(pattern, regex.V1), leading_lookahead(pattern)
    texts = ["开展两评一树活动和三查两评", "三个两个一评", "", "两学一做\n三严三实、两评两个一树", "一二三一二三一二三"]
    for text in texts:
        for overlapped in (False, True):
            for pos, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
                scanned = [m.span() for m in compiled.finditer(text, pos, end, overlapped=overlapped)]
                assert [m.span() for m in lookahead_matches(compiled, ahead, text, pos, end, overlapped, None)] == scanned
    assert [m["t"] for m in lookahead_matches(compiled, ahead, texts[0], 0, len(texts[0]), False, None)] == ["两评一树活", "三查两评"]


def test_lookahead_matches_follow_an_empty_match_as_a_scan_does():
    compiled, ahead = regex.compile("(?=[甲乙].)(?:甲乙)?", regex.V1), leading_lookahead("(?=[甲乙].)(?:甲乙)?")
    for text in ("甲乙甲丙乙乙", "丙甲乙", "乙甲乙"):
        for overlapped in (False, True):
            assert ([m.span() for m in lookahead_matches(compiled, ahead, text, 0, len(text), overlapped, None)]
                    == [m.span() for m in compiled.finditer(text, overlapped=overlapped)])
