"""Documents read in pieces: cutting, windows, reading large files, and results equal to the whole."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from slogans import Document, Extractor, InputError
from slogans.io.corpus import Source, read_document
from slogans.io.stream import TextFile, analyze_file, cut_pieces, iter_inputs, windows


def _speeches(corpus: Path) -> list[Path]:
    files = sorted(corpus.rglob("*.txt"))
    assert len(files) >= 5
    return files


def test_pieces_keep_the_text_and_end_at_line_or_sentence_ends():
    text = "第一句话很长。" * 40 + "\n" + "没有标点的一长串文字" * 30 + "最后一句!"
    pieces = list(cut_pieces(["前言", text[:100], text[100:]], 64))
    assert "".join(pieces) == "前言" + text
    assert all(len(p) <= 64 for p in pieces)
    ends = [p[-1] for p in pieces[:-1]]
    assert ends.count("。") == 4 and "\n" in ends
    # a run without any end is cut at the size
    assert [len(p) for p in cut_pieces(["字" * 130], 64)] == [64, 64, 2]


def test_windows_hold_each_piece_with_its_context():
    pieces = ["甲。" * 10, "乙。" * 10, "丙。" * 10, "丁。" * 10]
    ws = list(windows(pieces, left=8, right=25))
    assert [w.text[w.lo:w.hi] for w in ws] == pieces
    whole = "".join(pieces)
    for w in ws:
        assert whole[w.start:w.start + len(w.text)] == w.text  # the window is a slice of the whole text
        assert w.lo <= 8 and len(w.text) - w.hi <= 25
    assert ws[1].lo > 0 and ws[1].text[0] == "甲"  # started after a sentence end
    assert len(ws[0].text) - ws[0].hi == 25 and ws[-1].hi == len(ws[-1].text)


@pytest.mark.parametrize("piece_chars", [680, 97])
def test_every_shared_speech_in_pieces_gives_the_whole_result(extractor, corpus, piece_chars):
    """2 KB pieces (680 characters), and pieces so small that most are cut mid-sentence."""
    for path in _speeches(corpus):
        text = path.read_text(encoding="utf-8")
        whole = extractor.analyze(text, path.name)
        pieces = extractor.analyze_stream(lambda: [text], path.name, with_mentions=True, piece_chars=piece_chars)
        assert pieces.terms == whole.terms, path.name
        assert pieces.mentions == whole.mentions, path.name
        assert pieces.definitions.keys() == whole.definitions.keys(), path.name
        assert whole.terms, path.name


def test_document_level_decisions_cross_pieces(extractor):
    """The definition, the quotation that confirms a 'match: quoted' entry and the uses lie in different pieces."""
    filler = "各级党组织要认真抓好落实工作。" * 30
    text = (
        "要深入开展“两评一树”活动。" + filler
        + "“两评一树”,即让群众评价工作、让群众评价作风,树立群众满意形象。" + filler
        + "认真抓好两评一树。坚持新发展理念。" + filler + "牢固树立“新发展理念”。"
    )
    whole = extractor.count(text, "d")
    streamed = extractor.analyze_stream(lambda: [text], "d", piece_chars=200).terms
    assert streamed == whole
    rows = {r.term: r for r in whole}
    assert rows["两评一树"].count == 3 and rows["两评一树"].components_source == "text"
    assert rows["新发展理念"].count == 2


def test_text_file_reads_like_read_document(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff开展“创先争优”活动。\r\n第二行。".encode("utf-8"))
    blocks = list(TextFile(path, "a.txt").read(block_bytes=5))  # blocks cut inside characters
    assert "".join(blocks) == read_document(Source(path, "a.txt")).text


@pytest.mark.parametrize("data,reason", [
    (b"  \n\t ", "the file is empty"),
    (b"abc\x00def", "a binary file, not text"),
])
def test_text_file_errors_match_read_document(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as streamed:
        list(TextFile(path, "bad.txt").read(block_bytes=7))
    with pytest.raises(InputError) as whole:
        read_document(Source(path, "bad.txt"))
    assert streamed.value.reason == whole.value.reason == reason
    assert str(streamed.value) == f"{path}: {reason}"


def test_text_file_names_the_byte_that_does_not_decode(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("开展活动".encode("utf-8") + b"\xff\xfe" + "后文".encode("utf-8"))
    with pytest.raises(InputError) as streamed:
        list(TextFile(path, "bad.txt").read(block_bytes=7))  # the first block is UTF-8: the file is read as UTF-8
    assert streamed.value.reason == "cannot decode as UTF-8 at byte 12 (0xFF); name the encoding with --encoding"
    assert streamed.value.offset == 12
    with pytest.raises(InputError) as whole:
        read_document(Source(path, "bad.txt"))
    assert whole.value.reason.startswith("cannot decode as UTF-8 at byte 12 (0xFF)")


def test_text_file_of_a_legacy_encoding_is_streamed_in_it(tmp_path, corpus):
    text = (corpus / "004_eca5f85e1156cd79.txt").read_text(encoding="utf-8")
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    assert "".join(TextFile(path, "gb.txt").read(block_bytes=4097)) == text
    assert "".join(TextFile(path, "gb.txt", "gb18030").read(block_bytes=333)) == text


def test_large_files_come_as_text_files(tmp_path):
    (tmp_path / "small.txt").write_text("开展“创先争优”活动。", encoding="utf-8")
    (tmp_path / "large.txt").write_text("开展“创先争优”活动。" * 100, encoding="utf-8")
    items = list(iter_inputs([tmp_path, tmp_path / "nope.txt"], stream_above=1000))
    assert isinstance(items[0], TextFile) and items[0].id == "large.txt"
    assert isinstance(items[1], Document) and items[1].id == "small.txt"
    assert isinstance(items[2], InputError)
    result = analyze_file(Extractor(), items[0], piece_chars=100)
    assert [(r.document, r.term, r.count) for r in result.terms] == [("large.txt", "创先争优", 100)]


_MEMORY_PROBE = """
import json, resource, sys
from slogans import Extractor
from slogans.io.stream import TextFile, analyze_file
ex = Extractor()
ex.count(open(sys.argv[2], encoding="utf-8").read(), "warm-up")  # dictionaries loaded, caches filled
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = analyze_file(ex, TextFile(sys.argv[1], "big"), piece_chars=int(sys.argv[3]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_kb": after - before, "rows": [[r.term, r.count] for r in result.terms]}))
"""


def test_a_30_mb_single_line_streams_in_flat_memory(tmp_path, corpus, extractor):
    unit = "".join(p.read_text(encoding="utf-8").replace("\n", "").replace("\r", "") for p in _speeches(corpus))
    unit_file = tmp_path / "unit.txt"
    unit_file.write_text(unit, encoding="utf-8")
    copies = 30_000_000 // len(unit.encode("utf-8")) + 1
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(copies):
            fh.write(unit)
    size_kb = big.stat().st_size // 1024
    assert size_kb > 29_000 and b"\n" not in big.read_bytes()[:1_000_000]
    out = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(big), str(unit_file), "65536"],
                         capture_output=True, text=True, check=True, timeout=300)
    probe = json.loads(out.stdout)
    assert probe["grew_kb"] < size_kb * 0.4, (probe["grew_kb"], size_kb)
    # the single line holds `copies` copies of the unit: every count is `copies` times (or more, where
    # a copy's end and the next one's start make a term) the count in one copy
    one = {r.term: r.count for r in extractor.count(unit, "unit")}
    counts = dict(probe["rows"])
    assert one and all(counts[t] >= n * copies for t, n in one.items())
    assert sum(counts[t] == n * copies for t, n in one.items()) >= 0.9 * len(one)


def test_a_term_that_covers_a_piece_boundary_hides_the_shorter_names_inside_it_as_in_the_whole_text(extractor):
    for text in ("「〇。维护國建设二是三个表'", "『？双建四個全面櫵双促双建2\"", "‘个\n二百:〇三的五个一工程’"):
        whole = extractor.analyze(text, "t")
        for size in (3, 5, 7):
            pieces = extractor.analyze_stream(lambda: [text], "t", with_mentions=True, piece_chars=size)
            assert pieces.terms == whole.terms, (text, size)
            assert [(m.start, m.end) for m in pieces.mentions] == [(m.start, m.end) for m in whole.mentions]
