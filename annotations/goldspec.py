"""Write gold annotations as Python data; compute every offset by search.

Nobody counts characters by hand. An article is declared as text plus
annotations whose spans are *span specs*: strings that are searched for in the
text. The builder turns an :class:`Article` into the standoff record described
in ``annotations/README.md``.

Span specs
----------
``"Mr Bird"``
    The literal string; it must occur exactly once in the text.
``"⟦Mr Bird⟧ said up to"``
    Search for the whole string (markers removed); the span is the part
    between ``⟦`` and ``⟧``. Context makes short spans ("said", "He") unique.
    Either marker may be left out: ``"said: '⟦Members"`` starts the span at
    ``⟦`` and runs to the end of the string.
``nth("said", 2)``
    The third (0-based index 2) occurrence of the string, for the rare case
    where no context is convenient.
``upto("Members are at the sharp end", "can't keep up.")``
    From the start of the (unique) first string to the end of the first match
    of the second string at or after that start. ``⟦`` in the first string and
    ``⟧`` in the second move the start and the end.

Article bodies
--------------
Own articles are written as ``body``: paragraphs separated by a blank line, one
sentence per line. The text joins the sentences of a paragraph with one space
and the paragraphs with ``"\\n\\n"``, so the gold sentence spans are exact by
construction. Seed articles keep the file text verbatim and get their sentences
from :func:`split_sentences`, pinned by ``expect_sentences``.

Offsets are Python ``str`` indices, half-open ``[start, end)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Union

OPEN = "\u27e6"  # ⟦
CLOSE = "\u27e7"  # ⟧

STANCE_LETTERS = {"F": "favor", "A": "against", "N": "neutral"}


class SpecError(ValueError):
    """A span spec does not resolve to exactly one place in the text."""


@dataclass(frozen=True)
class Nth:
    """The ``n``-th (0-based) occurrence of ``spec`` in the text."""

    spec: str
    n: int


@dataclass(frozen=True)
class Upto:
    """From the start of ``begin`` to the end of the first ``end`` after it."""

    begin: Union[str, Nth]
    end: str


SpanSpec = Union[str, Nth, Upto]


def nth(spec: str, n: int) -> Nth:
    """Span spec for the ``n``-th (0-based) occurrence of ``spec``."""
    return Nth(spec, n)


def upto(begin: Union[str, Nth], end: str) -> Upto:
    """Span spec running from ``begin`` to the first ``end`` after it."""
    return Upto(begin, end)


def _unmark(spec: str) -> tuple[str, int, int]:
    """Return (plain string, start of marked part, end of marked part)."""
    if spec.count(OPEN) > 1 or spec.count(CLOSE) > 1:
        raise SpecError(f"more than one marker in {spec!r}")
    plain = spec.replace(OPEN, "").replace(CLOSE, "")
    start = spec.index(OPEN) if OPEN in spec else 0
    if CLOSE in spec:
        end = spec.index(CLOSE) - (1 if OPEN in spec else 0)
    else:
        end = len(plain)
    if not plain or start >= end:
        raise SpecError(f"empty span in {spec!r}")
    return plain, start, end


def _occurrences(text: str, needle: str) -> list[int]:
    hits, i = [], text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def _locate_simple(text: str, spec: Union[str, Nth]) -> tuple[int, int]:
    n = spec.n if isinstance(spec, Nth) else None
    raw = spec.spec if isinstance(spec, Nth) else spec
    plain, a, b = _unmark(raw)
    hits = _occurrences(text, plain)
    if n is None:
        if len(hits) != 1:
            raise SpecError(f"{raw!r} occurs {len(hits)} times (need exactly 1)")
        base = hits[0]
    else:
        if n >= len(hits):
            raise SpecError(f"{raw!r} occurs {len(hits)} times, no index {n}")
        base = hits[n]
    return base + a, base + b


def locate(text: str, spec: SpanSpec) -> tuple[int, int]:
    """Resolve a span spec to half-open character offsets in ``text``."""
    if isinstance(spec, Upto):
        start, _ = _locate_simple(text, spec.begin)
        plain, _, b = _unmark(spec.end)
        idx = text.find(plain, start)
        if idx < 0:
            raise SpecError(f"end {spec.end!r} not found after {spec.begin!r}")
        return start, idx + b
    return _locate_simple(text, spec)


# ---------------------------------------------------------------- sentences

#: Tokens ending in "." that do not end a sentence in running text.
ABBREVIATIONS = frozenset(
    """Mr. Mrs. Ms. Dr. St. No. Sen. Rep. Gov. Gen. Lt. Col. Jr. Sr. Prof.
    U.S. a.m. p.m. Jan. Feb. Aug. Sept. Oct. Nov. Dec. Calif. Kan. Tenn. Ill.
    Mass. Tex. W.Va. Inc. Co. Corp. vs.""".split()
)

_BOUNDARY = re.compile(r"[.!?]+['\u2019\"\u201d)]*(?=\s+['\u2018\"\u201c(`]*[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rule-based sentence spans (used for the seed texts).

    Every line break ends a sentence; inside a line a sentence ends after
    ``.``, ``!`` or ``?`` plus any closing quote marks, when whitespace and a
    capital letter or digit (optionally after an opening mark) follow, unless
    the token is a known abbreviation. Spans exclude surrounding whitespace.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        cuts = [line.start()]
        for m in _BOUNDARY.finditer(line.group()):
            token = line.group()[: m.start() + 1].split()[-1]
            token = token.lstrip("'\u2018\"\u201c(`")
            if token in ABBREVIATIONS:
                continue
            cuts.append(line.start() + m.end())
        cuts.append(line.end())
        for s, e in zip(cuts, cuts[1:]):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                spans.append((s, e))
    return spans


def compose(body: str) -> tuple[str, list[tuple[int, int]]]:
    """Join a one-sentence-per-line body into text and sentence spans."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", body.strip("\n")) if p.strip()]
    for pi, para in enumerate(paragraphs):
        if pi:
            parts.append("\n\n")
            pos += 2
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        for li, line in enumerate(lines):
            if li:
                parts.append(" ")
                pos += 1
            parts.append(line)
            spans.append((pos, pos + len(line)))
            pos += len(line)
    return "".join(parts), spans


# ---------------------------------------------------------------- articles


@dataclass
class E:
    """An entity (a speaker): id, canonical name, type."""

    id: str
    name: str
    type: str


@dataclass
class M:
    """A speaker mention: id, span spec, entity id."""

    id: str
    spec: SpanSpec
    entity: str


@dataclass
class Q:
    """A quote.

    ``stance`` holds one letter per article target, in target order:
    F (favor), A (against), N (neutral). ``cue`` and ``speaker`` may be None;
    the quote's entity is the speaker mention's entity, or ``entity`` when
    there is no speaker mention.
    """

    kind: str
    spec: SpanSpec
    cue: SpanSpec | None
    speaker: str | None
    stance: str
    entity: str | None = None


@dataclass
class Article:
    """One gold article, declared with span specs."""

    id: str
    split: str
    locale: str
    targets: list[str]
    entities: list[E]
    mentions: list[M]
    quotes: list[Q]
    body: str | None = None
    text: str | None = None
    source: str = "own"
    expect_sentences: int | None = None
    notes: str = field(default="", repr=False)


def _span(text: str, spec: SpanSpec, what: str, article_id: str) -> tuple[int, int]:
    try:
        return locate(text, spec)
    except SpecError as exc:
        raise SpecError(f"{article_id}: {what}: {exc}") from None


def build(article: Article) -> dict[str, Any]:
    """Turn a declared article into its gold record (a JSON-ready dict)."""
    aid = article.id
    if (article.body is None) == (article.text is None):
        raise SpecError(f"{aid}: give exactly one of body and text")
    if article.body is not None:
        text, sentences = compose(article.body)
    else:
        text = article.text or ""
        sentences = split_sentences(text)
    if article.expect_sentences is not None and len(sentences) != article.expect_sentences:
        raise SpecError(
            f"{aid}: {len(sentences)} sentences, expected {article.expect_sentences}"
        )

    mentions = []
    mention_entity: dict[str, str] = {}
    for m in article.mentions:
        if m.id in mention_entity:
            raise SpecError(f"{aid}: duplicate mention id {m.id}")
        s, e = _span(text, m.spec, f"mention {m.id}", aid)
        mentions.append({"id": m.id, "start": s, "end": e, "text": text[s:e], "entity": m.entity})
        mention_entity[m.id] = m.entity
    # Mention ids in the output follow text order, like quote ids; the spec
    # ids are only names for cross-reference inside the spec.
    mentions.sort(key=lambda d: (d["start"], d["end"]))
    renumber = {d["id"]: f"m{i}" for i, d in enumerate(mentions, 1)}
    for d in mentions:
        d["id"] = renumber[d["id"]]

    quotes = []
    for i, q in enumerate(article.quotes, 1):
        where = f"quote #{i} ({q.kind})"
        s, e = _span(text, q.spec, where, aid)
        cue = None
        if q.cue is not None:
            cs, ce = _span(text, q.cue, f"{where} cue", aid)
            cue = {"start": cs, "end": ce, "text": text[cs:ce]}
        if q.speaker is not None:
            if q.speaker not in mention_entity:
                raise SpecError(f"{aid}: {where}: unknown speaker mention {q.speaker}")
            if q.entity is not None and q.entity != mention_entity[q.speaker]:
                raise SpecError(f"{aid}: {where}: entity disagrees with speaker mention")
            entity = mention_entity[q.speaker]
        else:
            entity = q.entity
        if len(q.stance) != len(article.targets) or set(q.stance) - set(STANCE_LETTERS):
            raise SpecError(f"{aid}: {where}: stance {q.stance!r} for {len(article.targets)} targets")
        stances = [
            {"target": t, "label": STANCE_LETTERS[letter]}
            for t, letter in zip(article.targets, q.stance)
        ]
        quotes.append(
            {
                "start": s,
                "end": e,
                "text": text[s:e],
                "kind": q.kind,
                "cue": cue,
                "speaker": renumber[q.speaker] if q.speaker is not None else None,
                "entity": entity,
                "stances": stances,
            }
        )
    quotes.sort(key=lambda d: (d["start"], d["end"]))
    quotes = [{"id": f"q{i}", **q} for i, q in enumerate(quotes, 1)]

    return {
        "id": aid,
        "split": article.split,
        "source": article.source,
        "locale": article.locale,
        "text": text,
        "targets": list(article.targets),
        "sentences": [[s, e] for s, e in sentences],
        "entities": [{"id": x.id, "name": x.name, "type": x.type} for x in article.entities],
        "mentions": mentions,
        "quotes": quotes,
    }
