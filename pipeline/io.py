"""Streaming readers: JSONL, a folder of text files, RSS/Atom feeds, stdin.

Readers yield ``(line_no, item)`` where ``item`` is a dict ``{"id", "text",
"targets", ...}`` or an :class:`~pipeline.errors.InputError` for a record that
is unusable (malformed JSON, a bad id, missing or empty text, bytes that are not
UTF-8, a feed whose XML breaks). They never raise on a bad record and never stop
before the end of the input, except that a feed whose XML breaks yields every
complete item before the break and then one error.

``line_no`` is, by reader:

* JSONL: the line number in the file (1-based; blank lines count);
* folder: the index of the file in the sorted list of usable files (1-based);
* feed: the index of the ``<item>``/``<entry>`` in the feed (1-based); the error
  for broken XML carries the index the next item would have had, and its message
  names the XML line and column.

``item["text"]`` is the RAW text (not cleaned: no CRLF normalisation, markup kept)
and ``item["format"]`` (``auto``, ``plain``, ``html`` or ``markdown``) says how
:func:`pipeline.clean.clean` should read it; JSONL items have ``format`` only when
the record gives one. A record whose text is empty, or has nothing left once
cleaned (only markup, code, controls), is an InputError ("empty text").

:func:`check_input` is the cheap up-front check (missing, unreadable, empty
input), raising :class:`~pipeline.errors.UsageError`; :func:`read_input` raises
UsageError too, when it is called, for a missing path or a folder with no usable
files, before it yields anything.
"""
from __future__ import annotations

import codecs
import html
import json
import os
import re
import stat
import sys
from html.entities import html5 as _HTML5_ENTITIES
from pathlib import Path
from typing import IO, Iterable, Iterator
from xml.etree import ElementTree as ET
from xml.parsers import expat

from .clean import FORMATS, clean
from .errors import InputError, UsageError

Item = dict
Result = Iterator[tuple[int, "Item | InputError"]]

#: file suffix -> the format the cleaner reads it as
TEXT_SUFFIXES = {".txt": "auto", ".text": "auto", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html"}
_BOM = codecs.BOM_UTF8
_PEEK = 64 * 1024  # bytes read to sniff an input
_PEEK_MAX = 1024 * 1024  # at most this much when a long XML prolog leaves it undecided
_CHUNK = 64 * 1024


# ---------------------------------------------------------------------------
# shared checks


def _empty_problem(text: str, fmt: str) -> str | None:
    """Why ``text`` is unusable as an article, or None."""
    if not text.strip():
        return "empty text"
    if not clean(text, format=fmt).text.strip():
        return "empty text (nothing is left once markup, code and control characters are removed)"
    return None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _fix_surrogates(obj):
    """Lone surrogates (from JSON ``\\ud800`` escapes) -> U+FFFD, so output can be UTF-8."""
    if isinstance(obj, str):
        return _SURROGATE.sub("\ufffd", obj)
    if isinstance(obj, list):
        return [_fix_surrogates(x) for x in obj]
    if isinstance(obj, dict):
        return {_fix_surrogates(k): _fix_surrogates(v) for k, v in obj.items()}
    return obj


def _decode(data: bytes) -> str:
    """UTF-8 (a leading BOM is allowed and kept: the cleaner drops it and maps offsets)."""
    return data.decode("utf-8")


# ---------------------------------------------------------------------------
# JSONL


def _record_id(rec: dict, n: int) -> str | InputError:
    raw = rec.get("id")
    if raw is None:
        return f"line{n}"
    if isinstance(raw, bool):
        return InputError(f"'id' must be a string or a number, not {str(raw).lower()}", line=n)
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            return InputError(f"'id' must be a string or a number, not {raw}", line=n)
        return str(int(raw)) if raw.is_integer() else str(raw)
    if isinstance(raw, str):
        return raw if raw.strip() else f"line{n}"
    kind = {list: "a list", dict: "an object"}.get(type(raw), type(raw).__name__)
    return InputError(f"'id' must be a string or a number, not {kind}", line=n)


def target_list(targets: object, *, doc_id: str | None = None, line: int | None = None) -> list[str]:
    """The shape of a record's stance targets, checked in one place for the readers and
    :func:`pipeline.pipeline.normalize_targets`: None is none, a string is one target (never one
    per character), else a list (or tuple) of strings; anything else raises :class:`InputError`."""
    if targets is None:
        return []
    if isinstance(targets, str):
        return [targets]
    if not isinstance(targets, (list, tuple)):
        raise InputError(f"'targets' must be a list of strings, not {type(targets).__name__}", doc_id=doc_id,
                         line=line)
    for t in targets:
        if not isinstance(t, str):
            raise InputError(f"a target must be a string, not {type(t).__name__}", doc_id=doc_id, line=line)
    return list(targets)


def read_jsonl(stream: Iterable[bytes], *, name: str = "<input>") -> Result:
    """One JSON object a line: ``{"id", "text", "targets", "format", ...user fields}``.

    ``stream`` is a binary file (or any iterable of byte lines split at ``\\n``).
    A UTF-8 BOM at the start of a line is ignored; a line that holds only ASCII
    whitespace is skipped; every other line yields exactly one item or error.
    ``id``: a string (blank or missing or null -> ``f"line{n}"``), an int (its
    str) or an integral float; a bool, list or object is an error. ``targets``: a
    string or a list of strings. ``format``: one of ``auto``, ``plain``, ``html``,
    ``markdown`` (absent or null: not set). Other fields are kept as they are.
    """
    for n, raw in enumerate(stream, 1):
        if raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield n, InputError(f"bytes that are not UTF-8 at position {exc.start}", line=n)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", line=n)
            continue
        except (ValueError, RecursionError) as exc:  # huge ints, nesting too deep
            yield n, InputError(f"malformed JSON: {str(exc) or type(exc).__name__}"[:200], line=n)
            continue
        if not isinstance(rec, dict):
            yield n, InputError(f"expected a JSON object, got {type(rec).__name__}", line=n)
            continue
        if _SURROGATE_ESCAPE.search(line):
            rec = _fix_surrogates(rec)
        doc_id = _record_id(rec, n)
        if isinstance(doc_id, InputError):
            yield n, doc_id
            continue
        text = rec.get("text")
        if text is None:
            yield n, InputError("missing 'text'", doc_id=doc_id, line=n)
            continue
        if not isinstance(text, str):
            yield n, InputError(f"'text' must be a string, not {type(text).__name__}", doc_id=doc_id, line=n)
            continue
        fmt = rec.get("format")
        if fmt is not None and fmt not in FORMATS:
            yield n, InputError(f"'format' must be one of {', '.join(FORMATS)}, not {fmt!r}"[:200],
                                doc_id=doc_id, line=n)
            continue
        problem = _empty_problem(text, fmt or "auto")
        if problem:
            yield n, InputError(problem, doc_id=doc_id, line=n)
            continue
        try:
            targets = target_list(rec.get("targets") or [], doc_id=doc_id, line=n)
        except InputError as exc:
            yield n, exc
            continue
        item = {k: v for k, v in rec.items() if k not in {"id", "text", "targets", "format"}}
        item.update({"id": doc_id, "text": text, "targets": targets})
        if fmt is not None:
            item["format"] = fmt
        yield n, item


# ---------------------------------------------------------------------------
# text files and folders


def _usable_files(root: Path) -> Iterator[Path]:
    """Usable files under ``root`` (recursive, hidden files and folders skipped), unsorted."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            if not f.startswith(".") and Path(f).suffix.lower() in TEXT_SUFFIXES:
                p = Path(dirpath, f)
                if p.is_file():
                    yield p


def _no_files(path) -> UsageError:
    return UsageError(f"{path}: no .txt, .md or .html files in this folder")


def _text_file_item(p: Path, doc_id: str, n: int) -> Item | InputError:
    fmt = TEXT_SUFFIXES.get(p.suffix.lower(), "auto")
    try:
        data = p.read_bytes()
    except OSError as exc:
        return InputError(f"cannot read the file: {exc.strerror or exc}", doc_id=doc_id, line=n)
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        return InputError(f"bytes that are not UTF-8 at position {exc.start}", doc_id=doc_id, line=n)
    problem = _empty_problem(text, fmt)
    if problem:
        return InputError(problem, doc_id=doc_id, line=n)
    return {"id": doc_id, "text": text, "targets": [], "format": fmt}


def read_dir(path: Path | str) -> Result:
    """The ``.txt``, ``.text``, ``.md``, ``.markdown``, ``.html`` and ``.htm`` files under
    ``path``, recursively, sorted by relative path; the id is the relative path
    (``a/b.txt``), the line number the file's index. Raises UsageError at once
    (before the first item) when there is no such file."""
    path = Path(path)
    files = sorted(p.relative_to(path) for p in _usable_files(path))
    if not files:
        raise _no_files(path)

    def gen():
        for n, rel in enumerate(files, 1):
            yield n, _text_file_item(path / rel, rel.as_posix(), n)

    return gen()


# ---------------------------------------------------------------------------
# feeds

_ATOM_NS = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
_RSS_NS = ("", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
           "http://backend.userland.com/rss2")
_CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_DC_NS = "http://purl.org/dc/elements/1.1/"
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"


class _Refused(Exception):
    """The feed asks for something unsafe (entity declarations, external entities)."""


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


class _FeedParser:
    """pyexpat, fed in chunks; complete ``<item>``/``<entry>`` elements land in ``done``.

    Defused: entity declarations (internal or external, the way to billion-laughs
    and quadratic-blowup attacks) are refused with _Refused, external entities and
    DTDs are never fetched. An undeclared entity (``&nbsp;``, common in feeds) is
    read as the HTML entity of that name, or kept as ``&name;`` text if there is
    none (expat treats the feed as having an unread external DTD).
    """

    def __init__(self):
        p = expat.ParserCreate(namespace_separator="}")
        p.buffer_text = True
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.UseForeignDTD(True)  # an undeclared entity is skipped (read as HTML below), not fatal
        p.EntityDeclHandler = self._entity_decl
        p.UnparsedEntityDeclHandler = self._entity_decl
        p.ExternalEntityRefHandler = self._external
        p.SkippedEntityHandler = self._skipped
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self._data
        self.parser = p
        self.depth = 0
        self.item_depth = 0
        self.builder: ET.TreeBuilder | None = None
        self.done: list[ET.Element] = []

    @staticmethod
    def _name(name: str) -> str:
        return "{" + name if "}" in name else name

    def _entity_decl(self, *args):
        raise _Refused("the feed declares XML entities (<!ENTITY>); they are refused for safety "
                       "(entity expansion attacks such as billion laughs)")

    def _external(self, *args):
        raise _Refused("the feed refers to an external XML entity; it is not fetched, for safety")

    def _skipped(self, name, is_parameter_entity):
        if self.builder is not None and not is_parameter_entity:
            self.builder.data(_HTML5_ENTITIES.get(name + ";", f"&{name};"))

    def _start(self, name, attrs):
        self.depth += 1
        tag = self._name(name)
        if self.builder is None:
            if _split(tag)[1] not in ("item", "entry"):
                return
            self.builder = ET.TreeBuilder()
            self.item_depth = self.depth
        self.builder.start(tag, {self._name(k): v for k, v in attrs.items()})

    def _end(self, name):
        if self.builder is not None:
            self.builder.end(self._name(name))
            if self.depth == self.item_depth:
                self.done.append(self.builder.close())
                self.builder = None
        self.depth -= 1

    def _data(self, data):
        if self.builder is not None:
            self.builder.data(data)


def _child(el: ET.Element, local: str, nss: tuple[str, ...]) -> ET.Element | None:
    for ch in el:
        ns, loc = _split(ch.tag)
        if loc == local and ns in nss:
            return ch
    return None


def _all_text(el: ET.Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _xhtml(el: ET.Element) -> str:
    """The children of ``el`` as HTML markup (local tag names, attributes dropped)."""
    parts = [html.escape(el.text or "", quote=False)]
    for ch in el:
        if isinstance(ch.tag, str):
            local = _split(ch.tag)[1]
            parts.append(f"<{local}>{_xhtml(ch)}</{local}>")
        parts.append(html.escape(ch.tail or "", quote=False))
    return "".join(parts)


def _as_html(el: ET.Element | None) -> str:
    """The content of a feed text element as HTML (RSS: HTML already; Atom: by its type)."""
    if el is None:
        return ""
    ns, _ = _split(el.tag)
    if ns not in _ATOM_NS:
        return _all_text(el)
    kind = (el.get("type") or "text").strip().lower()
    if el.get("src"):
        return ""  # out-of-line content
    if el.get("mode") == "base64":
        return ""
    if kind in ("xhtml", "application/xhtml+xml") or el.get("mode") == "xml" and len(el):
        return _xhtml(el).strip()
    if kind in ("html", "text/html") or el.get("mode") == "escaped":
        return _all_text(el)
    if kind == "text" or kind.startswith("text/"):
        return html.escape(_all_text(el), quote=False)
    return ""  # other media types (base64 data)


def _feed_item(el: ET.Element, n: int, name: str) -> Item | InputError:
    title = _as_html(_child(el, "title", _RSS_NS + _ATOM_NS))
    body = ""
    for local, nss in (("encoded", (_CONTENT_NS,)), ("description", _RSS_NS),
                       ("content", _ATOM_NS), ("summary", _ATOM_NS)):
        body = _as_html(_child(el, local, nss))
        if body:
            break
    doc_id = _all_text(_child(el, "guid", _RSS_NS)) or _all_text(_child(el, "link", _RSS_NS))
    if not doc_id:
        links = [ch for ch in el if _split(ch.tag) in {(ns, "link") for ns in _ATOM_NS} and ch.get("href")]
        links.sort(key=lambda ch: (ch.get("rel") or "alternate") != "alternate")
        doc_id = links[0].get("href").strip() if links else ""
    doc_id = doc_id or (el.get(_RDF_ABOUT) or "").strip() or _all_text(_child(el, "id", _ATOM_NS))
    doc_id = doc_id or f"{name}#{n}"
    date = (_all_text(_child(el, "pubDate", _RSS_NS)) or _all_text(_child(el, "published", _ATOM_NS))
            or _all_text(_child(el, "updated", _ATOM_NS)) or _all_text(_child(el, "issued", _ATOM_NS))
            or _all_text(_child(el, "date", (_DC_NS,))))
    text = "\n\n".join(x for x in (title, body) if x)
    problem = _empty_problem(text, "html")
    if problem:
        return InputError(problem, doc_id=doc_id, line=n)
    item = {"id": doc_id, "text": text, "targets": [], "format": "html"}
    if date:
        item["date"] = date
    return item


def read_feed(source: Path | str | IO[bytes], *, name: str | None = None) -> Result:
    """Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, read incrementally.

    Text: title + ``"\\n\\n"`` + body (``content:encoded``, else ``description``, else
    Atom ``content``, else ``summary``), as HTML (``item["format"] = "html"``; Atom
    text is escaped, xhtml serialised). Id: ``guid``, else ``link`` (RSS text or Atom
    ``link@href``, ``rel="alternate"`` first), else ``rdf:about``, else Atom ``id``,
    else ``f"{name}#{n}"``. ``item["date"]``: ``pubDate``, ``published``,
    ``updated`` or ``dc:date`` when there is one. Line number: the item's index.
    If the XML breaks (cut short, a bad byte or entity), the complete items before
    the break come out, then one InputError naming the XML line; entity
    declarations are refused the same way (an error, never a hang).
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or path.name

        def opened():
            try:
                fh = path.open("rb")
            except OSError as exc:
                yield 1, InputError(f"cannot read the feed: {exc.strerror or exc}", doc_id=name, line=1)
                return
            with fh:
                yield from _read_feed_stream(fh, name)

        return opened()
    return _read_feed_stream(source, name or "<feed>")


def _read_feed_stream(stream: IO[bytes], name: str) -> Result:
    fp = _FeedParser()
    n = 0

    def drain():
        nonlocal n
        items, fp.done = fp.done, []
        for el in items:
            n += 1
            try:
                yield n, _feed_item(el, n, name)
            except Exception as exc:  # noqa: BLE001 - one bad item costs that item only
                yield n, InputError(f"unreadable feed item: {exc}"[:300], doc_id=f"{name}#{n}", line=n)

    lost = "; the rest of the feed was lost"
    shift = 0  # lines of leading whitespace dropped (expat refuses it before <?xml ...?>)
    try:
        chunk = stream.read(_CHUNK)
        if not chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            while chunk:
                start = chunk
                while chunk.startswith(_BOM):
                    chunk = chunk[len(_BOM):]
                chunk = chunk.lstrip(b" \t\r\n")
                shift += start.count(b"\n", 0, len(start) - len(chunk))
                if chunk:
                    break
                chunk = stream.read(_CHUNK)
        while chunk:
            fp.parser.Parse(chunk, False)
            yield from drain()
            chunk = stream.read(_CHUNK)
        fp.parser.Parse(b"", True)
        yield from drain()
    except expat.ExpatError as exc:
        yield from drain()
        yield n + 1, InputError(f"malformed feed XML at line {exc.lineno + shift}, column {exc.offset + 1}: "
                                f"{expat.ErrorString(exc.code)}{lost}", doc_id=name, line=n + 1)
    except _Refused as exc:
        yield from drain()
        yield n + 1, InputError(f"refused at XML line {fp.parser.CurrentLineNumber + shift}: {exc}{lost}",
                                doc_id=name, line=n + 1)
    except (OSError, RecursionError, MemoryError) as exc:
        yield from drain()
        yield n + 1, InputError(f"feed reading failed: {exc}{lost}"[:300], doc_id=name, line=n + 1)


# ---------------------------------------------------------------------------
# sniffing and stdin

_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)", re.S | re.I)
_FEED_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]")
_HTML_ROOT = re.compile(r"<html[\s>]|<!DOCTYPE\s+html", re.I)


def sniff_input(head: bytes) -> str | None:
    """What a file starting with ``head`` holds, judged by content, never by name:

    ``feed`` (root ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` after an optional BOM,
    XML declaration, comments, processing instructions and doctype), ``html`` (an
    HTML document), ``xml`` (other XML), ``empty`` (only whitespace and BOMs),
    ``jsonl`` (anything else), or None when ``head`` ends inside the XML prolog.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", "ignore")
    else:
        text = head.decode("utf-8", "replace")
    text = text.lstrip("\ufeff")
    pos = 0
    while True:
        m = _PROLOG.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    rest = text[pos:].lstrip("\ufeff \t\r\n\x0b\x0c")
    if not rest:
        return "empty" if pos == 0 else None
    if _FEED_ROOT.match(rest):
        return "feed"
    if rest.startswith("<"):
        if _HTML_ROOT.match(rest) or _HTML_ROOT.search(text[:pos]):
            return "html"
        if rest.startswith(("<?", "<!")) or (len(rest) < 64 and not re.match(r"<[\w.:-]+[\s>/]", rest)):
            return None  # a prolog cut by the peek window
        return "xml"
    return "jsonl"


def _root_name(head: bytes) -> str:
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    pos = 0
    while (m := _PROLOG.match(text, pos)) and m.end() > pos:
        pos = m.end()
    m = re.match(r"\s*<([\w.:-]+)", text[pos:])
    return f"<{m.group(1)}>" if m else "not an element"


def _read_head(stream, limit: int = _PEEK) -> bytes:
    """Read from ``stream`` until its kind is known (or ``_PEEK_MAX`` bytes, or the end)."""
    read = getattr(stream, "read1", None) or stream.read
    head = b""
    while len(head) < _PEEK_MAX:
        chunk = read(_CHUNK)
        if not chunk:
            break
        head += chunk
        if len(head) >= limit and sniff_input(head) is not None:
            break
        if head.lstrip(b" \t\r\n").lstrip(_BOM)[:1] not in (b"", b"<") and b"\n" in head:
            break  # clearly not XML: JSONL
    return head


class _Prefixed:
    """A binary stream whose first bytes were already read (``prefix``)."""

    def __init__(self, prefix: bytes, stream):
        self.prefix = prefix
        self.stream = stream

    def read(self, n: int = -1) -> bytes:
        if self.prefix:
            if n is None or n < 0:
                data, self.prefix = self.prefix + self.stream.read(), b""
            else:
                data, self.prefix = self.prefix[:n], self.prefix[n:]
            return data
        return self.stream.read(n)

    def __iter__(self):
        buf, self.prefix = self.prefix, b""
        start = 0
        while True:
            i = buf.find(b"\n", start)
            if i < 0:
                break
            yield buf[start:i + 1]
            start = i + 1
        buf = buf[start:]
        for line in self.stream:
            if buf:
                line, buf = buf + line, b""
            yield line
        if buf:
            yield buf


def _read_stdin() -> Result:
    stream = sys.stdin.buffer
    head = _read_head(stream)
    src = _Prefixed(head, stream)
    if sniff_input(head) == "feed":
        yield from _read_feed_stream(src, "stdin")
    else:
        yield from read_jsonl(src, name="<stdin>")


def _read_file(path: Path) -> Result:
    if path.suffix.lower() in TEXT_SUFFIXES:
        yield 1, _text_file_item(path, path.stem, 1)
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield 1, InputError(f"cannot read the file: {exc.strerror or exc}", doc_id=path.name, line=1)
        return
    with fh:
        head = _read_head(fh)
        kind = sniff_input(head)
        src = _Prefixed(head, fh)
        if kind == "feed" or kind is None:
            yield from _read_feed_stream(src, path.name)
        elif kind == "html":
            fh.close()
            item = _text_file_item(path, path.stem, 1)
            if isinstance(item, dict):
                item["format"] = "html"
            yield 1, item
        elif kind == "xml":
            yield 1, InputError(f"an XML file whose root is {_root_name(head)}: not an RSS or Atom feed, nor JSONL",
                                doc_id=path.name, line=1)
        else:
            yield from read_jsonl(src, name=str(path))


def read_input(spec: str) -> Result:
    """Items of ``spec``: ``-`` (stdin: JSONL, or a feed), a folder (see :func:`read_dir`),
    a ``.txt``/``.text``/``.md``/``.markdown``/``.html``/``.htm`` file (one item, id =
    file stem), or another file: a feed if its content is RSS/Atom, else JSONL.

    Raises UsageError at once (not on the first item) for a missing path or a folder
    without usable files.
    """
    if spec == "-":
        return _read_stdin()
    path = Path(spec)
    if path.is_dir():
        return read_dir(path)
    if not path.exists():
        raise UsageError(f"{spec}: no such file or folder")
    return _read_file(path)


def read_texts(specs: Iterable[str]) -> dict[str, str]:
    """Article id -> text of one or more inputs (what ``sayso run`` read; the first text of an id wins),
    for the readers of an output that leaves the texts out. Records that are not usable are skipped."""
    texts: dict[str, str] = {}
    for spec in specs:
        check_input(spec)
        for _, item in read_input(spec):
            if not isinstance(item, InputError):
                texts.setdefault(str(item["id"]), item["text"])
    return texts


# ---------------------------------------------------------------------------
# the up-front check


def check_input(spec: str) -> None:
    """Raise UsageError when ``spec`` cannot be read at all: a missing path, one not
    readable, a folder without usable files, a file that is empty or only whitespace.
    Reads at most a little of a file (stops at the first non-blank byte); ``-`` passes."""
    if spec == "-":
        return
    path = Path(spec)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UsageError(f"{spec}: no such file or folder") from None
    except PermissionError:
        raise UsageError(f"{spec}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"{spec}: cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            raise UsageError(f"{spec}: cannot read this folder ({exc.strerror or exc})") from None
        if next(_usable_files(path), None) is None:
            raise _no_files(spec)
        return
    if not stat.S_ISREG(st.st_mode):  # a pipe or device: opening may block, peeking would eat its data
        if not os.access(path, os.R_OK):
            raise UsageError(f"{spec}: cannot read it (permission denied)")
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise UsageError(f"{spec}: cannot read it ({exc.strerror or exc})") from None
    with fh:
        seen = 0
        while seen < _PEEK_MAX:
            try:
                chunk = fh.read(_CHUNK)
            except OSError as exc:
                raise UsageError(f"{spec}: cannot read it ({exc.strerror or exc})") from None
            if not chunk:
                break
            seen += len(chunk)
            if chunk.replace(_BOM, b"").strip():
                return
    if seen < _PEEK_MAX:
        raise UsageError(f"{spec}: the file is empty" if seen == 0 else f"{spec}: the file holds only whitespace")
