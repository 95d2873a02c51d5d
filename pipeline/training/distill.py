"""Unlabelled real-news stance units for distillation: the stance stage's own inputs on PolNeAR train
articles that carry none of our labels, each with the teacher model's logits.

The student (``models/stance-minilm``) learns from the teacher (``models/stance-mpnet``) on these units
besides the labelled data (``python -m pipeline.training.stance --teacher ... --unlabeled FILE``). The
units come out exactly as the pipeline builds them at run time: the pipeline runs up to the speakers,
the targets are picked as the real-news set picks them (:mod:`pipeline.training.targets`: the person
or body the article names most, and its most repeated issue or action), and
:func:`pipeline.stages.stance.quote_units` shapes each (quote, target) pair.

Only PolNeAR **train** articles are read, and none of those our real-news set labels (any split), so
no dev or test article is seen. The output holds PolNeAR text: it is written outside the checkout.

::

    python -m pipeline.training.distill --articles 300 --out /tmp/distill_units.jsonl
"""
from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from .corpora import ANNOTATIONS

log = logging.getLogger(__name__)


def unlabelled_articles(n: int, *, root=None) -> list[dict[str, Any]]:
    """Up to ``n`` PolNeAR train articles outside the real-news set, in the set's hash order, each with
    its targets (as the set picks them, :func:`pipeline.training.targets.article_targets`);
    an article with no target is skipped. Each: ``{"id", "text", "targets"}``."""
    from ..stages.parse import load_spacy
    from .polnear import list_articles
    from .realnews import load_items, stable_hash
    from .targets import article_targets

    used = {it["article"] for it in load_items()}
    spacy_nlp = load_spacy()
    listed = sorted((t for t in list_articles("train", root=root) if t[0] not in used), key=lambda t: stable_hash(t[0]))
    out = []
    for aid, txt, _ann in listed:
        if len(out) == n:
            break
        text = txt.read_text(encoding="utf-8")
        targets = article_targets(spacy_nlp(text))
        if targets:
            out.append({"id": aid, "text": text, "targets": [t["target"] for t in targets]})
    return out


def spread(seq: Sequence, k: int) -> list:
    """At most ``k`` items of ``seq`` spread evenly over it (first and last kept)."""
    if len(seq) <= k:
        return list(seq)
    if k == 1:
        return [seq[0]]
    return [seq[round(i * (len(seq) - 1) / (k - 1))] for i in range(k)]


def units_of(docs: Iterable, *, quotes_per_article: int = 10, speaker_input: str = "description",
             target_context: bool = False) -> list[dict[str, Any]]:
    """The stance stage's units of each document (at most ``quotes_per_article`` quotes, spread over it),
    as training items with no label: ``id``, ``topic`` (the article), ``target``, ``speaker``, ``text``,
    ``focus``, ``label`` None."""
    from ..stages.stance import quote_units

    out = []
    for doc in docs:
        if doc.error is not None:
            log.warning("%s: skipped (%s)", doc.id, doc.error)
            continue
        units = quote_units(doc, speaker_input=speaker_input, target_context=target_context)
        keep = set(spread([q.id for q in doc.quotes], quotes_per_article))
        for u in units:
            if u["quote"] in keep:
                out.append({"id": f"{doc.id}-{u['quote']}-{u['target']}", "topic": doc.id, "target": u["target"],
                            "speaker": u["speaker"] or "", "text": u["text"], "focus": u["focus"], "label": None})
    return out


def add_teacher_logits(units: list[dict[str, Any]], teacher: Path, *, precision: str = "auto") -> None:
    """Set ``teacher_logits`` (raw, before the teacher's temperature) and ``teacher`` (its name, version
    and precision) on every unit, in place (:func:`pipeline.training.stance.teacher_logits`)."""
    from .stance import teacher_logits

    logits, record = teacher_logits(teacher, units, precision=precision)
    for u, row in zip(units, logits.tolist()):
        u["teacher_logits"] = [round(x, 4) for x in row]
        u["teacher"] = record["teacher"]


def main(argv: Sequence[str] | None = None) -> int:
    """Write unlabelled real-news units with the teacher's logits as JSONL (outside the checkout)."""
    from .. import load
    from ..progress import progress
    from .realnews import PRE_STANCE

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--quotes-per-article", type=int, default=10)
    ap.add_argument("--teacher", type=Path, default=Path("models/stance-mpnet"))
    ap.add_argument("--precision", default="auto", help="the teacher's precision (auto: int8 where supported)")
    ap.add_argument("--speaker-input", choices=("name", "description"), default="description")
    a = ap.parse_args(argv)
    if ANNOTATIONS.parent in a.out.resolve().parents:
        ap.error(f"--out {a.out} lies inside the checkout; these units hold PolNeAR text")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    arts = unlabelled_articles(a.articles)
    log.info("%d unlabelled PolNeAR train articles, %d targets", len(arts), sum(len(x["targets"]) for x in arts))
    nlp = load(stages=PRE_STANCE)
    docs = progress(nlp.pipe(arts, batch_size=8), total=len(arts), desc="distill units")
    units = units_of(docs, quotes_per_article=a.quotes_per_article, speaker_input=a.speaker_input)
    log.info("%d units; teacher %s", len(units), a.teacher)
    add_teacher_logits(units, a.teacher, precision=a.precision)
    a.out.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in units), encoding="utf-8")
    log.info("wrote %s", a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
