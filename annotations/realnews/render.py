"""Write the labelling sheets of the real-news stance set, for annotators.

Each sheet holds whole articles (PolNeAR's text, numbered paragraphs) and,
under each, its items: the quote, its source and cue as PolNeAR marks them,
and the target. The sheets contain PolNeAR text, so they are written **outside
the checkout** (``--out`` is required and may not lie inside it) and never
committed. Annotators write their labels as JSON lines, one per item:

    {"id": "<item id>", "label": "favor" | "against" | "neutral", "bad_target": false}

    python annotations/realnews/render.py --out /work/stance_work --sheets 8
    python annotations/realnews/render.py --out DIR --only IDS.txt --sheets 2 --first 9   # sheets of chosen items
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent.parent


def _frag_text(text: str, frags) -> str:
    return " … ".join(text[s:e] for s, e in frags) if frags else "(none)"


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, pos) if block else pos
        end = start + len(block)
        if block.strip():
            out.append((start, end))
        pos = end
    return out


def render_article(aid: str, text: str, items: list[dict], extra: dict[str, dict] | None = None) -> str:
    paras = paragraphs(text)

    def para_of(off: int) -> int:
        for i, (s, e) in enumerate(paras, 1):
            if s <= off <= e:
                return i
        return 0

    lines = [f"## Article {aid}", ""]
    for i, (s, e) in enumerate(paras, 1):
        lines.append(f"[P{i}] " + " ".join(text[s:e].split()))
        lines.append("")
    lines.append(f"### Items of {aid}")
    lines.append("")
    for it in items:
        lines.append(f"- **{it['id']}** | target: **{it['target']}**")
        lines.append(f"  - source (P{para_of(it['source'][0][0])}): {_frag_text(text, it['source'])}"
                     f" | cue: {_frag_text(text, it['cue'])}")
        lines.append(f"  - quote (P{para_of(it['content'][0][0])}): {_frag_text(text, it['content'])}")
        for k, v in (extra or {}).get(it["id"], {}).items():
            lines.append(f"  - {k}: {v}")
    lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="a folder outside the checkout")
    ap.add_argument("--sheets", type=int, default=8)
    ap.add_argument("--first", type=int, default=1, help="number of the first sheet written")
    ap.add_argument("--only", help="a file of item ids (one per line): sheets of just those items")
    ap.add_argument("--extra", help="JSONL {id, ...}: extra lines shown under each item (e.g. earlier labels)")
    ap.add_argument("--prefix", default="sheet")
    args = ap.parse_args(argv)
    out = Path(args.out).resolve()
    if out == CHECKOUT or CHECKOUT in out.parents:
        ap.error(f"--out {out} lies inside the checkout: the sheets hold PolNeAR text, which is never committed")
    out.mkdir(parents=True, exist_ok=True)

    sys.path.insert(0, str(CHECKOUT))
    from pipeline.training.polnear import polnear_root

    items = [json.loads(line) for line in (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    if args.only:
        keep = set(Path(args.only).read_text(encoding="utf-8").split())
        items = [it for it in items if it["id"] in keep]
    extra = {}
    if args.extra:
        for line in Path(args.extra).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            extra[rec.pop("id")] = rec
    by_article: dict[str, list[dict]] = {}
    for it in items:
        by_article.setdefault(it["article"], []).append(it)
    arts = list(by_article)
    n_sheets = args.sheets
    root = polnear_root()
    for k in range(n_sheets):
        chunk = arts[k::n_sheets]
        parts = []
        for aid in chunk:
            split = by_article[aid][0]["polnear_split"]
            text = (root / "data" / split / "text" / f"{aid}.txt").read_text(encoding="utf-8")
            parts.append(render_article(aid, text, by_article[aid], extra))
        path = out / f"{args.prefix}_{k + args.first:02d}.md"
        path.write_text("\n".join(parts), encoding="utf-8")
        print(f"{path}: {len(chunk)} articles, {sum(len(by_article[a]) for a in chunk)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
