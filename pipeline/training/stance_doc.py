"""Train the stance stage's document step (:mod:`pipeline.stages.stance_doc`).

Two commands, because the first is slow and the second is not:

``python -m pipeline.training.stance_doc collect --cache DIR``
    Runs whole articles through the pipeline with the stance model's quote-alone probabilities (no
    document step) and keeps, per article, the parsed document, its stances and which of them carry a
    gold label: the real-news set (our labels on PolNeAR articles; train and dev) and our own gold
    articles (``annotations/train_articles.jsonl`` train, ``annotations/articles.jsonl`` dev); and SEESAW
    valid, to choose with (the quotes ``eval/stance_e2e.py`` scores). A labelled
    quote is matched to the pipeline's quote as the end-to-end evaluations match it, so the step learns
    from the inputs it will see. The cache holds PolNeAR text: it must lie outside the checkout.

``python -m pipeline.training.stance_doc fit --cache DIR [--out FILE]``
    Fits the logistic regression on the train labels for a small grid (regularisation, weight of the
    neutral class) and chooses on the dev labels: the mean of real-news dev and own dev macro-F1 and
    SEESAW valid macro-F1 over POS/NEG (SEESAW chooses, never trains). It
    writes ``doc_step.json`` (default: into the stance model's folder). Prints the dev table.
"""
from __future__ import annotations

import argparse
import json
import logging
import pickle
import sys
from pathlib import Path
from typing import Any, Sequence

from .. import paths
from ..doc import STANCE_LABELS
from ..scoring import overlap_ratio
from ..scoring import score_stance_labels
from ..stages.stance_doc import DOC_STEP_FILE, FEATURES, features, fit

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]
OWN = {"train": ROOT / "annotations" / "train_articles.jsonl", "dev": ROOT / "annotations" / "articles.jsonl"}
SETS = (("realnews", "train"), ("realnews", "dev"), ("own", "train"), ("own", "dev"), ("seesaw", "valid"))
DEV = ("realnews_dev", "own_dev", "seesaw_valid")


def _own_articles(split: str) -> list[dict[str, Any]]:
    out = []
    with open(OWN[split], encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("split") == split:
                out.append(rec)
    return out


def collect(source: str, split: str, *, model_path: Path | None = None, batch_size: int = 8,
            progress=None) -> list[dict[str, Any]]:
    """Per article: ``doc`` (its ``parse`` dropped), ``stances`` (quote-alone) and ``labels``
    (stance index -> gold label) for one labelled set."""
    from .. import load
    from ..doc import CONFIDENT_QUOTE
    from ..stages.stance import StanceClassifier
    from . import realnews, seesaw

    if source == "realnews":
        arts = realnews.articles_of(realnews.load_split(split))
    elif source == "seesaw":
        if split == "test":
            raise ValueError("SEESAW test is scored once per release, never used to choose")
        arts = seesaw.load_articles(split)
    else:
        arts = _own_articles(split)
    inputs = [{"id": a["id"], "text": a["text"], "targets": a["targets"]} for a in arts]
    nlp = load(stages=realnews.PRE_STANCE)
    clf = StanceClassifier(model_path=model_path, doc_step=False) if model_path else StanceClassifier(doc_step=False)
    stream = nlp.pipe(inputs, batch_size=batch_size)
    if progress is not None:
        stream = progress(stream, total=len(inputs), desc=f"{source} {split}")
    out = []
    for art, doc in zip(arts, stream):
        if doc.error is not None:
            log.warning("%s: %s", doc.id, doc.error)
            continue
        stances = clf.predict_batch([doc])[0]
        index = {(st.quote, st.target): i for i, st in enumerate(stances)}
        labels: list[tuple[int, str]] = []
        if source == "realnews":
            for it in art["items"]:
                q = realnews.match_quote(doc, it)
                if q is not None and (q.id, it["target"]) in index:
                    labels.append((index[(q.id, it["target"])], it["label"]))
        elif source == "seesaw":
            # as eval/stance_e2e.py scores: a gold triplet's quote is one overlapping its sentence and
            # attributed to a named speaker matching the subject; POS is favor, NEG against
            names = {e.id: e.name for e in doc.entities if e.type != "unknown"}
            for t in art["triplets"]:
                span = art["spans"].get(t["sentence"])
                if t["subject"] in ("None", "Not in the list") or span is None:
                    continue
                for q in doc.quotes:
                    if (q.start < span[1] and span[0] < q.end and seesaw.same_speaker(t["subject"], names.get(q.entity))
                            and (q.id, t["object"]) in index):
                        labels.append((index[(q.id, t["object"])], "favor" if t["sentiment"] == "POS" else "against"))
        else:
            for g in art["quotes"]:
                best, best_s = None, 0.5
                for q in doc.quotes:
                    if q.confidence < CONFIDENT_QUOTE:
                        continue
                    s = overlap_ratio((q.start, q.end), (g["start"], g["end"]))
                    if s >= best_s:
                        best, best_s = q, s
                if best is None:
                    continue
                for st in g.get("stances", []):
                    if (best.id, st["target"]) in index:
                        labels.append((index[(best.id, st["target"])], st["label"]))
        doc.parse = None
        out.append({"doc": doc, "stances": stances, "labels": labels})
    return out


def rows_of(arts: Sequence[dict[str, Any]]) -> tuple[list[list[float]], list[str], list[str]]:
    """Feature rows, gold labels and quote-alone labels of the labelled stances."""
    X, y, base = [], [], []
    for a in arts:
        feats = features(a["doc"], a["stances"])
        pairs = a["labels"].items() if isinstance(a["labels"], dict) else a["labels"]
        for i, lab in pairs:
            X.append(feats[i])
            y.append(lab)
            base.append(a["stances"][i].label)
    return X, y, base


def macro(gold: Sequence[str], pred: Sequence[str], *, sides_only: bool = False) -> float:
    """Macro-F1 over favor / against / neutral, or over favor and against only (SEESAW's POS/NEG: its
    gold always takes a side, so a neutral prediction is a miss)."""
    res = score_stance_labels(gold, pred, labels=STANCE_LABELS, prefix="s")
    if sides_only:
        return (res["s_favor_f"] + res["s_against_f"]) / 2
    return res["s_macro_f"]


def dev_scores(gold: Sequence[str], pred: Sequence[str], key: str) -> dict[str, float]:
    return {key: macro(gold, pred, sides_only=key.startswith("seesaw")),
            key + "_neutral": pred.count("neutral") / len(pred) if pred else 0.0}


def choose(cache: Path) -> tuple[Any, dict[str, Any]]:
    data = {f"{s}_{sp}": pickle.loads((cache / f"{s}_{sp}.pkl").read_bytes()) for s, sp in SETS
            if (cache / f"{s}_{sp}.pkl").exists()}
    missing = [f"{s}_{sp}" for s, sp in SETS if f"{s}_{sp}" not in data]
    if any(not k.endswith(("_dev", "_valid")) for k in missing) or not set(DEV) - set(missing):
        raise FileNotFoundError(f"collect first: {', '.join(missing)} missing under {cache}")
    if missing:
        log.warning("choosing without %s (not collected)", ", ".join(missing))
    dev_sets = [k for k in DEV if k in data]
    rows = {k: rows_of(v) for k, v in data.items()}
    Xtr = rows["realnews_train"][0] + rows["own_train"][0]
    ytr = rows["realnews_train"][1] + rows["own_train"][1]
    table = {"quote alone": {}}
    for k in dev_sets:
        table["quote alone"].update(dev_scores(rows[k][1], rows[k][2], k))
    best, best_key, best_score = None, None, -1.0
    for c in (0.03, 0.1, 0.3, 1.0):
        for w in (1.0, 0.7, 0.5):
            cw = {"favor": 1.0, "against": 1.0, "neutral": w}
            step = fit(Xtr, ytr, c=c, class_weight=cw)
            scores = {}
            for k in dev_sets:
                X, y, _ = rows[k]
                pred = []
                for r in X:
                    p = step.predict_proba(r)
                    pred.append(max(p, key=p.get))
                scores.update(dev_scores(y, pred, k))
            key = f"C={c} neutral_weight={w}"
            table[key] = scores
            mean = sum(scores[k] for k in dev_sets) / len(dev_sets)
            if mean > best_score:
                best, best_key, best_score = (step, c, w), key, mean
    step, c, w = best
    step.meta.update({"version": "1", "C": c, "neutral_weight": w, "chosen": best_key,
                      "train_items": {k: len(rows[k][1]) for k in ("realnews_train", "own_train")},
                      "dev_items": {k: len(rows[k][1]) for k in dev_sets},
                      "dev": table[best_key], "dev_quote_alone": table["quote alone"]})
    return step, table


def main(argv: Sequence[str] | None = None) -> int:
    from ..progress import progress

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("collect", "fit"))
    ap.add_argument("--cache", type=Path, required=True, help="folder for the parsed articles (outside the checkout)")
    ap.add_argument("--model", type=Path, default=None, help="stance model folder (default: the release's)")
    ap.add_argument("--out", type=Path, default=None, help=f"where to write the step (default: MODEL/{DOC_STEP_FILE})")
    ap.add_argument("--only", default=None, help="collect one set, e.g. realnews_dev")
    a = ap.parse_args(argv)
    if ROOT in a.cache.resolve().parents or a.cache.resolve() == ROOT:
        ap.error(f"--cache {a.cache} lies inside the checkout; the cache holds PolNeAR text")
    model = a.model or paths.model_path(paths.STANCE_TRANSFORMERS[0])
    if a.command == "collect":
        a.cache.mkdir(parents=True, exist_ok=True)
        for source, split in SETS:
            if a.only and a.only != f"{source}_{split}":
                continue
            arts = collect(source, split, model_path=model, progress=progress)
            (a.cache / f"{source}_{split}.pkl").write_bytes(pickle.dumps(arts))
            n = sum(len(x["labels"]) for x in arts)
            sys.stdout.write(f"{source} {split}: {len(arts)} articles, {n} labelled stances\n")
        return 0
    step, table = choose(a.cache)
    out = a.out or model / DOC_STEP_FILE
    step.meta["features"] = len(FEATURES)
    step.save(out)
    for key, scores in table.items():
        sys.stdout.write(f"{key:32s} " + " ".join(f"{k}={v:.3f}" for k, v in scores.items()) + "\n")
    sys.stdout.write(f"chosen: {step.meta['chosen']} -> {out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
