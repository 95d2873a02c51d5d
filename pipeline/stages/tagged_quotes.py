"""Quotes from the trained attribution tagger (source / cue / content BIO).

A model stage with the three phases kept apart: units (one per paragraph,
with neighbouring text as context) are built on the CPU for every document
of a batch; the tagger runs them in token-budget batches; spans come back in
character offsets and the tagger producer (:func:`tagged_quotes`) turns them
into quotes:

* a content span becomes a quote; its quote marks are stripped (PolNeAR's
  content includes them, ours does not); kind = direct when the marks
  enclose it, mixed when marks sit inside it, indirect otherwise; its
  confidence is the tagger's probability;
* its cue is the nearest predicted cue in the paragraph, its speaker phrase
  the predicted source nearest to that cue (``Quote.source``), which the
  mentions stage uses instead of the parse.

The stage then runs the rule producer (:func:`pipeline.stages.quotes.rule_quotes`,
``merge_rules=True``) and hands both to the one merge,
:func:`pipeline.stages.quote_merge.merge_quotes`: the score cut (``min_score``,
tuned per model and kept in its tagger_config.json; ``min_score_agreed`` for
a tagged quote a rule quote agrees with), agreement (a kept tagged quote takes
the agreeing rule quote's kind, cue and continuation, and keeps its tagged
speaker phrase), the rule fallback and
continuation (quote-only paragraphs continue the previous quote, as in the
rule stage). Quotes the rules find and the tagger misses (none of its kept
quotes overlaps them) are added (``add_rules="all"``): the rules are the
fallback, so the model never loses a quote the rules would have reported.
``add_rules="direct"`` adds only marked quotes; with the phase-2 model the two
tied on our dev articles (attribution F1 95.9), and on the seeds "all"
recovered three indirect quotes the tagger scored under its cut.
"""
from __future__ import annotations

from pathlib import Path

from .. import paths
from ..batching import device_token_budget
from ..doc import Document, Quote, Span
from ..stage import ModelStage
from ..text import CLOSE_QUOTE_MARKS, OPEN_QUOTE_MARKS, Paragraph, paragraph_index, paragraphs, unclosed_open_mark
from .quote_merge import ADD_RULES, merge_quotes
from .quotes import rule_quotes

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


# The score cut when the model's tagger_config.json carries none (eval/tune_tagger_cut.py tunes one).
DEFAULT_MIN_SCORE = 0.85


class TaggedQuotes(ModelStage):
    """Assigns ``quotes`` (with cue and source spans) from the trained tagger, merged with the rules'."""

    name = "tagged-quotes"
    requires = ("sentences", "parse")
    assigns = ("quotes",)

    def __init__(self, *, model_path: str | Path | None = None, device=None, token_budget: int | None = None,
                 merge_rules: bool = True, tagger=None, scheme: str | None = None, min_score: float | None = None,
                 min_score_agreed: float | None = None, add_rules: str = "all", precision: str = "auto",
                 group_chars: int = 0):
        from ..nn.tagger import Tagger, windows

        path = Path(model_path) if model_path else paths.model_path(paths.TAGGER)
        self.tagger = tagger or Tagger.from_pretrained(path, device=device, precision=precision)
        self._windows = windows
        # padded tokens per forward pass; None: sized to the device (pipeline.batching.device_token_budget)
        self.token_budget = token_budget or device_token_budget(getattr(self.tagger, "device", None), cpu=2048, cuda=32768)
        # paragraphs joined into one focus up to this many characters (0: one paragraph per unit, as
        # the tagger was trained); spans are cut back at paragraph ends after decoding
        self.group_chars = group_chars
        self.merge_rules = merge_rules
        if add_rules not in ADD_RULES:
            raise ValueError(f"add_rules must be 'direct', 'all' or 'none', not {add_rules!r}")
        self.add_rules = add_rules
        # the score cut is tuned on dev with the model and kept in its tagger_config.json
        tuned = self.tagger.min_score or DEFAULT_MIN_SCORE
        self.min_score = tuned if min_score is None else min_score
        self.min_score_agreed = self.min_score if min_score_agreed is None else min_score_agreed
        # sayso's own convention (speech only) when the model was trained on it
        self.scheme = scheme or ("sayso" if "sayso" in self.tagger.schemes else self.tagger.schemes[0])
        self.tagger.scheme_id(self.scheme)  # an unknown scheme fails here, at load time
        self.version = f"tagger-{self.tagger.version}-{self.scheme}"
        if getattr(self.tagger, "precision", None) == "int8":
            self.version += "+int8"  # provenance: the CPU int8 path (pipeline.nn.int8)

    def usage(self) -> dict[str, int]:
        return dict(self.tagger.usage)

    def predict_batch(self, docs) -> list[list[Quote]]:
        from ..nn.tagger import group_paragraphs

        jobs, owner, paras = [], [], []
        for i, d in enumerate(docs):
            ps = [(p.start, p.end) for p in paragraphs(d.text)]
            paras.append(ps)
            for u in self._windows(d.text, group_paragraphs(ps, self.group_chars),
                                   context_chars=self.tagger.context_chars):
                jobs.append((d.text, u))
                owner.append(i)
        spans = self.tagger.predict(jobs, token_budget=self.token_budget, scheme=self.scheme, scores=True)
        per_doc: list[list[tuple[str, int, int, float]]] = [[] for _ in docs]
        for i, sp in zip(owner, spans):
            per_doc[i].extend(sp if self.group_chars <= 0 else _cut_at_paragraphs(sp, paras[i], docs[i].text))
        return [self._quotes(d, sorted(set(sp), key=lambda x: x[1])) for d, sp in zip(docs, per_doc)]

    def _quotes(self, doc: Document, spans) -> list[Quote]:
        """The two producers' quotes through the one merge."""
        rules = rule_quotes(doc) if self.merge_rules else []
        return merge_quotes(doc.text, tagged_quotes(doc, spans), rules, min_score=self.min_score,
                            min_score_agreed=self.min_score_agreed, add_rules=self.add_rules)

    def set_annotations(self, doc: Document, result: list[Quote]) -> None:
        doc.quotes = result


def _cut_at_paragraphs(spans, paras: list[tuple[int, int]], text: str):
    """Spans of a multi-paragraph focus cut at paragraph ends (a quote never crosses one here),
    each piece trimmed of white space."""
    out = []
    for t, s, e, score in spans:
        for ps, pe in paras:
            a, b = max(s, ps), min(e, pe)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append((t, a, b, score))
    return out


def tagged_quotes(doc: Document, spans) -> list[Quote]:
    """The tagger producer: one quote per content span (pieces of one clause joined), with its
    kind, the nearest cue and the source nearest that cue, scored by the tagger; unnumbered,
    uncut (:func:`merge_quotes` cuts and links them). ``spans``: (type, start, end, score)."""
    text = doc.text
    paras = paragraphs(text)
    cues = [(s, e) for t, s, e, _ in spans if t == "cue"]
    sources = [(s, e) for t, s, e, _ in spans if t == "source"]
    quotes: list[Quote] = []
    for s, e, score in bridge([(s, e, p) for t, s, e, p in spans if t == "content"], text):
        content = tagged_content(text, s, e)
        if content is None:
            continue
        qs, qe, kind = content
        p = paragraph_index(paras, qs)
        cue, src = _cue_and_source(paras[p], (s, e), cues, sources)
        q = Quote(id="", start=qs, end=qe, kind=kind, paragraph=p, confidence=round(score, 3),
                  cue=Span(*cue) if cue else None, origin="tagger")
        if src is not None:
            q.source = Span(*src)
        quotes.append(q)
    return quotes


def tagged_content(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """A content span as sayso has quotes: (start, end, kind) without marks, dash or "that",
    or None when under two characters remain."""
    qs, qe, enclosed = strip_marks(text, s, e)
    if qe - qs < 2:
        return None
    if not enclosed and qe < len(text) and text[qe] in CLOSE_MARKS and unclosed_open_mark(text[qs:qe]):
        qe += 1  # 'the demands „completely unrealistic“': a mixed quote ends with its inner pair's close
    enclosed = enclosed or marked_outside(text, qs, qe)
    if not enclosed and text[qs:qs + 5].lower() == "that " and qe - qs > 8:
        qs += 5  # reported clauses start after the complementiser (guidelines, section 3)
    inner = text[qs:qe]
    kind = "direct" if enclosed and not any(m in inner for m in "“”\"") else \
        "mixed" if any(m in inner for m in "“”\"‘") or enclosed else "indirect"
    return qs, qe, kind


def _cue_and_source(para: Paragraph, content: tuple[int, int], cues, sources):
    """The predicted cue in the paragraph nearest the content, and the predicted source
    (outside the content) nearest that cue: (cue, source), each a (start, end) or None."""
    s, e = content
    in_para = lambda x: para.start <= x[0] < para.end  # noqa: E731
    cue = min((c for c in cues if in_para(c)), key=lambda c: _dist(c, content), default=None)
    src = None
    if cue is not None:
        src = min((x for x in sources if in_para(x) and not (s <= x[0] < e)),
                  key=lambda x: _dist(x, cue), default=None)
    return cue, src


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
