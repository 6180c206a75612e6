"""The subject and governing verb cut off a list's first item (invented sentences, none of an annotated document)."""
from __future__ import annotations

from slogans.engine.members import split_members
from slogans.engine.subject_lead import subject_verb_cut


def test_a_subject_and_its_verb_leave_the_first_item_whatever_the_lengths():
    # the last item is the longest: lengths say nothing, the words before the verb are a subject
    assert subject_verb_cut(["各村支部开展环境整治", "技能培训", "文明评比与星级户评定达标"], ["开展"], 2) == [
        "环境整治", "技能培训", "文明评比与星级户评定达标"]
    assert subject_verb_cut(["该局实施了甲类工程", "乙类工程"], ["实施"], 2) == ["甲类工程", "乙类工程"]  # 了 goes too


def test_no_cut_without_a_subject_or_where_the_verb_is_every_items_own():
    assert subject_verb_cut(["开展环境整治", "技能培训"], ["开展"], 2) is None  # the verb opens the item: no subject
    assert subject_verb_cut(["对困难户开展救助", "技能培训"], ["开展"], 2) is None  # a preposition, no subject
    assert subject_verb_cut(["村里认真开展环境整治", "技能培训"], ["开展"], 2) is None  # an adverb: not a subject's word
    assert subject_verb_cut(["支部开展环境整治", "乡镇开展技能培训"], ["开展"], 2) is None  # another item holds it
    assert subject_verb_cut(["支部开展甲", "技能培训"], ["开展"], 2) is None  # too little left for a member


def test_split_members_cuts_the_subject_off_a_list_before_a_name():
    items = split_members("各村支部开展环境整治、技能培训、“两好”文明评比与星级户评定达标", strip_leading=["开展"])
    assert items == ["环境整治", "技能培训", "“两好”文明评比与星级户评定达标"]
