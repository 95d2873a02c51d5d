"""The HTML report of a sayso output: one self-contained file, no network.

:func:`build_report` turns output records (and the article texts, where the records do not carry them)
into one HTML page with its data, style and script inline. The script draws one view at a time from the
data, chosen by the address's fragment, so the page stays light at thousands of articles:

* ``#index`` (``#index/N``: page N): the articles, 50 a page, with a filter; links to the other views.
* ``#article=ID``: the article text with each quote highlighted in its speaker's colour, the cue
  underlined and the speaker mention boxed; the quotes in a list, each with a stance badge per target
  whose hover shows the confidence, what the quote alone said, how the speaker was linked (evidence and
  link confidence) and the feed identity with the evidence that joined it.
* ``#targets``: per target, the speakers on each side (a diverging bar chart of quote counts).
* ``#identity=ID``: one feed identity (:mod:`pipeline.feed`): per target its stance counts over time,
  the articles where it flipped, and its quotes.
* ``#speakers`` (``#speakers/N``): every identity, most quoted first, 50 a page.

``?tip=QUOTE_ID`` before the fragment opens the details of that quote's first badge.

Every text from the data is written with ``textContent`` (never parsed as HTML), so an article cannot
inject markup. The page records what it drew on ``<body>``: ``data-view``, ``data-render-ms`` (the
time to draw the view, in milliseconds) and ``data-ready="1"``; the browser test reads them.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from typing import Any, Iterable

from .doc import CONFIDENT_QUOTE
from .feed import Feed, article_date, link_feed, summarize

PAGE_SIZE = 50
# speaker colours (Okabe-Ito and Tableau, light enough to read black text on); identities beyond them
# take a hue from their id
PALETTE = ["#9ecae9", "#ffbe7d", "#8cd17d", "#f1a2a9", "#d4a6c8", "#b6992d", "#86bcb6", "#ff9d9a",
           "#79706e", "#d7b5a6", "#a0cbe8", "#f1ce63", "#bab0ac", "#fabfd2", "#b07aa1", "#59a14f"]


def _colour(n: int) -> str:
    if n < len(PALETTE):
        return PALETTE[n]
    return f"hsl({(n * 137) % 360}, 60%, 78%)"


def _article(rec: dict[str, Any], text: str | None, feed: Feed) -> tuple[dict[str, Any], str | None]:
    """One record in the page's compact form, and a warning when the text given does not fit its offsets."""
    doc = str(rec["id"])
    warning = None
    if text is not None:
        bad = [q["id"] for q in rec["quotes"] if text[q["start"]:q["end"]] != q["text"]]
        if bad:
            warning = f"{doc}: the text given does not match the quote offsets ({', '.join(bad[:3])}); quotes only"
            text = None
    quotes = []
    for q in rec["quotes"]:
        sp = q["speaker"]
        quotes.append({
            "id": q["id"], "s": q["start"], "e": q["end"], "k": q["type"], "c": q["confidence"],
            "cue": [q["cue"]["start"], q["cue"]["end"]] if q.get("cue") else None,
            "cuet": (q.get("cue") or {}).get("text"),
            "m": [sp["mention"]["start"], sp["mention"]["end"]] if sp.get("mention") else None,
            "mt": (sp.get("mention") or {}).get("text"),
            "sp": sp.get("name"), "st": sp.get("type"), "i": feed.identity_of(doc, sp.get("entity")),
            "ev": sp.get("evidence"), "lc": sp.get("confidence"), "cont": q.get("continues"),
            "stances": [{"t": s["target"], "l": s["label"], "sc": s["score"],
                         "qa": [s["quote_alone"]["label"], s["quote_alone"]["score"]] if s.get("quote_alone") else None}
                        for s in q.get("stances", [])],
            "text": None if text is not None else q["text"],
        })
    speakers = [{"e": s["entity"], "n": s["name"], "t": s["type"], "i": feed.identity_of(doc, s["entity"]),
                 "st": [{"t": a["target"], "l": a["label"], "f": a["favor"], "a": a["against"], "n": a["neutral"],
                         "c": a.get("confidence"), "mixed": a.get("mixed"), "why": a.get("why")}
                        for a in s.get("stances", [])]}
                for s in rec.get("speakers", [])]
    meta = rec.get("meta") or {}
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    return {"id": doc, "date": article_date(rec), "title": title, "text": text, "quotes": quotes,
            "speakers": speakers, "warnings": rec.get("warnings", [])}, warning


def build_report(records: Iterable[dict[str, Any]], *, texts: dict[str, str] | None = None, by: str = "auto",
                 title: str = "sayso report", min_confidence: float = CONFIDENT_QUOTE) -> tuple[str, list[str]]:
    """The report page for ``records`` (sayso output records, in feed order). ``texts``: article id ->
    the article text, for records that do not carry their ``text`` (the output leaves it out where
    cleaning changed nothing); an article with no text shows its quotes alone. ``by``: the time buckets of
    the identity timelines (:func:`pipeline.feed.summarize`). ``min_confidence``: quotes below it are drawn
    faded and left out of the charts' counts (they carry no stance anyway).

    Returns ``(html, warnings)``."""
    records = list(records)
    texts = texts or {}
    feed = link_feed(records)
    summary = summarize(records, by=by, feed=feed, quote_chars=0)
    warnings: list[str] = []
    articles = []
    for rec in records:
        text = rec.get("text")
        if text is None:
            text = texts.get(str(rec["id"]))
        art, warning = _article(rec, text, feed)
        articles.append(art)
        if warning:
            warnings.append(warning)
    counts = {d["id"]: d for d in summary["identities"]}  # articles and quotes per identity
    ranked = sorted(feed.identities, key=lambda i: (-counts[i.id]["quotes"], i.id))
    colour = {ident.id: _colour(n) for n, ident in enumerate(ranked)}
    identities = {i.id: {"n": i.name, "t": i.type, "col": colour[i.id], "ev": i.evidence, "a": i.aliases[:8],
                         "arts": counts[i.id]["articles"], "q": counts[i.id]["quotes"]} for i in ranked}
    targets = {t: [{"i": r["identity"], "f": r["favor"], "a": r["against"], "n": r["neutral"], "arts": r["articles"],
                    "tl": [{"b": s["bucket"], "f": s["favor"], "a": s["against"], "n": s["neutral"],
                            "q": [[x["doc"], x["quote"], x["label"]] for x in s["quotes"]]} for s in r["timeline"]],
                    "flips": r["flips"]} for r in rows]
               for t, rows in summary["targets"].items()}
    data = {"title": title, "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "by": summary["by"], "minConf": min_confidence, "pageSize": PAGE_SIZE,
            "order": [i.id for i in ranked], "identities": identities, "targets": targets, "articles": articles}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # inside <script>: no "</script" or "<!--" may appear
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    page = (_PAGE.replace("__TITLE__", html.escape(title)).replace("__STYLE__", _STYLE)
            .replace("__SCRIPT__", _SCRIPT).replace("__DATA__", payload))
    return page, warnings


_STYLE = r"""
:root { --favor: #1a9850; --against: #d73027; --neutral: #8c8c8c; --ink: #1d1d1f; --muted: #6e6e73; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #fafafa; }
header { background: #1d1d1f; color: #fff; padding: 10px 20px; display: flex; gap: 18px; align-items: baseline; }
header a { color: #fff; text-decoration: none; } header a:hover { text-decoration: underline; }
header .brand { font-weight: 700; font-size: 17px; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 20px 60px; }
h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 18px; margin: 22px 0 8px; } h3 { font-size: 15px; margin: 14px 0 6px; }
.muted { color: var(--muted); } .small { font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e5e5ea; vertical-align: top; }
th { font-size: 12.5px; color: var(--muted); font-weight: 600; }
.pager { margin: 10px 0; display: flex; gap: 8px; align-items: center; }
.pager a { padding: 2px 8px; border: 1px solid #c7c7cc; border-radius: 4px; text-decoration: none; color: var(--ink); background: #fff; }
.layout { display: grid; grid-template-columns: minmax(0, 1.35fr) minmax(0, 1fr); gap: 22px; }
.text { white-space: pre-wrap; background: #fff; padding: 16px 18px; border: 1px solid #e5e5ea; border-radius: 6px; line-height: 1.65; }
.q { border-radius: 3px; padding: 1px 0; } .q.low { opacity: .55; background-image: repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.6) 4px 8px); }
.cue { text-decoration: underline 2px; text-underline-offset: 3px; font-weight: 600; }
.mention { outline: 2px solid #1d1d1f; outline-offset: 1px; border-radius: 2px; font-weight: 600; }
ol.quotes { padding-left: 0; list-style: none; margin: 0; }
li.quote-item { background: #fff; border: 1px solid #e5e5ea; border-left: 6px solid #ccc; border-radius: 6px; padding: 8px 10px; margin-bottom: 8px; }
li.quote-item.low { opacity: .6; }
li.quote-item .who { font-weight: 600; } li.quote-item .qtext { margin-top: 3px; font-size: 14px; }
.chip { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.2); }
.badge { position: relative; display: inline-block; font-size: 12px; font-weight: 600; padding: 0 7px; border-radius: 10px; color: #fff; margin: 2px 4px 0 0; cursor: help; }
.badge.favor { background: var(--favor); } .badge.against { background: var(--against); } .badge.neutral { background: var(--neutral); }
.badge .tip { display: none; position: absolute; z-index: 10; left: 0; top: 120%; width: 330px; background: #1d1d1f; color: #fff;
  font-weight: 400; padding: 8px 10px; border-radius: 6px; white-space: pre-line; line-height: 1.4; }
.badge:hover .tip, .badge:focus .tip, .badge.open .tip { display: block; }
.bar-row { display: grid; grid-template-columns: 230px 1fr 1fr 60px; align-items: center; gap: 6px; margin: 3px 0; font-size: 13.5px; }
.bar-row .left { display: flex; justify-content: flex-end; } .bar { height: 14px; border-radius: 2px; }
.bar.favor { background: var(--favor); } .bar.against { background: var(--against); }
.bar-head { font-size: 12px; color: var(--muted); }
.tl { display: flex; flex-wrap: wrap; gap: 4px; } .tl .cell { border: 1px solid #e5e5ea; background: #fff; border-radius: 4px; padding: 2px 6px; font-size: 12px; }
.tl .f { color: var(--favor); font-weight: 700; } .tl .a { color: var(--against); font-weight: 700; } .tl .n { color: var(--neutral); }
.flip { color: #b35806; font-weight: 600; }
input[type=search] { padding: 4px 8px; width: 320px; border: 1px solid #c7c7cc; border-radius: 4px; }
"""

_SCRIPT = r"""
"use strict";
const D = JSON.parse(document.getElementById("sayso-data").textContent);
const ART = new Map(D.articles.map((a, i) => [a.id, i]));
const main = document.getElementById("main");
let filter = "";

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v; else if (k === "style") e.style.cssText = v; else e.setAttribute(k, v);
  }
  for (const k of kids.flat()) if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
  return e;
}
// the view's content: null and false parts are left out
const show = (...kids) => main.replaceChildren(...kids.flat().filter(k => k !== null && k !== undefined && k !== false));
const link = (hash, text, cls) => el("a", {href: "#" + hash, class: cls}, text);
const enc = encodeURIComponent;
const ident = id => (id && D.identities[id]) || null;
const colourOf = q => (ident(q.i) || {}).col || "#dddddd";
const who = q => q.sp || (q.mt ? "? (" + q.mt + ")" : "?");
const fmt = x => (x === null || x === undefined) ? "-" : (typeof x === "number" ? x.toFixed(2) : String(x));

function pager(base, page, pages) {
  if (pages <= 1) return el("div", {class: "pager"});
  return el("div", {class: "pager"},
    page > 1 ? link(base + "/" + (page - 1), "‹ previous") : null,
    el("span", {class: "muted small"}, "page " + page + " of " + pages),
    page < pages ? link(base + "/" + (page + 1), "next ›") : null);
}

function viewIndex(page) {
  const f = filter.toLowerCase();
  const rows = D.articles.filter(a => !f || a.id.toLowerCase().includes(f) || (a.title || "").toLowerCase().includes(f)
    || a.speakers.some(s => (s.n || "").toLowerCase().includes(f)));
  const pages = Math.max(1, Math.ceil(rows.length / D.pageSize));
  page = Math.min(Math.max(1, page), pages);
  const box = el("input", {type: "search", placeholder: "filter: id, title or speaker", value: filter, id: "filter"});
  box.addEventListener("change", () => { filter = box.value; location.hash = "#index/1"; render(); });
  const nq = D.articles.reduce((n, a) => n + a.quotes.length, 0);
  const tbody = el("tbody");
  for (const a of rows.slice((page - 1) * D.pageSize, page * D.pageSize)) {
    const sps = a.speakers.slice(0, 5).map(s => s.n || "?").join(", ") + (a.speakers.length > 5 ? ", …" : "");
    tbody.append(el("tr", {class: "article-row", "data-article": a.id},
      el("td", {}, link("article=" + enc(a.id), a.title || a.id), a.title ? el("div", {class: "muted small"}, a.id) : null),
      el("td", {class: "small"}, a.date || ""), el("td", {}, String(a.quotes.length)), el("td", {class: "small"}, sps)));
  }
  show(
    el("h1", {}, D.title),
    el("p", {class: "muted"}, D.articles.length + " articles, " + nq + " quotes, " + Object.keys(D.identities).length +
       " speaker identities across the feed. Generated " + D.generated + "."),
    el("p", {}, link("targets", "Speakers on each side, per target"), " · ", link("speakers", "All speakers")),
    box, pager("index", page, pages),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "article"), el("th", {}, "date"), el("th", {}, "quotes"),
       el("th", {}, "speakers"))), tbody),
    pager("index", page, pages));
  return "index";
}

function tipText(q, s) {
  const id = ident(q.i);
  return [
    "stance on " + s.t + ": " + s.l + " (confidence " + fmt(s.sc) + ")",
    s.qa ? "the quote alone: " + s.qa[0] + " (" + fmt(s.qa[1]) + ")" : null,
    "speaker: " + who(q) + (q.st ? " [" + q.st + "]" : ""),
    "linked by: " + (q.ev || "no speaker") + (q.lc !== null && q.lc !== undefined ? ", link confidence " + fmt(q.lc) : ""),
    "quote confidence " + fmt(q.c) + ", " + q.k + (q.cuet ? ", cue \u201c" + q.cuet + "\u201d" : ""),
    id ? "feed identity: " + q.i + (id.ev.length ? " (joined by: " + id.ev.join("; ") + ")" : "") : null,
  ].filter(Boolean).join("\n");
}

function badge(q, s) {
  return el("span", {class: "badge " + s.l, tabindex: "0", "data-target": s.t, "data-label": s.l},
    s.l + (s.t ? " · " + s.t : ""), el("span", {class: "tip"}, tipText(q, s)));
}

function highlighted(a) {
  // segments between every quote, cue and mention boundary; each segment carries the marks covering it
  const marks = [];
  a.quotes.forEach((q, n) => {
    marks.push({s: q.s, e: q.e, kind: "q", n});
    if (q.cue) marks.push({s: q.cue[0], e: q.cue[1], kind: "cue", n});
    if (q.m) marks.push({s: q.m[0], e: q.m[1], kind: "mention", n});
  });
  const cuts = new Set([0, a.text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(m.s, a.text.length))); cuts.add(Math.max(0, Math.min(m.e, a.text.length))); }
  const points = [...cuts].sort((x, y) => x - y);
  marks.sort((x, y) => x.s - y.s);
  const box = el("div", {class: "text", id: "article-text"});
  let j = 0; const open = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const s = points[p], e = points[p + 1];
    while (j < marks.length && marks[j].s <= s) open.push(marks[j++]);
    const on = open.filter(m => m.s <= s && m.e >= e);
    const piece = a.text.slice(s, e);
    if (!on.length) { box.append(piece); continue; }
    const q = on.find(m => m.kind === "q");
    const cls = [];
    let style = "";
    if (q) { const qq = a.quotes[q.n]; cls.push("q"); if (qq.c < D.minConf) cls.push("low"); style = "background-color:" + colourOf(qq); }
    if (on.some(m => m.kind === "cue")) cls.push("cue");
    if (on.some(m => m.kind === "mention")) cls.push("mention");
    const first = on[0];
    box.append(el("span", {class: cls.join(" "), style, "data-q": q ? a.quotes[q.n].id : a.quotes[first.n].id,
                           title: who(a.quotes[(q || first).n])}, piece));
  }
  return box;
}

function viewArticle(id) {
  const i = ART.get(id);
  if (i === undefined) { show(el("h1", {}, "No article " + id), link("index", "back to the index")); return "missing"; }
  const a = D.articles[i];
  const list = el("ol", {class: "quotes", id: "quote-list"});
  for (const q of a.quotes) {
    const id_ = ident(q.i);
    list.append(el("li", {class: "quote-item" + (q.c < D.minConf ? " low" : ""), "data-quote": q.id, "data-speaker": q.sp || "",
                          "data-identity": q.i || "", "data-type": q.k, style: "border-left-color:" + colourOf(q)},
      el("div", {}, el("span", {class: "who"}, id_ ? link("identity=" + enc(q.i), who(q)) : who(q)),
         el("span", {class: "muted small"}, " · " + q.k + (q.cuet ? " · " + q.cuet : "") + (q.ev ? " · by " + q.ev : "") +
            (q.c < D.minConf ? " · low confidence " + fmt(q.c) : ""))),
      el("div", {}, q.stances.map(s => badge(q, s))),
      el("div", {class: "qtext"}, "\u201c" + (a.text ? a.text.slice(q.s, q.e) : q.text) + "\u201d")));
  }
  const legend = el("table", {id: "speaker-table"}, el("thead", {}, el("tr", {}, el("th", {}, "speaker"), el("th", {}, "type"),
    el("th", {}, "position in this article"))));
  const tb = el("tbody");
  for (const s of a.speakers) {
    const id_ = ident(s.i);
    tb.append(el("tr", {class: "speaker-row", "data-speaker": s.n || ""},
      el("td", {}, el("span", {class: "chip", style: "background:" + (id_ ? id_.col : "#ddd")}), id_ ? link("identity=" + enc(s.i), s.n || "?") : (s.n || "?")),
      el("td", {class: "small"}, s.t),
      el("td", {class: "small"}, s.st.map(x => el("div", {}, el("span", {class: "badge " + x.l, title: x.why || ""}, x.l),
         " " + x.t + " (" + x.f + " for, " + x.a + " against, " + x.n + " neutral" + (x.mixed ? ", mixed" : "") + ")")))));
  }
  legend.append(tb);
  const prev = i > 0 ? link("article=" + enc(D.articles[i - 1].id), "‹ previous article") : null;
  const next = i + 1 < D.articles.length ? link("article=" + enc(D.articles[i + 1].id), "next article ›") : null;
  show(
    el("div", {class: "pager"}, link("index/" + (Math.floor(i / D.pageSize) + 1), "index"), prev, next),
    el("h1", {id: "article-title"}, a.title || a.id), el("p", {class: "muted small"}, (a.date ? a.date + " · " : "") + a.id),
    a.warnings.length ? el("p", {class: "small"}, "Warnings: " + a.warnings.join("; ")) : null,
    el("p", {class: "small muted"}, "Each quote is highlighted in its speaker's colour; the cue is underlined and the speaker mention boxed. Hover a badge for details."),
    legend,
    el("div", {class: "layout"},
      a.text ? highlighted(a) : el("div", {class: "text muted"}, "The article text is not in this output: run `sayso report` with --input to show it."),
      el("div", {}, el("h2", {}, a.quotes.length + " quotes"), list)));
  return "article";
}

function viewTargets() {
  const parts = [el("h1", {}, "Speakers on each side"), el("p", {}, link("index", "index")),
    el("p", {class: "muted small"}, "Quotes for and against each target, per speaker across the feed (neutral quotes on the right).")];
  for (const [t, rows] of Object.entries(D.targets)) {
    const top = rows.filter(r => r.f + r.a > 0).slice(0, 40);
    const max = Math.max(1, ...top.map(r => Math.max(r.f, r.a)));
    const chart = el("div", {class: "chart", "data-target": t},
      el("div", {class: "bar-row bar-head"}, el("span", {}, "speaker"), el("span", {class: "left"}, "against"), el("span", {}, "favor"), el("span", {}, "neutral")));
    for (const r of top) {
      const id_ = ident(r.i);
      chart.append(el("div", {class: "bar-row", "data-identity": r.i},
        el("span", {}, el("span", {class: "chip", style: "background:" + id_.col}), link("identity=" + enc(r.i), id_.n || r.i)),
        el("span", {class: "left"}, el("span", {class: "bar against", style: "width:" + (85 * r.a / max) + "%", title: r.a + " against"}), r.a ? " " + r.a : ""),
        el("span", {}, el("span", {class: "bar favor", style: "display:inline-block;width:" + (85 * r.f / max) + "%", title: r.f + " for"}), r.f ? " " + r.f : ""),
        el("span", {class: "muted small"}, String(r.n))));
    }
    parts.push(el("h2", {}, t), top.length ? chart : el("p", {class: "muted"}, "No speaker takes a side."));
  }
  show(...parts);
  return "targets";
}

function viewSpeakers(page) {
  const pages = Math.max(1, Math.ceil(D.order.length / D.pageSize));
  page = Math.min(Math.max(1, page), pages);
  const tb = el("tbody");
  for (const id of D.order.slice((page - 1) * D.pageSize, page * D.pageSize)) {
    const x = D.identities[id];
    tb.append(el("tr", {class: "identity-row"}, el("td", {}, el("span", {class: "chip", style: "background:" + x.col}), link("identity=" + enc(id), x.n || id)),
      el("td", {class: "small"}, x.t), el("td", {}, String(x.arts)), el("td", {}, String(x.q)), el("td", {class: "small muted"}, id)));
  }
  show(el("h1", {}, "Speakers across the feed"), el("p", {}, link("index", "index")), pager("speakers", page, pages),
    el("table", {}, el("thead", {}, el("tr", {}, ...["speaker", "type", "articles", "quotes", "identity"].map(h => el("th", {}, h)))), tb),
    pager("speakers", page, pages));
  return "speakers";
}

function viewIdentity(id) {
  const x = ident(id);
  if (!x) { show(el("h1", {}, "No speaker " + id), link("index", "back to the index")); return "missing"; }
  const parts = [el("p", {}, link("index", "index"), " · ", link("speakers", "all speakers")),
    el("h1", {}, el("span", {class: "chip", style: "background:" + x.col}), x.n || id),
    el("p", {class: "muted small"}, id + " · " + x.t + " · " + x.arts + " article(s), " + x.q + " quote(s)"),
    x.a.length ? el("p", {class: "small"}, "Also written as: " + x.a.join("; ")) : null,
    x.ev.length ? el("p", {class: "small"}, "Joined across articles by: " + x.ev.join("; ")) : null];
  for (const [t, rows] of Object.entries(D.targets)) {
    const r = rows.find(r => r.i === id);
    if (!r) continue;
    parts.push(el("h2", {}, t + ": " + r.f + " for, " + r.a + " against, " + r.n + " neutral"));
    parts.push(el("div", {class: "tl timeline", "data-target": t}, r.tl.map(c => el("span", {class: "cell"}, c.b + " ",
      el("span", {class: "f"}, "+" + c.f), " ", el("span", {class: "a"}, "−" + c.a), " ", el("span", {class: "n"}, "○" + c.n)))));
    for (const f of r.flips) parts.push(el("p", {class: "flip small"}, "flipped " + f.from + " → " + f.to + " in ",
      link("article=" + enc(f.doc), f.doc), f.date ? " (" + f.date + ")" : "", ", after ", link("article=" + enc(f.previous_doc), f.previous_doc)));
    const list = el("ul", {class: "small"});
    for (const c of r.tl) for (const [doc, qid, label] of c.q.slice(0, 200)) {
      const a = D.articles[ART.get(doc)]; const q = a && a.quotes.find(q => q.id === qid);
      if (!q) continue;
      const txt = a.text ? a.text.slice(q.s, q.e) : q.text;
      list.append(el("li", {}, el("span", {class: "badge " + label}, label), " ", link("article=" + enc(doc), c.b), " \u201c" +
        (txt.length > 220 ? txt.slice(0, 219) + "…" : txt) + "\u201d"));
    }
    parts.push(list);
  }
  show(...parts);
  return "identity";
}

function render() {
  const t0 = performance.now();
  const h = decodeURIComponent(location.hash.slice(1));
  let view;
  if (h.startsWith("article=")) view = viewArticle(h.slice(8));
  else if (h.startsWith("identity=")) view = viewIdentity(h.slice(9));
  else if (h === "targets") view = viewTargets();
  else if (h.startsWith("speakers")) view = viewSpeakers(parseInt(h.split("/")[1] || "1", 10));
  else view = viewIndex(parseInt(h.split("/")[1] || "1", 10));
  // ?tip=QUOTE_ID opens that quote's first badge details (for a screenshot or a link to one quote)
  const tip = new URLSearchParams(location.search).get("tip");
  const badge = tip && document.querySelector('li.quote-item[data-quote="' + CSS.escape(tip) + '"] .badge');
  if (badge) badge.classList.add("open");
  document.body.dataset.view = view;
  document.body.dataset.renderMs = (performance.now() - t0).toFixed(1);
  document.body.dataset.loadMs = (performance.now() - T_START).toFixed(1);
  document.body.dataset.ready = "1";
  window.scrollTo(0, 0);
}
window.addEventListener("hashchange", render);
render();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>__STYLE__</style>
</head>
<body>
<header><a class="brand" href="#index">sayso</a><a href="#index">articles</a><a href="#targets">sides</a><a href="#speakers">speakers</a></header>
<main id="main"><p>Loading…</p><noscript>This report draws its views with JavaScript; enable it to read the report.</noscript></main>
<script>const T_START = performance.now();</script>
<script type="application/json" id="sayso-data">__DATA__</script>
<script>__SCRIPT__</script>
</body>
</html>
"""
