#!/usr/bin/env python
"""The seed articles' stances, speaker by speaker: the check named in issue 11.

The three seeds go through the whole pipeline with their gold target ("the industrial action"). Each
gold quote is matched to the predicted quote that overlaps it most (token Jaccard >= 0.5); a gold
speaker's expected position is the side its gold quotes take (favor or against; neutral when none
takes one), and its predicted position is the pipeline's stance of the speaker entity the matched
quotes were attributed to (the entity most of them went to).

    python eval/seed_stances.py [--out eval/results/seed_stances.json]

Pass: every gold speaker's position right, and every gold ``against`` quote of the Department for Work
and Pensions spokesman predicted ``against``. Exit 1 otherwise. Set SAYSO_MODELS to score other models.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.evaluation import format_table
from pipeline.scoring import token_jaccard
from pipeline.training.corpora import ANNOTATIONS, read_jsonl

SPOKESMAN = "Department for Work and Pensions spokesman"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    from pipeline import load

    gold = list(read_jsonl(ANNOTATIONS / "seeds.jsonl"))
    nlp = load()
    rows, quote_rows = [], []
    ok_all = True
    for g in gold:
        rec = nlp(g["text"], targets=g["targets"], id=g["id"]).to_dict()
        target = g["targets"][0]
        names = {e["id"]: e["name"] for e in g["entities"]}
        spk_stance = {s["entity"]: {st["target"]: st for st in s["stances"]} for s in rec["speakers"]}
        by_entity: dict[str, list] = defaultdict(list)
        for gq in g["quotes"]:
            glab = next(s["label"] for s in gq["stances"] if s["target"] == target)
            best, best_s = None, 0.5
            for pq in rec["quotes"]:
                s = token_jaccard(g["text"], (gq["start"], gq["end"]), (pq["start"], pq["end"]))
                if s >= best_s:
                    best, best_s = pq, s
            plab = next((s["label"] for s in best["stances"] if s["target"] == target), None) if best else None
            by_entity[gq["entity"]].append((glab, best))
            if names.get(gq["entity"]) == SPOKESMAN and glab == "against":
                quote_rows.append([g["id"][:3], gq["text"][:60], glab, plab or "-"])
                ok_all &= plab == "against"
        for eid, pairs in by_entity.items():
            sides = Counter(lab for lab, _ in pairs if lab != "neutral")
            want = sides.most_common(1)[0][0] if sides else "neutral"
            ents = Counter(p["speaker"]["entity"] for _, p in pairs if p and p["speaker"]["entity"])
            pent = ents.most_common(1)[0][0] if ents else None
            st = spk_stance.get(pent, {}).get(target) if pent else None
            got = st["label"] if st else "-"
            ok_all &= got == want
            rows.append([g["id"][:3], names.get(eid, eid), want, got, (st or {}).get("why", "")[:70]])
    print(format_table(f"Seed speakers on {gold[0]['targets'][0]!r}", rows,
                       ["seed", "gold speaker", "expected", "predicted", "why"]))
    print(format_table(f"{SPOKESMAN}: gold 'against' quotes", quote_rows, ["seed", "quote", "gold", "predicted"]))
    print("PASS" if ok_all else "FAIL")
    if a.out:
        a.out.write_text(json.dumps({"speakers": rows, "spokesman_quotes": quote_rows, "pass": ok_all},
                                    indent=1) + "\n", encoding="utf-8")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
