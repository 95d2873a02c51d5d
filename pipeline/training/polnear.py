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
from typing import Any, Iterable, Sequence

from ..scoring import parse_brat
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
