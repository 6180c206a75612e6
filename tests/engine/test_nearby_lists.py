"""Lists parted by marks of their own near a numbered name (invented sentences, none of an annotated document)."""
from __future__ import annotations

from slogans.engine.morpheme_lists import counted_morpheme
from slogans.engine.nearby_lists import (
    Enumeration, alike_runs, exact_runs, parallel_clauses, enumeration_after, glossed_quotations, in_one_quotation, opening_clauses, quoted_heads,
    spelled_quotations,
)


def holds(x: str):
    return lambda item: x in item


def test_quotations_with_glosses_between_are_a_list():
    text = "做到“三勤”：“勤读”：多读书、读好书；“勤写”：多练笔；“勤思”：多思考。"
    runs = glossed_quotations(text, text.index("：") + 1, len(text), holds("勤"), 3)
    assert [[item for item, _, _ in run] for run in runs] == [["勤读", "勤写", "勤思"]]
    assert glossed_quotations(text, text.index("：") + 1, len(text), holds("勤"), 4) == []  # the count must agree


def test_a_quotation_without_the_morpheme_breaks_the_run():
    text = "“勤读”：多读书；“好书”：经典；“勤写”：多练笔。"
    assert glossed_quotations(text, 0, len(text), holds("勤"), 2) == []


def test_the_enumeration_after_the_names_sentence_is_a_list_whole(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "各村要落实防汛责任，确保做到“三到位”，并按时上报。一是人员到位，专人值守；二是物资到位；三是预案到位。"
    close = text.index("”") + 1
    runs = enumeration_after(text, close, text.index("。"), markers, holds("到位"), 3)
    assert len(runs) == 1 and isinstance(runs[0], Enumeration)
    assert [item for item, _, _ in runs[0]] == ["人员到位", "物资到位", "预案到位"]
    assert enumeration_after(text, close, text.index("。"), markers, holds("落实"), 3) == []  # heads must hold it


def test_the_enumeration_may_start_right_after_the_names_clause(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "新来的干部要做到“两个清楚”，一是清楚村情民意；二是清楚发展路子。"
    close = text.index("”") + 1
    runs = enumeration_after(text, close, text.index("。"), markers, holds("清楚"), 2)
    assert [item for item, _, _ in runs[0]] == ["清楚村情民意", "清楚发展路子"]


def test_each_members_quoted_phrase_is_the_member_where_it_holds_the_morpheme():
    assert quoted_heads(["“小喇叭”宣传在前", "“小马扎”调解在前"], holds("小")) == ["小喇叭", "小马扎"]
    assert quoted_heads(["“喇叭”宣传在前小", "“马扎”调解在前小"], holds("小")) == ["“喇叭”宣传在前小", "“马扎”调解在前小"]


def test_a_name_may_take_a_noun_after_its_morpheme():
    assert counted_morpheme("四小工作法") == (4, "小")
    assert counted_morpheme("三服务") == (3, "服务")  # a morpheme that is such a noun stays


def test_quoted_numbered_names_that_spell_a_name_of_numerals_are_its_parts():
    text = "推行甲、乙“两统一”，丙、丁、戊“三规范”的“23”工作法。"
    start = text.index("23")
    members, spans = spelled_quotations(text, 0, len(text), start, start + 2)
    assert members == ["两统一", "三规范"] and [text[s:e] for s, e in spans] == members
    assert spelled_quotations(text, 0, len(text), start - 1, start + 2) is None  # not a name of numerals


def test_a_quoted_numeral_alone_is_no_part_and_the_order_must_spell_the_name():
    text = "按“八”和“八”的顺序排列，叫“八八”。"
    start = text.index("八八")
    assert spelled_quotations(text, 0, len(text), start, start + 2) is None
    text = "推行“三规范”、“两统一”的“23”工作法。"
    start = text.index("23")
    assert spelled_quotations(text, 0, len(text), start, start + 2) is None


def test_items_that_fill_one_quotation_are_a_list_whole():
    text = "征文以“爱护生命,学会生存,热爱生活”为主题。"
    lo, hi = text.index("“") + 1, text.index("”")
    run = [("爱护生命", lo, lo + 4), ("热爱生活", hi - 4, hi)]
    assert in_one_quotation(text, run)
    assert not in_one_quotation(text, [("爱护生命", lo, lo + 4), ("学会生存", lo + 5, lo + 9)])


def test_clauses_that_open_with_the_morpheme_are_items_whatever_they_hold():
    text = "要守住底线，不做见利忘义、损公肥私的人，不做敷衍塞责、推诿扯皮的人。"
    runs = opening_clauses(text, 0, len(text), "不做", 2)
    assert [[item for item, _, _ in run] for run in runs] == [["不做见利忘义、损公肥私的人", "不做敷衍塞责、推诿扯皮的人"]]
    assert opening_clauses(text, 0, len(text), "不做", 3) == []


def test_items_that_end_alike_inside_a_longer_stretch_are_a_run():
    items = [("理论学习", 0, 4), ("主动学", 5, 8), ("跟进学", 9, 12), ("学出信仰", 13, 17)]
    assert [[i for i, _, _ in run] for run in alike_runs(items, "学", 2)] == [["主动学", "跟进学"]]
    assert alike_runs(items, "学", 3) == []


def test_short_clauses_that_end_with_the_morpheme_are_a_list_but_long_ones_say_other_things():
    assert parallel_clauses(["主动学", "跟进学"], "学")
    assert parallel_clauses(["学甲", "学乙"], "学")
    assert not parallel_clauses(["我们在这里认真地学", "他们在那里认真地学"], "学")


def test_exact_runs_keeps_the_maximal_runs_of_the_count():
    items = [(w, i, i + 1) for i, w in enumerate(["甲强", "乙强", "丙", "丁强", "戊强", "己强", "庚强", "辛强"])]
    runs = exact_runs(items, 2, lambda item: item[0].endswith("强"))
    assert [[w for w, *_ in run] for run in runs] == [["甲强", "乙强"]]  # the run of five is no run of two


def test_a_quotation_that_holds_the_name_is_passed_over():
    text = "关键看“三心合一”：甲要有“事业心”，乙要有“进取心”，丙要有“责任心”。"
    runs = glossed_quotations(text, 0, len(text), holds("心"), 3, "三心")
    assert [[item for item, _, _ in run] for run in runs] == [["事业心", "进取心", "责任心"]]
    assert glossed_quotations(text, 0, len(text), holds("心"), 3) == []  # counted, the name's quotation makes four
