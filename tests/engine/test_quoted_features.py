"""Each feature of a quoted phrase fires on the evidence it names (sentences written for these tests)."""
from __future__ import annotations

from pathlib import Path

import pytest

from slogans.engine.analysis import DocumentAnalysis
from slogans.engine.classify import group_quoted
from slogans.engine.detect import detect_candidates
from slogans.engine.quoted_features import DIRECTION, FEATURES


def features(extractor, text: str, phrase: str) -> frozenset[str]:
    """The features the Extractor gives ``phrase`` where ``text`` quotes it."""
    t = extractor.normalizer.normalize(text).text
    quoted = [c for c in detect_candidates(t, extractor.rules) if c.quoted]
    for group in group_quoted(t, quoted):
        for cand, (verdict, feats) in zip(group, extractor.stages.quoted.classify_group(t, group)):
            if cand.text == phrase:
                assert feats is not None, f"{phrase} was decided by its shape: {verdict}"
                return feats | extractor.stages.quoted.features.phrase(verdict.term)  # as the decision weighs it
    raise AssertionError(f"{phrase} not quoted in {text}")


@pytest.mark.parametrize("text, phrase, feature", [
    ("全乡开展“清河护绿”活动。", "清河护绿", "noun_after"),
    ("组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。", "助老爱幼", "noun_near"),
    ("组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。", "邻里守望", "list_etc"),
    ("组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。", "邻里守望", "in_list"),
    ("各村深入推进“清河护绿”。", "清河护绿", "verb_before"),
    ("县委把今年作为“作风提升年”。", "作风提升年", "named_as"),
    ("县委把今年作为“作风提升年”。", "作风提升年", "head_suffix"),
    ("坚持“先考核后上岗”。", "先考核后上岗", "head_suffix"),  # 上岗 is a verb: 岗 still ends it as a head
    ("用好“村民说事”这个平台。", "村民说事", "demonstrative_after"),
    ("打好“治水”、“治气”两场硬仗。", "治水", "counted_list"),
    ("县纪委提出“履职八条”。", "履职八条", "numeral_inside"),
    ("开展“爱心一日捐”活动。", "爱心一日捐", "numeral_inside"),
    ("开展“清风南京”建设。", "清风南京", "place_name"),
    ("形成了“3355”工作格局。", "3355", "digits"),
    ("抓好“扶智”。", "扶智", "two_chars"),
    ("要“扶贫先扶志,治穷先治愚”。", "扶贫先扶志,治穷先治愚", "clauses"),
    ("把政策“落实”到位。", "落实", "dictionary_verb"),
    ("讲清“道理”。", "道理", "dictionary_word"),
    ("做到“不松”。", "不松", "function_word"),
    ("讲好“小道理”。", "小道理", "modifier_led"),
    ("他说:“这件事要办好”", "这件事要办好", "speech"),
    ("有人问“我们怎么办”", "我们怎么办", "speech_words"),
    ("区文化馆荣获“优秀组织奖”。", "优秀组织奖", "award"),
    ("被评为“岗位能手”称号。", "岗位能手", "award"),
    ("写了题为“乡村的明天”的文章。", "乡村的明天", "title"),
    ("提出了“让每一个孩子都有书读有学上”的目标。", "让每一个孩子都有书读有学上", "long"),
    ("写了题为“乡村的明天”的文章。", "乡村的明天", "de_inside"),
])
def test_feature_fires_on_its_evidence(extractor, text, phrase, feature):
    assert feature in features(extractor, text, phrase)


@pytest.mark.parametrize("text, phrase, feature", [
    ("全乡开展“清河护绿”。", "清河护绿", "noun_after"),
    ("这里说的“清河护绿”不是口号。", "清河护绿", "verb_before"),
    ("抓好“扶智”。", "扶智", "in_list"),
    ("反对“怀疑一切”。", "怀疑一切", "numeral_inside"),
    ("举办“乡村这十年”影展。", "乡村这十年", "numeral_inside"),  # 这 and a span of time: no count of members
    ("评选“阳光美德少年”。", "阳光美德少年", "head_suffix"),  # 年 ends the word 少年 here, no campaign's head
    ("发射“探月三号”卫星。", "探月三号", "numeral_inside"),
    ("开展“清风南京”建设。", "清风南京", "speech"),
])
def test_feature_is_off_without_its_evidence(extractor, text, phrase, feature):
    assert feature not in features(extractor, text, phrase)


def test_repeated_is_a_document_feature(extractor):
    analysis = DocumentAnalysis(extractor.stages)
    analysis.find(extractor.normalizer.normalize("推行“村民说事”。“村民说事”好。").text)
    phrase = analysis.pending_quotes.phrases["村民说事"]
    assert phrase.times == 2 and "repeated" in analysis.pending_quotes.features_of(phrase)


def test_a_series_is_a_document_feature(extractor):
    """Names coined in a set share a shape: one length, one first character, three or more of them."""
    analysis = DocumentAnalysis(extractor.stages)
    analysis.find(extractor.normalizer.normalize(
        "推出“小喇叭”宣讲。各村用好“小板凳”。又有“小算盘”。还有“小书包”。“大舞台”也在。“小手拉大手”。").text)
    pending = analysis.pending_quotes
    on = {term: "series" in pending.features_of(p) for term, p in pending.phrases.items()}
    assert on["小喇叭"] and on["小板凳"] and on["小算盘"] and on["小书包"]
    assert not on["大舞台"] and not on["小手拉大手"]  # another first character; another length


def test_two_of_a_shape_are_no_series(extractor):
    analysis = DocumentAnalysis(extractor.stages)
    analysis.find(extractor.normalizer.normalize("推出“小喇叭”宣讲。各村用好“小板凳”。").text)
    pending = analysis.pending_quotes
    assert not any("series" in pending.features_of(p) for p in pending.phrases.values())


def test_every_feature_has_a_direction_and_a_description():
    assert set(DIRECTION) == set(FEATURES)
    assert all(FEATURES[name] for name in FEATURES)


# the evidence read from the errors on development documents (sentences written for these tests): each fires
# on its general shape, and stays off on a near sentence without it
@pytest.mark.parametrize("text, phrase, feature", [
    ("选票设“赞同”、“不赞同”两个选项。", "赞同", "procedure"),
    ("大会举手表决,“通过”的人数过半。", "通过", "procedure"),
    ("他就像一颗“螺丝钉”。", "螺丝钉", "figurative"),
    ("支部把学习当作“加油站”。", "加油站", "figurative"),
    ("她是乡村教育的“守望者”。", "守望者", "person"),
    ("重点宣传“江南卫士”的事迹。", "江南卫士", "person"),
    ("牢记“发展是第一要务”的要求。", "发展是第一要务", "requirement"),
    ("组织“我为家乡添光彩”志愿服务。", "我为家乡添光彩", "pronoun_campaign"),
    ("表彰“乡村名嘴”、“先进个人”。", "乡村名嘴", "neighbour_award"),
    ("被誉为“时代先锋楷模”。", "时代先锋楷模", "award"),
    ("评选“最美村医”。", "最美村医", "award"),
    ("县长强调,“早谋划早落实”。", "早谋划早落实", "speech"),
    ("开展“绿色南京”建设。", "绿色南京", "place_name"),
    ("走进“社区健康服务中心”。", "社区健康服务中心", "institution"),
    ("成立“江南建设公司”。", "江南建设公司", "institution"),
    ("提出“守初心、担使命”。", "守初心、担使命", "parallel"),
    ("提出“把每一件实事办得实实在在,群众满意”。", "把每一件实事办得实实在在,群众满意", "uneven"),
    ("抓住“党建引领”,即把支部建在村组上。", "党建引领", "spelled_out"),
    ("落实“底线清单”:一是不碰红线。", "底线清单", "spelled_out"),
    ("举办“青溪杯”书法比赛。", "青溪杯", "event"),  # a cup, a contest, an exhibition, a lecture: held, not run
    ("组织“乡村振兴知识大赛”。", "乡村振兴知识大赛", "event"),
    ("开办“家庭教育讲座”。", "家庭教育讲座", "event"),
    ("开通“清溪党员之家网”。", "清溪党员之家网", "institution"),  # a website or platform is an outlet
    ("上线“邻里帮办平台”。", "邻里帮办平台", "institution"),
    ("提出“人找准、事办实、心连紧”。", "人找准、事办实、心连紧", "metre"),  # clauses of a slogan's length
    ("坚持“支部引领、党员带头、群众参与”。", "支部引领、党员带头、群众参与", "metre"),
    ("创建“平安苏州”。", "平安苏州", "place_goal"),  # a goal word before a place
    ("打造“和谐社区”。", "和谐社区", "place_goal"),  # … or before a word ending in a place unit
    ("实施“工业强县”战略。", "工业强县", "place_goal"),  # a sector, 强/兴/立 and a place unit
    ("甲乙两项工程合称“清河护绿”。", "清河护绿", "named_as"),  # 合称/统称 name what they take together
])
def test_new_feature_fires_on_its_shape(extractor, text, phrase, feature):
    assert feature in features(extractor, text, phrase)


@pytest.mark.parametrize("text, phrase, feature", [
    ("全乡开展“赞同”行动。", "赞同", "procedure"),
    ("县委把今年作为“作风提升年”。", "作风提升年", "figurative"),  # 作为 names as often as it likens
    ("开展“螺丝钉”行动。", "螺丝钉", "figurative"),
    ("开展“乡村守望”行动。", "乡村守望", "person"),
    ("落实“发展是第一要务”行动。", "发展是第一要务", "requirement"),
    ("有人问“我们一起干吗”。", "我们一起干吗", "pronoun_campaign"),
    ("表彰“乡村名嘴”、“乡村名厨”。", "乡村名嘴", "neighbour_award"),
    ("开展“优秀”评比。", "优秀", "award"),  # an honour's first word alone is no honour
    ("提出“早谋划早落实”。", "早谋划早落实", "speech"),  # a speech verb needs its comma or colon
    ("开展“中心”行动。", "中心", "institution"),  # the word alone is no institution's name
    ("开展“服务中心工作”行动。", "服务中心工作", "institution"),  # it must end the phrase
    ("提出“守初心、担当时代使命”。", "守初心、担当时代使命", "parallel"),
    ("提出“守初心、担当使命”。", "守初心、担当使命", "uneven"),  # one character apart: a slogan still
    ("提出“守初心担使命”。", "守初心担使命", "parallel"),  # one clause
    ("开展“走访农户、关爱老人”活动。", "走访农户、关爱老人", "person"),  # a slogan's clause ends in its object
    ("抓住“党建引领”即将开工的项目。", "党建引领", "spelled_out"),  # 即将 opens a word: it spells nothing out
    ("开展“杯赛”行动。", "杯赛", "event"),  # two characters: the word alone
    ("开展“邻居节”活动。", "邻居节", "event"),  # a festival is as often a campaign
    ("开展“赛马精神”活动。", "赛马精神", "event"),  # it must end the phrase
    ("做到“勤学、勤思、勤问”。", "勤学、勤思、勤问", "metre"),  # clauses of two characters: a list of words
    ("吟诵“春风又绿江南岸、明月何时照我还”。", "春风又绿江南岸、明月何时照我还", "metre"),  # verse lines
    ("实行“村民提事、支部议事、党员办事、群众评事、乡里督事、县里查事”。",  # more clauses than a slogan holds
     "村民提事、支部议事、党员办事、群众评事、乡里督事、县里查事", "metre"),
    ("提出“守初心、担当使命”。", "守初心、担当使命", "metre"),  # clauses of different lengths
    ("坚持“创新才能强区”。", "创新才能强区", "place_goal"),  # a sentence opened by a goal word
    ("开展“平安出行”活动。", "平安出行", "place_goal"),  # a goal word before no place
    ("建设“产业强国之路”。", "产业强国之路", "place_goal"),  # it must end in the place unit
])
def test_new_feature_is_off_without_its_shape(extractor, text, phrase, feature):
    assert feature not in features(extractor, text, phrase)


def test_a_campaign_spoken_by_its_volunteers_is_no_quoted_speech(extractor):
    """我为…: the 我 is the campaign's voice, not a speaker's; a question word still makes speech."""
    assert "speech_words" not in features(extractor, "组织“我为家乡添光彩”志愿服务。", "我为家乡添光彩")
    assert "speech_words" in features(extractor, "他问“我为什么要去”。", "我为什么要去")


def test_a_one_character_place_tag_is_no_place_name(extractor):
    f = extractor.stages.quoted.features
    assert f.place_min_chars >= 2
    assert "place_name" not in features(extractor, "古人讲“备豫不虞”。", "备豫不虞")


def test_a_programme_name_is_told_from_a_verb_led_member(extractor):
    f = extractor.stages.quoted.features
    assert f.names_a_programme("名师计划") and f.names_a_programme("青蓝工程")
    assert not f.names_a_programme("实施一系列攻坚行动")  # led by a verb: a member, no name
    assert not f.names_a_programme("照镜子")  # no campaign head


def test_quoted_members_that_are_programmes_stay_names(extractor):
    """三个计划——…的“甲计划”、…: the members are named programmes; quoted plain members are not."""
    rows = {r.term: r for r in extractor.count(
        "学校实施三个计划——培养新人的“育苗计划”、推出骨干的“领航计划”、提升师德的“形象计划”。", "doc")}
    assert list(rows["三个计划"].components) == ["育苗计划", "领航计划", "形象计划"]
    assert {"育苗计划", "领航计划", "形象计划"} <= set(rows)
    plain = {r.term for r in extractor.count("总要求是“照镜子、正衣冠、洗洗澡、治治病”。", "doc")}
    assert "照镜子" not in plain


@pytest.mark.parametrize("text, expected", [
    ("抓好“稳住主业、拓展服务、培育新人”三大任务。", True),
    ("发布了“稳住主业、拓展服务”的两轮驱动战略。", True),  # 的 may stand between
    ("抓好“稳住主业、拓展服务、培育新人”两大任务。", False),  # two for three clauses
    ("抓好“稳住主业”一大任务。", False),  # one clause is no list
    ("抓好“稳住主业、拓展服务”,三大任务都要完成。", False),  # not right after it
])
def test_a_numeral_right_after_a_quotation_counts_its_clauses(extractor, text, expected):
    t = extractor.normalizer.normalize(text).text
    cand = next(c for c in detect_candidates(t, extractor.rules) if c.quoted)
    assert extractor.stages.quoted.features.counts_its_clauses(t, cand, cand.text) is expected


def _development_bodies(extractor) -> list[str]:
    """Every quoted phrase of the annotated development texts (devset … devset8, heldout), as the decision's terms."""
    data = Path(__file__).resolve().parent.parent / "data"
    bodies: set[str] = set()
    for folder in ["heldout"] + [f"devset{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)]:
        for path in sorted((data / folder).glob("*.txt")):
            t = extractor.normalizer.normalize(path.read_text(encoding="utf-8")).text
            for c in detect_candidates(t, extractor.rules):
                if c.quoted and (term := extractor.stages.quoted.shape(c.text).term):
                    bodies.add(term)
    return sorted(bodies)


def test_a_phrase_s_unsure_features_hold_all_its_cut_can_add(extractor):
    """The features only a dictionary cut tells are among ``phrase_unsure`` (or cut at once): the decision may
    leave them out wherever even the most favourable of them cannot carry a phrase over the threshold."""
    f = extractor.stages.quoted.features
    bodies = _development_bodies(extractor)
    assert len(bodies) > 1000
    cut_later = 0
    for body in bodies:
        known, unsure = f.phrase_known(body)
        full = known | f._from_words(body, [c for c in f.clause_sep.split(body) if c])
        assert f.phrase(body) == full, body
        assert full - known <= unsure, body
        cut_later += bool(unsure)
    assert cut_later > len(bodies) // 2
