"""The decision on unquoted numeral phrases: formulae against ordinary counting and look-alikes."""
from __future__ import annotations

import pytest

from slogans import Extractor


@pytest.fixture(scope="module")
def by_segmenter():
    return {name: Extractor(segmenter=name) for name in ("jieba", "pkuseg", "none")}


def found(extractor, text):
    return {m.surface for m in extractor.extract(text)}


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
@pytest.mark.parametrize("text, phrase", [
    ("始终坚持三个代表重要思想。", "三个代表"),           # lexicon, a noun phrase after it
    ("党员要以五带头为标尺。", "五带头"),                 # 为 may follow a name
    ("要抓好六个强化,推动工作。", "六个强化"),            # a verb head
    ("要做到四个到位：一是思想认识到位。", "四个到位"),    # a head and an expansion
    ("深入推进四项惠民工程,即深入开展标准服务惠民工程。", "四项惠民工程"),
    ("认真履行一岗双责，即既抓业务工作。", "一岗双责"),    # an expansion outweighs the dictionary
    ("全县开展三级联创活动，即县、乡、村三级联创。", "三级联创"),
    ("深刻领悟两个确立的决定性意义。", "两个确立"),        # 的 after a lexicon name
    ("增強四個意識。", "四個意識"),                       # traditional script
])
def test_formula(by_segmenter, segmenter, text, phrase):
    assert phrase in found(by_segmenter[segmenter], text)


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
@pytest.mark.parametrize("text", [
    "全省共派出三个代表团赴京。",          # a word runs across the end
    "这家公司在东南亚设有三个代表处。",    # name and next word are one word
    "社区新招聘了两个维护人员。",          # the classifier counts the noun after it
    "专家组提出了十个明确的修改意见。",    # ... after 的
    "这两个务必在周五前提交的材料。",      # an adverb head goes on as a predicate
    "这两个确立下来的年度目标。",
    "老街上还保留着两个一百年以上历史的老字号。",  # a locative after it
    "他三步走到门口。",
    "山区这一带一路况较差。",              # runs on past a lexicon name
    "用了三个月完成两个阶段的任务。",      # counting heads
    "这是一个重要原因。",                  # 一个 is an article
    "两个重大节点要把握好。",              # an adjective qualifying a noun
    "他一大早就来了。",
    "要一心一意为群众办实事。",            # a dictionary idiom
    "十八大召开以来。",                    # a congress, not a classifier
    # a numeral, a measure word and an ordinary word, even with an expansion after it
    "这次整治为期1个月左右,即从下周起到月底。",
    "活动开展已经近两个月了(共58天)。",
    "今天我讲三层意思:一是统一思想。",
    "今年要抓好四方面工作:一是抓学习。",
    "我的发言有两部分内容:一是回顾。",
    "报名的人里有两个走掉了,名单要重排。",  # an aspect particle after a verbal head: a predicate
    "7名高三同学即将代表学校参赛。",        # 即将 opens a word, it spells nothing out
    "宣誓一事在即,各方都在准备。",          # 在即 closes a word, it spells nothing out
])
def test_ordinary(by_segmenter, segmenter, text):
    assert found(by_segmenter[segmenter], text) == set()


def test_none_decides_from_lists_and_lexicon(by_segmenter):
    ex = by_segmenter["none"]
    assert found(ex, "牢固树立四个意识。") == {"四个意识"}
    assert found(ex, "要抓好六个强化,推动工作。") == {"六个强化"}
    assert found(ex, "用了三个月完成两个阶段的任务。") == set()
    assert found(ex, "全省共派出三个代表团赴京。") == set()  # 代表团 is a listed counting head


def test_the_document_own_quotation_lifts_a_phrase(extractor):
    assert found(extractor, "建设三个课堂。") == set()
    rows = extractor.count("推进“三个课堂”建设。建设三个课堂要扎实。", "d")
    assert [(r.term, r.count) for r in rows] == [("三个课堂", 2)]


def test_heads_and_threshold_come_from_yaml(tmp_path):
    settings = tmp_path / "heads.yaml"
    settings.write_text("settings:\n  numbered:\n    formula_heads: [课堂]\n", encoding="utf-8")
    assert found(Extractor(rules=[settings]), "建设三个课堂。") == {"三个课堂"}
    settings.write_text("settings:\n  numbered:\n    threshold: 100\n", encoding="utf-8")
    strict = Extractor(rules=[settings])
    assert found(strict, "要抓好六个强化,推动工作。") == set()
    assert found(strict, "牢固树立四个意识。") == set()


def test_reason_names_the_evidence(extractor):
    from slogans.engine.detect import detect_candidates

    text = "要抓好七个强化,推动工作。"
    cand = next(c for c in detect_candidates(text, extractor.rules) if c.rule.id == "numeral-ge")
    verdict, start, end = extractor.stages.numeral.decide(text, cand)
    assert verdict.term == "七个强化" and "formula head 强化" in verdict.reason and text[start:end] == "七个强化"


def test_known_terms_are_found_where_they_start():
    from slogans.engine.numeral_decision import KnownTerms

    known = KnownTerms(["三个课堂", "三个代表", "五个好", ""])
    text = "建设三个课堂和五个好"
    assert known.starting_at(text, 2) == {"三个课堂"}
    assert known.starting_at(text, 7) == {"五个好"}
    assert known.starting_at(text, 0) == frozenset()
    assert known.starting_at(text, len(text)) == frozenset()
    assert len(known) == 3


def test_decide_gives_the_same_with_a_set_or_an_index(extractor):
    from slogans.engine.detect import detect_candidates
    from slogans.engine.numeral_decision import KnownTerms

    text = "建设三个课堂要扎实。"
    cand = next(c for c in detect_candidates(text, extractor.rules) if c.rule.id == "numeral-ge")
    as_set = extractor.stages.numeral.decide(text, cand, {"三个课堂"})
    as_index = extractor.stages.numeral.decide(text, cand, KnownTerms({"三个课堂"}))
    assert as_set == as_index
    assert as_set[0].term == "三个课堂"


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg", "none"])
@pytest.mark.parametrize("text, phrase", [
    ("坚持以经济建设为中心,坚持一个中心、两个基本点不动摇。", "一个中心、两个基本点"),
    ("要牢记三个代表。", "三个代表"),
    ("推翻了压在人民头上的三座大山。", "三座大山"),
])
def test_lexicon_names_are_found_unquoted_whatever_the_segmenter(by_segmenter, segmenter, text, phrase):
    assert phrase in found(by_segmenter[segmenter], text)


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
@pytest.mark.parametrize("text, phrase", [
    ("总结经验要从一正一反两个方面来看。", "一正一反"),   # 正反 is one word: a pair that describes
    ("两队一来一往，互不相让。", "一来一往"),              # 来往
    ("要注意领导干部的一言一行。", "一言一行"),            # 言行
])
def test_one_a_one_b_whose_slots_make_a_word_is_no_formula(by_segmenter, segmenter, text, phrase):
    assert phrase not in found(by_segmenter[segmenter], text)


@pytest.mark.parametrize("text, phrase", [
    ("各乡镇要发展一村一品，培育特色产业。", "一村一品"),   # 村品 is no word: the slots name
    ("全面推行一事一议，规范村级议事。", "一事一议"),
    ("坚持一正一反，即正面引导、反面警示。", "一正一反"),  # defined at once: a formula all the same
])
def test_one_a_one_b_whose_slots_name_is_a_formula(by_segmenter, text, phrase):
    # jieba only: pkuseg cuts a word across 一村一品 (村一 …), a limit of that segmenter, not of this evidence
    assert phrase in found(by_segmenter["jieba"], text)


def test_a_quoted_run_of_numerals_spelled_out_part_by_part_is_a_formula(extractor):
    text = "学校推行“一二”的做法：即一个目标——质量第一，两个抓手——课内和课外。"
    assert "一二" in found(extractor, text)
    assert "一二" not in found(extractor, "他在比赛中喊出“一二”的口令。")


def test_as_many_quoted_names_right_before_a_numeral_make_it_a_formula(extractor):
    assert "两大工程" in found(extractor, "“甲乙工程”、“丙丁工程”两大工程进展顺利。")
    assert "三大工程" not in found(extractor, "“甲乙工程”、“丙丁工程”三大工程进展顺利。")  # two names for three
    assert "三大工程" not in found(extractor, "今年完成了三大工程的验收。")


def test_one_quotation_of_as_many_clauses_right_before_a_numeral_names_the_formula(extractor):
    # the writer spells the members out and counts them: the head runs on over the nouns after it
    assert "三大重点工作" in found(extractor, "全力抓好“甲乙建设、丙丁管理、戊己发展”三大重点工作，构建新格局。")
    assert "四大护理特色" in found(extractor, "形成了“甲科护理、乙科护理、丙科护理、丁科礼仪”四大护理特色。")
    assert "三大重点" not in found(extractor, "全力抓好“甲乙建设、丙丁管理”三大重点工作。")  # two clauses for three
    assert "三大重点" not in found(extractor, "全力抓好三大重点工作。")  # a counting head without its members


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
@pytest.mark.parametrize("text", [
    "新大楼的三至五楼共有病房四十间。",        # a range of numerals
    "我们要两到三年完成改造。",
    "技术人员一代又一代地传承下去。",          # a reduplication
    "改革要一步一步地往前推进。",
    "群众的热情一浪接一浪地高涨。",
    "下一步双方将加强交流合作。",              # the first part is an ordinary word (一步)
    "两岸双向交流不断扩大。",
])
def test_ranges_reduplications_and_ordinary_openings_are_no_compact_formula(by_segmenter, segmenter, text):
    assert not any(m.kind == "numbered" for m in by_segmenter[segmenter].extract(text))


@pytest.mark.parametrize("text, phrase", [
    ("全面开展两学一做学习教育。", "两学一做"),        # parts that differ and open with no ordinary word
    ("开展四学四比活动。", "四学四比"),
    ("大力推进三查两评工作。", "三查两评"),
])
def test_compact_formulae_whose_parts_differ_stand(by_segmenter, text, phrase):
    assert phrase in found(by_segmenter["jieba"], text)


def test_a_lexicon_name_written_with_ge_is_counted_under_the_lexicon_name(extractor):
    rows = {r.term: r.count for r in extractor.count("会议强调六个稳，各地要抓好六稳工作。", "t")}
    assert rows.get("六稳") == 2 and "六个稳" not in rows


@pytest.mark.parametrize("text, phrase", [
    ("中心参加了“XYZ-QT208饮用水中镉的测定”能力验证。", "XYZ-QT208饮用水中镉的测定"),  # a code of letters and digits
    ("他引用了“一件工作做成的每一个细节都藏着做事的态度”这句话。", "一件工作做成的每一个细节都藏着做事的态度"),  # a sentence
    ("要坚持一国两制。在“一国”的问题上没有含糊。", "一国"),  # the cut part of a formula the text names
])
def test_quoted_numeral_phrases_that_are_no_names(extractor, text, phrase):
    assert phrase not in {r.term for r in extractor.count(text, "t")}


@pytest.mark.parametrize("text, phrase", [
    ("要坚持两高一资的限制，严控“两高”行业。", "两高"),  # a part led by 两 is a name of its own
    ("省里提出的“三年内建成九个标杆的示范林区、九面旗帜”要求。", "三年内建成九个标杆的示范林区、九面旗帜"),  # a list: a slogan's shape
    ("开展“八个方面的举措”落实。", "八个方面的举措"),
])
def test_quoted_numeral_phrases_that_stay(extractor, text, phrase):
    assert phrase in {r.term.replace(",", "、") for r in extractor.count(text, "t")} | {r.term for r in extractor.count(text, "t")}


@pytest.mark.parametrize("text", [
    "对工作提出三个希望：一是讲政治。二是重实干。",        # hopes, wishes and options are counted
    "选票设“赞成”、“反对”、“弃权”三个选项。",
    "孩子们写下了两个心愿。",
])
def test_hopes_wishes_and_options_are_counted_not_named(extractor, text):
    assert not any(r.kind == "numbered" for r in extractor.count(text, "t"))


def test_a_list_of_its_count_before_or_after_a_counted_name_makes_it_a_formula(extractor):
    assert "四大主导产业" in found(extractor, "要着力培育纺织服装、机械制造、食品加工和新型建材等四大主导产业。")
    assert "三项制度" in found(extractor, "当前要落实三项制度（考核、问责、公示），确保实效。")
    assert "六项原则" in found(extractor, "公司提出了推进改革的六项原则,分别是:甲原则;乙原则;丙原则;丁原则;戊原则;己原则。")
    # the counter-shapes stay ordinary counting: things counted after 种, a count that differs, a counting head
    assert "三种产品" not in found(extractor, "该村有红枣、板栗和蘑菇三种产品，销往各地。")
    assert "四大主导产业" not in found(extractor, "要着力培育纺织服装、机械制造和新型建材等四大主导产业。")
    assert "三大基地" not in found(extractor, "我们新建了甲地、乙地、丙地三大基地。")
    assert "三大主导产业" not in found(extractor, "全县的三大主导产业发展良好。")
    # a counting head that the listed items end with is the name's own: the writer names the list by it
    assert "三大基地" in found(extractor, "加强粮食生产基地、蔬菜基地、饲养基地等三大基地建设。")
    assert "三个基地" not in found(extractor, "建成甲乙基地、丙丁基地、戊己基地三个基地。")  # 个 counts things


def test_a_numeral_and_a_head_without_a_classifier_is_a_name_only_before_a_list_of_its_count(extractor):
    assert "三动战略" in found(extractor, "坚持三动战略(投入拉动、名牌拖动、能人带动),加快发展。")
    assert "三保障" in found(extractor, "三保障是指保障义务教育、保障基本医疗、保障住房安全。")
    assert "三率" in found(extractor, "参考了新三率：就业率、考研率、出国率。")
    assert "三动战略" not in found(extractor, "坚持三动战略(投入拉动、名牌拖动),加快发展。")  # two items for three
    assert not found(extractor, "参观了三峡(湖北宜昌),很壮观。")                     # a bracket alone is no evidence
    assert not found(extractor, "三人(张三、李四、王五)参加。")                        # a counting head
    assert not found(extractor, "全镇三地(北京、上海、广州)同时开工。")                 # places counted
    assert "三爱" in found(extractor, "三爱即:爱学习、爱劳动、爱祖国。")                # not 三爱即
