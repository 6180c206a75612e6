"""The verb that governs a list of nouns leaves its first item; a verb and its noun framing the list leave its last
(invented lists)."""
from __future__ import annotations

import pytest

from slogans.engine.head_phrases import head_phrases
from slogans.engine.noun_list_lead import cut_verb_over_nouns, governing_lead


@pytest.mark.parametrize("items, expected", [
    # a verb alone before the first of plain nouns, of any lengths
    (["加强师资", "教材建设规划", "课程"], ["师资", "教材建设规划", "课程"]),
    # an adverb and a verb jieba holds as one set phrase
    (["大力发展林果", "水产", "花卉"], ["林果", "水产", "花卉"]),
    # an adverb before the verb
    (["进一步完善制度体系", "工作机制", "考核办法"], ["制度体系", "工作机制", "考核办法"]),
])
def test_the_verb_before_the_first_of_nouns_goes(items, expected):
    assert cut_verb_over_nouns(items) == expected


def test_a_verb_and_its_noun_after_the_last_item_frame_the_whole_list():
    items = ["扩大小麦", "杂粮", "油料", "饲用玉米种植面积"]
    assert cut_verb_over_nouns(items) == ["小麦", "杂粮", "油料", "饲用玉米"]


@pytest.mark.parametrize("items", [
    ["热爱祖国", "勤奋学习", "品德优良"],  # phrases that say what is done: no list of nouns
    ["服务群众", "服务企业", "服务基层"],  # the verb opens every item: each member's own
    ["推进甲行动", "实施乙行动", "开展丙行动"],  # the others open with verbs of their own
    ["生产管理好", "企业文化好", "劳动关系好"],  # a verbal noun names a thing here: no verb to cut
    ["扩大小麦", "杂粮"],  # two items show no frame
    ["值班制度", "报告制度", "督查制度"],  # what is left would be the ending the items share
    ["着力改善民生", "着力优化服务", "着力保障安全"],  # an opening every item shares is each one's own
])
def test_lists_without_a_verb_over_nouns_stay_as_they_are(items):
    assert cut_verb_over_nouns(items) == items


def test_the_last_item_keeps_its_words_when_the_first_has_no_verb_to_cut():
    items = ["小麦", "杂粮", "饲用玉米种植面积"]
    assert cut_verb_over_nouns(items) == items


def test_governing_lead_counts_the_adverb_verb_and_aspect_particle():
    assert governing_lead("加强师资") == 2
    assert governing_lead("师资队伍") == 0


def test_head_phrases_cut_the_verb_over_nouns_in_any_reader_s_list():
    assert head_phrases("三个重点", ["大力发展林果", "水产", "花卉"]) == ["林果", "水产", "花卉"]
