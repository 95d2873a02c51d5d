#!/usr/bin/env python
"""Tune the tagger's bias towards label O for PolNeAR's scheme, on dev only.

The tagger is trained with class-weighted cross-entropy, which leans towards
recall (PolNeAR test, CofeNet setting: source P 55 / R 76). A log-probability
``b`` added to label O before the argmax moves it back towards precision.
This script decodes CofeNet's *validation* file (``cofenet_bio/valid.txt``,
drawn from PolNeAR dev) at each ``b`` of a grid, picks the one with the best
mean exact-match F1 over source, cue and content, and with ``--write`` stores
it in the model's ``tagger_config.json`` (``o_bias.polnear``), where
``Tagger`` reads it. Test is never read here.

::

    python eval/tune_tagger_bias.py --write
    python eval/tune_tagger_bias.py --grid 0 0.5 1 1.5 2 --decoding viterbi

Decoding: ``argmax`` takes each word piece's best label; ``viterbi`` the best
path under the BIO constraints (I-x only after B-x or I-x, and a word's
pieces share its span), which stops content spans breaking into pieces.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.evaluation import polnear


def main(argv=None) -> int:
    from pipeline.nn.tagger import Tagger, update_config
    from pipeline.paths import TAGGER, model_path

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(model_path(TAGGER)))
    ap.add_argument("--root", help="PolNeAR folder (default: $SAYSO_POLNEAR or ../shared/benchmarks/polnear)")
    ap.add_argument("--grid", type=float, nargs="+", default=[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--decoding", choices=["argmax", "viterbi", "both"], default="both",
                    help="label decoding to tune with (both: the grid for each, the best pair wins)")
    ap.add_argument("--context", action="store_true",
                    help="tag each segment with its article's neighbouring segments as context")
    ap.add_argument("--write", action="store_true",
                    help="store the best bias (and decoding) in the model's tagger_config.json")
    ap.add_argument("--out", default=None, help="write the grid's scores (numbers only) to this JSON")
    args = ap.parse_args(argv)

    path = polnear.polnear_root(args.root) / "cofenet_bio" / "valid.txt"
    rows = polnear.load_cofenet(path)[: args.limit]
    tagger = Tagger.from_pretrained(args.model)
    gold = [r["labels"] for r in rows]
    tokens = [r["tokens"] for r in rows]
    ids = [r["id"] for r in rows] if args.context else None
    grid = []
    for decoding in (["argmax", "viterbi"] if args.decoding == "both" else [args.decoding]):
        tagger.decoding = decoding
        for b in args.grid:
            res = polnear.score_bio(gold, polnear.tagger_predict_bio(tokens, tagger=tagger, o_bias=b,
                                                                         ids=ids))
            mean = sum(res[f"{t}_exact_f"] for t in ("source", "cue", "content")) / 3
            grid.append({"decoding": decoding, "o_bias": b, "mean_exact_f": mean,
                         **{f"{t}_exact_{m}": res[f"{t}_exact_{m}"] for t in ("source", "cue", "content")
                            for m in "prf"}})
            print(f"{decoding:7s} o_bias {b:4.2f}  source {res['source_exact_f']*100:5.1f}  "
                  f"cue {res['cue_exact_f']*100:5.1f}  content {res['content_exact_f']*100:5.1f}  "
                  f"mean {mean*100:5.1f}", flush=True)
    best = max(grid, key=lambda g: g["mean_exact_f"])
    print(f"best: {best['decoding']} decoding, o_bias {best['o_bias']} "
          f"(mean exact F1 {best['mean_exact_f']*100:.1f} on {path.name}, {len(rows)} segments)")
    if args.out:
        Path(args.out).write_text(json.dumps({"file": path.name, "n_segments": len(rows), "grid": grid,
                                              "best": best}, indent=2) + "\n", encoding="utf-8")
    if args.write:
        path = update_config(args.model, o_bias={"polnear": best["o_bias"]}, decoding=best["decoding"])
        print(f"wrote o_bias.polnear = {best['o_bias']}, decoding = {best['decoding']} to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
