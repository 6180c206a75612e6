"""An entry's ``context``: a name others use for lists of their own gives the lexicon's members only where its subject
is in sight of a mention; the mention counts either way."""
from __future__ import annotations

import textwrap

import pytest

from slogans import Extractor
from slogans.config.lexicon import Lexicon, LexiconEntry
from slogans.engine.lexicon_context import ContextSight


def _entry(window=20, context=("以旧换新", "设备更新")) -> LexiconEntry:
    return LexiconEntry("两新", "numbered", components=("大规模设备更新", "消费品以旧换新"), match="quoted",
                        context=context, context_window=window)


class _Found:
    def __init__(self, entry, *surfaces):
        self.entry, self.surfaces = entry, set(surfaces)


def _sight(text: str, window=20) -> ContextSight:
    sight = ContextSight.of({"两新": _Found(_entry(window), "两新")})
    assert sight is not None
    sight.scan(text)
    return sight


def test_a_context_word_within_the_window_of_a_mention_puts_the_subject_in_sight():
    assert _sight("支持“两新”工作，推动以旧换新。").in_sight("两新")
    assert _sight("推动以旧换新和设备更新，加力支持“两新”。").in_sight("两新")  # before the mention as well


def test_a_context_word_beyond_the_window_or_missing_does_not():
    far = "支持“两新”工作。" + "其他工作。" * 10 + "推动以旧换新。"
    assert not _sight(far).in_sight("两新")
    assert not _sight("加强“两新”组织党建工作。").in_sight("两新")


def test_a_window_of_the_whole_document_takes_a_context_word_anywhere():
    far = "支持“两新”工作。" + "其他工作。" * 100 + "推动以旧换新。"
    assert _sight(far, window=None).in_sight("两新")
    assert not _sight("加强“两新”组织党建工作。", window=None).in_sight("两新")


def test_terms_without_context_are_always_in_sight_and_need_no_sight():
    plain = LexiconEntry("三讲", "numbered", components=("讲学习", "讲政治", "讲正气"))
    assert ContextSight.of({"三讲": _Found(plain, "三讲")}) is None
    assert _sight("没有").in_sight("三讲")


def test_pieces_gather_what_the_whole_text_shows():
    text = "支持“两新”工作，" + "其他工作。" * 3 + "推动以旧换新。"
    whole = _sight(text, window=40)
    pieces = ContextSight.of({"两新": _Found(_entry(40), "两新")})
    cut = 12
    pieces.scan(text[:cut + 10], 0, cut, 0)  # a piece seen with text after it, counting what starts before `cut`
    pieces.scan(text[cut - 5:], 5, len(text) - cut + 5, cut - 5)
    assert pieces.mentions == whole.mentions and pieces.words == whole.words and pieces.in_sight("两新")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _row(rows, term):
    return next(r for r in rows if r.term == term)


def test_the_builtin_lianxin_takes_its_members_only_in_a_text_about_its_subject(extractor):
    party = extractor.count("加强“两新”组织党建工作，扩大“两新”组织覆盖面。", "d")
    assert _row(party, "两新").count == 2 and _row(party, "两新").components is None  # counted, another list: no members
    economy = extractor.count("2024年，加力支持“两新”工作，推动大规模设备更新和消费品以旧换新。", "d")
    assert _row(economy, "两新").components == ("大规模设备更新", "消费品以旧换新")
    assert _row(economy, "两新").components_source == "lexicon"


def test_another_lists_eight_actions_get_no_belt_and_road_or_africa_members(extractor):
    rows = extractor.count("2024年，开展安全生产治本攻坚“八大行动”，落实十五条硬措施。", "d")
    assert _row(rows, "八大行动").components is None
    africa = extractor.count("2018年中非合作论坛北京峰会提出“八大行动”。", "d")
    assert _row(africa, "八大行动").components[0] == "产业促进行动"


def test_a_users_entry_with_a_window_and_a_document_read_in_pieces(tmp_path):
    path = tmp_path / "lex.yaml"
    path.write_text(textwrap.dedent("""
        entries:
          - term: 三个甲乙
            kind: numbered
            match: quoted
            components: [甲一, 乙二, 丙三]
            source: my archive
            context: [丙丁]
            context_window: 10
        """), encoding="utf-8")
    ex = Extractor(lexicon=[path])
    near = "推进“三个甲乙”，丙丁到位。" + "其他工作安排。" * 40
    far = "推进“三个甲乙”。" + "其他工作安排。" * 40 + "丙丁到位。"
    assert _row(ex.count(near, "d"), "三个甲乙").components == ("甲一", "乙二", "丙三")
    assert _row(ex.count(far, "d"), "三个甲乙").components is None
    for text in (near, far):
        streamed = ex.analyze_stream(lambda: iter([text[:100], text[100:]]), "d", piece_chars=60).terms
        assert [(r.term, r.count, r.components) for r in streamed] == [(r.term, r.count, r.components) for r in ex.count(text, "d")]


def test_every_builtin_context_entry_has_members_to_give():
    for entry in Lexicon.load():
        if entry.context:
            assert entry.components_for(None), entry.term
