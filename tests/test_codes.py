"""The one catalogue of codes: every code the package uses is in it, with a template and a meaning."""
from __future__ import annotations

import string
from pathlib import Path

import pytest
import regex

import slogans
from slogans.codes import CODES, Code, message
from slogans.lint.findings import FINDING_CODES

ROOT = Path(slogans.__file__).resolve().parent
_CODE = regex.compile(r"""["'](E\d{3}|SLG\d{3})["']""")


def used_codes() -> dict[str, list[str]]:
    """Every code written as a string literal in the package's source, with the files using it."""
    used: dict[str, list[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if path.name == "codes.py":
            continue
        for code in _CODE.findall(path.read_text(encoding="utf-8")):
            used.setdefault(code, []).append(path.name)
    return used


def test_every_code_used_anywhere_is_in_the_catalogue():
    used = used_codes()
    assert len(used) > 20 and "E010" in used and "SLG001" in used  # the scan sees the codes
    assert {code: files for code, files in used.items() if code not in CODES} == {}


def test_the_scan_would_see_an_unknown_code(tmp_path):
    assert _CODE.findall('problem("E999", f, 1, None)') == ["E999"]
    assert "E999" not in CODES


def test_every_code_has_a_template_and_a_meaning():
    for code, entry in CODES.items():
        assert isinstance(entry, Code) and entry.template and entry.meaning, code
        template, meaning = entry  # a pair: (message template, meaning)
        assert regex.fullmatch(r"E\d{3}|SLG\d{3}", code)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_template_fills_from_its_own_fields(code):
    fields = {name for _, name, _, _ in string.Formatter().parse(CODES[code].template) if name}
    filled = message(code, **{name: f"<{name}>" for name in fields})
    assert all(f"<{name}>" in filled for name in fields)


def test_findings_carry_only_slg_codes():
    assert FINDING_CODES and all(c.startswith("SLG") for c in FINDING_CODES)
    assert set(FINDING_CODES) == {c for c in CODES if c.startswith("SLG")}
