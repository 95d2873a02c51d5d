"""Stance targets an article's readers would ask about, picked from the article itself.

The real-news stance set (``annotations/realnews/make_items.py``) picks its targets with these, and
the distillation units (:mod:`pipeline.training.distill`) pick theirs the same way, so the two see the
same kind of target:

* :func:`entity_targets`: the people, parties and bodies the article names most often (spaCy's NER,
  surnames folded into the full name), at most two, each named at least ``MIN_ENTITY_COUNT`` times;
* :func:`issue_target`: the most often repeated noun phrase whose head is an issue or action word
  (a bill, a deal, a plan, a strike, ...), its head named at least ``MIN_ISSUE_COUNT`` times;
* :func:`article_targets`: the top entity and the issue, else the two top entities.

Each takes a parsed spaCy ``Doc`` (NER, noun chunks).
"""
from __future__ import annotations

from collections import Counter

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


def article_targets(doc) -> list[dict]:
    """The article's targets: the top entity and the issue when there is one, else the two top entities."""
    targets = entity_targets(doc)
    issue = issue_target(doc)
    if issue:
        targets = targets[:1] + [issue]
    return targets
