"""The stance stage's document step: one speaker's stances on one target, read together.

The cross-encoder reads one quote at a time. News often gives a speaker's side in one quote and
leaves it implicit in the next ("We will keep talking", said by the union that called the strike).
The document step revises each quote's probabilities with what the rest of the article says about
the same speaker and target:

- the quote's own probabilities (the cross-encoder's, "quote alone");
- the speaker's other quotes on the target: how many, their mean probabilities, the strongest
  favor and the strongest against among them;
- whether the quote, and the speaker's sentences, name the target; whether the speaker is the
  target itself ("the union" on "the union's strike");
- the speaker's entity type, or no speaker.

It is a multinomial logistic regression over those features (:data:`FEATURES`), trained by
``python -m pipeline.training.stance_doc`` on our real-news train labels (PolNeAR train articles)
and our own train articles, and stored as plain JSON beside the cross-encoder whose probabilities
it reads (``doc_step.json`` in the stance model's folder): a document step is only valid for the
model it was trained on. The revised probabilities become the stance's ``probs``; the quote-alone
ones stay in ``quote_probs`` and in the output, so a changed label can be seen and explained.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from ..doc import STANCE_LABELS, Document, Stance

DOC_STEP_FILE = "doc_step.json"
ENTITY_KINDS = ("person", "org", "group")
FEATURES = (
    [f"log_{lab}" for lab in STANCE_LABELS]
    + ["has_others", "log_n_others"]
    + [f"others_mean_log_{lab}" for lab in STANCE_LABELS]
    + ["others_max_favor", "others_max_against"]
    + ["target_in_quote", "target_near_speaker", "speaker_in_target", "no_speaker"]
    + [f"type_{k}" for k in ENTITY_KINDS]
)
_EPS = 1e-4
_WORD = __import__("re").compile(r"[a-z0-9]+")
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "for", "over", "by", "s"}


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _stems(words: set[str]) -> set[str]:
    return {w[:5] if len(w) > 5 else w for w in words}


def _names(target_stems: set[str], text: str) -> bool:
    """Whether ``text`` names the target: it holds every content word of the target (first five letters
    of a longer word, so "strike" finds "striking"), or, for a target of three words or more, all but one."""
    if not target_stems:
        return False
    have = _stems(_words(text))
    hit = len(target_stems & have)
    return hit == len(target_stems) or (len(target_stems) >= 3 and hit >= len(target_stems) - 1)


def _log(p: float) -> float:
    return math.log(max(p, _EPS))


def features(doc: Document, stances: Sequence[Stance]) -> list[list[float]]:
    """One feature row (:data:`FEATURES`) per stance, in order. ``stances[i].probs`` are the quote-alone
    probabilities; quotes below the stage's confidence are pooled like the others (the cross-encoder
    read them), but a quote without a speaker entity pools with nothing."""
    quotes = {q.id: q for q in doc.quotes}
    ents = {e.id: e for e in doc.entities}
    mentions = {m.id: m for m in doc.mentions}
    # the sentences around each speaker's mentions, for "does the speaker stand next to the target"
    sent_spans = [(s.start, s.end) for s in doc.sentences]
    ent_text: dict[str, str] = {}
    for e in doc.entities:
        parts = []
        for mid in e.mentions:
            m = mentions.get(mid)
            if m is None:
                continue
            for a, b in sent_spans:
                if a <= m.start < b:
                    parts.append(doc.text[a:b])
                    break
        ent_text[e.id] = " ".join(parts)
    by_group: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, st in enumerate(stances):
        q = quotes.get(st.quote)
        if q is not None and q.entity:
            by_group[(q.entity, st.target)].append(i)
    tstems = {t: _stems(_words(t)) for t in {st.target for st in stances}}
    rows = []
    for i, st in enumerate(stances):
        q = quotes.get(st.quote)
        ent = ents.get(q.entity) if q is not None and q.entity else None
        p = {lab: st.probs.get(lab, 1.0 if st.label == lab else 0.0) for lab in STANCE_LABELS}
        others = [stances[j] for j in by_group.get((ent.id, st.target), []) if j != i] if ent else []
        row = [_log(p[lab]) for lab in STANCE_LABELS]
        row += [1.0 if others else 0.0, math.log1p(len(others))]
        for lab in STANCE_LABELS:
            row.append(sum(_log(o.probs.get(lab, 0.0)) for o in others) / len(others) if others else 0.0)
        row.append(max((o.probs.get("favor", 0.0) for o in others), default=0.0))
        row.append(max((o.probs.get("against", 0.0) for o in others), default=0.0))
        ts = tstems[st.target]
        row.append(1.0 if q is not None and _names(ts, doc.text[q.start:q.end]) else 0.0)
        row.append(1.0 if ent is not None and _names(ts, ent_text.get(ent.id, "")) else 0.0)
        # the speaker is (part of) the target: "Clinton" on "Hillary Clinton", "Unite union" on "the union"
        row.append(1.0 if ent is not None and ts & {w for w in _stems(_words(ent.name)) if len(w) > 2} else 0.0)
        row.append(0.0 if ent is not None else 1.0)
        row += [1.0 if ent is not None and ent.type == k else 0.0 for k in ENTITY_KINDS]
        rows.append(row)
    return rows


class DocStep:
    """The fitted document step: standardised features, then multinomial logistic regression."""

    def __init__(self, coef: list[list[float]], intercept: list[float], labels: list[str],
                 mean: list[float], scale: list[float], features: list[str], meta: dict | None = None):
        if list(features) != list(FEATURES):
            raise ValueError(f"document step was trained on other features ({len(features)}); retrain it "
                             "(python -m pipeline.training.stance_doc)")
        self.coef, self.intercept, self.labels = coef, intercept, labels
        self.mean, self.scale, self.features = mean, scale, list(features)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> "DocStep":
        return cls(**json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps({
            "coef": self.coef, "intercept": self.intercept, "labels": self.labels, "mean": self.mean,
            "scale": self.scale, "features": self.features, "meta": self.meta}, indent=1), encoding="utf-8")

    def predict_proba(self, row: Sequence[float]) -> dict[str, float]:
        x = [(v - m) / s for v, m, s in zip(row, self.mean, self.scale)]
        scores = [b + sum(w * v for w, v in zip(ws, x)) for ws, b in zip(self.coef, self.intercept)]
        mx = max(scores)
        exps = [math.exp(s - mx) for s in scores]
        z = sum(exps)
        return {lab: e / z for lab, e in zip(self.labels, exps)}

    def apply(self, doc: Document, stances: list[Stance]) -> list[Stance]:
        """The stances with document-step probabilities; the quote-alone ones move to ``quote_probs``."""
        out = []
        for st, row in zip(stances, features(doc, stances)):
            p = self.predict_proba(row)
            label = max(p, key=p.get)
            out.append(Stance(quote=st.quote, target=st.target, label=label, score=p[label],
                              probs={lab: round(v, 4) for lab, v in p.items()},
                              quote_probs=dict(st.probs)))
        return out


def fit(rows: Sequence[Sequence[float]], labels: Sequence[str], *, c: float = 1.0,
        class_weight: dict[str, float] | str | None = None, meta: dict | None = None) -> DocStep:
    """Fit the document step with scikit-learn (training only)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X = np.asarray(rows, dtype=float)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight)
    clf.fit((X - mean) / scale, list(labels))
    return DocStep(clf.coef_.tolist(), clf.intercept_.tolist(), [str(x) for x in clf.classes_],
                   mean.tolist(), scale.tolist(), list(FEATURES), meta)
