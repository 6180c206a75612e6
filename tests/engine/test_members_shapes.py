"""Members in the shapes writers use, on invented sentences (no phrase of an annotated document).

Each case is a shape found in real, unannotated text (national reports, public implementation plans and
speeches), written again with invented words; the errors' shapes are here too: a governing verb on the
first member, a list run into the next clause, a list that belongs to another name, items that are clauses.
"""
from __future__ import annotations

import pytest


def members_of(extractor, text, term):
    rows = {r.term: r for r in extractor.count(text, "t")}
    return list(rows[term].components or []), rows[term].components_source


@pytest.mark.parametrize("text, term, members", [
    # a governing verb before a list whose last item joins two with 和, the name after the list
    ("举办甲类课、乙类课、丙类课和丁类课“四课”评比，提高水平。", "四课", ["甲类课", "乙类课", "丙类课", "丁类课"]),
    # each item opens with its own verb: the first keeps its verb too
    ("实施“三大行动”，即推进乡村振兴行动、实施城市更新行动、开展生态修复行动。", "三大行动",
     ["推进乡村振兴行动", "实施城市更新行动", "开展生态修复行动"]),
    # a list run on into the next clause (…，为…), the name's numeral (三个一 promises three) cuts it
    ("落实“三个一”，即每月一次学习、每季一次讲评、每年一次考核，为干部成长搭建平台。", "三个一",
     ["每月一次学习", "每季一次讲评", "每年一次考核"]),
    ("坚持“两个结合”：学习与实践相结合、自查与互查相结合，确保取得实效。", "两个结合", ["学习与实践相结合", "自查与互查相结合"]),
    ("落实“两个清单”：权力清单、责任清单，确保权责一致。", "两个清单", ["权力清单", "责任清单"]),
    # two numbered names in one sentence: the list goes to the name it is attached to
    ("牢记“两个务必”，做到“三个到位”：宣传到位、检查到位、整改到位。", "三个到位", ["宣传到位", "检查到位", "整改到位"]),
    ("围绕“三个重点”开展工作，落实“两个责任”，即主体责任和监督责任。", "两个责任", ["主体责任", "监督责任"]),
    # items that are clauses: 、 inside a clause, the numeral picks the comma level; one clause broken by a comma
    ("用好“三种方式”：让谈心谈话、提醒函询成为常态，诫勉约谈成为多数，通报曝光成为少数。", "三种方式",
     ["让谈心谈话、提醒函询成为常态", "诫勉约谈成为多数", "通报曝光成为少数"]),
    ("运用“四类手段”：让甲乙谈话、丙丁函询，戊己诫勉、庚辛约谈成为常态，通报批评、组织处理成为多数，"
     "严肃问责、纪律处分的是少数，而移送司法机关的只能是极少数。", "四类手段",
     ["让甲乙谈话、丙丁函询，戊己诫勉、庚辛约谈成为常态", "通报批评、组织处理成为多数", "严肃问责、纪律处分的是少数",
      "移送司法机关的只能是极少数"]),
    # members quoted inside the items, enumerators stripped
    ("树立“三种意识”：一是牢固树立“服务为先”的意识，二是牢固树立“质量第一”的意识，三是牢固树立“安全至上”的意识。",
     "三种意识", ["服务为先", "质量第一", "安全至上"]),
    ("推进“三化”（规范化、标准化、信息化）建设。", "三化", ["规范化", "标准化", "信息化"]),
    ("党员服务、群众评议、干部述职“三项机制”已经建立。", "三项机制", ["党员服务", "群众评议", "干部述职"]),
    ("落实“三项制度”，即学习制度、考勤制度及考核制度。", "三项制度", ["学习制度", "考勤制度", "考核制度"]),
    ("抓好“五个一”，即：一支队伍，一套制度，一个阵地，一批活动，一本台账。", "五个一",
     ["一支队伍", "一套制度", "一个阵地", "一批活动", "一本台账"]),
    ("要抓好“三项工作”：第一，抓好春耕生产；第二，抓好防汛准备；第三，抓好安全生产。", "三项工作",
     ["抓好春耕生产", "抓好防汛准备", "抓好安全生产"]),
    ("坚持“四个不变”：目标不变、标准不变、力度不变、要求不变。", "四个不变", ["目标不变", "标准不变", "力度不变", "要求不变"]),
])
def test_members_in_the_shapes_writers_use(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


@pytest.mark.parametrize("text, term, members", [
    # two short members right before a quoted name with a numeral, the governing verb dropped
    ("全镇上下，坚持教育、惩戒“两手抓”，风气好转。", "两手抓", ["教育", "惩戒"]),
    # three members before an N-in-one name: 一体 counts no member; a first item two characters longer stays whole
    ("全区推行，上级部门督查、群众督查、媒体督查“三位一体”，成效明显。", "三位一体", ["上级部门督查", "群众督查", "媒体督查"]),
    # 通过 governs the list; the last item joins two with 和
    ("会上，通过阅读、讨论、总结和推广“四位一体”，提升了效果。", "四位一体", ["阅读", "讨论", "总结", "推广"]),
])
def test_members_written_just_before_a_quoted_numbered_name(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_a_verb_and_its_object_before_a_quoted_name_are_no_pair(extractor):
    rows = {r.term: r for r in extractor.count("要坚决反对任何分裂祖国领土、制造“两个政府”的图谋。", "t")}
    assert rows["两个政府"].components is None


def test_clauses_after_a_name_and_a_comma_are_no_definition(extractor):
    # with no colon, 即 or verb of definition the clauses after a name go on about other things
    text = "坚定“两个自信”，坚决维护甲乙地位、坚决维护丙丁领导，落实戊己要求。"
    assert members_of(extractor, text, "两个自信")[1] != "text"


@pytest.mark.parametrize("text, term, members", [
    # shapes of the national reports (1954-2025), written again with invented words
    ("坚决纠正“两自一包”（指多留自留甲地、多搞自由乙场，包产到户）的错误。", "两自一包", ["多留自留甲地", "多搞自由乙场", "包产到户"]),
    ("实行“三保三压”的方针，即保甲类建设，压乙类建设；保丙类建设，压丁类建设；保戊类建设，压己类建设。", "三保三压",
     ["保甲类建设", "压乙类建设", "保丙类建设", "压丁类建设", "保戊类建设", "压己类建设"]),
    ("治理“三河三湖”（甲河乙河丙河、丁湖戊湖己池）等重点流域。", "三河三湖", ["甲河", "乙河", "丙河", "丁湖", "戊湖", "己池"]),
    # two members joined by 和 in the parenthesis: the numerals split them
    ("实行“两头在外”（即甲料来源在外和乙品市场在外），扩大出口。", "两头在外", ["甲料来源在外", "乙品市场在外"]),
    # a list run on into a clause that is no member: cut at the clause, 、 kept inside the last member
    ("坚持四项原则，即坚持甲类道路，坚持乙类专政，坚持丙类领导，坚持丁类主义、戊类思想，是我们的根本。", "四项原则",
     ["坚持甲类道路", "坚持乙类专政", "坚持丙类领导", "坚持丁类主义、戊类思想"]),
    # one 即 inside the list glosses an item; it opens no sub-list
    ("坚持“四项原则”，即坚持甲类道路，坚持乙类专政，坚持丙类领导，即坚持丁类主义，这些原则都不能离开民主。", "四项原则",
     ["坚持甲类道路", "坚持乙类专政", "坚持丙类领导", "坚持丁类主义"]),
])
def test_members_in_the_shapes_of_the_national_reports(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_a_list_after_a_dash_does_not_run_into_the_next_parts_dash(extractor):
    text = "我们的两个抓手——课堂和课外，三项措施——备课、上课、评课。"
    assert members_of(extractor, text, "两个抓手")[0] != ["课堂和课外", "三项措施——备课、上课、评课"]


@pytest.mark.parametrize("text, members", [
    ("推行“一二三”的做法：即一个目标——培养甲类人才，两个抓手——课堂和课外，三项措施——备课、上课、评课。",
     ["一个目标", "两个抓手", "三项措施"]),
    ("学校推行“一二三”的做法：即一个目标——培养甲类人才；达到两个提升——提升甲类素质，提升乙类水平；实施三个计划——丙计划、丁计划。",
     ["一个目标", "两个提升", "三个计划"]),
])
def test_a_name_of_numerals_alone_has_its_parts_as_members(extractor, text, members):
    assert members_of(extractor, text, "一二三") == (members, "text")


@pytest.mark.parametrize("text, term, members", [
    # an older style marks every item 一是 (reports of the 1980s)
    ("我们要集中力量办两件大事：一是在甲类领域，坚持正确方针；一是在乙类领域，深入进行教育。", "两件大事", ["在甲类领域", "在乙类领域"]),
    ("要做好三件事：一是修路。一是建桥。一是架线。", "三件事", ["修路", "建桥", "架线"]),
])
def test_every_item_marked_with_the_first_marker(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_a_later_first_marker_does_not_extend_a_numbered_enumeration(extractor):
    text = "做到“三个好”：一是班子好。要团结。二是队伍好。三是机制好。以后一是要坚持。"
    assert members_of(extractor, text, "三个好") == (["班子好", "队伍好", "机制好"], "text")


def test_quoted_names_listed_before_a_numbered_name_are_its_members_and_stay_names(extractor):
    rows = {r.term: r for r in extractor.count("实施“甲乙工程”、“丙丁工程”、“戊己工程”三大工程，改善民生。", "t")}
    assert list(rows["三大工程"].components) == ["甲乙工程", "丙丁工程", "戊己工程"]
    assert {"甲乙工程", "丙丁工程", "戊己工程"} <= set(rows)  # each a campaign's name, quoted in the list itself


@pytest.mark.parametrize("text, term, members", [
    ("全面推进学习型、服务型、创新型“三型”机关建设。", "三型", ["学习型", "服务型", "创新型"]),
    ("围绕“四个一”目标：建好一个阵地、带好一支队伍、办好一批实事、树好一批典型。", "四个一",
     ["建好一个阵地", "带好一支队伍", "办好一批实事", "树好一批典型"]),
    ("开展以“学理论、强素质、促发展”为主题的“三项活动”。", "三项活动", ["学理论", "强素质", "促发展"]),
    # every part defines a part of the name, each fitted to its own numeral
    ("实施“一核两翼三带”战略（一核即甲市，两翼即乙区和丙区，三带即丁带、戊带、己带）。", "一核两翼三带",
     ["甲市", "乙区", "丙区", "丁带", "戊带", "己带"]),
    ("实施“一核两翼三带”战略（一核即甲市，两翼即乙区和丙区，三带即丁带、戊带、己带）。", "两翼", ["乙区", "丙区"]),
])
def test_members_in_the_shapes_of_local_plans(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_unquoted_formulae_that_are_members_of_a_definition_are_no_terms_of_their_own(extractor):
    rows = {r.term: r for r in extractor.count("实行“三个一”制度，即一周一学习、一月一讲评、一季一考核，让干部有压力。", "t")}
    assert set(rows) == {"三个一"}
    assert list(rows["三个一"].components) == ["一周一学习", "一月一讲评", "一季一考核"]


def test_words_between_a_quoted_name_and_the_colon_of_its_enumeration(extractor):
    text = "要做到“三个到位”。“两个确保”要贯彻始终：一是确保甲类安全，二是确保乙类质量。"
    assert members_of(extractor, text, "两个确保") == (["确保甲类安全", "确保乙类质量"], "text")
    assert members_of(extractor, text, "三个到位")[1] != "text"  # the list is not the earlier name's


def test_a_numbered_member_that_the_document_defines_in_turn_stays_a_term(extractor):
    text = "学校推行“一二三”的做法：即一个目标——培养甲类人才；达到两个提升——提升甲类素质，提升乙类水平；实施三个计划——丙计划、丁计划、戊计划。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert list(rows["两个提升"].components) == ["提升甲类素质", "提升乙类水平"]


@pytest.mark.parametrize("text, term, members", [
    # the count agrees only by running on into the next clause: cut there, split the last item at 和
    ("实现“四个提升”：提升甲类能力、提升乙类素质、提升丙类水平和提升丁类效能，确保目标实现。", "四个提升",
     ["提升甲类能力", "提升乙类素质", "提升丙类水平", "提升丁类效能"]),
    # a noun the name takes (要求, 原则, 方针) between it and 即
    ("按照“三严三实”要求，即严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实，加强作风建设。", "三严三实",
     ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"]),
    # an enumeration ends where another list starts (一是…), not at the other list's third item
    ("要把握好“两个关系”：一是甲乙关系。二是丙丁关系。同时，要落实“三项任务”：一是甲任务。二是乙任务。三是丙任务。", "两个关系",
     ["甲乙关系", "丙丁关系"]),
])
def test_lists_that_run_on_end_where_the_writer_ended_them(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_a_work_method_defined_after_its_name_keeps_the_documents_script(extractor):
    text = "推行“四議兩公開”工作法，即黨支部會提議、兩委會商議、黨員大會審議、村民代表會議決議，決議公開、實施結果公開。"
    assert members_of(extractor, text, "四议两公开") == (
        ["黨支部會提議", "兩委會商議", "黨員大會審議", "村民代表會議決議", "決議公開", "實施結果公開"], "text")


@pytest.mark.parametrize("text, term, members", [
    # A、B、C的“X”: 的 between the list and the name; the governing verb off the first item (the items end alike)
    ("今年，全村要达到班子团结好、制度落实好、服务群众好的“三好”目标。", "三好", ["班子团结好", "制度落实好", "服务群众好"]),
    # a preposition phrase governs the list (对教师): the first item is cut to the parallel others
    ("市里出台对教师表彰奖励、培训提升、轮岗交流的“三项制度”，反响良好。", "三项制度", ["表彰奖励", "培训提升", "轮岗交流"]),
    # A+B+C“X”: members joined by +, an aside in brackets dropped, the verb after the preposition phrase off
    ("对困难家庭实行基本救助+临时补助（应急）+爱心帮扶“三重保障”，做到应保尽保。", "三重保障", ["基本救助", "临时补助", "爱心帮扶"]),
    # an unquoted list right before an unquoted numbered name
    ("全镇努力推动该镇就业、教育、医疗三个统筹，群众满意。", "三个统筹", ["就业", "教育", "医疗"]),
    # one quotation holding a list right before an unquoted numbered name
    ("镇里按照“先清理、再整治、后提升”三步走的工作思路，稳步推进。", "三步走", ["先清理", "再整治", "后提升"]),
    # a quoted name opening a sentence, its predicate, then 一是…二是…
    ("“两联系”推进干部作风转变。一是联系困难群众。每人联系两户。二是联系基层支部。每季一次。", "两联系",
     ["联系困难群众", "联系基层支部"]),
    # a shared verb: the governing words off the first item, where things go off the last
    ("全县广泛开展送医疗、送技术、送图书进社区等“三送”活动。", "三送", ["送医疗", "送技术", "送图书"]),
    # a short clause between the name and 就是; the list cut where the numeral says
    ("做到“两个确保”，要求是明确的，就是确保粮食安全；确保饮水安全，各级都要落实。", "两个确保", ["确保粮食安全", "确保饮水安全"]),
    # a quoted name closing a sentence, then 一是…
    ("全县要抓好“三联系”。一是联系困难群众。二是联系重点企业。三是联系建设项目。", "三联系",
     ["联系困难群众", "联系重点企业", "联系建设项目"]),
    # a list right after the name: its verb off the first item, its last item split at 和
    ("大力实施“四大行动”，推进村庄清洁行动、厕所革命行动、污水治理行动和垃圾分类行动。", "四大行动",
     ["村庄清洁行动", "厕所革命行动", "污水治理行动", "垃圾分类行动"]),
    # the governing words before nouns of one kind (an abbreviation is a noun: 党建)
    ("该县着力构建党建引领、产业支撑、人才保障“三位一体”发展格局。", "三位一体", ["党建引领", "产业支撑", "人才保障"]),
    # verb-object phrases of one length after a colon are a list, not prose
    ("围绕“三个目标”：建设美丽乡村、发展特色产业、提高群众收入。", "三个目标", ["建设美丽乡村", "发展特色产业", "提高群众收入"]),
    # clauses after the name and its noun, each repeating the name's words; paired items
    ("开展“两比两看”活动，比学习看提高，比服务看满意。", "两比两看", ["比学习", "看提高", "比服务", "看满意"]),
    # a subject before the first item stays out
    ("深入开展“三亮三比”活动，党员亮身份、亮承诺、亮标准，比技能、比作风、比贡献。", "三亮三比",
     ["亮身份", "亮承诺", "亮标准", "比技能", "比作风", "比贡献"]),
    # one quotation holding the list after the colon: its items need not look parallel
    ("推行“三步工作法”：“先调查、再研究、后决策”。", "三步工作法", ["先调查", "再研究", "后决策"]),
    # a predicate of the whole list leaves the last item
    ("推行“三治融合”，即自治、法治、德治相结合。", "三治融合", ["自治", "法治", "德治"]),
])
def test_members_in_the_shapes_of_unseen_documents(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_sentences_that_open_with_the_verb_of_an_n_ge_v_name_are_its_members_and_win_over_the_lexicon(extractor):
    text = "县里坚持“三个着力”。\n着力改善民生，成效明显。\n着力优化服务，群众满意。\n着力保障安全，有序推进。"
    assert members_of(extractor, text, "三个着力") == (["着力改善民生", "着力优化服务", "着力保障安全"], "text")


def test_an_unquoted_list_before_a_lexicon_name_wins_over_the_lexicon(extractor):
    text = "努力实现该乡政治、经济、文化、社会、生态五位一体健康发展。"
    assert members_of(extractor, text, "五位一体") == (["政治", "经济", "文化", "社会", "生态"], "text")


def test_a_list_whose_count_differs_from_the_numeral_before_an_unquoted_name_is_no_definition(extractor):
    text = "努力推动该镇就业、教育、医疗、交通三个统筹，群众满意。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert "三个统筹" in rows and rows["三个统筹"].components is None


def test_the_quoted_list_before_an_unquoted_name_is_no_slogan_of_its_own(extractor):
    text = "镇里按照“先清理、再整治、后提升”三步走的工作思路，稳步推进。"
    assert [r.term for r in extractor.count(text, "t")] == ["三步走"]


def test_the_measures_after_a_sentence_that_names_a_campaign_in_its_middle_are_no_members(extractor):
    text = "全县扎实开展“两学一做”学习教育。一是加强组织领导。二是强化督促指导。三是注重建章立制。"
    assert members_of(extractor, text, "两学一做")[1] == "lexicon"


@pytest.mark.parametrize("text, term, members", [
    # a governing verb and 了 before a list of bare nouns before an unquoted numbered name
    ("健全“四级”服务体系。全市构建了省、市、区、街道四级服务体系。", "四级", ["省", "市", "区", "街道"]),
    # a verb phrase before the first of noun-led items, the name quoted after them
    ("形成了学校统筹管理、年级部门分工负责、班级教师具体落实“三位一体”的工作机制。", "三位一体",
     ["学校统筹管理", "年级部门分工负责", "班级教师具体落实"]),
    # 和 between the groups of a compound name, one member short
    ("全面开展创建省级文明村、市级卫生村和县级园林村、县级平安村“两村两县”联创工作。", "两村两县",
     ["省级文明村", "市级卫生村", "县级园林村", "县级平安村"]),
    # (以下简称“X”): the clause before, its governing verb and subject cut to the frame the others share
    ("引导教师牢固树立“甲乙为本”的理念，构建学校全时服务、全域服务、全程服务（以下简称“三全服务”）格局。", "三全服务",
     ["全时服务", "全域服务", "全程服务"]),
    # a name of numerals: the heads of its parts in the next sentence, each before a colon (a campaign noun after the
    # name, so that the test of members does not hang on the quoted-phrase threshold)
    ("全县实施“一三五”工程。一个中心：甲乙；三大任务：丙、丁、戊；五个坚持：坚持甲、坚持乙。", "一三五",
     ["一个中心", "三大任务", "五个坚持"]),
    # … or the numbered head that ends each item before 简称
    ("会上总结了甲省发展的六个优势、提出了面向未来的六项举措，简称“六六战略”。", "六六战略", ["六个优势", "六项举措"]),
    # named together: 合称“X”, the governing verb off the first item
    ("会上提出减甲降乙二千亿、丙丁投资二千亿，合称“新四千亿”。", "新四千亿", ["减甲降乙二千亿", "丙丁投资二千亿"]),
    # its content in the next sentence, 其主要内容为
    ("在全镇开展“四个一”宣教活动。其主要内容为组织一次学习讨论、撰写一篇体会、开展一次活动、办一件实事等。", "四个一",
     ["组织一次学习讨论", "撰写一篇体会", "开展一次活动", "办一件实事"]),
    # the name's noun again after the last item
    ("开展“创甲争乙”活动，即创建甲类支部，争做乙类党员活动。", "创甲争乙", ["创建甲类支部", "争做乙类党员"]),
])
def test_shapes_of_the_fourth_round(extractor, text, term, members):
    assert members_of(extractor, text, term) == (members, "text")


def test_clauses_of_prose_after_its_content_are_no_list(extractor):
    text = "“一甲两乙”构想很重要。其基本内容是在统一的前提下，主体坚持甲制度，同时保持乙制度。"
    rows = {r.term: r for r in extractor.count(text, "t")}
    assert "一甲两乙" not in rows or rows["一甲两乙"].components_source != "text"


def test_each_glossed_part_of_a_name_of_numerals_takes_its_own_list(extractor):
    text = "概括为“一三二”。一个中心：甲乙；三个坚持：坚持甲制度、坚持乙制度、坚持丙制度；两大任务：丙丁、戊己。"
    assert members_of(extractor, text, "三个坚持") == (["坚持甲制度", "坚持乙制度", "坚持丙制度"], "text")
