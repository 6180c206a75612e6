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
