"""The built-in lexicon meets the bar of issue 3: at least 200 entries, every source a mapping, and
every check of ``lexicon_checks`` passed (arithmetic explained, traditional variants as OpenCC gives them,
no name claimed twice, simplified terms)."""
from __future__ import annotations

import pytest

from slogans.dates import normalize_date
from slogans.lexicon import Lexicon
from slogans.lexicon_checks import lexicon_problems

LEXICON = Lexicon.load()


def test_builtin_lexicon_has_at_least_200_entries():
    assert len(LEXICON) >= 200


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
