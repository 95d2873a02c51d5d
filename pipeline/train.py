"""Training entry points behind ``sayso train``.

``train_stance_lr``: the TF-IDF + logistic regression stance model on the
train split of our own quote-target pairs (annotations/stance/pairs.jsonl),
scored on dev; test is left for ``eval/stance.py`` once per release.
"""
from __future__ import annotations

import json
from pathlib import Path

from .stages.stance import DEFAULT_LR, featurize, fit_linear

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "annotations" / "stance" / "pairs.jsonl"


def read_pairs(path: Path = PAIRS, *, split: str | None = None) -> list[dict]:
    """The raw records of our quote-target pairs file (optionally one split)."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def pair_features(r: dict) -> list[str]:
    return featurize(r["target"], r.get("context") or r["quote"], r.get("speaker_type", "unknown"))


def train_stance_lr(*, out: Path | None = None, c: float | None = None) -> dict:
    from .scoring import score_stance_labels

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
    out = out or DEFAULT_LR
    model.save(out)
    return {"out": str(out), "C": cval, "dev": {k: v for k, v in res.items() if not isinstance(v, (list, dict))}}
