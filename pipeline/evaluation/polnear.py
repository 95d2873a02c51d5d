"""Evaluate sayso on PolNeAR (Newell et al., LREC 2018): quotes, cues and speakers in US political news.

The data is NOT part of this project (it has no data licence: research and
evaluation only, never commit or redistribute it). It is read from
``../shared/benchmarks/polnear`` next to the repository, or from ``--root`` /
the ``SAYSO_POLNEAR`` environment variable. Get it from
https://github.com/networkdynamics/PolNeAR (see shared/benchmarks/polnear/README.md).
Result files written here hold numbers only, never article text.

Usage::

    python eval/polnear.py --split dev [--limit 20] [--pred preds.jsonl] --out eval/results/polnear_dev.json
    python eval/polnear.py --cofenet [--cofenet-file valid.txt] --out eval/results/polnear_cofenet.json

Scoring choices (see eval/README.md for the metric list):

* One annotator per article: the alphabetically first ``.ann`` file.
  ``Discard``/``Discuss`` spans, ``#`` notes and the ``Attribution`` anchor
  spans are ignored. ``Content2`` arguments are merged into the Content.
* Predictions map as: content = quote ``start``/``end``; cue = quote ``cue``;
  source = quote ``speaker.mention``; the speaker entity's other mentions come
  from the prediction's ``speakers`` list.
* All spans, gold and predicted, are trimmed of whitespace, quotation marks
  and edge punctuation before comparison (PolNeAR content includes the quote
  marks, sayso's does not).
* Discontinuous gold spans (fragments): *overlap* score = the largest token
  Jaccard of the prediction with any single fragment, with the union of the
  fragments, or with their full extent (min start, max end), so a prediction
  covering one fragment of ``“A,” she said, “B.”`` or the whole of it can
  match; *exact* = the prediction equals the full extent or any single
  fragment. In overlap mode exact pairs are aligned first, so every exact
  match is also an overlap match.
* Relation level: a predicted (content, speaker) pair is correct when its
  content matches a gold relation's Content and its speaker matches the gold
  Source; matching is one-to-one and greedy by content overlap. Speaker match:
  the quote's speaker mention matches the Source (exact / overlap), or, in the
  coreference variants, any mention of the predicted speaker entity does.
  A gold relation without Source is matched by a prediction without speaker
  mention. Relations without Content (a handful) are skipped.
* The speaker's ``phrase`` (the whole source phrase with its apposition, "Victor Cha, a Korea scholar
  at ...") counts as a speaker span beside the mention, as PolNeAR's Sources are whole phrases;
  ``relation_head`` scores without it.
* Two direct (or mixed) quotes with the same cue and speaker, split around that cue on one line
  ('“A,” she said, “B.”'), are one predicted relation (:func:`pipeline.training.polnear.merge_split_quotes`), as PolNeAR
  annotates one relation with a two-fragment Content.
* direct / mixed / indirect is a heuristic on the gold Content text (double
  quote marks; it reproduces the benchmark README's test counts); predicted quotes use their own ``type``.
  Source kind: pronoun / name (starts with a capital, no leading determiner) /
  description / none.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..scoring import DEFAULT_MIN_CONFIDENCE, DEFAULT_THRESHOLD, QUOTE_KINDS, flatten_prf, greedy_match, prf
from ..progress import progress
from . import format_table
from ..training.corpora import read_jsonl
# the matching of predictions to the gold (trimming, content match, speaker match, split quotes) lives
# with the corpus in pipeline.training.polnear: the speaker linker's trainers label with it too
from ..training.polnear import (SOURCE_KINDS, SPEAKER_KINDS, SPLITS, Span, _match_score, _source_ok, _trim_frags,
                                load_split, polnear_root, prediction_relations)

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------- span comparison


def _span_prf(text, preds: Sequence[Span], golds: Sequence[Sequence[Span]], mode: str, threshold: float):
    m = greedy_match(len(preds), len(golds), lambda i, j: _match_score(text, preds[i], golds[j], mode, threshold),
                     min_score=threshold if mode == "overlap" else 1.0)
    return len(m)


# relation variants: name -> (content mode, source mode, coreference allowed, speaker phrase allowed).
# The speaker's phrase (the whole source phrase as written, "Victor Cha, a Korea scholar at ...") is
# PolNeAR's Source convention; "relation_head" scores the head mention and its entity only, as
# releases before the phrase was output did.
REL_VARIANTS = {
    "relation": ("overlap", "overlap", True, True),
    "relation_head": ("overlap", "overlap", True, False),
    "relation_exact": ("exact", "exact", True, True),
    "relation_mention": ("overlap", "exact", False, True),
    "relation_mention_overlap": ("overlap", "overlap", False, True),
    "relation_strict": ("exact", "exact", False, True),
}


def score_article(art: Mapping[str, Any], pred: Mapping[str, Any] | None, counts: Counter, *,
                  threshold: float = DEFAULT_THRESHOLD, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                  errors: list | None = None) -> None:
    """Add one article's counts to ``counts`` (see :func:`finalize`)."""
    text = art["text"]
    preds = prediction_relations(pred or {}, text, min_confidence=min_confidence)
    counts["articles"] += 1
    counts["missing_pred"] += pred is None
    # --- span level, each component independently (distinct spans on both sides)
    comp = {
        "content": sorted({p["content"] for p in preds}),
        "cue": sorted({p["cue"] for p in preds if p["cue"]}),
        "source": sorted({p["mention"] for p in preds if p["mention"]}),
    }
    for name in ("content", "cue", "source"):
        golds = [_trim_frags(text, fr) for fr in art["spans"][name]]
        ps = comp[name]
        counts[f"{name}_gold"] += len(golds)
        counts[f"{name}_pred"] += len(ps)
        for mode in ("exact", "overlap"):
            counts[f"{name}_{mode}_tp"] += _span_prf(text, ps, golds, mode, threshold)
    # --- relation level
    rels = [a for a in art["attributions"] if a["content"]]
    gcont = [_trim_frags(text, a["content"]) for a in rels]
    gsrc = [_trim_frags(text, a["source"]) if a["source"] else None for a in rels]
    counts["rel_gold"] += len(rels)
    counts["rel_pred"] += len(preds)
    for a in rels:
        counts[f"gold_kind_{a['kind']}"] += 1
        counts[f"gold_src_{a['source_kind']}"] += 1
    for p in preds:
        counts[f"pred_kind_{p['kind']}"] += 1
    cscore = {}
    for i, p in enumerate(preds):
        for j in range(len(rels)):
            cscore[i, j] = {m: _match_score(text, p["content"], gcont[j], m, threshold) for m in ("exact", "overlap")}
    # content-only matching (for the breakdown and the source accuracy)
    cm = greedy_match(len(preds), len(rels), lambda i, j: cscore[i, j]["overlap"], min_score=threshold)
    counts["relcontent_tp"] += len(cm)
    for i, j, _ in cm:
        a, p = rels[j], preds[i]
        counts[f"relcontent_tp_gold_kind_{a['kind']}"] += 1
        counts[f"relcontent_tp_pred_kind_{p['kind']}"] += 1
        sk = a["source_kind"]
        counts["src_n"] += 1
        counts[f"src_n_{sk}"] += 1
        ok = _source_ok(text, gsrc[j], p, mode="overlap", coref=True, threshold=threshold)
        ok_m = _source_ok(text, gsrc[j], p, mode="exact", coref=False, threshold=threshold)
        counts["src_ok"] += ok
        counts[f"src_ok_{sk}"] += ok
        counts["src_mention_exact_ok"] += ok_m
        counts[f"src_mention_exact_ok_{sk}"] += ok_m
        # the speaker-only table: of the quotes found, the share whose speaker is right
        for key in (f"spk_kind_{a.get('speaker_kind', sk)}", f"spk_qkind_{a['kind']}"):
            counts[f"{key}_n"] += 1
            counts[f"{key}_ok"] += ok
        if errors is not None and not ok:
            errors.append({"doc": art["id"], "type": "wrong_source", "gold_content": gcont[j],
                           "gold_source": gsrc[j], "gold_source_text": _txt(text, gsrc[j]),
                           "pred_content": p["content"], "pred_source": p["mention"],
                           "pred_source_text": _txt(text, [p["mention"]] if p["mention"] else None),
                           "pred_phrase_text": _txt(text, [p["phrase"]] if p.get("phrase") else None)})
    if errors is not None:
        mg = {j for _, j, _ in cm}
        mp = {i for i, _, _ in cm}
        for j, a in enumerate(rels):
            if j not in mg:
                errors.append({"doc": art["id"], "type": "missed_content", "kind": a["kind"],
                               "gold_content": gcont[j], "text": _txt(text, gcont[j])})
        for i, p in enumerate(preds):
            if i not in mp:
                errors.append({"doc": art["id"], "type": "spurious_content", "kind": p["kind"],
                               "pred_content": p["content"], "text": _txt(text, [p["content"]])})
    for name, (cmode, smode, coref, phrase) in REL_VARIANTS.items():
        def score(i: int, j: int) -> float:
            s = cscore[i, j][cmode]
            if not s:
                return 0.0
            ok = _source_ok(text, gsrc[j], preds[i], mode=smode, coref=coref, threshold=threshold, phrase=phrase)
            return s if ok else 0.0

        m = greedy_match(len(preds), len(rels), score, min_score=threshold if cmode == "overlap" else 1.0)
        counts[f"{name}_tp"] += len(m)
        if name == "relation":
            for i, j, _ in m:
                counts[f"relation_tp_gold_kind_{rels[j]['kind']}"] += 1
                counts[f"relation_tp_pred_kind_{preds[i]['kind']}"] += 1
                counts[f"relation_tp_src_{rels[j]['source_kind']}"] += 1


def _txt(text: str, frags: Sequence[Span] | None) -> str | None:
    if not frags:
        return None
    return " … ".join(text[s:e] for s, e in frags)[:300]


def finalize(c: Counter, *, threshold: float = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """Turn summed counts into the flat result dict."""
    out: dict[str, Any] = {
        "n_articles": c["articles"], "n_missing_predictions": c["missing_pred"],
        "n_gold_relations": c["rel_gold"], "n_pred_quotes": c["rel_pred"], "threshold": threshold,
    }
    for name in ("content", "cue", "source"):
        out[f"n_gold_{name}_spans"] = c[f"{name}_gold"]
        out[f"n_pred_{name}_spans"] = c[f"{name}_pred"]
        for mode in ("exact", "overlap"):
            flatten_prf(f"{name}_{mode}", prf(c[f"{name}_{mode}_tp"], c[f"{name}_pred"], c[f"{name}_gold"]), out)
    for name in REL_VARIANTS:
        flatten_prf(name, prf(c[f"{name}_tp"], c["rel_pred"], c["rel_gold"]), out)
    flatten_prf("relation_content", prf(c["relcontent_tp"], c["rel_pred"], c["rel_gold"]), out)
    out["source_acc"] = c["src_ok"] / c["src_n"] if c["src_n"] else None
    out["source_mention_exact_acc"] = c["src_mention_exact_ok"] / c["src_n"] if c["src_n"] else None
    for k in QUOTE_KINDS:
        out[f"n_gold_{k}"] = c[f"gold_kind_{k}"]
        out[f"n_pred_{k}"] = c[f"pred_kind_{k}"]
        flatten_prf(f"relation_content_{k}", prf(c[f"relcontent_tp_pred_kind_{k}"], c[f"pred_kind_{k}"],
                                           c[f"gold_kind_{k}"], tp_gold=c[f"relcontent_tp_gold_kind_{k}"]), out)
        flatten_prf(f"relation_{k}", prf(c[f"relation_tp_pred_kind_{k}"], c[f"pred_kind_{k}"], c[f"gold_kind_{k}"],
                                   tp_gold=c[f"relation_tp_gold_kind_{k}"]), out)
    for sk in SPEAKER_KINDS:
        n = c[f"spk_kind_{sk}_n"]
        out[f"speaker_right_{sk}"] = c[f"spk_kind_{sk}_ok"] / n if n else None
        out[f"speaker_n_{sk}"] = n
    for k in QUOTE_KINDS:
        n = c[f"spk_qkind_{k}_n"]
        out[f"speaker_right_{k}"] = c[f"spk_qkind_{k}_ok"] / n if n else None
        out[f"speaker_n_{k}"] = n
    for sk in SOURCE_KINDS:
        out[f"n_gold_source_{sk}"] = c[f"gold_src_{sk}"]
        out[f"relation_source_{sk}_r"] = (c[f"relation_tp_src_{sk}"] / c[f"gold_src_{sk}"]
                                          if c[f"gold_src_{sk}"] else None)
        n = c[f"src_n_{sk}"]
        out[f"source_{sk}_acc"] = c[f"src_ok_{sk}"] / n if n else None
        out[f"source_{sk}_mention_exact_acc"] = c[f"src_mention_exact_ok_{sk}"] / n if n else None
    return out


def score_polnear(articles: Sequence[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]], *,
                  threshold: float = DEFAULT_THRESHOLD, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                  errors: list | None = None) -> dict[str, Any]:
    """Score prediction dicts (``Document.to_dict()`` shape, aligned by ``id``) against PolNeAR articles."""
    preds = {p.get("id"): p for p in predictions}
    c: Counter = Counter()
    for art in articles:
        score_article(art, preds.get(art["id"]), c, threshold=threshold, min_confidence=min_confidence,
                      errors=errors)
    return finalize(c, threshold=threshold)


# ---------------------------------------------------------------------------- running the pipeline


def run_pipeline(items: Sequence[Mapping[str, Any]], *, batch_size: int = 8, desc: str = "sayso",
                 **load_kwargs: Any) -> list[dict]:
    """Run the sayso pipeline on ``[{"id", "text", "targets"}]``; returns ``doc.to_dict()`` per item."""
    from .. import load  # imported late: scoring works without the pipeline

    nlp = load(**load_kwargs)
    docs = nlp.pipe(list(items), batch_size=batch_size)
    return [d.to_dict(offsets="raw") for d in progress(docs, total=len(items), desc=desc)]


# ---------------------------------------------------------------------------- CofeNet BIO setting

BIO_TYPES = ("source", "cue", "content")
_PTB = {"``": "“", "''": "”", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_OPEN_TOK = {"``", "`", "“", "‘", '"'}
_CLOSE_TOK = {"''", "'", "”", "’", '"'}


def bio_spans(labels: Sequence[str]) -> set[tuple[str, int, int]]:
    """``{(type, start_token, end_token)}`` (end exclusive) from BIO labels; an
    ``I-x`` that does not continue an ``x`` span starts a new one (conlleval)."""
    out = set()
    cur, start = None, 0
    for i, lab in enumerate(list(labels) + ["O"]):
        tag, _, typ = lab.partition("-")
        if cur is not None and (tag != "I" or typ != cur):
            out.add((cur, start, i))
            cur = None
        if tag == "B" or (tag == "I" and cur is None):
            cur, start = typ, i
    return out


def load_cofenet(path: str | os.PathLike) -> list[dict]:
    """CofeNet BIO JSON lines: ``{"tokens", "labels", "id", ...}``."""
    return read_jsonl(path)


def detokenize(tokens: Sequence[str]) -> tuple[str, list[Span]]:
    """Join CoreNLP tokens with single spaces (PTB quote/bracket tokens mapped
    back to characters); returns the text and each token's char span."""
    parts, offs, pos = [], [], 0
    for t in tokens:
        t = _PTB.get(t, t)
        offs.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t) + 1
    return " ".join(parts), offs


def spans_to_bio(tokens: Sequence[str], offsets: Sequence[Span], spans: Sequence[tuple[str, Span]]) -> list[str]:
    """Char spans -> BIO labels over tokens. Later spans overwrite earlier ones,
    so pass content, then cue, then source. A content span is widened to take in
    the quote-mark tokens right around it (CofeNet content includes them)."""
    labels = ["O"] * len(tokens)
    starts = [s for s, _ in offsets]
    ends = [e for _, e in offsets]
    import bisect

    for typ, (s, e) in spans:
        i = bisect.bisect_right(ends, s)
        j = bisect.bisect_left(starts, e)
        if i >= j:
            continue
        if typ == "content":
            if i > 0 and tokens[i - 1] in _OPEN_TOK:
                i -= 1
            if j < len(tokens) and tokens[j] in _CLOSE_TOK:
                j += 1
            elif j + 1 < len(tokens) and tokens[j] in {",", "."} and tokens[j + 1] in _CLOSE_TOK:
                j += 2
        labels[i] = f"B-{typ}"
        for k in range(i + 1, j):
            labels[k] = f"I-{typ}"
    return labels


def tagger_predict_bio(token_lists: Sequence[Sequence[str]], *, model_path: str | None = None,
                       device: str | None = None, tagger: Any = None,
                       o_bias: float | None = None, ids: Sequence[str] | None = None) -> list[list[str]]:
    """``predict_bio`` hook for the trained attribution tagger (``--bio-predictor polnear:tagger_predict_bio``):
    each segment (tokens joined by spaces) is one unit; its spans map back to BIO. ``o_bias``
    overrides the model's tuned bias towards O (``eval/tune_tagger_bias.py``).

    With ``ids`` (the segments' article ids, ``--cofenet-context``), consecutive
    segments of one article are joined into its text and each segment is
    tagged with its neighbours as context (as the tagger was trained: a focus
    plus ``context_chars`` either side); only the segment's own labels are
    scored. Without, each segment is tagged alone (CofeNet's own input)."""
    from .. import paths
    from ..nn.tagger import Tagger

    if tagger is None:
        tagger = Tagger.from_pretrained(model_path or os.environ.get("SAYSO_TAGGER") or paths.model_path(paths.TAGGER),
                                        device=device)
    texts = [detokenize(toks) for toks in token_lists]
    if ids is None:
        jobs = [(t, {"span": (0, len(t)), "focus": (0, len(t))}) for t, _ in texts]
        preds = tagger.predict(jobs, o_bias=o_bias)
    else:
        preds = _predict_with_neighbours(tagger, [t for t, _ in texts], ids, o_bias=o_bias)
    out = []
    for toks, (text, offs), spans in zip(token_lists, texts, preds):
        order = {"content": 0, "cue": 1, "source": 2}
        ordered = sorted(spans, key=lambda x: order[x[0]])
        out.append(spans_to_bio(toks, offs, [(t, (s, e)) for t, s, e in ordered]))
    return out


def _predict_with_neighbours(tagger: Any, texts: Sequence[str], ids: Sequence[str], *,
                             o_bias: float | None) -> list[list[tuple]]:
    from ..nn.tagger import windows

    jobs, where = [], []  # where[k]: where segment k starts in its article's joined text
    k = 0
    while k < len(texts):
        j = k
        while j < len(texts) and ids[j] == ids[k]:
            j += 1
        starts, pos = [], 0
        for t in texts[k:j]:
            starts.append(pos)
            pos += len(t) + 1
        doc = " ".join(texts[k:j])
        units = windows(doc, [(st, st + len(t)) for st, t in zip(starts, texts[k:j])],
                        context_chars=tagger.context_chars, max_chars=10 ** 9)
        for st, u in zip(starts, units):
            jobs.append((doc, u))
            where.append(st)
        k = j
    preds = tagger.predict(jobs, o_bias=o_bias)
    return [[(typ, s - st, e - st) for typ, s, e in spans] for st, spans in zip(where, preds)]


def rule_predict_bio(token_lists: Sequence[Sequence[str]], *, batch_size: int = 8,
                     min_confidence: float = DEFAULT_MIN_CONFIDENCE, **load_kwargs: Any) -> list[list[str]]:
    """The default ``predict_bio`` hook: run the sayso pipeline on each segment
    (tokens joined by spaces) and map content / cue / speaker mention back to BIO."""
    texts = [detokenize(toks) for toks in token_lists]
    items = [{"id": str(i), "text": t, "targets": []} for i, (t, _) in enumerate(texts)]
    preds = run_pipeline(items, batch_size=batch_size, desc="cofenet", **load_kwargs)
    out = []
    for toks, (text, offs), pred in zip(token_lists, texts, preds):
        spans: list[tuple[str, Span]] = []
        rels = prediction_relations(pred, text, min_confidence=min_confidence)
        spans += [("content", r["content"]) for r in rels]
        spans += [("cue", r["cue"]) for r in rels if r["cue"]]
        spans += [("source", r["mention"]) for r in rels if r["mention"]]
        out.append(spans_to_bio(toks, offs, spans))
    return out


def score_bio(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Exact-match span P/R/F per type (CofeNet's setting) plus corpus-level token Jaccard per type.

    The token Jaccard is ``|gold tokens & predicted tokens| / |union|`` for each
    type over the whole corpus; CofeNet's "Jaccard" column may be defined
    differently, so compare it with care.
    """
    c: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = bio_spans(g), bio_spans(p)
        for typ in BIO_TYPES:
            gt = {x for x in gs if x[0] == typ}
            pt = {x for x in ps if x[0] == typ}
            c[f"{typ}_gold"] += len(gt)
            c[f"{typ}_pred"] += len(pt)
            c[f"{typ}_tp"] += len(gt & pt)
            gtok = {k for i, lab in enumerate(g) if lab.endswith("-" + typ) for k in [i]}
            ptok = {k for i, lab in enumerate(p) if lab.endswith("-" + typ) for k in [i]}
            c[f"{typ}_tok_inter"] += len(gtok & ptok)
            c[f"{typ}_tok_union"] += len(gtok | ptok)
    out: dict[str, Any] = {"n_segments": len(gold)}
    for typ in BIO_TYPES:
        flatten_prf(f"{typ}_exact", prf(c[f"{typ}_tp"], c[f"{typ}_pred"], c[f"{typ}_gold"]), out)
        out[f"n_gold_{typ}_spans"] = c[f"{typ}_gold"]
        out[f"{typ}_token_jaccard"] = (c[f"{typ}_tok_inter"] / c[f"{typ}_tok_union"]
                                       if c[f"{typ}_tok_union"] else None)
    return out


def _load_hook(spec: str) -> Callable:
    mod, _, fn = spec.partition(":")
    return getattr(importlib.import_module(mod), fn)


# ---------------------------------------------------------------------------- CLI


def report_text(res: Mapping[str, Any]) -> str:
    """The PolNeAR result tables as text (numbers in %)."""
    parts = [f"PolNeAR: {res['n_articles']} articles, {res['n_gold_relations']} gold attributions, "
             f"{res['n_pred_quotes']} predicted quotes"]
    rows = []
    for name in ("content", "cue", "source"):
        for mode in ("exact", "overlap"):
            k = f"{name}_{mode}"
            rows.append([k, res[f"{k}_p"], res[f"{k}_r"], res[f"{k}_f"]])
    parts.append(format_table("Spans (each component independently)", rows, ["span", "P", "R", "F1"]))
    rows = [[n, res[f"{n}_p"], res[f"{n}_r"], res[f"{n}_f"]] for n in ["relation_content", *REL_VARIANTS]]
    rows.append(["source_acc (on content-matched)", res["source_acc"], None, None])
    rows.append(["source_mention_exact_acc", res["source_mention_exact_acc"], None, None])
    parts.append(format_table("Relations (content + speaker)", rows, ["relation", "P", "R", "F1"]))
    rows = []
    for k in QUOTE_KINDS:
        rows.append([k, res[f"n_gold_{k}"], res[f"relation_content_{k}_r"], res[f"relation_content_{k}_p"],
                     res[f"relation_{k}_r"], res[f"relation_{k}_p"]])
    parts.append(format_table("By quote kind (R by gold heuristic kind, P by predicted type)", rows,
                ["kind", "n_gold", "content R", "content P", "relation R", "relation P"]))
    rows = [[sk, res[f"n_gold_source_{sk}"], res[f"relation_source_{sk}_r"], res[f"source_{sk}_acc"],
             res[f"source_{sk}_mention_exact_acc"]] for sk in SOURCE_KINDS]
    parts.append(format_table("By gold source kind", rows, ["source", "n_gold", "relation R", "source acc", "mention exact acc"]))
    rows = [[k, res.get(f"speaker_n_{k}"), res.get(f"speaker_right_{k}")] for k in (*QUOTE_KINDS, *SPEAKER_KINDS)
            if res.get(f"speaker_n_{k}")]
    parts.append(format_table("Speakers only: of the quotes found (content matched), the share whose speaker is right, "
                       "by gold quote kind and by gold speaker kind", rows, ["kind", "quotes found", "speaker right"]))
    return "\n".join(parts)


def report_bio_text(res: Mapping[str, Any]) -> str:
    """The CofeNet BIO-setting table as text."""
    rows = [[t, res[f"{t}_exact_p"], res[f"{t}_exact_r"], res[f"{t}_exact_f"], res[f"{t}_token_jaccard"],
             res[f"n_gold_{t}_spans"]] for t in BIO_TYPES]
    return format_table(f"CofeNet BIO setting ({res['n_segments']} segments; exact span match)", rows,
                        ["type", "P", "R", "F1", "tok Jaccard", "n_gold"])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, default="dev")
    ap.add_argument("--root", help="PolNeAR folder (default: $SAYSO_POLNEAR or ../shared/benchmarks/polnear)")
    ap.add_argument("--limit", type=int, help="score only the first N articles (by name)")
    ap.add_argument("--pred", help="predictions JSONL (Document.to_dict() per line, id = article name)")
    ap.add_argument("--save-pred", help="write the pipeline's predictions here (contains PolNeAR text: keep out of git)")
    ap.add_argument("--errors", help="write an error listing here (contains PolNeAR text: keep out of git)")
    ap.add_argument("--out", help="result JSON (numbers only), e.g. eval/results/polnear_dev.json")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="token Jaccard for overlap match")
    ap.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--quotes", default="rules", choices=["rules", "tagger", "auto"],
                    help="quote stage of the pipeline: the rules or the trained tagger")
    ap.add_argument("--cofenet", action="store_true", help="CofeNet BIO setting (cofenet_bio/test.txt)")
    ap.add_argument("--cofenet-file", default="test.txt", help="file in cofenet_bio/ (test.txt or valid.txt)")
    ap.add_argument("--cofenet-context", action="store_true",
                    help="tagger only: tag each segment with the neighbouring segments of its article as context")
    ap.add_argument("--bio-predictor", help="rule (default), tagger, or module:function with "
                                            "predict_bio(list_of_token_lists) -> label lists")
    args = ap.parse_args(argv)

    if args.cofenet:
        path = polnear_root(args.root) / "cofenet_bio" / args.cofenet_file
        if not path.is_file():
            log.error("%s not found", path)
            return 2
        rows = load_cofenet(path)
        if args.limit:
            rows = rows[: args.limit]
        hooks = {None: rule_predict_bio, "rule": rule_predict_bio, "tagger": tagger_predict_bio}
        predict_bio = hooks[args.bio_predictor] if args.bio_predictor in hooks else _load_hook(args.bio_predictor)
        if args.cofenet_context:
            if predict_bio is not tagger_predict_bio:
                log.error("--cofenet-context needs --bio-predictor tagger")
                return 2
            pred = tagger_predict_bio([r["tokens"] for r in rows], ids=[r["id"] for r in rows])
        else:
            pred = predict_bio([r["tokens"] for r in rows])
        res = score_bio([r["labels"] for r in rows], pred)
        res.update({"setting": "cofenet_bio", "file": args.cofenet_file, "predictor": args.bio_predictor or "rule",
                    "neighbour_context": bool(args.cofenet_context)})
        log.info("%s", report_bio_text(res))
    else:
        try:
            arts = load_split(args.split, root=args.root, limit=args.limit)
        except FileNotFoundError as e:
            log.error("%s", e)
            return 2
        if args.pred:
            preds = read_jsonl(args.pred)
        else:
            # the tagger answers in PolNeAR's annotation scheme here (every attribution, not speech only)
            config = {"tagged-quotes": {"scheme": "polnear", "min_score": 0.0}} if args.quotes != "rules" else None
            preds = run_pipeline([{"id": a["id"], "text": a["text"], "targets": []} for a in arts],
                                 batch_size=args.batch_size, desc=f"polnear {args.split}", quotes=args.quotes,
                                 config=config)
            if args.save_pred:
                with open(args.save_pred, "w", encoding="utf-8") as fh:
                    for p in preds:
                        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        errors: list | None = [] if args.errors else None
        res = score_polnear(arts, preds, threshold=args.threshold, min_confidence=args.min_confidence,
                            errors=errors)
        res.update({"split": args.split, "limit": args.limit, "min_confidence": args.min_confidence,
                    "pred": "file" if args.pred else "pipeline"})
        log.info("%s", report_text(res))
        if errors is not None:
            with open(args.errors, "w", encoding="utf-8") as fh:
                json.dump(errors, fh, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=2, sort_keys=True)
            fh.write("\n")
        log.info("wrote %s", args.out)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sys.exit(main())
