#!/usr/bin/env python
"""Stance end to end on SEESAW: whole articles through the pipeline, scored on the quotes that
sayso attributes to the gold subject, with VADER on the same quotes in the same run.

    python eval/stance_e2e.py --split valid [--limit 20] [--candidate DIR [DIR ...]] --out eval/results/stance_e2e_valid.json
    python eval/stance_e2e.py --split test --out eval/results/stance_e2e_test.json   # once per release

SEESAW (CC BY-NC-SA 4.0) is evaluation only: never in shipped weights. It is read in place from
``../shared/benchmarks/seesaw`` (or ``$SAYSO_SEESAW``); the result JSON holds numbers only.

* An article is its title and its sentences, one paragraph each (SEESAW gives sentences, not
  paragraphs); the stance targets are the objects of its gold triplets, the most frequent first,
  up to the pipeline's target limit (16).
* A gold triplet (subject, POS|NEG, object) of sentence *i* is scored when the subject is a named
  entity and sayso attributes a quote overlapping sentence *i* to a speaker whose name matches the
  subject (a shared word other than a stop word, case and accents folded: "Trump" matches
  "Donald Trump"). Every such (quote, triplet) pair counts once.
* sayso's label is its stance of that quote toward the object: favor -> POS, against -> NEG,
  neutral stays neutral (a miss: the gold always takes a side). VADER reads the quote's text:
  compound >= 0.05 POS, <= -0.05 NEG, else neutral.
* Reported: macro-F1 over POS and NEG (neutral predictions count against recall), accuracy, the
  share of neutral predictions, and coverage (scored triplets / triplets with a named subject).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.evaluation import format_table
from pipeline.training.seesaw import SEESAW, SIDES, load_articles, same_speaker
from pipeline.progress import progress
from pipeline.scoring import score_stance_labels

def pairs(article: dict[str, Any], record: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """(quote, triplet) pairs to score, and how many triplets have a named subject."""
    named = [t for t in article["triplets"] if t["subject"] not in ("None", "Not in the list")]
    out = []
    for t in named:
        span = article["spans"].get(t["sentence"])
        if span is None or t["object"] not in article["targets"]:
            continue
        for q in record["quotes"]:
            if q["start"] < span[1] and span[0] < q["end"] and same_speaker(t["subject"], q["speaker"]["name"]):
                stance = next((s["label"] for s in q["stances"] if s["target"] == t["object"]), None)
                if stance is not None:
                    out.append({"gold": t["sentiment"], "sayso": SIDES[stance], "quote": q["text"]})
    return out, len(named)


def score(gold: list[str], pred: list[str]) -> dict[str, Any]:
    res = score_stance_labels(gold, pred, labels=("POS", "NEG"), prefix="s")
    return {"macro_f1_pos_neg": (res["s_POS_f"] + res["s_NEG_f"]) / 2 if gold else None,
            "accuracy": res["s_acc"], "neutral_share": pred.count("neutral") / len(pred) if pred else None,
            "pos_f1": res["s_POS_f"], "neg_f1": res["s_NEG_f"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "valid", "test"], default="valid")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--candidate", nargs="+", default=[],
                    help="stance model folders scored beside the release's, on the same quotes")
    ap.add_argument("--quote-alone", action="store_true",
                    help="also score the release's model without its document step (quote alone), on the same quotes")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from pipeline import load
    from pipeline.evaluation.stance_realnews import default_models
    from pipeline.stages.stance import StanceClassifier

    arts = load_articles(a.split, limit=a.limit)
    if not arts:
        print(f"no SEESAW {a.split} articles under {SEESAW}", file=sys.stderr)
        return 2
    # the stages up to speakers run once; each stance model then reads the same parsed articles
    nlp = load(stages=("sentences", "parse", "quotes", "mentions", "speakers"))
    docs = list(progress(nlp.pipe([{"id": x["id"], "text": x["text"], "targets": x["targets"]} for x in arts],
                                  batch_size=a.batch_size), total=len(arts), desc="seesaw"))
    ok = [(art, doc) for art, doc in zip(arts, docs) if doc.error is None]
    models = default_models(a.candidate)
    if a.quote_alone:
        models["release-quote-alone"] = {"doc_step": False}
    labels: dict[str, list[str]] = {}
    scored: list[dict[str, Any]] = []
    n_named = 0
    for name, kwargs in models.items():
        clf = StanceClassifier(**kwargs)
        got_all, n_named = [], 0
        for k in range(0, len(ok), a.batch_size):
            chunk = ok[k:k + a.batch_size]
            for (art, doc), result in zip(chunk, clf.predict_batch([d for _, d in chunk])):
                clf.set_annotations(doc, result)
                got, n = pairs(art, doc.to_dict())
                got_all += got
                n_named += n
        labels[name] = [p["sayso"] for p in got_all]
        scored = got_all  # the same (quote, triplet) pairs for every model: the quotes and speakers are shared
    sia = SentimentIntensityAnalyzer()
    vader = []
    for p in scored:
        c = sia.polarity_scores(p["quote"])["compound"]
        vader.append("POS" if c >= 0.05 else "NEG" if c <= -0.05 else "neutral")
    gold = [p["gold"] for p in scored]
    res = {"split": a.split, "articles": len(arts), "failed_articles": len(arts) - len(ok),
           "triplets_named_subject": n_named, "pairs_scored": len(scored), "pipeline": nlp.stage_names + ["stance"],
           **{name: score(gold, labs) for name, labs in labels.items()}, "vader": score(gold, vader)}
    print(format_table(f"SEESAW {a.split}, end to end: {len(scored)} (quote, triplet) pairs from {len(arts)} articles "
                f"({n_named} triplets with a named subject)",
                [[name, res[name]["macro_f1_pos_neg"], res[name]["accuracy"], res[name]["neutral_share"]]
                 for name in (*labels, "vader")], ["system", "macro-F1 POS/NEG", "accuracy", "neutral share"]))
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
