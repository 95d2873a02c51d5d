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

import json
from pathlib import Path
from typing import Any, Iterable

from ..doc import STANCE_LABELS
from .corpora import ANNOTATIONS
from .polnear import polnear_root

REALNEWS = ANNOTATIONS / "realnews"
PASSES = ("A", "B")


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
