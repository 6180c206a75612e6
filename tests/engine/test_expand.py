"""Expansion from the document's own definitions, in each shape, and the arithmetic check."""
from __future__ import annotations

import pytest


def components(extractor, text, term):
    rows = {r.term: r for r in extractor.count(text, "t")}
    row = rows[term]
    return list(row.components or []), row.components_source


@pytest.mark.parametrize("text, term, members", [
    ("全面开展以“让群众评价工作、让群众评价作风,树立群众满意形象”为主要内容的“两评一树”活动。",
     "两评一树", ["让群众评价工作", "让群众评价作风", "树立群众满意形象"]),
    ("深入开展“工作差错不在我这里产生,办理事项不在我这里延误”的“两不”主题教育。",
     "两不", ["工作差错不在我这里产生", "办理事项不在我这里延误"]),
    ("基本要求是“三个好”,即领导班子好、党员队伍好、工作机制好;其他。", "三个好", ["领导班子好", "党员队伍好", "工作机制好"]),
    ("推进基层党建“三基”(基层干部、基层组织、党建基础设施)工程。", "三基", ["基层干部", "基层组织", "党建基础设施"]),
    ("做到“三个好”:一是班子好。班子团结。二是队伍好。三是机制好。", "三个好", ["班子好", "队伍好", "机制好"]),
    ("重点要在“三个强化”上下功夫。\n第一,强化宣传教育。要宣传。\n第二、强化规范服务。要规范。\n第三,强化队伍建设。要建设。\n",
     "三个强化", ["强化宣传教育", "强化规范服务", "强化队伍建设"]),
    ("做到三个必有:第一,要有两年的总体计划;第二,要有一年的实施计划;第三,要逐月制定推进计划。",
     "三个必有", ["要有两年的总体计划", "要有一年的实施计划", "要逐月制定推进计划"]),
    ("深入推进三项惠民工程,即深入开展标准服务惠民工程,计量服务惠民工程、技术服务惠民工程,更好地服务经济。",
     "三项惠民工程", ["标准服务惠民工程", "计量服务惠民工程", "技术服务惠民工程"]),
    ("中央提出了“照镜子、正衣冠、洗洗澡、治治病”的总要求,必须把十二字总要求贯穿全过程。",
     "十二字总要求", ["照镜子", "正衣冠", "洗洗澡", "治治病"]),
    ("实现“2+1”战略(“2”就是二项工作,即:甲项工作、乙项工作;“1”就是一项工作,即:丙项工作)。",
     "2+1", ["甲项工作", "乙项工作", "丙项工作"]),
    ("学党章党规、学系列讲话、做合格党员(简称“两学一做”)。", "两学一做", ["学党章党规", "学系列讲话", "做合格党员"]),
])
def test_definition_shapes(extractor, text, term, members):
    assert components(extractor, text, term) == (members, "text")


def test_enumeration_with_the_wrong_number_of_items_is_not_a_definition(extractor):
    text = "一、充分认识开展“两评一树”活动的重要性\n(一)甲。\n(二)乙。\n(三)丙。\n(四)丁。\n"
    assert components(extractor, text, "两评一树") == ([], None)


def test_members_from_the_lexicon_when_the_text_defines_nothing(extractor):
    members, source = components(extractor, "围绕“五个好”争创目标", "五个好")
    assert source == "lexicon"
    assert members == ["领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"]


def test_quoted_members_of_a_definition_are_not_terms(extractor):
    rows = extractor.count("牢固树立“两种观念”,即:“解决矛盾也是政绩”的观念,把矛盾化解在基层的“超前信访”观念。", "t")
    assert [(r.term, list(r.components or [])) for r in rows] == [("两种观念", ["解决矛盾也是政绩", "超前信访"])]


def test_a_member_quoted_again_elsewhere_is_no_new_name(extractor):
    text = ("今年突出“三个一”,即建好一支巡查队伍,开展一轮清河专项行动,完善一套考核制度。"
            "河道整治是全县“开展一轮清河专项行动”的重点。")
    found = {r.term: list(r.components or []) for r in extractor.count(text, "t")}
    assert found == {"三个一": ["建好一支巡查队伍", "开展一轮清河专项行动", "完善一套考核制度"]}


def test_text_members_keep_the_documents_script(extractor):
    rows = extractor.count("基本要求是「三個好」,即領導班子好、黨員隊伍好、工作機制好。", "t")
    assert rows[0].term == "三个好"
    assert list(rows[0].components) == ["領導班子好", "黨員隊伍好", "工作機制好"]


def test_arithmetic_mismatch_keeps_the_texts_members_and_flags_it(extractor):
    result = extractor.analyze("基本要求是“四个好”,即领导班子好、党员队伍好、工作机制好。", "t")
    row = result.terms[0]
    assert list(row.components) == ["领导班子好", "党员队伍好", "工作机制好"]
    assert row.arithmetic_ok is False
    assert any("四个好" in w for w in result.warnings)


# Every shape a writer uses to spell out a formula's members (sentences invented for the tests).
@pytest.mark.parametrize("text, term, members", [
    ("推进“三清”（清河道、清垃圾、清违建）行动,改善环境。", "三清", ["清河道", "清垃圾", "清违建"]),
    ("全面落实三清行动（清河道；清垃圾；清违建），做好“三清”。", "三清", ["清河道", "清垃圾", "清违建"]),
    ("积极实施“绿色家园”、“清洁水源”、“美丽乡村”三大工程，抓好“三大工程”。", "三大工程", ["绿色家园", "清洁水源", "美丽乡村"]),
    # quoted members side by side, no mark between them
    ("会上从“甲的概述”“乙历程”“丙内容”“丁规定”“戊要求”五大维度解读。", "五大维度", ["甲的概述", "乙历程", "丙内容", "丁规定", "戊要求"]),
    # the words every item carries after the name's head noun; 等 before the name restated
    ("主抓“三基地”建设。一是甲药材基地建设。二是乙核桃基地建设。三是丙肉牛基地建设。", "三基地", ["甲药材基地", "乙核桃基地", "丙肉牛基地"]),
    ("四城同创是指：创建甲卫生城市，乙模范城市，丙生态市和丁文明城市等四城。", "四城同创", ["甲卫生城市", "乙模范城市", "丙生态市", "丁文明城市"]),
    ("，扶贫济困、助学兴教、敬老爱幼“三项行动”深入人心。", "三项行动", ["扶贫济困", "助学兴教", "敬老爱幼"]),
    ("整改要做到“三个清楚”，即问题在哪里？原因是什么？办法有哪些？各支部要认真对照。", "三个清楚", ["问题在哪里", "原因是什么", "办法有哪些"]),
    ("落实“三项制度”：一是值班制度。要轮流值班。二是报告制度。三是督查制度。", "三项制度", ["值班制度", "报告制度", "督查制度"]),
    ("今年重点抓好“三件大事”。\n（一）修建学校。要抓紧。\n（二）修建医院。要抓紧。\n（三）修建道路。要抓紧。\n",
     "三件大事", ["修建学校", "修建医院", "修建道路"]),
    ("今年重点抓好“三件大事”。\n1．修建学校。要抓紧。\n2．修建医院。要抓紧。\n3．修建道路。要抓紧。\n",
     "三件大事", ["修建学校", "修建医院", "修建道路"]),
    ("引导群众牢固树立“两种观念”，努力使“两勤”精神深入人心。\n一是牢固树立“勤俭才能持家”的观念。\n二是牢固树立“勤奋才能致富”的观念。\n",
     "两种观念", ["勤俭才能持家", "勤奋才能致富"]),
    ("必须统筹城内城外两个市场，用好“两个市场”。", "两个市场", ["城内", "城外"]),
    ("治理“三河三湖”，即清河淮河汾河、东湖西湖南湖，还百姓一片绿水。", "三河三湖", ["清河", "淮河", "汾河", "东湖", "西湖", "南湖"]),
    ("坚持“三严两不”，即严在制度、严在执行、严在监督；不搞特殊、不留死角。", "三严两不",
     ["严在制度", "严在执行", "严在监督", "不搞特殊", "不留死角"]),
    ("，坚持农业技术人员、医疗卫生人员、中小学教育人员“三支队伍”同步培养。", "三支队伍", ["农业技术人员", "医疗卫生人员", "中小学教育人员"]),
    ("做到“三个好”：一是班子\n好。二是队伍好。三是机制好。", "三个好", ["班子好", "队伍好", "机制好"]),
    ("今后我们要更加注重质量、更加注重效益、更加注重安全，并把这“三个注重”落到实处。", "三个注重", ["更加注重质量", "更加注重效益", "更加注重安全"]),
    ("做到“两确保、一带头”：确保质量，确保进度，带头执行、带头示范。", "两确保、一带头", ["确保质量", "确保进度", "带头执行、带头示范"]),
    ("推行“双公开、一评议”，公开办事程序和办事结果、群众评议服务质量，提高效能。", "双公开、一评议", ["公开办事程序和办事结果", "群众评议服务质量"]),
    ("一、坚持三条原则，落实“三条原则”。\n第一，要依法办事。\n第二，公开透明。\n第三，服务群众。\n", "三条原则", ["依法办事", "公开透明", "服务群众"]),
    ("弘扬“两创”精神。大力弘扬以“创业创新”为核心的精神。", "两创", ["创业", "创新"]),
    ("抓好“一个中心”，即以经济建设为中心，推动发展。", "一个中心", ["以经济建设为中心"]),
    ("做到“三个衔接”，即坚持计划与预算相衔接；目标与手段相衔接；考核与奖惩相衔接。", "三个衔接", ["计划与预算相衔接", "目标与手段相衔接", "考核与奖惩相衔接"]),
])
def test_more_definition_shapes(extractor, text, term, members):
    assert components(extractor, text, term) == (members, "text")


@pytest.mark.parametrize("text, term", [
    ("做到“三个好”：一是班子好。三是机制好。", "三个好"),  # an item lost: the enumeration is broken
    ("“两个好”：这是我们多年来的经验，大家要认真体会。", "两个好"),  # prose after the colon is no member list
    ("一块,即管理办法。要有“一块”。", "一块"),  # one member only for a formula 一个X
])
def test_no_definition_where_the_text_gives_none(extractor, text, term):
    assert components(extractor, text, term) == ([], None)


def test_a_list_goes_to_the_term_its_items_echo():
    from slogans import Extractor

    rows = {r.term: r for r in Extractor().count(
        "引导群众牢固树立“两种观念”，努力使“两勤”精神深入人心。\n一是牢固树立“勤俭才能持家”的观念。\n二是牢固树立“勤奋才能致富”的观念。\n", "t")}
    assert rows["两勤"].components is None


def test_the_documents_definition_wins_over_the_lexicon(extractor):
    members, source = components(extractor, "我们要统筹国内国际两个大局，办好自己的事。", "两个大局")
    assert (members, source) == (["国内", "国际"], "text")


def test_a_reading_that_agrees_as_written_beats_a_list_cut_short(extractor):
    # split at every 、 the list has four items; the numerals promise three: 、 joins two words in one
    members, _ = components(extractor, "做到“两保证、一带头”：保证时间，保证质量，带头学习、带头示范。", "两保证、一带头")
    assert members == ["保证时间", "保证质量", "带头学习、带头示范"]


def test_a_list_is_not_cut_inside_a_run_of_dun(extractor):
    text = "推进四项惠民工程，即开展甲类惠民工程，乙类惠民工程、丙类惠民工程、丁类惠民工程，更好地服务经济、服务社会。"
    members, _ = components(extractor, text, "四项惠民工程")
    assert members == ["甲类惠民工程", "乙类惠民工程", "丙类惠民工程", "丁类惠民工程"]


def test_a_list_after_a_verb_of_definition(extractor):
    members, source = components(extractor, "所谓“三个清楚”，就是问题清楚、原因清楚、责任清楚。", "三个清楚")
    assert (members, source) == (["问题清楚", "原因清楚", "责任清楚"], "text")


@pytest.mark.parametrize("text", [
    "做到“三个坚持”，即：一是坚持标准，二是坚持程序，三是坚持公开。",
    "做到“三个坚持”：（1）坚持标准；（2）坚持程序；（3）坚持公开。",
    "做到“三个坚持”：1）坚持标准；2）坚持程序；3）坚持公开。",
    "做到“三个坚持”：①坚持标准；②坚持程序；③坚持公开。",
    "做到“三个坚持”：其一，坚持标准；其二，坚持程序；其三，坚持公开。",
    "做到“三个坚持”。\n一要坚持标准。\n二要坚持程序。\n三要坚持公开。\n",
])
def test_every_enumerator_a_writer_uses(extractor, text):
    assert components(extractor, text, "三个坚持") == (["坚持标准", "坚持程序", "坚持公开"], "text")


@pytest.mark.parametrize("text, term, members", [
    ("开展“四个一”活动，即读一本好书、写一篇心得、办一件实事、提一条建议。", "四个一", ["读一本好书", "写一篇心得", "办一件实事", "提一条建议"]),
    ("开展“三问”活动：问需于民、问计于民、问效于民。", "三问", ["问需于民", "问计于民", "问效于民"]),
    ("推行“三清单”管理，即权力清单、责任清单、负面清单。", "三清单", ["权力清单", "责任清单", "负面清单"]),
])
def test_a_campaign_noun_between_the_name_and_its_list(extractor, text, term, members):
    assert components(extractor, text, term) == (members, "text")


def test_ji_of_a_word_is_no_definition(extractor):
    assert components(extractor, "抓好“三件实事”,即将完成甲项工程、乙项工程。", "三件实事") == ([], None)


@pytest.mark.parametrize("text, term, members", [
    ("在全系统开展四比四看竞赛：一是比学习看素质，二是比作风看形象，三是比服务看质量，四是比廉洁看操守。", "四比四看",
     ["比学习", "看素质", "比作风", "看形象", "比服务", "看质量", "比廉洁", "看操守"]),
    ("各支部开展三比三争活动，即比学习争进步、比服务争满意、比作风争形象。", "三比三争",
     ["比学习", "争进步", "比服务", "争满意", "比作风", "争形象"]),
    ("要做到三个到位：一是思想认识到位，二是组织领导到位，三是督促检查到位。", "三个到位", ["思想认识到位", "组织领导到位", "督促检查到位"]),
    ("处置险情坚持三先三后原则：先救人后救物、先重点后一般、先抢救后治疗。", "三先三后", ["先救人", "后救物", "先重点", "后一般", "先抢救", "后治疗"]),
])
def test_unquoted_names_before_a_noun_and_inline_enumerations(extractor, text, term, members):
    assert components(extractor, text, term) == (members, "text")


def test_a_name_inside_a_longer_name_does_not_take_its_list(extractor):
    rows = {r.term: r for r in extractor.count("领导干部要认真履行一岗双责，即既抓业务工作，又抓廉政建设。", "t")}
    assert list(rows["一岗双责"].components) == ["既抓业务工作", "又抓廉政建设"]


def test_a_list_before_its_name_is_never_cut_to_the_numeral(extractor):
    # four items before a name that promises three: no reading of the list keeps the promise
    text = "努力推动该镇就业、教育、医疗、交通三个统筹，群众满意。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert rows["三个统筹"].components is None


def test_a_member_that_names_the_term_is_no_member(extractor):
    # 就是 and three clauses, one of which names the term again: a sentence about it, not its parts
    text = "对学校而言，开展“三学一创”就是要在学习校规校纪的基础上，将“两比两争”贯穿“三学一创”全过程，以制度规范行为，以自觉引领行动。"
    members, source = components(extractor, text, "三学一创")
    assert source != "text"


def test_a_list_read_by_the_morpheme_alone_leaves_the_lexicon_members(extractor):
    # 三农 has the lexicon's members; three clauses opening with 农 are no definition of it
    text = "做好“三农”工作。农户收入稳步增长、农场改革深入推进、农田建设加快实施。"
    assert components(extractor, text, "三农") == (["农业", "农村", "农民"], "lexicon")
    # a name the lexicon does not expand takes them
    text = "做好“三勤”工作。勤学习、勤调研、勤落实，作风明显转变。"
    assert components(extractor, text, "三勤") == (["勤学习", "勤调研", "勤落实"], "text")


def test_a_name_written_with_a_full_width_plus_binds_its_definition(extractor):
    text = "村里按甲类废品、乙类废品、丙类废品、丁类废品和戊类废品“4＋1”分类法分类，4+1分类法效果好。"
    members, source = components(extractor, text, "4+1")
    assert (members, source) == (["甲类废品", "乙类废品", "丙类废品", "丁类废品", "戊类废品"], "text")


def test_a_definition_is_read_only_where_its_term_may_name_a_term_of_the_document(extractor):
    from slogans.engine.expand import choose_definitions, find_definitions, may_name_a_term

    exact = may_name_a_term("", {"三好": "三好"})
    assert exact("三好") and not exact("四好")
    suffix = may_name_a_term("suffix", {"三好": "三好"})
    assert suffix("要做到三好") and not suffix("要做到四好")
    assert may_name_a_term("spelled", {"三好": "三好"}) is None  # the members decide: every match is kept

    text = extractor.normalizer.normalize("提出“三好”，即人好、事好、心好；又提出“两快”，即走得快、跑得快。\n").text
    terms = {"三好": "三好"}
    every = find_definitions(text, extractor.rules)
    kept = find_definitions(text, extractor.rules, terms=terms)
    assert {m.term for m, *_ in every} >= {"三好", "两快"}
    assert {m.term for m, *_ in kept} == {"三好"}
    kinds = {"三好": "numbered"}
    assert choose_definitions(kept, terms, kinds) == choose_definitions(every, terms, kinds)


def test_a_list_before_a_quoted_name_whose_last_two_are_joined_by_he_gives_every_member(extractor):
    text = "重点实施甲区道路整治、乙区绿化美化、丙区地下管网改造和丁区老旧小区提升“四大工程”。"
    rows = {row.term: row.components for row in extractor.count(text, "x")}
    assert rows["四大工程"] == ("甲区道路整治", "乙区绿化美化", "丙区地下管网改造", "丁区老旧小区提升")


def test_definitions_read_by_the_lines_with_a_term_are_those_read_everywhere(extractor):
    from slogans.config.term_lines import MIN_LINES, reads_in_lines
    from slogans.engine.expand import find_definitions, may_name_a_term

    text = extractor.normalizer.normalize(
        "提出“三好”，即人好、事好、心好。\n另有“两快”，即走得快、跑得快。\n"
        "开展“四个一”活动：一是读一本书；二是写一篇文章；三是讲一堂课；四是办一件实事。\n"
        "坚持“两快”“三好”，推进甲工程、乙工程、丙工程“三大工程”。\n“三好”很重要。\n" + "其他的话。\n" * MIN_LINES
    ).text
    assert any(reads_in_lines(r) for r in extractor.rules.stage("define")) and text.count("\n") >= MIN_LINES
    for terms in ({"三好": "三好"}, {"三好": "三好", "三大工程": "三大工程"}, {"四个一": "四个一"}, {"五好": "五好"}):
        every = find_definitions(text, extractor.rules)
        wanted = [d for d in every if (w := may_name_a_term(d[2], terms)) is None or w(d[0].term)]
        kept = find_definitions(text, extractor.rules, terms=terms)
        assert [(m.rule_id, m.term, m.members, m.start) for m, *_ in kept] == [(m.rule_id, m.term, m.members, m.start) for m, *_ in wanted]


@pytest.mark.parametrize("gate, kept_to_lines", [("要义即", True), (r"要义即\s*", False)])
def test_a_users_define_rule_works_whether_or_not_it_can_be_kept_to_the_lines_with_a_term(tmp_path, gate, kept_to_lines):
    from slogans import Extractor
    from slogans.config.term_lines import MIN_LINES, reads_in_lines

    path = tmp_path / "mine.yaml"
    path.write_text(f"""rules:
  - id: gist-is
    stage: define
    kind: any
    priority: 1
    scope: line
    requires: '{gate}'
    pattern: '“(?P<term>[^“”\\n]{{2,8}})”之要义即(?P<members>[^。\\n]+)。'
    yields: {{term: term, members: members}}
""", encoding="utf-8")
    ex = Extractor(rules=[path])
    (rule,) = [r for r in ex.rules.rules if r.id == "gist-is"]
    assert reads_in_lines(rule) is kept_to_lines
    text = "第一行。\n“三甜”之要义即甜甲、甜乙、甜丙。\n全面推进“三甜”。\n" + "其他的话。\n" * MIN_LINES  # read by lines
    assert components(ex, text, "三甜") == (["甜甲", "甜乙", "甜丙"], "text")
    assert components(Extractor(), text, "三甜")[0] != ["甜甲", "甜乙", "甜丙"]  # the user's rule reads them


def test_clauses_at_semicolons_that_the_numeral_counts_are_the_members(extractor):
    text = "公司提出了三项原则,分别是:面向市场,甲乙精益化原则;统筹整合,丙丁优化原则;保护环境,戊己发展原则。"
    assert components(extractor, text, "三项原则") == (
        ["面向市场,甲乙精益化原则", "统筹整合,丙丁优化原则", "保护环境,戊己发展原则"], "text")
    # clauses that open alike are not: the pieces that repeat the head are the members
    text = "做到三个确保:确保生产有序可控,杜绝违章违纪;确保人身安全,杜绝煤气中毒;确保运输畅通,杜绝交通事故。"
    assert components(extractor, text, "三个确保") == (["确保生产有序可控", "确保人身安全", "确保运输畅通"], "text")


def test_a_head_that_all_listed_items_end_with_keeps_their_modifiers(extractor):
    text = "加强粮食生产基地、蔬菜基地、饲养基地等三大基地建设。"
    assert components(extractor, text, "三大基地") == (["粮食生产基地", "蔬菜基地", "饲养基地"], "text")
    text = "紧紧围绕刑事技术、网监技术、行动技术和信息通信四大技术手段,推进科技应用。"
    assert components(extractor, text, "四大技术手段") == (["刑事技术", "网监技术", "行动技术", "信息通信"], "text")
