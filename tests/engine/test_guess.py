"""Best guesses of an unknown term's members from what the document lists near it."""
from __future__ import annotations

from slogans.engine.guess import MemberGuesser, normalized_offset


def _guess(extractor, text, term, kind="numbered"):
    norm = extractor.normalizer.normalize(text)
    start = text.index(term)
    return MemberGuesser(norm, extractor.rules).guess(term, kind, start, start + len(term))


def test_list_in_the_same_sentence_that_keeps_the_promise(extractor):
    text = "全面推行“四议两公开”工作法,党支部会提议、两委会商议、党员大会审议、村民代表会议决议、决议公开、实施结果公开。"
    assert _guess(extractor, text, "四议两公开") == ("党支部会提议", "两委会商议", "党员大会审议", "村民代表会议决议", "决议公开", "实施结果公开")


def test_list_of_another_length_is_no_guess(extractor):
    text = "全面推行“四议两公开”工作法,党支部会提议、两委会商议、党员大会审议。"
    assert _guess(extractor, text, "四议两公开") is None


def test_open_list_and_next_sentence_are_no_guess(extractor):
    assert _guess(extractor, "深化“双学”活动,开展争当岗位能手、巾帼建功等活动。", "双学") is None
    assert _guess(extractor, "深化“双学”活动。开展岗位能手、巾帼建功。", "双学") is None


def test_enumeration_on_the_next_lines(extractor):
    text = "开展“四个一”活动。\n一是学习一篇文章;\n二是谈一次心;\n三是办一件实事;\n四是提一条建议。"
    assert _guess(extractor, text, "四个一") == ("学习一篇文章", "谈一次心", "办一件实事", "提一条建议")


def test_guess_is_in_the_documents_script(extractor):
    text = "全面推行“四議兩公開”工作法,黨支部會提議、兩委會商議、黨員大會審議、村民代表會議決議、決議公開、實施結果公開。"
    assert _guess(extractor, text, "四議兩公開")[0] == "黨支部會提議"


def test_normalized_offset_inverts_removals(extractor):
    text = "第一页 — 8 — 要做到“五个好”"
    norm = extractor.normalizer.normalize(text)
    i = normalized_offset(norm, text.index("五"))
    assert norm.text[i] == "五" and norm.to_original(i) == text.index("五")
