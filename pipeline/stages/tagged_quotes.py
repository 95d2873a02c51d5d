"""Quotes from the trained attribution tagger (source / cue / content BIO).

A model stage with the three phases kept apart: units (one per paragraph,
with neighbouring text as context) are built on the CPU for every document
of a batch; the tagger runs them in token-budget batches; spans come back in
character offsets and are turned into quotes here:

* a content span becomes a quote; its quote marks are stripped (PolNeAR's
  content includes them, ours does not); kind = direct when the marks
  enclose it, mixed when marks sit inside it, indirect otherwise;
* its cue is the nearest predicted cue in the paragraph, its speaker phrase
  the predicted source nearest to that cue (``Quote.source``), which the
  mentions stage uses instead of the parse;
* quote-only paragraphs with no source continue the previous quote, as in
  the rule stage.

Direct quotes the rules find and the tagger misses are added from the rule
stage (``merge_rules=True``), so the model never loses a marked quote.
"""
from __future__ import annotations

from pathlib import Path

from ..doc import Document, Quote, Span
from ..stage import ModelStage
from ..text import paragraph_index, paragraphs
from .quotes import QuoteDetector

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_TAGGER = MODELS_DIR / "quote-tagger-minilm"
OPEN_MARKS = "“‘\"'`«"
CLOSE_MARKS = "”’\"'»"


def strip_marks(text: str, s: int, e: int) -> tuple[int, int, bool]:
    """Trim whitespace, edge punctuation and enclosing quote marks; (start, end, was_enclosed)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace()):
        e -= 1
    enclosed = False
    if s < e and text[s] in OPEN_MARKS:
        s += 1
        if text[s - 1] == "`" and s < e and text[s] == "`":
            s += 1
        enclosed = True
    if e > s and text[e - 1] in CLOSE_MARKS:
        e -= 1
        if text[e] == "'" and e > s and text[e - 1] == "'":
            e -= 1
    elif enclosed:
        enclosed = False
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e, enclosed


class TaggedQuotes(ModelStage):
    """Assigns ``quotes`` (with cue and source spans) from the trained tagger."""

    name = "quotes"
    requires = ("sentences", "parse")
    assigns = ("quotes",)

    def __init__(self, *, model_path: str | Path | None = None, device=None, token_budget: int = 8192,
                 merge_rules: bool = True, tagger=None):
        from ..nn.tagger import Tagger, windows

        self.tagger = tagger or Tagger.from_pretrained(Path(model_path) if model_path else DEFAULT_TAGGER,
                                                       device=device)
        self._windows = windows
        self.token_budget = token_budget
        self.rules = QuoteDetector() if merge_rules else None
        self.version = f"tagger-{self.tagger.version}"

    def predict_batch(self, docs) -> list[list[Quote]]:
        jobs, owner = [], []
        for i, d in enumerate(docs):
            for u in self._windows(d.text, [(p.start, p.end) for p in paragraphs(d.text)],
                                   context_chars=self.tagger.context_chars):
                jobs.append((d.text, u))
                owner.append(i)
        spans = self.tagger.predict(jobs, token_budget=self.token_budget)
        per_doc: list[list[tuple[str, int, int]]] = [[] for _ in docs]
        for i, sp in zip(owner, spans):
            per_doc[i].extend(sp)
        return [self._quotes(d, sorted(set(sp), key=lambda x: x[1])) for d, sp in zip(docs, per_doc)]

    def _quotes(self, doc: Document, spans) -> list[Quote]:
        text = doc.text
        paras = paragraphs(text)
        cues = [(s, e) for t, s, e in spans if t == "cue"]
        sources = [(s, e) for t, s, e in spans if t == "source"]
        quotes: list[Quote] = []
        for t, s, e in spans:
            if t != "content":
                continue
            qs, qe, enclosed = strip_marks(text, s, e)
            if qe - qs < 2:
                continue
            inner = text[qs:qe]
            kind = "direct" if enclosed and not any(m in inner for m in "“”\"") else \
                "mixed" if any(m in inner for m in "“”\"‘") or enclosed else "indirect"
            p = paragraph_index(paras, qs)
            para = paras[p]
            in_para = lambda x: para.start <= x[0] < para.end  # noqa: E731
            cue = min((c for c in cues if in_para(c)), key=lambda c: _dist(c, (s, e)), default=None)
            src = None
            if cue is not None:
                src = min((x for x in sources if in_para(x) and not (s <= x[0] < e)),
                          key=lambda x: _dist(x, cue), default=None)
            q = Quote(id="", start=qs, end=qe, kind=kind, paragraph=p, confidence=0.8,
                      cue=Span(*cue) if cue else None, how="tagger")
            if src is not None:
                q.source = Span(*src)
            quotes.append(q)
        if self.rules is not None:
            quotes = self._merge(doc, quotes)
        quotes.sort(key=lambda q: (q.start, q.end))
        # quote-only paragraphs continue the previous quote, as in the rule stage
        prev = None
        for i, q in enumerate(quotes):
            q.id = f"q{i + 1}"
        for q in quotes:
            if q.source is None and q.kind == "direct" and prev is not None and \
                    prev.paragraph in (q.paragraph - 1, q.paragraph) and q.how in {"tagger", "continuation"}:
                q.continues = prev.id
                if q.cue is None and prev.cue is not None:
                    q.cue = Span(prev.cue.start, prev.cue.end)
            if q.confidence >= 0.5:
                prev = q
        return quotes

    def _merge(self, doc: Document, quotes: list[Quote]) -> list[Quote]:
        """Add the rule stage's quotes that no tagged quote overlaps (marked quotes the model missed)."""
        rule_quotes = self.rules.predict(doc)
        by_id = {q.id: q for q in rule_quotes}
        out = list(quotes)
        for rq in rule_quotes:
            if any(q.start < rq.end and rq.start < q.end for q in quotes):
                continue
            if rq.continues and rq.continues in by_id:
                rq.continues = None
                rq.how = "continuation"
            out.append(rq)
        return out

    def set_annotations(self, doc: Document, result: list[Quote]) -> None:
        doc.quotes = result


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0
