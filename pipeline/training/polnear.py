"""PolNeAR (Newell et al., LREC 2018) as a corpus: articles and their gold attributions.

The data is not part of this project: it has no data licence (research and
evaluation only; never commit or redistribute its texts). It is read in place
from ``../shared/benchmarks/polnear`` next to the checkout, or from ``root`` /
the ``SAYSO_POLNEAR`` environment variable. The tagger trainer
(:mod:`pipeline.training.quotes`) and the PolNeAR scorer
(:mod:`pipeline.evaluation.polnear`) both read it through this module.

An article is ``{"id", "text", "attributions", "spans"}`` (see
:func:`article_from_ann`); offsets are ``str`` indices into ``text``, half-open.
"""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..scoring import frag_exact, frag_overlap, parse_brat, trim_span
from .corpora import SHARED

Span = tuple[int, int]
SPLITS = ("train", "dev", "test")
SOURCE_KINDS = ("pronoun", "name", "description", "none")
PRONOUNS = {
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "one",
    "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "who", "which", "that",
}
DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "most", "several", "other", "another", "both", "all", "each", "every", "no", "one",
    "two", "three", "few", "more",
}
OPEN_DQ = "\"“„«"
CLOSE_DQ = "\"”»"
ANY_DQ = set("\"“”„«»")
_EDGE = ",.;:!?… \t\n"

SPEAKER_KINDS = ("name", "title", "pronoun", "role", "document", "group", "description", "none")
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "judge",
    "justice", "mayor", "gen", "col", "adm", "secretary", "speaker", "chairman", "chairwoman", "pastor", "rev",
    "prof", "professor", "lt", "sgt", "capt", "former", "vice", "attorney", "state", "first", "lady",
}
DOCUMENT_NOUNS = {
    "suit", "lawsuit", "letter", "report", "statement", "memo", "complaint", "filing", "study", "survey",
    "poll", "polls", "email", "emails", "e-mail", "ad", "ads", "advertisement", "tweet", "tweets", "post",
    "editorial", "ruling", "order", "indictment", "analysis", "document", "documents", "book", "article",
    "video", "release", "transcript", "platform", "petition", "records", "data", "film", "message", "bill",
    "resolution", "agreement", "review", "audit", "investigation", "motion", "brief", "decision", "opinion",
}
SPEAKER_ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official", "source",
    "analyst", "expert", "strategist", "operative", "manager", "director", "chairman", "chairwoman", "chair",
    "secretary", "attorney", "lawyer", "economist", "professor", "researcher", "consultant", "leader",
    "president", "executive", "founder", "ceo", "editor", "reporter", "correspondent", "host", "pollster",
    "senator", "governor", "candidate", "nominee", "member", "staffer", "surrogate", "prosecutor", "judge",
    "officer", "ambassador", "minister", "representative", "lawmaker", "congressman", "congresswoman",
}


def speaker_kind(text: str | None) -> str:
    """A finer kind of a Source mention, for the speaker-only table: name ("Hillary Clinton"), title
    ("Mr. Trump", "Sen. Cruz"), pronoun, role ("a spokesman for the campaign", "the Vermont senator"),
    document ("the lawsuit", "a Pew poll"), group (a plural description: "House Democrats", "voters"),
    other description, none. Judged on the head phrase before any comma."""
    if not text or not text.strip():
        return "none"
    head = text.replace("’", "'").split(",")[0].strip()
    words = head.split()
    low = [w.strip("\"'“”‘’().").lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return "pronoun"
    content = [w for w in low if w not in DETERMINERS and w != "'s"]
    if any(w.rstrip(".") in DOCUMENT_NOUNS for w in content[-2:]):
        return "document"
    if content and words[0][:1].isupper() and low[0] not in DETERMINERS:
        if low[0].rstrip(".") in TITLE_WORDS and len(words) > 1 and words[-1][:1].isupper():
            return "title"
        if all(w[:1].isupper() for w in words if w.isalpha() and w.lower() not in {"of", "and", "for", "the"}):
            if content[-1].endswith("s") and not content[-1].endswith("ss") and len(content) > 1 and \
                    content[-1] in {"democrats", "republicans", "voters", "members", "officials", "leaders",
                                    "conservatives", "liberals", "supporters", "democrats'", "senators"}:
                return "group"
            return "name"
    if any(w.rstrip("s") in SPEAKER_ROLE_NOUNS or w in SPEAKER_ROLE_NOUNS for w in content):
        return "role"
    if content and content[-1].endswith("s") and not content[-1].endswith("ss"):
        return "group"
    return "description"


# ---------------------------------------------------------------------------- data


def polnear_root(root: str | os.PathLike | None = None) -> Path:
    """``root``, else ``$SAYSO_POLNEAR``, else ``<repo>/../shared/benchmarks/polnear``."""
    if root:
        return Path(root)
    env = os.environ.get("SAYSO_POLNEAR")
    if env:
        return Path(env)
    return SHARED / "benchmarks" / "polnear"


def quote_kind(text: str, fragments: Sequence[Span]) -> str:
    """Heuristic kind of a gold Content, on its fragments joined by spaces and
    stripped of edge punctuation: starts with an opening and ends with a closing
    double quote mark -> direct; contains some double quote mark -> mixed; else
    indirect. (Reproduces the counts in the benchmark README for test.)"""
    joined = " ".join(text[s:e] for s, e in fragments).strip(_EDGE)
    if len(joined) > 1 and joined[0] in OPEN_DQ and joined[-1] in CLOSE_DQ:
        return "direct"
    if any(ch in ANY_DQ for ch in joined):
        return "mixed"
    return "indirect"


def source_kind(text: str | None) -> str:
    """pronoun / name / description for a Source string (``none`` when absent)."""
    if not text or not text.strip():
        return "none"
    words = text.replace("’", "'").split()
    first = words[0].strip("\"'“”‘’(,").lower()
    if len(words) == 1 and first in PRONOUNS:
        return "pronoun"
    if first in DETERMINERS:
        return "description"
    if words[0][:1].isupper():
        return "name"
    return "description"


def article_from_ann(article_id: str, text: str, ann: str) -> dict[str, Any]:
    """Build one article dict from its text and brat ``.ann`` content.

    Returns ``{"id", "text", "attributions": [...], "spans": {"content"|"cue"|"source": [fragments]}}``.
    Each attribution: ``{"id", "content", "cue", "source"}`` (each a sorted list
    of ``(start, end)`` fragments or ``None``), ``"source_id"`` (the T id, shared
    when one Source serves several relations), ``"kind"`` and ``"source_kind"``.
    ``spans`` holds every distinct annotated Content/Cue/Source span once.
    """
    parsed = parse_brat(ann)
    spans = parsed["spans"]

    def frags(ids: Iterable[str]) -> list[Span] | None:
        out: set[Span] = set()
        for t in ids:
            sp = spans.get(t)
            if sp is not None and sp["type"] in ("Content", "Cue", "Source"):
                out.update(sp["fragments"])
        return sorted(out) or None

    atts = []
    for rel in parsed["relations"]:
        args = rel["args"]
        content = frags(args.get("Content", []) + args.get("Content2", []))
        source = frags(args.get("Source", []))
        src_ids = args.get("Source", [])
        src_text = " ".join(text[s:e] for s, e in source) if source else None
        atts.append({
            "id": rel["id"],
            "content": content,
            "cue": frags(args.get("Cue", [])),
            "source": source,
            "source_id": src_ids[0] if src_ids else None,
            "kind": quote_kind(text, content) if content else None,
            "source_kind": source_kind(src_text),
            "speaker_kind": speaker_kind(src_text),
        })
    by_type: dict[str, list[list[Span]]] = {"content": [], "cue": [], "source": []}
    seen: set[tuple] = set()
    for sp in spans.values():
        key = sp["type"].lower()
        if key in by_type and (key, tuple(sp["fragments"])) not in seen:
            seen.add((key, tuple(sp["fragments"])))
            by_type[key].append(list(sp["fragments"]))
    return {"id": article_id, "text": text, "attributions": atts, "spans": by_type}


def list_articles(split: str, *, root: str | os.PathLike | None = None) -> list[tuple[str, Path, Path]]:
    """``[(article_id, txt_path, ann_path)]`` sorted by id, with the alphabetically
    first ``.ann`` file of each article."""
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}; expected one of {SPLITS}")
    base = polnear_root(root) / "data" / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(
            f"PolNeAR {split} split not found under {base}. Set --root or SAYSO_POLNEAR, or fetch "
            "https://github.com/networkdynamics/PolNeAR (see shared/benchmarks/polnear/README.md)."
        )
    anns: dict[str, list[Path]] = defaultdict(list)
    for p in (base / "attributions").glob("*.ann"):
        anns[p.stem.rsplit("_", 1)[0]].append(p)
    out = []
    for txt in sorted((base / "text").glob("*.txt")):
        cands = sorted(anns.get(txt.stem, []), key=lambda p: p.name)
        if cands:
            out.append((txt.stem, txt, cands[0]))
    return out


def load_split(split: str, *, root: str | os.PathLike | None = None, limit: int | None = None) -> list[dict]:
    """Load a PolNeAR split as a list of article dicts (see :func:`article_from_ann`)."""
    items = list_articles(split, root=root)
    if limit is not None:
        items = items[:limit]
    arts = []
    for aid, txt, ann in items:
        arts.append(article_from_ann(aid, txt.read_text(encoding="utf-8"), ann.read_text(encoding="utf-8")))
    return arts


# ---------------------------------------------------------------------------- span comparison


# ---------------------------------------------------------------------------- matching predictions to the gold
# (the PolNeAR scorer, pipeline.evaluation.polnear, and the trainers of the speaker linker and the link
# confidence compare sayso's quotes with PolNeAR's attributions the same way, through these)



def _trim(text: str, span: Span) -> Span:
    return trim_span(text, span[0], span[1])


def _trim_frags(text: str, frags: Sequence[Span]) -> list[Span]:
    return [_trim(text, f) for f in frags]


def _match_score(text: str, pred: Span, frags: Sequence[Span], mode: str, threshold: float) -> float:
    if mode == "exact":
        return 1.0 if frag_exact(pred, frags) else 0.0
    if frag_exact(pred, frags):
        return 2.0  # exact pairs first in the greedy alignment
    s = frag_overlap(text, pred, frags)
    return s if s >= threshold else 0.0




def _sp(obj: Any) -> Span | None:
    if isinstance(obj, Mapping) and obj.get("start") is not None and obj.get("end") is not None:
        return (int(obj["start"]), int(obj["end"]))
    return None


def prediction_relations(pred: Mapping[str, Any], text: str, *, min_confidence: float) -> list[dict]:
    """Predicted quotes as ``{"content", "cue", "mention", "entity_mentions", "kind"}`` (trimmed spans)."""
    speakers = {s.get("entity"): s for s in pred.get("speakers", []) or [] if s.get("entity") is not None}
    out = []
    for q in pred.get("quotes", []) or []:
        conf = q.get("confidence")
        if conf is not None and conf < min_confidence:
            continue
        sp = q.get("speaker") or {}
        if not isinstance(sp, Mapping):
            sp = {}
        mention = _sp(sp.get("mention"))
        phrase = _sp(sp.get("phrase"))
        ent = speakers.get(sp.get("entity")) if sp.get("entity") is not None else None
        ems = [m for m in (_sp(x) for x in (ent or {}).get("mentions", []) or []) if m]
        if mention is not None:
            ems.append(mention)
        cue = _sp(q.get("cue"))
        out.append({
            "content": _trim(text, (int(q["start"]), int(q["end"]))),
            "cue": _trim(text, cue) if cue else None,
            "mention": _trim(text, mention) if mention else None,
            "phrase": _trim(text, phrase) if phrase and mention else None,
            "entity_mentions": sorted({_trim(text, m) for m in ems}),
            "kind": q.get("type") or q.get("kind"),
        })
    return merge_split_quotes(out, text)


SPLIT_KINDS = ("direct", "mixed")  # only speech in quote marks is split around its cue
SPLIT_GAP = 120  # the most characters between the two parts of a split quote (the cue and its speaker)


def _split_around_cue(text: str, first: Span, cue: Span, second: Span) -> bool:
    """"“A,” she said, “B.”": the cue sits between the two parts, close to both, on one line."""
    gap = text[first[1]:second[0]]
    # '“A,” she said, “B.”' and '“A,” she said. “B.”' alike: PolNeAR annotates both ways, and requiring the
    # sentence to run on scored worse on dev (relation F1 61.9 against 63.6)
    return first[1] <= cue[0] and cue[1] <= second[0] and len(gap) <= SPLIT_GAP and "\n" not in gap


def merge_split_quotes(rels: list[dict], text: str) -> list[dict]:
    """Quotes that share one cue span are one attribution in PolNeAR's scheme: "“A,” she said, “B.”" is
    one relation whose Content has two fragments, where sayso reports two quotes with the same cue.
    Two such quotes split around their cue (the cue between them, on one line, close to both) become one
    predicted relation whose content is their extent (first start, last end), which the overlap and
    exact matches compare with the gold Content's full extent. Quotes that only inherited a cue (a
    run-on sentence or paragraph) stay apart, as PolNeAR keeps them apart."""
    out: list[dict] = []
    by_cue: dict[tuple, dict] = {}
    for r in rels:
        key = (r["cue"], r["mention"])
        prev = by_cue.get(key) if r["cue"] is not None else None
        if prev is not None and prev["kind"] in SPLIT_KINDS and r["kind"] in SPLIT_KINDS and \
                _split_around_cue(text, prev["content"], r["cue"], r["content"]):
            prev["content"] = (min(prev["content"][0], r["content"][0]), max(prev["content"][1], r["content"][1]))
            prev["merged"] = prev.get("merged", 1) + 1
            continue
        r = dict(r)
        out.append(r)
        if r["cue"] is not None:
            by_cue[key] = r
    return out


def _source_ok(text: str, gold_src: Sequence[Span] | None, p: Mapping[str, Any], *, mode: str, coref: bool,
               threshold: float, phrase: bool = True) -> bool:
    if not gold_src:
        return p["mention"] is None
    cands = list(p["entity_mentions"]) if coref else ([p["mention"]] if p["mention"] else [])
    if phrase and p.get("phrase"):
        cands.append(p["phrase"])
    for c in cands:
        if mode == "exact" and frag_exact(c, gold_src):
            return True
        if mode == "overlap" and frag_overlap(text, c, gold_src) >= threshold:
            return True
    return False


