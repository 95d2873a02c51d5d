"""The data model: Document and the objects stages attach to it.

Every offset is a Python ``str`` index into ``Document.text``, half-open
``[start, end)``. Objects point at each other by id (strings), so a Document
serialises to JSON and back unchanged (:meth:`Document.to_json` /
:meth:`Document.from_json`). :meth:`Document.to_dict` gives the public output
record of ``sayso run`` (one article a line).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

QUOTE_KINDS = ("direct", "indirect", "mixed")
ENTITY_TYPES = ("person", "organization", "role", "unknown")
STANCE_LABELS = ("favor", "against", "neutral")


@dataclass
class Span:
    """A character span ``[start, end)`` of ``Document.text``."""

    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int = 0


@dataclass
class Mention:
    """A noun phrase that can be a speaker.

    ``kind`` is how it refers: ``name`` (proper name), ``title`` ("Mr Bird"),
    ``pronoun``, ``nominal`` ("a DWP spokesman", "the union").
    ``type`` is the semantic type guessed for it (see ``ENTITY_TYPES``).
    """

    id: str
    start: int
    end: int
    kind: str = "name"
    type: str = "unknown"
    entity: str | None = None


@dataclass
class Entity:
    """A speaker: one real-world person, organisation or role."""

    id: str
    name: str
    type: str = "unknown"
    mentions: list[str] = field(default_factory=list)


@dataclass
class Quote:
    """A quote: ``start``/``end`` cover its content without the quote marks."""

    id: str
    start: int
    end: int
    kind: str = "direct"
    cue: Span | None = None
    speaker: str | None = None  # mention id
    entity: str | None = None  # entity id
    confidence: float = 1.0
    paragraph: int = 0
    how: str = ""  # which rule or model attributed the speaker (for error analysis)
    continues: str | None = None  # id of the quote this one continues (next paragraph, same speaker)
    source: Span | None = None  # the speaker phrase a model tagged (used by the mentions stage)


@dataclass
class Stance:
    quote: str
    target: str
    label: str
    score: float
    probs: dict[str, float] = field(default_factory=dict)


@dataclass
class Document:
    text: str
    id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    targets: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    layers: list[str] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)

    # ---- lookups -------------------------------------------------------
    def mention(self, mention_id: str | None) -> Mention | None:
        if mention_id is None:
            return None
        for m in self.mentions:
            if m.id == mention_id:
                return m
        return None

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    @property
    def speakers(self) -> list[dict[str, Any]]:
        """Speaker entities that have at least one quote, as plain dicts."""
        return self.to_dict()["speakers"]

    # ---- serialisation -------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """Full internal state as plain JSON types (lossless; see from_json)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Document":
        def build(klass, d):
            names = {f.name for f in fields(klass)}
            return klass(**{k: v for k, v in d.items() if k in names})

        doc = build(cls, {k: v for k, v in data.items()})
        doc.sentences = [build(Sentence, s) for s in data.get("sentences", [])]
        doc.mentions = [build(Mention, m) for m in data.get("mentions", [])]
        doc.entities = [build(Entity, e) for e in data.get("entities", [])]
        quotes = []
        for q in data.get("quotes", []):
            q = dict(q)
            for key in ("cue", "source"):
                if q.get(key) is not None:
                    q[key] = build(Span, q[key])
            quotes.append(build(Quote, q))
        doc.quotes = quotes
        doc.stances = [build(Stance, s) for s in data.get("stances", [])]
        return doc

    def _span_dict(self, start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": self.text[start:end]}

    def to_dict(self) -> dict[str, Any]:
        """The public output record (the schema of ``sayso run``)."""
        ents = {e.id: e for e in self.entities}
        ments = {m.id: m for m in self.mentions}
        stances_by_quote: dict[str, list[Stance]] = {}
        for s in self.stances:
            stances_by_quote.setdefault(s.quote, []).append(s)
        quotes = []
        for q in self.quotes:
            m = ments.get(q.speaker) if q.speaker else None
            e = ents.get(q.entity) if q.entity else None
            quotes.append({
                "id": q.id,
                "start": q.start,
                "end": q.end,
                "text": self.text[q.start:q.end],
                "type": q.kind,
                "cue": self._span_dict(q.cue.start, q.cue.end) if q.cue else None,
                "speaker": {
                    "name": e.name if e and e.type != "unknown" else None,
                    "type": e.type if e else "unknown",
                    "entity": e.id if e else None,
                    "mention": self._span_dict(m.start, m.end) if m else None,
                },
                "stances": [
                    {"target": s.target, "label": s.label, "score": round(s.score, 4)}
                    for s in stances_by_quote.get(q.id, [])
                ],
                "confidence": round(q.confidence, 4),
            })
        speakers = []
        quoted = {q.entity for q in self.quotes if q.entity}
        agg = self.meta.get("speaker_stances", {})
        for e in self.entities:
            if e.id not in quoted:
                continue
            speakers.append({
                "entity": e.id,
                "name": e.name,
                "type": e.type,
                "mentions": [self._span_dict(ments[i].start, ments[i].end) for i in e.mentions if i in ments],
                "stances": agg.get(e.id, []),
            })
        out = {
            "id": self.id,
            "sentences": [[s.start, s.end] for s in self.sentences],
            "quotes": quotes,
            "speakers": speakers,
        }
        if "target_summary" in self.meta:
            out["targets"] = self.meta["target_summary"]
        return out
