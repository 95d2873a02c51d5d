"""Stance end to end on the real-news set (our labels on PolNeAR articles).

Whole PolNeAR articles go through the pipeline with the targets of their items;
each labelled item (a PolNeAR attribution and a target) is scored on the quote
sayso finds for it: the confident predicted quote whose span overlaps the item's
Content best (token Jaccard >= 0.5, as the PolNeAR scorer matches content).
Items whose quote sayso does not find count toward coverage, not toward F1.
Several stance models can be scored on the same parsed documents in one run,
and VADER reads the same quote texts.

The texts are read in place from ``../shared/benchmarks/polnear``; results hold
numbers only.
"""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..doc import STANCE_LABELS
from ..scoring import score_stance_labels
from ..training import realnews
from ..training.realnews import PRE_STANCE, articles_of, match_quote


def vader_label(sia, text: str) -> str:
    c = sia.polarity_scores(text)["compound"]
    return "favor" if c >= 0.05 else "against" if c <= -0.05 else "neutral"


def score_labels(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    res = score_stance_labels(gold, pred, labels=STANCE_LABELS, prefix="s")
    return {"macro_f1": res["s_macro_f"],
            "accuracy": res["s_acc"], "n": len(gold),
            **{f"{lab}_f1": res[f"s_{lab}_f"] for lab in STANCE_LABELS},
            "neutral_share": pred.count("neutral") / len(pred) if pred else None,
            "confusion": res["s_confusion"]}


def run(split: str, models: Mapping[str, Any], *, limit: int | None = None, batch_size: int = 8,
        quotes: str = "auto", progress=None) -> dict[str, Any]:
    """Score each stance model in ``models`` (name -> ``StanceClassifier`` keyword arguments) and VADER.

    Returns the numbers and, under ``"rows"``, one record per scored item (ids and labels only)."""
    from .. import load
    from ..stages.stance import StanceClassifier

    items = realnews.load_split(split)
    arts = articles_of(items)
    if limit:
        arts = arts[:limit]
    nlp = load(stages=PRE_STANCE, quotes=quotes)
    stream = nlp.pipe([{"id": a["id"], "text": a["text"], "targets": a["targets"]} for a in arts],
                      batch_size=batch_size)
    if progress is not None:
        stream = progress(stream, total=len(arts), desc=f"realnews {split}")
    docs = list(stream)
    failed = [d.id for d in docs if d.error is not None]
    ok = [(a, d) for a, d in zip(arts, docs) if d.error is None]
    preds: dict[str, dict[tuple[str, str], str]] = {}
    timing: dict[str, dict[str, float]] = {}
    for name, kwargs in models.items():
        clf = StanceClassifier(**kwargs)
        labels: dict[tuple[str, str], str] = {}
        t0, units = time.perf_counter(), 0
        for k in range(0, len(ok), batch_size):
            chunk = [d for _, d in ok[k:k + batch_size]]
            for d, stances in zip(chunk, clf.predict_batch(chunk)):
                units += len(stances)
                for st in stances:
                    labels[(d.id, st.quote, st.target)] = st.label
        secs = time.perf_counter() - t0
        preds[name] = labels
        # the stance stage's own time on the same parsed articles: (quote, target) units and seconds
        timing[name] = {"seconds": round(secs, 2), "units": units, "articles": len(ok),
                        "units_per_s": round(units / secs, 1) if secs else None}
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    rows, n_items = [], 0
    for art, doc in ok:
        for it in art["items"]:
            n_items += 1
            q = match_quote(doc, it)
            if q is None:
                continue
            row = {"id": it["id"], "gold": it["label"], "kind": it["kind"], "target_kind": it["target_kind"],
                   "target_in_quote": it["target_in_quote"], "vader": vader_label(sia, doc.text[q.start:q.end])}
            for name in models:
                row[name] = preds[name].get((doc.id, q.id, it["target"]), "neutral")
            rows.append(row)
    gold = [r["gold"] for r in rows]
    systems = list(models) + ["vader"]
    res: dict[str, Any] = {
        "split": split, "articles": len(arts), "failed_articles": failed, "items": n_items,
        "items_scored": len(rows), "coverage": len(rows) / n_items if n_items else None,
        "gold_counts": {lab: gold.count(lab) for lab in STANCE_LABELS},
        "systems": {s: score_labels(gold, [r[s] for r in rows]) for s in systems},
        "stance_time": timing,
    }
    # where the errors are: items that name the target vs not; entity vs issue targets
    for key in ("target_in_quote", "target_kind"):
        groups = defaultdict(list)
        for r in rows:
            groups[str(r[key])].append(r)
        res[f"by_{key}"] = {g: {s: score_labels([r["gold"] for r in rs], [r[s] for r in rs])["macro_f1"]
                                for s in systems} | {"n": len(rs)} for g, rs in sorted(groups.items())}
    res["rows"] = rows
    return res


def table_rows(res: Mapping[str, Any]) -> list[list[Any]]:
    return [[name, s["macro_f1"], s["favor_f1"], s["against_f1"], s["neutral_f1"], s["accuracy"], s["neutral_share"]]
            for name, s in res["systems"].items()]


TABLE_HEADER = ["system", "macro-F1", "favor F1", "against F1", "neutral F1", "accuracy", "neutral share"]


def default_models(candidate: str | Path | Sequence[str | Path] | None = None) -> dict[str, dict[str, Any]]:
    """The release's stance model and, when given, candidate model folders: one is ``candidate``,
    several are ``candidate:<folder name>``."""
    models: dict[str, dict[str, Any]] = {"release": {}}
    cands = [candidate] if isinstance(candidate, (str, Path)) else list(candidate or [])
    for c in cands:
        models["candidate" if len(cands) == 1 else f"candidate:{Path(c).name}"] = {"model_path": str(c)}
    return models
