"""Text cleaning with an exact offset map back to the raw input.

:func:`clean` turns raw input (plain text, HTML or Markdown) into the text the
pipeline reads, and records where every character of that text came from, so
that a span found in the clean text can be reported as a span of the raw input
(:meth:`Cleaned.to_raw`, :meth:`Cleaned.to_raw_span`).

Always done, whatever the format:

* line breaks: CRLF and a lone CR become LF; VT, FF, NEL (U+0085), U+2028 and
  U+2029 also become LF (they are line or page breaks, and dropping them would
  glue two words);
* removed: C0 controls other than LF and TAB, DEL, C1 controls (U+0080-U+009F),
  ANSI/VT terminal escape sequences (CSI ``ESC [ ... final``, 8-bit CSI,
  OSC/DCS/APC/PM/SOS strings ended by BEL or ST, two- and three-byte escapes),
  the BOM and zero-width characters (U+200B-U+200D, U+2060-U+2064, U+FEFF),
  the soft hyphen (U+00AD), and the bidi marks and embeddings (U+200E, U+200F,
  U+061C, U+202A-U+202E, U+2066-U+2069): they are invisible, and dropping them
  changes no letter of Arabic or Hebrew text;
* a lone surrogate (possible in text that came from a JSON ``\\ud800`` escape)
  becomes U+FFFD, so the text can always be written as UTF-8;
* kept as they are: TAB, NBSP and every other Unicode space (only controls go).

HTML: ``script``, ``style``, ``noscript``, ``template``, ``head``, ``title``,
``svg``, ``math``, ``iframe``, ``object``, ``canvas``, ``video``, ``audio``
elements go with their content, and comments, doctypes and processing
instructions go; block tags (p, div, br, li, h1-h6, tr, blockquote, ...)
become a line break; table cells a space; other tags vanish; entities are
unescaped. Whitespace inside text collapses to one space as a browser shows it,
except inside ``<pre>`` and in a fragment that has no block tag at all (inline
markup in line-structured text), where source line breaks stay line breaks.

Markdown: fenced code blocks (an unclosed fence drops only its own line),
indented code blocks, tables and link reference definitions go; heading hashes,
setext underlines, thematic breaks, blockquote ``>`` markers, list bullets
(``-``, ``*``, ``+``; ordered-list numbers stay), emphasis markers that wrap
words (``**x**``, ``__x__``, ``*x*``, ``_x_``, ``~~x~~``; not ``5 * 3`` nor
``snake_case``), code-span backticks and backslash escapes go; images go
entirely; ``[text](url)`` and ``[text][ref]`` become ``text``; autolinks
``<http://...>`` go. Lines are not joined (a line stays a paragraph).

After HTML or Markdown removal, runs of spaces and tabs collapse to one, spaces
at the start or end of a line go, at most one blank line is kept between
paragraphs, and the text is stripped of outer whitespace. Plain text gets only
the always-steps.

The offset map: for every character ``text[i]`` copied from the raw input,
``raw[to_raw(i)] == text[i]``. A character that was produced (an unescaped
entity, a line break or space standing for a tag, an LF standing for a CR, a
collapsed whitespace run without a plain space) maps to the start of what it
stands for. ``to_raw`` is non-decreasing.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from html.parser import HTMLParser

FORMATS = ("auto", "plain", "html", "markdown")

Anchors = list  # list[tuple[int, int]]: (offset in the output, offset in the source)


@dataclass(frozen=True)
class Cleaned:
    """Clean text, the format it was cleaned as, and the offset map to the raw input.

    ``format`` is the format actually applied: ``plain``, ``html`` or ``markdown``.
    ``offset_map`` is None when ``text`` equals the raw input; otherwise a tuple of
    anchors ``(clean_offset, raw_offset)`` sorted by clean offset, the first at
    clean offset 0, one more only where the shift between the texts changes.
    """

    text: str
    format: str
    offset_map: tuple[tuple[int, int], ...] | None = None

    def to_raw(self, offset: int) -> int:
        """The raw offset of clean offset ``offset`` (0 <= offset <= len(text))."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} is outside the clean text (length {len(self.text)})")
        if self.offset_map is None:
            return offset
        k = bisect_right(self.offset_map, offset, key=lambda a: a[0]) - 1
        if k < 0:  # not produced by clean(); a map without an anchor at 0
            return offset
        c, r = self.offset_map[k]
        return r + (offset - c)

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of the half-open clean span ``[start, end)``.

        The end maps as ``to_raw(end - 1) + 1`` (the raw position just after the
        last character of the span), so a span never takes in what was removed
        after it. An empty span maps to an empty span at ``to_raw(start)``.
        """
        if start > end:
            raise ValueError(f"span start {start} is after its end {end}")
        rs = self.to_raw(start)
        if end == start:
            return rs, rs
        return rs, max(rs, self.to_raw(end - 1) + 1)


# ---------------------------------------------------------------------------
# building an output text with its anchors


class _Out:
    """Accumulates an output text and the anchors mapping it to its source."""

    __slots__ = ("parts", "n", "anchors")

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.anchors: Anchors = []

    def _anchor(self, s: int) -> None:
        if self.anchors:
            c0, s0 = self.anchors[-1]
            if s0 + (self.n - c0) == s:
                return
            if c0 == self.n:
                self.anchors[-1] = (self.n, s)
                return
        self.anchors.append((self.n, s))

    def copy(self, src: str, start: int, end: int) -> None:
        """Append ``src[start:end]`` (copied characters)."""
        if end > start:
            self._anchor(start)
            self.parts.append(src[start:end])
            self.n += end - start

    def put(self, text: str, s: int) -> None:
        """Append produced characters, each mapped to source offset ``s``."""
        for ch in text:
            self._anchor(s)
            self.parts.append(ch)
            self.n += 1

    def last(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def result(self) -> tuple[str, Anchors]:
        return "".join(self.parts), (_compress(self.anchors) or [(0, 0)])


def _compress(anchors: Anchors) -> Anchors:
    out: Anchors = []
    for c, s in anchors:
        if out:
            c0, s0 = out[-1]
            if c0 == c:
                out[-1] = (c, s)
                if len(out) > 1 and out[-2][1] + (c - out[-2][0]) == s:
                    out.pop()
                continue
            if s0 + (c - c0) == s:
                continue
        out.append((c, s))
    return out


def _compose(outer: Anchors, outer_len: int, inner: Anchors) -> Anchors:
    """Anchors of output -> raw, from output -> middle (``outer``) and middle -> raw (``inner``)."""
    inner_c = [a[0] for a in inner]
    res: Anchors = []
    for k, (c, t) in enumerate(outer):
        seg_end = outer[k + 1][0] if k + 1 < len(outer) else outer_len
        length = seg_end - c
        j = bisect_right(inner_c, t) - 1
        if j < 0:
            res.append((c, t))
            j = 0
        else:
            res.append((c, inner[j][1] + (t - inner[j][0])))
            j += 1
        while j < len(inner) and inner[j][0] < t + length:
            res.append((c + (inner[j][0] - t), inner[j][1]))
            j += 1
    return _compress(res)


class _Chain:
    """Runs passes one after another and keeps the composed map to the raw text."""

    def __init__(self, raw: str):
        self.text = raw
        self.anchors: Anchors | None = None  # None: identity

    def apply(self, result: tuple[str, Anchors]) -> None:
        text, anchors = result
        if text == self.text and anchors == [(0, 0)]:
            return  # the pass changed nothing
        if self.anchors is None:
            self.anchors = anchors
        else:
            self.anchors = _compose(anchors, len(text), self.anchors)
        self.text = text


# ---------------------------------------------------------------------------
# the always-steps

_ESC = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC strings
    r"|\x1b[ -/]+[0-~]"  # nF escapes (ESC ( B ...)
    r"|\x1b[0-~]"  # two-byte escapes (ESC 7, ESC c, ...)
)
# terminal escape sequences, one definition: cleaning drops them from the input, cli.safe from what it prints
ESCAPE_SEQUENCES = _ESC
_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
_DROP_CLASS = (
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # C0 (but TAB, LF, breaks), DEL, C1 (but NEL)
    "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_ALWAYS = re.compile(
    rf"(?P<esc>{_ESC})|(?P<crlf>\r\n)|(?P<br>[{_BREAKS}])|(?P<sur>[\ud800-\udfff])|(?P<drop>[{_DROP_CLASS}])"
)
_DROP_CHAR = re.compile(f"[{_DROP_CLASS}]")


def _always(src: str) -> tuple[str, Anchors]:
    out = _Out()
    pos = 0
    for m in _ALWAYS.finditer(src):
        out.copy(src, pos, m.start())
        kind = m.lastgroup
        if kind == "crlf":
            out.copy(src, m.start() + 1, m.end())  # keep the LF
        elif kind == "br":
            out.put("\n", m.start())
        elif kind == "sur":
            out.put("\ufffd", m.start())
        pos = m.end()
    out.copy(src, pos, len(src))
    return out.result()


# ---------------------------------------------------------------------------
# sniffing

_HTML_STRONG = re.compile(
    r"<!DOCTYPE\s+html|<!--|<(?:html|head|body|script|style|p|br|div|table|ul|ol|li|h[1-6]|blockquote|"
    r"article|section|iframe|noscript)\b[^<>]*>|</(?:p|div|li|h[1-6]|table|html|body|script|style|a|ul|ol|"
    r"blockquote|article|section|span|strong|em)\s*>|<a\s+href\s*=|<img\s[^<>]*src\s*=",
    re.I,
)
_HTML_WEAK = re.compile(
    r"</?(?:b|i|u|s|em|strong|span|a|small|sup|sub|code|pre|tr|td|th|tbody|thead|hr|figure|figcaption|"
    r"header|footer|nav|main|aside|time|abbr|cite|q|dl|dt|dd|font|center|meta|link|title|img|picture|"
    r"source|label|form|input|button|svg|template|mark|del|ins)\b[^<>]*>",
    re.I,
)
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.M)
_MD_TABLE_SEP = re.compile(r"^(?=[^\n]*\|) {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_BOLD = re.compile(r"(?<![\w*])\*\*(?=[^\s*])[^*\n]+(?<=[^\s*])\*\*(?![\w*])|(?<![\w_])__(?=[^\s_])[^_\n]+(?<=[^\s_])__(?![\w_])")
_MD_LINK = re.compile(r"!?\[[^\[\]\n]+\]\((?:https?://|/|#|\.|mailto:|www\.)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_MD_WEAK = re.compile(
    r"^ {0,3}[-*+][ \t]+\S.*\n {0,3}[-*+][ \t]+\S"  # two bullet lines
    r"|^ {0,3}>[ \t]?\S"  # blockquote
    r"|(?<![\w*])\*(?=[^\s*])[^*\n]+(?<=[^\s*])\*(?![\w*])"  # *italic*
    r"|<(?:https?|ftp|mailto):[^>\s]+>"  # autolink
    r"|^\S.*\n {0,3}(?:=+|-+)[ \t]*$",  # setext heading
    re.M,
)


def sniff_format(raw: str) -> str:
    """Guess the format of ``raw``: ``html``, ``markdown`` or ``plain``. Conservative.

    HTML needs a real tag: one that HTML uses mostly for documents or blocks
    (``<p>``, ``<br>``, ``<div>``, ``<a href=``, ``</p>``, ``<script>``, a doctype or
    a comment), or two other known tags (``<b>union leader</b>``). Entities alone,
    ``a < b``, ``<3`` or an unknown ``<word>`` do not make HTML. Markdown needs a
    fenced code block, a table with a ``|---|`` line, an ATX heading, ``**bold**``
    or a ``[link](url)``/image, or two weaker signs (bullet lists, ``>`` quotes,
    ``*italic*``, autolinks, setext headings). Anything else is plain.
    """
    if _HTML_STRONG.search(raw):
        strong_html = True
    else:
        strong_html = False
        weak = 0
        for _ in _HTML_WEAK.finditer(raw):
            weak += 1
            if weak >= 2:
                strong_html = True
                break
    if strong_html:
        return "html"
    if (_MD_FENCE.search(raw) or _MD_TABLE_SEP.search(raw) or _MD_HEADING.search(raw)
            or _MD_BOLD.search(raw) or _MD_LINK.search(raw)):
        return "markdown"
    weak = 0
    for _ in _MD_WEAK.finditer(raw):
        weak += 1
        if weak >= 2:
            return "markdown"
    return "plain"


# ---------------------------------------------------------------------------
# HTML

_BLOCK = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr blockquote section article header footer table ul ol dl dt dd pre "
    "hr figure figcaption aside nav main address caption form fieldset details summary center thead tbody "
    "tfoot body html dialog menu legend".split()
)
_CELL = frozenset(("td", "th"))
_SKIP = frozenset(
    "script style noscript template head title svg math iframe object canvas video audio".split()
)
_HEAD_OK = frozenset("title meta link style script base noscript template".split())
_HAS_BLOCK = re.compile(r"<\s*/?\s*(?:%s)\b" % "|".join(sorted(_BLOCK | _CELL)), re.I)
_WS_OR_TEXT = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+")


class _Events(HTMLParser):
    """Collects parse events with their start offsets in the fed text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.events: list[tuple] = []
        self._lines = [0]
        i = text.find("\n")
        while i >= 0:
            self._lines.append(i + 1)
            i = text.find("\n", i + 1)

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", self._pos(), tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", self._pos(), tag))

    def handle_endtag(self, tag):
        self.events.append(("end", self._pos(), tag))

    def handle_data(self, data):
        self.events.append(("data", self._pos(), data))

    def handle_entityref(self, name):
        self.events.append(("ref", self._pos(), name))

    def handle_charref(self, name):
        self.events.append(("ref", self._pos(), name))

    def _drop(self, *_):
        self.events.append(("drop", self._pos(), None))

    handle_comment = handle_decl = handle_pi = unknown_decl = _drop


def _html(src: str) -> tuple[str, Anchors]:
    p = _Events(src)
    p.feed(src)
    p.close()
    events = p.events
    keep_lines = not _HAS_BLOCK.search(src)  # inline markup only: source lines are paragraphs
    out = _Out()
    skip: list[str] = []
    pre = 0

    def space(s: int) -> None:
        if out.last() not in (" ", "\n", ""):
            out.put(" ", s)

    def whitespace(data: str, s: int) -> None:
        nl = [k for k, ch in enumerate(data) if ch == "\n"]
        if nl and (pre or keep_lines or len(nl) >= 2):
            # kept line breaks; outside <pre> a blank line in the source is a paragraph break
            for k in nl if (pre or keep_lines) else nl[:2]:
                out.copy(src, s + k, s + k + 1)
            return
        k = data.find(" ")
        if k >= 0:
            out.copy(src, s + k, s + k + 1)
        else:
            out.put(" ", s)

    for i, (kind, start, payload) in enumerate(events):
        end = events[i + 1][1] if i + 1 < len(events) else len(src)
        if kind == "data":
            if skip:
                if skip[-1] == "head" and payload.strip(" \t\n\r\f"):
                    skip.clear()  # text in <head>: the head has ended (HTML5 parsing)
                else:
                    continue
            if src[start:start + len(payload)] != payload:  # never seen; keep the map honest
                out.put(payload, start)
                continue
            for m in _WS_OR_TEXT.finditer(payload):
                if m.group()[0] in " \t\n\r\f":
                    whitespace(m.group(), start + m.start())
                else:
                    out.copy(src, start + m.start(), start + m.end())
        elif kind == "ref":
            if skip:
                continue
            for ch in html.unescape(src[start:end]):
                if ch in " \t\n\r\f":
                    if ch in "\n\r\f" and (pre or keep_lines):
                        out.put("\n", start)
                    else:
                        space(start)
                elif not _DROP_CHAR.match(ch):
                    out.put(ch, start)
        elif kind in ("start", "startend"):
            tag = payload
            if skip:
                if "head" in skip and tag not in _HEAD_OK:
                    del skip[skip.index("head"):]  # a body tag ends an unclosed head
                elif tag in _SKIP and kind == "start":
                    skip.append(tag)
                if skip:
                    continue
            if tag in _SKIP:
                if kind == "start":
                    skip.append(tag)
                continue
            if tag in _BLOCK:
                out.put("\n", start)
                if tag == "pre" and kind == "start":
                    pre += 1
            elif tag in _CELL:
                space(start)
        elif kind == "end":
            tag = payload
            if tag in skip:
                del skip[len(skip) - 1 - skip[::-1].index(tag):]
                continue
            if tag in ("body", "html"):
                skip.clear()
            if skip:
                continue
            if tag in _BLOCK:
                out.put("\n", start)
                if tag == "pre" and pre:
                    pre -= 1
            elif tag in _CELL:
                space(start)
    return out.result()


# ---------------------------------------------------------------------------
# Markdown

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INDENTED = re.compile(r"^(?: {4}|\t| {1,3}\t)")
_TABLE_SEP = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_BULLET = re.compile(r"[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)")
_ORDERED = re.compile(r"[ \t]*\d{1,9}[.)][ \t]+(?=\S)")


def _md_blocks(src: str) -> tuple[str, Anchors]:
    lines = []  # (start, end without the newline, end with it)
    pos = 0
    n = len(src)
    while pos < n:
        e = src.find("\n", pos)
        if e < 0:
            lines.append((pos, n, n))
            break
        lines.append((pos, e, e + 1))
        pos = e + 1
    out = _Out()

    def text(k: int) -> str:
        return src[lines[k][0]:lines[k][1]]

    def blank(k: int) -> bool:
        return not text(k).strip()

    i = 0
    prev_blank = True
    in_list = False
    while i < len(lines):
        s, e, e_nl = lines[i]
        line = text(i)
        m = _FENCE_OPEN.match(line)
        if m:
            fence = m.group(1)
            close = re.compile(r"^ {0,3}%s{%d,}[ \t]*$" % (re.escape(fence[0]), len(fence)))
            j = next((j for j in range(i + 1, len(lines)) if close.match(text(j))), None)
            i = i + 1 if j is None else j + 1  # unclosed: drop the fence line only
            prev_blank = True
            continue
        if not line.strip():
            out.copy(src, s, e_nl)
            prev_blank = True
            i += 1
            continue
        indented = bool(_INDENTED.match(line))
        if in_list and not indented and not (_BULLET.match(line) or _ORDERED.match(line)):
            in_list = False
        if indented and prev_blank and not in_list:
            j = i
            while j < len(lines) and (blank(j) or _INDENTED.match(text(j))):
                j += 1
            while j > i + 1 and blank(j - 1):
                j -= 1
            i = j
            prev_blank = True
            continue
        if "|" in line and i + 1 < len(lines) and "|" in text(i + 1) and "-" in text(i + 1) \
                and _TABLE_SEP.match(text(i + 1)):
            j = i + 2
            while j < len(lines) and "|" in text(j) and not blank(j):
                j += 1
            i = j
            prev_blank = True
            continue
        if _LINK_DEF.match(line) or _HR.match(line) or (not prev_blank and _SETEXT.match(line)):
            i += 1
            continue
        p = s
        while True:
            m = _QUOTE.match(src, p, e)
            if not m:
                break
            p = m.end()
        end = e
        m = _ATX.match(src, p, e)
        if m:
            p = m.end()
            mc = _ATX_CLOSE.search(src, p, e)
            if mc:
                end = mc.start()
        else:
            m = _BULLET.match(src, p, e)
            if m:
                p = m.end()
                in_list = True
            elif _ORDERED.match(src, p, e):
                in_list = True
        out.copy(src, p, end)
        out.copy(src, e, e_nl)
        prev_blank = False
        i += 1
    return out.result()


_PAREN = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_MD_INLINE = re.compile(
    rf"(?P<img>!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?:{_PAREN}|\[[^\]\n]*\]))"
    rf"|(?P<link>\[(?P<linktext>(?:[^\[\]\n]|\[[^\[\]\n]*\])+)\](?:{_PAREN}|\[[^\]\n]*\]))"
    r"|(?P<auto><(?:(?:https?|ftp|mailto):[^<>\s]*|www\.[^<>\s]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>)"
    r"|(?P<code>(?<!`)(?P<ticks>`+)(?!`)(?P<codetext>[^\n]+?)(?<!`)(?P=ticks)(?!`))"
)
_MD_STRONG = re.compile(
    r"(?<![\\\w*])\*\*(?=[^\s*])(?P<a>[^\n]+?)(?<=[^\s\\])\*\*(?![\w])"
    r"|(?<![\\\w_])__(?=[^\s_])(?P<b>[^\n]+?)(?<=[^\s\\])__(?![\w])"
    r"|(?<![\\~])~~(?=\S)(?P<c>[^\n]+?)(?<=[^\s\\])~~"
)
_MD_EM = re.compile(
    r"(?<![\\\w*])\*(?=[^\s*])(?P<a>[^\n]*?[^\s\\*]|[^\s\\*])\*(?![\w*])"
    r"|(?<![\\\w_])_(?=[^\s_])(?P<b>[^\n]*?[^\s\\_]|[^\s\\_])_(?![\w_])"
)
_MD_ESCAPE = re.compile(r"\\(?P<a>[!-/:-@\[-`{-~])")


def _keep_groups(src: str, regex: re.Pattern, groups: dict[str, str | None]) -> tuple[str, Anchors]:
    """For each match, keep only the text of the group named for the alternative that matched."""
    out = _Out()
    pos = 0
    for m in regex.finditer(src):
        out.copy(src, pos, m.start())
        keep = None
        for name in groups:
            if m.group(name) is not None:
                keep = groups[name]
                break
        if keep is not None:
            out.copy(src, m.start(keep), m.end(keep))
        pos = m.end()
    out.copy(src, pos, len(src))
    return out.result()


def _md_inline(src: str) -> tuple[str, Anchors]:
    """Images go, links become their text, autolinks go, code spans lose their backticks."""
    return _keep_groups(src, _MD_INLINE, {"img": None, "link": "linktext", "auto": None, "code": "codetext"})


# ---------------------------------------------------------------------------
# whitespace left by removals

_WS_RUN = re.compile(r"[ \t\n]+")


def _tidy(src: str) -> tuple[str, Anchors]:
    out = _Out()
    pos = 0
    n = len(src)
    for m in _WS_RUN.finditer(src):
        out.copy(src, pos, m.start())
        pos = m.end()
        if m.start() == 0 or m.end() == n:
            continue  # outer whitespace
        run = m.group()
        if "\n" in run:
            k = run.index("\n")
            out.copy(src, m.start() + k, m.start() + k + 1)
            k2 = run.find("\n", k + 1)
            if k2 >= 0:
                out.copy(src, m.start() + k2, m.start() + k2 + 1)
        else:
            out.copy(src, m.start(), m.start() + 1)
    out.copy(src, pos, n)
    return out.result()


# ---------------------------------------------------------------------------


def clean(raw: str, *, format: str = "auto") -> Cleaned:
    """Clean ``raw`` as ``format`` (``auto`` sniffs it) and map the result back to it.

    Never raises on any text (a bad ``format`` is a ValueError): if an HTML or
    Markdown step failed unexpectedly, the text is cleaned as plain text.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown text format {format!r}; expected one of {', '.join(FORMATS)}")
    if not isinstance(raw, str):
        raise TypeError(f"clean() takes a str, not {type(raw).__name__}")
    chain = _Chain(raw)
    chain.apply(_always(raw))
    fmt = sniff_format(chain.text) if format == "auto" else format
    if fmt in ("html", "markdown"):
        base_text, base_anchors = chain.text, chain.anchors
        try:
            if fmt == "html":
                chain.apply(_html(chain.text))
            else:
                chain.apply(_md_blocks(chain.text))
                chain.apply(_md_inline(chain.text))
                chain.apply(_md_inline(chain.text))  # an image inside a link text
                chain.apply(_keep_groups(chain.text, _MD_STRONG, {"a": "a", "b": "b", "c": "c"}))
                chain.apply(_keep_groups(chain.text, _MD_EM, {"a": "a", "b": "b"}))
                chain.apply(_keep_groups(chain.text, _MD_ESCAPE, {"a": "a"}))
            chain.apply(_tidy(chain.text))
        except Exception:  # noqa: BLE001 - never lose a document to a cleaning bug
            chain.text, chain.anchors = base_text, base_anchors
            fmt = "plain"
    text = chain.text
    if text == raw or chain.anchors is None:
        return Cleaned(text, fmt, None)
    return Cleaned(text, fmt, tuple(chain.anchors))
