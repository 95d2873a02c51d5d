"""Train the linear stance model behind ``sayso train stance-lr`` (``models/stance-lr``).

TF-IDF (word 1-2 grams) + multinomial logistic regression on the train split
of our own quote-target pairs (annotations/stance/pairs.jsonl), C chosen on
dev; test is left for ``eval/stance.py`` once per release. The model itself
(featurize, fit, apply without scikit-learn) lives in
:mod:`pipeline.stages.stance`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .. import paths
from ..scoring import score_stance_labels
from ..stages.stance import featurize, fit_linear
from .corpora import read_pairs


def pair_features(r: dict) -> list[str]:
    return featurize(r["target"], r.get("context") or r["quote"], r.get("speaker_type", "unknown"))


def train_stance_lr(*, out: Path | None = None, c: float | None = None) -> dict:
    """Fit on train at each C of a grid (or ``c``), keep the best dev macro-F1, save to ``out``."""
    train = read_pairs(split="train")
    dev = read_pairs(split="dev")
    best = None
    for cval in ([c] if c else [0.5, 1.0, 2.0, 4.0, 8.0, 16.0]):
        model = fit_linear([(pair_features(r), r["label"]) for r in train], c=cval)
        pred = [max((p := model.predict_proba(pair_features(r))), key=p.get) for r in dev]
        res = score_stance_labels([r["label"] for r in dev], pred)
        if best is None or res["stance_macro_f"] > best[1]["stance_macro_f"]:
            best = (model, res, cval)
    model, res, cval = best
    model.meta = {"version": "1", "C": cval, "train_pairs": len(train), "dev_pairs": len(dev),
                  "dev_macro_f": res["stance_macro_f"], "features": "quote sentence 1-2 grams, target words as TGT, speaker type"}
    out = out or paths.model_path(paths.STANCE_LINEAR)
    model.save(out)
    return {"out": str(out), "C": cval, "dev": {k: v for k, v in res.items() if not isinstance(v, (list, dict))}}


def main(argv=None) -> dict:
    """``sayso train stance-lr [--out DIR] [--c C]``: train and save; returns the summary."""
    ap = argparse.ArgumentParser(prog="sayso train stance-lr", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="model folder (default: stance-lr in the models folder)")
    ap.add_argument("--c", type=float, help="the regularisation C (default: the best of a grid on dev)")
    a = ap.parse_args(argv)
    return train_stance_lr(out=a.out, c=a.c)
