"""The labelled sentence set: its shape, and the scores that the default configuration must keep."""
from __future__ import annotations

from pathlib import Path

import pytest

from slogans import Extractor
from slogans.evaluation.evaluate import load_labelled, score

DATA = Path(__file__).resolve().parents[1] / "data" / "formula_sentences.tsv"


@pytest.fixture(scope="module")
def labelled():
    return load_labelled(DATA)


def test_the_set_covers_what_it_must(labelled):
    assert len(labelled) >= 300
    assert labelled["id"].is_unique
    for column, values in {"label": {"formula", "ordinary"}, "quoted": {"yes", "no"},
                           "script": {"simplified", "traditional"}}.items():
        assert set(labelled[column]) == values
    unquoted = labelled[labelled["quoted"] == "no"]
    assert set(unquoted["label"]) == {"formula", "ordinary"} and len(unquoted) >= 100


def test_default_configuration_keeps_its_precision_and_recall(labelled, extractor):
    scores, predicted = score(extractor, labelled)
    wrong = predicted[(predicted["label"] == "formula") != (predicted["prediction"] == "exact")]
    assert scores.precision >= 0.95 and scores.recall >= 0.95, wrong[["id", "label", "prediction", "phrase"]].to_string()


def test_default_keeps_it_on_unquoted_phrases(labelled, extractor):
    scores, _ = score(extractor, labelled[labelled["quoted"] == "no"])
    assert scores.precision >= 0.95 and scores.recall >= 0.95


def test_pkuseg_scores_and_segmentation_earns_its_keep(labelled):
    pkuseg, _ = score(Extractor(segmenter="pkuseg"), labelled)
    none, _ = score(Extractor(segmenter="none"), labelled)
    assert pkuseg.precision >= 0.93 and pkuseg.recall >= 0.95
    assert pkuseg.precision > none.precision + 0.05  # the segmenter's boundaries decide look-alikes
