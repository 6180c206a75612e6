"""Aligning a list whose morpheme stands at no one place (invented sentences, none of an annotated document)."""
from __future__ import annotations

from slogans.engine.loose_alignment import ending_with_run_on, governed_first_cut, modifies_shared_head, shared_opening


def test_the_first_item_loses_the_words_that_govern_the_list():
    assert governed_first_cut("着力打造政治素质强", ["业务本领强", "工作作风强"]) == "政治素质强"
    assert governed_first_cut("政治素质强", ["业务本领强", "工作作风强"]) == "政治素质强"  # no longer than the others


def test_the_last_item_runs_on_after_the_morpheme_into_what_the_list_describes():
    items = ["着力打造政治素质强", "业务本领强", "工作作风强的基层干部队伍"]
    assert ending_with_run_on(items, "强") == ["政治素质强", "业务本领强", "工作作风强"]


def test_a_last_item_that_goes_on_with_no_tie_is_no_list():
    assert ending_with_run_on(["政治素质强", "业务本领强", "工作作风强化了"], "强") is None
    assert ending_with_run_on(["政治强国", "业务本领强", "工作作风强的队伍"], "强") is None  # the first does not end so


def test_items_that_share_an_opening_frame_cut_the_first_to_it():
    items = ["坚持把教师培养成骨干", "把骨干培养成名师", "把名师培养成专家"]
    assert shared_opening(items, "培养") == ["把教师培养成骨干", "把骨干培养成名师", "把名师培养成专家"]
    assert shared_opening(["甲培养乙", "丙培养丁", "戊培养己"], "培养") is None  # no shared opening


def test_words_before_a_head_all_items_end_with_tell_which_one_unless_they_are_a_verb():
    assert modifies_shared_head(["粮食生产基地", "蔬菜基地", "饲养基地"], "基地", 2)
    assert not modifies_shared_head(["加强甲乙基地", "蔬菜基地", "饲养基地"], "基地", 2)   # 加强 governs the list
    assert not modifies_shared_head(["服务民生为先", "农户满意为本"], "为", 2)                # not a head word
    assert not modifies_shared_head(["粮食生产基地", "蔬菜园区", "饲养基地"], "基地", 2)   # not all end with it
