"""Scoring an extractor on a labelled set: predictions, counts and bad files."""
from __future__ import annotations

import pytest

from slogans.evaluation.evaluate import Scores, load_labelled, phrase_key, predict, score, score_table

HEADER = "id\tlabel\tphrase\tquoted\tscript\torigin\tsentence\n"


def test_phrase_key_joins_spellings():
    assert phrase_key("五個帶頭") == phrase_key("五带头") == "五带头"
    assert phrase_key("创先聚合力，争优促发展") == phrase_key("创先聚合力,争优促发展")


def test_predict(extractor):
    assert predict(extractor, "增強「四個意識」。", "四個意識") == "exact"
    assert predict(extractor, "落实五个带头要求。", "五带头") == "exact"
    assert predict(extractor, "用了三个月完成。", "三个月") == "none"
    assert predict(extractor, "开展两评一树活动。", "两评一") == "overlap"


def test_scores():
    s = Scores(tp=8, fp=2, fn=2, tn=8)
    assert (s.precision, s.recall, round(s.f1, 3)) == (0.8, 0.8, 0.8)
    assert Scores(0, 0, 0, 5).precision == 1.0


def test_score_and_table(tmp_path, extractor):
    path = tmp_path / "set.tsv"
    path.write_text(HEADER + "a1\tformula\t五个好\tno\tsimplified\twritten\t要做到五个好。\n"
                    "a2\tordinary\t三个月\tno\tsimplified\twritten\t用了三个月。\n"
                    "a3\tordinary\t三个代表\tno\tsimplified\twritten\t派出三个代表团。\n", encoding="utf-8")
    scores, predicted = score(extractor, load_labelled(path))
    assert scores == Scores(tp=1, fp=0, fn=0, tn=2) and list(predicted["prediction"]) == ["exact", "none", "none"]
    table = score_table(path, ["jieba"], {"jieba": extractor})
    row = table[(table["segmenter"] == "jieba") & (table["rows"] == "all")].iloc[0]
    assert (row["precision"], row["recall"], row["n"]) == (1.0, 1.0, 3)


@pytest.mark.parametrize("body, problem", [
    ("id\tlabel\tphrase\n", "missing columns"),
    (HEADER + "a1\tmaybe\t五个好\tno\tsimplified\twritten\t五个好\n", "unknown labels maybe"),
    (HEADER + "a1\tformula\t五个好\tno\tsimplified\twritten\t四个意识\n", "row a1: the phrase does not occur"),
])
def test_bad_files_are_named(tmp_path, body, problem):
    path = tmp_path / "bad.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=problem) as info:
        load_labelled(path)
    assert str(path) in str(info.value)
