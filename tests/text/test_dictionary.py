"""jieba's dictionary as a sorted table: the same frequencies, tags and cuts as jieba itself."""
from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

from slogans.config.lexicon import Lexicon
from slogans.text.dictionary import DictionaryCut, WordTable, jieba_dictionary_path, word_table
from slogans.text.segment import JiebaSegmenter, winning_frequency


@pytest.fixture(scope="module")
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def _lines(corpus: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(corpus.glob("*.txt")) + sorted((corpus / "external").glob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:60]
    return lines


def test_frequencies_and_total_are_jiebas(tokenizer):
    table = word_table()
    assert table.total == tokenizer.total
    sample = list(tokenizer.FREQ)[::97]
    assert all(table.frequency(w) == (tokenizer.FREQ[w] or 0) for w in sample)
    assert all(table.lookup(w) == tokenizer.FREQ.get(w) for w in sample + ["国家国家", "乊乊", "abc"])


def test_cut_is_jiebas_cut_without_hmm(tokenizer, corpus):
    cut = DictionaryCut(word_table())
    lines = _lines(corpus) + ["2024年GDP增长5.2%，\r\n  A股 三个代表-重要思想 e-mail", ""]
    assert len(lines) > 300
    assert [cut.lcut(s) for s in lines] == [tokenizer.lcut(s, HMM=False) for s in lines]


def test_extra_words_cut_as_a_tokenizer_that_holds_them(tokenizer, corpus):
    names = [n for e in Lexicon.load() for n in e.names]
    held = JiebaSegmenter(names)
    reference = jieba.Tokenizer()
    freq = dict(tokenizer.FREQ)  # the construction jieba's own API gives for the same words
    for word in held.user_words:
        freq[word] = max(int(freq.get(word) or 0), winning_frequency(word))
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    reference.FREQ, reference.total, reference.initialized = freq, tokenizer.total, True
    text = " ".join(_lines(corpus)[:200])
    windows = [text[i:i + 16] for i in range(0, len(text), 5)]
    assert [held.tokens(w) for w in windows] == [tuple(reference.lcut(w, HMM=False)) for w in windows]


def test_tags_are_the_dictionarys():
    table = word_table()
    assert table.tag("国家") == "n" and table.tag("发展") == "vn"
    assert table.tag("国家国家") is None


def test_a_later_line_of_the_same_word_wins_and_both_count():
    table = WordTable.from_dictionary("甲 5 n\n乙乙 3 v\n甲 7 a\n".encode("utf-8"))
    assert (table.frequency("甲"), table.tag("甲"), table.total) == (7, "a", 15)
    assert table.lookup("乙") == 0 and table.lookup("丙") is None


def test_a_bad_line_names_its_number():
    with pytest.raises(ValueError, match="line 2"):
        WordTable.from_dictionary("甲 5 n\n乙 x\n".encode("utf-8"))


def test_round_trip_and_damaged_blobs():
    table = WordTable.from_dictionary("甲 5 n\n乙乙 3\n".encode("utf-8"))
    again = WordTable.from_bytes(table.to_bytes())
    assert (again.words, list(again.frequencies), again.total, again.tag("乙乙")) == (["乙乙", "甲"], [3, 5], 8, None)
    for blob in (b"", b"something else", table.to_bytes()[:-3]):
        with pytest.raises(ValueError):
            WordTable.from_bytes(blob)


def test_jiebas_own_index_is_never_built():
    # the module cuts and looks up without jieba's Tokenizer: nothing of jieba is imported
    import subprocess
    import sys

    code = ("import sys; from slogans.text.segment import JiebaSegmenter, dictionary_tag;"
            "s = JiebaSegmenter(['五个好']); s.tokens('做到五个好'); dictionary_tag('国家');"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'jieba'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_full_memo_starts_again_and_cuts_the_same(tokenizer, monkeypatch):
    cut = DictionaryCut(word_table())
    monkeypatch.setattr(DictionaryCut, "MEMO_SIZE", 5)
    text = "坚持以人民为中心的发展思想，推进国家治理体系和治理能力现代化"
    assert cut.lcut(text) == tokenizer.lcut(text, HMM=False) == cut.lcut(text)
    assert len(cut._memo) <= 5


def test_lookups_and_tags_at_the_edges_of_a_first_characters_rows_are_jiebas(tokenizer):
    table = word_table()
    tags = {}  # word → tag, as jieba's dict.txt gives them (a later line wins)
    for line in jieba_dictionary_path().read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            tags[parts[0]] = parts[2] if len(parts) > 2 else None
    edges = ["\U0010ffff", "乊乊", "国家国"]
    for first in ("一", "国", table.words[0][0], table.words[-1][0]):  # a character alone, its first and last word, past them
        rows = [w for w in table.words if w[0] == first]
        edges += [first, rows[0], rows[-1], rows[-1] + "乊", first + "\U0010ffff"]
    assert all(table.lookup(w) == tokenizer.FREQ.get(w) for w in edges)
    assert [table.tag(w) for w in edges] == [tags.get(w) or None for w in edges]
    assert table.lookup("") == 0 and table.tag("") is None


def test_tags_are_remembered_and_a_full_memo_starts_again(monkeypatch):
    from slogans.text import dictionary

    table = WordTable.from_dictionary("国家 100 n\n发展 50 vn\n学习 40 v\n".encode("utf-8"))
    monkeypatch.setattr(dictionary, "TAG_MEMO_SIZE", 2)
    asked = ["国家", "发展", "国家", "学习", "无词", "学习", ""]
    assert [table.tag(w) for w in asked] == ["n", "vn", "n", "v", None, "v", None]
    assert len(table._tag_memo) <= 2


def test_a_table_read_back_decodes_only_the_words_of_the_first_characters_it_meets():
    table = WordTable.from_dictionary("国家 100 n\n国 20 n\n发展 50 vn\n发 9 v\n我们 7 r\n".encode("utf-8"))
    again = WordTable.from_bytes(table.to_bytes())
    assert again._groups == {}
    assert (again.lookup("国家"), again.lookup("国"), again.lookup("国国"), again.tag("发展")) == (100, 20, None, "vn")
    assert sorted(again._groups) == ["发", "国"]  # 我 not decoded
    assert again.lookup("乙") is None and again.words == table.words == ["发", "发展", "国", "国家", "我们"]
