"""Members taken from the document's own text, scored on all ten annotated documents.

The three shared speeches, the three added speeches and the four national documents (gold in
``corpus/gold`` and ``added-corpus/gold``), scored by the shared scorer. The define rules were first
written against the three shared speeches; the figure on the other seven is reported in the README.
"""
from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest

from gold_scoring import shared_scores

BAR = 0.80


def _gold_dirs(corpus: Path) -> list[Path]:
    return [corpus / "gold", corpus.parent / "added-corpus" / "gold"]


def _texts(corpus: Path) -> dict[str, str]:
    folders = [corpus, corpus.parent / "added-corpus", corpus / "external"]
    out = {}
    for gold in _gold_dirs(corpus):
        for path in sorted(gold.glob("*.json")):
            name = Path(json.loads(path.read_text(encoding="utf-8"))["document"]).name
            found = [f / name for f in folders if (f / name).is_file()]
            assert found, f"text of {name} not found"
            out[name] = found[0].read_text(encoding="utf-8")
    return out


def _scores(corpus: Path, texts: dict[str, str], extractor, tmp_path: Path) -> dict[str, float]:
    return shared_scores(corpus, texts, extractor, tmp_path, _gold_dirs(corpus))


@pytest.fixture(scope="module")
def ten_texts(corpus):
    if not (corpus.parent / "added-corpus" / "gold").is_dir():
        pytest.fail("the added corpus is missing: ../shared/added-corpus")
    return _texts(corpus)


def test_components_from_the_text_on_the_ten_annotated_documents(corpus, ten_texts, extractor, tmp_path):
    scores = _scores(corpus, ten_texts, extractor, tmp_path)
    assert scores["documents"] == 10
    assert scores["components_exact"] >= BAR, scores


def test_traditional_copies_take_the_same_members(corpus, ten_texts, extractor, tmp_path):
    s2t = opencc.OpenCC("s2t")
    simplified = _scores(corpus, ten_texts, extractor, tmp_path)
    traditional = _scores(corpus, {n: s2t.convert(t) for n, t in ten_texts.items()}, extractor, tmp_path)
    assert abs(traditional["components_exact"] - simplified["components_exact"]) <= 0.02, (traditional, simplified)
