"""`slogans extract --html`: the page beside the table, through click's CliRunner."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from cli_runner import separate_stderr_runner
from slogans.cli import main

A = "各支部要做到“五个好”。党员要争当“五带头”。<script>alert(1)</script>"
B = "开展“两学一做”学习教育。"


def test_extract_writes_table_and_page(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    page, table = tmp_path / "out" / "report.html", tmp_path / "out" / "report.csv"
    page.parent.mkdir()
    result = separate_stderr_runner().invoke(main, ["extract", str(tmp_path), "-o", str(table), "--html", str(page), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert re.findall(r'<mark class="m \w+"[^>]*>([^<]*)</mark>', html) == ["五个好", "五带头", "两学一做"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert table.read_text(encoding="utf-8").splitlines()[0].endswith(",components_simplified,components_json,as_of,as_of_source,chars")
    assert sorted(p.name for p in page.parent.iterdir()) == ["report.csv", "report.html"]


def test_dated_table_rows_give_a_timeline(tmp_path):
    rows = [{"id": "r1", "date": "2001", "text": "实践“三个代表”。"}, {"id": "r2", "date": "2005-03", "text": "三个代表,三个代表。"}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    page = tmp_path / "r.html"
    result = separate_stderr_runner().invoke(main, ["extract", str(corpus), "--keep-columns", "date", "--html", str(page)])
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "<h2>Timeline</h2>" in html and html.count('<mark class="m ') == 3 and "2005-03" in html


def test_a_bad_file_is_named_and_the_page_still_holds_the_others(tmp_path):
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    page = tmp_path / "r.html"
    result = separate_stderr_runner().invoke(main, ["extract", str(tmp_path), "--html", str(page)])
    assert result.exit_code == 2 and "empty.txt" in result.stderr
    assert page.read_text(encoding="utf-8").count('<mark class="m ') == 1


def test_extract_imports_neither_matplotlib_nor_the_page_code(tmp_path):
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom slogans.cli import main\n"
        f"r = CliRunner().invoke(main, ['extract', {str(tmp_path / 'b.txt')!r}])\n"
        "assert r.exit_code == 0 and '两学一做' in r.output, r.output\n"
        "print(sorted(m for m in ('matplotlib', 'selenium', 'slogans.html_report', 'slogans.plot') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stderr


def test_the_page_may_not_replace_the_report(tmp_path):
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    out = tmp_path / "r.csv"
    result = separate_stderr_runner().invoke(main, ["extract", str(tmp_path / "b.txt"), "-o", str(out), "--html", str(out)])
    assert result.exit_code == 2 and result.stderr == f"error: {out}: -o and --html name the same file; give each its own\n"
    assert not out.exists()
