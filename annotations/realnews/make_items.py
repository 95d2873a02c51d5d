"""Pick the (quote, target) items of the real-news stance set, as standoff.

The quotes are PolNeAR's own gold attributions (Content with a Source), read in
place from ``../shared/benchmarks/polnear``; nothing of PolNeAR's text is
written, only article ids, offsets and the target strings (which are short
noun phrases of the article, or a person or body named in it).

Per article:

* **entity targets**: the people, parties and bodies the article names most
  often (spaCy's NER, surnames folded into the full name), at most two,
  each named at least three times;
* **issue or action targets**: the most often repeated noun phrase whose head
  is an issue or action word (a bill, a deal, a plan, a ban, a strike, an
  investigation, ...), at most one, its head named at least twice;
* **quotes**: up to ``QUOTES_PER_ARTICLE`` attributions that have a Source and
  a Content of at least four words, spread over the article; each is paired
  with every target, so many quotes never name the target.

Articles: a fixed, hash-ordered choice from each PolNeAR split (train -> our
train, dev -> our dev, test -> our test), so the split is by article. The
choice is deterministic; rerunning writes the same file.

    python annotations/realnews/make_items.py            # writes items.jsonl, prints counts
    python annotations/realnews/make_items.py --check    # exit 1 if items.jsonl differs
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE / "items.jsonl"

ARTICLES_PER_SPLIT = {"train": 300, "dev": 50, "test": 50}
QUOTES_PER_ARTICLE = 7
MIN_CONTENT_WORDS = 4


def _words(text: str) -> int:
    return len(text.split())


def pick_quotes(art: dict) -> list[dict]:
    text = art["text"]
    usable, seen = [], set()
    for a in art["attributions"]:
        if not a["content"] or not a["source"]:
            continue
        key = tuple(map(tuple, a["content"]))
        if key in seen:
            continue
        content = " ".join(text[s:e] for s, e in a["content"])
        if _words(content) < MIN_CONTENT_WORDS:
            continue
        seen.add(key)
        usable.append(a)
    usable.sort(key=lambda a: a["content"][0][0])
    if len(usable) <= QUOTES_PER_ARTICLE:
        return usable
    # spread over the article: evenly spaced picks
    step = len(usable) / QUOTES_PER_ARTICLE
    return [usable[int(i * step)] for i in range(QUOTES_PER_ARTICLE)]


def mentions_target(text: str, target: str) -> bool:
    """Whether ``text`` names the target (its content words, or a person's surname)."""
    low = text.lower()
    words = [w for w in re.findall(r"[\w’']+", target.lower()) if w not in ("the", "of", "a", "an", "'s", "’s")]
    if not words:
        return False
    return words[-1] in re.findall(r"[\w’']+", low)


def build(root=None) -> list[dict]:
    from pipeline.stages.parse import load_spacy
    from pipeline.training.polnear import list_articles, article_from_ann
    from pipeline.training.realnews import stable_hash as _h
    from pipeline.training.targets import article_targets

    nlp = load_spacy()
    items = []
    for split, n_articles in ARTICLES_PER_SPLIT.items():
        listed = sorted(list_articles(split, root=root), key=lambda t: _h(t[0]))
        taken = 0
        for aid, txt, ann in listed:
            if taken == n_articles:
                break
            art = article_from_ann(aid, txt.read_text(encoding="utf-8"), ann.read_text(encoding="utf-8"))
            quotes = pick_quotes(art)
            if len(quotes) < 4:
                continue
            # two targets: the top entity and the issue, else the two top entities
            targets = article_targets(nlp(art["text"]))
            if not targets:
                continue
            taken += 1
            text = art["text"]
            for q in quotes:
                content = " ".join(text[s:e] for s, e in q["content"])
                for t in targets:
                    items.append({
                        "id": f"pn-{_h(aid)[:8]}-{q['id']}-{_h(t['target'])[:6]}",
                        "corpus": "polnear",
                        "article": aid,
                        "polnear_split": split,
                        "split": split,
                        "content": [list(f) for f in q["content"]],
                        "source": [list(f) for f in q["source"]],
                        "cue": [list(f) for f in q["cue"]] if q["cue"] else None,
                        "kind": q["kind"],
                        "source_kind": q["source_kind"],
                        "target": t["target"],
                        "target_kind": t["target_kind"],
                        "target_in_quote": mentions_target(content, t["target"]),
                    })
    return items


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--root", default=None, help="PolNeAR root (default ../shared/benchmarks/polnear)")
    args = ap.parse_args(argv)
    items = build(args.root)
    body = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    if args.check:
        same = ITEMS.exists() and ITEMS.read_text(encoding="utf-8") == body
        print("items.jsonl is " + ("up to date" if same else "NOT what the data builds"))
        return 0 if same else 1
    ITEMS.write_text(body, encoding="utf-8")
    by = Counter((it["split"], it["target_kind"]) for it in items)
    arts = Counter(it["split"] for it in {(it["split"], it["article"]): it for it in items}.values())
    print(f"{len(items)} items, {sum(arts.values())} articles -> {ITEMS}")
    for split in ARTICLES_PER_SPLIT:
        n = sum(v for (s, _), v in by.items() if s == split)
        named = sum(1 for it in items if it["split"] == split and it["target_in_quote"])
        print(f"  {split}: {arts[split]} articles, {n} items "
              f"(entity {by[(split, 'entity')]}, issue {by[(split, 'issue')]}; target named in quote {named})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    sys.exit(main())
