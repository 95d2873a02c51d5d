#!/usr/bin/env python
"""Token budgets of the model stages, compared in one process on the same articles.

    python eval/budget_sweep.py --limit 30 --stance 4096 1024 512 --tagger 8192 2048 --out eval/results/budget_sweep.json

Loads the default pipeline once, then for each setting (one stage's ``token_budget`` changed, the
other at its default) runs the same PolNeAR dev articles with one target and reports the stage's
seconds, its padded ÷ real tokens and whether every record equals the first run's (labels and spans;
probabilities to 3 decimals). The settings run in turn, twice (ABAB), so that drift on a shared
machine shows; the table gives both passes.
"""
from __future__ import annotations

import argparse
import json
import sys
import time


def _key(rec: dict) -> str:
    """A record with probabilities rounded: batching changes float sums in the last digits."""
    def walk(x):
        if isinstance(x, float):
            return round(x, 3)
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v) for v in x]
        return x
    return json.dumps(walk(rec), sort_keys=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--target", default="Donald Trump")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--stance", type=int, nargs="*", default=[4096, 1024, 512])
    ap.add_argument("--tagger", type=int, nargs="*", default=[8192, 2048])
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--out")
    args = ap.parse_args(argv)

    from pipeline import load
    from pipeline.training.polnear import load_split

    arts = [{"id": a["id"], "text": a["text"], "targets": [args.target]} for a in load_split("dev", limit=args.limit)]
    nlp = load()
    list(nlp.pipe(arts[:2], batch_size=2))  # warm up
    settings = [("stance", b) for b in args.stance] + [("tagged-quotes", b) for b in args.tagger]
    defaults = {name: nlp.get(name).token_budget for name in ("stance", "tagged-quotes")}
    rows: dict[tuple[str, int], dict] = {}
    reference = None
    for p in range(args.passes):
        for stage, budget in settings:
            for name, b in defaults.items():
                nlp.get(name).token_budget = b
            nlp.get(stage).token_budget = budget
            nlp.reset_profile()
            before = nlp.usage()
            t0 = time.perf_counter()
            docs = list(nlp.pipe(arts, batch_size=args.batch_size))
            wall = time.perf_counter() - t0
            prof = {r["stage"]: r for r in nlp.profile_report(before)}
            keys = [_key(d.to_dict()) for d in docs]
            if reference is None:
                reference = keys
            r = rows.setdefault((stage, budget), {"stage": stage, "token_budget": budget, "stage_seconds": [],
                                                  "wall_seconds": [], "same_records": True})
            r["stage_seconds"].append(round(prof[stage]["seconds"], 2))
            r["wall_seconds"].append(round(wall, 2))
            r["padding"] = round(prof[stage].get("padded_tokens", 0) / max(1, prof[stage].get("tokens", 1)), 3)
            r["same_records"] = r["same_records"] and keys == reference
            r["records_differing"] = sum(a != b for a, b in zip(keys, reference))
            print(f"pass {p + 1} {stage:<14} budget {budget:>5}: stage {prof[stage]['seconds']:7.2f} s, "
                  f"wall {wall:7.2f} s, padding x{r['padding']}, records equal: {keys == reference}", file=sys.stderr)
    out = {"articles": len(arts), "target": args.target, "batch_size": args.batch_size, "defaults": defaults,
           "rows": list(rows.values())}
    print(json.dumps(out, indent=2))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
