"""The HTML report at scale: its size, the time to build it, and the time headless Chromium takes to draw
each view, on a real output.

    python eval/report_scale.py OUTPUT.jsonl --input INPUT.jsonl --html /tmp/report.html \
        --out eval/results/report_scale.json

Chromium comes from tests/browser/setup_chromium.sh (Debian's package). Per view (the index, the first
and the last article, the sides chart, the most quoted identity, the speakers list) it reports what the
page measured itself (``data-load-ms``: from the page's first script to the view drawn, parsing the
data included; ``data-render-ms``: drawing the view), the browser's wall time for the whole load, and
the number of elements in the drawn DOM.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from pipeline.frames import read_records
from pipeline.io import read_texts
from pipeline.report import build_report

ROOT = Path(__file__).resolve().parents[1]


def _chromium() -> str:
    done = subprocess.run(["bash", str(ROOT / "tests" / "browser" / "setup_chromium.sh")], capture_output=True,
                          text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def _view(chromium: str, url: str) -> dict:
    t0 = time.perf_counter()
    done = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000",
                           "--dump-dom", url], capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - t0
    body = re.search(r"<body([^>]*)>", done.stdout)
    attrs = dict(re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1))) if body else {}
    return {"view": attrs.get("view"), "load_ms": float(attrs.get("load-ms", "nan")),
            "render_ms": float(attrs.get("render-ms", "nan")), "browser_wall_s": round(wall, 2),
            "elements": len(re.findall(r"<[a-zA-Z]", done.stdout))}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("output")
    p.add_argument("--input", help="the run's input, for the article texts")
    p.add_argument("--html", required=True, help="where to write the report")
    p.add_argument("--out", help="write the measurements (JSON)")
    args = p.parse_args(argv)
    records = list(read_records(args.output))
    texts = read_texts([args.input] if args.input else [])
    t0 = time.perf_counter()
    page, warnings = build_report(records, texts=texts)
    build_s = time.perf_counter() - t0
    html = Path(args.html)
    html.write_text(page, encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="sayso-data">(.*?)</script>', page, re.S).group(1))
    top = data["order"][0]
    chromium = _chromium()
    uri = html.resolve().as_uri()
    views = {"index": "#index", "index page 20": "#index/20", "first article": f"#article={quote(records[0]['id'])}",
             "last article": f"#article={quote(records[-1]['id'])}", "sides chart": "#targets",
             "most quoted identity": f"#identity={quote(top)}", "speakers list": "#speakers"}
    result = {"articles": len(records), "quotes": sum(len(r["quotes"]) for r in records),
              "identities": len(data["identities"]), "report_bytes": len(page.encode("utf-8")),
              "build_s": round(build_s, 2), "warnings": len(warnings), "most_quoted_identity": top,
              "views": {name: _view(chromium, uri + frag) for name, frag in views.items()},
              "chromium": subprocess.run([chromium, "--version"], capture_output=True, text=True).stdout.strip()}
    print(json.dumps(result, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
