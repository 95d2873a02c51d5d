"""The real-news stance set: our labels on PolNeAR's attributions, as standoff.

``annotations/realnews/items.jsonl`` holds the (quote, target) items (article id
and offsets into PolNeAR's own text); ``labels_A.jsonl`` and ``labels_B.jsonl``
the two independent label passes; ``adjudicated.jsonl`` the adjudicator's label
for the items the passes disagree on. PolNeAR's text is read in place
(:mod:`pipeline.training.polnear`) and never stored in the project.

The final label of an item: the passes' label where they agree, else the
adjudicated one. An item is dropped when both passes flag its target as bad
(``bad_target``), or the adjudicator does.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

from ..doc import CONFIDENT_QUOTE, STANCE_LABELS
from ..scoring import DEFAULT_THRESHOLD, frag_overlap
from .corpora import ANNOTATIONS
from .polnear import polnear_root

REALNEWS = ANNOTATIONS / "realnews"
PASSES = ("A", "B")


def stable_hash(s: str) -> str:
    """The hex SHA-1 of ``s``: the real-news set's article order and item ids (``make_items.py``), and the
    order in which the distillation units take the articles the set left out."""
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_items(base: Path = REALNEWS) -> list[dict]:
    return _read(base / "items.jsonl")


def load_pass(name: str, base: Path = REALNEWS) -> dict[str, dict]:
    """One pass's labels by item id; a label outside favor/against/neutral is an error naming the item."""
    out = {}
    for rec in _read(base / f"labels_{name}.jsonl"):
        if rec.get("label") not in STANCE_LABELS:
            raise ValueError(f"labels_{name}.jsonl: item {rec.get('id')!r} has label {rec.get('label')!r}")
        out[rec["id"]] = rec
    return out


def final_labels(base: Path = REALNEWS) -> dict[str, dict]:
    """``{item id: {"label", "agreed", "bad_target"}}`` for every item both passes labelled.

    Where the passes disagree and there is no adjudicated label yet, the item is left out."""
    a, b = load_pass("A", base), load_pass("B", base)
    adj = {r["id"]: r for r in _read(base / "adjudicated.jsonl")}
    out = {}
    for iid in a.keys() & b.keys():
        la, lb = a[iid], b[iid]
        bad = bool(la.get("bad_target")) and bool(lb.get("bad_target"))
        if iid in adj:
            bad = bad or bool(adj[iid].get("bad_target"))
        if la["label"] == lb["label"]:
            out[iid] = {"label": la["label"], "agreed": True, "bad_target": bad}
        elif iid in adj:
            if adj[iid].get("label") not in STANCE_LABELS:
                raise ValueError(f"adjudicated.jsonl: item {iid!r} has label {adj[iid].get('label')!r}")
            out[iid] = {"label": adj[iid]["label"], "agreed": False, "bad_target": bad}
    return out


def _text(aid: str, split: str, cache: dict[str, str], root=None) -> str:
    if aid not in cache:
        cache[aid] = (polnear_root(root) / "data" / split / "text" / f"{aid}.txt").read_text(encoding="utf-8")
    return cache[aid]


def load_split(split: str, *, root=None, base: Path = REALNEWS, keep_bad: bool = False) -> list[dict[str, Any]]:
    """The labelled items of one split (train / dev / test), with their article text.

    Each: the item fields plus ``text`` (the article), ``quote`` (the Content fragments joined by
    " … "), ``speaker`` (the Source text), ``label`` and ``agreed``."""
    labels = final_labels(base)
    cache: dict[str, str] = {}
    out = []
    for it in load_items(base):
        if it["split"] != split or it["id"] not in labels:
            continue
        lab = labels[it["id"]]
        if lab["bad_target"] and not keep_bad:
            continue
        text = _text(it["article"], it["polnear_split"], cache, root)
        out.append({
            **it,
            "text": text,
            "quote": " … ".join(text[s:e] for s, e in it["content"]),
            "speaker": " ".join(text[s:e] for s, e in it["source"]),
            "label": lab["label"],
            "agreed": lab["agreed"],
        })
    return out


def cohen_kappa(pairs: Iterable[tuple[str, str]]) -> tuple[float, int, float]:
    """Cohen's kappa, the number of items and the raw agreement over (pass A, pass B) label pairs."""
    from sklearn.metrics import cohen_kappa_score

    pairs = list(pairs)
    if not pairs:
        return float("nan"), 0, float("nan")
    ya, yb = zip(*pairs)
    agree = sum(x == y for x, y in pairs) / len(pairs)
    return float(cohen_kappa_score(ya, yb, labels=list(STANCE_LABELS))), len(pairs), agree


# ---------------------------------------------------------------------------- model inputs

PRE_STANCE = ("sentences", "parse", "quotes", "mentions", "speakers")


def articles_of(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per article: id, text, targets (in item order) and its items."""
    arts: dict[str, dict[str, Any]] = {}
    for it in items:
        a = arts.setdefault(it["article"], {"id": it["article"], "text": it["text"], "targets": [], "items": []})
        if it["target"] not in a["targets"]:
            a["targets"].append(it["target"])
        a["items"].append(it)
    return list(arts.values())


def match_quote(doc, item: dict[str, Any], threshold: float = DEFAULT_THRESHOLD):
    """The confident quote of ``doc`` that best overlaps the item's Content (token Jaccard, as the
    PolNeAR scorer matches content), or None."""
    frags = [tuple(f) for f in item["content"]]
    best, best_s = None, threshold
    for q in doc.quotes:
        if q.confidence < CONFIDENT_QUOTE:
            continue
        # the item's offsets index the raw article; where cleaning changed it, map the quote back
        span = doc.raw_span(q.start, q.end) if doc.offset_map is not None else (q.start, q.end)
        s = frag_overlap(item["text"], span, frags)
        if s >= best_s:
            best, best_s = q, s
    return best


def stance_units(split: str, *, speaker_input: str = "description", nlp=None, progress=None,
                 batch_size: int = 8, target_context: bool = False) -> list[dict[str, Any]]:
    """The labelled items of ``split`` as stance-model items, shaped as the stance stage shapes its
    units: the pipeline (up to speakers) runs on each article, and an item whose quote it finds takes
    that quote's context and speaker (``speaker_input``: the entity's name, or its description with
    role: :func:`pipeline.stages.stance.speaker_descriptions`). An item whose quote it misses gets
    the same shape from PolNeAR's gold spans: the sentences of the Content, the sentence of the
    Source before them, and the Source text as the speaker. Each item records which (``"from"``).

    The result holds PolNeAR text: keep it out of the project (a cache under /tmp or the like)."""
    from .. import load
    from ..stages.sentences import split_paragraph
    from ..stages.stance import (context_text, sentence_of, sentence_span, speaker_descriptions, speaker_intro,
                                 target_sentence)
    from ..text import paragraphs

    items = load_split(split)
    arts = articles_of(items)
    nlp = nlp or load(stages=PRE_STANCE)
    stream = nlp.pipe([{"id": a["id"], "text": a["text"], "targets": a["targets"]} for a in arts],
                      batch_size=batch_size)
    if progress is not None:
        stream = progress(stream, total=len(arts), desc=f"realnews {split} units")
    out = []
    for art, doc in zip(arts, stream):
        ok = doc.error is None
        ents = {e.id: e for e in doc.entities} if ok else {}
        mentions = {m.id: m for m in doc.mentions} if ok else {}
        desc = speaker_descriptions(doc) if ok and speaker_input == "description" else {}
        # the article as PolNeAR gives it (gold offsets index it), split as the sentence stage splits
        sentences = [s for p in paragraphs(art["text"]) for s in split_paragraph(art["text"], p.start, p.end)]
        for it in art["items"]:
            q = match_quote(doc, it) if ok else None
            if q is not None:  # the stance stage's own unit (doc.text and its sentences)
                ent = ents.get(q.entity)
                before = speaker_intro(doc, ent, mentions) if ent is not None else None
                span = sentence_of(doc, q.start, q.end)
                tb = target_sentence(doc.text, [(x.start, x.end) for x in doc.sentences], it["target"], span[0]) \
                    if target_context else None
                text, focus = context_text(doc.text, span, (q.start, q.end), before, tb)
                speaker = (desc.get(ent.id, ent.name) if ent else "") or ""
                source = "pipeline"
            else:
                qs, qe = it["content"][0][0], it["content"][-1][1]
                ss, se = it["source"][0][0], it["source"][-1][1]
                span = sentence_span(sentences, qs, qe)
                tb = target_sentence(art["text"], sentences, it["target"], span[0]) if target_context else None
                text, focus = context_text(art["text"], span, (qs, qe), sentence_span(sentences, ss, se), tb)
                speaker = it["speaker"]
                source = "gold"
            out.append({"id": it["id"], "target": it["target"], "speaker": speaker, "text": text,
                        "focus": focus, "label": it["label"], "topic": it["article"], "from": source})
    return out


def main(argv=None) -> int:
    """``python -m pipeline.training.realnews --split train --out FILE``: write the split's stance-model
    inputs (:func:`stance_units`) as JSONL. They hold PolNeAR text: write them outside the checkout."""
    import argparse

    from ..progress import progress

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--split", choices=("train", "dev", "test"), required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--target-context", action="store_true",
                    help="start each context with the last sentence before the quote that names the target")
    a = ap.parse_args(argv)
    if ANNOTATIONS.parent in a.out.resolve().parents:
        ap.error(f"--out {a.out} lies inside the checkout; these inputs hold PolNeAR text")
    units = stance_units(a.split, progress=progress, target_context=a.target_context)
    a.out.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in units), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
