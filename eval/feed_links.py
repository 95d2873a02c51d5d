"""Cross-article speaker linking (:mod:`pipeline.feed`) against hand-made gold links.

The gold (``annotations/feed/*.jsonl``, standoff: no article text) labels the speaker entities of a
``sayso run`` output with the real-world identity each refers to::

    {"doc": "politico_2016-09-28_...", "start": 812, "end": 824, "type": "person", "identity": "donald_trump"}

``start``/``end`` anchor the entity on one of its mentions (offsets into the article's raw text); a
gold item is the predicted entity whose mention covers most of its anchor. ``identity`` is our own
label; ``-`` marks an entity that names no one that can recur (a bare "officials", a wrong speaker):
every link to it is wrong.

Scored: pairwise precision and recall over pairs of items in *different* articles (within an article
the speaker stage has already decided), overall, on the pairs whose two entities sayso named (what the
feed linker can join; unresolved pronouns and descriptions are the speaker stage's misses), per entity
type, and on the hard negatives: pairs of different gold identities that share a surname or a nested
name, or one role of two organisations (Donald Trump / Donald Trump Jr., Hillary / Bill Clinton,
Republicans / House Republicans, two organisations' spokespeople).

    python eval/feed_links.py items OUTPUT.jsonl --input INPUT.jsonl --out items.jsonl   # for annotators
    python eval/feed_links.py score OUTPUT.jsonl --gold annotations/feed/polnear_dev.jsonl [--out R.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from pipeline.feed import link_feed, person_name
from pipeline.frames import read_records


def _raw(span: dict) -> tuple[int, int]:
    return span.get("raw_start", span["start"]), span.get("raw_end", span["end"])


def items(args) -> int:
    texts = {}
    for line in open(args.input, encoding="utf-8"):
        r = json.loads(line)
        texts[str(r["id"])] = r
    out = open(args.out, "w", encoding="utf-8")
    n = 0
    for rec in read_records(args.output):
        src = texts.get(str(rec["id"]), {})
        text = rec.get("text") or src.get("text", "")
        phrases = defaultdict(list)
        for q in rec["quotes"]:
            sp = q["speaker"]
            if sp.get("entity") and sp.get("phrase"):
                phrases[sp["entity"]].append(sp["phrase"]["text"])
        for s in rec["speakers"]:
            ms = s["mentions"]
            anchor = max(ms, key=lambda m: (m["text"][:1].isupper() and len(m["text"].split()) <= 6, len(m["text"])))
            a, b = _raw(anchor)
            left = text.rfind("\n", 0, a) + 1
            right = text.find("\n", b)
            out.write(json.dumps({"doc": rec["id"], "start": a, "end": b, "anchor": text[a:b], "name": s["name"],
                                  "type": s["type"], "mentions": sorted({m["text"] for m in ms})[:10],
                                  "phrases": sorted(set(phrases[s["entity"]]))[:4],
                                  "title": src.get("title"), "date": src.get("date"),
                                  "paragraph": text[left: right if right >= 0 else len(text)][:600]},
                                 ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} items -> {args.out}", file=sys.stderr)
    return 0


def _hard_negative(a: str, b: str) -> bool:
    """Two different gold identities that a careless linker would join: namesakes (donald_trump /
    donald_trump_jr, hillary_clinton / bill_clinton: the same surname word), nested bodies (republicans /
    house_republicans), or one role of two organisations (spokesperson@dwp / spokesperson@white_house)."""
    if a == b or "-" in (a, b):
        return False
    if "@" in a and "@" in b:
        return a.split("@")[0] == b.split("@")[0]
    wa = [w for w in a.split("_") if w not in {"jr", "sr", "ii", "iii"}]
    wb = [w for w in b.split("_") if w not in {"jr", "sr", "ii", "iii"}]
    return bool(wa and wb) and (wa[-1] == wb[-1] or set(wa) < set(wb) or set(wb) < set(wa))


def _named(name: str, typ: str) -> bool:
    if typ == "person":
        return person_name(name) is not None
    if typ in {"organization", "group"}:
        return bool(re.search(r"\b[A-Z]", name))
    return typ == "role" and bool(re.search(r"\b[A-Z]", name))


def _by_gold(errors: Counter) -> Counter:
    out = Counter()
    for (kind, _, _, gold), n in errors.items():
        out[(kind, gold)] += n
    return out


def score(args) -> int:
    records = list(read_records(args.output))
    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    feed = link_feed(records)
    by_doc = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    # each gold item -> the predicted entity with the mention that covers most of its anchor (an anchor
    # "Clinton spokesman Nick Merrill" holds a mention "Clinton" of another entity: Merrill's covers more)
    pred, names, best = {}, {}, {}
    for rec in records:
        for s in rec["speakers"]:
            for g in by_doc.get(str(rec["id"]), []):
                cover = max((min(g["end"], _raw(m)[1]) - max(g["start"], _raw(m)[0]) for m in s["mentions"]), default=0)
                key = (g["doc"], g["start"], g["end"])
                if cover > 0 and cover > best.get(key, 0):
                    best[key] = cover
                    pred[key] = feed.identity_of(rec["id"], s["entity"])
                    names[key] = s["name"]
    found = [g for g in gold if (g["doc"], g["start"], g["end"]) in pred]
    tp = fp = fn = 0
    per_type = defaultdict(Counter)
    named = Counter()
    hard, hard_joined = Counter(), Counter()
    errors = Counter()
    for a, b in combinations(found, 2):
        if a["doc"] == b["doc"]:
            continue
        ka, kb = (a["doc"], a["start"], a["end"]), (b["doc"], b["start"], b["end"])
        g_same = a["identity"] == b["identity"] and a["identity"] != "-"
        p_same = pred[ka] is not None and pred[ka] == pred[kb]
        t = a["type"] if a["type"] == b["type"] else "mixed"
        both_named = _named(names[ka], a["type"]) and _named(names[kb], b["type"])
        outcome = "tp" if g_same and p_same else "fp" if p_same else "fn" if g_same else None
        if outcome:
            tp, fp, fn = tp + (outcome == "tp"), fp + (outcome == "fp"), fn + (outcome == "fn")
            per_type[t][outcome] += 1
            if both_named:
                named[outcome] += 1
        if outcome in {"fp", "fn"}:
            errors[("false link" if outcome == "fp" else "missed link", *sorted([names[ka], names[kb]]),
                    " / ".join(sorted({a["identity"], b["identity"]})))] += 1
        if _hard_negative(a["identity"], b["identity"]):
            hard["pairs"] += 1
            hard["joined"] += int(p_same)
            if p_same:
                hard_joined[" / ".join(sorted({a["identity"], b["identity"]}))] += 1

    def prf(c):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        return {"precision": round(100 * p, 1), "recall": round(100 * r, 1),
                "f1": round(200 * p * r / (p + r), 1) if p + r else 0.0, **dict(c)}

    identities = Counter(g["identity"] for g in found if g["identity"] != "-")
    report = {
        "gold": args.gold, "output": args.output, "articles": len(records),
        "items": len(gold), "items_found": len(found),
        "gold_identities_in_2plus_articles": sum(1 for i in identities
                                                 if len({g["doc"] for g in found if g["identity"] == i}) > 1),
        "pairwise": prf(Counter(tp=tp, fp=fp, fn=fn)),
        # pairs whose two entities sayso named (a person's name, an organisation's proper name): what the
        # feed linker can join, with the speaker stage's unresolved pronouns and descriptions left out
        "pairwise_named": prf(named),
        "per_type": {t: prf(c) for t, c in sorted(per_type.items())},
        "hard_negatives": {"pairs": hard["pairs"], "wrongly_joined": hard["joined"],
                           "joined_by_gold": dict(hard_joined.most_common(20))},
        # by gold identities only: the entity names are words of the articles (PolNeAR's texts are not ours)
        "errors": [{"kind": k, "gold": g, "pairs": n} for (k, g), n in _by_gold(errors).most_common(100)],
    }
    print(json.dumps({k: v for k, v in report.items() if k != "errors"}, indent=2))
    for (kind, a, b, g), n in errors.most_common(args.show):
        print(f"  {kind}: {a!r} ~ {b!r} (gold {g}) x{n}", file=sys.stderr)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("items", help="the speaker entities of an output, for annotators")
    i.add_argument("output")
    i.add_argument("--input", required=True, help="the input JSONL the output came from (for the article texts)")
    i.add_argument("--out", required=True)
    s = sub.add_parser("score", help="pairwise precision and recall of the feed's links against gold")
    s.add_argument("output")
    s.add_argument("--gold", required=True)
    s.add_argument("--out")
    s.add_argument("--show", type=int, default=15, help="most frequent errors to print")
    args = p.parse_args(argv)
    return items(args) if args.cmd == "items" else score(args)


if __name__ == "__main__":
    sys.exit(main())
