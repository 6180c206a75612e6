"""Splitting compilations: real speeches glued under each heading style come back apart, tails dropped."""
from __future__ import annotations

import pytest
import regex

from slogans.io.corpus import ReadOptions, iter_documents
from slogans.errors import RuleError
from slogans.model import Document
from slogans.config.rules import load_rules
from slogans.io.split import Splitter

SPLITTER = Splitter.from_settings(load_rules().settings)
TAIL = "\n【{title}】相关文章：\n\n开展创先争优活动推进会演讲稿范文02-02\n深入开展“四创”宣传进校园活动计划07-10\n"


def _rule_cases():
    for rule in SPLITTER.headings + SPLITTER.tails:
        for i, text in enumerate((rule.examples or {}).get("match") or [], 1):
            yield pytest.param(rule, text, True, id=f"{rule.id}-match-{i}")
        for i, text in enumerate((rule.examples or {}).get("no_match") or [], 1):
            yield pytest.param(rule, text, False, id=f"{rule.id}-no_match-{i}")


@pytest.mark.parametrize("rule,text,should_match", list(_rule_cases()))
def test_split_rule_examples(rule, text, should_match):
    assert bool(list(rule.lines(text))) == should_match


@pytest.fixture(scope="module")
def speeches(corpus):
    # two real speeches without their web tails
    texts = []
    for name in ("003_ee19b14dd9477618.txt", "004_eca5f85e1156cd79.txt"):
        text = (corpus / name).read_text(encoding="utf-8")
        cut = regex.search(r"(?m)^【[^】]+】相关文章", text)
        texts.append(text[: cut.start()] if cut else text)
    return texts


HEADINGS = {
    "title-then-pian": ["1.创先争优推进会讲话 篇一", "2.水务局长在创先争优活动动员会上的讲话 篇二"],
    "pian-then-title": ["篇一：创先争优推进会讲话", "篇二：水务局长的讲话"],
    "bracket-pian": ["【篇一】", "【篇二】"],
    "di-n-pian": ["第一篇：创先争优推进会讲话", "第二篇：水务局长的讲话"],
}


@pytest.mark.parametrize("style", list(HEADINGS))
def test_a_compilation_comes_back_as_its_speeches(speeches, extractor, style):
    heads = HEADINGS[style]
    whole = "创先争优讲话稿(共2篇)\n" + "".join(f"{h}\n{s.rstrip()}\n" for h, s in zip(heads, speeches)) + TAIL.format(title="创先争优讲话稿")
    parts = list(SPLITTER.split(Document("c.txt", whole)))
    assert [p.id for p in parts] == ["c.txt#1", "c.txt#2"]
    assert [p.meta["title"] for p in parts] == heads
    for part, heading, speech in zip(parts, heads, speeches):
        assert part.text.rstrip() == f"{heading}\n{speech.rstrip()}"
        assert whole[part.meta["offset"]:].startswith(part.text)
        assert part.meta["line"] == whole[: part.meta["offset"]].count("\n") + 1 and part.meta["column"] == 1
        got = {(r.term, r.count, r.components) for r in extractor.count(part.text)}
        alone = {(r.term, r.count, r.components) for r in extractor.count(heading + "\n" + speech)}
        assert got == alone
    assert "相关文章" not in parts[-1].text


def test_the_shared_compilation_is_cut_into_its_five_speeches(corpus):
    text = (corpus / "000_880b41d3d6e7ffda.txt").read_text(encoding="utf-8")
    parts = list(SPLITTER.split(Document("000.txt", text)))
    assert [p.id for p in parts] == [f"000.txt#{k}" for k in range(1, 6)]
    assert [p.meta["title"] for p in parts] == [f"{k}.深入开展“三查两评”活动动员大会讲话 篇{n}" for k, n in zip(range(1, 6), "一二三四五")]
    assert "推荐阅读" not in parts[-1].text and "推荐阅读" in text
    assert sum(len(p.text) for p in parts) == text.index("【深入开展“三查两评”活动动员大会讲话】推荐阅读") - text.index("1.深入开展")


def test_a_single_speech_stays_whole_less_its_tail(corpus):
    text = (corpus / "003_ee19b14dd9477618.txt").read_text(encoding="utf-8")
    parts = list(SPLITTER.split(Document("003.txt", text, {"encoding": "utf-8"})))
    assert len(parts) == 1 and parts[0].id == "003.txt" and parts[0].meta == {"encoding": "utf-8"}
    assert parts[0].text == text[: text.index("【开展创先争优活动推进会演讲稿】相关文章")]


def test_a_preamble_with_content_is_kept_as_part_zero(speeches):
    whole = speeches[0] + "\n篇一\n" + speeches[1] + "\n篇二\n" + speeches[0]
    parts = list(SPLITTER.split(Document("c.txt", whole)))
    assert [p.id for p in parts] == ["c.txt#0", "c.txt#1", "c.txt#2"]
    assert parts[0].meta["title"] is None and parts[0].text == speeches[0] + "\n"


def test_one_heading_is_no_compilation(speeches):
    whole = "篇一\n" + speeches[0]
    assert [p.id for p in SPLITTER.split(Document("c.txt", whole))] == ["c.txt"]


def test_split_runs_on_files_and_table_rows(tmp_path, speeches):
    whole = "".join(f"篇{n}\n{s}" for n, s in zip("一二", speeches))
    (tmp_path / "c.txt").write_bytes(whole.encode("gb18030"))
    docs = list(iter_documents([tmp_path / "c.txt"], options=ReadOptions(splitter=SPLITTER)))
    assert [(d.id, d.meta["encoding"], d.meta["title"]) for d in docs] == [
        (f"{tmp_path / 'c.txt'}#1", "gb18030", "篇一"), (f"{tmp_path / 'c.txt'}#2", "gb18030", "篇二")]


def test_bad_user_split_rules_are_reported():
    settings = {"split": {"headings": [{"id": "bad", "pattern": "^篇(一"}, {"id": "odd", "pattern": "^x$", "colour": "red"}]}}
    with pytest.raises(RuleError) as err:
        Splitter.from_settings(settings)
    assert err.value.codes == ["E020", "E010"]
