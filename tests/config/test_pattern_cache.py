"""The rule patterns known to compile: kept in the cache folder, compiled at their first use, bad ones still
reported when the rules load."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from slogans.config import pattern_cache
from slogans.config.rules import load_rules
from slogans.errors import RuleError

USER_RULE = """rules:
  - id: bracketed
    stage: detect
    kind: campaign
    requires: '[〔【]'
    pattern: '[〔【](?P<term>[^〕】]{1,10})[〕】]'
    yields: {term: term}
"""


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SLOGANS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def compiles(monkeypatch) -> list[str]:
    """The patterns compiled from now on."""
    done: list[str] = []
    real = pattern_cache.compile_rule_pattern
    monkeypatch.setattr(pattern_cache, "compile_rule_pattern", lambda p: done.append(p) or real(p))
    return done


def _user_rules(tmp_path: Path, text: str = USER_RULE) -> Path:
    path = tmp_path / "user.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_load_compiles_nothing_and_a_rule_is_compiled_at_its_first_use(cache, compiles, tmp_path):
    path = _user_rules(tmp_path)
    first = load_rules([path])
    assert len(compiles) > 50 and list(cache.glob("rule-patterns-*.json"))  # every pattern and gate, recorded
    compiles.clear()
    second = load_rules([path])
    assert compiles == []
    rule = next(r for r in second.rules if r.id == "bracketed")
    text = "开展【三严三实】和〔两学一做〕教育"
    assert [m.group("term") for m in rule.finditer(text)] == ["三严三实", "两学一做"]
    assert sorted(compiles) == sorted([rule.pattern, *rule.gate_patterns])  # what ran, once each
    assert (rule.needs, rule.gate_literals, rule.lead.pattern) == next(
        (r.needs, r.gate_literals, r.lead.pattern) for r in first.rules if r.id == "bracketed")


def test_a_bad_pattern_is_reported_at_load_with_the_cache_warm(cache, tmp_path):
    load_rules([_user_rules(tmp_path)])
    bad = USER_RULE.replace("{1,10})[〕】]'", "{1,10})[〕】]('")
    with pytest.raises(RuleError) as err:
        load_rules([_user_rules(tmp_path, bad)])
    assert [p.code for p in err.value.problems] == ["E020"] and "bracketed" in str(err.value)
    unknown_group = USER_RULE.replace("yields: {term: term}", "yields: {term: name}")
    with pytest.raises(RuleError) as err:  # the groups of a known pattern come from the record
        load_rules([_user_rules(tmp_path, unknown_group)])
    assert [p.code for p in err.value.problems] == ["E021"]


def test_a_record_that_does_not_read_back_is_no_record(cache, compiles, tmp_path):
    load_rules()
    for record in cache.glob("rule-patterns-*.json"):
        record.write_text("{not json", encoding="utf-8")
    compiles.clear()
    load_rules()
    assert len(compiles) > 50


def test_a_record_edited_to_pass_a_bad_pattern_fails_with_the_rule_named_at_its_first_use(cache, tmp_path):
    path = _user_rules(tmp_path)
    load_rules([path])
    (record,) = cache.glob("rule-patterns-*.json")
    data = json.loads(record.read_text(encoding="utf-8"))
    data["[〔【](?P<term>[^〕】]{1,10})[〕】]("] = [16640, ["term"]]  # a pattern that does not compile, passed
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    bad = _user_rules(tmp_path, USER_RULE.replace("{1,10})[〕】]'", "{1,10})[〕】]('"))
    rule = next(r for r in load_rules([bad]).rules if r.id == "bracketed")
    with pytest.raises(RuleError, match="bracketed"):
        rule.compiled
