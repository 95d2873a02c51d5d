"""Throughput of sayso, end to end and for the model alone, beside a peer, with a per-stage profile.

    python eval/bench.py [--device auto] [--batch-sizes 1 8 32] [--repeat 4] --out eval/results/bench_cpu.json
    python eval/bench.py --articles polnear-dev --limit 60 --target "Donald Trump" --batch-sizes 8 --profile

Articles (``--articles``): ``own``, our own annotated articles and the seeds (annotations/*.jsonl),
repeated ``--repeat`` times, each with its own targets; or ``polnear-dev`` / ``polnear-train``, real
news read in place from ../shared/benchmarks/polnear (first ``--limit``), with the ``--target``
targets (default "Donald Trump"; ``--target none``: no targets). ``--target`` replaces the
articles' targets in either case.
Measures, at each batch size:

* end to end: ``nlp.pipe`` over all articles (the quote stage chosen by
  ``--quotes``, default the rules; speakers; transformer stance), articles/s
  and words/s;
* the model alone: the attribution tagger's ``predict`` over the same
  articles' units (tokenised beforehand, so only the forward passes count)
  with the token budget set to batch size x 256, units/s and model tokens/s;
* the stance model alone over the (quote, target) pairs of the first end-to-end run, at each
  batch size (``max_batch_size`` = batch size, token budget batch size x 128);
* the peer in the same run: spaCy en_core_web_sm + textacy
  ``extract.triples.direct_quotations``;
* ``--profile``: per stage, seconds and share of the first end-to-end run, with the model work per
  article (tokens, padded tokens, stance pairs).

Writes a JSON and a markdown report with the machine it ran on.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
from pathlib import Path

from ..training.corpora import ANNOTATIONS, CHECKOUT, read_jsonl

# the bench's progress and results, one line each (the CLI shows INFO for `sayso bench`)
log = logging.getLogger(__name__)


def load_articles(repeat: int, source: str = "own", *, limit: int | None = None,
                  targets: list[str] | None = None) -> list[dict]:
    if source.startswith("polnear-"):
        from ..training.polnear import load_split

        arts = [{"id": a["id"], "text": a["text"], "targets": list(targets or [])}
                for a in load_split(source.split("-", 1)[1], limit=limit)]
        return arts if repeat == 1 else [dict(a, id=f"{a['id']}#{r}") for r in range(repeat) for a in arts]
    if source != "own":
        raise ValueError(f"--articles must be own, polnear-dev or polnear-train, not {source!r}")
    arts = []
    for f in ("seeds.jsonl", "articles.jsonl"):
        for d in read_jsonl(ANNOTATIONS / f):
            arts.append({"id": d["id"], "text": d["text"],
                         "targets": list(targets) if targets is not None else d.get("targets", [])})
    arts = arts[:limit] if limit else arts
    if repeat == 1:
        return arts
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
    ap.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16", "int8"],
                    help="model stages and the model-alone runs (bf16: autocast on the CPU too)")
    ap.add_argument("--quotes", default="auto", choices=["rules", "tagger", "auto"],
                    help="quote stage for the end-to-end runs (the model-alone runs always use the tagger)")
    ap.add_argument("--articles", default="own", help="own | polnear-dev | polnear-train")
    ap.add_argument("--limit", type=int, default=None, help="the first N articles")
    ap.add_argument("--target", action="append", default=None, help="stance target(s) for every article")
    ap.add_argument("--profile", action="store_true", help="per-stage seconds and model work (first batch size)")
    ap.add_argument("--model-batch-sizes", type=int, nargs="+", default=None,
                    help="batch sizes of the model-alone runs (default: --batch-sizes)")
    ap.add_argument("--set", action="append", default=[], metavar="STAGE.KEY=VALUE",
                    help="a stage option for the end-to-end runs, e.g. stance.token_budget=1024 (repeatable)")
    ap.add_argument("--dump", default=None, help="write the first end-to-end run's records here (JSONL), to compare variants")
    ap.add_argument("--prefetch", default="auto", choices=["auto", "on", "off"],
                    help="parse the next batch in a worker thread during the model stages (auto: on CUDA only)")
    ap.add_argument("--no-model-alone", action="store_true")
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args(argv)
    if args.articles.startswith("polnear-") and not args.target:
        args.target = ["Donald Trump"]
    if args.target == ["none"]:
        args.target = []  # --target none: no stance work
    model_bs = args.model_batch_sizes or args.batch_sizes

    from .. import load
    from ..device import choose_device
    from ..nn.tagger import windows
    from ..text import paragraphs

    dev = choose_device(args.device)
    arts = load_articles(args.repeat if args.articles == "own" else 1, args.articles, limit=args.limit,
                         targets=args.target)
    n_words = sum(len(a["text"].split()) for a in arts)
    config: dict[str, dict] = {}
    for opt in args.set:
        key, _, value = opt.partition("=")
        stage, _, name = key.partition(".")
        if not (stage and name and _):
            ap.error(f"--set takes STAGE.KEY=VALUE, not {opt!r}")
        config.setdefault(stage, {})[name] = json.loads(value) if value[:1] in "0123456789-[{tfn\"" else value
    nlp = load(device=str(dev), quotes=args.quotes, precision=args.precision, config=config,
               prefetch={"auto": None, "on": True, "off": False}[args.prefetch])
    list(nlp.pipe(arts[:2], batch_size=2))  # warm up: model load, first-call costs
    result = {"machine": machine(dev), "articles": len(arts), "words": n_words, "chars": sum(len(a["text"]) for a in arts),
              "source": args.articles, "targets": args.target, "stages": nlp.stage_names, "config": config,
              "prefetch": nlp.prefetch,
              "end_to_end": [], "model_alone": [], "stance_alone": [], "peer": {}}

    stance_items = None
    for bs in args.batch_sizes:
        nlp.reset_profile()
        before = nlp.usage()
        cpu0 = time.process_time()
        docs, sec = timed(lambda: list(nlp.pipe(arts, batch_size=bs)))
        cpu = time.process_time() - cpu0
        result["end_to_end"].append({"batch_size": bs, "seconds": round(sec, 3), "cpu_seconds": round(cpu, 1),
                                     "articles_per_s": round(len(arts) / sec, 3),
                                     "words_per_s": round(n_words / sec, 1),
                                     "errors": sum(d.error is not None for d in docs)})
        log.info(f"end to end  bs={bs:<3} {len(arts) / sec:7.3f} art/s {n_words / sec:9.1f} words/s "
              f"({cpu:.0f} CPU-s)")
        if args.profile and bs == args.batch_sizes[0]:
            rows = nlp.profile_report(before)
            for r in rows:
                for k in ("tokens", "padded_tokens", "pairs", "units", "batches"):
                    if k in r:
                        r[f"{k}_per_article"] = round(r[k] / len(arts), 1)
            result["profile"] = {"batch_size": bs, "stages": rows}
            for r in rows:
                extra = "  ".join(f"{k} {r[k]}" for k in ("tokens_per_article", "padded_tokens_per_article",
                                                          "pairs_per_article") if k in r)
                log.info(f"  {r['stage']:<16} {r['seconds']:8.2f} s {100 * r['share']:5.1f}%  {extra}")
        if args.dump and bs == args.batch_sizes[0]:
            with open(args.dump, "w", encoding="utf-8") as f:
                for d in docs:
                    f.write(json.dumps(d.to_dict() if d.error is None else {"id": d.id, "error": d.error},
                                       ensure_ascii=False) + "\n")
        if stance_items is None and "stance" in nlp.stage_names:
            st = nlp.get("stance")
            if getattr(st, "transformer", None) is not None:
                stance_items = [u for d in docs if d.error is None for u in st._units(d)]

    from ..paths import tagger_available

    if tagger_available() and not args.no_model_alone:
        from ..nn.tagger import Tagger
        from ..paths import TAGGER, model_path

        tg = Tagger.from_pretrained(model_path(TAGGER), device=dev, precision=args.precision)
        jobs = [(a["text"], u) for a in arts
                for u in windows(a["text"], [(p.start, p.end) for p in paragraphs(a["text"])], context_chars=tg.context_chars)]
        encs = [e for part in tg.encode_many(jobs) for e in part]
        n_tok = sum(len(e["input_ids"]) for e in encs)
        from ..batching import map_batched
        from ..device import inference

        for bs in model_bs:
            def run():
                with inference(dev, precision=args.precision):
                    return map_batched(tg._forward, encs, [len(e["input_ids"]) for e in encs],
                                       token_budget=bs * 256, max_batch_size=bs)
            run() if bs == model_bs[0] else None  # warm-up once
            _, sec = timed(run)
            result["model_alone"].append({"batch_size": bs, "units": len(encs), "tokens": n_tok, "seconds": round(sec, 3),
                                          "units_per_s": round(len(encs) / sec, 1), "tokens_per_s": round(n_tok / sec, 1)})
            log.info(f"model alone bs={bs:<3} {len(encs) / sec:7.1f} units/s {n_tok / sec:9.1f} tokens/s")
        base = result["model_alone"][0]["tokens_per_s"]
        result["model_speedup_vs_bs1"] = {r["batch_size"]: round(r["tokens_per_s"] / base, 2) for r in result["model_alone"]}

    if stance_items and not args.no_model_alone:
        from ..batching import map_batched
        from ..device import inference

        tf = nlp.get("stance").transformer
        encs = tf.encode(stance_items)
        n_tok = sum(len(e["input_ids"]) for e in encs)
        for bs in model_bs:
            def run_stance():
                with inference(tf.device, precision=tf.precision):
                    return map_batched(tf._forward, encs, [len(e["input_ids"]) for e in encs],
                                       token_budget=bs * 128, max_batch_size=bs)
            _, sec = timed(run_stance)
            result["stance_alone"].append({"batch_size": bs, "pairs": len(encs), "tokens": n_tok, "seconds": round(sec, 3),
                                           "pairs_per_s": round(len(encs) / sec, 1), "tokens_per_s": round(n_tok / sec, 1)})
            log.info(f"stance alone bs={bs:<3} {len(encs) / sec:7.1f} pairs/s {n_tok / sec:9.1f} tokens/s")
        base = result["stance_alone"][0]["tokens_per_s"]
        result["stance_speedup_vs_first"] = {r["batch_size"]: round(r["tokens_per_s"] / base, 2)
                                             for r in result["stance_alone"]}

    try:
        if args.no_peer:
            raise ImportError("--no-peer")
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
        log.info(f"peer        {len(arts) / sec:7.2f} art/s (textacy, {n_quotes} direct quotes, "
              f"{len(failed)} articles failed)")
    except ImportError as exc:
        result["peer"] = {"error": f"peer not run: {exc}"}

    result["precision"] = args.precision
    suffix = "" if args.precision == "auto" else f"_{args.precision}"
    out = Path(args.out) if args.out else CHECKOUT / "eval" / "results" / f"bench_{dev.type}{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    md = [f"# sayso throughput ({dev.type}, precision {args.precision})", "", "Machine: " + ", ".join(f"{k} {v}" for k, v in result["machine"].items()),
          "", f"{len(arts)} articles ({args.articles}), {n_words} words; targets: {args.target or 'each article its own'}; "
          f"stages: {', '.join(result['stages'])}", "",
          "| what | batch size | articles/s | words/s |", "|---|---|---|---|"]
    md += [f"| end to end | {r['batch_size']} | {r['articles_per_s']} | {r['words_per_s']} |" for r in result["end_to_end"]]
    peer_rate = result["peer"].get("articles_per_s")
    if peer_rate:
        md += ["", "sayso ÷ peer (articles/s): " + ", ".join(
            f"bs {r['batch_size']}: {r['articles_per_s'] / peer_rate:.3f}" for r in result["end_to_end"])]
    if result["peer"].get("articles_per_s"):
        p = result["peer"]
        md.append(f"| peer: {p['name']} ({p['articles_failed']} articles raised) | 32 | {p['articles_per_s']} "
                  f"| {p['words_per_s']} |")
    if result["model_alone"]:
        md += ["", "| model alone | batch size | units/s | tokens/s | speed-up vs 1 |", "|---|---|---|---|---|"]
        md += [f"| tagger | {r['batch_size']} | {r['units_per_s']} | {r['tokens_per_s']} | "
               f"{result['model_speedup_vs_bs1'][r['batch_size']]} |" for r in result["model_alone"]]
    if result["stance_alone"]:
        md += ["", "| stance model alone | batch size | pairs/s | tokens/s | speed-up vs first |", "|---|---|---|---|---|"]
        md += [f"| stance | {r['batch_size']} | {r['pairs_per_s']} | {r['tokens_per_s']} | "
               f"{result['stance_speedup_vs_first'][r['batch_size']]} |" for r in result["stance_alone"]]
    if result.get("profile"):
        md += ["", f"Per stage, end to end at batch size {result['profile']['batch_size']}:", "",
               "| stage | seconds | share | tokens / article | padded tokens / article | pairs / article |",
               "|---|---:|---:|---:|---:|---:|"]
        md += [f"| {r['stage']} | {r['seconds']} | {100 * r['share']:.1f}% | {r.get('tokens_per_article', '')} | "
               f"{r.get('padded_tokens_per_article', '')} | {r.get('pairs_per_article', '')} |"
               for r in result["profile"]["stages"]]
    out.with_suffix(".md").write_text("\n".join(md) + "\n", encoding="utf-8")
    log.info(f"wrote {out} and {out.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sys.exit(main())
