"""The outputs of a run are checked before any work: never an input, never two on one path."""
from __future__ import annotations

import pytest

from slogans.errors import OutputError
from slogans.io.output_plan import check_outputs


def test_two_outputs_on_one_path_are_refused_even_through_a_link(tmp_path):
    out = tmp_path / "out.csv"
    link = tmp_path / "link.csv"
    link.symlink_to(out)
    with pytest.raises(OutputError, match="-o and --mentions name the same file"):
        check_outputs([("-o", out), ("--mentions", link)], [])
    check_outputs([("-o", out), ("--mentions", tmp_path / "m.csv")], [])
    check_outputs([("-o", "/dev/null"), ("--mentions", "/dev/null")], [])  # written in place: no clash
    check_outputs([("-o", None), ("--mentions", None)], [])


def test_an_output_that_is_an_input_is_refused(tmp_path):
    speech = tmp_path / "a.txt"
    speech.write_text("五个好", encoding="utf-8")
    with pytest.raises(OutputError, match=r"-o names the input .*a\.txt; refusing to overwrite an input"):
        check_outputs([("-o", speech)], [str(speech)])
    hard = tmp_path / "hard.txt"
    hard.hardlink_to(speech)
    with pytest.raises(OutputError, match="refusing to overwrite an input"):
        check_outputs([("-o", hard)], [str(speech)])
    with pytest.raises(OutputError, match=r"under .*; refusing"):
        check_outputs([("--mentions", tmp_path / "new.txt")], [str(tmp_path)], "*.txt")
    check_outputs([("-o", tmp_path / "report.csv")], [str(tmp_path), "-"], "*.txt")
