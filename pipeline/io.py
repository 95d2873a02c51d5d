"""Streaming readers and writers.

Readers yield ``(line_no, item)`` where ``item`` is a dict {"id", "text",
"targets"} or an :class:`~pipeline.errors.InputError` for a record that is
unusable (malformed JSON, missing or empty text, bytes that are not UTF-8).
They never stop on a bad record.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterator
from xml.etree import ElementTree as ET

from .errors import InputError

Item = dict


def read_jsonl(stream: IO[bytes], *, name: str = "<input>") -> Iterator[tuple[int, Item | InputError]]:
    for n, raw in enumerate(stream, 1):
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
        if not isinstance(rec, dict):
            yield n, InputError(f"expected a JSON object, got {type(rec).__name__}", line=n)
            continue
        doc_id = str(rec.get("id", f"line{n}"))
        text = rec.get("text")
        if text is None:
            yield n, InputError("missing 'text'", doc_id=doc_id, line=n)
            continue
        if not isinstance(text, str):
            yield n, InputError(f"'text' must be a string, not {type(text).__name__}", doc_id=doc_id, line=n)
            continue
        if not text.strip():
            yield n, InputError("empty text", doc_id=doc_id, line=n)
            continue
        targets = rec.get("targets") or []
        if isinstance(targets, str):
            targets = [targets]
        if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
            yield n, InputError("'targets' must be a list of strings", doc_id=doc_id, line=n)
            continue
        item = {k: v for k, v in rec.items() if k not in {"id", "text", "targets"}}
        item.update({"id": doc_id, "text": text, "targets": targets})
        yield n, item


def read_dir(path: Path) -> Iterator[tuple[int, Item | InputError]]:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".txt", ".text"})
    for n, p in enumerate(files, 1):
        doc_id = str(p.relative_to(path))
        try:
            text = p.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            yield n, InputError(f"bytes that are not UTF-8 at position {exc.start}", doc_id=doc_id)
            continue
        if not text.strip():
            yield n, InputError("empty text", doc_id=doc_id)
            continue
        yield n, {"id": doc_id, "text": text, "targets": []}


def _strip_html(s: str) -> str:
    import html
    import re

    s = re.sub(r"<\s*(br|/p|p)\b[^>]*>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).strip()


def read_feed(path: Path) -> Iterator[tuple[int, Item | InputError]]:
    """RSS 2.0 <item> or Atom <entry>: title + description/content as the text."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        yield 1, InputError(f"malformed feed XML: {exc}", doc_id=str(path))
        return
    ns = "{http://www.w3.org/2005/Atom}"
    items = root.iter("item")
    entries = list(items) or list(root.iter(f"{ns}entry"))
    for n, it in enumerate(entries, 1):
        def get(*tags):
            for t in tags:
                el = it.find(t)
                if el is not None and (el.text or "").strip():
                    return el.text
            return ""
        doc_id = get("guid", "link", f"{ns}id") or f"{path.name}#{n}"
        title = _strip_html(get("title", f"{ns}title"))
        body = _strip_html(get("{http://purl.org/rss/1.0/modules/content/}encoded", "description",
                               f"{ns}content", f"{ns}summary"))
        text = "\n\n".join(x for x in (title, body) if x)
        if not text.strip():
            yield n, InputError("empty text", doc_id=doc_id)
            continue
        yield n, {"id": doc_id, "text": text, "targets": []}


def read_input(spec: str) -> Iterator[tuple[int, Item | InputError]]:
    """JSONL file, a folder of .txt files, an RSS/Atom file (.xml/.rss/.atom), or ``-`` for stdin."""
    if spec == "-":
        yield from read_jsonl(sys.stdin.buffer, name="<stdin>")
        return
    path = Path(spec)
    if path.is_dir():
        yield from read_dir(path)
    elif path.suffix.lower() in {".xml", ".rss", ".atom"}:
        yield from read_feed(path)
    elif path.suffix.lower() == ".txt":
        yield from read_dir_single(path)
    else:
        with path.open("rb") as fh:
            yield from read_jsonl(fh, name=str(path))


def read_dir_single(path: Path) -> Iterator[tuple[int, Item | InputError]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield 1, InputError(f"bytes that are not UTF-8 at position {exc.start}", doc_id=path.name)
        return
    yield 1, {"id": path.stem, "text": text, "targets": []}
