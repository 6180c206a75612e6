"""Members read from the document's structure: the block a numbered name heads or whose items echo its morpheme
(invented text, none of an annotated document)."""
from __future__ import annotations

import pytest

from slogans import Extractor
from slogans.engine.block_members import BLOCK_RULE_ID, block_definitions, block_heads
from slogans.engine.document_blocks import Block


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def members(extractor: Extractor, text: str, term: str):
    rows = {r.term: r for r in extractor.count(text)}
    return rows[term].components


FAR = ("各地要开展安全生产“三大行动”，切实消除隐患。\n一、总体要求\n（一）指导思想。坚持人民至上。\n（二）主要目标。到年底见成效。\n"
       "二、主要任务\n（一）开展危化企业隐患清理行动。各地组织排查。\n（二）开展建筑工地专项整治行动。各地落实责任。\n"
       "（三）开展从业人员素质提升行动。各地开展培训。\n")


def test_a_block_pages_after_the_name_whose_items_echo_its_morpheme(extractor):
    assert members(extractor, FAR, "三大行动") == ("危化企业隐患清理行动", "建筑工地专项整治行动", "从业人员素质提升行动")


def test_a_block_of_another_count_or_without_the_morpheme_gives_nothing(extractor):
    fewer = FAR.replace("（三）开展从业人员素质提升行动。各地开展培训。\n", "")
    assert members(extractor, fewer, "三大行动") is None
    unlike = FAR.replace("清理行动", "清理").replace("整治行动", "整治").replace("提升行动", "提升")
    assert members(extractor, unlike, "三大行动") is None  # far from the name and no echo: no link


def test_the_name_heads_the_block_in_its_clause(extractor):
    text = "会上要求继续做好“四个三”工作，一是坚持“三个统一”，二是落实“三项制度”，三是抓好“三支队伍”，四是完善“三个机制”。\n"
    assert members(extractor, text, "四个三") == ("三个统一", "三项制度", "三支队伍", "三个机制")


def test_label_lines_under_a_heading_that_names_them(extractor):
    text = "七、“两率”一升一降\nGDP：全年增长5.1%，比上年加快。\nCPI：全年上涨1.2%，涨幅回落。\n八、其他\n"
    assert members(extractor, text, "两率") == ("GDP", "CPI")


def test_a_headed_block_that_echoes_replaces_a_list_that_does_not(extractor):
    text = "职工应做到“三知”——①知道本岗位的危险:高温、高压易出事故；②知道预防的办法；③知道报警电话。\n"
    assert members(extractor, text, "三知") == ("知道本岗位的危险", "知道预防的办法", "知道报警电话")


def test_the_names_sentence_parted_at_semicolons(extractor):
    text = ("他强调，要做到“三个到位”，即组织领导到位，各单位要成立专班，主要负责人亲自抓；宣传发动到位，要通过多种形式广泛宣传；"
            "督促检查到位，要加强日常巡查。\n")
    assert members(extractor, text, "三个到位") == ("组织领导到位", "宣传发动到位", "督促检查到位")


def test_a_list_right_after_the_names_comma_whose_items_open_alike(extractor):
    text = "要创新内容，抓好“三个重点”，要突出转变方式、突出项目建设、突出技能提升。要创新方式。\n"
    assert members(extractor, text, "三个重点") == ("突出转变方式", "突出项目建设", "突出技能提升")


def test_a_block_the_name_heads_wins_and_a_block_another_definition_reads_is_taken(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "推进“两大工程”。\n一是甲乙工程。\n二是丙丁工程。\n后来又说起两大工程的建设成效显著，一是戊己工程，二是庚辛工程。"
    found = block_definitions(text, {"两大工程": ["两大工程"]}, {}, markers)
    assert found["两大工程"].members == ("甲乙工程", "丙丁工程") and found["两大工程"].rule_id == BLOCK_RULE_ID
    claimed = found["两大工程"].__class__("别的", ("甲乙工程", "丙丁工程"), "x", 0, 0,
                                           tuple(found["两大工程"].member_spans), True)
    again = block_definitions(text, {"两大工程": ["两大工程"]}, {"别的": claimed}, markers)
    assert again["两大工程"].members == ("戊己工程", "庚辛工程")


def test_a_lexicon_name_of_a_one_character_morpheme_keeps_the_lexicons_members(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "坚持“三农”。\n一是农业强。\n二是农村美。\n三是农民富。\n"
    assert block_definitions(text, {"三农": ["三农"]}, {}, markers, lexicon_expanded={"三农"}) == {}
    assert block_definitions(text, {"三农": ["三农"]}, {}, markers)["三农"].members == ("农业强", "农村美", "农民富")


def test_a_verb_every_head_opens_with_leaves_the_members():
    block = Block("numbered", (("开展甲乙清理行动", 0, 8), ("开展丙丁整治行动", 9, 17)), 0)
    assert block_heads("两大行动", block) == ["甲乙清理行动", "丙丁整治行动"]
    kept = Block("numbered", (("开展甲乙清理", 0, 6), ("开展丙丁整治", 7, 13)), 0)
    assert block_heads("两大行动", kept) == ["开展甲乙清理", "开展丙丁整治"]  # the morpheme is not after it


def test_a_list_of_another_noun_after_the_name_or_one_that_names_it_is_no_members(extractor):
    markers = extractor.stages.rules.enumeration_markers()
    text = "提出了建设“三风”的新路径：一是健全机制；二是发挥示范作用；三是做好转化工作。"
    assert block_definitions(text, {"三风": ["三风"]}, {}, markers) == {}  # 的: the paths' list, not the name's
    named = "提出了“三风”新路径：一是健全“三风”机制；二是发挥示范作用；三是做好转化工作。"
    assert block_definitions(named, {"三风": ["三风"]}, {}, markers) == {}  # a member names the term itself
    plain = "提出了“三风”新路径：一是健全机制；二是发挥示范作用；三是做好转化工作。"
    assert block_definitions(plain, {"三风": ["三风"]}, {}, markers)["三风"].members == ("健全机制", "发挥示范作用", "做好转化工作")
