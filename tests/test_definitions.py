"""Members on real definition passages (tests/data/definitions): the development file's floor, and its shape.

dev_passages.jsonl, dev2_passages.jsonl, dev3a_passages.jsonl, dev3b_passages.jsonl, dev4_passages.jsonl, dev5_passages.jsonl (the
fifth round's test file test4_passages.jsonl) and dev6_passages.jsonl are development data (their errors are read; dev2 was the test file of
0.4.0, read unseen 7 of its 23 definitions exactly with 0.3.0, 10 with 0.4.0). The floors are the measured figures,
a little lower: a change that reads fewer definitions right, or takes more look-alikes for definitions, fails.
test5_passages.jsonl (32 from 29, made at the start of issue 13's sixth round), test6_passages.jsonl (39 from 35,
made at the start of the eighth), test7_passages.jsonl (37 from 34, made at the start of the ninth) and
test8_passages.jsonl (37 from 30, made at the start of the tenth) and test9_passages.jsonl (37 from 30, made at the
start of the eleventh) are the test files: their errors are never printed
here or read. test_passages.jsonl (38 passages from 32 documents), test2_passages.jsonl (30 from 26, made in the
fourth round), test3_passages.jsonl (32 from 22, made at its end) and dev7_passages.jsonl (39 from 37, made at the
start of the ninth round) were retired to development data at the start of the tenth round: their errors may be read.
"""
from __future__ import annotations

import pytest

from gold_scoring import DATA
from slogans.evaluation.passages import load_passages, score_passages

DEFINITIONS = DATA / "definitions"

#: (members_exact at least, false definitions at most) per file.
#: Measured with 0.4.0: dev 0.833 (20/24), dev2 0.435 (10/23), test 0.379 (11/29; 0.448, 13/29, after issue 13's third
#: round), no look-alike taken; dev3a 0.250
#: (8/32) and dev3b 0.515 (17/33, one of 7 look-alikes taken), annotated after 0.4.0 as development data. After the
#: member mechanisms of issue 13 (third round), written reading dev2: dev2 0.739 (17/23); dev3a 0.281 (9/32) and dev3b
#: 0.545 (18/33), which those mechanisms never saw. After the head phrases of issue 13 (fourth round: head_phrases and the
#: guards of parallel_trim), written reading all four files and devset4: dev3a 0.375 (12/32), dev3b 0.606 (20/33). With the lists
#: read near a name where none was (same round): dev3a 0.406 (13/32) alone;
#: both: dev3a 0.500 (16/32), dev3b 0.606 (20/33). The test files at the end of the fourth round: test 0.517 (15/29),
#: test2 0.333 (8/24; 0.4.0: 7/24, the round's start: 8/24); test3 (made at its end) 0.538 (14/26; 0.4.0: 10/26, the
#: round's start: 13/26); no look-alike taken. test4 (made at the start of the fifth round): 0.462 (12/26) with 0.5.0 and
#: with the round's start, no look-alike taken; with the weights refitted on the 141 (threshold 0.3) one of its six
#: look-alikes is taken. dev4 (development, made in the fifth round, 40 passages from 28 documents):
#: 0.344 (11/32) with 0.5.0 and with the round's start before anyone read it, one of 8 look-alikes taken. Issue 13's
#: fifth round (a list before a quoted name joins its last two with 和, written reading dev3b): dev3b 0.636 (21/33), the
#: other development files unchanged; dev4, which those readings never saw, 11/32 before and after them. test4 became
#: dev5 at the start of the sixth round (12/26 with 0.6.0, one look-alike taken). The members read from the
#: document's structure (sixth round, written reading dev5, devset5 and devset7): dev5 0.538 (14/26); dev3b 0.667
#: (22/33) and dev3a 0.531 (17/32), which they were not written from; dev4 11/32 and dev, dev2 unchanged.
#: test5 (made at the start of the sixth round): 0.269 (7/26) with 0.6.0 and with the round's start, no look-alike taken.
#: Issue 13's eighth round: dev6 and test6 made at its start before any run. dev6 (development, held out until the
#: round's last change): 0.8.0 10/28, members8 11/28, members9 12/28 (neither read it), members10 15/28 (written
#: reading dev5 and dev6). test6: 0.8.0 9/31 and the round's end 9/31, no look-alike taken. The round's member changes,
#: written reading dev, dev3a, dev3b, dev4, dev5, dev6: dev 21/24, dev3a 19/32, dev3b 23/33, dev4 19/32; dev2, dev5 unchanged.
#: Issue 13's eighth round (X:即, …的统称/简称 and a restated count closing a list, a quoted name inside a member before
#: a name, a subject and verb cut off the first item; written reading dev3a, dev3b and dev4): dev3a 0.562 (18/32), dev4
#: 0.500 (16/32), dev3b 22/33; dev, dev2 and dev5, held out, unchanged (20/24, 17/23, 15/26).
FLOOR = {
    "dev_passages.jsonl": (0.85, 0),
    "dev2_passages.jsonl": (0.70, 0),
    "dev3a_passages.jsonl": (0.57, 0),
    "dev3b_passages.jsonl": (0.68, 1),
    "dev4_passages.jsonl": (0.57, 1),
    "dev5_passages.jsonl": (0.52, 1),
    "test_passages.jsonl": (0.50, 0),
    "test2_passages.jsonl": (0.32, 0),
    "test3_passages.jsonl": (0.53, 0),
    "test5_passages.jsonl": (0.26, 0),
    "dev6_passages.jsonl": (0.52, 0),
    "test6_passages.jsonl": (0.28, 0),
    "dev7_passages.jsonl": (0.46, 0),
    "test7_passages.jsonl": (0.36, 0),
    # Made at the start of the tenth round before any run, scored once at its end: 10 of 29 exact, 2 of 8 look-alikes
    # taken, the same with the code the round started from.
    "test8_passages.jsonl": (0.33, 2),
    # Made at the start of the eleventh round before any run, scored once at its end: 10 of 29 exact, 1 of 8
    # look-alikes taken (the code the round started from: 9 of 29, 1 of 8; the merged lexicon entries give one).
    "test9_passages.jsonl": (0.33, 1),
}


#: The test files, whose errors are never shown.
UNREAD_FILES = frozenset({"test5_passages.jsonl", "test6_passages.jsonl", "test7_passages.jsonl", "test8_passages.jsonl",
                          "test9_passages.jsonl"})


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_passages_stay_above_the_floor(extractor, name):
    least, most_false = FLOOR[name]
    scores = score_passages(extractor, load_passages([DEFINITIONS / name]))
    # a test file's errors are never shown: only plain values reach the assertion (pytest prints its operands)
    detail = "" if name in UNREAD_FILES else "\n".join(scores.errors)
    held = bool(scores.members_exact >= least and scores.false_definitions <= most_false)
    assert held, scores.summary() + "\n" + detail


def test_every_passage_holds_its_term_and_members():
    for name in sorted(FLOOR):
        records = load_passages([DEFINITIONS / name])
        assert len(records) >= 25 and len({r["id"] for r in records}) == len(records)
        for r in records:
            passage = r["passage"].replace("\n", "")  # a page's line break may fall inside a word (生\n态)
            assert (r.get("written") or r["term"]) in passage, r["id"]
            assert all(c in passage for c in r["components"] or ()), r["id"]


def test_a_second_annotator_reads_the_development_passages_alike():
    """Members by the guideline are reproducible: a second annotator, given the passages without their members, gives
    the first's on 57 of 58 definitions and a list on 2 of 14 look-alikes (SECOND_ANNOTATION_NOTES.md)."""
    from slogans.evaluation.passages import score_annotation

    first = load_passages([DEFINITIONS / "dev4_passages.jsonl", DEFINITIONS / "dev5_passages.jsonl"])
    scores = score_annotation(first, load_passages([DEFINITIONS / "dev4_dev5_second_annotation.jsonl"]))
    assert (scores.exact, scores.definitions, scores.false_definitions, scores.look_alikes) == (57, 58, 2, 14)


def test_a_quoted_name_run_on_by_other_words_is_no_member_of_a_list_before_a_name(extractor):
    # the quotation ends the list's clause (…更是“三连冠”乃至“四连冠”): it is a name of its own, not inside a member
    rows = {row.term: row for row in extractor.count("学生甲某、乙某、丙某、丁某更是“三连冠”乃至“四连冠”。", "x")}
    assert "三连冠" in rows and rows["四连冠"].components_source != "text"
    # a quotation inside a member that runs on to the name after 的 stays in the member
    rows = {row.term: row for row in extractor.count("各支部开展甲类攻关、乙类承诺、丙类党日、“四强”丁类达标的“四项活动”。", "x")}
    assert rows["四项活动"].components == ("甲类攻关", "乙类承诺", "丙类党日", "“四强”丁类达标")
