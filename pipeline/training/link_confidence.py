"""Train the speaker link confidence (:mod:`pipeline.stages.link_confidence`) on PolNeAR.

``python -m pipeline.training.link_confidence collect --split train --out DOCS.pkl [--limit N] [--polnear-scheme]``
    Runs PolNeAR articles through the pipeline up to speakers (parse dropped) and pickles the documents.
    The pickles hold PolNeAR text: keep them outside the checkout. The parsed articles that
    ``pipeline.training.stance_doc collect`` caches (real-news train and dev, PolNeAR articles) serve too.

``python -m pipeline.training.link_confidence fit --train DOCS.pkl --dev DOCS.pkl [--out DIR]``
    Labels every linked quote whose content matches a PolNeAR attribution (token overlap, as the PolNeAR
    scorer matches content): 1 when the speaker is the attribution's source as the scorer decides
    (the mention, its entity's mentions or the speaker phrase overlaps the gold Source), else 0. Fits the
    logistic regression on train, picks the regularisation on dev log loss, and reports on dev beside
    a baseline that gives each link the train accuracy of its evidence kind: AUC, log loss, Brier score
    and expected calibration error (10 bins). Writes ``models/speaker-link/link_confidence.json``.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Sequence

from .. import paths
from ..doc import CONFIDENT_QUOTE
from ..stages.link_confidence import FEATURES, MODEL_DIR, MODEL_FILE, features, fit
from ..stages.linker import MODEL_FILE as LINKER_FILE
from ..stages.linker import Linker

ROOT = Path(__file__).resolve().parents[2]


def _docs(path: Path) -> list:
    data = pickle.loads(Path(path).read_bytes())
    return [d["doc"] if isinstance(d, dict) else d for d in data]


def labelled(docs: Sequence, split: str) -> list[dict[str, Any]]:
    """Per linked, confident quote matched to a gold attribution: its features, evidence and label."""
    from ..scoring import DEFAULT_THRESHOLD
    from .polnear import _match_score, _source_ok, _trim_frags, prediction_relations
    from . import polnear

    gold = {a["id"]: a for a in polnear.load_split(split)}
    out = []
    for doc in docs:
        art = gold.get(doc.id)
        if art is None:
            continue
        text = art["text"]
        rec = doc.to_dict(offsets="raw")
        rels = [a for a in art["attributions"] if a["content"]]
        gcont = [_trim_frags(text, a["content"]) for a in rels]
        gsrc = [_trim_frags(text, a["source"]) if a["source"] else None for a in rels]
        by_id = {q.id: q for q in doc.quotes}
        for qd in rec["quotes"]:
            q = by_id[qd["id"]]
            row = features(doc, q)
            if row is None or q.confidence < CONFIDENT_QUOTE:
                continue
            (p,) = prediction_relations({"quotes": [qd], "speakers": rec["speakers"]}, text, min_confidence=0.0)
            best, best_s = None, DEFAULT_THRESHOLD
            for j, g in enumerate(gcont):
                s = _match_score(text, p["content"], g, "overlap", DEFAULT_THRESHOLD)
                if s >= best_s:
                    best, best_s = j, s
            if best is None:
                continue
            ok = _source_ok(text, gsrc[best], p, mode="overlap", coref=True, threshold=DEFAULT_THRESHOLD)
            out.append({"row": row, "evidence": q.link or "none", "label": int(ok), "doc": doc.id})
    return out


def metrics(y: Sequence[int], p: Sequence[float]) -> dict[str, float]:
    from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

    bins: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for yi, pi in zip(y, p):
        bins[min(9, int(pi * 10))].append((yi, pi))
    ece = sum(abs(sum(a for a, _ in b) / len(b) - sum(c for _, c in b) / len(b)) * len(b) for b in bins.values()) / len(y)
    return {"n": len(y), "accuracy_of_links": sum(y) / len(y), "auc": roc_auc_score(y, p),
            "log_loss": log_loss(y, p, labels=[0, 1]), "brier": brier_score_loss(y, p), "ece": ece}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("collect", "fit"))
    ap.add_argument("--split", choices=("train", "dev", "test"), default="train")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--polnear-scheme", action="store_true",
                    help="collect: tag every attribution, as the PolNeAR evaluation runs the pipeline")
    ap.add_argument("--linker", type=Path, default=None,
                    help=f"the learned linker to apply first (default: models/{MODEL_DIR}/{LINKER_FILE} when there)")
    ap.add_argument("--train", type=Path, nargs="+", default=[])
    ap.add_argument("--dev", type=Path, nargs="+", default=[])
    a = ap.parse_args(argv)
    if a.command == "collect":
        from .. import load
        from ..progress import progress
        from . import polnear
        from .realnews import PRE_STANCE

        if a.out is None or ROOT in a.out.resolve().parents:
            ap.error("--out must be a file outside the checkout (the documents hold PolNeAR text)")
        arts = polnear.load_split(a.split, limit=a.limit)
        # --polnear-scheme: the tagger answers in PolNeAR's scheme (every attribution), as eval/polnear.py runs it
        config = {"tagged-quotes": {"scheme": "polnear", "min_score": 0.0}} if a.polnear_scheme else None
        nlp = load(stages=PRE_STANCE, config=config)
        docs = []
        for doc in progress(nlp.pipe([{"id": x["id"], "text": x["text"]} for x in arts], batch_size=8),
                            total=len(arts), desc=f"polnear {a.split}"):
            doc.parse = None
            if doc.error is None:
                docs.append(doc)
        a.out.write_bytes(pickle.dumps(docs))
        return 0
    linker_file = a.linker or paths.model_path(MODEL_DIR) / LINKER_FILE
    linker = Linker.load(linker_file) if linker_file.exists() else None

    def docs(path: Path) -> list:
        """The documents as the speakers stage leaves them: relinked by the learned linker when there is one
        (the confidence is computed after it, so it must learn the linker's links too)."""
        out = _docs(path)
        if linker is not None:
            for d in out:
                linker.relink(d)
        return out

    train = [r for path in a.train for r in labelled(docs(path), "train")]
    dev = [r for path in a.dev for r in labelled(docs(path), "dev")]
    Xtr, ytr = [r["row"] for r in train], [r["label"] for r in train]
    Xdv, ydv = [r["row"] for r in dev], [r["label"] for r in dev]
    # the baseline: each link gets the train accuracy of its evidence kind
    rate: dict[str, list[int]] = defaultdict(list)
    for r in train:
        rate[r["evidence"]].append(r["label"])
    prior = sum(ytr) / len(ytr)
    base = [sum(rate[r["evidence"]]) / len(rate[r["evidence"]]) if rate[r["evidence"]] else prior for r in dev]
    from sklearn.metrics import log_loss

    best = None
    for c in (0.01, 0.03, 0.1, 0.3, 1.0, 3.0):
        model = fit(Xtr, ytr, c=c)
        ll = log_loss(ydv, [model.predict(x) for x in Xdv], labels=[0, 1])
        if best is None or ll < best[0]:
            best = (ll, c, model)
    _, c, model = best
    pred = [model.predict(x) for x in Xdv]
    by_ev: dict[str, dict[str, Any]] = {}
    for ev in sorted({r["evidence"] for r in dev}):
        idx = [i for i, r in enumerate(dev) if r["evidence"] == ev]
        by_ev[ev] = {"n": len(idx), "right": sum(ydv[i] for i in idx) / len(idx),
                     "mean_confidence": sum(pred[i] for i in idx) / len(idx)}
    report = {"train_links": len(ytr), "dev_links": len(ydv), "C": c, "linker_applied": linker is not None,
              "dev": metrics(ydv, pred), "dev_evidence_baseline": metrics(ydv, base), "dev_by_evidence": by_ev,
              "train_docs": sorted({r["doc"] for r in train}).__len__(), "dev_docs": len({r["doc"] for r in dev})}
    model.meta.update({"version": "1", "C": c, "trained_on": "PolNeAR train articles (labels: gold Source)",
                       "report": report})
    out = a.out or paths.model_path(MODEL_DIR) / MODEL_FILE
    model.save(out)
    sys.stdout.write(json.dumps(report, indent=1) + "\n")
    sys.stdout.write(f"features: {len(FEATURES)}; written to {out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
