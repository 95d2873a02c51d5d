"""Output as tables (pipeline.frames): the Parquet round trip, `sayso run -o out.parquet` with resume,
the flat quote and speaker rows, pandas, and the datasets loaders with declared features."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
from pipeline.frames import (load_gold, load_output, quote_rows, quotes_frame, read_records,  # noqa: E402
                             speaker_rows, write_parquet)

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Strike called\n\n“We will win,” said Jane Moss, the union's branch secretary. "
        "A council spokesman said: “The strike is unnecessary.”")


@pytest.fixture(scope="module")
def records(nlp):
    """Real records of every shape the output has: cleaned text with offset maps (HTML), user meta of any
    shape, warnings, quotes with and without speakers and stances."""
    items = [{"id": "plain", "text": TEXT, "targets": ["the strike"], "date": "2024-03-01", "n": [1, {"x": None}]},
             {"id": "html", "text": "<p>“It is over,” said Ann Lee.</p><p>The union said it would appeal.</p>",
              "targets": ["the strike"], "format": "html"},
             {"id": "empty-ish", "text": "Nothing was said here.", "targets": []}]
    return [d.to_dict() for d in nlp.pipe(items)]


def test_parquet_round_trip_gives_the_jsonl_records_back(records, tmp_path):
    assert any("offset_map" in r for r in records) and any("meta" in r for r in records)
    path = tmp_path / "out.parquet"
    assert write_parquet(records, path) == len(records)
    back = list(read_records(path))
    assert json.dumps(back, sort_keys=True) == json.dumps(records, sort_keys=True)
    assert back == records
    # Arrow and pandas read it directly: a row per article, nested quotes
    table = pa.parquet.read_table(path)
    assert table.num_rows == len(records) and table.schema.field("quotes").type.value_type.get_field_index("speaker") >= 0


def test_an_empty_output_is_a_valid_parquet_file(tmp_path):
    path = tmp_path / "none.parquet"
    assert write_parquet([], path) == 0
    assert list(read_records(path)) == []


def test_flat_rows_have_one_row_per_quote_and_target(records):
    rows = list(quote_rows(records))
    n = sum(max(1, len(q["stances"])) for r in records for q in r["quotes"])
    assert len(rows) == n
    plain = [r for r in rows if r["doc"] == "plain"]
    assert {r["date"] for r in plain} == {"2024-03-01"}
    assert any(r["speaker"] == "Jane Moss" and r["target"] == "the strike" and r["stance"] in {"favor", "against", "neutral"}
               for r in plain)
    srows = list(speaker_rows(records))
    assert {r["name"] for r in srows} >= {"Jane Moss"}


def test_quotes_frame_counts_stances_per_speaker_in_three_lines(records, tmp_path):
    path = tmp_path / "out.parquet"
    write_parquet(records, path)
    df = quotes_frame(path)  # the README's three lines
    counts = df.dropna(subset=["stance"]).groupby(["speaker", "target", "stance"]).size().unstack(fill_value=0)
    assert counts.loc[("Jane Moss", "the strike")].sum() == 1
    assert df["identity"].notna().any()  # linked across the feed


def test_datasets_loader_reads_jsonl_and_parquet_with_declared_features(records, tmp_path):
    pytest.importorskip("datasets")
    jl = tmp_path / "out.jsonl"
    jl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    pq_path = tmp_path / "out.parquet"
    write_parquet(records, pq_path)
    for p in (jl, pq_path):
        ds = load_output(p, cache_dir=str(tmp_path / "cache"))
        assert ds.num_rows == len(records) and ds[0]["id"] == records[0]["id"]
        assert [len(x) for x in ds["quotes"]] == [len(r["quotes"]) for r in records]
        assert json.loads(ds[0]["meta"]) == records[0]["meta"]
    gold = load_gold(ROOT / "annotations" / "articles.jsonl", cache_dir=str(tmp_path / "cache"))
    dev = gold.filter(lambda a: a["split"] == "dev")
    assert 0 < dev.num_rows < gold.num_rows and gold.features["quotes"]


def run_cli(args, cwd):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_cli_writes_parquet_by_extension_and_resumes_from_it(tmp_path):
    inp = tmp_path / "in.jsonl"
    arts = [{"id": f"a{i}", "text": TEXT} for i in range(3)]
    inp.write_text("".join(json.dumps(a) + "\n" for a in arts[:2]), encoding="utf-8")
    out, ref = tmp_path / "out.parquet", tmp_path / "ref.jsonl"
    res = run_cli(["run", str(inp), "-o", str(out), "--quotes", "rules", "--target", "the strike"], tmp_path)
    assert res.returncode == 0, res.stderr
    assert not (tmp_path / "out.parquet.part").exists()
    assert [r["id"] for r in read_records(out)] == ["a0", "a1"]
    # a third article with --resume: the first two are kept from the Parquet file, not redone
    inp.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    res = run_cli(["run", str(inp), "-o", str(out), "--quotes", "rules", "--target", "the strike", "--resume"], tmp_path)
    assert res.returncode == 0 and "2 article(s) already in" in res.stderr, res.stderr
    res = run_cli(["run", str(inp), "-o", str(ref), "--quotes", "rules", "--target", "the strike"], tmp_path)
    assert res.returncode == 0
    assert list(read_records(out)) == list(read_records(ref)), "the Parquet output holds the JSONL records"
    # report and summarize read Parquet too
    res = run_cli(["report", str(out)], tmp_path)
    assert res.returncode == 0 and "Jane Moss" in res.stdout
    res = run_cli(["summarize", str(out), "--json", str(tmp_path / "s.json")], tmp_path)
    assert res.returncode == 0 and "person:jane-moss" in res.stdout
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["identities"][0]["articles"] >= 1 and "the strike" in summary["targets"]


def test_a_file_that_is_not_parquet_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.parquet"
    bad.write_text("not parquet")
    res = run_cli(["report", str(bad)], tmp_path)
    assert res.returncode == 2 and "not a Parquet file" in res.stderr and "Traceback" not in res.stderr


def test_document_to_records_is_the_flat_quote_rows(nlp):
    doc = nlp({"id": "d", "text": TEXT, "targets": ["the strike"], "date": "2024-03-01"})
    rows = doc.to_records()
    assert rows == list(quote_rows([doc.to_dict()]))
    assert rows and all(r["doc"] == "d" and r["date"] == "2024-03-01" for r in rows)


def test_report_and_summarize_skip_a_malformed_record_and_keep_the_rest(records, tmp_path):
    out = tmp_path / "o.jsonl"
    bad = [json.dumps({"id": "x", "quotes": [{"id": "q1"}], "speakers": []}), '{"id": 5, "quotes": []}', "garbage",
           json.dumps({**records[0], "id": "shifted", "text": "no such text"})]
    out.write_text("\n".join([json.dumps(records[0])] + bad + [json.dumps(r) for r in records[1:]]) + "\n",
                   encoding="utf-8")
    for args in (["report", str(out), "--html", str(tmp_path / "r.html")], ["summarize", str(out)]):
        res = run_cli(args, tmp_path)
        assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
        for line in (2, 3, 4, 5):
            assert f"line {line}: not a sayso record" in res.stderr, res.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert all(f'\\"id\\":\\"{r["id"]}\\"' in page or f'"id":"{r["id"]}"' in page for r in records)


def test_summarize_and_report_read_a_feed_written_in_several_files(records, tmp_path):
    day1, day2 = tmp_path / "day1.jsonl", tmp_path / "day2.parquet"
    day1.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    write_parquet(records, day2)  # repeats the first article: read once
    res = run_cli(["summarize", str(day1), str(day2), "--json", str(tmp_path / "s.json")], tmp_path)
    assert res.returncode == 0, res.stderr
    assert "was already read from" in res.stderr
    assert json.loads((tmp_path / "s.json").read_text())["articles"] == len(records)
    res = run_cli(["report", str(day1), str(day2), "--html", str(tmp_path / "r.html")], tmp_path)
    assert res.returncode == 0 and f"report of {len(records)} article(s)" in res.stderr


def test_a_parquet_file_from_another_tool_is_reported_row_by_row(tmp_path):
    foreign = tmp_path / "foreign.parquet"
    pa.parquet.write_table(pa.table({"a": [1, 2]}), foreign)
    problems = []
    assert list(read_records(foreign, on_error=lambda n, p: problems.append((n, p)))) == []
    assert [n for n, _ in problems] == [1, 2] and "no string id" in problems[0][1]
