"""Stance evaluation, side by side: majority class, VADER, TF-IDF + LR, and the transformer model.

::

    python eval/stance.py                      # everything, writes eval/results/stance.{json,md}
    python eval/stance.py --no-mt --limit 100  # quick look (do not commit its output)

Benchmarks (test splits, scored once per model release):

* ``own``: our quote-target pairs, ``annotations/stance/pairs.jsonl`` split
  ``test``; macro-F1 over favor / against / neutral.
* ``newsmtsc_rw`` / ``newsmtsc_mt``: NewsMTSC ``splits/{rw,mt}/test.jsonl``
  (sentiment toward a person: positive -> favor, negative -> against);
  macro-F1 over the three labels (the paper's F1m).
* ``seesaw``: SEESAW test split (``meta/*.json`` ``Split == "test"``), one
  item per gold (source, POS|NEG, target) triplet; the source is the
  speaker (``None`` / ``Not in the list`` -> no speaker), the target the
  object, the text the previous sentence plus the annotated sentence (the
  window is centred on the latter). Every system's favor/against scores are
  compared with neutral ignored (argmax restricted to POS/NEG); macro-F1 over
  POS/NEG. CC BY-NC-SA: evaluation only, never training.

Systems, all trained on the same data as the model (NewsMTSC train + our
train pairs, oversampled as the model's config says) where they are trained at all:

* ``majority``: the most frequent training label (for SEESAW: the more
  frequent of favor/against).
* ``vader``: VADER compound of the quote (our pairs) or the sentence
  (benchmarks); >= 0.05 favor, <= -0.05 against, else neutral (SEESAW: >= 0
  favor).
* ``tfidf_lr``: TF-IDF word 1-2 grams with the target words marked ``TGT`` +
  logistic regression (``pipeline.stages.stance.featurize`` / ``fit_linear``)
  on the same text as VADER.
* ``stance_lr``: the shipped ``models/stance-lr`` (our train pairs only), for
  reference.
* ``model``: :class:`pipeline.nn.stance_model.TransformerStance` (the
  model the pipeline takes: ``models/stance-mpnet`` where its base encoder
  is installed, else ``models/stance-minilm``), calibrated probabilities,
  argmax; ``--compare DIR`` adds rows for other model folders.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.scoring import ece, score_stance_labels  # noqa: E402
from pipeline.training.corpora import NEWSMTSC, PAIRS, load_newsmtsc, read_pairs  # noqa: E402
from pipeline.training.stance import load_pairs, pair_item  # noqa: E402

SEESAW = Path(os.environ.get("SAYSO_SEESAW", ROOT.parent / "shared" / "benchmarks" / "seesaw"))
from pipeline.doc import STANCE_LABELS as LABELS, STANCE_SIDES as SIDES  # noqa: E402
POSNEG = {"favor": "POS", "against": "NEG"}

log = logging.getLogger("eval.stance")


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------


def load_own_test() -> list[dict[str, Any]]:
    return [dict(pair_item(r), quote=r["quote"]) for r in read_pairs(PAIRS, split="test")]


def load_seesaw(root: Path = SEESAW, *, split: str = "test") -> list[dict[str, Any]]:
    """One item per gold triplet of the split; ``label`` is POS or NEG."""
    items = []
    for meta_file in sorted((root / "meta").glob("TRIPLET_*.json")):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("Split") != split:
            continue
        story = meta_file.stem
        for ann_file in sorted((root / "annotations").glob(f"{story}_DOCUMENT_*.json")):
            ann = json.loads(ann_file.read_text(encoding="utf-8"))
            art = json.loads((root / "articles" / ann_file.name).read_text(encoding="utf-8"))
            sents = {int(s["id"]): s["text"] or "" for s in art["text"]}
            for sid, triplets in ann.get("sentence-level stances", {}).items():
                sid = int(sid)
                sent = sents.get(sid, "")
                prev = sents.get(sid - 1, "")
                text = (prev + " " + sent).strip() if prev else sent
                f0 = len(text) - len(sent)
                for t in triplets:
                    subj = t.get("subject") or ""
                    speaker = "" if subj in ("None", "Not in the list") else subj
                    items.append({"id": f"{ann_file.stem}:{sid}:{t.get('id')}", "target": t["object"],
                                  "speaker": speaker, "text": text, "focus": (f0, len(text)),
                                  "sentence": sent, "label": t["sentiment"]})
    return items


def baseline_text(it: dict[str, Any]) -> str:
    """What the bag-of-words baselines read: the quote (our pairs) or the sentence."""
    return it.get("quote") or it.get("sentence") or it["text"]


# --------------------------------------------------------------------------
# systems: each maps items -> list of {label: score}
# --------------------------------------------------------------------------


def majority_system(train_labels: Sequence[str]) -> Callable:
    counts = Counter(train_labels)
    return lambda items: [{l: float(counts[l]) for l in LABELS} for _ in items]


def vader_system() -> Callable:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()

    def run(items):
        out = []
        for it in items:
            c = sia.polarity_scores(baseline_text(it))["compound"]
            lab = "favor" if c >= 0.05 else "against" if c <= -0.05 else "neutral"
            # sides only (SEESAW): >= 0 counts as favor
            out.append({"favor": 1.0 if lab == "favor" else 0.5 + 1e-6 * (c >= 0),
                        "against": 1.0 if lab == "against" else 0.5 + 1e-6 * (c < 0),
                        "neutral": 1.0 if lab == "neutral" else 0.0})
        return out
    return run


def linear_system(model) -> Callable:
    from pipeline.stages.stance import featurize

    def run(items):
        return [model.predict_proba(featurize(it["target"], baseline_text(it), "unknown")) for it in items]
    return run


def tfidf_lr_system(train_items: Sequence[dict[str, Any]]) -> Callable:
    from pipeline.stages.stance import featurize, fit_linear

    model = fit_linear([(featurize(it["target"], baseline_text(it), "unknown"), it["label"]) for it in train_items])
    return linear_system(model)


def model_system(path: Path, *, token_budget: int) -> Callable:
    from pipeline.device import choose_device
    from pipeline.nn.stance_model import TransformerStance

    m = TransformerStance.from_pretrained(path, device=choose_device(None))
    return lambda items: m.predict(items, token_budget=token_budget)


# --------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------


def argmax_confidence(scores: list[dict[str, float]], gold: Sequence[str]) -> tuple[list[float], list[bool]]:
    """Each item's top probability (normalised) and whether its label is right: the input of
    :func:`pipeline.scoring.ece`."""
    conf, ok = [], []
    for s, g in zip(scores, gold):
        lab = max(s, key=s.get)
        conf.append(s[lab] / (sum(s.values()) or 1.0))
        ok.append(lab == g)
    return conf, ok


def score(bench: str, items: list[dict[str, Any]], scores: list[dict[str, float]]) -> dict[str, Any]:
    gold = [it["label"] for it in items]
    if bench == "seesaw":
        pred = [POSNEG[max(SIDES, key=s.get)] for s in scores]
        res = score_stance_labels(gold, pred, labels=("POS", "NEG"), prefix="stance")
    else:
        pred = [max(LABELS, key=s.get) for s in scores]
        res = score_stance_labels(gold, pred)
        res["ece"] = ece(*argmax_confidence(scores, gold))
    return res


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=None,
                    help="stance model folder (default: the one the pipeline takes, see pipeline.stages.stance)")
    ap.add_argument("--compare", type=Path, action="append", default=[],
                    help="another model folder to score beside it (a row named after the folder)")
    ap.add_argument("--no-mt", action="store_true", help="skip NewsMTSC mt test")
    ap.add_argument("--limit", type=int, default=None, help="first N items per benchmark (quick runs)")
    ap.add_argument("--token-budget", type=int, default=4096)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "results" / "stance.json")
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import torch

    torch.set_num_threads(a.threads)
    if a.model is None:
        from pipeline.stages.stance import default_transformer

        a.model = default_transformer()
        if a.model is None:
            raise SystemExit("no transformer stance model can load here")

    own_oversample = 3
    cfg_file = a.model / "stance_config.json"
    if cfg_file.exists():
        own_oversample = json.loads(cfg_file.read_text())["training"]["data"].get("own_oversample", 3)
    train_items = load_newsmtsc(NEWSMTSC / "train.jsonl") + load_pairs(PAIRS, split="train") * own_oversample
    benches = {
        "own": load_own_test(),
        "newsmtsc_rw": load_newsmtsc(NEWSMTSC / "splits" / "rw" / "test.jsonl"),
    }
    if not a.no_mt:
        benches["newsmtsc_mt"] = load_newsmtsc(NEWSMTSC / "splits" / "mt" / "test.jsonl")
    benches["seesaw"] = load_seesaw()
    if a.limit:
        benches = {k: v[: a.limit] for k, v in benches.items()}

    systems = {
        "majority": majority_system([it["label"] for it in train_items]),
        "vader": vader_system(),
        "tfidf_lr": tfidf_lr_system(train_items),
    }
    if (ROOT / "models" / "stance-lr" / "model.json").exists():
        from pipeline.stages.stance import LinearStanceModel

        systems["stance_lr"] = linear_system(LinearStanceModel.load(ROOT / "models" / "stance-lr"))
    for other in a.compare:
        systems[other.name] = model_system(other, token_budget=a.token_budget)
    systems["model"] = model_system(a.model, token_budget=a.token_budget)

    results: dict[str, Any] = {"model": str(a.model.relative_to(ROOT) if a.model.is_relative_to(ROOT) else a.model),
                               "n": {k: len(v) for k, v in benches.items()}, "scores": {}, "seconds": {},
                               "own_oversample": own_oversample}
    for sname, fn in systems.items():
        for bname, items in benches.items():
            t0 = time.time()
            res = score(bname, items, fn(items))
            results["seconds"][f"{sname}/{bname}"] = round(time.time() - t0, 2)
            results["scores"].setdefault(sname, {})[bname] = res
            log.info("%s / %s: macro-F1 %.3f", sname, bname, res["stance_macro_f"] or 0)

    # ---- tables
    def f(x):
        return "–" if x is None else f"{100 * x:.1f}"

    cols = list(benches)
    head = "| system | " + " | ".join(f"{b} F1m | {b} acc" for b in cols) + " |"
    lines = [head, "|" + "---|" * (1 + 2 * len(cols))]
    for sname in systems:
        r = results["scores"][sname]
        lines.append(f"| {sname} | " + " | ".join(f"{f(r[b]['stance_macro_f'])} | {f(r[b]['stance_acc'])}"
                                                   for b in cols) + " |")
    table = "\n".join(lines)
    m = results["scores"]["model"]
    extra = ["", "Model calibration (ECE of the argmax probability, 10 bins): " + ", ".join(
        f"{b} {m[b]['ece']:.3f}" for b in cols if "ece" in m[b]), "",
        "Model confusion matrices (rows gold, columns predicted):", ""]
    for b in cols:
        c = m[b]["stance_confusion"]
        extra.append(f"* {b}: labels {c['labels']}, matrix {c['matrix']}")
    md = "\n".join([
        "# Stance: side-by-side evaluation", "",
        f"`python eval/stance.py` (model `{results['model']}`). Items: "
        + ", ".join(f"{k} {v}" for k, v in results["n"].items()) + ".",
        "F1m = macro-F1 in percent: favor/against/neutral for own and NewsMTSC; POS/NEG for SEESAW "
        "(gold source and target, argmax restricted to favor/against). Baselines are trained on the same "
        f"data as the model (NewsMTSC train + own train pairs x{results.get('own_oversample', 3)}); "
        "`stance_lr` is the shipped linear model "
        "(own train pairs only). See the docstring of `eval/stance.py` for details.", "",
        table, *extra, ""])
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    a.out.with_suffix(".md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
