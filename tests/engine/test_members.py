"""Splitting a definition's text into members: questions, quoted heads, leading verbs."""
from __future__ import annotations

import pytest

from slogans.engine.members import (
    clean_cuts, echo_length, fit_members, looks_parallel, merge_clauses, repeats_term, split_members, strong_split,
    trim_item, written_as_list,
)


def test_questions_are_members_up_to_the_first_statement():
    assert split_members("目标是什么?办法是什么？时限是什么?大家要讨论,然后报送") == ["目标是什么", "办法是什么", "时限是什么"]


def test_one_question_is_no_list():
    assert split_members("目标是什么?大家讨论、报送") == ["目标是什么?大家讨论", "报送"]


def test_each_items_quoted_phrase_is_the_member():
    raw = "树立“勤俭才能持家”的观念,树立“诚信才能立业”的观念"
    assert split_members(raw) == ["勤俭才能持家", "诚信才能立业"]


def test_a_governing_verb_leaves_the_first_member_when_the_others_have_none_and_all_end_alike():
    assert split_members("坚持农业技术人员、医疗卫生人员、教育人员", strip_leading=["坚持"]) == ["农业技术人员", "医疗卫生人员", "教育人员"]


def test_a_verb_object_list_keeps_its_first_verb():
    # no shared ending: the verbs belong to the members (推进改革, 扩大开放)
    assert split_members("推进改革、扩大开放、促进发展", strip_leading=["推进"]) == ["推进改革", "扩大开放", "促进发展"]


def test_a_verb_every_member_shares_is_kept():
    assert split_members("坚持甲类人员、坚持乙类人员", strip_leading=["坚持"]) == ["坚持甲类人员", "坚持乙类人员"]


def test_words_before_the_opening_all_others_share_are_cut():
    assert split_members("我们要更加注重质量、更加注重效益、更加注重安全") == ["更加注重质量", "更加注重效益", "更加注重安全"]


def test_a_quote_that_opens_a_phrase_inside_a_member_is_kept():
    assert trim_item("“三公”经费只减不增") == "“三公”经费只减不增"
    assert trim_item("“甲乙丙”") == "甲乙丙"
    assert trim_item("(甲乙)") == "甲乙"


def test_strong_split_keeps_a_list_joined_by_dun_inside_one_member():
    assert strong_split("确保质量，确保进度，带头执行、带头示范") == ["确保质量", "确保进度", "带头执行、带头示范"]
    assert strong_split("甲、乙、丙") is None
    # at the level of ;: commas stand inside the items
    assert strong_split("甲,乙原则;丙原则;丁,戊原则", level=";；") == ["甲,乙原则", "丙原则", "丁,戊原则"]
    assert strong_split("甲,乙,丙", level=";；") is None


def test_clean_cuts_are_where_a_sentence_part_ends():
    assert clean_cuts("甲、乙,丙、丁、戊", "、,，;；", 5) == (2, 5)


def test_parallel_members_open_or_end_alike():
    assert looks_parallel(["保证时间", "保证质量", "作好笔记、写好体会"])
    assert not looks_parallel(["这是我们多年来的经验", "大家要认真体会"])


def test_members_repeat_the_terms_words():
    assert repeats_term(["随机抽取检查对象", "及时公开结果"], "双随机、一公开")
    assert not repeats_term(["《关于甲的意见》", "《关于乙的意见》"], "双促双建")


def test_echo_is_the_longest_shared_run():
    assert echo_length("引导群众牢固树立“三种意识", "牢固树立“甲乙”的意识") == 5


def test_words_before_a_shared_ending_are_cut_to_the_others_length():
    assert split_members("会议提出了甲路自信、乙论自信、丙度自信") == ["甲路自信", "乙论自信", "丙度自信"]
    assert split_members("党政人才、经营管理人才、科技人才") == ["党政人才", "经营管理人才", "科技人才"]


def test_enumerators_opening_every_item_are_dropped():
    assert split_members("一是坚持标准,二是坚持程序,三是坚持公开") == ["坚持标准", "坚持程序", "坚持公开"]
    assert split_members("(1)甲类标准;(2)乙类标准") == ["甲类标准", "乙类标准"]
    assert split_members("一是甲类,乙类标准") == ["一是甲类", "乙类标准"]  # not every item: no enumeration


def test_a_leading_verb_is_weighed_against_the_halves_of_a_last_item_joined_by_he():
    raw = "举办示范课、汇报课、观摩课和公开课"
    assert split_members(raw, strip_leading=["举办"]) == ["举办示范课", "汇报课", "观摩课和公开课"]  # the joined item is longer
    items = split_members(raw, strip_leading=["举办"], split_last_on=["和"])
    assert fit_members(items, 4, ["和"]) == ["示范课", "汇报课", "观摩课", "公开课"]


def test_a_last_item_without_a_conjunction_still_keeps_a_short_first_items_verb():
    assert split_members("举办示范课、汇报课、观摩课程建设", strip_leading=["举办"], split_last_on=["和"])[0] == "举办示范课"


def test_a_clause_broken_by_a_comma_is_joined_again_where_the_pair_is_shortest():
    items = ["让甲乙、丙丁", "戊己、庚辛成为常态", "子丑处理成为多数", "寅卯处分的是少数", "而辰巳移送的是极少数"]
    assert merge_clauses(items, 4) == [
        "让甲乙、丙丁，戊己、庚辛成为常态", "子丑处理成为多数", "寅卯处分的是少数", "辰巳移送的是极少数",
    ]


def test_clauses_are_joined_only_when_one_too_many():
    assert merge_clauses(["甲甲", "乙乙", "丙丙"], 3) is None
    assert merge_clauses(["甲甲", "乙乙", "丙丙", "丁丁", "戊戊"], 3) is None


def test_a_verb_before_the_first_item_stays_when_the_others_open_with_verbs_of_their_own():
    raw = "推进甲乙振兴行动、实施丙丁更新行动、开展戊己修复行动"
    assert split_members(raw, strip_leading=["推进", "实施", "开展"]) == ["推进甲乙振兴行动", "实施丙丁更新行动", "开展戊己修复行动"]


def test_clauses_are_not_joined_when_the_last_one_is_no_member():
    assert merge_clauses(["坚持甲道路", "坚持乙专政", "坚持丙领导", "坚持丁主义、戊思想", "这是根本"], 4) is None


def test_one_namely_inside_a_list_is_a_gloss_not_a_sub_list():
    assert split_members("坚持甲道路,坚持乙领导,即坚持丙主义,这是根本") == ["坚持甲道路", "坚持乙领导", "坚持丙主义", "这是根本"]
    assert split_members("甲工作、乙工作,即将完成") == ["甲工作", "乙工作", "即将完成"]


def test_sub_definitions_give_each_parts_list_fitted_to_its_numeral():
    from slogans.engine.members import sub_definitions

    assert sub_definitions("一核即甲市,两翼即乙区和丙区,三带即丁带、戊带、己带") == ["甲市", "乙区", "丙区", "丁带", "戊带", "己带"]
    assert sub_definitions("甲市,两翼即乙区和丙区") is None  # not every part defines one
    assert split_members("乙区和丙区,三带即丁带、戊带") == ["乙区和丙区"]  # the list stops before the next part's definition


def test_three_members_sharing_their_second_character_are_parallel():
    assert looks_parallel(["建好一个阵地", "带好一支队伍", "办好一批实事"])
    assert not looks_parallel(["上午报告", "下午讨论"])


def test_an_aside_in_brackets_is_no_part_of_a_member_joined_by_plus():
    assert split_members("甲类保险+乙类补助（丙项）+丁类救助", "+＋") == ["甲类保险", "乙类补助", "丁类救助"]


def test_an_aside_in_brackets_stays_in_a_list_of_other_separators():
    first, *others = split_members("甲单位党组(党委)、乙单位、丙单位")
    assert first.startswith("甲单位党组(党委") and others == ["乙单位", "丙单位"]


def test_phrases_of_one_length_are_parallel():
    assert looks_parallel(["建设美丽乡村", "发展特色产业", "提高群众收入"])


def test_two_phrases_of_one_length_or_short_ones_say_too_little():
    assert not looks_parallel(["上午开会", "下午讨论"])
    assert not looks_parallel(["甲乙丙", "丁戊己", "庚辛壬"])


def test_numbered_group_heads_before_colons_are_the_members():
    assert split_members("5条甲线：甲一为主线，甲二、甲三为辅线；3个乙标：乙一、乙二；2个丙规：丙一，丙二") == [
        "5条甲线", "3个乙标", "2个丙规"]


def test_parts_glossed_after_their_quoted_numerals_give_the_heads():
    raw = "“1”：1个甲核心，即以乙引领丙；“7”：7个丁小组；“21”：21块戊阵地，阵地包括己墙、庚室"
    assert split_members(raw) == ["1个甲核心", "7个丁小组", "21块戊阵地"]


def test_parts_without_a_colon_after_their_numbered_opening_stay_parts():
    assert split_members("3个月内完成甲项；6个月内完成乙项") == ["3个月内完成甲项", "6个月内完成乙项"]


def test_one_member_short_the_one_item_that_joins_two_is_split_wherever_it_stands():
    # 和 between the groups of a compound name (两城两县: 甲县城、乙县城和丙县、丁县)
    assert fit_members(["甲县城", "乙县城和丙县", "丁县"], 4, ["和"]) == ["甲县城", "乙县城", "丙县", "丁县"]
    # two such items: no telling which
    assert fit_members(["甲和乙", "丙和丁", "戊"], 4, ["和"]) == ["甲和乙", "丙和丁", "戊"]
    # halves much shorter than the other items are one object of one member (随机抽取人员和对象)
    assert fit_members(["随机抽取甲员和对象", "及时公开乙结果"], 3, ["和"]) == ["随机抽取甲员和对象", "及时公开乙结果"]


def test_a_quoted_object_is_one_item_whatever_separators_it_holds():
    assert split_members("突出“一个中心”、落实“两大工程、两个机制”、加快“三大建设”") == ["一个中心", "两大工程、两个机制", "三大建设"]
    # a list quoted whole is still split
    assert split_members("“甲乙、丙丁、戊己”") == ["甲乙", "丙丁", "戊己"]



def test_one_item_more_than_promised_drops_a_leading_clause_the_others_do_not_open_like():
    items = ["对上级部署的工作", "必须思想重视", "必须摆上位置", "必须结合实际", "必须狠抓落实"]
    assert fit_members(items, 4) == items[1:]


def test_one_item_more_than_promised_whose_first_opens_like_the_others_keeps_the_first():
    items = ["必须思想重视", "必须摆上位置", "必须结合实际", "必须狠抓落实", "必须久久为功"]
    assert fit_members(items, 4) == items[:4]


def test_short_words_parted_by_the_list_comma_alone_are_written_as_a_list():
    assert written_as_list(["全面", "协调", "可持续"], "全面、协调、可持续")


@pytest.mark.parametrize("raw", [
    "全面、协调",  # two words: too few to show a list
    "我们说，全面、协调、可持续",  # a comma parts clauses of prose
    "全面发展经济、协调、可持续",  # a long item
])
def test_other_stretches_are_not_written_as_a_list_of_words(raw):
    assert not written_as_list(raw.split("、"), raw)
