"""The command line, driven through click's CliRunner: exit codes and exact messages."""
from __future__ import annotations

import json

from click.testing import CliRunner

from slogans import __version__
from slogans.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _speech(tmp_path, name="a.txt", text="开展“创先争优”活动,围绕“五个好”“五带头”争创目标。创先争优要深入。"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_csv_to_stdout(tmp_path):
    path = _speech(tmp_path)
    result = run("extract", str(path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "document,term,kind,count,components,components_source,components_simplified,components_json,as_of,as_of_source,chars"
    assert lines[1] == (f"{path},创先争优,campaign,2,创建先进基层党组织、争当优秀共产党员,lexicon,创建先进基层党组织、争当优秀共产党员,"
                        '"[""创建先进基层党组织"", ""争当优秀共产党员""]",,,' + str(len(path.read_text(encoding='utf-8'))))


def test_extract_folder_jsonl_to_file(tmp_path):
    folder = tmp_path / "speeches"
    folder.mkdir()
    _speech(folder, "a.txt")
    _speech(folder, "b.txt", "牢固树立“四个意识”")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(folder), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["document"], r["term"], r["count"]) for r in records] == [
        ("a.txt", "创先争优", 2), ("a.txt", "五个好", 1), ("a.txt", "五带头", 1), ("b.txt", "四个意识", 1)]


def test_extract_wide(tmp_path):
    result = run("extract", str(_speech(tmp_path)), "--wide")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "document,创先争优,五个好,五带头"


def test_bad_file_is_named_others_processed_exit_2(tmp_path):
    good = _speech(tmp_path)
    out = tmp_path / "report.csv"
    result = run("extract", str(tmp_path / "nope.txt"), str(good), "-o", str(out))
    assert result.exit_code == 2
    assert f"error: {tmp_path / 'nope.txt'}: no such file or folder" in result.output
    assert "创先争优" in out.read_text(encoding="utf-8")


def test_document_without_terms_has_no_rows(tmp_path):
    result = run("extract", str(_speech(tmp_path, text="今天天气很好。")))
    assert result.exit_code == 0
    assert result.output.splitlines() == ["document,term,kind,count,components,components_source,components_simplified,components_json,as_of,as_of_source,chars"]


def test_bad_rules_file_exit_2_with_message(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text("rules:\n  - id: x\n", encoding="utf-8")
    result = run("extract", str(_speech(tmp_path)), "--rules", str(rules))
    assert result.exit_code == 2
    assert f"error: {rules}:2: [x] E011 missing required key 'kind'" in result.output


def test_parquet_needs_output():
    result = run("extract", "x.txt", "--format", "parquet")
    assert result.exit_code == 2
    assert "--format parquet needs -o FILE" in result.output


def test_expand_text_and_json():
    result = run("expand", "四個意識")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["政治意识", "大局意识", "核心意识", "看齐意识"]
    data = json.loads(run("expand", "五个带头", "--format", "json").output)
    assert data["term"] == "五带头" and data["kind"] == "numbered" and len(data["components"]) == 5 and data["source"]


def test_expand_unknown_term_exit_1():
    result = run("expand", "不存在的口号")
    assert result.exit_code == 1
    assert "error: unknown term '不存在的口号'" in result.output


def test_version_and_help():
    assert run("--version").output.strip() == f"slogans, version {__version__}"
    for command in ("extract", "expand"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


# -- input: encodings, tables, compilations, mentions ------------------------------------------
def test_extract_reads_gb18030_and_names_the_encoding_in_verbose_mode(tmp_path, corpus):
    text = (corpus / "004_eca5f85e1156cd79.txt").read_text(encoding="utf-8")
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    result = run("extract", str(tmp_path), "-v", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()  # then the year used, as for any document
    assert [line.split(", as of")[0] for line in lines] == ["info: gb.txt: encoding gb18030 (detected)", "info: utf8.txt: encoding utf-8"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_doc = {d: sorted((r["term"], r["count"]) for r in records if r["document"] == d) for d in ("gb.txt", "utf8.txt")}
    assert by_doc["gb.txt"] == by_doc["utf8.txt"] and by_doc["gb.txt"]


def test_extract_encoding_option(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("开展“创先争优”活动".encode("gbk"))
    assert run("extract", str(path), "--encoding", "gbk").stdout.splitlines()[1].startswith(f"{path},创先争优,campaign,1,")
    result = run("extract", str(path), "--encoding", "utf-8")
    assert result.exit_code == 2 and result.stderr == f"error: {path}: cannot decode as utf-8 at byte 0 (0xBF)\n"
    result = run("extract", str(path), "--encoding", "klingon")
    assert result.exit_code == 2 and "Invalid value for '--encoding': unknown encoding 'klingon'" in result.stderr


def test_extract_a_csv_table_with_kept_columns(tmp_path, corpus):
    import pandas as pd

    texts = [(corpus / n).read_text(encoding="utf-8") for n in ("003_ee19b14dd9477618.txt", "004_eca5f85e1156cd79.txt")]
    pd.DataFrame({"key": ["s1", "s2"], "date": ["2021-06-18", "2018-03-18"], "source": ["web", "pdf"], "body": texts}).to_csv(tmp_path / "c.csv", index=False)
    result = run("extract", str(tmp_path / "c.csv"), "--text-column", "body", "--id-column", "key", "--keep-columns", "date, source")
    assert result.exit_code == 0, result.output
    back = pd.read_csv(__import__("io").StringIO(result.stdout), keep_default_na=False)
    assert list(back.columns)[-2:] == ["date", "source"]
    assert set(back["document"]) == {"s1", "s2"}
    assert set(zip(back["document"], back["date"], back["source"])) == {("s1", "2021-06-18", "web"), ("s2", "2018-03-18", "pdf")}
    result = run("extract", str(tmp_path / "c.csv"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'c.csv'}: no column 'text' (the table has: key, date, source, body); name the text column with --text-column\n"


def test_extract_split_and_mentions(tmp_path, corpus):
    source = corpus / "000_880b41d3d6e7ffda.txt"
    mentions = tmp_path / "m.jsonl"
    result = run("extract", str(source), "--split", "--mentions", str(mentions), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["document"] for r in records} == {f"{source}#{k}" for k in range(1, 6)}
    assert {r["title"] for r in records if r["document"].endswith("#1")} == {"1.深入开展“三查两评”活动动员大会讲话 篇一"}
    found = [json.loads(line) for line in mentions.read_text(encoding="utf-8").splitlines()]
    text = source.read_text(encoding="utf-8")
    assert found and all(text[m["start"]:m["end"]] == m["surface"] for m in found)
    counted = {}
    for m in found:
        counted[(m["document"], m["term"])] = counted.get((m["document"], m["term"]), 0) + 1
    assert counted == {(r["document"], r["term"]): r["count"] for r in records}
    result = run("extract", str(source), "--mentions", str(tmp_path / "m.txt"))
    assert result.exit_code == 2 and "--mentions FILE must end in .csv or .jsonl" in result.stderr


# -- scale: workers, streamed files ------------------------------------------------------------
def test_workers_give_the_same_table_in_the_same_order(corpus, monkeypatch, tmp_path):
    import slogans.run.pipeline

    monkeypatch.setattr(slogans.run.pipeline, "POOL_MIN_CHARS", 0)  # the shared corpus is small: use the pool anyway
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    one = run("extract", str(corpus), str(bad), "--format", "jsonl", "--workers", "1")
    two = run("extract", str(corpus), str(bad), "--format", "jsonl", "--workers", "2")
    assert one.exit_code == two.exit_code == 2
    assert two.output == one.output
    assert f"error: {bad}: the file is empty" in two.output
    assert two.output.count('"document": "000_880b41d3d6e7ffda.txt"') > 10


def test_workers_must_be_positive(tmp_path):
    result = run("extract", str(_speech(tmp_path)), "--workers", "0")
    assert result.exit_code == 2 and "--workers" in result.output
    result = run("extract", str(_speech(tmp_path)), "--workers", "many")
    assert result.exit_code == 2 and "neither auto nor a whole number" in result.output


def test_workers_auto_asks_for_the_free_cores(tmp_path, monkeypatch):
    import slogans.cli.extract
    import slogans.run.cores

    asked = []
    real_run = slogans.cli.extract.run
    monkeypatch.setattr(slogans.run.cores, "auto_workers", lambda: 3)
    monkeypatch.setattr(slogans.cli.extract, "run", lambda items, settings, workers, **kw: asked.append(workers) or real_run(items, settings, 1, **kw))
    speech = str(_speech(tmp_path))
    assert run("extract", speech).exit_code == 0 and run("extract", speech, "--workers", "AUTO").exit_code == 0
    assert run("extract", speech, "--workers", "2").exit_code == 0
    assert asked == [3, 3, 2]


def test_large_files_are_streamed_with_the_same_table(corpus, monkeypatch):
    import slogans
    import slogans.io.stream

    whole = run("extract", str(corpus))
    monkeypatch.setattr(slogans.io.stream, "STREAM_ABOVE_BYTES", 1000)
    monkeypatch.setattr(slogans.io.stream, "PIECE_CHARS", 700)
    calls = []
    real = slogans.Extractor.analyze_stream
    monkeypatch.setattr(slogans.Extractor, "analyze_stream", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    streamed = run("extract", str(corpus), "--workers", "1")
    assert streamed.exit_code == whole.exit_code == 0
    assert len(calls) >= 5
    assert streamed.output == whole.output


def test_workers_carry_titles_kept_columns_dates_and_mentions(corpus, monkeypatch, tmp_path):
    import pandas as pd

    import slogans.run.pipeline

    monkeypatch.setattr(slogans.run.pipeline, "POOL_MIN_CHARS", 0)  # use the pool even for a small corpus
    texts = [(corpus / n).read_text(encoding="utf-8") for n in ("003_ee19b14dd9477618.txt", "004_eca5f85e1156cd79.txt")]
    table = tmp_path / "c.csv"
    pd.DataFrame({"id": ["s1", "s2"], "date": ["2016-05-01", "2021-07-01"], "text": texts}).to_csv(table, index=False)
    outputs = {}
    for n in ("1", "2"):
        mentions = tmp_path / f"m{n}.jsonl"
        split = run("extract", str(corpus / "000_880b41d3d6e7ffda.txt"), "--split", "--format", "jsonl", "--workers", n,
                    "--mentions", str(mentions))
        kept = run("extract", str(table), "--keep-columns", "date", "--format", "jsonl", "--workers", n)
        assert split.exit_code == kept.exit_code == 0, split.output + kept.output
        outputs[n] = (split.stdout, kept.stdout, mentions.read_text(encoding="utf-8"))
    assert outputs["1"] == outputs["2"]
    split_rows = [json.loads(line) for line in outputs["2"][0].splitlines()]
    assert {r["title"] for r in split_rows if r["document"].endswith("#1")} == {"1.深入开展“三查两评”活动动员大会讲话 篇一"}
    kept_rows = [json.loads(line) for line in outputs["2"][1].splitlines()]
    assert {(r["document"], r["date"]) for r in kept_rows} == {("s1", "2016-05-01"), ("s2", "2021-07-01")}
    located = [json.loads(line) for line in outputs["2"][2].splitlines()]
    assert located and all(isinstance(m["line"], int) and m["line"] >= 1 for m in located)


def test_a_report_that_cannot_be_written_is_named_before_any_work(tmp_path):
    speech = _speech(tmp_path)
    target = tmp_path / "no_such_folder" / "report.csv"
    result = run("extract", str(speech), "-o", str(target))
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {target}: cannot write the report: No such file or directory"


# -- the year used per document: as_of and as_of_source in every format ------------------------
_DATELESS_2017 = "胸怀“两个大局”，协调推进“四个全面”战略布局。深入学习贯彻党的十九大精神。\n"


def test_extract_reads_the_year_from_the_text_in_every_format(tmp_path):
    import pandas as pd

    (tmp_path / "a.txt").write_text(_DATELESS_2017, encoding="utf-8")
    csv_out = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt")])
    assert csv_out.exit_code == 0, csv_out.output
    header, first = csv_out.output.splitlines()[:2]
    assert header.endswith("components_simplified,components_json,as_of,as_of_source,chars")
    assert f",2017,text,{len(_DATELESS_2017)}" in first and "国内大局、国际大局" in first
    for fmt in ("jsonl", "json"):
        out = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--format", fmt]).output
        records = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
        assert {(r["as_of"], r["as_of_source"]) for r in records} == {(2017, "text")}
        assert list(records[0])[-5:] == ["components_simplified", "components_json", "as_of", "as_of_source", "chars"]
    target = tmp_path / "t.parquet"
    assert CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--format", "parquet", "-o", str(target)]).exit_code == 0
    frame = pd.read_parquet(target)
    assert frame["as_of"].tolist() == [2017, 2017] and frame["as_of_source"].tolist() == ["text", "text"]
    wide = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--wide"]).output
    assert "as_of" not in wide.splitlines()[0]  # the wide table holds counts only


def test_extract_as_of_option_beats_the_table_date_which_beats_the_text(tmp_path):
    table = tmp_path / "t.csv"
    rows = [{"id": "dated", "date": "2021-03-05", "text": _DATELESS_2017}, {"id": "undated", "date": "", "text": _DATELESS_2017}]
    import pandas as pd

    pd.DataFrame(rows).to_csv(table, index=False)
    out = CliRunner().invoke(main, ["extract", str(table), "--keep-columns", "date", "--format", "jsonl"]).output
    years = {(r["document"], r["as_of"], r["as_of_source"]) for r in map(json.loads, out.splitlines())}
    assert years == {("dated", 2021, "meta"), ("undated", 2017, "text")}
    out = CliRunner().invoke(main, ["extract", str(table), "--keep-columns", "date", "--format", "jsonl", "--as-of", "2016"]).output
    assert {(r["as_of"], r["as_of_source"]) for r in map(json.loads, out.splitlines())} == {(2016, "option")}


def test_extract_warns_on_stderr_about_a_formula_used_before_its_since(tmp_path):
    from cli_runner import separate_stderr_runner

    (tmp_path / "early.txt").write_text("（2012年3月1日）\n增强“四个意识”。\n", encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["extract", str(tmp_path / "early.txt")])
    assert result.exit_code == 0
    assert "四个意识: used in a document of 2012 (read from its text: 2012年3月1日), before 2016" in result.stderr
    assert "warning" not in result.stdout


def test_verbose_names_the_year_used_and_where_it_came_from(tmp_path):
    from cli_runner import separate_stderr_runner

    (tmp_path / "a.txt").write_text(_DATELESS_2017, encoding="utf-8")
    result = separate_stderr_runner().invoke(main, ["extract", str(tmp_path / "a.txt"), "-v"])
    assert "as of 2017 (read from its text: 十九大)" in result.stderr
