"""Terms inside another term's name that count there too."""
from __future__ import annotations

from slogans.engine.inner_terms import inner_terms, listed_terms, nested_campaigns
from slogans.engine.tally import FoundTerm


def _terms(kinds: dict[str, str], lexicon: tuple[str, ...] = ()) -> dict[str, FoundTerm]:
    entry = object()  # stands for a lexicon entry: only whether there is one matters here
    return {name: FoundTerm(name, kind, "quoted", "", entry if name in lexicon else None) for name, kind in kinds.items()}  # type: ignore[arg-type]


def test_nested_campaigns_open_the_outer_name_which_ends_in_a_campaign_word():
    kinds = {"银校联建": "campaign", "银校联建助学工程": "campaign", "互联网+": "campaign", "互联网+社保服务": "campaign",
             "助学工程": "campaign"}
    nested = nested_campaigns({name: name for name in kinds}, _terms(kinds), ("工程", "活动"))
    assert nested == {"银校联建助学工程": (("银校联建", 0, 4),)}  # not 助学工程 at its end; 互联网+社保服务 fills a slot


def test_a_term_that_is_a_whole_item_of_a_listed_name_stands_inside_it():
    kinds = {"一个中国、共谋统一、一国两制": "numbered", "一国两制": "numbered", "两国": "numbered", "共谋统一": "campaign"}
    listed = listed_terms({name: name for name in kinds}, _terms(kinds, lexicon=("一国两制", "两国")))
    assert listed == {"一个中国、共谋统一、一国两制": (("一国两制", 10, 14),)}  # 两国 is in no item whole; 共谋统一 no lexicon term


def test_a_lexicon_formula_written_as_a_list_is_one_formula():
    kinds = {"一个中心、两个基本点": "numbered", "两个基本点": "numbered"}
    assert listed_terms({name: name for name in kinds}, _terms(kinds, lexicon=tuple(kinds))) == {}


def test_a_slogan_or_a_name_without_separators_lists_nothing():
    kinds = {"创先争优、争当先锋": "slogan", "创先争优": "campaign", "三查两评": "numbered", "两评": "numbered"}
    assert listed_terms({name: name for name in kinds}, _terms(kinds)) == {}


def test_both_kinds_are_gathered_by_outer_surface():
    kinds = {"银校联建助学工程": "campaign", "银校联建": "campaign", "甲乙、丙丁": "numbered", "丙丁": "campaign"}
    found = inner_terms({name: name for name in kinds}, _terms(kinds, lexicon=("丙丁",)), ("工程",))
    assert found == {"银校联建助学工程": (("银校联建", 0, 4),), "甲乙、丙丁": (("丙丁", 3, 5),)}


def test_a_formula_quoted_in_a_list_of_formulae_counts_there(extractor):
    text = "把「九二共识」与「一个中国、共谋统一、一国两制」等同起来。又拒绝一国两制，否定九二共识。"
    rows = {r.term: r.count for r in extractor.count(text, "t")}
    assert rows.get("一国两制") == 2
