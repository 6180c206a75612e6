"""Each feature of a quoted phrase fires on the evidence it names (sentences written for these tests)."""
from __future__ import annotations

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
                return feats
    raise AssertionError(f"{phrase} not quoted in {text}")


@pytest.mark.parametrize("text, phrase, feature", [
    ("全乡开展“清河护绿”活动。", "清河护绿", "noun_after"),
    ("组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。", "助老爱幼", "noun_near"),
    ("组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。", "邻里守望", "list_etc"),
    ("组织了“助老爱幼”、“邻里守望”等一系列志愿服务活动。", "邻里守望", "in_list"),
    ("各村深入推进“清河护绿”。", "清河护绿", "verb_before"),
    ("县委把今年作为“作风提升年”。", "作风提升年", "named_as"),
    ("县委把今年作为“作风提升年”。", "作风提升年", "head_suffix"),
    ("用好“村民说事”这个平台。", "村民说事", "demonstrative_after"),
    ("打好“治水”、“治气”两场硬仗。", "治水", "counted_list"),
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
    ("开展“清风南京”建设。", "清风南京", "speech"),
])
def test_feature_is_off_without_its_evidence(extractor, text, phrase, feature):
    assert feature not in features(extractor, text, phrase)


def test_repeated_is_a_document_feature(extractor):
    analysis = DocumentAnalysis(extractor.stages)
    analysis.find(extractor.normalizer.normalize("推行“村民说事”。“村民说事”好。").text)
    phrase = analysis.pending_quotes.phrases["村民说事"]
    assert phrase.times == 2 and "repeated" in analysis.pending_quotes.features_of(phrase)


def test_every_feature_has_a_direction_and_a_description():
    assert set(DIRECTION) == set(FEATURES)
    assert all(FEATURES[name] for name in FEATURES)
