"""How sure sayso is of each quote's speaker: a learned confidence on the quote-to-speaker link.

The speakers stage links a quote to a mention by one piece of evidence (``Quote.link``: the tagger's
source span, the cue verb's subject, a dash line, a continuation) and resolves the mention to an
entity (a pronoun to its antecedent, a role to its organisation). How often that is right differs a
lot: on PolNeAR dev a tagged source is right about nine times in ten, a cue's subject far less often.
The link confidence is a logistic regression over the link's structure (:data:`FEATURES`): the
evidence, the mention's kind and type, the quote's kind and confidence, how far the mention is from
the quote and on which side, whether a paragraph break or other speakers stand between them, and how
far a pronoun or role is from the name it resolves to. It is trained on PolNeAR train articles by
``python -m pipeline.training.link_confidence`` (label: the speaker is PolNeAR's source, as the
PolNeAR scorer decides) and stored as JSON in ``models/speaker-link/``. It is reported as the
speaker's ``confidence`` in the output; without the model the field is null.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Sequence

from ..doc import SPEAKER_EVIDENCE, Document, Quote

MODEL_DIR = "speaker-link"
MODEL_FILE = "link_confidence.json"
KINDS = ("name", "title", "pronoun", "nominal")
TYPES = ("person", "organization", "role", "group", "document", "unknown")
QUOTE_KINDS = ("direct", "indirect", "mixed")
FEATURES = (
    [f"evidence_{e}" for e in SPEAKER_EVIDENCE]
    + [f"kind_{k}" for k in KINDS]
    + [f"type_{t}" for t in TYPES]
    + [f"quote_{k}" for k in QUOTE_KINDS]
    + ["quote_confidence", "has_cue", "mention_before", "log_gap", "same_paragraph", "inside_quote",
       "others_between", "entity_named", "log_entity_mentions", "log_resolve_distance", "log_quoted_entities",
       "continues"]
)


def features(doc: Document, q: Quote) -> list[float] | None:
    """The feature row of ``q``'s speaker link (:data:`FEATURES`), or None when it has no speaker."""
    if q.speaker is None:
        return None
    mentions = {m.id: m for m in doc.mentions}
    m = mentions.get(q.speaker)
    if m is None:
        return None
    ent = next((e for e in doc.entities if e.id == q.entity), None)
    row = [1.0 if q.link == e else 0.0 for e in SPEAKER_EVIDENCE]
    row += [1.0 if m.kind == k else 0.0 for k in KINDS]
    typ = ent.type if ent is not None else m.type
    row += [1.0 if typ == t else 0.0 for t in TYPES]
    row += [1.0 if q.kind == k else 0.0 for k in QUOTE_KINDS]
    before = m.end <= q.start
    lo, hi = (m.end, q.start) if before else (q.end, m.start)
    gap = max(0, hi - lo)
    between = doc.text[lo:hi] if gap else ""
    row += [q.confidence, 1.0 if q.cue is not None else 0.0, 1.0 if before else 0.0, math.log1p(gap),
            0.0 if "\n" in between else 1.0, 1.0 if q.start <= m.start < q.end else 0.0]
    others = sum(1 for o in doc.mentions if o.entity != q.entity and lo <= o.start and o.end <= hi) if gap else 0
    row.append(math.log1p(others))
    ems = [mentions[i] for i in (ent.mentions if ent is not None else []) if i in mentions]
    named = [x for x in ems if x.kind in {"name", "title"}]
    row += [1.0 if named else 0.0, math.log1p(len(ems))]
    if m.kind in {"name", "title"} or not named:
        dist = 0
    else:
        prior = [x for x in named if x.start <= m.start]
        dist = m.start - max(x.end for x in prior) if prior else abs(min(x.start for x in named) - m.end)
    row.append(math.log1p(max(0, dist)))
    row.append(math.log1p(len({x.entity for x in doc.quotes if x.entity})))
    row.append(1.0 if q.continues else 0.0)
    return row


class LinkConfidence:
    """Standardised features, then logistic regression: P(the linked speaker is the quote's source)."""

    def __init__(self, coef: list[float], intercept: float, mean: list[float], scale: list[float],
                 features: list[str], meta: dict | None = None):
        if list(features) != list(FEATURES):
            raise ValueError("link confidence model was trained on other features; retrain it "
                             "(python -m pipeline.training.link_confidence)")
        self.coef, self.intercept, self.mean, self.scale = coef, intercept, mean, scale
        self.features = list(features)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> "LinkConfidence":
        return cls(**json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps({"coef": self.coef, "intercept": self.intercept, "mean": self.mean,
                                          "scale": self.scale, "features": self.features, "meta": self.meta},
                                         indent=1), encoding="utf-8")

    def predict(self, row: Sequence[float]) -> float:
        z = self.intercept + sum(w * (v - mu) / s for w, v, mu, s in zip(self.coef, row, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def assign(self, doc: Document) -> None:
        """Set ``link_confidence`` on every quote with a speaker (None on the others)."""
        for q in doc.quotes:
            row = features(doc, q)
            q.link_confidence = round(self.predict(row), 4) if row is not None else None


def fit(rows: Sequence[Sequence[float]], labels: Sequence[int], *, c: float = 1.0, meta: dict | None = None) -> LinkConfidence:
    """Fit with scikit-learn (training only)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X = np.asarray(rows, dtype=float)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit((X - mean) / scale, list(labels))
    return LinkConfidence(clf.coef_[0].tolist(), float(clf.intercept_[0]), mean.tolist(), scale.tolist(),
                          list(FEATURES), meta)
