"""One document's analysis: find, settle, count, result."""
from __future__ import annotations

import pytest

from slogans import Extractor
from slogans.engine import analysis
from slogans.engine.analysis import DocumentAnalysis


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_a_document_with_nothing_found_is_settled_without_choosing_definitions(extractor, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("no definition to choose in a document without terms")

    monkeypatch.setattr(analysis, "choose_definitions", refuse)
    norm = extractor.normalizer.normalize("今天下雨了，我们在家里读书，晚上去看电影。\n")
    doc = DocumentAnalysis(extractor.stages)
    doc.find(norm.text)
    doc.settle()
    doc.count(norm)
    result = doc.result("plain.txt")
    assert (result.terms, result.mentions, result.definitions) == ([], [], {})
    with pytest.raises(AssertionError, match="no definition"):  # a document with a term still chooses
        other = DocumentAnalysis(extractor.stages)
        other.find(extractor.normalizer.normalize("开展“创先争优”活动。").text)
        other.settle()


def _analysed(extractor, text):
    doc = DocumentAnalysis(extractor.stages)
    doc.find(extractor.normalizer.normalize(text).text)
    doc.settle()
    return doc


def test_the_define_rules_run_only_on_a_document_with_a_term_they_may_bind_to(extractor, monkeypatch):
    calls: list[object] = []
    real = analysis.find_definitions

    def counted(text, rules, warnings=None, terms=None):
        calls.append(terms)
        return real(text, rules, warnings, terms)

    monkeypatch.setattr(analysis, "find_definitions", counted)
    _analysed(extractor, "会上大家谈到的要求，即修路、种树、办学校。\n")  # a list, but no term
    assert calls == []
    doc = _analysed(extractor, "会上提出了“四个到家”，即想到家、说到家、做到家、管到家。\n")
    assert len(calls) == 1 and "四个到家" in calls[0].values()  # read at settle, with the document's terms
    assert doc.found.definitions


def test_a_document_read_in_windows_finds_its_definitions_as_it_goes(extractor, monkeypatch):
    """A window is not kept for ``settle``: its definitions are read when it is found (every match)."""
    calls: list[object] = []
    real = analysis.find_definitions
    monkeypatch.setattr(analysis, "find_definitions", lambda t, r, w=None, terms=None: calls.append(terms) or real(t, r, w, terms))
    text = extractor.normalizer.normalize("会上提出了“四个到家”，即想到家、说到家、做到家、管到家。\n").text
    doc = DocumentAnalysis(extractor.stages)
    doc.find(text, 0, 10)
    doc.find(text, 10, len(text))
    doc.settle()
    assert calls == [None, None]
    assert [d.term for d in doc._settled().definitions.values()] == ["四个到家"]


def test_a_quoted_name_defined_in_turn_inside_a_longer_definition_stays_a_term(extractor):
    text = "“两强两优”活动即争创以学习力强、执行力强为主要内容的“两强”支部，争做以素质优、业绩优为主要内容的“两优”党员。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert list(rows["两强"].components or []) == ["学习力强", "执行力强"]


def test_the_numbered_heads_of_a_name_of_numerals_stay_terms(extractor):
    text = "按照“123”的工作思路，即突出“一个中心”、落实“两项任务”、加快“三大建设”。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert list(rows["123"].components or []) == ["一个中心", "两项任务", "三大建设"]
    assert {"一个中心", "两项任务", "三大建设"} <= set(rows)


def test_a_quoted_formula_that_is_a_member_stays_a_term_of_its_own(extractor):
    # the members of 四个一 are quoted formulae (一码办 …), each used again: they are terms as well as members
    text = ("今年我市推出深化审批“一码办”、查询“一键查”、政务“一网通”、窗口“一窗管”的“四个一”改革。“一码办”让群众少跑腿，"
            "“一键查”让信息更透明，“一网通”让数据多跑路，“一窗管”让服务更集中。")
    rows = {r.term: r for r in extractor.count(text, "doc")}
    assert rows["四个一"].components == ("一码办", "一键查", "一网通", "一窗管")
    assert all(rows[m].count == 2 for m in ("一码办", "一键查", "一网通", "一窗管"))


def test_a_quoted_member_named_again_and_again_on_its_own_stays_a_term(extractor):
    text = ("社区推出“小喇叭”宣传在前、“小马扎”调解在前、“小药箱”服务在前的“三小工作法”。"
            "“小喇叭”走街串巷。“小喇叭”队员每周巡讲。“小马扎”常驻楼道。")
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert list(rows["三小工作法"].components or []) == ["小喇叭", "小马扎", "小药箱"]
    assert "小喇叭" in rows  # quoted twice more on its own: a name
    assert "小药箱" not in rows  # quoted only in the list: a member only
