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

Quotes the rules find and the tagger misses (none of its kept quotes
overlaps them) are added from the rule stage (``merge_rules=True``,
``add_rules="all"``): the rules are the fallback, so the model never loses a
quote the rules would have reported. ``add_rules="direct"`` adds only marked
quotes; with the phase-2 model the two tied on our dev articles (attribution
F1 95.9), and on the seeds "all" recovered three indirect quotes the tagger
scored under its cut.
"""
from __future__ import annotations

from pathlib import Path

from .. import paths
from ..doc import Document, Quote, Span
from ..stage import ModelStage
from ..text import CLOSE_QUOTE_MARKS, OPEN_QUOTE_MARKS, is_quotable, paragraph_index, paragraphs, unclosed_open_mark
from .quotes import QuoteDetector

OPEN_MARKS = OPEN_QUOTE_MARKS  # every style: “ ‘ " ' ` « » ‹ › „ ‚ 「 『 and Hebrew ״ ׳
CLOSE_MARKS = CLOSE_QUOTE_MARKS
_DASH_LEAD = ("-", "–", "—")  # dash-led dialogue: "– We will strike, said X"


def strip_marks(text: str, s: int, e: int) -> tuple[int, int, bool]:
    """Trim whitespace, edge punctuation and enclosing quote marks; (start, end, was_enclosed)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace()):
        e -= 1
    if e - s > 2 and text[s] in _DASH_LEAD and text[s + 1].isspace() and (s == 0 or text[s - 1] == "\n"):
        s += 2  # the dash that leads a line of dialogue is not content
        while s < e and text[s].isspace():
            s += 1
    enclosed = False
    if s < e and text[s] in OPEN_MARKS:
        s += 1
        if text[s - 1] == "`" and s < e and text[s] == "`":
            s += 1
        enclosed = True
    if e > s and text[e - 1] in CLOSE_MARKS:
        if not enclosed and unclosed_open_mark(text[s:e - 1]):
            pass  # 'the demands “completely unrealistic”': a mixed quote keeps the close of its inner pair
        else:
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
                 merge_rules: bool = True, tagger=None, scheme: str | None = None, min_score: float | None = None,
                 min_score_agreed: float | None = None, add_rules: str = "all", precision: str = "auto"):
        from ..nn.tagger import Tagger, windows

        self.tagger = tagger or Tagger.from_pretrained(Path(model_path) if model_path else paths.model_path(paths.TAGGER),
                                                       device=device, precision=precision)
        self._windows = windows
        self.token_budget = token_budget
        self.rules = QuoteDetector() if merge_rules else None
        if add_rules not in {"direct", "all", "none"}:
            raise ValueError(f"add_rules must be 'direct', 'all' or 'none', not {add_rules!r}")
        self.add_rules = add_rules
        # the score cut is tuned on dev with the model and kept in its tagger_config.json
        tuned = self.tagger.min_score or 0.85
        self.min_score = tuned if min_score is None else min_score
        self.min_score_agreed = self.min_score if min_score_agreed is None else min_score_agreed
        # sayso's own convention (speech only) when the model was trained on it
        self.scheme = scheme or ("sayso" if "sayso" in self.tagger.schemes else self.tagger.schemes[0])
        self.tagger.scheme_id(self.scheme)  # an unknown scheme fails here, at load time
        self.version = f"tagger-{self.tagger.version}-{self.scheme}"

    def predict_batch(self, docs) -> list[list[Quote]]:
        jobs, owner = [], []
        for i, d in enumerate(docs):
            for u in self._windows(d.text, [(p.start, p.end) for p in paragraphs(d.text)],
                                   context_chars=self.tagger.context_chars):
                jobs.append((d.text, u))
                owner.append(i)
        spans = self.tagger.predict(jobs, token_budget=self.token_budget, scheme=self.scheme, scores=True)
        per_doc: list[list[tuple[str, int, int, float]]] = [[] for _ in docs]
        for i, sp in zip(owner, spans):
            per_doc[i].extend(sp)
        return [self._quotes(d, sorted(set(sp), key=lambda x: x[1])) for d, sp in zip(docs, per_doc)]

    def _quotes(self, doc: Document, spans) -> list[Quote]:
        text = doc.text
        paras = paragraphs(text)
        cues = [(s, e) for t, s, e, _ in spans if t == "cue"]
        sources = [(s, e) for t, s, e, _ in spans if t == "source"]
        contents = bridge([(s, e, p) for t, s, e, p in spans if t == "content"], text)
        quotes: list[Quote] = []
        for s, e, score in contents:
            qs, qe, enclosed = strip_marks(text, s, e)
            if qe - qs < 2:
                continue
            if not enclosed and qe < len(text) and text[qe] in CLOSE_MARKS and unclosed_open_mark(text[qs:qe]):
                qe += 1  # 'the demands „completely unrealistic“': a mixed quote ends with its inner pair's close
            enclosed = enclosed or marked_outside(text, qs, qe)
            if not enclosed and text[qs:qs + 5].lower() == "that " and qe - qs > 8:
                qs += 5  # reported clauses start after the complementiser (guidelines, section 3)
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
            q = Quote(id="", start=qs, end=qe, kind=kind, paragraph=p, confidence=round(score, 3),
                      cue=Span(*cue) if cue else None, how="tagger")
            if src is not None:
                q.source = Span(*src)
            quotes.append(q)
        links: dict[int, tuple[Quote, Quote]] = {}
        if self.rules is not None:
            quotes, links = self._merge(doc, quotes)
        else:
            quotes = [q for q in quotes if q.confidence >= self.min_score]
        # no prose, no quote (the rule stage's filter): marks, emoji, digits, a bare URL
        quotes = [q for q in quotes if is_quotable(text[q.start:q.end])]
        links = {k: v for k, v in links.items() if any(v[0] is q for q in quotes)}
        quotes.sort(key=lambda q: (q.start, q.end))
        # a rule quote's continuation link carries over to the quote that took its place
        rule_to_quote = {rq.id: q for q, rq in links.values()}
        pending = [(q, rq.continues) for q, rq in links.values()]
        for i, q in enumerate(quotes):
            q.id = f"q{i + 1}"
        for q, rule_id in pending:
            target = rule_to_quote.get(rule_id) if rule_id else None
            q.continues = target.id if target is not None and target is not q else None
        # quote-only paragraphs continue the previous quote, as in the rule stage
        prev = None
        for q in quotes:
            if id(q) not in links and q.source is None and q.cue is None and q.kind == "direct" and \
                    prev is not None and prev.paragraph in (q.paragraph - 1, q.paragraph) and \
                    q.how in {"tagger", "continuation"}:
                q.continues = prev.id
                if prev.cue is not None:
                    q.cue = Span(prev.cue.start, prev.cue.end)
            if q.confidence >= 0.5:
                prev = q
        return quotes

    def _merge(self, doc: Document, quotes: list[Quote]) -> tuple[list[Quote], dict[int, tuple[Quote, Quote]]]:
        """Reconcile the tagged quotes with the rule stage's.

        Tagged quotes scoring below ``min_score`` are dropped unless a rule
        quote agrees with them and they reach ``min_score_agreed``. A kept
        tagged quote that overlaps a rule quote keeps its own span and score
        but takes the rule's kind, cue and speaker link (the parse finds the
        cue's subject), and its continuation of an earlier quote: the rules
        are features here, the tagger decides what is a quote. Rule quotes
        that no tagged quote overlaps are added when ``add_rules`` allows
        ("direct": marked quotes only, "all", or "none").
        """
        rule_quotes = self.rules.predict(doc)
        out: list[Quote] = []
        links: dict[int, tuple[Quote, Quote]] = {}
        used: set[str] = set()
        for q in quotes:
            best, best_ov = None, 0
            for rq in rule_quotes:
                ov = min(q.end, rq.end) - max(q.start, rq.start)
                if ov > best_ov and rq.id not in used:
                    best, best_ov = rq, ov
            agreed = best is not None and best_ov >= 0.5 * min(q.end - q.start, best.end - best.start)
            # below min_score a tagged quote stays only where a rule quote agrees with it
            if q.confidence < self.min_score and not (agreed and q.confidence >= self.min_score_agreed):
                continue
            out.append(q)
            if not agreed:
                continue
            used.add(best.id)
            links[id(q)] = (q, best)
            q.kind = best.kind
            if best.cue is not None:
                q.cue = Span(best.cue.start, best.cue.end)
                q.source = None
            elif best.continues or best.how in {"continuation", "uncued"}:
                q.cue, q.source = None, None
                q.how = best.how
        kept = list(out)
        for rq in rule_quotes:
            if rq.id in used or any(q.start < rq.end and rq.start < q.end for q in kept):
                continue
            if self.add_rules == "none" or (self.add_rules == "direct" and rq.kind != "direct"):
                continue
            links[id(rq)] = (rq, rq)
            out.append(rq)
        return out, links

    def set_annotations(self, doc: Document, result: list[Quote]) -> None:
        doc.quotes = result


def marked_outside(text: str, s: int, e: int) -> bool:
    """True when quote marks enclose ``text[s:e]`` from outside (sayso spans exclude the marks);
    closing punctuation may sit between the content and its closing mark."""
    if s == 0 or text[s - 1] not in OPEN_MARKS:
        return False
    j = e
    while j < len(text) and j - e < 2 and text[j] in ",.?!;:":
        j += 1
    return j < len(text) and text[j] in CLOSE_MARKS


def bridge(contents: list[tuple[int, int, float]], text: str, *, max_gap_words: int = 2) -> list[tuple[int, int, float]]:
    """Join content spans of one clause that the tagger broke into pieces.

    Two spans merge when at most ``max_gap_words`` words lie between them and
    the gap has no quote mark, no sentence end and no line break; the score
    is the length-weighted mean.
    """
    out: list[list] = []
    for s, e, p in sorted(contents):
        if out:
            ps, pe, pp = out[-1]
            gap = text[pe:s]
            if s >= pe and len(gap.split()) <= max_gap_words and "\n" not in gap and \
                    not any(c in gap for c in OPEN_MARKS + CLOSE_MARKS + ".?!"):
                w1, w2 = pe - ps, e - s
                out[-1] = [ps, max(pe, e), (pp * w1 + p * w2) / max(1, w1 + w2)]
                continue
        out.append([s, e, p])
    return [tuple(x) for x in out]


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0
