"""The year used for each document (option > metadata > text), the as_of columns, and the
warning for a formula used before its ``since``."""
from __future__ import annotations


import pytest

from slogans import Extractor
import pickle

from slogans.engine.dating import DeferredDate, DocumentDate, date_document, early_uses
from slogans.config.lexicon import LexiconEntry
from slogans.model import Document
from slogans.text.text_date import DateScanner

DATELESS_2017 = "胸怀“两个大局”，协调推进“四个全面”战略布局。深入学习贯彻党的十九大精神。"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _components(result, term):
    return next(r.components for r in result.terms if r.term == term)


def test_a_dateless_2017_text_gets_the_2017_members(extractor):
    result = extractor.analyze(DATELESS_2017, "a.txt")
    assert (result.as_of, result.as_of_source, result.date.evidence.evidence) == (2017, "text", "十九大")
    assert _components(result, "两个大局") == ("国内大局", "国际大局")
    assert _components(result, "四个全面")[0] == "全面建成小康社会"
    assert {(r.as_of, r.as_of_source) for r in result.terms} == {(2017, "text")}


def test_a_deferred_date_reads_the_text_only_when_asked_and_then_once():
    calls = []

    def resolve() -> DocumentDate:
        calls.append(1)
        return DocumentDate(2019, "text")

    deferred = DeferredDate(resolve)
    assert calls == []
    assert (deferred.year, deferred.source, deferred.firm) == (2019, "text", False)
    assert deferred == DocumentDate(2019, "text") and DocumentDate(2019, "text") == deferred
    assert deferred != DocumentDate(2018, "text")
    assert pickle.loads(pickle.dumps(deferred)) == DocumentDate(2019, "text")
    assert calls == [1]


def test_a_document_without_terms_is_not_dated_until_its_date_is_asked_for(extractor, monkeypatch):
    scans = []
    real = DateScanner.feed
    monkeypatch.setattr(DateScanner, "feed", lambda self, text: (scans.append(text), real(self, text))[1])
    nothing = extractor.analyze("今天下雨了。党的十九大以后，我们去公园散步。", "plain.txt")
    assert nothing.terms == [] and scans == []
    assert (nothing.as_of, nothing.as_of_source) == (2017, "text") and len(scans) == 1
    extractor.analyze(DATELESS_2017, "a.txt")
    assert len(scans) == 2  # a document with rows is dated as it is counted


def test_the_documents_own_members_win_over_the_dated_lexicon(extractor):
    result = extractor.analyze("统筹国内国际两个大局。深入学习贯彻党的十九大精神。", "a.txt")
    row = next(r for r in result.terms if r.term == "两个大局")
    assert (row.components, row.components_source, row.as_of) == (("国内", "国际"), "text", 2017)


def test_the_option_beats_the_metadata_which_beats_the_text(extractor):
    doc = Document("d", DATELESS_2017, {"date": "2021-03-05"})
    by_meta = extractor.analyze_document(doc)
    assert (by_meta.as_of, by_meta.as_of_source) == (2021, "meta")
    assert _components(by_meta, "两个大局")[0] == "中华民族伟大复兴战略全局"
    by_option = Extractor(lexicon=extractor.lexicon, as_of=2015).analyze_document(doc)
    assert (by_option.as_of, by_option.as_of_source) == (2015, "option")
    assert extractor.analyze(DATELESS_2017, as_of=2022).as_of_source == "option"


def test_no_evidence_no_year_and_the_latest_members(extractor):
    result = extractor.analyze("协调推进“四个全面”。", "x")
    assert (result.as_of, result.as_of_source) == (None, None)
    assert _components(result, "四个全面")[0] == "全面建设社会主义现代化国家"


def test_reading_dates_can_be_turned_off(extractor):
    ex = Extractor(lexicon=extractor.lexicon, read_dates=False)
    assert ex.analyze(DATELESS_2017).as_of is None


def test_a_streamed_document_is_dated_as_a_whole_one(extractor):
    text = "（2016年5月3日）\n" + "协调推进“四个全面”。" * 300 + "认真贯彻党的十八大精神。"
    pieces = [text[i:i + 500] for i in range(0, len(text), 500)]
    streamed = extractor.analyze_stream(lambda: iter(pieces), "big", piece_chars=1000)
    whole = extractor.analyze(text, "big", with_mentions=False)
    assert (streamed.as_of, streamed.as_of_source) == (whole.as_of, whole.as_of_source) == (2016, "text")
    assert streamed.terms == whole.terms


def test_a_formula_used_before_its_since_is_warned_about_for_a_firm_date(extractor):
    result = extractor.analyze("（2012年3月1日）\n增强“四个意识”。", "early.txt")
    assert result.early_uses == [("四个意识", 2016)]
    assert any("四个意识: used in a document of 2012" in w and "before 2016" in w for w in result.warnings)
    # a meeting named is the earliest the text can be from: a later formula only shows it is later
    lower_bound = extractor.analyze("贯彻党的十八大精神，增强“四个意识”。", "late.txt")
    assert lower_bound.as_of == 2012 and lower_bound.early_uses == []


def test_early_uses_need_an_entry_a_since_and_a_firm_year():
    entry = LexiconEntry("四个意识", "numbered", since=2016)
    assert early_uses(DocumentDate(2012, "meta"), [("四个意识", entry), ("x", None)]) == [("四个意识", 2016)]
    assert early_uses(DocumentDate(2016, "meta"), [("四个意识", entry)]) == []
    assert early_uses(DocumentDate(), [("四个意识", entry)]) == []


def test_date_document_priority():
    scanner = DateScanner()
    scanner.feed("党的十九大")
    assert date_document(2010, 2011, scanner) == DocumentDate(2010, "option")
    assert date_document(None, 2011, scanner) == DocumentDate(2011, "meta")
    assert date_document(None, None, scanner).source == "text"
    assert date_document(None, None, None) == DocumentDate()
