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


def test_group_paragraphs_joins_neighbours_up_to_the_budget():
    from pipeline.nn.tagger import group_paragraphs

    paras = [(0, 100), (101, 250), (251, 900), (901, 950), (951, 1000)]
    assert group_paragraphs(paras, 0) == paras
    assert group_paragraphs(paras, 300) == [(0, 250), (251, 900), (901, 1000)]


def test_spans_of_a_grouped_focus_are_cut_at_paragraph_ends():
    from pipeline.stages.tagged_quotes import _cut_at_paragraphs

    text = "He said it was fine.\nShe said no.\n"
    paras = [(0, 20), (21, 33)]
    got = _cut_at_paragraphs([("content", 8, 28, 0.9), ("cue", 3, 7, 0.8)], paras, text)
    assert got == [("content", 8, 20, 0.9), ("content", 21, 28, 0.9), ("cue", 3, 7, 0.8)]


def test_token_budget_is_sized_to_the_device():
    import torch

    from pipeline.batching import device_token_budget

    assert device_token_budget(torch.device("cpu"), cpu=1024, cuda=16384) == 1024
    assert device_token_budget(torch.device("cuda", 0), cpu=1024, cuda=16384) == 16384
    assert device_token_budget(None, cpu=7, cuda=9) == 7

