"""Scorers for sayso: span alignment, P/R/F, quote, cue, speaker, attribution and stance.

Pure functions over plain dicts, standard library only; nothing here imports the
rest of :mod:`pipeline`, so ``eval/`` scripts and tests can use it on JSON alone.

Conventions
-----------
* A span is a half-open ``(start, end)`` pair of Python string indices into the
  document text (``text[start:end]``).
* Tokens are ``re.findall(r"\\w+|[^\\w\\s]", text)``: runs of word characters,
  and every other non-space character on its own. A span covers every token it
  overlaps by at least one character.
* Token Jaccard of two spans is ``|A & B| / |A | B|`` over the *positions* of the
  tokens they cover (the same word twice in the text is two tokens).
* An "overlapping match" is token Jaccard ``>= threshold`` (default 0.5).
* Quote spans are trimmed before comparison (:func:`trim_span`): surrounding
  whitespace, quotation marks and edge punctuation (``, . ; : ! ? …``) are
  removed from both gold and predicted spans, so ``“We agree,”`` and
  ``We agree`` are an exact match. Cue and speaker spans are trimmed of
  whitespace only.
* P/R/F follow spaCy: precision and recall are ``None`` (JSON ``null``) when
  they are undefined (nothing predicted / nothing in gold), F is ``None`` when
  both are. Result dicts are flat: ``{layer}_p``, ``{layer}_r``, ``{layer}_f``.

Data shapes
-----------
GOLD documents are the lines of ``annotations/*.jsonl`` (quote ``kind``,
``speaker`` = mention id, ``entity`` = entity id, ``mentions`` and
``entities`` lists). PREDICTION documents are ``Document.to_dict()`` output
(quote ``type``, ``speaker`` = ``{"name","type","entity","mention"}``, and a
``speakers`` list of entities with their mention spans). Both are normalised
here to one internal form; :func:`gold_to_prediction` converts gold to the
prediction shape (useful for tests: gold scored against itself gives 1.0).

Speaker correctness (documented rule)
-------------------------------------
For a predicted quote matched to a gold quote:

* **mention level** (``speaker_mention_acc`` / ``speaker_mention_exact_acc``):
  the predicted ``speaker.mention`` span overlaps (token Jaccard >= threshold)
  / equals the gold quote's speaker mention span.
* **entity level** (``speaker_entity_acc``): correct when ANY mention of the
  predicted speaker entity (its ``speakers[].mentions`` plus the quote's own
  ``speaker.mention``) overlaps ANY gold mention of the gold speaker entity, OR
  the predicted canonical name equals the gold entity name after
  :func:`normalize_name` (case, punctuation, leading article and honorifics
  removed).
* A gold quote with no speaker (no mention, no entity) is correct at both
  levels exactly when the prediction has no speaker either (no mention, no
  entity and no name).

Stance
------
Pairs are (overlap-matched quote, gold target). Each gold ``stances`` entry is
one pair; the prediction for the same target (compared case-insensitively) is
its label; a missing predicted stance counts as ``"neutral"`` (the pipeline
said nothing) and is also counted in ``stance_missing``. Macro-F1 averages
the per-label F1 over the labels that occur in gold or prediction.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Sequence

from .doc import CONFIDENT_QUOTE, QUOTE_KINDS, STANCE_LABELS  # noqa: E402,F401 - the one definition; re-exported

Span = tuple[int, int]

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
DEFAULT_THRESHOLD = 0.5
DEFAULT_MIN_CONFIDENCE = CONFIDENT_QUOTE  # the quotes the pipeline stands behind are the ones scored

QUOTE_CHARS = "\"'“”‘’«»„‟‚‛‹›`"
EDGE_PUNCT = ",.;:!?…"
_TRIM_CHARS = set(QUOTE_CHARS + EDGE_PUNCT)
_MAX_ERROR_TEXT = 300


# --------------------------------------------------------------------------
# tokens and spans
# --------------------------------------------------------------------------


class TokenIndex:
    """Token character offsets of one text, for fast span -> token-range lookup."""

    __slots__ = ("starts", "ends")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in TOKEN_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def __len__(self) -> int:
        return len(self.starts)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Half-open range ``[i, j)`` of the tokens overlapping chars ``[start, end)``."""
        if end <= start:
            return (0, 0)
        i = bisect.bisect_right(self.ends, start)
        j = bisect.bisect_left(self.starts, end)
        return (i, max(i, j))


@lru_cache(maxsize=128)
def token_index(text: str) -> TokenIndex:
    """Cached :class:`TokenIndex` for ``text``."""
    return TokenIndex(text)


def tokenize(text: str) -> list[str]:
    """The scorer's tokens: ``\\w+`` runs and single other non-space chars."""
    return TOKEN_RE.findall(text)


def exact_match(a: Span | None, b: Span | None) -> bool:
    """Same start and end (``None`` matches nothing)."""
    return a is not None and b is not None and tuple(a) == tuple(b)


def char_overlap(a: Span, b: Span) -> int:
    """Number of characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap_ratio(a: Span, b: Span) -> float:
    """Character Jaccard: shared chars / chars covered by either span (0..1)."""
    inter = char_overlap(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    if union <= 0:
        return 1.0 if tuple(a) == tuple(b) else 0.0
    return inter / union


def token_set(text: str, span: Span) -> set[int]:
    """Positions of the tokens a span covers."""
    i, j = token_index(text).token_range(span[0], span[1])
    return set(range(i, j))


def token_jaccard(text: str | None, a: Span | None, b: Span | None) -> float:
    """Token Jaccard of two spans of ``text`` (character Jaccard if ``text`` is None)."""
    if a is None or b is None:
        return 0.0
    if text is None:
        return overlap_ratio(a, b)
    idx = token_index(text)
    i1, j1 = idx.token_range(a[0], a[1])
    i2, j2 = idx.token_range(b[0], b[1])
    n1, n2 = j1 - i1, j2 - i2
    if n1 == 0 or n2 == 0:
        return 1.0 if (n1 == n2 and tuple(a) == tuple(b)) else 0.0
    inter = max(0, min(j1, j2) - max(i1, i2))
    return inter / (n1 + n2 - inter)


def token_jaccard_multi(text: str, a: Span, fragments: Sequence[Span]) -> float:
    """Token Jaccard of span ``a`` against the union of several fragments."""
    ta = token_set(text, a)
    tb: set[int] = set()
    for f in fragments:
        tb |= token_set(text, f)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)



def frag_overlap(text: str, pred: tuple[int, int], frags: Sequence[tuple[int, int]]) -> float:
    """Best token Jaccard of ``pred`` with any single fragment, the union of the
    fragments, or their full extent (min start, max end)."""
    best = max((token_jaccard(text, pred, f) for f in frags), default=0.0)
    if len(frags) > 1:
        full = (min(s for s, _ in frags), max(e for _, e in frags))
        best = max(best, token_jaccard_multi(text, pred, frags), token_jaccard(text, pred, full))
    return best


def frag_exact(pred: tuple[int, int], frags: Sequence[tuple[int, int]]) -> bool:
    """Prediction equals the full extent or any single fragment."""
    if not frags:
        return False
    full = (min(s for s, _ in frags), max(e for _, e in frags))
    return tuple(pred) == full or any(tuple(pred) == tuple(f) for f in frags)


def spans_match(
    text: str | None,
    a: Span | None,
    b: Span | None,
    *,
    mode: str = "overlap",
    threshold: float = DEFAULT_THRESHOLD,
) -> bool:
    """``mode="exact"``: same offsets; ``mode="overlap"``: token Jaccard >= threshold."""
    if a is None or b is None:
        return False
    if mode == "exact":
        return exact_match(a, b)
    if mode == "overlap":
        return token_jaccard(text, a, b) >= threshold
    raise ValueError(f"unknown match mode {mode!r} (expected 'exact' or 'overlap')")


def trim_span(text: str, start: int, end: int, *, chars: str | None = None) -> Span:
    """Shrink ``[start, end)`` past whitespace and ``chars`` on both edges.

    ``chars=None`` trims quotation marks and edge punctuation (used for quote
    content); ``chars=""`` trims whitespace only. Never returns an empty span
    when the input was non-empty: if everything would be trimmed the
    whitespace-only trim is returned.
    """
    trim = _TRIM_CHARS if chars is None else set(chars)
    start, end = max(0, start), min(len(text), end)
    s, e = start, end
    while s < e and (text[s].isspace() or text[s] in trim):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in trim):
        e -= 1
    if s >= e:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            return (start, end)
    return (s, e)


# --------------------------------------------------------------------------
# P/R/F and matching
# --------------------------------------------------------------------------


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def prf(tp: int, n_pred: int, n_gold: int, *, tp_gold: int | None = None) -> dict[str, Any]:
    """Precision, recall, F1 as ``{"p","r","f","tp","n_pred","n_gold"}``.

    ``tp`` counts correct predictions; ``tp_gold`` (default ``tp``) counts gold
    items found, for the rare cases where the two differ (per-kind scores:
    precision by predicted kind, recall by gold kind). p is ``None`` when
    ``n_pred == 0``, r when ``n_gold == 0``; f is 0.0 when either is 0 and
    ``None`` when both are undefined.
    """
    tp_g = tp if tp_gold is None else tp_gold
    p = _div(tp, n_pred)
    r = _div(tp_g, n_gold)
    if p is None and r is None:
        f = None
    elif not p or not r:
        f = 0.0
    else:
        f = 2 * p * r / (p + r)
    return {"p": p, "r": r, "f": f, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def greedy_match(
    n_pred: int,
    n_gold: int,
    score: Callable[[int, int], float],
    *,
    min_score: float,
) -> list[tuple[int, int, float]]:
    """One-to-one greedy alignment: highest-scoring (pred, gold) pairs first.

    Pairs scoring below ``min_score`` are never matched. Ties break on the
    lower pred index, then the lower gold index, so the result is
    deterministic. Returns ``[(pred_index, gold_index, score)]``.
    """
    cands = []
    for i in range(n_pred):
        for j in range(n_gold):
            s = score(i, j)
            if s >= min_score and s > 0:
                cands.append((-s, i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for neg, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, -neg))
    return sorted(out, key=lambda t: t[0])


def match_spans(
    text: str | None,
    pred: Sequence[Span],
    gold: Sequence[Span],
    *,
    mode: str = "overlap",
    threshold: float = DEFAULT_THRESHOLD,
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching of predicted to gold spans.

    ``mode="exact"`` only pairs identical spans; ``mode="overlap"`` pairs spans
    with token Jaccard >= ``threshold``, best overlap first.
    """
    if mode == "exact":
        gold_pos: dict[tuple, list[int]] = defaultdict(list)
        for j, g in enumerate(gold):
            gold_pos[tuple(g)].append(j)
        out = []
        for i, p in enumerate(pred):
            lst = gold_pos.get(tuple(p))
            if lst:
                out.append((i, lst.pop(0), 1.0))
        return out
    if mode != "overlap":
        raise ValueError(f"unknown match mode {mode!r}")
    return greedy_match(
        len(pred), len(gold), lambda i, j: token_jaccard(text, pred[i], gold[j]), min_score=threshold
    )


def span_prf(
    text: str | None,
    pred: Sequence[Span],
    gold: Sequence[Span],
    *,
    mode: str = "overlap",
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, Any]:
    """P/R/F of two span lists under one-to-one matching (see :func:`match_spans`)."""
    m = match_spans(text, pred, gold, mode=mode, threshold=threshold)
    return prf(len(m), len(pred), len(gold))


def ece(confidence: Sequence[float], correct: Sequence[bool], *, bins: int = 10) -> float:
    """Expected calibration error: over equal-width confidence bins ``(b/bins, (b+1)/bins]``, the
    share of items in the bin times the gap between their mean confidence and their accuracy."""
    total = 0.0
    n = len(confidence)
    for b in range(bins):
        idx = [i for i, c in enumerate(confidence) if b / bins < c <= (b + 1) / bins]
        if idx:
            mean_conf = sum(confidence[i] for i in idx) / len(idx)
            accuracy = sum(bool(correct[i]) for i in idx) / len(idx)
            total += len(idx) / n * abs(mean_conf - accuracy)
    return total


def flatten_prf(prefix: str, scores: Mapping[str, Any], out: dict[str, Any]) -> None:
    for k in ("p", "r", "f"):
        out[f"{prefix}_{k}"] = scores[k]


# --------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------


def _strip_ws(text: str, s: int, e: int) -> Span:
    return trim_span(text, s, e, chars="")


def sentence_counts(text: str, pred: Iterable[Sequence[int]], gold: Iterable[Sequence[int]]) -> dict[str, int]:
    """Counts for sentence scoring after stripping whitespace from every span.

    ``ends_*`` compare the sets of sentence end offsets, ``spans_*`` the sets of
    full (start, end) spans.
    """
    ps = {_strip_ws(text, int(s), int(e)) for s, e in pred}
    gs = {_strip_ws(text, int(s), int(e)) for s, e in gold}
    ps = {x for x in ps if x[1] > x[0]}
    gs = {x for x in gs if x[1] > x[0]}
    pe, ge = {e for _, e in ps}, {e for _, e in gs}
    return {
        "ends_tp": len(pe & ge), "ends_pred": len(pe), "ends_gold": len(ge),
        "spans_tp": len(ps & gs), "spans_pred": len(ps), "spans_gold": len(gs),
    }


def score_sentences(text: str, pred: Iterable[Sequence[int]], gold: Iterable[Sequence[int]]) -> dict[str, Any]:
    """Sentence boundary scores for one text: ``sents_p/r/f`` (end offsets) and
    ``sents_exact_p/r/f`` (whole spans)."""
    c = sentence_counts(text, pred, gold)
    out: dict[str, Any] = {}
    flatten_prf("sents", prf(c["ends_tp"], c["ends_pred"], c["ends_gold"]), out)
    flatten_prf("sents_exact", prf(c["spans_tp"], c["spans_pred"], c["spans_gold"]), out)
    return out


# --------------------------------------------------------------------------
# normalisation of gold and predicted documents
# --------------------------------------------------------------------------

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev"}
_ARTICLES = {"the", "a", "an"}


def normalize_name(name: str | None) -> str:
    """Canonical-name key: NFKC, casefold, possessive 's and punctuation removed,
    leading articles and honorifics dropped, whitespace collapsed."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    words = re.findall(r"\w+", s)
    while words and (words[0] in _ARTICLES or words[0] in _HONORIFICS):
        words = words[1:]
    return " ".join(words)


def normalize_target(target: str | None) -> str:
    return " ".join((target or "").casefold().split())


def _span_of(obj: Any) -> Span | None:
    if not obj:
        return None
    if isinstance(obj, Mapping):
        if obj.get("start") is None or obj.get("end") is None:
            return None
        return (int(obj["start"]), int(obj["end"]))
    if isinstance(obj, (list, tuple)) and len(obj) == 2:
        return (int(obj[0]), int(obj[1]))
    return None


def _kind(q: Mapping[str, Any]) -> str | None:
    return q.get("kind") or q.get("type")


def _is_gold_shaped(doc: Mapping[str, Any]) -> bool:
    for q in doc.get("quotes", []):
        sp = q.get("speaker")
        if isinstance(sp, str):
            return True
        if "kind" in q and "type" not in q:
            return True
    return "mentions" in doc and "speakers" not in doc


def gold_to_prediction(gold: Mapping[str, Any]) -> dict[str, Any]:
    """Convert a GOLD document to the PREDICTION shape of ``Document.to_dict()``.

    Every quote gets confidence 1.0 and every stance score 1.0; each gold
    entity becomes a ``speakers`` entry with all its mention spans.
    """
    text = gold.get("text", "")
    mentions = {m["id"]: m for m in gold.get("mentions", [])}
    entities = {e["id"]: e for e in gold.get("entities", [])}
    ent_mentions: dict[str, list[dict]] = defaultdict(list)
    for m in gold.get("mentions", []):
        if m.get("entity") is not None:
            ent_mentions[m["entity"]].append(
                {"start": m["start"], "end": m["end"], "text": m.get("text", text[m["start"]:m["end"]])}
            )
    quotes = []
    for q in gold.get("quotes", []):
        m = mentions.get(q.get("speaker")) if q.get("speaker") is not None else None
        ent_id = q.get("entity") or (m or {}).get("entity")
        ent = entities.get(ent_id) if ent_id is not None else None
        mention = (
            {"start": m["start"], "end": m["end"], "text": m.get("text", text[m["start"]:m["end"]])} if m else None
        )
        name = (ent or {}).get("name") or (m or {}).get("text")
        cue = q.get("cue")
        quotes.append({
            "id": q.get("id"),
            "start": q["start"],
            "end": q["end"],
            "text": q.get("text", text[q["start"]:q["end"]]),
            "type": _kind(q),
            "cue": dict(cue) if cue else None,
            "speaker": {
                "name": name,
                "type": (ent or {}).get("type", "unknown") if (ent or m) else "unknown",
                "entity": ent_id,
                "mention": mention,
            },
            "stances": [{"target": s["target"], "label": s["label"], "score": 1.0} for s in q.get("stances", [])],
            "confidence": 1.0,
        })
    speakers = []
    for e in gold.get("entities", []):
        speakers.append({
            "entity": e["id"],
            "name": e.get("name"),
            "type": e.get("type", "unknown"),
            "mentions": ent_mentions.get(e["id"], []),
            "stances": [],
        })
    return {
        "id": gold.get("id"),
        "text": text,
        "sentences": [list(s) for s in gold.get("sentences", [])],
        "quotes": quotes,
        "speakers": speakers,
    }


class _Q:
    """Internal, shape-independent view of one quote (gold or predicted)."""

    __slots__ = ("idx", "id", "raw_span", "span", "text", "kind", "cue", "mention", "mention_text",
                 "entity", "name", "entity_mentions", "stances", "confidence")

    def __init__(self, **kw: Any) -> None:
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    @property
    def has_speaker(self) -> bool:
        return self.mention is not None or self.entity is not None or bool(self.name)


def _gold_quotes(doc: Mapping[str, Any]) -> list[_Q]:
    text = doc.get("text", "")
    mentions = {m["id"]: m for m in doc.get("mentions", [])}
    entities = {e["id"]: e for e in doc.get("entities", [])}
    ent_spans: dict[Any, list[Span]] = defaultdict(list)
    for m in doc.get("mentions", []):
        if m.get("entity") is not None:
            ent_spans[m["entity"]].append(_strip_ws(text, m["start"], m["end"]))
    out = []
    for i, q in enumerate(doc.get("quotes", [])):
        m = mentions.get(q.get("speaker")) if q.get("speaker") is not None else None
        ent_id = q.get("entity") or (m or {}).get("entity")
        mspan = _strip_ws(text, m["start"], m["end"]) if m else None
        em = list(ent_spans.get(ent_id, [])) if ent_id is not None else []
        if mspan is not None and mspan not in em:
            em.append(mspan)
        cue = _span_of(q.get("cue"))
        out.append(_Q(
            idx=i, id=q.get("id"), raw_span=(q["start"], q["end"]),
            span=trim_span(text, q["start"], q["end"]), text=text[q["start"]:q["end"]],
            kind=_kind(q), cue=_strip_ws(text, *cue) if cue else None,
            mention=mspan, mention_text=text[mspan[0]:mspan[1]] if mspan else None,
            entity=ent_id, name=(entities.get(ent_id) or {}).get("name") if ent_id is not None else None,
            entity_mentions=em,
            stances={normalize_target(s["target"]): s["label"] for s in q.get("stances", []) or []},
            confidence=1.0,
        ))
    return out


def _pred_quotes(doc: Mapping[str, Any], text: str, *, min_confidence: float) -> list[_Q]:
    if _is_gold_shaped(doc):
        doc = gold_to_prediction({**doc, "text": doc.get("text") or text})
    speakers = {s.get("entity"): s for s in doc.get("speakers", []) or [] if s.get("entity") is not None}
    out = []
    for i, q in enumerate(doc.get("quotes", []) or []):
        conf = q.get("confidence")
        if conf is not None and conf < min_confidence:
            continue
        sp = q.get("speaker") or {}
        mspan = _span_of(sp.get("mention"))
        if mspan is not None:
            mspan = _strip_ws(text, *mspan)
        ent_id = sp.get("entity")
        ent = speakers.get(ent_id) if ent_id is not None else None
        em = [_strip_ws(text, *s) for s in (_span_of(x) for x in (ent or {}).get("mentions", []) or []) if s]
        if mspan is not None and mspan not in em:
            em.append(mspan)
        cue = _span_of(q.get("cue"))
        name = sp.get("name") or (ent or {}).get("name")
        out.append(_Q(
            idx=i, id=q.get("id"), raw_span=(q["start"], q["end"]),
            span=trim_span(text, q["start"], q["end"]), text=text[q["start"]:q["end"]],
            kind=_kind(q), cue=_strip_ws(text, *cue) if cue else None,
            mention=mspan, mention_text=text[mspan[0]:mspan[1]] if mspan else None,
            entity=ent_id, name=name, entity_mentions=em,
            stances={normalize_target(s.get("target")): s.get("label") for s in q.get("stances", []) or []},
            confidence=conf,
        ))
    return out


# --------------------------------------------------------------------------
# speaker rules
# --------------------------------------------------------------------------


def speaker_mention_correct(text: str, gold: _Q, pred: _Q, *, mode: str = "overlap",
                            threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Mention-level rule (module docstring): predicted mention vs gold mention span."""
    if gold.mention is None and gold.entity is None:
        return not pred.has_speaker
    if gold.mention is None:
        return pred.mention is None
    return spans_match(text, pred.mention, gold.mention, mode=mode, threshold=threshold)


def speaker_entity_correct(text: str, gold: _Q, pred: _Q, *, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Entity-level rule (module docstring): any predicted-entity mention overlaps
    any gold-entity mention, or the normalised names are equal."""
    if not gold.has_speaker:
        return not pred.has_speaker
    if not pred.has_speaker:
        return False
    for pm in pred.entity_mentions or []:
        for gm in gold.entity_mentions or []:
            if token_jaccard(text, pm, gm) >= threshold:
                return True
    gn, pn = normalize_name(gold.name), normalize_name(pred.name)
    return bool(gn) and gn == pn


# --------------------------------------------------------------------------
# stance
# --------------------------------------------------------------------------


def score_stance_labels(
    gold: Sequence[str], pred: Sequence[str], *, labels: Sequence[str] = STANCE_LABELS, prefix: str = "stance"
) -> dict[str, Any]:
    """Accuracy, macro-F1, per-label P/R/F and a confusion matrix for two label lists.

    ``{prefix}_confusion`` is ``{"labels": [...], "matrix": rows}`` with rows =
    gold label, columns = predicted label (labels outside ``labels`` are
    appended). Macro-F1 averages over the labels present in gold or pred.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    labs = list(labels) + sorted({x for x in list(gold) + list(pred) if x not in labels})
    pos = {l: i for i, l in enumerate(labs)}
    mat = [[0] * len(labs) for _ in labs]
    for g, p in zip(gold, pred):
        mat[pos[g]][pos[p]] += 1
    out: dict[str, Any] = {f"{prefix}_n": len(gold)}
    out[f"{prefix}_acc"] = _div(sum(mat[i][i] for i in range(len(labs))), len(gold))
    fs = []
    for l in labs:
        i = pos[l]
        tp = mat[i][i]
        n_pred = sum(mat[r][i] for r in range(len(labs)))
        n_gold = sum(mat[i])
        s = prf(tp, n_pred, n_gold)
        flatten_prf(f"{prefix}_{l}", s, out)
        if n_pred or n_gold:
            fs.append(s["f"])
    out[f"{prefix}_macro_f"] = sum(fs) / len(fs) if fs else None
    out[f"{prefix}_confusion"] = {"labels": labs, "matrix": mat}
    return out


# --------------------------------------------------------------------------
# document-level scoring
# --------------------------------------------------------------------------


def _clip(s: str | None) -> str | None:
    if s is None:
        return None
    return s if len(s) <= _MAX_ERROR_TEXT else s[: _MAX_ERROR_TEXT - 1] + "…"


def _qinfo(text: str, q: _Q) -> dict[str, Any]:
    return {
        "id": q.id, "span": list(q.raw_span), "text": _clip(q.text), "kind": q.kind,
        "cue": text[q.cue[0]:q.cue[1]] if q.cue else None,
        "speaker": q.mention_text, "entity": q.entity, "name": q.name,
    }


class _Counts:
    def __init__(self) -> None:
        self.c: Counter = Counter()
        self.stance_gold: list[str] = []
        self.stance_pred: list[str] = []


def _score_one(gdoc: Mapping[str, Any], pdoc: Mapping[str, Any] | None, acc: _Counts, errors: list,
               *, threshold: float, min_confidence: float) -> None:
    c = acc.c
    text = gdoc.get("text", "")
    did = gdoc.get("id")
    c["n_docs"] += 1
    if pdoc is None:
        errors.append({"doc": did, "type": "missing_document"})
        pdoc = {"id": did, "quotes": [], "speakers": [], "sentences": []}
    # sentences
    if gdoc.get("sentences") is not None and pdoc.get("sentences") is not None:
        sc = sentence_counts(text, pdoc.get("sentences") or [], gdoc.get("sentences") or [])
        for k, v in sc.items():
            c["sents_" + k] += v
    gq = _gold_quotes(gdoc)
    pq = _pred_quotes(pdoc, text, min_confidence=min_confidence)
    c["quotes_gold"] += len(gq)
    c["quotes_pred"] += len(pq)
    for q in gq:
        c[f"gold_kind_{q.kind}"] += 1
    for q in pq:
        c[f"pred_kind_{q.kind}"] += 1
    gs, ps = [q.span for q in gq], [q.span for q in pq]
    for mode in ("exact", "overlap"):
        m = match_spans(text, ps, gs, mode=mode, threshold=threshold)
        c[f"quotes_{mode}_tp"] += len(m)
        for i, j, _ in m:
            c[f"{mode}_tp_pred_kind_{pq[i].kind}"] += 1
            c[f"{mode}_tp_gold_kind_{gq[j].kind}"] += 1
        if mode == "overlap":
            matches = m
    matched_p = {i for i, _, _ in matches}
    matched_g = {j for _, j, _ in matches}
    for j, g in enumerate(gq):
        if j not in matched_g:
            errors.append({"doc": did, "type": "missed_quote", "gold": _qinfo(text, g), "pred": None})
    for i, p in enumerate(pq):
        if i not in matched_p:
            errors.append({"doc": did, "type": "spurious_quote", "gold": None, "pred": _qinfo(text, p)})
    for i, j, _ in matches:
        p, g = pq[i], gq[j]
        c["matched"] += 1
        if p.span != g.span:
            errors.append({"doc": did, "type": "quote_boundary", "gold": _qinfo(text, g), "pred": _qinfo(text, p)})
        if p.kind == g.kind:
            c["kind_correct"] += 1
        else:
            errors.append({"doc": did, "type": "wrong_kind", "gold": _qinfo(text, g), "pred": _qinfo(text, p)})
        # cue on matched quotes
        c["cue_m_pred"] += p.cue is not None
        c["cue_m_gold"] += g.cue is not None
        cue_ex = exact_match(p.cue, g.cue)
        c["cue_m_exact_tp"] += cue_ex
        c["cue_m_overlap_tp"] += spans_match(text, p.cue, g.cue, mode="overlap", threshold=threshold)
        if not cue_ex and (p.cue is not None or g.cue is not None):
            errors.append({"doc": did, "type": "wrong_cue", "gold": _qinfo(text, g), "pred": _qinfo(text, p)})
        # speakers
        c["spk_n"] += 1
        ment_ov = speaker_mention_correct(text, g, p, mode="overlap", threshold=threshold)
        ment_ex = speaker_mention_correct(text, g, p, mode="exact", threshold=threshold)
        ent_ok = speaker_entity_correct(text, g, p, threshold=threshold)
        c["spk_mention_ok"] += ment_ov
        c["spk_mention_exact_ok"] += ment_ex
        c["spk_entity_ok"] += ent_ok
        if ent_ok:
            c["attr_tp"] += 1
            c[f"attr_tp_pred_kind_{p.kind}"] += 1
            c[f"attr_tp_gold_kind_{g.kind}"] += 1
        if ment_ov:
            c["attr_mention_tp"] += 1
        if ent_ok and p.span == g.span and ment_ex:
            c["attr_strict_tp"] += 1
        if not ent_ok:
            errors.append({"doc": did, "type": "wrong_speaker", "gold": _qinfo(text, g), "pred": _qinfo(text, p)})
        # stance
        for tgt, glab in g.stances.items():
            plab = p.stances.get(tgt)
            if plab is None:
                c["stance_missing"] += 1
                plab = "neutral"
            acc.stance_gold.append(glab)
            acc.stance_pred.append(plab)
            if plab != glab:
                errors.append({"doc": did, "type": "wrong_stance", "target": tgt, "gold_label": glab,
                               "pred_label": plab, "gold": _qinfo(text, g), "pred": _qinfo(text, p)})
    # cues overall (independent of quote matching; identical cue spans counted once)
    gc = sorted({q.cue for q in gq if q.cue})
    pc = sorted({q.cue for q in pq if q.cue})
    c["cue_all_gold"] += len(gc)
    c["cue_all_pred"] += len(pc)
    c["cue_all_exact_tp"] += len(match_spans(text, pc, gc, mode="exact"))
    c["cue_all_overlap_tp"] += len(match_spans(text, pc, gc, mode="overlap", threshold=threshold))


def _finalize(acc: _Counts) -> dict[str, Any]:
    c = acc.c
    out: dict[str, Any] = {"n_docs": c["n_docs"], "n_gold_quotes": c["quotes_gold"],
                           "n_pred_quotes": c["quotes_pred"], "n_matched_quotes": c["matched"]}
    if c["sents_ends_gold"] or c["sents_ends_pred"]:
        flatten_prf("sents", prf(c["sents_ends_tp"], c["sents_ends_pred"], c["sents_ends_gold"]), out)
        flatten_prf("sents_exact", prf(c["sents_spans_tp"], c["sents_spans_pred"], c["sents_spans_gold"]), out)
    else:
        for k in ("sents", "sents_exact"):
            flatten_prf(k, prf(0, 0, 0), out)
    ng, np_ = c["quotes_gold"], c["quotes_pred"]
    for mode in ("exact", "overlap"):
        flatten_prf(f"quotes_{mode}", prf(c[f"quotes_{mode}_tp"], np_, ng), out)
        for k in QUOTE_KINDS:
            flatten_prf(f"quotes_{k}_{mode}", prf(c[f"{mode}_tp_pred_kind_{k}"], c[f"pred_kind_{k}"],
                                            c[f"gold_kind_{k}"], tp_gold=c[f"{mode}_tp_gold_kind_{k}"]), out)
    out["quotes_kind_acc"] = _div(c["kind_correct"], c["matched"])
    flatten_prf("cue", prf(c["cue_m_exact_tp"], c["cue_m_pred"], c["cue_m_gold"]), out)
    flatten_prf("cue_overlap", prf(c["cue_m_overlap_tp"], c["cue_m_pred"], c["cue_m_gold"]), out)
    flatten_prf("cue_all", prf(c["cue_all_exact_tp"], c["cue_all_pred"], c["cue_all_gold"]), out)
    flatten_prf("cue_all_overlap", prf(c["cue_all_overlap_tp"], c["cue_all_pred"], c["cue_all_gold"]), out)
    out["speaker_n"] = c["spk_n"]
    out["speaker_mention_acc"] = _div(c["spk_mention_ok"], c["spk_n"])
    out["speaker_mention_exact_acc"] = _div(c["spk_mention_exact_ok"], c["spk_n"])
    out["speaker_entity_acc"] = _div(c["spk_entity_ok"], c["spk_n"])
    flatten_prf("attribution", prf(c["attr_tp"], np_, ng), out)
    flatten_prf("attribution_mention", prf(c["attr_mention_tp"], np_, ng), out)
    flatten_prf("attribution_strict", prf(c["attr_strict_tp"], np_, ng), out)
    for k in QUOTE_KINDS:
        flatten_prf(f"attribution_{k}", prf(c[f"attr_tp_pred_kind_{k}"], c[f"pred_kind_{k}"], c[f"gold_kind_{k}"],
                                       tp_gold=c[f"attr_tp_gold_kind_{k}"]), out)
    st = score_stance_labels(acc.stance_gold, acc.stance_pred)
    out.update(st)
    out["stance_missing"] = c["stance_missing"]
    return out


def score_documents(
    gold_docs: Iterable[Mapping[str, Any]],
    pred_docs: Iterable[Mapping[str, Any]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> dict[str, Any]:
    """Score predicted documents against gold documents, aligned by ``id``.

    Counts are summed over documents (micro average). A gold document with no
    prediction scores as an empty prediction (and a ``missing_document``
    error); predictions with no gold document are ignored and listed in
    ``unscored_pred_ids``. Predicted quotes with ``confidence <
    min_confidence`` are dropped first. Returns a flat dict (keys in
    ``eval/README.md``) plus ``"errors"``.
    """
    gold_docs = list(gold_docs)
    preds: dict[Any, Mapping[str, Any]] = {}
    for p in pred_docs:
        preds[p.get("id")] = p
    acc = _Counts()
    errors: list[dict[str, Any]] = []
    for g in gold_docs:
        _score_one(g, preds.get(g.get("id")), acc, errors, threshold=threshold, min_confidence=min_confidence)
    out = _finalize(acc)
    gold_ids = {g.get("id") for g in gold_docs}
    out["unscored_pred_ids"] = sorted(str(k) for k in preds if k not in gold_ids)
    out["threshold"] = threshold
    out["min_confidence"] = min_confidence
    out["errors"] = errors
    return out


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any] | None, **kw: Any) -> dict[str, Any]:
    """:func:`score_documents` for a single document pair."""
    if pred is not None and pred.get("id") != gold.get("id"):
        pred = {**pred, "id": gold.get("id")}
    return score_documents([gold], [pred] if pred is not None else [], **kw)


# --------------------------------------------------------------------------
# brat standoff (used by eval/polnear.py; pure parsing, no files)
# --------------------------------------------------------------------------


def parse_brat(ann: str, *, ignore_types: Iterable[str] = ("Discard", "Discuss")) -> dict[str, Any]:
    """Parse brat standoff text into ``{"spans": {Tid: {...}}, "relations": [{...}]}``.

    Span entries: ``{"id", "type", "fragments": [(start, end), ...], "text"}``;
    discontinuous offsets ``"s e;s e"`` give several fragments, sorted.
    Relation (``E``) entries: ``{"id", "type", "args": {role: [Tid, ...]}}``; the
    event's trigger (``Attribution:T4``) is stored under its type name. Notes
    (``#``), other lines and continuation lines of multi-line notes are
    skipped, as are spans of ``ignore_types``.
    """
    ignore = set(ignore_types)
    spans: dict[str, dict[str, Any]] = {}
    rels: list[dict[str, Any]] = []
    for line in ann.splitlines():
        if not line or line[0] not in "TE":
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        tid = parts[0]
        if tid[0] == "T" and tid[1:].isdigit():
            head = parts[1].split(" ", 1)
            if len(head) != 2:
                continue
            typ, offs = head
            if typ in ignore:
                continue
            frags = []
            try:
                for piece in offs.split(";"):
                    s, e = piece.split()
                    frags.append((int(s), int(e)))
            except ValueError:
                continue
            spans[tid] = {"id": tid, "type": typ, "fragments": sorted(frags),
                          "text": parts[2] if len(parts) > 2 else ""}
        elif tid[0] == "E" and tid[1:].isdigit():
            args: dict[str, list[str]] = defaultdict(list)
            typ = None
            for i, a in enumerate(parts[1].split()):
                if ":" not in a:
                    continue
                role, ref = a.split(":", 1)
                if i == 0:
                    typ = role
                args[role].append(ref)
            rels.append({"id": tid, "type": typ, "args": dict(args)})
    return {"spans": spans, "relations": rels}


__all__ = [
    "DEFAULT_MIN_CONFIDENCE", "DEFAULT_THRESHOLD", "QUOTE_KINDS", "STANCE_LABELS", "TOKEN_RE",
    "TokenIndex", "char_overlap", "exact_match", "gold_to_prediction", "greedy_match", "match_spans",
    "normalize_name", "overlap_ratio", "parse_brat", "prf", "score_document", "score_documents",
    "score_sentences", "score_stance_labels", "sentence_counts", "span_prf", "spans_match",
    "speaker_entity_correct", "speaker_mention_correct", "token_index", "token_jaccard",
    "token_jaccard_multi", "token_set", "tokenize", "trim_span",
]
