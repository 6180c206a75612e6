"""`slogans lexicon list|show|search`, driven through click's CliRunner: formats, filters, exit codes."""
from __future__ import annotations

import io
import json

import pandas as pd
from click.testing import CliRunner

from cli_runner import separate_stderr_runner

from slogans.cli import main
from slogans.config.lexicon import Lexicon
from slogans.config.lexicon_table import COLUMNS

LEXICON = Lexicon.load()


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def run_split(*args: str):
    """Run with stdout and stderr apart."""
    return separate_stderr_runner().invoke(main, list(args))


def test_list_text_has_one_line_per_entry():
    result = run("lexicon", "list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == len(LEXICON)
    first = LEXICON.entries[0]
    assert lines[0].split("\t")[:3] == [first.term, first.kind, first.level]


def test_list_csv_columns_and_filters():
    result = run("lexicon", "list", "--level", "campaign", "--format", "csv")
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.output), keep_default_na=False)
    assert list(frame.columns) == COLUMNS
    assert set(frame["level"]) == {"campaign"}
    assert list(frame["term"]) == [e.term for e in LEXICON.select(level="campaign")]
    row = frame[frame["term"] == "五个好"].iloc[0]
    assert row["components"] == "领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好"


def test_list_json_by_kind():
    result = run("lexicon", "list", "--kind", "numbered", "--format", "json")
    records = json.loads(result.output)
    assert [r["term"] for r in records] == [e.term for e in LEXICON.select(kind="numbered")]
    assert all(list(r) == COLUMNS for r in records)
    four = next(r for r in records if r["term"] == "四个全面")
    assert four["versions"] >= 2 and isinstance(four["components"], list) and isinstance(four["since"], int)


def test_list_says_where_an_entry_counts_and_what_is_uncertain():
    records = json.loads(run("lexicon", "list", "--format", "json").output)
    uncertain = [r for r in records if r["uncertain"]]
    assert uncertain and all(r["term"] == e.term and r["uncertain"] == e.uncertain
                             for r, e in zip(records, LEXICON) if r["uncertain"])
    assert {r["match"] for r in records} == {"anywhere", "quoted"}


def test_list_as_of_gives_the_members_of_the_year():
    records = json.loads(run("lexicon", "list", "--format", "json", "--as-of", "2016").output)
    assert next(r for r in records if r["term"] == "四个全面")["components"][0] == "全面建成小康社会"


def test_list_rejects_an_unknown_level():
    result = run("lexicon", "list", "--level", "county")
    assert result.exit_code == 2 and "Invalid value for '--level'" in result.output


def test_list_to_a_file_atomically(tmp_path):
    out = tmp_path / "lexicon.csv"
    out.write_text("old", encoding="utf-8")
    result = run("lexicon", "list", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0 and result.output == ""
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)
    assert [p.name for p in tmp_path.iterdir()] == ["lexicon.csv"]  # no temporary file left


def test_show_text_card_lists_every_version():
    result = run("lexicon", "show", "四個全面")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == ["term:      四个全面", "kind:      numbered", "level:     national"]
    assert "versions:" in lines and "     1. 全面建成小康社会" in lines
    assert any(line.startswith("version:   ") and "(the latest)" in line for line in lines)


def test_show_json_and_csv():
    data = json.loads(run("lexicon", "show", "五个带头", "--format", "json").output)
    assert data["term"] == "五带头" and "五个带头" in data["variants"] and data["source"] and data["file"].endswith(".yaml")
    csv = run("lexicon", "show", "五带头", "--format", "csv").output.splitlines()
    assert csv[0] == ",".join(COLUMNS) and csv[1].startswith("五带头,numbered,") and len(csv) == 2


def test_show_unknown_term_exit_1():
    result = run("lexicon", "show", "不存在的口号")
    assert result.exit_code == 1 and "error: unknown term '不存在的口号'" in result.output


def test_search_simplified_or_traditional():
    simplified = run("lexicon", "search", "看齐意识")
    traditional = run("lexicon", "search", "看齊意識")
    assert simplified.exit_code == 0 and simplified.output == traditional.output
    assert simplified.output.splitlines()[0].startswith("四个意识\t")
    records = json.loads(run("lexicon", "search", "看齐意识", "--format", "json").output)
    assert records[0]["term"] == "四个意识"


def test_search_without_a_match_exit_1():
    result = run("lexicon", "search", "火星殖民")
    assert result.exit_code == 1 and "error: no entry matches '火星殖民'" in result.output


def test_user_lexicon_is_listed_with_an_override_notice(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("entries:\n  - term: 五个好\n    kind: numbered\n    source: my archive\n    level: local\n"
                    "    components: [甲, 乙, 丙, 丁, 戊]\n", encoding="utf-8")
    builtin = LEXICON.get("五个好")
    result = run_split("lexicon", "list", "--level", "local", "--lexicon", str(mine))
    assert result.exit_code == 0
    assert result.stderr == f"notice: {mine}:2: 五个好 overrides the built-in entry ({builtin.file}:{builtin.line})\n"
    listed = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["五个好", "numbered", "local", "-", "5 members", "my archive"] in listed
    assert all(fields[2] == "local" for fields in listed)


def test_a_bad_user_lexicon_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - term: 甲\n    kind: slogan\n", encoding="utf-8")
    result = run("lexicon", "list", "--lexicon", str(bad))
    assert result.exit_code == 2 and f"error: {bad}:2: [甲] E011 missing required key 'source'" in result.output


def test_help_has_examples():
    for command in (["lexicon"], ["lexicon", "list"], ["lexicon", "show"], ["lexicon", "search"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


# -- export and import ---------------------------------------------------------------------------
def test_export_every_format_to_stdout_and_to_a_file(tmp_path):
    for fmt in ("yaml", "csv", "jsonl", "quanteda"):
        result = run_split("lexicon", "export", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        target = tmp_path / f"lexicon.{fmt}"
        assert run("lexicon", "export", "--format", fmt, "-o", str(target)).exit_code == 0
        assert target.read_text(encoding="utf-8") == result.stdout
    assert len(run("lexicon", "export", "--format", "jsonl", "--kind", "campaign").output.splitlines()) == len(LEXICON.select(kind="campaign"))


def test_export_csv_then_import_round_trips_through_the_cli(tmp_path):
    exported = tmp_path / "lexicon.csv"
    assert run("lexicon", "export", "--format", "csv", "-o", str(exported)).exit_code == 0
    target = tmp_path / "lexicon.yaml"
    result = run_split("lexicon", "import", str(exported), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert f"wrote {len(LEXICON)} entries" in result.stderr
    from slogans.config.lexicon_io import entry_data

    assert [entry_data(e) for e in Lexicon.load([target], builtin=False)] == [entry_data(e) for e in LEXICON]


def test_an_imported_lexicon_is_used_with_lexicon(tmp_path):
    table = tmp_path / "mine.csv"
    table.write_text("term,kind,members,source,since\n三联三促,numbered,联系群众|联系企业|联系项目|促进发展|促进和谐|促进稳定,某县委 2012,2012\n", encoding="utf-8")
    target = tmp_path / "mine.yaml"
    assert run("lexicon", "import", str(table), "-o", str(target)).exit_code == 0
    result = run("expand", "三联三促", "--lexicon", str(target))
    assert result.exit_code == 0 and result.output.splitlines()[0] == "联系群众"


def test_a_bad_csv_is_refused_with_file_and_line_and_nothing_written(tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text("term,kind,members,source\n三讲,numbered,讲学习|讲政治,x\n", encoding="utf-8")
    target = tmp_path / "out.yaml"
    result = run_split("lexicon", "import", str(table), "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {table}:2: [三讲] E040 2 members")
    assert not target.exists()
