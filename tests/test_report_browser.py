"""The HTML report in a real browser: headless Chromium (Debian's package, set up by
tests/browser/setup_chromium.sh) renders the seeds' report; the DOM it drew is checked against the JSONL
that `sayso run` wrote, and a screenshot is taken.

Runs by default (about a minute: the pipeline on the three seeds, then a few page loads); deselect with
``-m "not browser"``. Skipped, with the reason, where Chromium is missing and cannot be installed.
Set ``SAYSO_REPORT_SHOTS=DIR`` to keep the screenshots (eval/results/report_seeds_*.png came from there).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "tests" / "browser" / "setup_chromium.sh"
TARGET = "the industrial action"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium():
    done = subprocess.run(["bash", str(SETUP)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not done.stdout.strip():
        pytest.skip(f"no headless Chromium: {done.stderr.strip()[-300:]}")
    return done.stdout.strip().splitlines()[-1]


def _browse(chromium: str, url: str, *, screenshot: Path | None = None, size=(1300, 1600)) -> str:
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            f"--window-size={size[0]},{size[1]}", "--virtual-time-budget=5000"]
    args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    done = subprocess.run(args + [url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    """The seeds through `sayso run` (JSONL), then `sayso report --html` with the input for the texts."""
    tmp = tmp_path_factory.mktemp("report")
    inp = tmp / "seeds.jsonl"
    with inp.open("w", encoding="utf-8") as fh:
        for line in (ROOT / "annotations" / "seeds.jsonl").open(encoding="utf-8"):
            a = json.loads(line)
            fh.write(json.dumps({"id": a["id"], "text": a["text"]}) + "\n")
    out, page = tmp / "out.jsonl", tmp / "report.html"
    run = [sys.executable, "-m", "pipeline"]
    done = subprocess.run(run + ["run", str(inp), "-o", str(out), "--target", TARGET], capture_output=True, text=True,
                          cwd=ROOT, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    done = subprocess.run(run + ["report", str(out), "--html", str(page), "--input", str(inp)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    records = [json.loads(line) for line in out.open(encoding="utf-8")]
    return page, records


class _Dom(HTMLParser):
    """The parts of a dumped DOM the checks read: body attributes, quote items with their badges, speaker rows,
    highlighted quote segments."""

    def __init__(self):
        super().__init__()
        self.body: dict = {}
        self.quotes: list[dict] = []
        self.speakers: list[str] = []
        self.segments: set[str] = set()
        self.scripts = 0
        self._tip = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "body":
            self.body = a
        elif tag == "li" and "quote-item" in cls:
            self.quotes.append({"id": a.get("data-quote"), "speaker": a.get("data-speaker"), "badges": [], "tips": []})
        elif tag == "span" and "badge" in cls and a.get("data-label") and self.quotes:
            self.quotes[-1]["badges"].append((a.get("data-target"), a.get("data-label")))
        elif tag == "tr" and "speaker-row" in cls:
            self.speakers.append(a.get("data-speaker"))
        elif tag == "span" and "q" in cls and a.get("data-q"):
            self.segments.add(a["data-q"])
        elif tag == "span" and "tip" in cls and self.quotes:
            self._tip = True
            self.quotes[-1]["tips"].append("")
        elif tag == "script":
            self.scripts += 1

    def handle_data(self, data):
        if self._tip:
            self.quotes[-1]["tips"][-1] += data

    def handle_endtag(self, tag):
        if tag == "span":
            self._tip = False


def _dom(html: str) -> _Dom:
    d = _Dom()
    d.feed(html)
    return d


def test_each_seed_article_draws_its_quotes_speakers_and_stances(chromium, seeds_report, tmp_path):
    page, records = seeds_report
    shots = Path(os.environ.get("SAYSO_REPORT_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    for n, rec in enumerate(records):
        url = f"{page.as_uri()}#article={rec['id']}"
        dom = _dom(_browse(chromium, url))
        assert dom.body.get("data-ready") == "1" and dom.body.get("data-view") == "article", dom.body
        # the quote list: every quote of the record, in order, with its speaker and one badge per stance
        assert [q["id"] for q in dom.quotes] == [q["id"] for q in rec["quotes"]]
        assert [q["speaker"] for q in dom.quotes] == [q["speaker"]["name"] or "" for q in rec["quotes"]]
        assert [q["badges"] for q in dom.quotes] == [[(s["target"], s["label"]) for s in q["stances"]]
                                                     for q in rec["quotes"]]
        # each badge's hover details: the stance's confidence, and how the speaker was linked
        for q, shown in zip(rec["quotes"], dom.quotes):
            assert len(shown["tips"]) == len(q["stances"])
            for st, tip in zip(q["stances"], shown["tips"]):
                assert f"stance on {st['target']}: {st['label']} (confidence {st['score']:.2f})" in tip, tip
                assert f"linked by: {q['speaker']['evidence'] or 'no speaker'}" in tip, tip
        # the speakers table and the highlighted text: every speaker, every quote marked in the text
        assert dom.speakers == [s["name"] for s in rec["speakers"]]
        assert dom.segments == {q["id"] for q in rec["quotes"]}
        assert any(q["stances"] for q in rec["quotes"]), "the seeds have stances on the target"
        shot = shots / f"report_seeds_{n}.png"
        _browse(chromium, url, screenshot=shot)
        assert shot.stat().st_size > 20_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_index_and_the_sides_chart_match_the_records(chromium, seeds_report, tmp_path):
    page, records = seeds_report
    html = _browse(chromium, f"{page.as_uri()}#index")
    dom = _dom(html)
    assert dom.body.get("data-view") == "index"
    assert html.count('class="article-row"') == len(records)
    for rec in records:
        assert f'data-article="{rec["id"]}"' in html
    sides = _browse(chromium, f"{page.as_uri()}#targets")
    assert _dom(sides).body.get("data-view") == "targets"
    assert f'data-target="{TARGET}"' in sides
    # every speaker that takes a side in some article has a bar row in the chart, under its feed identity's name
    from pipeline.feed import link_feed

    feed = link_feed(records)
    sided = {feed.identity(feed.identity_of(r["id"], s["entity"])).name for r in records for s in r["speakers"]
             for st in s["stances"] if st["label"] != "neutral"}
    assert sided and sided <= set(_names_in_chart(sides))
    shots = Path(os.environ.get("SAYSO_REPORT_SHOTS") or tmp_path)
    _browse(chromium, f"{page.as_uri()}#targets", screenshot=shots / "report_seeds_sides.png", size=(1300, 700))


def _names_in_chart(html: str) -> list[str]:
    """The link texts of the chart's rows (identity names)."""
    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.names, self.depth, self.take = [], 0, False

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "div" and "bar-row" in (a.get("class") or "") and a.get("data-identity"):
                self.take = True
            elif tag == "a" and self.take:
                self.names.append("")

        def handle_data(self, data):
            if self.take and self.names and self.names[-1] == "":
                self.names[-1] = data

        def handle_endtag(self, tag):
            if tag == "a":
                self.take = False

    p = P()
    p.feed(html)
    return p.names


def test_article_text_cannot_inject_markup(chromium, tmp_path):
    """An article whose text holds a script tag is drawn as text: no element comes from it."""
    from pipeline.report import build_report

    text = 'He said: "</script><script>document.title=\'pwned\'</script><img src=x onerror=alert(1)>" yesterday.'
    rec = {"id": "x<1>", "sentences": [[0, len(text)]], "quotes": [{
        "id": "q1", "start": 10, "end": len(text) - 12, "text": text[10:len(text) - 12], "type": "direct",
        "cue": {"start": 3, "end": 7, "text": "said"},
        "speaker": {"name": None, "type": "unknown", "entity": None, "mention": None, "phrase": None,
                    "evidence": None, "confidence": None}, "continues": None, "stances": [], "confidence": 0.9}],
        "speakers": [], "text": text}
    page, _ = build_report([rec])
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    html = _browse(chromium, f"{path.as_uri()}#article=x%3C1%3E")
    dom = _dom(html)
    assert dom.body.get("data-view") == "article"
    assert "pwned" not in html.split("<title>")[1].split("</title>")[0]
    assert "<img" not in html and dom.scripts == 3  # the page's own three script elements, no more


def test_setup_script_prints_a_browser_that_runs(chromium):
    done = subprocess.run([chromium, "--version"], capture_output=True, text=True, timeout=60)
    assert "Chromium" in done.stdout or "Chrome" in done.stdout


def test_a_badge_opened_by_the_address_shows_its_details(chromium, seeds_report, tmp_path):
    """``?tip=QUOTE`` opens one badge's details, as a hover does: the screenshot shows them."""
    page, records = seeds_report
    rec = records[1]
    q = next(q for q in rec["quotes"] if q["stances"] and q["speaker"]["name"])
    url = f"{page.as_uri()}?tip={q['id']}#article={rec['id']}"
    html = _browse(chromium, url)
    assert html.count('class="badge favor open"') + html.count('class="badge against open"') + \
        html.count('class="badge neutral open"') == 1
    shots = Path(os.environ.get("SAYSO_REPORT_SHOTS") or tmp_path)
    shot = shots / "report_seeds_hover.png"
    _browse(chromium, url, screenshot=shot, size=(1300, 760))
    assert shot.stat().st_size > 20_000
