#!/usr/bin/env python
"""Stance end to end on the real-news set: PolNeAR articles (read in place) with our standoff labels
(annotations/realnews/), the release's stance model, a candidate model and VADER on the same quotes.

    python eval/stance_realnews.py --split dev [--candidate DIR [DIR ...]] [--precision fp32] --out eval/results/stance_realnews_dev.json
    python eval/stance_realnews.py --split test --out eval/results/stance_realnews_test.json   # once per release

See pipeline/evaluation/stance_realnews.py for how items are matched and scored. The result JSON holds
ids, labels and numbers only (no PolNeAR text).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.evaluation import format_table
from pipeline.evaluation.stance_realnews import TABLE_HEADER, default_models, run, table_rows
from pipeline.progress import progress


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    ap.add_argument("--candidate", nargs="+", default=[],
                    help="stance model folders to score beside the release's (one run, same parsed articles)")
    ap.add_argument("--no-release", action="store_true", help="score only the candidate (and VADER)")
    ap.add_argument("--precision", nargs="+", default=[], choices=["fp32", "int8", "bf16"],
                    help="also score the release's model at these precisions (same parsed articles, one run)")
    ap.add_argument("--quote-alone", action="store_true",
                    help="also score the release's model without its document step (quote alone)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    models = default_models(a.candidate)
    for p in a.precision:
        models[f"release-{p}"] = {"precision": p}
    if a.quote_alone:
        models["release-quote-alone"] = {"doc_step": False}
    if a.no_release:
        models.pop("release")
    res = run(a.split, models, limit=a.limit, batch_size=a.batch_size, progress=progress)
    print(format_table(
        f"Real-news stance ({a.split}), end to end: {res['items_scored']} of {res['items']} items scored "
        f"(coverage {res['coverage']:.1%}) in {res['articles']} articles; gold {res['gold_counts']}",
        table_rows(res), TABLE_HEADER))
    print("stance stage time on the same parsed articles:", json.dumps(res["stance_time"]))
    for key in ("by_target_in_quote", "by_target_kind"):
        print(key, json.dumps(res[key]))
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
