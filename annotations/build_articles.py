#!/usr/bin/env python3
"""Build the gold JSONL files from the Python specs in this folder.

Usage::

    python annotations/build_articles.py [--seeds-dir DIR] [--check-splitter]

Writes ``annotations/seeds.jsonl`` (spec_seeds.py, texts read from the seed
files) and ``annotations/articles.jsonl`` (spec_uk.py, spec_us.py), after
checking every record with ``validate.validate_record``. Offsets are computed
by searching the span specs in the text (see goldspec.py), never by hand.

``spec_train_*.py`` files (split ``train``, for training the models) go to
``annotations/train_articles.jsonl``.

``--check-splitter`` also prints where the rule-based splitter in goldspec.py
disagrees with the hand-made sentence lines of the own articles: a review aid,
since the splitter does not know every abbreviation.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from goldspec import Article, build, split_sentences  # noqa: E402
from spec_seeds import SEEDS  # noqa: E402
from spec_uk import ARTICLES as UK_ARTICLES  # noqa: E402
from spec_us import ARTICLES as US_ARTICLES  # noqa: E402
from validate import validate_record  # noqa: E402

import importlib  # noqa: E402


def train_articles() -> list[Article]:
    """The articles of every ``spec_train_*.py`` (split ``train``), in file name order."""
    out = []
    for path in sorted(HERE.glob("spec_train_*.py")):
        mod = importlib.import_module(path.stem)
        for art in mod.ARTICLES:
            if art.split != "train":
                raise SystemExit(f"{path.name}: {art.id} has split {art.split!r}, expected 'train'")
            out.append(art)
    return out

DEFAULT_SEEDS_DIR = HERE.parent.parent / "shared" / "seeds"


def load_seed_text(article: Article, seeds_dir: Path) -> Article:
    """Return the seed article with its text read verbatim from its file."""
    path = seeds_dir / f"{article.id}.txt"
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return dataclasses.replace(article, text=text)


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def build_all(articles: list[Article]) -> list[dict]:
    records, failed = [], False
    for art in articles:
        rec = build(art)
        errors = validate_record(rec)
        for err in errors:
            print(f"{art.id}: {err}", file=sys.stderr)
        failed = failed or bool(errors)
        records.append(rec)
    if failed:
        raise SystemExit("gold records have problems; nothing written")
    return records


def check_splitter(records: list[dict]) -> None:
    for rec in records:
        gold = [tuple(s) for s in rec["sentences"]]
        auto = split_sentences(rec["text"])
        if gold == auto:
            continue
        text = rec["text"]
        print(f"--- {rec['id']}: gold {len(gold)} sentences, splitter {len(auto)}")
        for s, e in sorted(set(gold) ^ set(auto)):
            side = "gold" if (s, e) in set(gold) else "auto"
            print(f"  {side} [{s}, {e}) {text[s:e][:100]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds-dir", type=Path, default=DEFAULT_SEEDS_DIR)
    parser.add_argument("--check-splitter", action="store_true")
    args = parser.parse_args(argv)

    seeds = build_all([load_seed_text(a, args.seeds_dir) for a in SEEDS])
    own = build_all(UK_ARTICLES + US_ARTICLES)
    train = build_all(train_articles())
    ids = [r["id"] for r in seeds + own + train]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate article ids")
    write_jsonl(HERE / "seeds.jsonl", seeds)
    write_jsonl(HERE / "articles.jsonl", own)
    write_jsonl(HERE / "train_articles.jsonl", train)
    print(
        f"wrote {len(seeds)} seed articles to seeds.jsonl, {len(own)} to articles.jsonl, "
        f"{len(train)} to train_articles.jsonl"
    )
    for rec in own + train:
        words = len(rec["text"].split())
        flag = "" if 250 <= words <= 600 else "  <-- outside 250-600 words"
        print(
            f"  {rec['id']:32} {rec['split']:5} {rec['locale']} {words:4} words "
            f"{len(rec['quotes']):3} quotes{flag}"
        )
    if args.check_splitter:
        check_splitter(own)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
