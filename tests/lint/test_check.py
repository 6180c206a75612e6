"""The checker: every code on small texts, positions that point at the term, real speeches."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from slogans import Extractor
from slogans.lint.check import Checker

SIMPLIFIED = "我们要坚持党的全面领导,坚持以人民为中心的发展思想,统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设。"


@pytest.fixture(scope="module")
def checker(extractor) -> Checker:
    return Checker(extractor)


def _at(text: str, finding) -> str:
    """The text at a finding's line and column."""
    return text.split("\n")[finding.line - 1][finding.col - 1:]


def test_unknown_quoted_formula_is_slg001_at_its_first_mention(checker):
    text = "会议要求:\n要扎实开展“三联三促”活动,把“三联三促”落到实处。"
    [f] = checker.check_text(text, "a.txt")
    assert (f.path, f.line, f.col, f.code, f.term) == ("a.txt", 2, 7, "SLG001", "三联三促")
    assert _at(text, f).startswith("三联三促")
    assert f.message == "unknown numbered formula “三联三促”: not in the lexicon, not defined in the document"


def test_unknown_campaign_name_is_slg001(checker):
    [f] = checker.check_text("深入开展“质量惠民”活动。", "a.txt")
    assert (f.code, f.term) == ("SLG001", "质量惠民")
    assert "unknown campaign name “质量惠民”" in f.message


def test_slg001_gives_the_best_guess_of_members(checker):
    # a name whose words the list does not hold (三议两公开 before it would be read as defined: 提议, 审议, 决议; 公开 ×2)
    text = "全面推行“五环节”工作法,党支部会提议、党员大会审议、村民代表会议决议、决议公开、实施结果公开。"
    [f] = checker.check_text(text, "a.txt")
    assert f.message.endswith("best guess of its members: 党支部会提议、党员大会审议、村民代表会议决议、决议公开、实施结果公开")


def test_a_compound_name_whose_list_holds_its_parts_words_is_defined(checker):
    text = "全面推行“三议两公开”工作法,党支部会提议、党员大会审议、村民代表会议决议、决议公开、实施结果公开。"
    assert checker.check_text(text, "a.txt") == []


def test_term_defined_in_the_document_or_known_is_no_finding(checker):
    defined = "开展“三联三促”活动。\n一是联系群众;二是联系基层;三是联系企业;四是促进发展;五是促进和谐;六是促进稳定。"
    assert checker.check_text(defined, "a.txt") == []
    assert checker.check_text("先进基层党组织要做到“五个好”,党员要做到“五带头”。", "a.txt") == []


def test_user_lexicon_makes_a_term_known(tmp_path):
    lex = tmp_path / "team.yaml"
    lex.write_text("entries:\n  - term: 三联三促\n    kind: numbered\n    source: 县委文件\n", encoding="utf-8")
    checker = Checker(Extractor(lexicon=[lex]))
    assert checker.check_text("要扎实开展“三联三促”活动。", "a.txt") == []


def test_definition_with_wrong_count_is_slg002_and_differs_from_lexicon_slg003(checker):
    text = "总体要求。\n先进基层党组织要做到“五个好”,即:领导班子好、党员队伍好、工作机制好、工作业绩好。"
    found = checker.check_text(text, "a.txt")
    assert [f.code for f in found] == ["SLG002", "SLG003"]
    slg002, slg003 = found
    assert (slg002.line, slg002.term) == (2, "五个好") and _at(text, slg002).startswith("五个好")
    assert "expanded to 4 members" in slg002.message and "promise 5 members" in slg002.message
    assert "the lexicon has 领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好" in slg003.message


def test_other_members_are_slg003_same_members_in_any_order_or_script_are_not(checker):
    other = "先进基层党组织要做到“五个好”,即:领导班子好、党员队伍好、工作机制好、工作业绩好、群众满意好。"
    assert [f.code for f in checker.check_text(other, "a.txt")] == ["SLG003"]
    reordered = "先进基层党组织要做到“五个好”,即:党员队伍好、领导班子好、工作机制好、工作业绩好、群众反映好。"
    assert checker.check_text(reordered, "a.txt") == []
    traditional = opencc.OpenCC("s2t").convert("先进基层党组织要做到“五个好”,即:领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好。")
    assert checker.check_text(traditional, "a.txt") == []


def test_an_older_version_of_the_members_is_accepted(checker):
    text = "必须坚持“四项基本原则”,即:坚持社会主义道路、坚持无产阶级专政、坚持共产党的领导、坚持马列主义毛泽东思想。"
    assert [f.code for f in checker.check_text(text, "a.txt") if f.code == "SLG003"] == []


def test_empty_binary_and_undecodable_files_are_slg101(checker):
    assert [(f.code, f.message) for f in checker.check_bytes(b"  \n", "e.txt")] == [("SLG101", "the file is empty")]
    [binary] = checker.check_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "b.txt")
    assert binary.code == "SLG101" and "binary" in binary.message
    [bad] = checker.check_bytes(b"abc\n\x80\x80\xff\xff", "c.txt")
    assert (bad.code, bad.line, bad.col) == ("SLG101", 2, 1)


def test_gbk_file_in_utf8_corpus_is_slg102_at_the_first_foreign_byte(checker, extractor):
    text = "Title\n要扎实开展“三联三促”活动。"
    found = checker.check_bytes(text.encode("gbk"), "g.txt")
    # 要 in GBK (D2 AA) happens to be valid UTF-8: the first byte UTF-8 refuses is the next character's
    assert [(f.code, f.line, f.col) for f in found] == [("SLG102", 2, 2), ("SLG001", 2, 7)]
    assert "gb18030" in found[0].message and "utf-8" in found[0].message
    assert checker.check_bytes(text.encode("utf-8"), "u.txt")[0].code == "SLG001"
    gbk_corpus = Checker(extractor, encoding="gb18030")
    assert [f.code for f in gbk_corpus.check_bytes(text.encode("gbk"), "g.txt")] == ["SLG001"]


def test_utf8_file_in_gbk_corpus_is_slg102(extractor):
    gbk_corpus = Checker(extractor, encoding="gbk")
    found = gbk_corpus.check_bytes("先进基层党组织要做到“五个好”。".encode("utf-8"), "u.txt")
    assert [f.code for f in found] == ["SLG102"] and "utf-8" in found[0].message


def test_mixed_script_is_slg102_at_the_first_character_of_the_smaller_script(checker):
    traditional = opencc.OpenCC("s2t").convert(SIMPLIFIED)
    text = SIMPLIFIED * 2 + "\n" + traditional
    [f] = checker.check_text(text, "m.txt")
    assert (f.code, f.term, f.line, f.col) == ("SLG102", "script:mixed", 2, traditional.index("們") + 1)


def test_unexpected_script_is_slg102_only_when_a_script_is_expected(checker, extractor):
    traditional = opencc.OpenCC("s2t").convert(SIMPLIFIED)
    assert checker.check_text(traditional, "t.txt") == []
    [f] = Checker(extractor, script="simplified").check_text(traditional, "t.txt")
    assert (f.code, f.term) == ("SLG102", "script:traditional")
    assert Checker(extractor, script="traditional").check_text(traditional, "t.txt") == []


def test_unknown_encoding_or_script_is_refused(extractor):
    with pytest.raises(LookupError):
        Checker(extractor, encoding="no-such-codec")
    with pytest.raises(ValueError):
        Checker(extractor, script="cyrillic")


def test_check_paths_walks_folders_sorts_and_collects_unreadable_paths(checker, tmp_path):
    (tmp_path / "b.txt").write_text("开展“三联三促”活动。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲\n乙开展“质量惠民”活动,“三联三促”。", encoding="utf-8")
    (tmp_path / "notes.md").write_text("开展“三联三促”活动。", encoding="utf-8")
    run = checker.check_paths([tmp_path, tmp_path / "missing.txt"])
    assert [(Path(f.path).name, f.line, f.code, f.term) for f in run.findings] == [
        ("a.txt", 2, "SLG001", "质量惠民"), ("a.txt", 2, "SLG001", "三联三促"), ("b.txt", 1, "SLG001", "三联三促")]
    assert [str(e) for e in run.errors] == [f"{tmp_path / 'missing.txt'}: no such file or folder"]


def test_real_traditional_speech_is_clean(checker, corpus):
    run = checker.check_paths([corpus / "external" / "xi_cpc100_speech_2021_zht.txt"])
    assert run.findings == [] and run.errors == []


def test_real_speeches_have_no_encoding_script_or_expansion_findings(checker, corpus):
    run = checker.check_paths([corpus], "*.txt")
    assert run.errors == []
    speeches = [f for f in run.findings if Path(f.path).parent == corpus]
    assert {f.code for f in speeches} == {"SLG001"}  # local campaigns the built-in lexicon does not hold
    # a national document may word a formula its own way (双随机、一公开 in two members): SLG003 says so, naming both
    national = [f for f in run.findings if Path(f.path).parent != corpus]
    assert {f.code for f in national} <= {"SLG001", "SLG003"}
    assert all("the lexicon has" in f.message for f in national if f.code == "SLG003")
    for f in run.findings:
        line = Path(f.path).read_text(encoding="utf-8-sig").split("\n")[f.line - 1]
        assert line[f.col - 1:].startswith(f.term), f


def test_noise_gives_findings_of_every_document_code(checker, corpus, tmp_path):
    speech = (corpus / "003_ee19b14dd9477618.txt").read_text(encoding="utf-8-sig")
    noisy = speech + "\n要扎实开展“三联三促”活动。\n先进基层党组织要做到“五个好”,即:领导班子好、党员队伍好、工作机制好、工作业绩好。"
    codes = {f.code for f in checker.check_bytes(noisy.encode("gb18030"), "noisy.txt")}
    assert {"SLG001", "SLG002", "SLG003", "SLG102"} <= codes


def test_a_misprinted_member_is_no_different_definition(checker):
    misprint = "争创“五个好”,即领导班子好、党员对伍好、工作机制好、工作业绩好、群众反映好。"
    assert [f.code for f in checker.check_text(misprint, "a.txt")] == []
    different = "争创“五个好”,即领导班子好、党员队伍好、工作机制好、工作作风好、服务群众好。"
    assert [f.code for f in checker.check_text(different, "a.txt")] == ["SLG003"]


def test_a_list_of_its_own_under_a_context_bound_name_is_no_slg003(checker):
    # 八大行动 of the lexicon is China-Africa cooperation (context: 中非, 非洲); a safety campaign's own eight are another list
    own = "开展安全生产治本攻坚“八大行动”，即：甲行动、乙行动、丙行动、丁行动、戊行动、己行动、庚行动、辛行动。"
    assert [f.code for f in checker.check_text(own, "a.txt") if f.code == "SLG003"] == []
    africa = "中非合作论坛提出“八大行动”，即：甲行动、乙行动、丙行动、丁行动、戊行动、己行动、庚行动、辛行动。"
    assert [f.code for f in checker.check_text(africa, "a.txt") if f.code == "SLG003"] == ["SLG003"]
