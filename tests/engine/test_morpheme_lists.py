"""Members read by a name's counted morpheme (invented sentences, none of an annotated document)."""
from __future__ import annotations

from typing import Optional

import pytest

from member_readers import items_read
from slogans.engine.morpheme_lists import (
    _may_open, _opener_pattern, align_to_morpheme, aligned_to_name, counted_morpheme, list_regions, morpheme_items, opener_items,
)


def items_of(text: str, name: str) -> Optional[list[str]]:
    return items_read(morpheme_items, text, name)


@pytest.mark.parametrize("term, expected", [
    ("三早", (3, "早")), ("三个着力", (3, "着力")), ("三杯茶", (3, "茶")), ("四个一", (4, "一")), ("三大", (3, "大")), ("两学一做", None), ("1+7", None), ("三", None),
])
def test_the_counted_morpheme_is_the_name_less_its_numeral_and_measure_word(term, expected):
    assert counted_morpheme(term) == expected


OPENERS = "县里坚持“三个着力”。\n着力改善民生，成效明显。\n着力优化服务，群众满意。要着力学习。\n着力保障安全，有序推进。"


def test_the_sentences_that_open_with_the_morpheme_are_its_items():
    found = opener_items(OPENERS, OPENERS.index("”"), "着力")
    assert [item for item, _, _ in found] == ["着力改善民生", "着力优化服务", "着力保障安全"]
    assert items_of(OPENERS, "三个着力") == ["着力改善民生", "着力优化服务", "着力保障安全"]


def test_a_one_character_morpheme_opens_clauses_after_a_semicolon():
    text = "坚持做到“三勤”，抓好基层工作。\n勤走访，深入农户了解情况；勤记录，逐户建立台账；勤反馈，及时答复群众。"
    assert items_of(text, "三勤") == ["勤走访", "勤记录", "勤反馈"]


def test_items_too_far_apart_end_the_list():
    text = "坚持“两个着力”。\n着力改善民生，好。" + "其他工作。" * 200 + "\n着力优化服务，好。"
    assert opener_items(text, text.index("”"), "着力", 800) is not None
    assert len(opener_items(text, text.index("”"), "着力", 800)) == 1


def test_a_list_before_the_name_is_aligned_on_the_morpheme():
    text = "市教育局党组坚持教学质量为先、学生成长为本、教师发展为要的“三为”方针。"
    assert items_of(text, "三为") == ["教学质量为先", "学生成长为本", "教师发展为要"]


def test_a_quoted_list_in_the_sentence_before_the_name():
    text = "协会始终坚持“联系会员、联系企业、联系社会各界”的宗旨。如今“三联系”已深入人心。"
    assert items_of(text, "三联系") == ["联系会员", "联系企业", "联系社会各界"]


def test_quoted_items_joined_by_and_after_a_title_line():
    text = "提升青年“双创”本领\n各村注重培养青年“创业增收”和“创新经营”的本领。"
    assert items_of(text, "双创") == ["创业增收", "创新经营"]


def test_quoted_items_written_side_by_side():
    text = "支部打造“一人一岗”“一户一档”“一村一品”的“三个一”工作格局。"
    assert items_of(text, "三个一") == ["一人一岗", "一户一档", "一村一品"]


def test_quoted_items_after_the_name_end_with_the_morpheme():
    text = "“四季歌”分别指“春歌”、“夏歌”、“秋歌”、“冬歌”四类活动。"
    assert items_of(text, "四季歌") is None  # 季 is no measure word: the morpheme is 季歌
    text = "“三盏灯”分别指“红灯”、“绿灯”、“黄灯”三类提醒。"
    assert items_of(text, "三盏灯") == ["红灯", "绿灯", "黄灯"]


def test_clauses_that_each_hold_one_are_the_members_of_an_n_ge_yi():
    text = "社区推行“三个一”服务：\n建立1本台账，开展1次走访，定期发放1张连心卡。"
    assert items_of(text, "三个一") == ["建立1本台账", "开展1次走访", "定期发放1张连心卡"]


def test_a_subject_or_a_time_before_a_clause_of_an_n_ge_yi_is_cut():
    items = ["每学期阅读一本好书", "撰写一篇读书笔记", "参加一次志愿服务", "任课教师讲授一堂公开课"]
    assert align_to_morpheme(items, "一") == ["阅读一本好书", "撰写一篇读书笔记", "参加一次志愿服务", "讲授一堂公开课"]


def test_clauses_that_hold_one_anywhere_are_kept_whole():
    items = ["在甲乙方案中质量是其中一项", "在丙丁规划中安全是其中一条原则", "在戊己工作中服务是其中一环"]
    assert align_to_morpheme(items, "一") == items


def test_a_list_without_the_morpheme_is_no_definition():
    text = "开展“三个一”活动的通知要求：迎新春、送温暖、访贫困。"
    assert items_of(text, "三个一") is None


def test_clauses_that_hold_the_word_inside_are_no_list():
    text = "反对搞“两个市场”。我们认为，统一的大市场是发展的基础，任何人都不得分割国内市场的整体。"
    assert items_of(text, "两个市场") is None


def test_clauses_that_open_with_the_morpheme_are_a_list():
    text = "一律实行“四定”，即定规模，定投资，定工期，定责任，并严格考核。"
    assert items_of(text, "四定") == ["定规模", "定投资", "定工期", "定责任"]


def test_clauses_that_gloss_their_subject_give_the_subjects():
    text = "“三勤”是干部作风的要求。勤学习是前提，勤调研是基础，勤落实是关键。"
    assert items_of(text, "三勤") == ["勤学习", "勤调研", "勤落实"]


def test_a_list_run_on_into_the_sentence_is_no_list():
    text = "坚持“三个伟业”，伟业甲、伟业乙、伟业丙中起决定性作用的是党的建设这一伟大工程。"
    assert items_of(text, "三个伟业") is None


def test_the_first_member_of_any_definition_is_cut_to_the_morpheme():
    members = ["区委坚持教学质量为先", "学生成长为本", "教师发展为要"]
    assert aligned_to_name("三为", members) == ["教学质量为先", "学生成长为本", "教师发展为要"]
    # only the first: a modifier before a later member stays (基层干部、基层组织、党建基础设施)
    assert aligned_to_name("三基", ["基层干部", "基层组织", "党建基础设施"]) == ["基层干部", "基层组织", "党建基础设施"]


def test_a_phrase_of_place_before_a_clause_of_an_n_ge_yi_is_cut():
    items = ["在全省山区乡镇捐资建设10所学校", "设立10只助学基金", "奖励100名乡村教师", "资助100名困难学生"]
    assert align_to_morpheme(items, "一")[0] == "捐资建设10所学校"


def test_a_text_without_sentence_ends_is_read_a_window_at_a_time():
    text = "勤学习、勤调研、勤落实" + "，其他工作" * 5000 + "，坚持“三勤”不动摇" + "，其他工作" * 5000
    assert items_of(text, "三勤") is None  # the list lies far outside the name's window


def test_the_noun_a_name_takes_leaves_the_first_item_but_a_verb_stays():
    text = "推行“三个一”服务建立1本台账，开展1次走访，发放1张连心卡。"
    assert items_of(text, "三个一") == ["建立1本台账", "开展1次走访", "发放1张连心卡"]
    text = "推行“三个一”建立1本台账，开展1次走访，发放1张连心卡。"
    assert items_of(text, "三个一") == ["建立1本台账", "开展1次走访", "发放1张连心卡"]


@pytest.mark.parametrize("text", [
    "会上提出“两个抓手”。抓住教学，抓住科研。",  # clauses open with it after 。
    "会上提出“两个抓手”。\n\u3000\u3000抓住教学；  抓住科研。",  # after spaces at a line start
    "会上提出“两个抓手”：要抓住教学，也要抓住科研。",  # only inside clauses: no opener
    "会上提出“两个抓手”，别的什么也没有说。",  # not in the text after the name
    "抓住教学，抓住科研。",  # at the text's start
])
def test_may_open_is_false_only_where_no_clause_opens_with_the_morpheme(text):
    pos = text.index("”") + 1 if "”" in text else 0
    matched = _opener_pattern("抓住").search(text, pos, len(text)) is not None
    assert _may_open(text, pos, len(text), "抓住") or not matched
    assert _may_open(text, pos, len(text), "抓住") == matched  # on these texts the quick test is also exact


def test_the_sentences_around_a_name_are_found_by_search_as_by_walking_the_characters():
    import random

    from slogans.engine import morpheme_lists

    def walked(text: str, start: int, end: int) -> tuple[int, int, int, int]:  # the definition, a step per character
        def back(i: int) -> int:
            stop = max(0, i - morpheme_lists.MAX_SENTENCE_CHARS)
            while i > stop and text[i - 1] not in "。!！?？\n":
                i -= 1
            return i

        def ahead(i: int) -> int:
            stop = min(len(text), i + morpheme_lists.MAX_SENTENCE_CHARS)
            while i < stop and text[i] not in "。!！?？\n":
                i += 1
            return i

        here_start, here_end = back(start), ahead(end)
        past = morpheme_lists._past_ends  # a run of sentence ends and spaces is one end
        before = back(past(text, here_start - 1, -1)) if here_start > 0 else here_start
        after = ahead(past(text, here_end + 1, 1)) if here_end < len(text) else here_end
        return before, here_start, here_end, after

    rng = random.Random(7)
    for _ in range(400):
        ends = rng.choice([0.3, 0.03, 0.001])  # short sentences, long ones, and stretches past the longest read
        text = "".join(rng.choice("。！？\n") if rng.random() < ends else rng.choice("甲乙，、") for _ in range(rng.randint(1, 1500)))
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start, len(text))
        assert morpheme_lists.sentence_bounds(text, start, end) == walked(text, start, end)


def test_a_list_is_read_only_where_the_morpheme_is_written_as_often_as_the_numeral_counts():
    assert items_of("我们坚持早发现、早报告、迟处置的“三早”做法。", "三早") is None  # two of three hold 早
    assert items_of("我们坚持早发现、早报告、早处置的“三早”做法。", "三早") == ["早发现", "早报告", "早处置"]
    # 一 is also written as the digit 1
    assert items_of("每村建1个书屋、办一所学校、设1支队伍，这是“三个一”工程。", "三个一") == ["每村建1个书屋", "办一所学校", "设1支队伍"]


def test_the_words_before_the_first_of_items_that_open_with_one_govern_them_all():
    items = ["每个站点落实一名管理员", "一套检测设备", "一本工作台账"]
    assert align_to_morpheme(items, "一") == ["一名管理员", "一套检测设备", "一本工作台账"]


def test_the_sentence_after_a_paragraph_break_is_the_next_sentence():
    text = "“三早”工作很重要。\n我们做到早研究、早安排、早落实。"
    assert items_of(text, "三早") == ["早研究", "早安排", "早落实"]


def test_quotations_with_glosses_between_give_the_members():
    text = "要求学生做到“三勤”：“勤读”：多读书；“勤写”：多练笔；“勤思”：多思考。"
    assert items_of(text, "三勤") == ["勤读", "勤写", "勤思"]


def test_quoted_phrases_inside_items_before_a_name_with_a_noun_are_its_members():
    text = "社区推出“小喇叭”宣传在前、“小马扎”调解在前、“小药箱”服务在前的“三小工作法”，效果很好。"
    assert items_of(text, "三小工作法") == ["小喇叭", "小马扎", "小药箱"]


def test_the_enumeration_after_the_names_sentence_whose_heads_hold_the_morpheme(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "各村要落实防汛责任，确保做到“三到位”，并按时上报。一是人员到位，专人值守；二是物资到位；三是预案到位。"
    start = text.index("三到位")
    members, _ = morpheme_items(text, start, start + 3, markers)
    assert members == ["人员到位", "物资到位", "预案到位"]
    assert morpheme_items(text, start, start + 3) is None  # without the markers no enumeration is read


def test_a_list_inside_a_longer_sentence_is_cut_as_a_reader_cuts_it():
    text = "建设“三强”干部队伍。全县着力打造政治素质强、业务本领强、工作作风强的基层干部队伍。"
    assert items_of(text, "三强") == ["政治素质强", "业务本领强", "工作作风强"]
    text = "深化落实专人联系制度及党员外出报到必访、节日慰问必访、生病住院必访“三必访”要求。"
    assert items_of(text, "三必访") == ["外出报到必访", "节日慰问必访", "生病住院必访"]


def test_items_that_share_an_opening_frame_are_a_list():
    text = "实施“三个培养”工程。坚持把教师培养成骨干、把骨干培养成名师、把名师培养成专家。"
    assert items_of(text, "三个培养") == ["把教师培养成骨干", "把骨干培养成名师", "把名师培养成专家"]


def test_a_list_of_measures_that_hold_no_morpheme_stays_unread(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "全面开展“三到位”检查，并按时上报。一是加强领导；二是强化督导；三是严格考核。"
    start = text.index("三到位")
    assert morpheme_items(text, start, start + 3, markers) is None


def test_a_numeral_and_classifier_before_the_quoted_morpheme_name_it():
    assert counted_morpheme("3个“坚决") == (3, "坚决")
    text = "要做到3个“坚决”。\n做到上级提倡的坚决响应、上级决定的坚决照办、上级禁止的坚决杜绝。"
    start = text.index("3个")
    members, _ = morpheme_items(text, start, text.index("”"))
    assert members == ["上级提倡的坚决响应", "上级决定的坚决照办", "上级禁止的坚决杜绝"]


def test_clauses_that_fill_one_quotation_are_a_list_whatever_parts_them():
    text = "开展“三生”教育。征文以“爱护生命,学会生存,热爱生活”为主题。"
    assert items_of(text, "三生") == ["爱护生命", "学会生存", "热爱生活"]
    text = "开展“三生”教育。大家爱护生命,学会生存,热爱生活。"
    assert items_of(text, "三生") is None  # clauses of prose that hold the word inside say other things


def test_the_clause_level_is_read_where_the_words_of_a_clause_hold_a_comma_list():
    text = "争做“两个不做”的干部。要守住底线，不做见利忘义、损公肥私的人，不做敷衍塞责、推诿扯皮的人。"
    assert items_of(text, "两个不做") == ["不做见利忘义、损公肥私的人", "不做敷衍塞责、推诿扯皮的人"]


def test_short_clauses_that_end_with_the_morpheme_inside_a_longer_stretch_are_the_list():
    text = "学好“三种学”。要走在学习的前列，主动跟进学，联系实际学，笃信笃行学，学出信仰、学出担当。"
    assert items_of(text, "三种学") == ["主动跟进学", "联系实际学", "笃信笃行学"]


def test_a_word_that_holds_one_is_a_morpheme_of_its_own():
    assert counted_morpheme("四个一起") == (4, "一起")
    assert counted_morpheme("四个一") == (4, "一")
    text = "做到“三个一起”。坚持党建和业务一起谋划、一起部署、一起检查。"
    assert items_of(text, "三个一起") == ["一起谋划", "一起部署", "一起检查"]


SIDES = "甲地早研究、早安排、早着手。坚持“三早”原则，乙地先行、丙地后补、丁地收尾。"


def test_a_side_that_holds_the_morpheme_fewer_times_than_the_count_is_left_unread():
    start = SIDES.index("三早")
    every, _, _ = list_regions(SIDES, start, start + 2)
    kept, _, _ = list_regions(SIDES, start, start + 2, [(3, "早")])
    assert [item for item, _, _ in every[0]][:3] == ["甲地早研究", "早安排", "早着手"]
    assert kept == every[:1]  # the side after the name holds 早 nowhere: not read
    assert list_regions(SIDES, start, start + 2, [(4, "早")])[0] == []
    assert items_of(SIDES, "三早") == ["早研究", "早安排", "早着手"]
