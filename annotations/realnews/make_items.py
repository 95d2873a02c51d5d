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
import hashlib
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
MIN_ENTITY_COUNT = 3
MIN_ISSUE_COUNT = 2

ISSUE_HEADS = {
    "agreement", "amendment", "ban", "bill", "boycott", "cuts", "deal", "deportation",
    "deportations", "endorsement", "impeachment", "inquiry", "investigation", "law", "lawsuit",
    "legislation", "merger", "pact", "pipeline", "plan", "policy", "probe", "program",
    "programme", "proposal", "protest", "protests", "recount", "referendum", "reform",
    "regulation", "regulations", "ruling", "sanctions", "shutdown", "strike", "strikes",
    "subsidies", "tariff", "tariffs", "tax", "taxes", "treaty", "wall", "war", "repeal",
}
KEEP_ADJ = {"federal", "nuclear", "military", "executive", "national", "minimum", "new", "proposed", "affordable"}
LEAD_POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "a", "an"}


def _h(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _words(text: str) -> int:
    return len(text.split())


def entity_targets(doc) -> list[dict]:
    """The most often named people, parties and bodies (surname mentions folded
    into the longest full name that ends with that surname)."""
    persons: dict[str, str] = {}  # surname -> longest full name
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = ent.text.strip().replace("’s", "").replace("'s", "")
            toks = name.split()
            if len(toks) >= 2 and all(t[:1].isupper() for t in toks):
                last = toks[-1]
                if len(name) > len(persons.get(last, "")):
                    persons[last] = name
    counts: Counter = Counter()
    for ent in doc.ents:
        text = ent.text.strip().replace("’s", "").replace("'s", "")
        if not text or not text[:1].isupper():
            if not text.lower().startswith("the "):
                continue
        last = text.split()[-1]
        if ent.label_ == "PERSON" or (ent.label_ == "ORG" and last in persons and len(text.split()) == 1):
            counts[("person", persons.get(last, text))] += 1
        elif ent.label_ == "ORG" or (ent.label_ == "NORP" and text.endswith("s")):
            # bodies and parties; a NORP only in its plural, group form ("Republicans", not "Republican")
            if len(text) < 3:
                continue
            counts[("org", text)] += 1
    out = []
    for (kind, name), n in counts.most_common():
        if n < MIN_ENTITY_COUNT or len(out) == 2:
            break
        if kind == "person" and len(name.split()) < 2:
            continue  # a bare surname never expanded: too vague as a target
        if any(name in o["target"] or o["target"] in name for o in out):
            continue
        out.append({"target": name, "target_kind": "entity", "count": n})
    return out


def issue_target(doc) -> dict | None:
    """The most often repeated issue/action noun phrase, in its most specific
    frequent wording ("the Iran deal" over "the deal")."""
    heads: Counter = Counter()
    forms: dict[str, Counter] = {}
    for chunk in doc.noun_chunks:
        head = chunk.root.lemma_.lower() if chunk.root.lemma_ else chunk.root.text.lower()
        if head not in ISSUE_HEADS and chunk.root.text.lower() not in ISSUE_HEADS:
            continue
        head = chunk.root.text.lower() if chunk.root.text.lower() in ISSUE_HEADS else head
        # keep the determiner, names and noun modifiers; drop evaluative adjectives
        # ("the sputtering campaign" -> "the campaign")
        if chunk[0].lower_ in ("no", "zero", "both", "any", "all", "some", "more", "most"):
            continue
        toks = [t for t in chunk if t.i == chunk.root.i or t.pos_ in ("PROPN", "NOUN", "PART")
                or (t.pos_ == "DET" and t.i == chunk.start)
                or (t.pos_ in ("ADJ", "VERB") and (t.lower_ in KEEP_ADJ or not t.text.islower()))]
        if not toks:
            continue
        words = [t.text for t in toks]
        if words[0].lower() in LEAD_POSSESSIVES:
            words[0] = "the"
        elif toks[0].pos_ not in ("DET", "PROPN") and toks[0].tag_ != "POS" and not words[0][:1].isupper():
            words = ["the"] + words
        form = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
        if len(words) > 6 or any(ch.isdigit() for ch in form):
            continue
        heads[head] += 1
        forms.setdefault(head, Counter())[form] += 1
    for head, n in heads.most_common():
        if n < MIN_ISSUE_COUNT:
            return None
        cands = forms[head]
        specific = [(c, f) for f, c in cands.items() if len(f.split()) > 2]
        if specific:
            c, form = max(specific, key=lambda cf: (cf[0], len(cf[1])))
        else:
            form, c = cands.most_common(1)[0]
        return {"target": form, "target_kind": "issue", "count": n}
    return None


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
            doc = nlp(art["text"])
            targets = entity_targets(doc)
            issue = issue_target(doc)
            if issue:  # two targets: the top entity and the issue, else the two top entities
                targets = targets[:1] + [issue]
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
