"""Unquoted lexicon campaign names count only where the document names them (sentences written for these tests)."""
from __future__ import annotations

import copy
from dataclasses import replace

from slogans.config.lexicon import LexiconEntry
from slogans.engine.quoted_lexicon import INSIDE, MENTION, NAMED, LexiconMentions


def counts(extractor, text: str) -> dict[str, int]:
    return {r.term: r.count for r in extractor.count(text, "doc")}


def test_a_campaign_mentioned_once_in_passing_is_not_counted(extractor):
    text = "五年来,我们开展了群众路线教育实践活动和专题教育,作风明显好转。"
    assert "群众路线教育实践活动" not in counts(extractor, text)


def test_a_campaign_the_document_is_about_is_counted(extractor):
    text = ("今天部署群众路线教育实践活动。群众路线教育实践活动要抓好学习。"
            "要把群众路线教育实践活动同业务工作结合起来。")
    assert counts(extractor, text).get("群众路线教育实践活动") == 3  # 部署 names it; every mention counts then


def test_mentions_alone_do_not_name_a_campaign(extractor):
    """Unquoted and never named (no campaign noun, no verb that runs it), however often: the shipped
    ``lexicon_min_mentions`` is 0."""
    text = ("抓好群众路线教育实践活动。推进群众路线教育实践活动走深走实。"
            "把群众路线教育实践活动成果用好。群众路线教育实践活动的经验要总结。")
    assert "群众路线教育实践活动" not in counts(extractor, text)


def test_a_campaign_noun_after_one_mention_names_it(extractor):
    assert counts(extractor, "全局深入开展创先争优活动。").get("创先争优") == 1


def test_a_campaign_quoted_once_is_counted_everywhere(extractor):
    assert counts(extractor, "开展“创先争优”。今年创先争优见了实效。").get("创先争优") == 2


def test_a_variant_inside_a_longer_name_is_no_mention(extractor):
    """…价值观教育实践活动 is another campaign: its 教育实践活动 is no short name of 群众路线教育实践活动."""
    longer = ("政法干警核心价值观教育实践活动开展以来,成效明显。我们在核心价值观教育实践活动中树立典型。"
              "核心价值观教育实践活动还要深化。")
    assert "群众路线教育实践活动" not in counts(extractor, longer)
    own = "本次开展教育实践活动分三个环节。要把教育实践活动抓实。保证教育实践活动善始善终。"
    assert "群众路线教育实践活动" in counts(extractor, own)


def test_numbered_lexicon_names_are_not_gated(extractor):
    assert counts(extractor, "坚持以三个代表重要思想为指导。").get("三个代表") == 1


def test_the_gate_weighs_each_hit(extractor):
    gate = extractor.stages.quoted.lexicon_gate
    entry = extractor.lexicon.get("群众路线教育实践活动")
    assert gate.gated(entry) and not gate.gated(extractor.lexicon.get("三个代表"))
    text = "抓好教育实践活动。价值观教育实践活动。"
    first = text.index("教育实践活动")
    second = text.index("教育实践活动", first + 1)
    assert gate.weigh(text, first, first + 6, entry) == MENTION
    assert gate.weigh(text, second, second + 6, entry) == INSIDE
    named = "抓好群众路线教育实践活动试点。"  # 试点: a campaign noun after it
    s = named.index("群众")
    assert gate.weigh(named, s, s + 10, entry) == NAMED
    assert gate.weigh("开展教育实践活动。", 2, 8, entry) == NAMED  # a verb that runs a campaign before it
    mentions = LexiconMentions()
    for verdict in (MENTION, INSIDE, MENTION):
        mentions.add("甲", verdict)
    assert mentions.counts["甲"] == 2 and not gate.keeps("甲", mentions)
    by_count = copy.copy(gate)
    by_count.min_mentions = 2  # a user's setting: two mentions are its subject
    assert by_count.keeps("甲", mentions) and not gate.keeps("甲", mentions)  # shipped 0: never by count alone
    mentions.add("甲", NAMED)
    assert gate.keeps("甲", mentions)


def test_a_verb_that_runs_a_campaign_names_it(extractor):
    assert counts(extractor, "今年全面开展创先争优,成效明显。").get("创先争优") == 1
    assert "创先争优" not in counts(extractor, "回顾创先争优、作风整顿等工作,成效明显。")


def test_an_entry_marked_unquoted_counts_is_a_term_wherever_it_stands(extractor):
    """A compressed coinage no writer uses as plain words counts unquoted, once and in passing (invented sentence)."""
    text = "双方深化放管服改革,推进务实合作。"
    assert counts(extractor, text).get("放管服") == 1
    gate = extractor.stages.quoted.lexicon_gate
    entry = extractor.lexicon.get("放管服")
    assert entry.unquoted == "counts" and not gate.gated(entry)
    assert gate.gated(replace(entry, unquoted=""))  # without the field its kind (campaign) is gated


def test_a_principle_written_as_plain_verbs_counts_only_where_named(extractor):
    """共商共建共享 reads as three verbs: unquoted and in passing it is no term (the guideline's campaign rule)."""
    assert "共商共建共享" not in counts(extractor, "双方坚持共商共建共享,深化务实合作。")
    assert counts(extractor, "坚持“共商共建共享”原则,共商共建共享成效明显。").get("共商共建共享") == 2


def test_unquoted_named_gates_an_entry_of_any_kind(extractor):
    gate = extractor.stages.quoted.lexicon_gate
    numbered = LexiconEntry("甲乙三项", "numbered")
    assert not gate.gated(numbered) and gate.gated(replace(numbered, unquoted="named"))
    assert not gate.gated(replace(numbered, unquoted="named", match="quoted"))  # decided by its quotation


def test_the_two_sessions_are_a_numbered_name_unquoted_and_in_traditional_script(extractor):
    rows = {r.term: r for r in extractor.count("省两会期间，代表委员建言献策。今年兩會聚焦民生。", "t")}
    assert rows["两会"].count == 2 and rows["两会"].components == ("人大", "政协")
