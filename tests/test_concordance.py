"""Keyword in context from Python: DataFrames built on the extractor's mentions."""
from __future__ import annotations

import pandas as pd
import pytest

from slogans import Document
from slogans.concordance import KWIC_COLUMNS, display_width, format_lines

TEXT = "各支部要做到“五个好”。\n党员要做到五個好,争当“五带头”。"


def test_kwic_returns_one_row_per_occurrence_with_context(extractor):
    frame = extractor.kwic([Document("d1", TEXT)], ["五个好"], width=4)
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == KWIC_COLUMNS
    assert frame[["line", "left", "hit", "right", "term"]].values.tolist() == [
        [1, "要做到“", "五个好", "”。 党", "五个好"],  # the line break becomes a space
        [2, "员要做到", "五個好", ",争当“", "五个好"],  # the document's own script
    ]
    assert frame["start"].tolist() == [TEXT.index("五个好"), TEXT.index("五個好")]


def test_a_traditional_or_variant_query_finds_the_canonical_term(extractor):
    by_traditional = extractor.kwic([("d", TEXT)], ["五個好"])
    assert by_traditional["hit"].tolist() == ["五个好", "五個好"]
    by_variant = extractor.kwic([("d", "要做到“五个带头”")], ["五带头"])
    assert by_variant["hit"].tolist() == ["五个带头"] and by_variant["term"].tolist() == ["五带头"]


def test_regex_matches_terms_and_surfaces(extractor):
    frame = extractor.kwic([("d", TEXT)], ["^五"], regex=True)
    assert sorted(set(frame["term"])) == ["五个好", "五带头"]
    assert extractor.kwic([("d", TEXT)], ["带头$"], regex=True)["hit"].tolist() == ["五带头"]


def test_only_what_the_extractor_counts_is_shown(extractor):
    """五个好处 is no mention of 五个好: the concordance agrees with the frequency table."""
    frame = extractor.kwic([("d", "这样做有五个好处。")], ["五个好"])
    assert frame.empty and list(frame.columns) == KWIC_COLUMNS


def test_bad_input_is_a_clear_error(extractor):
    with pytest.raises(ValueError, match="bad regular expression '五\\('"):
        extractor.kwic([("d", TEXT)], ["五("], regex=True)
    with pytest.raises(ValueError, match="no term"):
        extractor.kwic([("d", TEXT)], [])


def test_display_width_counts_cjk_as_two_columns():
    assert display_width("abc") == 3
    assert display_width("五个好") == 6
    assert display_width("“五”") == 4  # curly quotes are ambiguous width: one column
    assert display_width("ＡＢ") == 4  # full-width letters


def test_lines_align_their_bars_by_display_width():
    records = [
        {"document": "a.txt", "line": 1, "left": "要做到“", "hit": "五个好", "right": "”"},
        {"document": "long-name.txt", "line": 12, "left": "ab", "hit": "两学一做", "right": "x"},
    ]
    lines = format_lines(records)
    bars = [[display_width(line[:i]) for i, ch in enumerate(line) if ch == "|"] for line in lines]
    assert bars[0] == bars[1] and len(bars[0]) == 2
    assert format_lines([]) == []


def test_module_function_reads_files(tmp_path):
    import slogans

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    frame = slogans.kwic([str(tmp_path)], ["五带头"], width=2)
    assert frame[["document", "left", "hit", "right"]].values.tolist() == [["a.txt", "当“", "五带头", "”。"]]


def test_docstring_examples_hold():
    import doctest

    import slogans.concordance

    assert doctest.testmod(slogans.concordance).failed == 0
