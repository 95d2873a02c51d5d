"""The Ray engine: the predictor class gives ``sayso run``'s records (fast, no Ray needed), and on a
local Ray cluster ``sayso run --engine ray`` writes the same file as a single process (slow)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import load
from pipeline.engines.ray import SaysoPredictor

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    {"id": "a1", "text": "“We will not back down,” said union leader Mary Bird. The council said the offer was fair.",
     "targets": ["the strike"]},
    {"id": "a2", "text": "", "targets": []},  # empty text: an error for this article only
    {"id": "a3", "text": "Ministers said the plan would go ahead. “It is the right thing to do,” Ms Cole added.",
     "source": "wire"},
]


def test_predictor_rows_are_the_records_of_a_single_process():
    pred = SaysoPredictor(quotes="rules", device="cpu", targets=["the plan"], batch_size=2)
    batch = {"seq": [0, 1, 2], "item": [json.dumps(a) for a in ARTICLES]}
    out = pred(batch)
    assert out["seq"] == [0, 1, 2]
    assert out["id"] == ["a1", "a2", "a3"]
    nlp = load(quotes="rules", device="cpu")
    want = []
    for a in ARTICLES:
        a = dict(a, targets=list(a.get("targets") or []) + ["the plan"])
        want.append(next(nlp.pipe([a], batch_size=1)))
    for doc, rec, err in zip(want, out["record"], out["error"]):
        if doc.error is not None:
            assert rec == "" and err == doc.error
        else:
            assert err == "" and json.loads(rec) == json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert json.loads(out["record"][2])["meta"] == {"source": "wire"}


def test_predictor_takes_plain_columns():
    pred = SaysoPredictor(quotes="rules", device="cpu")
    out = pred({"id": ["x"], "text": ["“No,” she said."], "targets": [None]})
    assert out["id"] == ["x"] and out["error"] == [""]
    assert json.loads(out["record"][0])["quotes"][0]["text"] == "No,"


@pytest.mark.slow
def test_ray_engine_output_equals_single_process(tmp_path):
    pytest.importorskip("ray")
    from pipeline.cli import main

    src = tmp_path / "in.jsonl"
    seeds = [json.loads(line) for line in (ROOT / "annotations" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    rows = [{"id": s["id"], "text": s["text"]} for s in seeds] + [ARTICLES[1], ARTICLES[0]]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    one, many = tmp_path / "one.jsonl", tmp_path / "ray.jsonl"
    # fp32: the engine must not change a record. (The CPU int8 path rounds each activation to 8 bits, so
    # the last-bit differences that another batch size makes in the fp32 parts can move a confidence in
    # its third decimal; that is a property of int8 at any batch size, not of the engine.)
    rc1 = main(["run", str(src), "-o", str(one), "--target", "the industrial action", "--precision", "fp32"])
    rc2 = main(["run", str(src), "-o", str(many), "--target", "the industrial action", "--engine", "ray",
                "--ray-workers", "2", "--batch-size", "2", "--precision", "fp32"])
    assert rc1 == rc2 == 1  # the empty article fails in both, nothing else
    a = one.read_text(encoding="utf-8").splitlines()
    b = many.read_text(encoding="utf-8").splitlines()
    assert len(a) == len(rows) - 1
    assert a == b  # record for record, in input order
