"""Counting: literal surfaces in one automaton pass, slogans with any separator between clauses."""
from __future__ import annotations

import regex

from slogans.engine.tally import (
    FoundTerm, count_literals, count_slogan, digit_spellings, nested_campaigns, slogan_pattern, split_by_quote,
    width_spellings,
)


def test_slogans_are_counted_with_any_separator_or_none():
    text = "坚持以人为本、执政为民。以人为本,执政为民。以人为本执政为民!以人为本。"
    assert count_slogan(text, ["以人为本", "执政为民"]) == [(2, 11), (12, 21), (22, 30)]


def test_count_slogan_finds_what_a_scan_of_its_pattern_finds():
    clauses = ["两学", "一做"]
    text = "两学两学、一做两学一做,两学 一做两学;一做两学"
    scanned = [m.span() for m in slogan_pattern(clauses).finditer(text)]
    assert count_slogan(text, clauses) == scanned
    assert len(scanned) == 4


def test_count_slogan_of_no_clauses_finds_nothing():
    assert count_slogan("任何文字", []) == []


def test_literals_are_counted_longest_first_never_inside_a_longer_one():
    text = "开展三查两评活动,两评一树,两评"
    found = count_literals(text, {"两评": "两评", "三查两评": "三查两评", "两评一树": "两评一树"})
    assert [t for _, _, t in found] == ["三查两评", "两评一树", "两评"]


def test_slogan_pattern_escapes_its_clauses():
    assert slogan_pattern(["a+b", "(c)"]).fullmatch("a+b、(c)")
    assert isinstance(slogan_pattern(["甲", "乙"]), regex.Pattern)


def test_count_slogan_without_a_pattern_finds_what_the_pattern_finds():
    """Clauses compared in turn (plain clauses) or the pattern (a clause led by a separator or a space)."""
    texts = ["甲乙 丙甲、\n乙丙甲乙丙丙甲,,乙;丙甲　乙", "甲乙甲 、乙丙，甲、、乙丙甲", "甲、乙 丙"]
    for clauses in (["甲", "乙", "丙"], ["甲乙", "丙"], ["甲", "、乙"], ["甲", " 乙"], ["甲"]):
        for text in texts:
            scanned = [m.span() for m in slogan_pattern(clauses).finditer(text)]
            assert count_slogan(text, clauses) == scanned, (clauses, text)


def test_the_parts_of_a_compound_take_their_slices_of_its_members(extractor):
    text = "开展“两甲三乙”活动，即甲一、甲二、乙一、乙二、乙三。“两甲”是基础，“三乙”是关键。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["两甲"].components == ("甲一", "甲二") and rows["两甲"].components_source == "text"
    assert rows["三乙"].components == ("乙一", "乙二", "乙三")


def test_a_part_the_text_defines_keeps_its_own_members(extractor):
    text = "开展“两甲三乙”活动，即甲一、甲二、乙一、乙二、乙三。“两甲”，即丙一、丙二。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["两甲"].components == ("丙一", "丙二")


def test_a_name_of_digits_takes_the_names_the_document_defines_after_it(extractor):
    text = ("推行“3+2”模式。\n“三联系”推进作风转变。一是联系困难群众。二是联系重点企业。三是联系基层支部。\n"
            "“两服务”提升效能。一是服务企业发展。二是服务群众办事。")
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["3+2"].components == ("三联系", "两服务")


def test_a_name_quoted_in_part_counts_as_the_name(extractor):
    # a writer quotes only the numeral part (“七大”课题) or closes with the wrong mark (“七好“目标)
    text = "全面落实“七大课题”。围绕“七大”课题展开。实现“七好目标”，各单位对照“七好“目标自查。"
    rows = {r.term: r.count for r in extractor.count(text, "t")}
    assert rows.get("七大课题") == 2 and rows.get("七好目标") == 2
    assert "七大" not in rows


def test_split_by_quote_tries_only_the_marks_the_text_has():
    surfaces = {"七大课题": "七大课题"}
    assert split_by_quote(surfaces, "没有引号的文字") == surfaces
    split = split_by_quote(surfaces, "“七大”课题")
    assert split["七大”课题"] == "七大课题" and "七”大课题" not in split  # two characters on each side at least
    assert "七大“课题" not in split  # only marks that stand alone between Han characters here


def test_split_by_quote_tries_a_mark_only_between_the_characters_it_stands_between():
    surfaces = {"八项规矩": "八项规矩", "三好学风": "三好学风"}
    split = split_by_quote(surfaces, "坚持“八项”规矩，另有“四好”作风。")
    assert split["八项”规矩"] == "八项规矩"
    assert "三好”学风" not in split  # the text has ” only after 项 and 好 before 规 and 作: 好”学 is never in it
    assert "八项“规矩" not in split
    everywhere = split_by_quote(surfaces)  # no text (a document read in pieces): every mark between Han characters
    assert everywhere["三好”学风"] == "三好学风" and everywhere["八项「规矩"] == "八项规矩"


def test_a_numbered_name_written_in_digits_counts_under_the_name(extractor):
    text = "对标“五破除”“五着力”，聚焦“五个破除”，围绕“5个破除，5个着力”开展讨论。"
    rows = {r.term: r.count for r in extractor.count(text, "t")}
    assert rows.get("五破除") == 3 and rows.get("五着力") == 2


def test_digit_spellings():
    assert digit_spellings("六个破除") == ["6个破除"]
    assert digit_spellings("六破除") == ["6个破除"]
    assert digit_spellings("两项制度") == ["2项制度"]
    assert digit_spellings("一岗双责") == [] and digit_spellings("十大工程") == []  # no single counting numeral


def test_a_slogan_quoted_with_a_space_is_the_slogan_not_a_campaign_too(extractor):
    text = "全局开展“守正出新、敢为人先”大讨论。三个林场召开“守正出新 敢为人先”大讨论动员会，深入开展“守正出新 敢为人先”大讨论活动。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["守正出新、敢为人先"].count == 3 and rows["守正出新、敢为人先"].kind == "slogan"
    assert "守正出新敢为人先" not in rows


def test_a_campaign_inside_a_programme_named_after_it_counts_there_too(extractor):
    text = "开展“银校联建”活动。签订“银校联建助学工程”协议，启动“银校联建”。"
    rows = {r.term: r.count for r in extractor.count(text, "t")}
    assert rows.get("银校联建") == 3 and rows.get("银校联建助学工程") == 1


def test_nested_campaigns_open_the_outer_name_which_ends_in_a_campaign_word():
    kinds = {"银校联建": "campaign", "银校联建助学工程": "campaign", "互联网+": "campaign", "互联网+社保服务": "campaign",
             "助学工程": "campaign"}
    terms = {name: FoundTerm(name, kind, "quoted", "") for name, kind in kinds.items()}
    nested = nested_campaigns({name: name for name in kinds}, terms, ("工程", "活动"))
    assert nested == {"银校联建助学工程": (("银校联建", 4),)}  # not 助学工程 at its end; 互联网+社保服务 fills a slot


def test_a_name_quoted_in_part_counts_the_same_in_pieces(extractor):
    text = ("全面落实“七大课题”，推进各项工作。" * 40) + "围绕“七大”课题展开，对照“七好“目标自查，实现“七好目标”。"
    whole = {r.term: r.count for r in extractor.analyze(text, "t").terms}
    streamed = {r.term: r.count for r in extractor.analyze_stream(lambda: iter([text[:500], text[500:]]), "t", piece_chars=200).terms}
    assert streamed == whole and whole["七大课题"] == 41


def test_lexicon_members_are_given_in_the_script_the_document_writes(extractor):
    """A traditional-script document gets the lexicon's members in traditional characters (simplified beside them);
    a simplified one, and a mixed one whose first scripted mention is simplified, in simplified."""
    traditional = {r.term: r for r in extractor.count("大會討論「四個全面」戰略佈局。", "t")}
    row = traditional["四个全面"]
    assert row.components_source == "lexicon" and "全面從嚴治黨" in row.components
    assert "全面从严治党" in row.components_simplified
    simplified = {r.term: r for r in extractor.count("会议讨论“四个全面”战略布局。", "s")}
    assert "全面从严治党" in simplified["四个全面"].components and simplified["四个全面"].components_simplified is None
    mixed = {r.term: r for r in extractor.count("会议讨论“四个全面”。大會討論「四個全面」。", "m")}
    assert "全面从严治党" in mixed["四个全面"].components


def test_a_name_is_spelled_in_either_width_and_any_mix_of_them():
    assert set(width_spellings("3+2")) == {"３+2", "3＋2", "３＋2", "3+２", "３+２", "3＋２", "３＋２"}
    assert width_spellings("５个坚持") == ["5个坚持"]
    assert width_spellings("三个坚持") == []


def test_a_name_quoted_in_one_width_is_counted_where_the_text_writes_the_other():
    from slogans import Extractor
    text = "乡镇推行甲、乙、丙和丁“3＋1”工作法。后来又把3＋1写进制度，“３个坚持”即坚持甲、坚持乙、坚持丙；3个坚持要长期坚持。"
    rows = {r.term: r.count for r in Extractor().analyze(text).terms}
    assert rows.get("3+1") == 2
    assert rows.get("３个坚持", rows.get("3个坚持")) == 2


def test_a_formula_used_before_its_lexicon_entry_began_takes_no_lexicon_members(extractor):
    # 两新 of 2024 is the equipment and trade-in programme; a document dated 2012 means another pair (新经济组织 …)
    text = "全市非公企业和社会组织“两新”党建工作全面推进。"
    assert [r.components for r in extractor.count(text, "d", as_of=2012)] == [None]
    # dated 2025, the Party-building pair is still no trade-in programme (its context words are not in sight) …
    assert [r.components for r in extractor.count(text, "d", as_of=2025)] == [None]
    # … while a text about the programme gets its members, and not when dated before it began
    programme = "加力支持“两新”工作，推动设备更新和以旧换新。"
    assert [r.components for r in extractor.count(programme, "d", as_of=2025)] == [("大规模设备更新", "消费品以旧换新")]
    assert [r.components for r in extractor.count(programme, "d", as_of=2012)] == [None]
