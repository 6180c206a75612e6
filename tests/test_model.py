"""The records and the input-item protocol: every kind of input answers the same questions."""
from __future__ import annotations

from pathlib import Path

import pytest

from slogans import Document, InputError
from slogans.io.corpus import unique_documents
from slogans.io.decoding import DecodeError
from slogans.io.stream import PendingFile, TextFile
from slogans.model import InputItem, as_input_item, mention_records, unlocated_mention_records

TEXT = "要做到“五个好”。\n开展“创先争优”活动,推进“创先争优”。"


@pytest.fixture()
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="gb18030")
    return path


def _kinds(path: Path) -> dict[str, InputItem]:
    return {
        "document": Document("a.txt", TEXT, {"path": str(path), "encoding": "gb18030"}),
        "pending": PendingFile(path, "a.txt"),
        "streamed": TextFile(path, "a.txt"),
        "error": InputError("gone.txt", "no such file or folder"),
        "decode error": DecodeError("bad.txt", "cannot decode as UTF-8 at byte 0 (0xFF)", 0),
    }


def test_every_kind_of_input_is_an_input_item(text_file):
    for kind, item in _kinds(text_file).items():
        assert isinstance(item, InputItem), kind
    assert not isinstance(("a", "text"), InputItem)


def test_each_kind_answers_id_size_and_where_it_is_analysed(text_file):
    items = _kinds(text_file)
    assert {k: i.id for k, i in items.items()} == {
        "document": "a.txt", "pending": "a.txt", "streamed": "a.txt", "error": "gone.txt", "decode error": "bad.txt"}
    assert {k for k, i in items.items() if i.streamed} == {"streamed"}
    assert {k for k, i in items.items() if not i.needs_analysis} == {"error", "decode error"}
    assert {k: i.held_text for k, i in items.items() if i.held_text is not None} == {"document": TEXT}
    size = text_file.stat().st_size
    assert [items[k].chars() for k in ("document", "pending", "streamed", "error")] == [len(TEXT), size // 3, size // 3, 0]


def test_loading_reads_only_a_file_to_read(text_file, tmp_path):
    items = _kinds(text_file)
    loaded = items["pending"].loaded()
    assert isinstance(loaded, Document) and loaded.text == TEXT and loaded.meta["encoding"] == "gb18030"
    for kind in ("document", "streamed", "error"):
        assert items[kind].loaded() is items[kind]
    gone = PendingFile(tmp_path / "gone.txt", "gone.txt").loaded()
    assert isinstance(gone, InputError) and "gone.txt" in str(gone)


def test_each_kind_analyses_itself_to_the_same_result(extractor, text_file):
    items = _kinds(text_file)
    results = {k: items[k].analyze(extractor, with_mentions=True) for k in ("document", "pending", "streamed")}
    terms = {k: [(t.term, t.count) for t in r.terms] for k, r in results.items()}
    assert terms["document"] == terms["pending"] == terms["streamed"] == [("创先争优", 2), ("五个好", 1)]
    assert results["document"].meta == items["document"].meta
    assert results["pending"].meta == items["pending"].loaded().meta and results["pending"].meta["encoding"] == "gb18030"
    assert results["streamed"].meta == {"path": str(text_file), "encoding": "gb18030"}
    located = results["document"].mention_records
    assert located == results["pending"].mention_records == list(mention_records(items["document"], results["document"].mentions))
    assert [r["line"] for r in located] == [1, 2, 2]
    assert results["streamed"].mention_records == list(unlocated_mention_records("a.txt", results["streamed"].mentions))
    assert [r["start"] for r in results["streamed"].mention_records] == [r["start"] for r in located]
    for kind in ("error", "decode error"):
        assert items[kind].analyze(extractor) is items[kind]


def test_a_bad_file_analyses_to_its_error(extractor, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff" * 10)
    for item in (PendingFile(path, "bad.txt"), TextFile(path, "bad.txt")):
        result = item.analyze(extractor)
        assert isinstance(result, InputError) and result.path == str(path)


def test_loose_input_becomes_a_document_and_items_stay_as_they_are(text_file):
    assert as_input_item(("d", "文本")) == Document("d", "文本")
    assert as_input_item(["d", "文本"]) == Document("d", "文本")
    assert as_input_item("文本", 2) == Document("text3", "文本")
    for item in _kinds(text_file).values():
        assert as_input_item(item) is item


def test_errors_pass_through_unique_documents_even_when_they_share_a_name(text_file):
    first, second = InputError("x.txt", "the file is empty"), InputError("x.txt", "the file is empty")
    doc = Document("x.txt", TEXT)
    assert list(unique_documents([first, second, doc])) == [first, second, doc]
    again = list(unique_documents([doc, Document("x.txt", "别的")]))
    assert again[0] is doc and isinstance(again[1], InputError) and "used by an earlier document" in again[1].reason


# -- mentions located in the text --------------------------------------------------------------
def _located(source: str, record: dict) -> str:
    line = source.split("\n")[record["line"] - 1]
    return line[record["column"] - 1:record["column"] - 1 + len(record["surface"])]


def test_mention_records_locate_every_mention_in_the_file(corpus, extractor):

    text = (corpus / "004_eca5f85e1156cd79.txt").read_text(encoding="utf-8")
    doc = Document("004.txt", text)
    records = list(mention_records(doc, extractor.analyze(text, doc.id).mentions))
    assert len(records) >= 40
    for r in records:
        assert text[r["start"]:r["end"]] == r["surface"]
        assert _located(text, r) == r["surface"]
        assert r["surface"] in r["context"] and len(r["context"]) <= len(r["surface"]) + 40
        assert text[max(0, r["start"] - 20):r["end"] + 20] == r["context"]
    assert {r["term"] for r in records} >= {"五带头", "五个好", "创先争优"}


def test_mention_records_of_a_part_point_into_the_whole_file(corpus, extractor):
    from slogans.config.rules import load_rules
    from slogans.io.split import Splitter

    text = (corpus / "000_880b41d3d6e7ffda.txt").read_text(encoding="utf-8")
    parts = list(Splitter.from_settings(load_rules().settings).split(Document("000.txt", text)))
    records = [r for p in parts for r in mention_records(p, extractor.analyze(p.text, p.id).mentions)]
    assert {r["document"] for r in records} == {f"000.txt#{k}" for k in range(1, 6)}
    for r in records:
        assert text[r["start"]:r["end"]] == r["surface"] and _located(text, r) == r["surface"]
