"""Throughput of sayso, end to end and for the model alone, beside a peer.

    python eval/bench.py [--device auto] [--batch-sizes 1 8 32] [--repeat 4] --out eval/results/bench_cpu.json

Articles: our own annotated articles and the seeds (annotations/*.jsonl),
repeated ``--repeat`` times. Measures, at each batch size:

* end to end: ``nlp.pipe`` over all articles (the quote stage chosen by
  ``--quotes``, default the rules; speakers; transformer stance), articles/s
  and words/s;
* the model alone: the attribution tagger's ``predict`` over the same
  articles' units (tokenised beforehand, so only the forward passes count)
  with the token budget set to batch size x 256, units/s and model tokens/s;
* the peer in the same run: spaCy en_core_web_sm + textacy
  ``extract.triples.direct_quotations``.

Writes a JSON and a markdown report with the machine it ran on.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

from ..training.corpora import ANNOTATIONS, CHECKOUT, read_jsonl


def load_articles(repeat: int) -> list[dict]:
    arts = []
    for f in ("seeds.jsonl", "articles.jsonl"):
        for d in read_jsonl(ANNOTATIONS / f):
            arts.append({"id": d["id"], "text": d["text"], "targets": d.get("targets", [])})
    return [dict(a, id=f"{a['id']}#{r}") for r in range(repeat) for a in arts]


def machine(device) -> dict:
    import torch

    info = {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "torch": torch.__version__, "device": str(device), "threads": torch.get_num_threads()}
    try:
        import transformers

        info["transformers"] = transformers.__version__
    except ImportError:  # pragma: no cover
        pass
    if device.type == "cuda":
        info["gpu"] = torch.cuda.get_device_name(device)
    return info


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--repeat", type=int, default=4)
    ap.add_argument("--out", default=None)
    ap.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"],
                    help="model stages and the model-alone runs (bf16: autocast on the CPU too)")
    ap.add_argument("--quotes", default="auto", choices=["rules", "tagger", "auto"],
                    help="quote stage for the end-to-end runs (the model-alone runs always use the tagger)")
    args = ap.parse_args(argv)

    from .. import load
    from ..device import choose_device
    from ..nn.tagger import windows
    from ..text import paragraphs

    dev = choose_device(args.device)
    arts = load_articles(args.repeat)
    n_words = sum(len(a["text"].split()) for a in arts)
    nlp = load(device=str(dev), quotes=args.quotes, precision=args.precision)
    list(nlp.pipe(arts[:2], batch_size=2))  # warm up: model load, first-call costs
    result = {"machine": machine(dev), "articles": len(arts), "words": n_words, "stages": nlp.stage_names,
              "end_to_end": [], "model_alone": [], "peer": {}}

    for bs in args.batch_sizes:
        _, sec = timed(lambda: list(nlp.pipe(arts, batch_size=bs)))
        result["end_to_end"].append({"batch_size": bs, "seconds": round(sec, 3), "articles_per_s": round(len(arts) / sec, 2),
                                     "words_per_s": round(n_words / sec, 1)})
        print(f"end to end  bs={bs:<3} {len(arts) / sec:7.2f} art/s {n_words / sec:9.1f} words/s", file=sys.stderr)

    from ..paths import tagger_available

    if tagger_available():
        from ..nn.tagger import Tagger
        from ..paths import TAGGER, model_path

        tg = Tagger.from_pretrained(model_path(TAGGER), device=dev, precision=args.precision)
        jobs = [(a["text"], u) for a in arts
                for u in windows(a["text"], [(p.start, p.end) for p in paragraphs(a["text"])], context_chars=tg.context_chars)]
        encs = [e for part in tg.encode_many(jobs) for e in part]
        n_tok = sum(len(e["input_ids"]) for e in encs)
        from ..batching import map_batched
        from ..device import inference

        for bs in args.batch_sizes:
            def run():
                with inference(dev, precision=args.precision):
                    return map_batched(tg._forward, encs, [len(e["input_ids"]) for e in encs],
                                       token_budget=bs * 256, max_batch_size=bs)
            run() if bs == args.batch_sizes[0] else None  # warm-up once
            _, sec = timed(run)
            result["model_alone"].append({"batch_size": bs, "units": len(encs), "tokens": n_tok, "seconds": round(sec, 3),
                                          "units_per_s": round(len(encs) / sec, 1), "tokens_per_s": round(n_tok / sec, 1)})
            print(f"model alone bs={bs:<3} {len(encs) / sec:7.1f} units/s {n_tok / sec:9.1f} tokens/s", file=sys.stderr)
        base = result["model_alone"][0]["tokens_per_s"]
        result["model_speedup_vs_bs1"] = {r["batch_size"]: round(r["tokens_per_s"] / base, 2) for r in result["model_alone"]}

    try:
        import textacy.extract

        from ..stages.parse import load_spacy

        snlp = load_spacy()
        failed = []

        def peer():
            n = 0
            for a, d in zip(arts, snlp.pipe([a["text"] for a in arts], batch_size=32)):
                try:
                    n += len(list(textacy.extract.triples.direct_quotations(d)))
                except ValueError as exc:  # textacy bails out on an odd number of quote marks
                    failed.append({"id": a["id"], "error": str(exc)[:120]})
            return n
        n_quotes, sec = timed(peer)
        result["peer"] = {"name": "spaCy en_core_web_sm 3.8 + textacy direct_quotations", "seconds": round(sec, 3),
                          "articles_per_s": round(len(arts) / sec, 2), "words_per_s": round(n_words / sec, 1),
                          "quotes_found": n_quotes, "articles_failed": len(failed),
                          "failures": sorted({f["id"].split("#")[0] + ": " + f["error"] for f in failed})}
        print(f"peer        {len(arts) / sec:7.2f} art/s (textacy, {n_quotes} direct quotes, "
              f"{len(failed)} articles failed)", file=sys.stderr)
    except ImportError as exc:
        result["peer"] = {"error": f"textacy not installed: {exc}"}

    result["precision"] = args.precision
    suffix = "" if args.precision == "auto" else f"_{args.precision}"
    out = Path(args.out) if args.out else CHECKOUT / "eval" / "results" / f"bench_{dev.type}{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    md = [f"# sayso throughput ({dev.type}, precision {args.precision})", "", "Machine: " + ", ".join(f"{k} {v}" for k, v in result["machine"].items()),
          "", f"{len(arts)} articles, {n_words} words; stages: {', '.join(result['stages'])}", "",
          "| what | batch size | articles/s | words/s |", "|---|---|---|---|"]
    md += [f"| end to end | {r['batch_size']} | {r['articles_per_s']} | {r['words_per_s']} |" for r in result["end_to_end"]]
    if result["peer"].get("articles_per_s"):
        p = result["peer"]
        md.append(f"| peer: {p['name']} ({p['articles_failed']} articles raised) | 32 | {p['articles_per_s']} "
                  f"| {p['words_per_s']} |")
    if result["model_alone"]:
        md += ["", "| model alone | batch size | units/s | tokens/s | speed-up vs 1 |", "|---|---|---|---|---|"]
        md += [f"| tagger | {r['batch_size']} | {r['units_per_s']} | {r['tokens_per_s']} | "
               f"{result['model_speedup_vs_bs1'][r['batch_size']]} |" for r in result["model_alone"]]
    out.with_suffix(".md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print(f"wrote {out} and {out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
