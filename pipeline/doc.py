"""The data model: Document and the objects stages attach to it.

Every offset is a Python ``str`` index into ``Document.text``, half-open
``[start, end)``. Objects point at each other by id (strings), so a Document
serialises to JSON and back unchanged (:meth:`Document.to_json` /
:meth:`Document.from_json`). :meth:`Document.to_dict` gives the public output
record of ``sayso run`` (one article a line).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

# The label sets, defined here once; every other module (stages, nn, scoring, eval, annotations) imports them.
QUOTE_KINDS = ("direct", "indirect", "mixed")
# "document": a text that speaks (a lawsuit, a report, a letter, a statement); "group": people speaking
# together without being an organisation (protesters, House Democrats, voters)
ENTITY_TYPES = ("person", "organization", "role", "document", "group", "unknown")
STANCE_LABELS = ("favor", "against", "neutral")
STANCE_SIDES = ("favor", "against")  # the labels that take a side (neutral takes none)
TEXT_FORMATS = ("auto", "plain", "html", "markdown")
# How a quote's speaker mention was found (Quote.link; "evidence" in the output): the speaker phrase
# the tagger tagged ("source"); the subject of the cue verb in the parse ("cue-subject"); an
# attribution line after a dash-led or uncued quote ("dash-line"); a transcript's speaker label that
# opens the quote's paragraph or the one it continues ("PENCE: ...", "transcript"); the person the
# paragraph before an uncued quote paragraph opens by introducing ("introduced"); the speaker of the
# quote this one continues ("continuation"); or the learned linker, which found a speaker the rules
# did not ("linker", :mod:`pipeline.stages.linker`). A quote that continues another carries
# "continues": that quote's id (a run-on paragraph takes the cue of the quote it continues, and then
# reports "cue-subject").
SPEAKER_EVIDENCE = ("source", "cue-subject", "dash-line", "transcript", "introduced", "continuation", "linker")
# A quote whose confidence reaches this is one the pipeline stands behind: it is scored by default
# (eval --min-confidence), it anchors a continuation, it hides the text inside it from speaker
# search, and it carries a stance. Below it, a quote is reported but not relied on (a scare quote,
# a fragment, a tagged span under its tuned cut that a rule quote kept alive).
CONFIDENT_QUOTE = 0.5

# What each layer a stage may declare in ``requires`` / ``assigns`` means on a Document: the fields
# ("quotes") and the fields of its objects ("quotes.speaker") that the layer fills. A stage reads
# only the fields of the layers it requires (plus the input: text, id, targets) and writes only
# those of the layers it assigns; tests/test_contract.py checks every registered stage.
INPUT_FIELDS = ("text", "id", "targets")
LAYER_FIELDS: dict[str, tuple[str, ...]] = {
    "sentences": ("sentences",),
    "parse": ("parse",),
    "quotes": ("quotes",),
    "mentions": ("mentions", "quotes.speaker", "quotes.link", "quotes.phrase"),
    "entities": ("entities", "mentions.entity"),
    "speakers": ("quotes.speaker", "quotes.entity", "quotes.link", "quotes.phrase", "quotes.link_confidence"),
    "stances": ("stances", "speaker_stances", "target_summary"),
}


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
    # which producer made the quote and, for the rules, which rule ("cue-intro", "continuation", "uncued",
    # "scare", "indirect", "tagger", ...: the values and their meaning are pipeline.stages.quote_merge's
    # QUOTE_ORIGINS); the quote merge and the mentions stage test it by the predicates there
    origin: str = ""
    continues: str | None = None  # id of the quote this one continues (next paragraph, same speaker)
    source: Span | None = None  # the speaker phrase a model tagged (used by the mentions stage)
    link: str | None = None  # how the speaker mention was found: one of SPEAKER_EVIDENCE
    # the whole speaker phrase as written, with its apposition or role ("Victor Cha, a Korea scholar at
    # ..."), where the mention is its head ("Victor Cha"); PolNeAR's Source spans follow this convention
    phrase: Span | None = None
    # how likely the linked speaker is the quote's source (:mod:`pipeline.stages.link_confidence`); None
    # without a speaker or without the trained model
    link_confidence: float | None = None


@dataclass
class Stance:
    quote: str
    target: str
    label: str
    score: float
    probs: dict[str, float] = field(default_factory=dict)
    # the cross-encoder's probabilities for the quote alone, before the document step revised them
    # (:mod:`pipeline.stages.stance_doc`); empty when no document step ran
    quote_probs: dict[str, float] = field(default_factory=dict)


def _stance_dict(s: Stance) -> dict[str, Any]:
    """A quote's stance in the output; where the document step ran, also what the quote alone said."""
    out: dict[str, Any] = {"target": s.target, "label": s.label, "score": round(s.score, 4)}
    if s.quote_probs:
        alone = max(s.quote_probs, key=s.quote_probs.get)
        out["quote_alone"] = {"label": alone, "score": round(s.quote_probs[alone], 4)}
    return out


@dataclass
class Document:
    """One article and every layer the stages add to it.

    Input: ``text`` (the text the stages read: the input after cleaning, see
    :mod:`pipeline.clean`), ``id``, ``targets`` and ``meta`` (the user's other
    input fields, untouched by sayso). Pipeline state lives in the declared
    fields below, never in ``meta``.
    """

    text: str
    id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)  # the user's input fields alone
    targets: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    # per speaker entity id: one aggregate per target (label, counts, confidence, mixed); stance stage
    speaker_stances: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # per target: how many speakers on each side, and who; stance stage
    target_summary: list[dict[str, Any]] = field(default_factory=list)
    layers: list[str] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)
    # why the pipeline set this document aside ("stage 'mentions' failed: ..."); None when it went through
    error: str | None = None
    # things the user should know that did not cost the document (targets over the cap, chunked processing)
    warnings: list[str] = field(default_factory=list)
    # the input's format as cleaned ("plain", "html", "markdown") and, where cleaning changed the text,
    # anchors (text offset, raw input offset) mapping offsets of ``text`` back to the raw input
    format: str = "plain"
    offset_map: list[tuple[int, int]] | None = None
    # the spaCy parse (parse stage): an intermediate layer, aligned to ``text``, never serialised
    parse: Any = field(default=None, repr=False, compare=False)

    # ---- offsets -------------------------------------------------------
    def raw_offset(self, offset: int) -> int:
        """The offset in the raw input of ``offset`` in ``text`` (identity when cleaning changed nothing)."""
        if not self.offset_map:
            return offset
        i = bisect_right(self.offset_map, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        clean, raw = self.offset_map[i]
        return raw + (offset - clean)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """A half-open span of ``text`` mapped to the raw input."""
        if end <= start:
            s = self.raw_offset(start)
            return s, s
        return self.raw_offset(start), self.raw_offset(end - 1) + 1

    @property
    def speakers(self) -> list[dict[str, Any]]:
        """Speaker entities that have at least one quote, as plain dicts."""
        return self.to_dict()["speakers"]

    # ---- serialisation -------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """Full internal state as plain JSON types (lossless but for the parse; see from_json)."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "parse"}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Document":
        def build(klass, d):
            names = {f.name for f in fields(klass)}
            return klass(**{k: v for k, v in d.items() if k in names})

        doc = build(cls, {k: v for k, v in data.items() if k != "parse"})
        if doc.offset_map is not None:
            doc.offset_map = [tuple(a) for a in doc.offset_map]
        doc.sentences = [build(Sentence, s) for s in data.get("sentences", [])]
        doc.mentions = [build(Mention, m) for m in data.get("mentions", [])]
        doc.entities = [build(Entity, e) for e in data.get("entities", [])]
        quotes = []
        for q in data.get("quotes", []):
            q = dict(q)
            for key in ("cue", "source", "phrase"):
                if q.get(key) is not None:
                    q[key] = build(Span, q[key])
            quotes.append(build(Quote, q))
        doc.quotes = quotes
        doc.stances = [build(Stance, s) for s in data.get("stances", [])]
        return doc

    def _span_dict(self, start: int, end: int, raw: bool = False) -> dict[str, Any]:
        text = self.text[start:end]
        if raw:
            start, end = self.raw_span(start, end)
            return {"start": start, "end": end, "text": text}
        out = {"start": start, "end": end, "text": text}
        if self.offset_map:
            out["raw_start"], out["raw_end"] = self.raw_span(start, end)
        return out

    def to_dict(self, *, offsets: str = "text") -> dict[str, Any]:
        """The public output record (the schema of ``sayso run``).

        ``offsets="text"`` (default): every offset indexes ``text``; where cleaning changed the input the
        record carries that text, the ``offset_map`` and ``raw_start``/``raw_end`` on each span.
        ``offsets="raw"``: every ``start``/``end`` indexes the raw input instead (what scorers against
        gold offsets on the raw text need); span texts stay the cleaned text.
        """
        if offsets not in {"text", "raw"}:
            raise ValueError(f"offsets must be 'text' or 'raw', not {offsets!r}")
        raw = offsets == "raw" and self.offset_map is not None
        span = lambda s, e: self._span_dict(s, e, raw)  # noqa: E731
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
                **span(q.start, q.end),
                "type": q.kind,
                "cue": span(q.cue.start, q.cue.end) if q.cue else None,
                "speaker": {
                    "name": e.name if e and e.type != "unknown" else None,
                    "type": e.type if e else "unknown",
                    "entity": e.id if e else None,
                    "mention": span(m.start, m.end) if m else None,
                    # the whole phrase the mention heads, with its apposition or role; null without a speaker
                    "phrase": span(q.phrase.start, q.phrase.end) if m and q.phrase else None,
                    # what linked the mention to the quote (SPEAKER_EVIDENCE), null without a speaker
                    "evidence": q.link if m else None,
                    # P(this speaker is the quote's source), learned on PolNeAR; null without a speaker or model
                    "confidence": q.link_confidence if m else None,
                },
                "continues": q.continues,
                "stances": [_stance_dict(s) for s in stances_by_quote.get(q.id, [])],
                "confidence": round(q.confidence, 4),
            })
        speakers = []
        quoted = {q.entity for q in self.quotes if q.entity}
        agg = self.speaker_stances
        for e in self.entities:
            if e.id not in quoted:
                continue
            speakers.append({
                "entity": e.id,
                "name": e.name,
                "type": e.type,
                "mentions": [span(ments[i].start, ments[i].end) for i in e.mentions if i in ments],
                "stances": agg.get(e.id, []),
            })
        out: dict[str, Any] = {"id": self.id}
        if self.offset_map is not None and not raw:
            # cleaning changed the input (markup, CRLF, control characters): every offset below indexes
            # this text; raw_start/raw_end and offset_map give the raw input's offsets
            out["text"] = self.text
            out["format"] = self.format
            out["offset_map"] = [list(a) for a in self.offset_map]
        out.update({
            "sentences": [list(self.raw_span(s.start, s.end)) if raw else [s.start, s.end] for s in self.sentences],
            "quotes": quotes,
            "speakers": speakers,
        })
        if "stances" in self.layers:
            out["targets"] = self.target_summary
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.meta:
            out["meta"] = self.meta
        return out

    def to_records(self, *, min_confidence: float = 0.0) -> list[dict[str, Any]]:
        """Flat rows, one per quote and target (:func:`quote_records`): what a data frame wants."""
        return list(quote_records(self.to_dict(), min_confidence=min_confidence))


def article_date(rec: dict[str, Any]) -> str | None:
    """The article's date as ISO ``YYYY-MM-DD`` from its input fields (``meta``): ``date``, ``published``,
    ``publication_date``, ``pubDate``, ``datetime``, ``time``; ISO 8601 or RFC 822 (RSS); None if none parses."""
    meta = rec.get("meta") or {}
    for key in ("date", "published", "publication_date", "pubDate", "pub_date", "datetime", "time", "updated"):
        value = meta.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            try:
                return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
            except (OverflowError, OSError, ValueError):
                continue
        if not isinstance(value, str) or not value.strip():
            continue
        text = value.strip()
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                pass
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    return None


def quote_records(rec: dict[str, Any], *, min_confidence: float = 0.0):
    """One row per quote and target of an output record (a quote without a stance: one row, no target):
    the article (``doc``, ``date``), the quote (``quote``, ``type``, ``cue``, ``text``, ``confidence``),
    its speaker (``speaker``, ``speaker_type``, ``entity``, ``identity`` where :mod:`pipeline.feed` linked
    the records, ``evidence``, ``link_confidence``) and its stance (``target``, ``stance``,
    ``stance_score``; None without one). Quotes under ``min_confidence`` are left out."""
    day = article_date(rec)
    for q in rec.get("quotes", []):
        if q["confidence"] < min_confidence:
            continue
        sp = q["speaker"]
        base = {"doc": rec["id"], "date": day, "quote": q["id"], "type": q["type"],
                "cue": (q.get("cue") or {}).get("text"), "text": q["text"], "confidence": q["confidence"],
                "speaker": sp.get("name") or ((sp.get("mention") or {}).get("text")),
                "speaker_type": sp.get("type"), "entity": sp.get("entity"), "identity": sp.get("identity"),
                "evidence": sp.get("evidence"), "link_confidence": sp.get("confidence")}
        for st in q.get("stances") or [None]:
            yield {**base, "target": st and st["target"], "stance": st and st["label"],
                   "stance_score": st and st["score"]}


def _plain(value: Any) -> Any:
    """Dataclasses, tuples and containers as plain JSON types."""
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
