"""The HTML report: escaped, self-contained, and checked in a real headless Chromium."""
from __future__ import annotations

import re
import shutil

import pytest

from slogans import Document, Mention
from slogans.html_report import HtmlReport, html_page, marked_text, write_html_report

TEXT = ("各支部要做到“五个好”,即领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好。\n"
        "党员要争当“五带头”。<script>window.pwned = 1;</script><b onmouseover=\"window.pwned=2\">粗</b>\n"
        "深入开展“三联三促”活动。“三联三促”即:联系群众、联系企业、联系村组、促进发展、促进和谐、促进稳定。要把五个好落到实处。")
DOCS = [Document("speech<1>.txt", TEXT, {"date": "2011-05-04"}), Document("b.txt", "学习“五个好”。", {"date": "2013"})]


def test_every_text_is_escaped(extractor):
    page = html_page(extractor, DOCS)
    assert "<script>window.pwned" not in page and "&lt;script&gt;window.pwned = 1;&lt;/script&gt;" in page
    assert "<b onmouseover" not in page
    assert "speech&lt;1&gt;.txt" in page and "speech<1>" not in page
    assert len(re.findall(r"<script>", page)) == 1  # the page's own script only
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page  # nothing fetched


def test_marks_carry_what_the_tooltip_shows(extractor):
    result = extractor.analyze_document(DOCS[0])
    html = marked_text(TEXT, result.mentions, result.terms)
    marks = re.findall(r'<mark class="m (\w+)" tabindex="0" ([^>]*)>([^<]*)</mark>', html)
    assert [surface for _, _, surface in marks] == [m.surface for m in result.mentions]
    kind, attrs, _ = marks[0]
    assert kind == "numbered" and 'data-term="五个好"' in attrs and 'data-source="text"' in attrs  # the text defines it
    assert 'data-members="领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好"' in attrs
    assert 'data-reason="in the lexicon; quoted here"' in attrs
    defined = [a for _, a, s in marks if s == "三联三促"][0]
    assert 'data-source="text"' in defined and "联系群众" in defined


def test_a_timeline_appears_when_two_years_are_known(extractor):
    assert "<h2>Timeline</h2>" in html_page(extractor, DOCS)
    assert "<h2>Timeline</h2>" not in html_page(extractor, [("a", "学习“五个好”。")])


def test_written_atomically(extractor, tmp_path):
    target = tmp_path / "r.html"
    write_html_report(target, DOCS, extractor)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


# -- in a real browser ---------------------------------------------------------------------------
def _chrome():
    """Headless Chromium driven by Debian's chromedriver (the Makefile installs both)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    assert binary and driver_path, "Chromium and chromedriver are needed (make install puts them in place on Debian)"
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,900"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(driver_path), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = _chrome()
    yield driver
    driver.quit()


def test_in_chromium_marks_and_hover(extractor, tmp_path, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    target = tmp_path / "report.html"
    report = HtmlReport("测试")
    results = []
    for doc in DOCS:
        result = extractor.analyze_document(doc)
        result.meta = dict(doc.meta)
        report.add(result, doc.text)
        results.append(result)
    report.write(target)
    browser.get(target.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.m")
    assert len(marks) == sum(len(r.mentions) for r in results) >= 6
    assert browser.execute_script("return window.pwned === undefined")  # the document's script never ran
    assert "<script>window.pwned = 1;</script>" in browser.find_element(By.CSS_SELECTOR, "#doc0 .text").text
    tip = browser.find_element(By.ID, "tip")
    assert not tip.is_displayed()
    first = marks[0]
    ActionChains(browser).move_to_element(first).perform()
    assert tip.is_displayed()
    lines = tip.text.splitlines()
    assert lines[:2] == ["term", "五个好"] and "members" in lines and "领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好" in lines
    assert "source" in lines and "text" in lines and "in the lexicon; quoted here" in lines
    defined = next(m for m in marks if m.text == "三联三促")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", defined)
    ActionChains(browser).move_to_element(defined).perform()
    assert "联系群众、联系企业、联系村组、促进发展、促进和谐、促进稳定" in tip.text and "text" in tip.text.splitlines()
    ActionChains(browser).move_by_offset(0, 300).perform()
    assert not tip.is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "svg.timeline polyline")


def test_screenshot_shows_the_page(extractor, tmp_path, browser):
    """The browser renders the page to an image (the README's picture is made the same way)."""
    target = tmp_path / "report.html"
    write_html_report(target, DOCS, extractor)
    browser.get(target.as_uri())
    png = tmp_path / "shot.png"
    assert browser.save_screenshot(str(png))
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10000


def test_docstring_examples_hold():
    import doctest

    import slogans.html_report

    assert doctest.testmod(slogans.html_report).failed == 0


NESTED_TEXT = "甲乙丙丁戊己庚辛"
NESTED = [
    Mention("甲乙丙丁", "slogan", "甲乙丙丁", 0, 4, True, "quoted"),
    Mention("甲乙", "campaign", "甲乙", 0, 2, False, "lexicon", ("子", "丑")),
    Mention("乙丙", "numbered", "乙丙", 1, 3, False, "lexicon"),  # straddles the end of 甲乙: not marked
    Mention("戊己", "numbered", "戊己", 4, 6, False, "lexicon"),
    Mention("戊己二", "slogan", "戊己", 4, 6, False, "quoted"),  # the same span, another term
]


def test_a_mention_within_another_is_a_mark_within_its_mark():
    html = marked_text(NESTED_TEXT, NESTED, [])
    assert re.sub(r" tabindex[^>]*", "", html) == (
        '<mark class="m slogan"><mark class="m campaign">甲乙</mark>丙丁</mark>'
        '<mark class="m numbered"><mark class="m slogan">戊己</mark></mark>庚辛'
    )


def test_in_chromium_a_nested_mark_shows_both_terms(tmp_path, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    from slogans.api import DocumentResult

    report = HtmlReport()
    report.add(DocumentResult("n.txt", [], NESTED, {}), NESTED_TEXT)
    report.write(tmp_path / "n.html")
    browser.get((tmp_path / "n.html").as_uri())
    inner = browser.find_element(By.CSS_SELECTOR, "mark.m mark.m.campaign")
    ActionChains(browser).move_to_element(inner).perform()
    tip = browser.find_element(By.ID, "tip")
    lines = tip.text.splitlines()
    assert lines[:2] == ["term", "甲乙"] and "子、丑" in lines and "甲乙丙丁" in lines  # the inner term first, then the outer
    assert len(browser.find_elements(By.CSS_SELECTOR, "#tip hr")) == 1
