#!/usr/bin/env python
"""Tune the tagged-quote stage's score cut on our dev articles (never test).

The stage keeps a tagged quote when its span score (the mean probability of
its tokens' labels) reaches the cut, or when a rule quote agrees with it and
it reaches the same cut. This runs the quote and speaker stages on the dev
split of ``annotations/articles.jsonl`` at each cut of a grid, prints quote
and attribution F1, and with ``--write`` stores the cut with the best
attribution F1 (ties: the better strict attribution F1, then the lower cut)
in the model's ``tagger_config.json`` (``min_score``), where the stage reads
it.

::

    python eval/tune_tagger_cut.py --write
    python eval/tune_tagger_cut.py --model /tmp/new-tagger --grid 0.8 0.85 0.9
"""
from __future__ import annotations

import argparse
import sys

from pipeline.training.corpora import OWN_GOLD


def main(argv=None) -> int:
    from pipeline import load, scoring
    from pipeline.nn.tagger import update_config
    from pipeline.paths import TAGGER, model_path
    from pipeline.stages.tagged_quotes import TaggedQuotes
    from pipeline.training.corpora import load_gold

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(model_path(TAGGER)))
    ap.add_argument("--gold", default=str(OWN_GOLD))
    ap.add_argument("--grid", type=float, nargs="+", default=[0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95])
    ap.add_argument("--write", action="store_true", help="store the best cut in the model's tagger_config.json")
    args = ap.parse_args(argv)

    gold = load_gold([args.gold], split="dev")
    items = [{"id": d["id"], "text": d["text"], "targets": []} for d in gold]
    nlp = load(stages=["sentences", "parse", "quotes", "mentions", "speakers"], quotes="tagger",
               config={"tagged-quotes": {"model_path": args.model}})
    stage = next(s for s in nlp.stages if isinstance(s, TaggedQuotes))
    rows = []
    for cut in args.grid:
        stage.min_score = stage.min_score_agreed = cut
        preds = [d.to_dict(offsets="raw") for d in nlp.pipe(items, batch_size=8)]
        r = scoring.score_documents(gold, preds)
        rows.append({"min_score": cut, "quotes_overlap_f": r["quotes_overlap_f"],
                     "attribution_f": r["attribution_f"], "attribution_strict_f": r["attribution_strict_f"]})
        print(f"cut {cut:4.2f}  quotes F1 {r['quotes_overlap_f'] * 100:5.1f}  attribution F1 "
              f"{r['attribution_f'] * 100:5.1f}  strict {r['attribution_strict_f'] * 100:5.1f}", flush=True)
    best = max(rows, key=lambda x: (x["attribution_f"], x["attribution_strict_f"], -x["min_score"]))
    print(f"best cut {best['min_score']} on {len(gold)} dev articles")
    if args.write:
        path = update_config(args.model, min_score=best["min_score"], min_score_grid=rows)
        print(f"wrote min_score = {best['min_score']} to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
