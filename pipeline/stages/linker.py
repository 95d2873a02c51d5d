"""The learned quote-to-speaker linker: which entity said this quote?

The rules (the tagger's source span, the cue verb's subject, a dash line, a transcript label, a
continuation) propose one speaker per quote or none. The linker scores every entity with a mention
near the quote (:func:`candidates`: from three paragraphs before the quote to the one after it, never
inside another confident quote) with a logistic regression over :data:`FEATURES`: whether the rules
chose it and by which evidence, how near its nearest mention is and on which side, the mention's kind,
whether it spoke the quotes before and after, how often it is mentioned and quoted. The rules stay a
feature and the fallback: the linker replaces the rules' speaker only when its best candidate beats
the rules' choice by a margin chosen on PolNeAR dev (``margin``), or gives a speaker to a quote the
rules left without one when its best candidate is likely enough (``floor``). Such a link reports
evidence ``"linker"``.

Trained by ``python -m pipeline.training.linker`` on PolNeAR train articles (a candidate is right
when one of its mentions is the gold Source, as the PolNeAR scorer decides) and stored as JSON in
``models/speaker-link/linker.json``.
"""
from __future__ import annotations

import bisect
import json
import math
import re
from pathlib import Path
from typing import Sequence

from ..doc import CONFIDENT_QUOTE, SPEAKER_EVIDENCE, Document, Mention, Quote, Span
from ..text import dominant_script, paragraphs
from .mentions import INTRO_WITHIN  # characters from a paragraph's start within which a mention opens it
from .quotes import CUE_VERBS

MODEL_FILE = "linker.json"
WINDOW_BEFORE = 3  # paragraphs before the quote's where candidates are looked for
WINDOW_AFTER = 1
KINDS = ("name", "title", "pronoun", "nominal")
TYPES = ("person", "organization", "role", "group", "document", "unknown")
FEATURES = (
    ["rule_choice"] + [f"rule_{e}" for e in SPEAKER_EVIDENCE if e != "linker"] + ["rules_have_speaker"]
    + ["log_distance", "before", "same_paragraph", "paragraph_delta", "same_sentence", "right_after_quote",
       "paragraph_opens_with_it", "rank_by_distance", "cue_adjacent", "speech_verb_adjacent",
       "introduced_just_before"]
    + [f"kind_{k}" for k in KINDS] + [f"type_{t}" for t in TYPES]
    + ["spoke_previous_quote", "spoke_next_quote", "named", "log_mentions", "log_rule_quotes",
       "n_candidates", "quote_direct", "quote_has_cue"]
)


class Context:
    """What the linker reads of one document, computed once."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.paras = paragraphs(doc.text)
        self.para_starts = [p.start for p in self.paras]
        self.sent_starts = [s.start for s in doc.sentences]
        self.confident = sorted((q for q in doc.quotes if q.confidence >= CONFIDENT_QUOTE), key=lambda q: q.start)
        spans = [(q.start, q.end) for q in self.confident]
        self.by_entity: dict[str, list[Mention]] = {}
        # the English tagger's entities in another script ("قال الوزير:") are guesses: never candidates
        foreign = {e.id for e in doc.entities if dominant_script(e.name) not in (None, "LATIN")}
        for m in sorted(doc.mentions, key=lambda m: m.start):
            if m.entity is None or m.entity in foreign or any(a <= m.start and m.end <= b for a, b in spans):
                continue
            self.by_entity.setdefault(m.entity, []).append(m)
        self.entities = {e.id: e for e in doc.entities}
        self.first_mention: dict[int, int] = {}  # paragraph -> start of its first mention (any entity)
        for m in doc.mentions:
            p = self.para(m.start)
            if m.start < self.first_mention.get(p, len(doc.text)):
                self.first_mention[p] = m.start
        self.rule_quotes: dict[str, int] = {}
        for q in doc.quotes:
            if q.entity:
                self.rule_quotes[q.entity] = self.rule_quotes.get(q.entity, 0) + 1

    def para(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def sent(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)


def candidates(ctx: Context, q: Quote) -> list[tuple[str, Mention]]:
    """(entity id, its mention nearest the quote) for every entity with a mention in the window; the
    rules' entity always among them."""
    qp = ctx.para(q.start)
    out = []
    for eid, ms in ctx.by_entity.items():
        near = [m for m in ms if qp - WINDOW_BEFORE <= ctx.para(m.start) <= qp + WINDOW_AFTER
                and not (q.start <= m.start < q.end)]
        if not near and eid == q.entity:
            near = ms
        if near:
            out.append((eid, min(near, key=lambda m: _gap(m, q))))
    return out


ADJACENT = 25  # characters between a mention and a cue or speech verb that make them one clause
_WORD = re.compile(r"[A-Za-z]+")


def _span_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _lemma(word: str) -> str:
    w = word.lower()
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and (w[:-len(suffix)] + repl) in CUE_VERBS:
            return w[:-len(suffix)] + repl
    return {"said": "say", "told": "tell", "wrote": "write", "thought": "think"}.get(w, w)


def _speech_verb_near(text: str, m: Mention) -> bool:
    """A speech verb ("said", "tells", "added") within :data:`ADJACENT` characters of the mention."""
    window = text[max(0, m.start - ADJACENT):m.start] + " " + text[m.end:m.end + ADJACENT]
    return any(_lemma(w) in CUE_VERBS for w in _WORD.findall(window))


def _gap(m: Mention, q: Quote) -> int:
    if m.end <= q.start:
        return q.start - m.end
    if m.start >= q.end:
        return m.start - q.end
    return 0


def features(ctx: Context, q: Quote, cands: Sequence[tuple[str, Mention]]) -> list[list[float]]:
    """One row (:data:`FEATURES`) per candidate of ``q``."""
    order = sorted(range(len(cands)), key=lambda i: _gap(cands[i][1], q))
    rank = {i: r for r, i in enumerate(order)}
    i_q = next((i for i, x in enumerate(ctx.confident) if x.id == q.id), None)
    prev_q = ctx.confident[i_q - 1] if i_q else None
    next_q = ctx.confident[i_q + 1] if i_q is not None and i_q + 1 < len(ctx.confident) else None
    qp, qs = ctx.para(q.start), ctx.sent(q.start)
    text = ctx.doc.text
    rows = []
    for i, (eid, m) in enumerate(cands):
        ent = ctx.entities.get(eid)
        chosen = eid == q.entity
        row = [1.0 if chosen else 0.0] + [1.0 if chosen and q.link == e else 0.0 for e in SPEAKER_EVIDENCE
                                           if e != "linker"]
        row.append(1.0 if q.entity else 0.0)
        gap = _gap(m, q)
        mp = ctx.para(m.start)
        para = ctx.paras[mp] if mp < len(ctx.paras) else None
        # the paragraph's first mention, near its start: its subject ("Paediatrician Dr Ananya Roy, ...")
        first_in_para = para is not None and m.start - para.start <= INTRO_WITHIN and ctx.first_mention.get(mp) == m.start
        row += [math.log1p(gap), 1.0 if m.end <= q.start else 0.0, 1.0 if mp == qp else 0.0,
                float(max(-3, min(1, mp - qp))), 1.0 if ctx.sent(m.start) == qs else 0.0,
                1.0 if m.start >= q.end and gap <= 40 else 0.0, 1.0 if first_in_para else 0.0,
                float(min(rank[i], 5))]
        cue_gap = _span_gap((m.start, m.end), (q.cue.start, q.cue.end)) if q.cue is not None else 999
        row += [1.0 if cue_gap <= ADJACENT else 0.0, 1.0 if _speech_verb_near(text, m) else 0.0]
        # news introduces a speaker in one paragraph ("Dr Ananya Roy, one of the group's founders, has
        # treated ...") and quotes them in the next, which opens with the quote
        quote_opens = qp < len(ctx.paras) and not text[ctx.paras[qp].start:q.start].strip(" \"“‘'")
        row.append(1.0 if first_in_para and mp == qp - 1 and quote_opens else 0.0)
        row += [1.0 if m.kind == k else 0.0 for k in KINDS]
        typ = ent.type if ent is not None else m.type
        row += [1.0 if typ == t else 0.0 for t in TYPES]
        ms = ctx.by_entity.get(eid, [])
        row += [1.0 if prev_q is not None and prev_q.entity == eid else 0.0,
                1.0 if next_q is not None and next_q.entity == eid else 0.0,
                1.0 if any(x.kind in {"name", "title"} for x in ms) else 0.0, math.log1p(len(ms)),
                math.log1p(ctx.rule_quotes.get(eid, 0)), float(min(len(cands), 10)),
                1.0 if q.kind == "direct" else 0.0, 1.0 if q.cue is not None else 0.0]
        rows.append(row)
    return rows


class Linker:
    """Standardised features, then logistic regression: P(this candidate is the quote's speaker)."""

    def __init__(self, coef: list[float], intercept: float, mean: list[float], scale: list[float],
                 features: list[str], margin: float = 0.3, floor: float = 0.6, meta: dict | None = None):
        if list(features) != list(FEATURES):
            raise ValueError("linker was trained on other features; retrain it (python -m pipeline.training.linker)")
        self.coef, self.intercept, self.mean, self.scale = coef, intercept, mean, scale
        self.features, self.margin, self.floor = list(features), margin, floor
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> "Linker":
        return cls(**json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps({
            "coef": self.coef, "intercept": self.intercept, "mean": self.mean, "scale": self.scale,
            "features": self.features, "margin": self.margin, "floor": self.floor, "meta": self.meta},
            indent=1), encoding="utf-8")

    def score(self, row: Sequence[float]) -> float:
        z = self.intercept + sum(w * (v - mu) / s for w, v, mu, s in zip(self.coef, row, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, ctx: Context, q: Quote) -> tuple[str, Mention] | None:
        """The candidate to link instead of the rules' choice, or None to keep the rules'."""
        cands = candidates(ctx, q)
        if not cands:
            return None
        probs = [self.score(r) for r in features(ctx, q, cands)]
        best = max(range(len(cands)), key=probs.__getitem__)
        if cands[best][0] == q.entity:
            return None
        if q.entity is None:
            return cands[best] if probs[best] >= self.floor else None
        rule = next((p for (eid, _), p in zip(cands, probs) if eid == q.entity), 0.0)
        return cands[best] if probs[best] - rule >= self.margin else None

    def relink(self, doc: Document) -> list[Quote]:
        """Apply to every confident quote of ``doc``; returns the quotes whose link changed (their phrase
        is the linked mention; the speakers stage widens it to the mention's whole phrase)."""
        ctx = Context(doc)
        changed = []
        for q in ctx.confident:
            pick = self.choose(ctx, q)
            if pick is None:
                continue
            eid, m = pick
            q.entity, q.speaker, q.link = eid, m.id, "linker"
            q.phrase = Span(m.start, m.end)
            changed.append(q)
        return changed


def fit(rows: Sequence[Sequence[float]], labels: Sequence[int], *, c: float = 1.0, meta: dict | None = None) -> Linker:
    """Fit with scikit-learn (training only); ``margin`` and ``floor`` are set by the trainer on dev."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X = np.asarray(rows, dtype=float)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit((X - mean) / scale, list(labels))
    return Linker(clf.coef_[0].tolist(), float(clf.intercept_[0]), mean.tolist(), scale.tolist(), list(FEATURES),
                  meta=meta)
