"""Int8 against fp32 on the stance models: label agreement, macro-F1 and seconds, in one run on the same units.

The units are the real-news dev stance items (PolNeAR dev articles, our
standoff labels), shaped as the stance stage shapes them
(``pipeline.training.realnews.stance_units``). PolNeAR text is read in
place and never written into the checkout.

Variants: fp32; ``torch.ao.quantization.quantize_dynamic`` (one scale per
activation tensor); ours (``pipeline.nn.int8``) without and with the
SmoothQuant ranges. Each variant runs twice, alternating, and the faster
pass counts.

    python eval/int8_check.py --out eval/results/int8.json     # writes int8.md beside it
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    import torch
    from sklearn.metrics import f1_score

    from pipeline.nn.int8 import RANGES_NAME, cpu_int8_supported, load_ranges, quantize_linears
    from pipeline.nn.stance_model import TransformerStance
    from pipeline.training.realnews import stance_units

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", nargs="+", default=["stance-mpnet", "stance-minilm"])
    ap.add_argument("--units", type=Path, default=None, help="a JSONL of stance units (default: build real-news dev)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "results" / "int8.json")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    if a.units:
        units = [json.loads(line) for line in a.units.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        units = stance_units("dev")
    gold = [u["label"] for u in units]
    rows = []
    for name in a.models:
        path = ROOT / "models" / name
        base = TransformerStance.from_pretrained(path, device="cpu", precision="fp32")

        def variant(kind):
            m = copy.deepcopy(base)
            if kind == "torch dynamic int8":
                from torch.ao.quantization import quantize_dynamic

                m.model.encoder = quantize_dynamic(m.model.encoder, {torch.nn.Linear}, dtype=torch.qint8)
            elif kind == "per-token int8":
                quantize_linears(m.model.encoder, None)
            elif kind == "per-token int8 + SmoothQuant (default)":
                quantize_linears(m.model.encoder, load_ranges(path / RANGES_NAME))
            return m

        kinds = ["fp32", "torch dynamic int8", "per-token int8", "per-token int8 + SmoothQuant (default)"]
        models = {k: variant(k) for k in kinds}
        secs: dict[str, list[float]] = {k: [] for k in kinds}
        logits = {}
        for _ in range(2):
            for k in kinds:
                t = time.perf_counter()
                logits[k] = models[k].predict_logits(units, token_budget=1024)
                secs[k].append(time.perf_counter() - t)
        ref = logits["fp32"].argmax(-1)
        for k in kinds:
            pred = [base.labels[i] for i in logits[k].argmax(-1).tolist()]
            rows.append({"model": name, "variant": k, "seconds": round(min(secs[k]), 2),
                         "speedup": round(min(secs["fp32"]) / min(secs[k]), 2),
                         "agreement": round((logits[k].argmax(-1) == ref).float().mean().item(), 4),
                         "macro_f1": round(f1_score(gold, pred, average="macro"), 4)})
            print(json.dumps(rows[-1]), flush=True)
    out = {"units": len(units), "threads": a.threads, "torch": torch.__version__,
           "cpu_int8_supported": cpu_int8_supported(), "rows": rows}
    a.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    md = [f"# Int8 against fp32, stance models alone ({len(units)} real-news dev units, {a.threads} threads)", "",
          "| model | variant | seconds | speedup | label agreement with fp32 | macro-F1 (gold) |",
          "|---|---|---:|---:|---:|---:|"]
    md += [f"| {r['model']} | {r['variant']} | {r['seconds']} | {r['speedup']}x | {r['agreement']:.1%} | "
           f"{100 * r['macro_f1']:.1f} |" for r in rows]
    a.out.with_suffix(".md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
