"""Evaluate sayso against the project's own gold annotations (annotations/*.jsonl).

Usage (``sayso eval gold ...`` is the same)::

    python eval/evaluate.py annotations/seeds.jsonl [annotations/articles.jsonl ...] \\
        --split test --out eval/results/<name>.json [--pred predictions.jsonl]

Without ``--pred`` the pipeline is run on the gold texts (see :func:`predict`).
Prints one table per stage, and writes the JSON result (metrics + errors) to
``--out`` and a markdown report with the error listing next to it
(``<name>.md``). Metrics are defined in ``pipeline/scoring.py`` and listed in
``eval/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Mapping, Sequence

from .. import scoring
from . import format_table, pct
from ..progress import progress
from ..training.corpora import GOLD_SPLITS as SPLITS
from ..training.corpora import load_gold, read_jsonl

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------- data


def predict(gold_docs: Sequence[Mapping[str, Any]], *, batch_size: int = 8, **load_kwargs: Any) -> list[dict]:
    """Run the sayso pipeline on the gold texts; returns ``doc.to_dict()`` per document.

    The one place that knows the pipeline API: adapt here if it changes.
    """
    from .. import load  # late import: scoring a --pred file needs no models

    nlp = load(**load_kwargs)
    items = [{"id": d["id"], "text": d["text"], "targets": list(d.get("targets", []))} for d in gold_docs]
    docs = nlp.pipe(items, batch_size=batch_size)
    return [doc.to_dict(offsets="raw") for doc in progress(docs, total=len(items), desc="sayso")]


# ---------------------------------------------------------------------------- tables


def _prf_rows(res: Mapping[str, Any], names: Sequence[tuple[str, str]]) -> list[list[Any]]:
    return [[label, res.get(f"{key}_p"), res.get(f"{key}_r"), res.get(f"{key}_f")] for label, key in names]


def stage_tables(res: Mapping[str, Any]) -> list[tuple[str, list[str], list[list[Any]]]]:
    """``[(title, header, rows)]`` for the console and markdown reports."""
    prf_head = ["metric", "P", "R", "F1"]
    tables = []
    tables.append(("Sentences", prf_head, _prf_rows(res, [("sentence ends", "sents"), ("sentence spans (exact)", "sents_exact")])))
    rows = _prf_rows(res, [("quotes exact", "quotes_exact"), ("quotes overlap", "quotes_overlap")])
    for k in scoring.QUOTE_KINDS:
        rows += _prf_rows(res, [(f"  {k} exact", f"quotes_{k}_exact"), (f"  {k} overlap", f"quotes_{k}_overlap")])
    rows.append(["kind accuracy (matched)", res.get("quotes_kind_acc"), None, None])
    tables.append(("Quotes (P by predicted kind, R by gold kind)", prf_head, rows))
    tables.append(("Cues", prf_head, _prf_rows(res, [
        ("cue exact (matched quotes)", "cue"), ("cue overlap (matched quotes)", "cue_overlap"),
        ("cue exact (all cues)", "cue_all"), ("cue overlap (all cues)", "cue_all_overlap")])))
    tables.append(("Speakers (on overlap-matched quotes)", ["metric", "accuracy", "n"], [
        ["mention overlap", res.get("speaker_mention_acc"), res.get("speaker_n")],
        ["mention exact", res.get("speaker_mention_exact_acc"), res.get("speaker_n")],
        ["entity", res.get("speaker_entity_acc"), res.get("speaker_n")],
    ]))
    rows = _prf_rows(res, [("attribution (entity)", "attribution"), ("attribution (mention overlap)", "attribution_mention"),
                           ("attribution strict (exact quote + mention)", "attribution_strict")])
    rows += _prf_rows(res, [(f"  {k}", f"attribution_{k}") for k in scoring.QUOTE_KINDS])
    tables.append(("Attribution end to end (quote overlap + speaker)", prf_head, rows))
    rows = [["accuracy", res.get("stance_acc"), None, None], ["macro F1", None, None, res.get("stance_macro_f")]]
    rows += _prf_rows(res, [(f"  {l}", f"stance_{l}") for l in scoring.STANCE_LABELS])
    rows.append(["pairs / missing predictions", res.get("stance_n"), res.get("stance_missing"), None])
    tables.append(("Stance (matched quote x gold target)", prf_head, rows))
    conf = res.get("stance_confusion") or {"labels": [], "matrix": []}
    tables.append(("Stance confusion (rows gold, columns predicted)", ["gold \\ pred", *conf["labels"]],
                   [[l, *row] for l, row in zip(conf["labels"], conf["matrix"])]))
    return tables


def tables_text(res: Mapping[str, Any]) -> str:
    """The result tables as text: a summary line, one table per stage, and the error counts."""
    parts = [f"{res['n_docs']} documents, {res['n_gold_quotes']} gold quotes, {res['n_pred_quotes']} predicted "
             f"(confidence >= {res['min_confidence']}), {res['n_matched_quotes']} matched (token Jaccard >= {res['threshold']})"]
    parts += [format_table(title, rows, head) for title, head, rows in stage_tables(res)]
    n_err = defaultdict(int)
    for e in res.get("errors", []):
        n_err[e["type"]] += 1
    if n_err:
        parts.append("\nErrors: " + ", ".join(f"{k} {v}" for k, v in sorted(n_err.items())))
    return "\n".join(parts)


def _md_cell(s: Any) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _qdesc(q: Mapping[str, Any] | None) -> str:
    if not q:
        return "—"
    spk = q.get("speaker") or q.get("name") or "∅"
    return f"[{q['span'][0]}:{q['span'][1]}] {q.get('kind')} “{q.get('text')}” — cue: {q.get('cue') or '∅'}; speaker: {spk}"


def markdown_report(res: Mapping[str, Any], *, title: str, command: str) -> str:
    """The markdown report: settings, the stage tables and the error listing."""
    out = [f"# {title}", "", f"- date: {_dt.date.today().isoformat()}", f"- command: `{command}`",
           f"- documents: {res['n_docs']}; gold quotes: {res['n_gold_quotes']}; predicted quotes: "
           f"{res['n_pred_quotes']} (confidence >= {res['min_confidence']}); overlap = token Jaccard >= {res['threshold']}",
           "- numbers are percentages; `-` means undefined (nothing to score)", ""]
    for t, head, rows in stage_tables(res):
        out += [f"## {t}", "", "| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
        out += ["| " + " | ".join([_md_cell(r[0])] + [pct(x) for x in r[1:]]) + " |" for r in rows]
        out.append("")
    errors = res.get("errors", [])
    out += ["## Errors", ""]
    if not errors:
        out.append("None.")
    by_type: dict[str, list] = defaultdict(list)
    for e in errors:
        by_type[e["type"]].append(e)
    for typ in sorted(by_type):
        out += [f"### {typ} ({len(by_type[typ])})", ""]
        for e in by_type[typ]:
            if typ == "missing_document":
                out.append(f"- `{e['doc']}`")
                continue
            extra = f" target “{e['target']}”: gold {e['gold_label']} vs predicted {e['pred_label']}." if typ == "wrong_stance" else ""
            out.append(f"- `{e['doc']}`{extra}")
            out.append(f"  - gold: {_md_cell(_qdesc(e.get('gold')))}")
            out.append(f"  - pred: {_md_cell(_qdesc(e.get('pred')))}")
        out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score sayso against annotations/*.jsonl")
    ap.add_argument("gold", nargs="+", help="gold JSONL files")
    ap.add_argument("--split", choices=SPLITS, default="test")
    ap.add_argument("--pred", help="predictions JSONL (doc.to_dict() per line); default: run the pipeline")
    ap.add_argument("--out", help="result JSON, e.g. eval/results/rules_test.json (a .md report is written next to it)")
    ap.add_argument("--save-pred", help="also write the pipeline's predictions to this JSONL")
    ap.add_argument("--threshold", type=float, default=scoring.DEFAULT_THRESHOLD, help="token Jaccard for an overlap match")
    ap.add_argument("--min-confidence", type=float, default=scoring.DEFAULT_MIN_CONFIDENCE,
                    help="drop predicted quotes below this confidence")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--quotes", default="auto", choices=["rules", "tagger", "auto"],
                    help="quote stage of the pipeline: the rules or the trained tagger")
    args = ap.parse_args(argv)

    gold = load_gold(args.gold, split=args.split)
    if not gold:
        log.error("no gold documents with split %r in %s", args.split, ", ".join(args.gold))
        return 2
    if args.pred:
        preds = read_jsonl(args.pred)
    else:
        preds = predict(gold, batch_size=args.batch_size, quotes=args.quotes)
        if args.save_pred:
            Path(args.save_pred).parent.mkdir(parents=True, exist_ok=True)
            with open(args.save_pred, "w", encoding="utf-8") as fh:
                for p in preds:
                    fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    res = scoring.score_documents(gold, preds, threshold=args.threshold, min_confidence=args.min_confidence)
    res["split"] = args.split
    res["gold_files"] = [str(p) for p in args.gold]
    res["pred"] = args.pred or "pipeline"
    log.info("%s", tables_text(res))
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        md = out.with_suffix(".md")
        command = "python eval/evaluate.py " + " ".join(argv if argv is not None else sys.argv[1:])
        md.write_text(markdown_report(res, title=f"sayso evaluation: {out.stem} ({args.split})", command=command),
                      encoding="utf-8")
        log.info("wrote %s and %s", out, md)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sys.exit(main())
