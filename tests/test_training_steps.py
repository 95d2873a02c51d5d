"""The named steps of the two transformer trainers (pipeline.training.stance, pipeline.training.quotes).

No encoder is loaded: a tiny bag-of-words module stands in for the stance model,
so these run in well under a second each. Byte-for-byte equality of whole
training runs before and after the steps were split out was checked by hand
(tiny runs with fixed seeds); these tests pin the steps' contracts.
"""
import argparse
import random

import pytest
import torch
from torch import nn

from pipeline.nn.stance_model import LABELS
from pipeline.training import quotes, stance


# --------------------------------------------------------------------------
# stance
# --------------------------------------------------------------------------


def _batches(lengths, nm_order, ep, per_epoch=3):
    return stance.epoch_batches(lengths, nm_order, ep, newsmtsc_per_epoch=per_epoch, token_budget=8,
                                max_batch_size=4)


def test_epoch_batches_take_a_fresh_newsmtsc_slice_and_all_own_items():
    lengths = [1, 2, 3, 1, 2, 3, 1, 2, 3, 1] + [2, 2, 3, 1]  # 10 NewsMTSC items, then 4 of our own
    nm_order = [9, 3, 5, 0, 2, 7, 1, 8, 6, 4]
    for ep, want in ((0, [9, 3, 5]), (1, [0, 2, 7]), (3, [4, 9, 3])):  # epoch 3 wraps around
        got = sorted(i for b in _batches(lengths, nm_order, ep) for i in b)
        assert got == sorted(want + [10, 11, 12, 13])
    # without subsampling every item comes once
    every = stance.epoch_batches(lengths, nm_order, 0, newsmtsc_per_epoch=None, token_budget=8, max_batch_size=4)
    assert sorted(i for b in every for i in b) == list(range(len(lengths)))


def test_epoch_batches_draw_two_shuffles_from_random():
    """The step's RNG use (what keeps training runs reproducible): one shuffle of the items, one of the batches."""
    lengths, nm_order = [3, 1, 2, 2, 1, 3, 2], [4, 1, 0, 3, 2]
    random.seed(5)
    batches = _batches(lengths, nm_order, 0)
    after = random.random()
    random.seed(5)
    random.shuffle(list(range(3 + 2)))
    random.shuffle(list(range(len(batches))))
    assert random.random() == after


def test_stance_schedule_warms_up_then_decays():
    opt = torch.optim.AdamW([nn.Parameter(torch.zeros(1))], lr=1.0)
    sched, total = stance.make_schedule(opt, steps_per_epoch=10, epochs=2, max_steps=None, warmup=0.1)
    assert total == 20
    lrs = []
    for _ in range(total):
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    assert lrs[:3] == pytest.approx([0.5, 1.0, 1.0])
    assert lrs[-1] == pytest.approx(1 / 18)
    _, capped = stance.make_schedule(opt, steps_per_epoch=10, epochs=2, max_steps=5, warmup=0.1)
    assert capped == 5


def test_calibrate_records_the_fitted_temperature():
    torch.manual_seed(0)
    dev_sets = {"a": [{"label": LABELS[i % 3]} for i in range(30)], "b": [{"label": LABELS[0]}] * 10}
    gold = torch.tensor([LABELS.index(it["label"]) for n in dev_sets for it in dev_sets[n]])
    logits = 6 * torch.randn(40, 3) + 3 * nn.functional.one_hot(gold, 3)  # overconfident
    calib = stance.calibrate({"a": logits[:30], "b": logits[30:]}, dev_sets)
    assert list(calib) == ["temperature", "dev_nll_before", "dev_nll_after", "dev_ece_before", "dev_ece_after"]
    assert calib["temperature"] == stance.fit_temperature(logits, gold) and calib["temperature"] > 1
    assert calib["dev_nll_after"] <= calib["dev_nll_before"]


class _BagOfWords(nn.Module):
    """Stands in for StanceModel when Features has no cache: token ids -> logits."""

    def __init__(self):
        super().__init__()
        self.emb = nn.EmbeddingBag(12, len(LABELS), mode="mean")
        self.drop = nn.Dropout(0.5)  # so that train/eval mode and torch's RNG matter

    def forward(self, input_ids):
        return self.drop(self.emb(input_ids))


def _tiny_run(seed=1, epochs=3, max_steps=None):
    torch.manual_seed(seed)
    random.seed(seed)
    model = _BagOfWords()
    items = [{"input_ids": [1 + i % 11, 1 + (3 * i) % 11]} for i in range(24)]
    labels = [LABELS[(i // 2) % 3] for i in range(24)]
    feats = stance.Features(model, items[:16], k=0, pad_id=0)
    dev_sets = {"dev": [{"label": lab} for lab in labels[16:]]}
    dev_feats = {"dev": stance.Features(model, items[16:], k=0, pad_id=0)}
    y = torch.tensor([LABELS.index(lab) for lab in labels[:16]])
    opt = stance.make_optimizer(model, lr=0.5, weight_decay=0.01)
    batches_for = lambda ep: stance.epoch_batches(feats.lengths, list(range(16)), ep, newsmtsc_per_epoch=None,  # noqa: E731
                                                  token_budget=8, max_batch_size=4)
    sched, total = stance.make_schedule(opt, steps_per_epoch=len(batches_for(0)), epochs=epochs,
                                        max_steps=max_steps, warmup=0.06)
    history, best = stance.fit(model, feats, y, dev_feats, dev_sets, batches_for=batches_for,
                               loss_fn=nn.CrossEntropyLoss(), opt=opt, sched=sched, epochs=epochs, total=total,
                               max_steps=max_steps)
    return model, history, best


def test_fit_keeps_the_best_epoch_and_is_reproducible():
    model, history, best = _tiny_run()
    assert [r["epoch"] for r in history] == [1, 2, 3] and [r["steps"] for r in history] == [4, 8, 12]
    assert best["rec"]["dev_score"] == max(r["dev_score"] for r in history)
    assert best["rec"] is next(r for r in history if r["dev_score"] == best["rec"]["dev_score"])
    assert not model.training
    assert all(torch.equal(v, best["state"][n]) for n, v in model.state_dict().items())
    _, again, best_again = _tiny_run()
    drop = lambda recs: [{k: v for k, v in r.items() if k != "epoch_s"} for r in recs]  # noqa: E731
    assert drop(again) == drop(history)
    assert torch.equal(best_again["logits"]["dev"], best["logits"]["dev"])


def test_fit_stops_at_max_steps():
    _, history, _ = _tiny_run(max_steps=6)
    assert [r["steps"] for r in history] == [4, 6]


def test_distill_loss_mixes_gold_and_teacher_and_skips_unlabelled_gold():
    torch.manual_seed(0)
    logits = torch.randn(4, 3, requires_grad=True)
    teacher = torch.randn(4, 3)
    gold = torch.tensor([0, 2, -100, 1])
    target = torch.cat([gold[:, None].float(), teacher], dim=1)
    w = torch.tensor([1.0, 2.0, 0.5])
    t = 3.0
    kd = (torch.softmax(teacher / t, -1) * (torch.log_softmax(teacher / t, -1)
                                           - torch.log_softmax(logits / t, -1))).sum(-1).mean() * t * t
    ce = nn.functional.cross_entropy(logits[[0, 1, 3]], gold[[0, 1, 3]], weight=w)
    got = stance.DistillLoss(w, alpha=0.3, temperature=t)(logits, target)
    assert got.item() == pytest.approx((0.7 * ce + 0.3 * kd).item(), rel=1e-5)
    # a batch of unlabelled items only: the teacher's term alone (no NaN from an empty CE)
    only = stance.DistillLoss(w, alpha=0.3, temperature=t)(logits[2:3], target[2:3])
    assert torch.isfinite(only) and only.item() == pytest.approx(0.3 * kd_one(logits[2], teacher[2], t), rel=1e-5)
    only.backward()
    assert logits.grad is not None and logits.grad[2].abs().sum() > 0
    # the student equal to the teacher costs nothing on the teacher's side
    same = stance.DistillLoss(alpha=1.0, temperature=t)(teacher.clone(), target)
    assert same.item() == pytest.approx(0.0, abs=1e-6)


def kd_one(s, te, t):
    p = torch.softmax(te / t, -1)
    return float((p * (torch.log(p) - torch.log_softmax(s.detach() / t, -1))).sum() * t * t)


def test_load_data_appends_unlabelled_items_once_an_epoch(tmp_path, monkeypatch):
    import json

    monkeypatch.setattr(stance, "load_newsmtsc", lambda path: [{"id": f"nm{i}", "label": "favor"} for i in range(3)])
    monkeypatch.setattr(stance, "load_pairs", lambda path, split=None: [{"id": f"own-{split}", "label": "against"}])
    monkeypatch.setattr(stance, "load_article_pairs", lambda path, target_context=False: [])
    unl = tmp_path / "unl.jsonl"
    unl.write_text("".join(json.dumps({"id": f"u{i}", "label": None, "teacher_logits": [0, 0, 1]}) + "\n"
                           for i in range(2)))
    data = stance.load_data(2, unlabeled=[unl])
    assert data.unlabeled == 2
    assert [it["id"] for it in data.train_items] == ["nm0", "nm1", "nm2", "own-train", "own-train", "u0", "u1"]
    rec = stance.data_record(data, 2)
    assert rec["unlabeled"] == 2 and rec["realnews_train"] == 0 and None not in rec["label_counts"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "label": "favor"}) + "\n")
    with pytest.raises(ValueError, match="label null"):
        stance.load_data(1, unlabeled=[bad])


def test_distill_spread_keeps_ends_and_count():
    from pipeline.training.distill import spread

    assert spread(list(range(5)), 10) == [0, 1, 2, 3, 4]
    assert spread(list(range(10)), 4) == [0, 3, 6, 9]
    assert spread(list(range(10)), 1) == [0]


# --------------------------------------------------------------------------
# quotes (the tagger)
# --------------------------------------------------------------------------


def _tagger_data():
    pn = [{"input_ids": [1] * (i + 2), "labels": [0] * (i + 2), "type_id": 0} for i in range(10)]
    own = [{"input_ids": [2, 2, 2], "labels": [1, -100, 0], "type_id": 1}]
    return quotes.TaggerData(pn_train=[], pn_dev=[], pn_examples=pn, own_examples=own, own_dev=[],
                             schemes=quotes.SCHEMES)


def test_epoch_examples_sample_polnear_with_their_own_rng():
    data = _tagger_data()
    full = quotes.epoch_examples(data, 0, seed=13, polnear_fraction=1.0, own_repeat=3)
    assert full == data.pn_examples + data.own_examples * 3
    random.seed(7)
    state = random.getstate()
    part = quotes.epoch_examples(data, 1, seed=13, polnear_fraction=0.5, own_repeat=2)
    assert random.getstate() == state  # the global RNG (batch order) is left alone
    assert part[:5] == random.Random(14).sample(data.pn_examples, 5) and part[5:] == data.own_examples * 2
    assert quotes.epoch_examples(data, 1, seed=13, polnear_fraction=0.5, own_repeat=2) == part


def test_tagger_class_weights_count_labelled_tokens():
    w = quotes.class_weights([{"labels": [0, 0, 0, 1, -100]}, {"labels": [0, 2]}])
    counts = torch.zeros(len(quotes.LABELS))
    counts[0], counts[1], counts[2] = 4, 1, 1
    want = (counts.sum() / (counts + 1)).pow(0.3)
    assert torch.allclose(w, want / want.mean())
    assert w.mean().item() == pytest.approx(1.0)


def test_tagger_schedule_fits_max_steps():
    examples = _tagger_data().pn_examples
    opt = torch.optim.AdamW([nn.Parameter(torch.zeros(1))], lr=1.0)
    _, total = quotes.make_schedule(opt, examples, token_budget=24, epochs=2, max_steps=None)
    n = len(quotes.token_budget_batches([len(e["input_ids"]) for e in examples], token_budget=24))
    assert total == 2 * n
    sched, capped = quotes.make_schedule(opt, examples, token_budget=24, epochs=2, max_steps=3)
    # warm = 1 step; the first step scales lr by min(1, 1/1) * (3 - 0) / (3 - 1), as it always has
    assert capped == 3 and opt.param_groups[0]["lr"] == pytest.approx(1.5)


def test_tagger_cli_is_unchanged():
    """``sayso train quotes`` passes its argv to main(); the options and defaults stay as they were."""
    ap = quotes._parser()
    args = ap.parse_args([])
    assert isinstance(args, argparse.Namespace)
    assert (args.epochs, args.lr, args.token_budget, args.max_length, args.own_repeat, args.polnear_fraction,
            args.phase1_epochs, args.phase3_epochs, args.seed, args.threads) == (2, 5e-5, 6144, 256, 6, 0.2, 1, 1,
                                                                                  13, 2)


def test_model_config_names_the_model_not_the_folder_it_was_written_to(tmp_path):
    kw = dict(base="all-MiniLM-L6-v2", encoder=tmp_path, version="4", sep_token="[SEP]", k=0, max_length=128,
              focus_marks=True, fp16=True, temperature=1.0, training={})
    assert stance.model_config(out=tmp_path / "minilm_kd", name="stance-minilm", **kw)["name"] == "stance-minilm"
    assert stance.model_config(out=tmp_path / "minilm_kd", **kw)["name"] == "minilm_kd"
