"""Rules: every rule's own examples, and the loader's errors (codes, file, line, rule id)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from slogans.errors import RuleError
from slogans.config.rules import load_rules
from slogans.lint.testing import rule_example_cases, run_rule_example

RULES = load_rules()


@pytest.mark.parametrize("case", rule_example_cases(RULES), ids=lambda c: c.id)
def test_rule_example(case):
    failure = run_rule_example(RULES, case)
    assert failure is None, failure


def test_every_rule_has_examples():
    for rule in RULES.rules:
        assert rule.examples.get("match"), f"{rule.id} has no match example"
        assert rule.examples.get("no_match"), f"{rule.id} has no no_match example"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "user.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_rule_file_reports_all_problems_with_file_line_and_id(tmp_path):
    path = _write(tmp_path, """rules:
  - id: bad-kind
    stage: detect
    kind: weird
    pattern: 'x(?P<term>y)'
    yields: {term: term}
  - id: bad-regex
    stage: detect
    kind: numbered
    pattern: '(?P<term>[abc'
    yields: {term: term}
  - id: bad-group
    stage: detect
    kind: numbered
    pattern: '(?P<name>abc)'
    yields: {term: term}
  - id: extra-key
    stage: detect
    kind: numbered
    pattern: '(?P<term>abc)'
    yields: {term: term}
    colour: blue
""")
    with pytest.raises(RuleError) as info:
        load_rules([path], builtin=False)
    err = info.value
    assert err.codes == ["E013", "E020", "E021", "E010"]
    text = str(err)
    assert f"{path}:2: [bad-kind] E013 'kind' has the value 'weird'" in text
    assert f"{path}:7: [bad-regex] E020 pattern does not compile" in text
    assert "[bad-group] E021 pattern lacks the named group 'term'" in text
    assert f"{path}:17: [extra-key] E010 unknown key 'colour'" in text


def test_not_yaml_names_the_file_and_line(tmp_path):
    path = _write(tmp_path, "rules:\n  - id: a\n    pattern: [unclosed\n")
    with pytest.raises(RuleError) as info:
        load_rules([path], builtin=False)
    assert info.value.codes == ["E002"]
    assert str(path) in str(info.value)


def test_yaml_is_loaded_safely(tmp_path):
    path = _write(tmp_path, "rules: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(RuleError) as info:
        load_rules([path], builtin=False)
    assert info.value.codes == ["E002"]


def test_duplicate_rule_id_is_an_error(tmp_path):
    path = _write(tmp_path, """rules:
  - id: quoted
    stage: detect
    kind: quoted
    pattern: '“(?P<term>[^”]+)”'
    yields: {term: term}
""")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert info.value.codes == ["E014"]


def test_unknown_macro_is_an_error(tmp_path):
    path = _write(tmp_path, "rules:\n  - id: m\n    stage: detect\n    kind: numbered\n    pattern: '{NOPE}(?P<term>x)'\n    yields: {term: term}\n")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert info.value.codes == ["E022"]


def test_user_rule_adds_a_term(tmp_path):
    from slogans import Extractor

    path = _write(tmp_path, """rules:
  - id: green-mountains
    stage: detect
    kind: slogan
    pattern: '(?P<term>绿水青山就是金山银山)'
    yields: {term: term}
    examples:
      match: [{text: 坚持绿水青山就是金山银山, term: 绿水青山就是金山银山}]
      no_match: [金山银山]
""")
    rows = Extractor(rules=[path]).count("我们坚持绿水青山就是金山银山的理念。", "d")
    assert [(r.term, r.kind, r.count) for r in rows] == [("绿水青山就是金山银山", "slogan", 1)]


@pytest.mark.parametrize("rule_id, slow_part", [
    ("slow", "pattern: '(?P<term>(?:x+x+)+y)'"),
    ("slow-gate", "requires: '(?:x+x+)+y'\n    pattern: '(?P<term>[一二三]基)'"),
], ids=["pattern", "gate"])
def test_a_catastrophic_user_rule_cannot_hang_a_run(tmp_path, rule_id, slow_part):
    from slogans import Extractor

    path = _write(tmp_path, f"""rules:
  - id: {rule_id}
    stage: detect
    kind: campaign
    {slow_part}
    yields: {{term: term}}
""")
    ex = Extractor(rules=[path])
    for rule in ex.rules.rules:
        rule.timeout = 0.2
    started = time.monotonic()
    # the y every match holds is in the text: the slow gate is searched (a text without one is left out unsearched)
    result = ex.analyze("y" + "x" * 5000 + "开展“创先争优”活动", "slow.txt")
    assert time.monotonic() - started < 10
    assert any(f"rule '{rule_id}'" in w and "ran longer" in w for w in result.warnings)
    assert [r.term for r in result.terms] == ["创先争优"]


def test_requires_skips_a_text_without_it(tmp_path):
    path = _write(tmp_path, """rules:
  - id: gated
    stage: detect
    kind: campaign
    requires: '工程'
    pattern: '(?P<term>[一二三]基)'
    yields: {term: term}
""")
    rule = next(r for r in load_rules([path], builtin=False).rules if r.id == "gated")
    assert [m.group("term") for m in rule.finditer("三基工程")] == ["三基"]
    assert list(rule.finditer("三基建设")) == []


def test_requires_may_list_alternatives(tmp_path):
    path = _write(tmp_path, """rules:
  - id: gated
    stage: detect
    kind: campaign
    requires: [工程, 建设]
    pattern: '(?P<term>[一二三]基)'
    yields: {term: term}
""")
    rule = next(r for r in load_rules([path], builtin=False).rules if r.id == "gated")
    assert [m.group("term") for m in rule.finditer("三基建设")] == ["三基"]
    assert list(rule.finditer("三基活动")) == []


def test_stage_of_a_text_leaves_out_only_the_rules_whose_gates_find_nothing_in_it(tmp_path):
    path = _write(tmp_path, """rules:
  - id: literal-gates
    stage: detect
    kind: campaign
    requires: [工程, 建设]
    pattern: '(?P<term>[一二三]基)'
    yields: {term: term}
  - id: class-gate
    stage: detect
    kind: campaign
    requires: [工程, '[甲乙]']
    pattern: '(?P<term>[一二三]好)'
    yields: {term: term}
  - id: no-gate
    stage: detect
    kind: campaign
    pattern: '(?P<term>[一二三][比基])'
    yields: {term: term}
""")
    rules = load_rules([path], builtin=False)
    assert [r.id for r in rules.stage("detect", "三基建设")] == ["literal-gates", "no-gate"]
    assert [r.id for r in rules.stage("detect", "三基活动甲")] == ["class-gate", "no-gate"]  # a gate led by a class
    assert [r.id for r in rules.stage("detect", "三基工程")] == ["class-gate", "literal-gates", "no-gate"]
    assert [r.id for r in rules.stage("detect", "三基活动")] == ["no-gate"]
    assert [r.id for r in rules.stage("detect")] == ["class-gate", "literal-gates", "no-gate"]


def test_builtin_stages_of_a_text_keep_every_rule_that_matches_it(corpus):
    """On real speeches cut into short pieces, no rule left out of a stage for a piece matches that piece."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    pieces = [t[i:i + 300] for t in texts for i in range(0, len(t), 300)]
    for stage in ("detect", "define"):
        for piece in pieces:
            kept = {r.id for r in RULES.stage(stage, piece)}
            for rule in RULES.stage(stage):
                if rule.id not in kept:
                    assert next(rule.finditer(piece), None) is None, (rule.id, piece)


def test_every_piece_a_builtin_gate_matches_holds_a_word_of_each_set_read_from_the_gate(corpus):
    """The word sets of a gate (pattern_literals.required_choices) spare its search only where it cannot match."""
    from slogans.config.pattern_literals import required_choices

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    pieces = [t[i:i + 300] for t in texts for i in range(0, len(t), 300)]
    gates = {pattern: gate for rule in RULES.rules for pattern, gate in zip(rule.gate_patterns, rule.requires)}
    assert sum(1 for pattern in gates if required_choices(pattern)) > len(gates) / 2
    for pattern, gate in gates.items():
        choices = required_choices(pattern)
        for piece in pieces:
            if gate.search(piece):
                assert all(any(word in piece for word in choice) for choice in choices), (pattern, piece)


@pytest.mark.parametrize("gate, code", [("(unclosed", "E020"), ("{NOPE}", "E022")])
def test_a_bad_requires_is_an_error(tmp_path, gate, code):
    path = _write(tmp_path, f"""rules:
  - id: gated
    stage: detect
    kind: campaign
    requires: '{gate}'
    pattern: '(?P<term>x)'
    yields: {{term: term}}
""")
    with pytest.raises(RuleError) as info:
        load_rules([path], builtin=False)
    assert info.value.codes == [code]


def test_builtin_requires_never_hide_a_match(corpus):
    """On real speeches, every gated rule finds exactly what its pattern alone finds."""
    gated = [r for r in RULES.rules if r.requires]
    assert gated
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    for text in texts:
        for rule in gated:
            alone = [m.span() for m in rule.compiled.finditer(text, overlapped=rule.stage == "define")]
            assert [m.span() for m in rule.finditer(text)] == alone, rule.id


def test_ungated_rules_find_what_a_scan_of_their_pattern_finds(corpus):
    """A rule without gates searches once and scans on from its first match: the same matches as a scan."""
    ungated = [r for r in RULES.rules if not r.requires]
    assert ungated
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    for text in texts + [t[i:i + 200] for t in texts for i in range(0, len(t), 200)]:
        for rule in ungated:
            alone = [m.span() for m in rule.compiled.finditer(text, overlapped=rule.stage == "define")]
            assert [m.span() for m in rule.finditer(text)] == alone, rule.id


def test_scope_line_runs_only_on_the_lines_a_gate_finds(tmp_path):
    path = _write(tmp_path, """rules:
  - id: lined
    stage: detect
    kind: campaign
    scope: line
    requires: '工程'
    pattern: '(?P<term>[一二三]基)'
    yields: {term: term}
""")
    rule = next(r for r in load_rules([path], builtin=False).rules if r.id == "lined")
    assert rule.scope == "line"
    text = "推进三基建设。\n实施二基工程。\n再谈一基。"
    assert [m.group("term") for m in rule.finditer(text)] == ["二基"]  # a text-scoped rule would find all three
    assert [m.span("term") for m in rule.finditer(text)] == [(len("推进三基建设。\n实施"), len("推进三基建设。\n实施二基"))]


def test_scope_line_covers_every_line_a_gate_spans(tmp_path):
    path = _write(tmp_path, """rules:
  - id: lined
    stage: detect
    kind: campaign
    scope: line
    requires: '工程\\n\\s*第一'
    pattern: '(?P<term>[一二三]基)工程(?=\\n\\s*第一)'
    yields: {term: term}
""")
    rule = next(r for r in load_rules([path], builtin=False).rules if r.id == "lined")
    text = "开头。\n实施三基工程\n\n第一,抓班子。"
    assert [m.group("term") for m in rule.finditer(text)] == ["三基"]


def test_scope_line_needs_a_gate_and_a_known_value(tmp_path):
    path = _write(tmp_path, """rules:
  - id: no-gate
    stage: detect
    kind: campaign
    scope: line
    pattern: '(?P<term>x)'
    yields: {term: term}
  - id: bad-scope
    stage: detect
    kind: campaign
    scope: paragraph
    requires: x
    pattern: '(?P<term>x)'
    yields: {term: term}
""")
    with pytest.raises(RuleError) as info:
        load_rules([path], builtin=False)
    assert info.value.codes == ["E011", "E013"]
    assert "requires" in str(info.value) and "paragraph" in str(info.value)


def test_builtin_line_scoped_rules_find_what_they_find_over_the_whole_text(corpus):
    """On real speeches, a line-scoped rule finds exactly what its pattern finds over the whole text."""
    lined = [r for r in RULES.rules if r.scope == "line"]
    assert len(lined) >= 5
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for rule in lined:
            alone = [m.span() for m in rule.compiled.finditer(text, overlapped=rule.stage == "define")]
            assert [m.span() for m in rule.finditer(text)] == alone, (rule.id, path.name)


def test_a_line_scoped_rule_has_one_time_budget_for_the_whole_document(tmp_path):
    from slogans import Extractor

    path = _write(tmp_path, """rules:
  - id: slow-lines
    stage: detect
    kind: campaign
    scope: line
    requires: 'x'
    pattern: '(?P<term>(?:x+x+)+y)'
    yields: {term: term}
""")
    ex = Extractor(rules=[path])
    for rule in ex.rules.rules:
        rule.timeout = 0.3
    text = "\\n".join(["x" * 3000] * 40) + "\\n开展“创先争优”活动"  # forty lines, each hopeless for the pattern
    started = time.monotonic()
    result = ex.analyze(text, "slow.txt")
    assert time.monotonic() - started < 10  # not forty budgets
    assert any("rule 'slow-lines'" in w and "ran longer" in w for w in result.warnings)
    assert [r.term for r in result.terms] == ["创先争优"]


def test_a_rule_that_times_out_is_disabled_for_the_rest_of_the_run(tmp_path):
    from slogans import Extractor
    from slogans.config.rules import RULE_DISABLED

    path = _write(tmp_path, """rules:
  - id: slow
    stage: detect
    kind: campaign
    pattern: '(?P<term>(?:x+x+)+y)'
    yields: {term: term}
""")
    ex = Extractor(rules=[path])
    for rule in ex.rules.rules:
        rule.timeout = 0.2
    first = ex.analyze("y" + "x" * 5000 + "开展“创先争优”活动", "a.txt")  # y: the word the rule needs
    started = time.monotonic()
    second = ex.analyze("y" + "x" * 5000 + "开展“创先争优”活动", "b.txt")
    assert [w for w in first.warnings if RULE_DISABLED in w] and "rule 'slow'" in first.warnings[0]
    assert second.warnings == [] and time.monotonic() - started < 0.2
    assert "slow" in ex.rules.disabled and all(r.id != "slow" for r in ex.rules.stage("detect"))


def test_the_builtin_rules_run_without_a_time_budget_and_a_users_rule_keeps_one(tmp_path):
    from slogans.config.rules import DEFAULT_TIMEOUT

    path = _write(tmp_path, """rules:
  - id: mine
    stage: detect
    kind: campaign
    pattern: '(?P<term>[一二三]基)'
    yields: {term: term}
""")
    rules = load_rules([path])
    mine = next(r for r in rules.rules if r.id == "mine")
    assert {r.timeout for r in rules.rules if r is not mine} == {None} and mine.timeout == DEFAULT_TIMEOUT
    assert [m.group("term") for m in mine.finditer("三基工程")] == ["三基"]


def test_stage_of_a_text_keeps_the_rules_that_trying_every_rule_keeps(corpus):
    from slogans.config.gates import by_first_char, gate_set, gated_rules, present_literals

    rules = load_rules()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    pieces = [t[i:i + 400] for t in texts for i in range(0, len(t), 400)] + ["", "没有"]
    assert len(pieces) > 50
    for name in ("detect", "define"):
        every = rules.stage(name)
        sets = [gate_set(r._literals()) for r in every]
        literals = by_first_char(lit for lits in sets if lits for lit in lits)
        for piece in pieces:
            expected = gated_rules(every, present_literals(literals, piece), piece)
            # less the rules that need a word the piece lacks (their matches hold it: see test_gates)
            assert [r.id for r in rules.stage(name, piece)] == [r.id for r in expected if all(w in piece for w in r.needs)]


def test_a_rule_led_by_a_class_is_not_searched_in_a_text_without_it_and_finds_what_its_pattern_finds(tmp_path):
    path = _write(tmp_path, """rules:
  - id: bracketed
    stage: detect
    kind: campaign
    pattern: '[〔【](?P<term>[^〕】]{1,10})[〕】]'
    yields: {term: term}
""")
    rule = load_rules([path], builtin=False).rules[0]
    assert rule.lead is not None

    class Counting:  # the rule's pattern, counting its searches
        def __init__(self, compiled):
            self.compiled, self.searches = compiled, 0

        def search(self, *args, **kwargs):
            self.searches += 1
            return self.compiled.search(*args, **kwargs)

        def finditer(self, *args, **kwargs):
            return self.compiled.finditer(*args, **kwargs)

    counting = Counting(rule.compiled)
    rule.compiled = counting
    assert list(rule.finditer("没有括号的一段话。" * 50)) == [] and counting.searches == 0
    text = "前言。" * 40 + "开展【三严三实】和〔两学一做〕教育"
    assert [m.group("term") for m in rule.finditer(text)] == ["三严三实", "两学一做"] and counting.searches == 1
    assert [m.span() for m in rule.finditer(text, 130)] == [m.span() for m in counting.compiled.finditer(text, 130)]


def test_a_match_whose_term_is_not_wanted_is_dropped_before_its_members_are_read(monkeypatch):
    from slogans.config import rules as rules_module

    rule = next(r for r in RULES.stage("define") if r.id == "named-then-ji")
    text = "提出“三好”，即人好、事好、心好；又提出“两快”，即走得快、跑得快。\n"
    assert {m.term for m in rule.apply(text)} >= {"三好", "两快"}
    read: list[str] = []
    real = rules_module.split_members
    monkeypatch.setattr(rules_module, "split_members", lambda raw, *a: read.append(raw) or real(raw, *a))
    found = rule.apply(text, wanted=lambda term: term == "两快")
    assert [(m.term, m.members) for m in found] == [("两快", ("走得快", "跑得快"))]
    assert read == ["走得快、跑得快"]
