"""Seconds per article against article length: is the pipeline's cost linear in the text?

Builds articles of the given sizes by repeating the seed articles' paragraphs (each copy
with its own numbered names, so that speakers do not all collapse into one), runs the default
pipeline on each, and prints seconds, seconds per 10 KB and the ratio to the smallest size.
`--one-line` joins the paragraphs without newlines (the worst case: one 1 MB paragraph).

    python eval/scaling.py --sizes 10000 100000 1000000 --target "the strike"
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def article(size: int, *, one_line: bool = False) -> str:
    paras = [p.strip() for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").splitlines()
             if p.strip()]
    out, n = [], 0
    while sum(len(p) + 1 for p in out) < size:
        out.append(paras[n % len(paras)])
        n += 1
    text = (" " if one_line else "\n\n").join(out)
    return text[:size]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--target", action="append", default=[])
    ap.add_argument("--one-line", action="store_true")
    ap.add_argument("--chunk-chars", type=int, default=None)
    ap.add_argument("--time-limit", type=float, default=None)
    ap.add_argument("--quotes", default="auto")
    ap.add_argument("--out", help="write the rows as JSON here")
    args = ap.parse_args(argv)
    from pipeline import Limits, load

    kw = {}
    if args.chunk_chars:
        kw["chunk_chars"] = args.chunk_chars
    kw["time_limit"] = args.time_limit
    nlp = load(quotes=args.quotes, limits=Limits(**kw))
    nlp(article(2000), targets=args.target or None)  # warm up
    rows = []
    for size in args.sizes:
        text = article(size, one_line=args.one_line)
        t0 = time.perf_counter()
        doc = next(nlp.pipe([{"id": f"s{size}", "text": text, "targets": args.target}], batch_size=8))
        took = time.perf_counter() - t0
        rows.append({"chars": len(text), "seconds": round(took, 2), "s_per_10k": round(took / len(text) * 1e4, 3),
                     "quotes": len(doc.quotes), "error": doc.error})
        base = rows[0]["s_per_10k"]
        print(f"{len(text):>9,} chars  {took:8.2f} s  {rows[-1]['s_per_10k']:.3f} s/10KB  "
              f"x{rows[-1]['s_per_10k'] / base:.2f} per char vs smallest  quotes {len(doc.quotes)}"
              + (f"  ERROR {doc.error}" if doc.error else ""), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
