"""Discovery of formulae the lexicon lacks, on documents written for these tests."""
from __future__ import annotations

import pytest
import yaml

from slogans import Document, Extractor, Lexicon, RuleError
from slogans.discover import DISCOVER_COLUMNS, discover, discover_frame, stubs_yaml

DOCS = [
    Document("a", "全县深入开展“三联三促”活动。“三联三促”即:联系群众、联系企业、联系村组、促进发展、促进和谐、促进稳定。"
                  "同时推进“双联双帮”工作,要做到“五个好”。", {"date": "2012-03-01"}),
    Document("b", "今年继续推进“双联双帮”工作,落实“四抓四促”要求,开展“岗位明星评选”活动。", {"date": "2014"}),
    Document("c", "各乡镇要把“双联双帮”工作抓实,把三联三促活动引向深入。", {"date": "2013-06"}),
]


@pytest.fixture(scope="module")
def found(extractor):
    return discover(extractor, DOCS)


def test_ranked_by_documents_with_dates_counts_and_members(found):
    assert [(c.term, c.documents, c.count) for c in found] == [("双联双帮", 3, 3), ("三联三促", 2, 3), ("四抓四促", 1, 1)]
    twin = found[0]
    assert (twin.first_date, twin.last_date, twin.components) == ("2012-03-01", "2014", None)
    defined = found[1]
    assert defined.components == ("联系群众", "联系企业", "联系村组", "促进发展", "促进和谐", "促进稳定") and defined.defined_in == "a"
    assert (defined.first_date, defined.last_date) == ("2012-03-01", "2013-06")


def test_two_example_contexts_from_two_documents(found):
    examples = found[0].examples
    assert [doc for doc, _ in examples] == ["a", "b"]
    assert "推进“【双联双帮】”工作" in examples[0][1]


def test_known_terms_are_left_out_and_rare_ones_kept_only_when_asked(extractor, found):
    assert "五个好" not in {c.term for c in found}  # in the lexicon
    assert "岗位明星评选" not in {c.term for c in found}  # a campaign name quoted once, in one document
    assert "岗位明星评选" in {c.term for c in discover(extractor, DOCS, min_documents=1)}
    recurring = discover(extractor, DOCS, quoted_formulae=False)
    assert [c.term for c in recurring] == ["双联双帮", "三联三促"]  # 四抓四促: quoted once, in one document


def test_a_term_one_document_defines_is_listed(extractor):
    only = discover(extractor, [DOCS[0]], quoted_formulae=False)
    assert [c.term for c in only] == ["三联三促"] and only[0].components[0] == "联系群众"


def test_frame_has_its_columns(found):
    frame = discover_frame(found)
    assert list(frame.columns) == DISCOVER_COLUMNS
    assert frame.loc[1, "components"][0] == "联系群众" and frame.loc[0, "documents"] == 3


def test_stubs_fail_to_load_until_the_source_is_filled(found, tmp_path):
    text = stubs_yaml(found)
    entries = yaml.safe_load(text)["entries"]
    assert [e["term"] for e in entries] == ["双联双帮", "三联三促", "四抓四促"]
    assert entries[1]["components"][-1] == "促进稳定" and "components" not in entries[0]
    assert all(e["source"] == {"body": "", "document": "", "date": ""} for e in entries)
    stubs = tmp_path / "stubs.yaml"
    stubs.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        Lexicon.load([stubs])
    messages = [str(p) for p in err.value.problems]
    assert any("stubs.yaml" in m and "E012" in m and "source.body" in m and "双联双帮" in m for m in messages)
    reviewed = text.replace("{body: '', document: '', date: ''}", "{body: 某县委, document: 《关于开展活动的通知》, date: '2012-02'}")
    stubs.write_text(reviewed, encoding="utf-8")
    lexicon = Lexicon.load([stubs])
    assert lexicon.get("三联三促").components == ("联系群众", "联系企业", "联系村组", "促进发展", "促进和谐", "促进稳定")
    counted = {r.term: r for r in Extractor(lexicon=lexicon).count("推进三联三促。", "d")}
    assert counted["三联三促"].components_source == "lexicon"


def test_docstring_examples_hold():
    import doctest

    import slogans.discover

    assert doctest.testmod(slogans.discover).failed == 0
