"""The Python API on its own, and the installed package's built-in data."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import slogans
from slogans import Document, Extractor
from slogans.config.resources import builtin_lexicon_dir, builtin_rules_dir


def test_builtin_rules_are_found_from_the_installed_package():
    rules_dir = builtin_rules_dir()
    assert (rules_dir / "detect.yaml").is_file()
    assert any(builtin_lexicon_dir().glob("*.yaml"))
    # tests run against the installed wheel (make test), not the source tree
    assert Path(slogans.__file__).resolve().parent in rules_dir.resolve().parents


def test_frequency_table(extractor):
    frame = extractor.frequency_table([Document("d1", "开展“创先争优”活动"), ("d2", "牢固树立四个意识,增强四个意识")])
    record = frame.to_dict(orient="records")[1]
    assert pd.isna(record.pop("as_of")) and record.pop("as_of_source") is None  # no date in the text
    assert record == {"document": "d2", "term": "四个意识", "kind": "numbered", "count": 2,
                      "components": ["政治意识", "大局意识", "核心意识", "看齐意识"],
                      "components_source": "lexicon",
                      "components_simplified": ["政治意识", "大局意识", "核心意识", "看齐意识"],
                      "components_json": '["政治意识", "大局意识", "核心意识", "看齐意识"]',
                      "chars": 15}


def test_mentions_carry_rule_and_components(extractor):
    m = extractor.extract("做到“五个好”,即领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好。")[0]
    assert (m.term, m.kind, m.surface, m.start, m.end, m.quoted, m.rule_id) == ("五个好", "numbered", "五个好", 3, 6, True, "lexicon")
    assert m.components[0] == "领导班子好"


def test_user_lexicon_adds_terms(tmp_path):
    lex = tmp_path / "mine.yaml"
    lex.write_text("entries:\n  - term: 三进三同\n    kind: numbered\n    source: 某县委, 2012\n    level: local\n"
                   "    components: [进村, 进户, 进田, 同吃, 同住, 同劳动]\n", encoding="utf-8")
    rows = Extractor(lexicon=[lex]).count("干部要三进三同。", "d")
    assert [(r.term, r.components_source) for r in rows] == [("三进三同", "lexicon")]


def test_a_quoted_only_lexicon_name_lifts_no_unquoted_phrase(tmp_path):
    lex = tmp_path / "mine.yaml"
    entry = ("entries:\n  - term: 三个课堂\n    kind: numbered\n    source: 某部, 2020\n"
             "    components: [专递课堂, 名师课堂, 名校网络课堂]\n")
    lex.write_text(entry, encoding="utf-8")
    assert [m.surface for m in Extractor(lexicon=[lex]).extract("建设三个课堂。")] == ["三个课堂"]
    lex.write_text(entry + "    match: quoted\n", encoding="utf-8")
    quoted_only = Extractor(lexicon=[lex])
    assert quoted_only.extract("建设三个课堂。") == []
    rows = quoted_only.count("推进“三个课堂”建设。建设三个课堂要扎实。", "d")
    assert [(r.term, r.count, r.components_source) for r in rows] == [("三个课堂", 2, "lexicon")]


def test_frequency_table_of_iter_documents_raises_the_input_error_naming_the_file(tmp_path, extractor):
    import pytest

    from slogans.io.corpus import iter_documents
    from slogans.errors import InputError

    (tmp_path / "a.txt").write_text("开展“创先争优”活动", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError, match=r"b\.txt: a binary file"):
        extractor.frequency_table(iter_documents([tmp_path]))
