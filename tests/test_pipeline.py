import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import Document, PipelineConfigError
from pipeline.doc import ENTITY_TYPES, SPEAKER_EVIDENCE
from pipeline.pipeline import Pipeline
from pipeline.registry import create

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
ARTICLE = """Strike hits contact centres
By Claire West

Staff at contact centres went on strike today over “oppressive” conditions.

David Seagrave, branch secretary, said: 'Members are at the sharp end daily.

'This is on top of the pay freeze.'

A Department for Work and Pensions spokesman said the action was unnecessary.
"""


def test_pipeline_checks_requirements_at_construction():
    with pytest.raises(PipelineConfigError, match="requires"):
        Pipeline([create("sentences"), create("quotes")])


def test_pipeline_output_schema(nlp):
    rec = nlp(ARTICLE, targets=["the strike"], id="a1").to_dict()
    assert set(rec) >= {"id", "sentences", "quotes", "speakers"}
    assert rec["id"] == "a1"
    for s, e in rec["sentences"]:
        assert 0 <= s < e <= len(ARTICLE)
    assert rec["quotes"]
    for q in rec["quotes"]:
        assert set(q) == {"id", "start", "end", "text", "type", "cue", "speaker", "stances", "confidence",
                          "continues"}
        assert ARTICLE[q["start"]:q["end"]] == q["text"]
        assert q["type"] in {"direct", "indirect", "mixed"}
        if q["cue"] is not None:
            assert ARTICLE[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
        sp = q["speaker"]
        assert set(sp) == {"name", "type", "entity", "mention", "phrase", "evidence", "confidence"}
        assert sp["type"] in ENTITY_TYPES
        assert (sp["evidence"] in SPEAKER_EVIDENCE) if sp["mention"] else sp["evidence"] is None
        assert sp["confidence"] is None or (sp["mention"] and 0.0 <= sp["confidence"] <= 1.0)
        assert q["continues"] is None or q["continues"] in {x["id"] for x in rec["quotes"]}
        if sp["mention"]:
            assert ARTICLE[sp["mention"]["start"]:sp["mention"]["end"]] == sp["mention"]["text"]
            # the phrase is written out in the text and holds its mention
            ph = sp["phrase"]
            assert ARTICLE[ph["start"]:ph["end"]] == ph["text"]
            assert ph["start"] <= sp["mention"]["start"] and sp["mention"]["end"] <= ph["end"]
        else:
            assert sp["phrase"] is None
        assert [s["target"] for s in q["stances"]] == ["the strike"]
        for s in q["stances"]:
            assert s["label"] in {"favor", "against", "neutral"} and 0 <= s["score"] <= 1
    for sp in rec["speakers"]:
        assert set(sp) >= {"entity", "name", "type", "mentions", "stances"}
        for st in sp["stances"]:
            assert st["favor"] + st["against"] + st["neutral"] >= 1
            # the label follows from what the output shows: its quotes are listed and explained
            assert sum(len(v) for v in st["quotes"].values()) == st["favor"] + st["against"] + st["neutral"]
            assert st["why"].startswith(st["label"] + ":")
    json.dumps(rec)


def test_pipeline_json_round_trip(nlp):
    doc = nlp(ARTICLE, targets=["the strike"])
    again = Document.from_json(json.loads(json.dumps(doc.to_json())))
    assert again.to_dict() == doc.to_dict()


def test_pipeline_batch_size_one_and_n_give_the_same_output(nlp):
    items = [{"id": p.name, "text": p.read_text(encoding="utf-8"), "targets": ["the industrial action"]} for p in SEEDS]
    items.append({"id": "x", "text": ARTICLE, "targets": ["the strike"]})
    one = [d.to_dict() for d in nlp.pipe(items, batch_size=1)]
    many = [d.to_dict() for d in nlp.pipe(items, batch_size=4)]
    assert [r["id"] for r in one] == [i["id"] for i in items]
    assert one == many


def test_pipeline_bad_item_costs_only_itself(nlp):
    items = [{"id": "ok1", "text": ARTICLE}, {"id": "empty", "text": "   "}, {"id": "notext"},
             {"id": "num", "text": 42}, {"id": "ok2", "text": ARTICLE}]
    docs = list(nlp.pipe(items, batch_size=8))
    assert [d.id for d in docs] == ["ok1", "empty", "notext", "num", "ok2"]
    assert docs[0].error is None and docs[4].error is None
    assert "empty text" in docs[1].error
    assert "missing 'text'" in docs[2].error
    assert "must be a string" in docs[3].error
    assert docs[0].to_dict()["quotes"] == docs[4].to_dict()["quotes"]


def test_pipeline_survives_unbalanced_and_odd_input(nlp):
    for text in ["“", "'''", "He said: “unclosed\n\n”", "A.\n\n\n", "x" * 5, "‘’‘’“”“”", "said: 'a\n'b\n'c"]:
        rec = nlp(text).to_dict()
        for q in rec["quotes"]:
            assert 0 <= q["start"] <= q["end"] <= len(text)


def run_cli(args, stdin=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True, cwd=cwd)


def test_cli_run_reports_bad_lines_and_processes_the_rest(tmp_path):
    good = json.dumps({"id": "g1", "text": ARTICLE, "targets": ["the strike"]})
    lines = [good.encode(), b"{not json", json.dumps({"id": "e1", "text": ""}).encode(),
             json.dumps({"id": "m1"}).encode(), b'{"id": "b1", "text": "caf\xe9"}',
             json.dumps({"id": "g2", "text": ARTICLE}).encode()]
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    res = run_cli(["run", str(inp), "-o", str(out)])
    assert res.returncode == 1
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ["g1", "g2"]
    errs = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [(e["line"], e["id"]) for e in errs] == [(2, None), (3, "e1"), (4, "m1"), (5, None)]
    assert "malformed JSON" in errs[0]["error"] and "not UTF-8" in errs[3]["error"]
    stderr = res.stderr.decode()
    assert "line 3, id 'e1': empty text" in stderr


def test_cli_run_resume_skips_done_ids(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps({"id": f"a{i}", "text": ARTICLE}) for i in range(2)) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "a0", "quotes": []}) + "\n")
    res = run_cli(["run", str(inp), "-o", str(out), "--resume"])
    assert res.returncode == 0, res.stderr
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a0", "a1"]


def test_cli_run_folder_and_stdin(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "one.txt").write_text(ARTICLE)
    (d / "bad.txt").write_bytes(b"\xff\xfe bad")
    res = run_cli(["run", str(d), "-o", str(tmp_path / "o.jsonl"), "--target", "the strike"])
    assert res.returncode == 1
    assert "bad.txt" in res.stderr.decode()
    assert [json.loads(x)["id"] for x in (tmp_path / "o.jsonl").read_text().splitlines()] == ["one.txt"]
    res = run_cli(["run", "-", "-o", "-"], stdin=json.dumps({"id": "s", "text": ARTICLE}).encode())
    assert res.returncode == 0
    assert json.loads(res.stdout.decode().splitlines()[0])["id"] == "s"


def test_io_reads_rss_and_atom(tmp_path):
    from pipeline.errors import InputError
    from pipeline.io import read_input

    rss = tmp_path / "feed.rss"
    rss.write_text("""<?xml version="1.0"?><rss><channel>
      <item><guid>a1</guid><title>Strike</title><description>&lt;p&gt;“We will win,” she said.&lt;/p&gt;</description></item>
      <item><guid>a2</guid><title></title><description></description></item>
    </channel></rss>""", encoding="utf-8")
    got = list(read_input(str(rss)))
    from pipeline.clean import clean

    assert got[0][1]["id"] == "a1" and got[0][1]["format"] == "html"
    assert clean(got[0][1]["text"], format="html").text == "Strike\n\n“We will win,” she said."
    assert isinstance(got[1][1], InputError) and "empty text" in str(got[1][1])
    atom = tmp_path / "feed.atom"
    atom.write_text("""<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><title>T</title>
      <content>Body text.</content></entry></feed>""", encoding="utf-8")
    (n, item), = list(read_input(str(atom)))
    assert item["id"] == "x" and item["text"] == "T\n\nBody text."
    bad = tmp_path / "bad.xml"
    bad.write_text("<rss><item>", encoding="utf-8")
    (n, err), = list(read_input(str(bad)))
    assert isinstance(err, InputError) and "malformed feed XML" in str(err)


STANCE_TEXT = ("Strike hits depots\n\n"
               "Drivers at two bus depots walked out on Monday in a long row over pay and rotas this winter. "
               "Jane Moss, the union's branch secretary, said talks had failed. "
               "The weather was cold. "
               "\u201cOur members are exhausted,\u201d Ms Moss said.")


@pytest.mark.parametrize("context", ["speaker", "lead", "sentence", "quote"])
def test_stance_units_carry_the_context_asked_for(rules, context):
    from pipeline.stages.stance import StanceClassifier

    doc = rules({"id": "s1", "text": STANCE_TEXT, "targets": ["the strike"]})
    stage = StanceClassifier(model="linear", context=context)
    quote = next(q for q in doc.quotes if "exhausted" in doc.text[q.start:q.end])
    unit = next(u for u in stage._units(doc) if u["quote"] == quote.id)
    fs, fe = unit["focus"]
    assert unit["text"][fs:fe] == doc.text[quote.start:quote.end]  # the focus still points at the quote
    intro = "Jane Moss, the union's branch secretary, said talks had failed."
    lead = "Drivers at two bus depots walked out on Monday in a long row over pay and rotas this winter."
    assert unit["text"].startswith(intro) == (context == "speaker")
    assert unit["text"].startswith(lead) == (context == "lead")
    assert ("Ms Moss said" in unit["text"]) == (context != "quote")
    assert "weather" not in unit["text"]


def test_stance_context_must_be_known():
    from pipeline.stages.stance import StanceClassifier

    with pytest.raises(ValueError, match="stance context"):
        StanceClassifier(model="linear", context="paragraph")


def test_each_quote_says_what_linked_its_speaker(nlp):
    """Explainable links: the evidence for a speaker, and the quote a continuation goes on from."""
    rec = nlp(ARTICLE, targets=["the strike"]).to_dict()
    by_text = {q["text"][:20]: q for q in rec["quotes"]}
    first, second = by_text["Members are at the s"], by_text["This is on top of th"]
    assert first["speaker"]["name"] == "David Seagrave" and first["speaker"]["evidence"] == "cue-subject"
    assert second["speaker"]["entity"] == first["speaker"]["entity"]
    # a British run-on paragraph continues the quote before it and takes its cue, so the cue's subject speaks
    assert second["continues"] == first["id"] and second["speaker"]["evidence"] == "cue-subject"
    assert second["cue"] == first["cue"]
    dwp = by_text["the action was unnec"]
    assert dwp["speaker"]["evidence"] == "cue-subject" and dwp["continues"] is None
