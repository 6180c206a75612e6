"""The built-in lexicon meets the bar of issue 3: at least 200 entries, every source a mapping, and
every check of ``lexicon_checks`` passed (arithmetic explained, traditional variants as OpenCC gives them,
no name claimed twice, simplified terms)."""
from __future__ import annotations

import pytest
import regex

from slogans.text.dates import normalize_date
from slogans.text.numerals import NUMERAL_CLASS
from slogans.config.lexicon import Lexicon
from slogans.config.lexicon_checks import lexicon_problems

LEXICON = Lexicon.load()


def test_builtin_lexicon_has_at_least_600_entries_of_every_level():
    assert len(LEXICON) >= 600
    assert {level: len(LEXICON.select(level=level)) >= 25 for level in ("national", "provincial", "local", "campaign")} == {
        "national": True, "provincial": True, "local": True, "campaign": True}


PROBLEMS = lexicon_problems(LEXICON, strict=True)


@pytest.mark.parametrize("entry", LEXICON.entries, ids=lambda e: e.term)
def test_builtin_entry_passes_every_check(entry):
    assert [str(p) for p in PROBLEMS if p.item == entry.term] == []


def test_builtin_lexicon_has_no_problem_outside_its_entries():
    terms = {e.term for e in LEXICON}
    assert [str(p) for p in PROBLEMS if p.item not in terms] == []


def test_builtin_sources_are_mappings_with_body_document_and_date():
    for entry in LEXICON:
        for source in [entry.source] + [v.source for v in entry.versions if v.source is not None]:
            assert source.structured, entry.term
            assert source.body and source.document and normalize_date(source.date) == source.date, entry.term


def test_builtin_versions_lie_within_the_entry_years_and_in_order():
    for entry in LEXICON:
        sinces = [v.since for v in entry.versions]
        assert sinces == sorted(sinces), entry.term
        for v in entry.versions:
            assert entry.since is None or entry.since <= v.since, entry.term
            assert v.until is None or v.since <= v.until, entry.term
        assert entry.since is None or entry.until is None or entry.since <= entry.until, entry.term


def test_builtin_formulae_without_members_say_why():
    for entry in LEXICON:
        if entry.kind != "slogan" and not entry.components:
            assert entry.uncertain.strip(), entry.term


def test_builtin_rules_lint_is_clean():
    from click.testing import CliRunner

    from slogans.cli import main

    result = CliRunner().invoke(main, ["rules", "lint"])
    assert result.exit_code == 0, result.output


def test_two_dated_meanings_of_the_issue_are_picked_by_year():
    assert LEXICON.version_for("两个大局", 2017).components == ("国内大局", "国际大局")
    assert LEXICON.version_for("两个大局", 2020).components == ("中华民族伟大复兴战略全局", "世界百年未有之大变局")
    assert LEXICON.version_for("四个全面", 2017).components[0] == "全面建成小康社会"
    assert LEXICON.version_for("四个全面", 2020).components[0] == "全面建设社会主义现代化国家"


def test_no_entry_takes_its_members_written_out_as_a_variant():
    # a text that lists 甲、乙、丙 does not name the formula: the guideline counts the name, not its members
    # (a long form that keeps the numerals, 一个国家、两种制度, is the name written in full; 共商、共建、共享 is the
    # name itself with pauses)
    listed = [e.term for e in LEXICON if e.kind != "slogan" and e.components
              and any(v.replace("、", "") == "".join(e.components) != e.term
                      and not regex.search(f"[{NUMERAL_CLASS}]", v) for v in e.variants)]
    assert listed == []
