"""The weights file of the quoted-phrase decision: loading, errors, saving."""
from __future__ import annotations

import json

import pytest

from slogans.engine.quoted_weights import QuotedWeights, WeightsError, builtin_weights, load_weights


def write(tmp_path, content) -> str:
    path = tmp_path / "w.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


GOOD = {"features": {"noun_after": 1.5, "award": -1.0}, "intercept": -0.5, "threshold": 0.4,
        "fitted_on": ["a.txt"], "fitted_at": "2026-01-01"}


def test_a_good_file_loads(tmp_path):
    w = load_weights(write(tmp_path, GOOD))
    assert w.features == {"noun_after": 1.5, "award": -1.0} and w.intercept == -0.5 and w.threshold == 0.4
    assert w.fitted_on == ["a.txt"]


def test_save_and_load_give_the_same_weights(tmp_path):
    w = QuotedWeights({"noun_after": 1.25}, -0.75, 0.3, ["x.txt"], "2026-02-03", "labels")
    w.save(tmp_path / "out.json")
    assert load_weights(tmp_path / "out.json") == w


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a JSON weights file"),
    ([1, 2], "expected a JSON object, found list"),
    ({"features": {}, "intercept": 0}, "missing key 'threshold'"),
    ({**GOOD, "features": [1]}, "'features' must be an object"),
    ({**GOOD, "features": {"no_such": 1.0}}, "unknown feature 'no_such'"),
    ({**GOOD, "features": {"award": "heavy"}}, "'award' must be a number, found 'heavy'"),
    ({**GOOD, "intercept": True}, "'intercept' must be a number"),
    ({**GOOD, "threshold": 1.5}, "'threshold' must lie between 0 and 1, found 1.5"),
    ({**GOOD, "fitted_on": "a.txt"}, "'fitted_on' must be a list"),
])
def test_a_bad_file_gives_one_line_naming_it(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(WeightsError) as err:
        load_weights(path)
    text = str(err.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(WeightsError, match="nope.json: cannot read"):
        load_weights(tmp_path / "nope.json")


def test_the_builtin_weights_load():
    assert builtin_weights().features


def test_extract_uses_a_users_weights(tmp_path, extractor):
    """Weights that take nothing, and weights that take everything."""
    text = "全乡开展“清河护绿”活动。"
    none = extractor.with_weights(load_weights(write(tmp_path, {"features": {}, "intercept": -9, "threshold": 0.5})))
    assert [r.term for r in none.count(text)] == []
    every = extractor.with_weights(QuotedWeights({}, 9.0))
    assert [r.term for r in every.count("这里的“清河护绿”。")] == ["清河护绿"]
    assert [r.term for r in extractor.count(text)] == ["清河护绿"]
