"""What counts as a term: quoted names, numbered formulae, slogans — and what does not."""
from __future__ import annotations

import pytest


def terms(extractor, text):
    return {r.term: r.kind for r in extractor.count(text, "t")}


@pytest.mark.parametrize("text, term, kind", [
    ("加快推进“法治质监”建设", "法治质监", "campaign"),
    # Lost with the weights fitted on the 43 development documents and still with those fitted on the 59: a
    # two-character coinage whose only evidence is a counted list scores below the threshold; see
    # tests/data/heldout/RESULTS.md, sections 6 and 7. Strict: it fails the suite once the shape is found again.
    # (创模, 创卫 and 创文 themselves are found: the lexicon knows the city award campaigns.)
    pytest.param("连续打了“创绿”、“创安”和“创强”三场硬仗", "创安", "campaign", marks=pytest.mark.xfail(
        strict=True, reason="weights fitted on the development documents: a counted list alone does not make a two-character coinage a name")),
    ("连续打了“创模”、“创卫”和“创文”三场硬仗", "创卫", "campaign"),
    ("县纪委提出“履职八条”,人人签字承诺", "履职八条", "campaign"),  # a short coinage counting inside
    ("全力打造“越秀服务”、“越秀创造”品牌", "越秀服务", "campaign"),
    ("形成了“张家港精神”,成为全国的一面旗帜", "张家港精神", "campaign"),
    ("深入开展「创先争优」活动", "创先争优", "campaign"),
    ("把‘先优”典型评出来,开展“先优”评选", "先优", "campaign"),
    ("要以“双促双建”工程为主要载体", "双促双建", "numbered"),
    ("顺利实现“2+5”建设年发展战略", "2+5", "numbered"),
    ("要以“优服务、正行风、塑形象”为主题", "优服务、正行风、塑形象", "slogan"),
    ("开展两评一树活动", "两评一树", "numbered"),
    ("牢固树立四个意识", "四个意识", "numbered"),
    ("必须把十二字总要求贯穿到全过程", "十二字总要求", "numbered"),
])
def test_is_a_term(extractor, text, term, kind):
    assert terms(extractor, text).get(term) == kind


@pytest.mark.parametrize("text", [
    "推动成果加快“落地”、取得实效",
    "认真“补课”,深化学习",
    "有效解决政府职能“越位”、“错位”和“缺位”问题",
    "要把好事办实,不搞“花架子”。",  # emphasis: a dictionary word quoted, nothing that names it
    "庆“七一”表彰大会",
    "按照中央“不虚”、“不空”、“不偏”的要求",
    "把‘先”和“优”具体化",
    "用了三个月完成两个阶段的任务",
    "下面讲四个方面的意见。",
    "十七届三中、四中全会精神",
    "全心全意,一心一意为人民服务",
    "共分四个阶段:一是动员部署阶段。",
    "全厂上下团结成“一块坚硬的钢铁”。",  # 一 and a measure word before a description: no count
    "抓好“质量提升、成本控制、安全生产”三大任务。",  # the members of the formula the numeral names, no slogan
])
def test_is_not_a_term(extractor, text):
    assert terms(extractor, text) == {}


def test_traditional_text_reports_simplified_terms(extractor):
    rows = extractor.count("增強「四個意識」、堅定「四個自信」,開展「創先爭優」活動", "t")
    assert {r.term for r in rows} == {"四个意识", "四个自信", "创先争优"}


def test_every_occurrence_counts_also_unquoted_and_inside_words(extractor):
    text = "开展“创先争优”活动。创先争优活动要深入,把创先争优落到实处。"
    assert [(r.term, r.count) for r in extractor.count(text, "t")] == [("创先争优", 3)]


def test_an_occurrence_inside_a_longer_term_is_not_counted_twice(extractor):
    text = "开展“三查两评”活动,开展“两评一树”活动,“两评一树”要扎实。"
    counts = {r.term: r.count for r in extractor.count(text, "t")}
    assert counts == {"三查两评": 1, "两评一树": 2}


def test_slogan_counts_with_any_separator(extractor):
    text = "落实“执政为民,服务发展”工作理念。坚持执政为民、服务发展理念。"
    counts = {r.term: r.count for r in extractor.count(text, "t")}
    assert counts["执政为民,服务发展"] == 2
    # a slogan the lexicon knows is reported under the lexicon's name, whatever the document's separators
    text = "落实“以人为本,执政为民”执政理念。坚持以人为本、执政为民理念。"
    assert {r.term: r.count for r in extractor.count(text, "t")} == {"以人为本、执政为民": 2}


def test_mentions_have_original_offsets_and_quote_flag(extractor):
    text = "增強「四個意識」。四個意識要牢記。"
    mentions = extractor.extract(text)
    assert [(m.term, m.surface, m.quoted) for m in mentions] == [("四个意识", "四個意識", True), ("四个意识", "四個意識", False)]
    assert all(text[m.start:m.end] == m.surface for m in mentions)


@pytest.mark.parametrize("text, term", [
    ("全面推进“三治融合（自治、法治、德治）”工作。", "三治融合"),
    ("深化“清风行动（查作风、纠歪风）”。", "清风行动"),
    ("开展“双联双帮(联系群众、帮扶困难)”活动。", "双联双帮"),
])
def test_a_parenthesised_definition_is_part_of_its_term_not_a_slogan(extractor, text, term):
    found = terms(extractor, text)
    assert term in found and "slogan" not in found.values(), found


def test_a_quoted_honour_with_a_numeral_is_no_formula(extractor):
    found = terms(extractor, "会上表彰了“八大模范”和“五佳能手”,号召大家深入开展“三争三比”活动。")
    assert "八大模范" not in found and "五佳能手" not in found
    assert "五一劳动奖状" not in terms(extractor, "14个单位获“五一劳动奖状”,号召大家深入开展“三争三比”活动。")
    assert found.get("三争三比") == "numbered"


def test_an_honour_led_by_its_numeral_is_no_formula(extractor):
    """十佳…: the honour word leads; 十大… still begins formulae."""
    found = terms(extractor, "评选“十佳村医”,落实“十大行动”。")
    assert "十佳村医" not in found and found.get("十大行动") == "numbered"


@pytest.mark.parametrize("phrase", ["腊月初八事件", "五月十日行动", "海鸥3号", "长风十二号", "80后"])
def test_a_quoted_date_or_serial_number_is_no_formula(extractor, phrase):
    assert phrase not in terms(extractor, f"大家参观了“{phrase}”展览,会后开展“两学两比”活动。")


def test_a_numbered_name_led_by_a_serial_is_still_a_name(extractor):
    assert "一号工程" in terms(extractor, "把党建作为“一号工程”来抓。")


def test_a_phrase_led_by_an_ordinary_word_with_yi_is_no_numbered_formula(extractor):
    """一切 and 一定 count nothing: the phrase is weighed as any quoted phrase, never taken for its numeral."""
    shape = extractor.stages.quoted.shape
    assert shape("一切从群众出发").kind == "campaign" and "一切" in shape("一切从群众出发").reason
    assert shape("一块坚硬的钢铁").kind == "campaign"
    assert shape("一岗双责").kind == "numbered"


@pytest.mark.parametrize("phrase", ["一把手", "一根藤", "一湖春水"])
def test_a_phrase_whose_only_numeral_is_a_leading_yi_is_weighed(extractor, phrase):
    """一 alone counts one thing, as words do: the phrase needs the evidence a quoted name needs, its kind kept."""
    verdict = extractor.stages.quoted.shape(phrase)
    assert verdict.kind == "numbered?" and "一" in verdict.reason


def test_a_lone_yi_phrase_is_a_term_with_evidence_only(extractor):
    assert "一湖春水" not in terms(extractor, "村里那“一湖春水”让人难忘。")
    assert terms(extractor, "全县实施“一湖春水”工程。").get("一湖春水") == "numbered"
    assert terms(extractor, "坚持“一岗双责”。").get("一岗双责") == "numbered"  # two numerals: a formula by its shape


def test_a_lone_yi_phrase_that_opens_a_counted_series_is_a_formula(extractor):
    found = terms(extractor, "全镇紧扣“一条主线”、抓住“两个重点”、办好“三件实事”。")
    assert found.get("一条主线") == "numbered" and found.get("两个重点") == "numbered"
    assert "一条主线" not in terms(extractor, "他说那是“一条主线”而已，别的都不重要。")  # no series after it


@pytest.mark.parametrize("text, counted", [
    ("干部做到3个“坚决”\n坚决拥护，坚决执行，坚决杜绝。", {"3个坚决": 1}),
    ("我们要抓好四种“学”：自学、互学、督学、促学。", {"四种学": 1}),
    ("下面讲两个“不做”。不做庸官，不做贪官。", {"两个不做": 1}),
    ("他指出的四个“迫切需要”深刻阐明了意义。", {"四个迫切需要": 1}),  # a predicate after it: the numeral counts the word
])
def test_a_heading_counting_a_quoted_word_names_the_formula(extractor, text, counted):
    rows = {r.term: r.count for r in extractor.count(text, "t")}
    assert {t: rows.get(t) for t in counted} == counted
    assert not {"坚决", "学", "不做", "迫切需要"} & set(rows)


def test_a_quotation_after_no_counting_numeral_is_no_counted_word_without_segmenting_what_follows(extractor, monkeypatch):
    from slogans.engine.detect import detect_candidates

    quoted = extractor.stages.quoted
    text = "他指出的“迫切需要”深刻阐明了意义。"  # a predicate after it, but no numeral and classifier before it
    cand = next(c for c in detect_candidates(text, extractor.rules) if c.text == "迫切需要")

    def segmented(*_: object) -> bool:
        raise AssertionError("the predicate after the quotation was looked for")

    monkeypatch.setattr(quoted, "_predicate_after", segmented)
    assert quoted.counted_quote(text, cand) is None
    counted = "他指出的四个“迫切需要”深刻阐明了意义。"
    cand = next(c for c in detect_candidates(counted, extractor.rules) if c.text == "迫切需要")
    with pytest.raises(AssertionError):  # with the numeral, the predicate decides
        quoted.counted_quote(counted, cand)


@pytest.mark.parametrize("text, phrase", [
    ("文章只讲了一个“实”字。", "一个实"),  # the article 一 counts nothing
    ("实施三个“十条”并取得成效。", "三个十条"),  # no heading: the sentence goes on after it
    ("抓好两项“瓶颈”工作。", "两项瓶颈"),  # the clause goes on after it
    ("抓好四个“回头看”省份的工作。", "四个回头看"),  # a noun after it: the numeral counts the provinces
    ("通过三个“三年行动计划”，推进治理。", "三个三年行动计划"),  # a name holding a numeral: its copies counted
])
def test_a_counted_quotation_inside_a_sentence_is_no_heading(extractor, text, phrase):
    assert phrase not in terms(extractor, text)


@pytest.mark.parametrize("text, slogan", [
    ("抓好“稳住主业、拓展服务、培育新人”三大任务。", "稳住主业、拓展服务、培育新人"),
    ("发布了“稳住主业、拓展服务”的两轮驱动战略。", "稳住主业、拓展服务"),  # 的 may stand between
])
def test_a_quotation_whose_clauses_a_numeral_right_after_it_counts_is_no_slogan(extractor, text, slogan):
    # the guideline's slogan is no term's expansion: these clauses are the members of the formula counted after them
    assert slogan not in terms(extractor, text)


def test_a_quotation_counted_otherwise_is_weighed_as_a_slogan(extractor):
    text = "坚持“支部引领、党员带头、群众参与”两大任务,打造“支部引领、党员带头、群众参与”品牌。"
    assert terms(extractor, text).get("支部引领、党员带头、群众参与") == "slogan"  # two for three clauses


def test_a_quoted_list_of_numbered_formulae_names_each(extractor):
    rows = {r.term: r.count for r in extractor.count("全镇实施“三大工程、两个保障”战略。三大工程进展顺利。", "t")}
    assert rows.get("三大工程") == 2 and rows.get("两个保障") == 1 and "三大工程、两个保障" not in rows


@pytest.mark.parametrize("text, term", [
    ("坚持“一个中心、两个基本点”。", "一个中心、两个基本点"),  # the lexicon knows the compound
    ("实行“一个国家、两种制度”。", "一国两制"),  # led by the article 一: a phrase, here the lexicon's long form
    ("推行“双随机、一公开”监管。", "双随机、一公开"),  # no classifier: one compact formula
])
def test_a_quoted_list_of_formulae_stays_whole_where_it_is_one_name(extractor, text, term):
    assert term in terms(extractor, text)


def test_a_quoted_slogan_with_other_separators_is_the_lexicons_slogan(extractor):
    rows = {r.term: r.count for r in extractor.count("号召大家“不忘初心，牢记使命”，努力奋斗。", "t")}
    assert rows == {"不忘初心、牢记使命": 1}


def test_a_quoted_run_of_numerals_is_weighed_as_a_name(extractor):
    shape = extractor.stages.quoted.shape
    assert shape("双七").kind == "numbered?"  # “双七”计划 — or a date: the evidence decides
    assert shape("九五九").kind == "numbered?"
    assert shape("七").term is None  # one numeral is no name


def test_a_quoted_run_of_numerals_before_a_plan_is_a_name(extractor):
    rows = {r.term for r in extractor.count("要突出招商引资，“双七”计划要强力推进。", "t")}
    assert "双七" in rows


@pytest.mark.parametrize("text", [
    "继续开展“扫黄”、“打非”斗争。",
    "坚持不懈地进行“扫黄”“打非”斗争。",
])
def test_a_lexicon_campaign_quoted_in_two_parts_is_that_campaign(extractor, text):
    rows = {r.term: r.count for r in extractor.count(text, "t")}
    assert rows == {"扫黄打非": 1}


def test_two_quoted_parts_that_name_nothing_stay_two_phrases(extractor):
    rows = {r.term for r in extractor.count("开展“清河”、“护绿”行动,“清河”“护绿”两项工作成效明显。", "t")}
    assert not any("清河" in r and "护绿" in r for r in rows)


def test_a_campaign_quoted_in_two_parts_counts_with_its_whole_mentions(extractor):
    rows = {r.term: r.count for r in extractor.count("开展“扫黄”、“打非”斗争,扫黄打非成效明显。", "t")}
    assert rows.get("扫黄打非") == 2


def test_a_lexicon_campaign_quoted_in_a_long_form_is_a_name(extractor):
    """“健康中国建设”: the lexicon's 健康中国 and a campaign noun, reported as the document writes it."""
    assert "健康中国建设" in terms(extractor, "后来,全市把这项工作融入“健康中国建设”。")


def test_a_long_form_needs_the_lexicon_campaign_and_a_campaign_noun(extractor):
    name_of = extractor.stages.lexicon.get
    long_form_of = extractor.stages.quoted.features.long_form_of
    assert long_form_of("健康中国建设", lambda n: n if name_of(n) else None) == "健康中国"
    assert long_form_of("健康中国风貌", lambda n: n if name_of(n) else None) is None  # no campaign noun
    assert long_form_of("清溪河畔建设", lambda n: n if name_of(n) else None) is None  # no campaign the lexicon knows


@pytest.mark.parametrize("phrase", ["关于加快发展乡村旅游产业", "关于做好冬季防火工作"])
def test_a_quoted_title_or_subject_is_no_name(extractor, phrase):
    """关于… opens a report's, a study's or a document's subject: no campaign is named so."""
    assert extractor.stages.quoted.shape(phrase).term is None
    assert phrase not in terms(extractor, f"支部开展“{phrase}”的调研活动。")


def test_a_quotation_in_written_cantonese_is_speech(extractor):
    assert extractor.stages.quoted.shape("佢哋做咗好多").term is None
    assert extractor.stages.quoted.shape("做实事").kind == "campaign"


def test_a_place_before_a_counted_name_is_left_out(extractor):
    """The place scopes the formula: 甲市 of “甲市三评一争” is no part of its name, and an honour stays none."""
    assert extractor.stages.quoted.shape("岳阳市三评一争").term == "三评一争"
    assert extractor.stages.quoted.shape("岳阳市十佳村医").term is None  # an honour once the place is off
    assert extractor.stages.quoted.shape("岳阳市精神").term == "岳阳市精神"  # no numeral after it: kept whole


@pytest.mark.parametrize("text, phrase", [
    ("这里资源丰富，素有“江南粮仓”之称。", "江南粮仓"),
    ("该县地处要冲，素有“三省通衢”之称。", "三省通衢"),  # a numeral does not make an epithet a formula
    ("小镇享有“花果之乡”、“茶叶之乡”的美誉。", "茶叶之乡"),  # each phrase of the list before it
])
def test_a_quotation_followed_by_an_epithet_word_is_no_term(extractor, text, phrase):
    assert phrase not in terms(extractor, text)


def test_a_quotation_followed_by_other_words_is_still_weighed(extractor):
    assert terms(extractor, "全县开展“江南粮仓”工程建设。").get("江南粮仓") == "campaign"


def test_a_leading_place_is_looked_for_only_where_a_unit_stands_before_a_numeral(extractor):
    """The pre-check that spares the dictionary cut leaves every development phrase's leading place as the cut finds it."""
    from pathlib import Path

    from slogans.engine.detect import detect_candidates
    from slogans.text.numerals import FORMULA_NUMERAL
    from slogans.text.segment import dictionary_tag, dictionary_words

    q = extractor.stages.quoted
    data = Path(__file__).resolve().parent.parent / "data"
    for folder in ["heldout"] + [f"devset{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)]:
        for path in sorted((data / folder).glob("*.txt")):
            t = extractor.normalizer.normalize(path.read_text(encoding="utf-8")).text
            for c in (c for c in detect_candidates(t, extractor.rules) if c.quoted):
                compact = "".join(c.text.split())
                first = dictionary_words(compact)[0]
                cut = first if (len(first) >= q.place_min and len(first) != len(compact) and dictionary_tag(first) in q.place_tags
                                and first.endswith(q.scoping_units) and FORMULA_NUMERAL.match(compact, len(first))) else ""
                assert q._leading_place(compact) == cut, compact
    assert q._leading_place("岳阳市十佳乙") == "岳阳市"
