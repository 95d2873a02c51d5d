"""The ``sayso`` command line: run | report | eval | train.

Only this module prints. Exit status of ``run``: 0 when every article went
through, 1 when some failed (they are listed on stderr and in the errors file
beside the output), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import json
import logging
import runpy
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _progress(total=None, desc="articles"):
    try:
        from tqdm import tqdm

        return tqdm(total=total, desc=desc, unit="art", file=sys.stderr, dynamic_ncols=True)
    except ImportError:  # pragma: no cover
        return None


def cmd_run(args) -> int:
    from .errors import InputError
    from .io import read_input
    from .pipeline import load

    out_path = Path(args.output) if args.output != "-" else None
    done: set[str] = set()
    if out_path and args.resume and out_path.exists():
        with out_path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    done.add(json.loads(line)["id"])
                except (json.JSONDecodeError, KeyError):
                    continue  # a line cut off by an interrupted run: redone
    if out_path:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out = out_path.open("a" if args.resume else "w", encoding="utf-8")
        err_path = out_path.with_name(out_path.stem + ".errors.jsonl")
    else:
        out = sys.stdout
        err_path = Path("sayso.errors.jsonl")
    errors: list[dict] = []
    nlp = load(device=args.device, quotes=args.quotes, precision=args.precision)
    bar = _progress()
    records = []

    def items():
        for line_no, item in read_input(args.input):
            if isinstance(item, InputError):
                report_error(line_no, item.doc_id, item.problem)
                continue
            if item["id"] in done:
                continue
            if args.target:
                item["targets"] = list(dict.fromkeys(list(item.get("targets") or []) + args.target))
            item["_line"] = line_no
            yield item

    def report_error(line_no, doc_id, problem):
        rec = {"line": line_no, "id": doc_id, "error": problem}
        errors.append(rec)
        print(f"sayso: error: line {line_no}, id {doc_id!r}: {problem}", file=sys.stderr)

    try:
        for doc in nlp.pipe(items(), batch_size=args.batch_size):
            line_no = doc.meta.pop("_line", None)
            if "error" in doc.meta:
                report_error(line_no, doc.id, doc.meta["error"])
            else:
                rec = doc.to_dict()
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                out.flush()
                if args.table:
                    records.append((doc, rec))
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        if out is not sys.stdout:
            out.close()
    if errors:
        with err_path.open("w", encoding="utf-8") as fh:
            for rec in errors:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"sayso: {len(errors)} article(s) failed; see {err_path}", file=sys.stderr)
    elif err_path.exists() and not args.resume:
        err_path.unlink()
    if args.table:
        for _, rec in records:
            print(format_table(rec, min_confidence=args.min_confidence))
    return 1 if errors else 0


def format_table(rec: dict, *, min_confidence: float = 0.5, width: int = 70) -> str:
    """A readable table of one output record: speaker, type, cue, stance, quote."""
    rows = []
    for q in rec["quotes"]:
        if q["confidence"] < min_confidence:
            continue
        sp = q["speaker"]
        name = sp["name"] or (f"? ({sp['mention']['text']})" if sp["mention"] else "?")
        stance = ", ".join(f"{s['label']}" for s in q["stances"]) or "-"
        cue = (q["cue"] or {}).get("text") or "-"
        text = q["text"].replace("\n", " ")
        text = text if len(text) <= width else text[: width - 1] + "…"
        rows.append((name, sp["type"], cue, stance, f"[{q['type'][:3]}] {text}"))
    head = ("speaker", "type", "cue", "stance", "quote")
    widths = [min(32, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(head[:4])]
    lines = [f"== {rec['id']}"]
    fmt = "  ".join(f"{{:{w}.{w}}}" for w in widths) + "  {}"
    lines.append(fmt.format(*head))
    lines.append(fmt.format(*["-" * w for w in widths], "-" * 5))
    lines += [fmt.format(*r) for r in rows]
    for sp in rec.get("speakers", []):
        for st in sp.get("stances", []):
            lines.append(f"   {sp['name']} ({sp['type']}) on {st['target']!r}: {st['label']} "
                         f"(favor {st['favor']}, against {st['against']}, neutral {st['neutral']})")
    return "\n".join(lines)


def cmd_report(args) -> int:
    with open(args.output, encoding="utf-8") as fh:
        for line in fh:
            print(format_table(json.loads(line), min_confidence=args.min_confidence))
    return 0


def cmd_eval(args, rest) -> int:
    script = ROOT / "eval" / ("polnear.py" if args.what == "polnear" else "evaluate.py")
    sys.argv = [str(script)] + rest
    runpy.run_path(str(script), run_name="__main__")
    return 0


def cmd_train(args, rest) -> int:
    """stance-lr here; quotes and stance hand their other arguments to their training scripts."""
    if args.what == "stance-lr":
        from .train import train_stance_lr

        report = train_stance_lr(out=Path(args.out) if args.out else None)
        print(json.dumps(report, indent=2))
        return 0
    module = {"quotes": "pipeline.train_quotes", "stance": "pipeline.train_stance"}.get(args.what)
    if module is None:
        print(f"sayso: unknown model {args.what!r} (stance-lr, stance, quotes)", file=sys.stderr)
        return 2
    import importlib

    argv = rest + (["--out", args.out] if args.out else [])
    report = importlib.import_module(module).main(argv)
    print(json.dumps(report, indent=2))
    return 0


def cmd_bench(args, rest) -> int:
    script = ROOT / "eval" / "bench.py"
    sys.argv = [str(script)] + rest
    runpy.run_path(str(script), run_name="__main__")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="sayso", description="Who said what in the news, how, and where they stand.",
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=textwrap.dedent("""\
                                  examples:
                                    sayso run articles.jsonl -o out.jsonl
                                    sayso run ../shared/seeds -o out/seeds.jsonl --target "the industrial action" --table
                                    sayso eval gold annotations/articles.jsonl --split dev
                                """))
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run the pipeline over JSONL, a folder of .txt, an RSS/Atom file or - (stdin)")
    r.add_argument("input")
    r.add_argument("-o", "--output", required=True, help="output JSONL (- for stdout)")
    r.add_argument("--target", action="append", default=[], help="a stance target for every article (repeatable)")
    r.add_argument("--batch-size", type=int, default=8)
    r.add_argument("--resume", action="store_true", help="skip ids already in OUTPUT and append")
    r.add_argument("--table", action="store_true", help="also print a readable table per article")
    r.add_argument("--min-confidence", type=float, default=0.5, help="table: hide quotes below this")
    r.add_argument("--device", default="auto", help="auto (CUDA when there is one), cpu, cuda, cuda:N")
    r.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"],
                   help="model stages: auto (bf16/fp16 autocast on CUDA, fp32 on CPU), fp32, or bf16 "
                        "(autocast on the CPU too: about 2x faster at batch size 8+ on CPUs with AVX512-BF16)")
    r.add_argument("--quotes", default="auto", choices=["auto", "rules", "tagger"],
                   help="quote stage: auto (default: the trained tagger when its model is there, else the "
                        "rules), tagger, or rules")
    rp = sub.add_parser("report", help="print the readable table of an output file")
    rp.add_argument("output")
    rp.add_argument("--min-confidence", type=float, default=0.5)
    e = sub.add_parser("eval", help="score against gold: 'gold' (annotations) or 'polnear'; other args go to the script")
    e.add_argument("what", choices=["gold", "polnear"])
    t = sub.add_parser("train", help="train a model: quotes (tagger), stance (transformer), stance-lr; "
                                     "other args go to the training script")
    t.add_argument("what", choices=["quotes", "stance", "stance-lr"])
    t.add_argument("--out")
    sub.add_parser("bench", help="throughput: end to end, model alone, and the textacy peer (args go to eval/bench.py)")
    args, rest = p.parse_known_args(argv)
    # training runs for minutes to hours: its progress log is on by default
    logging.basicConfig(level=logging.INFO if args.verbose or args.cmd == "train" else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.cmd == "eval":
        return cmd_eval(args, rest)
    if args.cmd == "train":
        return cmd_train(args, rest)
    if args.cmd == "bench":
        return cmd_bench(args, rest)
    if rest:
        p.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        return {"run": cmd_run, "report": cmd_report}[args.cmd](args)
    except FileNotFoundError as exc:
        print(f"sayso: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
