"""The corpora the trainers read, each read in one place.

* our own annotations (``annotations/``): the gold articles
  (``articles.jsonl``, ``train_articles.jsonl``, ``seeds.jsonl``; see
  ``annotations/README.md``) and the quote-target stance pairs
  (``annotations/stance/pairs.jsonl``);
* NewsMTSC (MIT), read in place from ``../shared/benchmarks/newsmtsc`` or
  ``$SAYSO_NEWSMTSC``;
* PolNeAR: :mod:`pipeline.training.polnear`.

The annotations live in a source checkout, not in an installed package:
training and evaluation run from a checkout. Paths default to the checkout
this package sits in; every reader takes a path.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence

CHECKOUT = Path(__file__).resolve().parents[2]
SHARED = CHECKOUT.parent / "shared"
ANNOTATIONS = CHECKOUT / "annotations"
PAIRS = ANNOTATIONS / "stance" / "pairs.jsonl"
OWN_TRAIN = ANNOTATIONS / "train_articles.jsonl"
OWN_GOLD = ANNOTATIONS / "articles.jsonl"
NEWSMTSC = Path(os.environ.get("SAYSO_NEWSMTSC", SHARED / "benchmarks" / "newsmtsc"))
GOLD_SPLITS = ("seed", "dev", "test", "all")
# NewsMTSC polarity (sentiment of a sentence toward a named person) -> our stance labels
POLARITY = {2.0: "against", 4.0: "neutral", 6.0: "favor"}


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    """The records of a trusted JSONL file (gold, predictions, pairs); blank lines skipped.

    User input goes through :func:`pipeline.io.read_jsonl` instead, which
    validates every record and never raises on a bad one."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_gold(paths: Sequence[str | os.PathLike], *, split: str = "all") -> list[dict]:
    """Gold documents from JSONL files, filtered by ``split`` (``all`` keeps every
    document). A later duplicate id replaces an earlier one."""
    if split not in GOLD_SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {GOLD_SPLITS}")
    docs: dict[Any, dict] = {}
    for p in paths:
        for d in read_jsonl(p):
            if split == "all" or d.get("split") == split:
                docs[d.get("id")] = d
    return list(docs.values())


def read_pairs(path: Path = PAIRS, *, split: str | None = None) -> list[dict]:
    """The raw records of our quote-target pairs file (optionally one split)."""
    return [r for r in read_jsonl(path) if split is None or r["split"] == split]


def own_articles(path: Path, split: str | None = None) -> list[dict]:
    """sayso gold records as tagger articles: content = quote, cue = its cue, source = its speaker mention."""
    out = []
    for rec in read_jsonl(path):
        if split is not None and rec["split"] != split:
            continue
        mentions = {m["id"]: m for m in rec["mentions"]}
        atts = []
        for q in rec["quotes"]:
            m = mentions.get(q["speaker"]) if q["speaker"] else None
            atts.append({"content": [(q["start"], q["end"])],
                         "cue": [(q["cue"]["start"], q["cue"]["end"])] if q["cue"] else [],
                         "source": [(m["start"], m["end"])] if m else []})
        out.append({"id": rec["id"], "text": rec["text"], "attributions": atts})
    return out


def load_newsmtsc(path: Path) -> list[dict[str, Any]]:
    """One item per (sentence, target): text, target (the mention), target_spans, label."""
    items = []
    for rec in read_jsonl(path):
        text = rec["sentence_normalized"]
        for t in rec["targets"]:
            s, e = int(t["from"]), int(t["to"])
            # mentions sometimes carry a stray quote mark / space: shrink the span to the word
            while s < e and text[s] in " \"'“”":
                s += 1
            while e > s and text[e - 1] in " \"'“”":
                e -= 1
            items.append({"id": t.get("Input.gid"), "target": text[s:e] or t["mention"], "speaker": "",
                          "text": text, "target_spans": [(s, e)], "label": POLARITY[float(t["polarity"])]})
    return items
