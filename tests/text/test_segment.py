"""Segmenters: user words held without degrading the rest, pkuseg loaded once and lazily, windows only."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner

from slogans import Extractor
from slogans.cli import main
from slogans.config.lexicon import Lexicon
from slogans.text.dictionary import word_table
from slogans.text.segment import (
    JiebaSegmenter, NoSegmenter, PkusegSegmenter, SegmenterUnavailable, _pkuseg_model, make_segmenter, winning_frequency,
)

LEXICON_WORDS = [name for e in Lexicon.load() for name in e.names]


def corpus_sentences(corpus: Path, limit: int = 400) -> list[str]:
    """Real sentences of the shared speeches that hold no lexicon name."""
    names = [w for w in LEXICON_WORDS if len(w) >= 2]
    out: list[str] = []
    for path in sorted(corpus.glob("*.txt")) + sorted((corpus / "external").glob("*.txt")):
        for sentence in regex.split(r"[。！？\n]", path.read_text(encoding="utf-8")):
            sentence = sentence.strip()
            if 8 <= len(sentence) <= 80 and not any(n in sentence for n in names):
                out.append(sentence)
    return out[::max(1, len(out) // limit)][:limit]


def test_make_segmenter_names():
    assert make_segmenter("jieba").name == "jieba"
    assert make_segmenter("none").name == "none"
    assert make_segmenter("pkuseg").name == "pkuseg"
    with pytest.raises(ValueError, match="unknown segmenter 'thulac'"):
        make_segmenter("thulac")


def test_jieba_holds_user_words_only_where_they_win():
    plain, held = JiebaSegmenter(), JiebaSegmenter(LEXICON_WORDS)
    assert plain.tokens("先进基层党组织要做到五个好") [-2:] == ("五个", "好")
    assert held.tokens("先进基层党组织要做到五个好")[-1] == "五个好"
    # a name glued to a better word loses to it: three delegations, not 三个代表 + 团
    assert "代表团" in held.tokens("全省共派出三个代表团赴京")
    assert "意识形态" in held.tokens("小组里的四个意识形态研究方向")


def test_winning_frequency_is_the_smallest_that_wins():
    table = word_table()
    freq = winning_frequency("五个好")
    assert freq == int(table.frequency("五个") * table.frequency("好") / table.total) + 1
    assert freq < 1000  # no huge frequency that would glue neighbours


def test_user_words_leave_other_sentences_unchanged(corpus):
    sentences = corpus_sentences(corpus)
    assert len(sentences) >= 200
    plain, held = JiebaSegmenter(), JiebaSegmenter(LEXICON_WORDS)
    changed = [s for s in sentences if plain.tokens(s) != held.tokens(s)]
    assert changed == []
    pk_plain, pk_held = PkusegSegmenter(), PkusegSegmenter(LEXICON_WORDS)
    changed = [s for s in sentences[:150] if pk_plain.tokens(s) != pk_held.tokens(s)]
    assert changed == []


def test_pkuseg_merges_user_words_at_its_own_boundaries():
    seg = PkusegSegmenter(["两评一树", "三个代表"])
    assert "两评一树" in seg.tokens("全面开展两评一树活动")
    tokens = seg.tokens("三个代表团参加了会议")
    assert "三个代表" not in tokens and "".join(tokens) == "三个代表团参加了会议"
    assert seg.boundaries("全面开展两评一树活动") >= {4, 8}


def test_pkuseg_model_is_loaded_once():
    PkusegSegmenter().tokens("牢固树立四个意识")
    PkusegSegmenter(["四个意识"]).tokens("牢固树立四个意识")
    assert _pkuseg_model.cache_info().misses == 1


def test_pkuseg_is_imported_lazily_and_only_when_chosen():
    code = (
        "import sys\nfrom slogans import Extractor\n"
        "Extractor().count('开展两评一树活动,要做到五个好。')\nassert 'pkuseg' not in sys.modules\n"
        "ex = Extractor(segmenter='pkuseg')\nassert 'pkuseg' not in sys.modules\n"
        "ex.count('开展两评一树活动,要做到五个好。')\nassert 'pkuseg' in sys.modules\nprint('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr


def test_missing_pkuseg_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pkuseg", None)  # as if it were not installed
    with pytest.raises(SegmenterUnavailable, match=r"slogans\[pkuseg\]"):
        make_segmenter("pkuseg")
    (tmp_path / "a.txt").write_text("开展“两评一树”活动", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--segmenter", "pkuseg"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "slogans[pkuseg]" in result.stderr


def test_none_segments_nothing():
    seg = NoSegmenter()
    assert seg.boundaries("三个代表") is None and seg.tag("好") is None


def test_tokens_are_cached():
    seg = JiebaSegmenter()
    first = seg.tokens("牢固树立四个意识,坚定四个自信")
    assert seg.tokens("牢固树立四个意识,坚定四个自信") is first


class _Recorder:
    """A segmenter that records every text it is asked to segment."""

    def __init__(self, inner):
        self.inner, self.name, self.user_words, self.seen = inner, inner.name, inner.user_words, []

    def tokens(self, text):
        self.seen.append(text)
        return self.inner.tokens(text)

    def boundaries(self, text):
        self.seen.append(text)
        return self.inner.boundaries(text)

    def word_frequency(self, word):
        return self.inner.word_frequency(word)

    def tag(self, word):
        return self.inner.tag(word)


def test_only_windows_are_segmented(corpus):
    recorder = _Recorder(JiebaSegmenter(LEXICON_WORDS))
    ex = Extractor(segmenter=recorder)
    text = (corpus / "000_880b41d3d6e7ffda.txt").read_text(encoding="utf-8")
    ex.count(text, "d")
    assert recorder.seen, "nothing was segmented"
    assert max(len(t) for t in recorder.seen) <= 40
    assert sum(len(t) for t in set(recorder.seen)) < 0.2 * len(text)


def test_pkuseg_takes_the_separators_that_python_counts_as_space():
    seg = make_segmenter("pkuseg")
    for ch in "\x1c\x1d\x1e\x1f\x85":
        text = f"五个好{ch}三个代表"
        assert "".join(seg.tokens(text)) == text and ch in seg.tokens(text)


def test_user_word_frequencies_are_cached_for_these_words(tmp_path, monkeypatch):
    from slogans.text import segment

    monkeypatch.setenv("SLOGANS_CACHE_DIR", str(tmp_path))
    words = ("五个好", "四个意识")
    computed = segment._user_frequencies(words)
    assert computed == {w: max(segment.dictionary_frequency(w), winning_frequency(w)) for w in words}
    [cached] = tmp_path.glob("jieba-user-words-*.json")
    cached.write_text('{"五个好": 1, "四个意识": 2}', encoding="utf-8")
    assert segment._user_frequencies(words) == {"五个好": 1, "四个意识": 2}  # a hit: the file is what is read
    cached.write_text("{broken", encoding="utf-8")
    assert segment._user_frequencies(words) == computed  # a damaged file: computed again
    assert segment._user_frequencies(words[:1]) == {words[0]: computed[words[0]]}  # other words: another file
    assert len(list(tmp_path.glob("jieba-user-words-*.json"))) == 1  # which replaces the one before
