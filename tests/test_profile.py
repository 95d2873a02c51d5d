"""The per-stage profile behind `sayso bench --profile`: seconds per stage and the model work done."""
from __future__ import annotations

from pipeline.batching import map_batched


def test_map_batched_counts_real_and_padded_tokens():
    usage: dict[str, int] = {}
    lengths = [3, 5, 5, 2]
    out = map_batched(lambda b: [len(x) for x in b], ["abc", "abcde", "vwxyz", "ab"], lengths,
                      token_budget=10, usage=usage)
    assert out == [3, 5, 5, 2]
    assert usage["units"] == 4 and usage["tokens"] == 15
    assert usage["padded_tokens"] >= usage["tokens"]
    assert usage["batches"] >= 2  # 4 units of up to 5 tokens do not fit a budget of 10


def test_pipeline_profile_has_every_stage_and_the_stance_pairs(nlp):
    nlp.reset_profile()
    before = nlp.usage()
    docs = list(nlp.pipe([{"id": "a", "text": "“We will strike,” said Ann Lee. “It is fair,” she added.",
                             "targets": ["the strike", "the offer"]},
                            {"id": "b", "text": "Nobody said anything."}], batch_size=2))
    rows = nlp.profile_report(before)
    assert [r["stage"] for r in rows] == nlp.stage_names
    assert all(r["seconds"] >= 0 and r["docs"] == 2 for r in rows)
    assert abs(sum(r["share"] for r in rows) - 1) < 0.01
    stance = next(r for r in rows if r["stage"] == "stance")
    assert stance["pairs"] == sum(len(d.stances) for d in docs) == 4
    if "padded_tokens" in stance:  # a transformer stance model
        assert stance["padded_tokens"] >= stance["tokens"] > 0
    nlp.reset_profile()
    assert all(r["seconds"] == 0 and r["docs"] == 0 for r in nlp.profile_report())
