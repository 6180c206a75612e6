"""The lexicon: schema checks on every entry, and lookup by any spelling."""
from __future__ import annotations

import pytest

from slogans.errors import RuleError
from slogans.lexicon import Lexicon
from slogans.numerals import formula_arithmetic

LEXICON = Lexicon.load()


def test_lookup_by_variant_and_traditional():
    assert LEXICON.get("五個好").term == "五个好"
    assert LEXICON.get("五个带头").term == "五带头"
    assert LEXICON.get("四個意識").components == ("政治意识", "大局意识", "核心意识", "看齐意识")
    assert "不存在的口号" not in LEXICON


@pytest.mark.parametrize("entry", [e for e in LEXICON if e.components], ids=lambda e: e.term)
def test_member_count_agrees_with_numerals_or_says_why(entry):
    arith = formula_arithmetic(entry.term) if entry.kind == "numbered" else None
    if arith is None or entry.notes:
        return
    assert arith.agrees_with(list(entry.components)), f"{entry.term}: {len(entry.components)} members"


def test_every_entry_has_a_source_and_level():
    for e in LEXICON:
        assert e.source.strip(), e.term
        assert e.level in ("national", "provincial", "local", "campaign")


def test_a_variant_claimed_twice_is_an_error(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: 甲乙\n    kind: campaign\n    source: test\n    variants: [五个好]\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        Lexicon.load([path])
    assert info.value.codes == ["E030"]
    assert f"{path}:2: [甲乙] E030" in str(info.value)


def test_user_entry_overrides_builtin(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: 五个好\n    kind: numbered\n    source: my archive\n    components: [甲, 乙, 丙, 丁, 戊]\n", encoding="utf-8")
    lex = Lexicon.load([path])
    assert lex.get("五个好").components == ("甲", "乙", "丙", "丁", "戊")
    assert lex.overridden == ["五个好"]


def test_entry_schema_errors_name_file_and_entry(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("entries:\n  - term: 甲\n    kind: slogan\n    colour: red\n  - term: 乙\n    kind: weird\n    source: s\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        Lexicon.load([path], builtin=False)
    assert info.value.codes == ["E010", "E011", "E013"]
