#!/usr/bin/env python3
"""Validate the annotation data files and build the gold JSONL files from them.

Usage::

    python annotations/build.py [all|articles|pairs] [--out DIR] [--check] [--seeds-dir DIR]
                                [--seed-overlap] [--check-splitter] [--quiet]

``articles``: ``annotations/articles/*.yaml`` become ``seeds.jsonl`` (split seed; the texts are
read from ``--seeds-dir``, default ``../shared/seeds``), ``articles.jsonl`` (dev, test) and
``train_articles.jsonl`` (train). ``pairs``: ``annotations/stance/topics/*.yaml`` and
``stance/splits.yaml`` become ``stance/pairs.jsonl``; the held-back topics in
``stance/held/*.yaml`` are validated but never written. ``all`` (the default) does both.

Files are read in name order, records in file order. The formats are in annotations/README.md
and annotations/stance/README.md. Every problem is printed as ``file: record: field: problem``
and then nothing is written. ``--out DIR`` writes under DIR with the layout of annotations/;
``--check`` writes nothing and exits 1 if a built file there differs from the data.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]  # validate.py beside this file; the pipeline package

from pipeline.doc import ENTITY_TYPES, QUOTE_KINDS, STANCE_LABELS  # noqa: E402  the one definition
from validate import LOCALES, SOURCES, SPLITS, validate_record  # noqa: E402  checks built records

ARTICLE_FILES = HERE / "articles"
TOPIC_FILES = HERE / "stance" / "topics"
HELD_FILES = HERE / "stance" / "held"
SPLITS_FILE = HERE / "stance" / "splits.yaml"
DEFAULT_SEEDS_DIR = ROOT.parent / "shared" / "seeds"
# Built file (relative to --out) for each article split.
ARTICLE_OUTPUTS = {"seed": "seeds.jsonl", "dev": "articles.jsonl", "test": "articles.jsonl",
                   "train": "train_articles.jsonl"}
PAIRS_OUTPUT = "stance/pairs.jsonl"

PAIR_SPEAKER_TYPES = tuple(t for t in ENTITY_TYPES if t != "unknown")  # a pair's speaker is known
PAIR_SPLITS = ("train", "dev", "test")
REGISTERS = ("UK", "US")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster


# ---------------------------------------------------------------- problems and schema


class DataError(Exception):
    """The data files have problems; ``problems`` holds one ``file: record: field: problem`` each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class Say:
    """Reports problems of one record, as ``file: record: field: problem``, into a shared list."""

    def __init__(self, problems: list[str], file: str, record: str, field: str = "") -> None:
        self.problems, self.file, self.record, self.field = problems, file, record, field

    def at(self, field: str) -> Say:
        """The reporter for a field inside this one (``quotes[2]`` then ``cue``: ``quotes[2].cue``)."""
        return Say(self.problems, self.file, self.record, _join(self.field, field))

    def __call__(self, field: str, problem: str) -> None:
        where = _join(self.field, field)
        self.problems.append(f"{self.file}: {self.record}: {where + ': ' if where else ''}{problem}")


def _join(outer: str, inner: str) -> str:
    return f"{outer}.{inner}" if outer and inner and not inner.startswith("[") else outer + inner


def _type_names(types: tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", list: "a list", dict: "a mapping", type(None): "null"}
    return " or ".join(names[t] for t in types)


def check_fields(obj: Any, fields: dict[str, tuple[tuple[type, ...], bool]], say: Say) -> bool:
    """Check that ``obj`` is a mapping with every required field, no unknown one, the right types.

    ``fields`` maps a name to (allowed types, required). Returns whether everything was right.
    """
    if not isinstance(obj, dict):
        say("", f"expected a mapping, got {obj!r}")
        return False
    ok = True
    for key in sorted(map(str, obj.keys() - fields.keys())):
        say(key, f"unknown field (allowed: {', '.join(fields)})")
        ok = False
    for key, (types, required) in fields.items():
        if key not in obj:
            if required:
                say(key, "missing")
                ok = False
        elif not isinstance(obj[key], types) or (isinstance(obj[key], bool) and bool not in types):
            say(key, f"expected {_type_names(types)}, got {obj[key]!r}")
            ok = False
    return ok


def check_choice(value: Any, allowed: tuple[str, ...] | set[str], say: Say, field: str) -> bool:
    """Check that ``value`` is one of ``allowed``."""
    if value in allowed:
        return True
    say(field, f"{value!r} is not one of {', '.join(sorted(allowed))}")
    return False


def check_strings(value: list[Any], say: Say, field: str) -> bool:
    """Check that a list holds non-empty, distinct strings."""
    if all(isinstance(v, str) and v.strip() for v in value) and len(set(value)) == len(value):
        return True
    say(field, f"expected distinct non-empty strings, got {value!r}")
    return False


def display(path: Path) -> str:
    """The path as it appears in messages: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def load_yaml(path: Path, problems: list[str], kind: type) -> Any:
    """Load one data file; report a syntax error or a top level that is not ``kind``."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{display(path)}: cannot read: {exc}")
        return None
    if not isinstance(data, kind):
        problems.append(f"{display(path)}: expected a YAML {kind.__name__} at the top level")
        return None
    return data


def render(records: list[dict[str, Any]]) -> str:
    """JSONL: one record a line, UTF-8 without ASCII escaping."""
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


# ---------------------------------------------------------------- span specs

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧ mark the span inside a search string


class SpecError(ValueError):
    """A span spec does not resolve to exactly one place in the text."""


def _unmark(spec: str) -> tuple[str, int, int]:
    """Return (the string without markers, start of the marked part, end of the marked part)."""
    if spec.count(OPEN) > 1 or spec.count(CLOSE) > 1:
        raise SpecError(f"more than one marker in {spec!r}")
    plain = spec.replace(OPEN, "").replace(CLOSE, "")
    start = spec.index(OPEN) if OPEN in spec else 0
    # The index of ⟧ counts ⟦ when ⟦ comes first; the plain string has neither.
    end = spec.index(CLOSE) - (1 if OPEN in spec else 0) if CLOSE in spec else len(plain)
    if not plain or start >= end:
        raise SpecError(f"empty span in {spec!r}")
    return plain, start, end


def _locate_simple(text: str, spec: str | dict[str, Any]) -> tuple[int, int]:
    """A search string that occurs once, or ``{find: s, occurrence: n}`` (counted from 1)."""
    raw = spec if isinstance(spec, str) else spec["find"]
    plain, a, b = _unmark(raw)
    hits = [m.start() for m in re.finditer(f"(?={re.escape(plain)})", text)]
    if isinstance(spec, str):
        if len(hits) != 1:
            raise SpecError(f"{raw!r} occurs {len(hits)} times in the text (need exactly 1)")
        base = hits[0]
    else:
        n = spec["occurrence"]
        if not 1 <= n <= len(hits):
            raise SpecError(f"{raw!r} occurs {len(hits)} times in the text, no occurrence {n}")
        base = hits[n - 1]
    return base + a, base + b


def locate(text: str, spec: str | dict[str, Any]) -> tuple[int, int]:
    """Resolve a span spec (README, "Span specs") to half-open offsets into ``text``."""
    if isinstance(spec, dict) and "from" in spec:
        start, _ = _locate_simple(text, spec["from"])
        plain, _, b = _unmark(spec["to"])
        idx = text.find(plain, start)
        if idx < 0:
            raise SpecError(f"to {spec['to']!r} not found after from {spec['from']!r}")
        return start, idx + b
    return _locate_simple(text, spec)


def check_spec(spec: Any) -> str | None:
    """Why ``spec`` is not a span spec, or None when it is one."""
    def simple(s: Any) -> bool:
        return (isinstance(s, str) and bool(s)) or (
            isinstance(s, dict) and s.keys() == {"find", "occurrence"} and isinstance(s["find"], str)
            and isinstance(s["occurrence"], int) and not isinstance(s["occurrence"], bool))
    if simple(spec) or (isinstance(spec, dict) and spec.keys() == {"from", "to"}
                        and simple(spec["from"]) and isinstance(spec["to"], str) and spec["to"]):
        return None
    return (f"{spec!r} is not a span spec (a search string, {{find: s, occurrence: n}} "
            "or {from: s, to: s})")


def resolve(text: str, spec: Any, say: Say, field: str) -> tuple[int, int] | None:
    """Resolve a span spec, reporting a malformed or unresolvable one."""
    why = check_spec(spec)
    if why is None:
        try:
            return locate(text, spec)
        except SpecError as exc:
            why = str(exc)
    say(field, why)
    return None


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

    Every line break ends a sentence; inside a line a sentence ends after ``.``, ``!`` or ``?``
    plus any closing quote marks, when whitespace and a capital letter or digit (optionally after
    an opening mark) follow, unless the token is a known abbreviation. Spans exclude whitespace.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        cuts = [line.start()]
        for m in _BOUNDARY.finditer(line.group()):
            token = line.group()[: m.start() + 1].split()[-1].lstrip("'\u2018\"\u201c(`")
            if token not in ABBREVIATIONS:
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
    """Join a one-sentence-per-line body into text and sentence spans.

    Paragraphs are separated by blank lines; the text joins a paragraph's sentences with one
    space and the paragraphs with ``"\\n\\n"``, so the sentence spans are exact by construction.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", body.strip("\n")) if p.strip()]
    for pi, para in enumerate(paragraphs):
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        for li, line in enumerate(lines):
            sep = "\n\n" if pi and not li else " " if li else ""
            parts.append(sep + line)
            pos += len(sep)
            spans.append((pos, pos + len(line)))
            pos += len(line)
    return "".join(parts), spans


# ---------------------------------------------------------------- articles

_STR, _INT, _LIST, _MAP, _NULL = (str,), (int,), (list,), (dict,), (type(None),)
ARTICLE_FIELDS = {
    "id": (_STR, True), "split": (_STR, True), "source": (_STR, False), "locale": (_STR, True),
    "targets": (_LIST, True), "body": (_STR, False), "expect_sentences": (_INT, False),
    "entities": (_LIST, True), "mentions": (_LIST, True), "quotes": (_LIST, True),
}
ENTITY_FIELDS = {"id": (_STR, True), "name": (_STR, True), "type": (_STR, True)}
MENTION_FIELDS = {"id": (_STR, True), "span": (_STR + _MAP, True), "entity": (_STR, True)}
QUOTE_FIELDS = {
    "kind": (_STR, True), "span": (_STR + _MAP, True), "cue": (_STR + _MAP + _NULL, True),
    "speaker": (_STR + _NULL, True), "entity": (_STR + _NULL, False), "stance": (_MAP, True),
}


def article_text(a: dict[str, Any], seeds_dir: Path, say: Say) -> tuple[str, list[tuple[int, int]]] | None:
    """The text and sentence spans: composed from ``body``, or a seed file read verbatim."""
    if a.get("source", "own") == "seed":
        if "body" in a:
            say("body", "a seed article's text is its file in the seeds folder; give no body")
            return None
        path = seeds_dir / f"{a['id']}.txt"
        try:
            with open(path, encoding="utf-8") as fh:  # as the pipeline reads it: universal newlines
                text = fh.read()
        except OSError as exc:
            say("id", f"cannot read the seed text: {exc} (see --seeds-dir)")
            return None
        return text, split_sentences(text)
    if "body" not in a:
        say("body", "missing (an own article's text, one sentence a line)")
        return None
    return compose(a["body"])


def build_article(a: Any, seeds_dir: Path, say: Say) -> dict[str, Any] | None:
    """Turn one article of a data file into its gold record, or report why it cannot be built."""
    before = len(say.problems)
    if not check_fields(a, ARTICLE_FIELDS, say):
        return None
    check_choice(a["split"], SPLITS, say, "split")
    check_choice(a["locale"], LOCALES, say, "locale")
    check_choice(a.get("source", "own"), SOURCES, say, "source")
    check_strings(a["targets"], say, "targets")
    made = article_text(a, seeds_dir, say)
    if made is None or len(say.problems) > before:
        return None
    text, sentences = made
    if "expect_sentences" in a and len(sentences) != a["expect_sentences"]:
        say("expect_sentences", f"the text has {len(sentences)} sentences, expected {a['expect_sentences']}")

    entities = []
    for i, e in enumerate(a["entities"], 1):
        at = say.at(f"entities[{i}]")
        if check_fields(e, ENTITY_FIELDS, at) and check_choice(e["type"], ENTITY_TYPES, at, "type"):
            entities.append({"id": e["id"], "name": e["name"], "type": e["type"]})
    # All ids given, so that a problem in an entity is not also reported at each use of it.
    entity_ids = {e.get("id") for e in a["entities"] if isinstance(e, dict)}

    mentions, mention_entity = [], {}
    for i, m in enumerate(a["mentions"], 1):
        at = say.at(f"mentions[{i}]")
        if not check_fields(m, MENTION_FIELDS, at):
            continue
        if m["id"] in mention_entity:
            at("id", f"duplicate mention id {m['id']!r}")
        if m["entity"] not in entity_ids:
            at("entity", f"unknown entity {m['entity']!r}")
        span = resolve(text, m["span"], at, "span")
        if span:
            s, e = span
            mentions.append({"id": m["id"], "start": s, "end": e, "text": text[s:e], "entity": m["entity"]})
        mention_entity[m["id"]] = m["entity"]
    # Output mention ids follow text order, like quote ids; data ids only name them for `speaker`.
    mentions.sort(key=lambda d: (d["start"], d["end"]))
    renumber = {d["id"]: f"m{i}" for i, d in enumerate(mentions, 1)}
    for d in mentions:
        d["id"] = renumber[d["id"]]

    quotes = []
    for i, q in enumerate(a["quotes"], 1):
        at = say.at(f"quotes[{i}]")
        if not check_fields(q, QUOTE_FIELDS, at) or not check_choice(q["kind"], QUOTE_KINDS, at, "kind"):
            continue
        span = resolve(text, q["span"], at, "span")
        cue = None if q["cue"] is None else resolve(text, q["cue"], at, "cue")
        speaker, entity = q["speaker"], q.get("entity")
        if speaker is not None:
            if speaker not in mention_entity:
                at("speaker", f"unknown mention {speaker!r}")
            elif entity is not None and entity != mention_entity[speaker]:
                at("entity", f"{entity!r} is not the speaker mention's entity {mention_entity[speaker]!r}")
            entity = mention_entity.get(speaker)
        elif entity is not None and entity not in entity_ids:
            at("entity", f"unknown entity {entity!r}")
        stance = q["stance"]
        if set(stance) != set(a["targets"]):
            at("stance", f"targets {list(stance)} are not the article's targets {a['targets']}")
        for target, label in stance.items():
            check_choice(label, STANCE_LABELS, at, f"stance[{target!r}]")
        if span is None:
            continue
        quotes.append({
            "start": span[0], "end": span[1], "text": text[span[0]:span[1]], "kind": q["kind"],
            "cue": None if cue is None else {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
            "speaker": renumber.get(speaker), "entity": entity,
            "stances": [{"target": t, "label": stance.get(t)} for t in a["targets"]],
        })
    if len(say.problems) > before:
        return None
    quotes.sort(key=lambda d: (d["start"], d["end"]))
    return {
        "id": a["id"], "split": a["split"], "source": a.get("source", "own"), "locale": a["locale"],
        "text": text, "targets": list(a["targets"]), "sentences": [[s, e] for s, e in sentences],
        "entities": entities, "mentions": mentions,
        "quotes": [{"id": f"q{i}", **q} for i, q in enumerate(quotes, 1)],
    }


def build_articles(paths: list[Path], seeds_dir: Path | None) -> list[dict[str, Any]]:
    """Build every article of ``paths`` (in order); raise DataError listing all problems.

    With ``seeds_dir`` None the seed articles (whose texts live there) are skipped.
    """
    problems: list[str] = []
    records: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for path in paths:
        data = load_yaml(path, problems, list) or []
        for n, a in enumerate(data, 1):
            aid = a.get("id") if isinstance(a, dict) else None
            say = Say(problems, display(path), aid if isinstance(aid, str) else f"article {n}")
            if seeds_dir is None and isinstance(a, dict) and a.get("source") == "seed":
                continue
            rec = build_article(a, seeds_dir or Path(), say)  # only seed articles read seeds_dir
            if rec is None:
                continue
            if rec["id"] in seen:
                say("id", f"duplicate article id (also in {seen[rec['id']]})")
            seen[rec["id"]] = say.file
            for err in validate_record(rec):  # the checks on the built record (validate.py)
                say("", f"built record: {err}")
            records.append(rec)
    if problems:
        raise DataError(problems)
    return records


def check_splitter(records: list[dict[str, Any]]) -> None:
    """Print where the rule-based splitter disagrees with the hand-made sentence lines."""
    for rec in records:
        gold, auto = [tuple(s) for s in rec["sentences"]], split_sentences(rec["text"])
        if gold == auto:
            continue
        print(f"--- {rec['id']}: gold {len(gold)} sentences, splitter {len(auto)}")
        for s, e in sorted(set(gold) ^ set(auto)):
            side = "gold" if (s, e) in set(gold) else "auto"
            print(f"  {side} [{s}, {e}) {rec['text'][s:e][:100]!r}")


# ---------------------------------------------------------------- stance pairs

GROUP_FIELDS = {"topic": (_STR, True), "register": (_STR, True), "domain": (_STR, True),
                "lead": (_STR, True), "items": (_LIST, True)}
EXTEND_FIELDS = {"extend": (_STR, True), "items": (_LIST, True)}
ITEM_FIELDS = {"speaker": (_STR, True), "speaker_type": (_STR, True), "quote_kind": (_STR, True),
               "passage": (_STR, True), "labels": (_MAP, True)}
OPEN_MARKS, CLOSE_MARKS = "“‘", "”’"
SPAN_RE = re.compile(r"\[\[(.+?)\]\]", re.S)


def load_topics(paths: list[Path], problems: list[str]) -> list[dict[str, Any]]:
    """The topics of ``paths`` in order, ``extend`` groups appended to their topic's items.

    Each item is kept with its reporter: ``(item, say)``.
    """
    topics: dict[str, dict[str, Any]] = {}
    where: dict[str, str] = {}
    for path in paths:
        for n, g in enumerate(load_yaml(path, problems, list) or [], 1):
            extend = isinstance(g, dict) and "extend" in g  # else a new topic
            name = g.get("extend" if extend else "topic") if isinstance(g, dict) else None
            record = (name if isinstance(name, str) else f"group {n}") + (" (extend)" if extend else "")
            say = Say(problems, display(path), record)
            if not check_fields(g, EXTEND_FIELDS if extend else GROUP_FIELDS, say):
                continue
            if extend:
                if g["extend"] not in topics:
                    say("extend", "unknown topic (a topic must be defined before it is extended)")
                    continue
                topic = topics[g["extend"]]
            else:
                if g["topic"] in topics:
                    say("topic", f"duplicate topic (first in {where[g['topic']]})")
                    continue
                check_choice(g["register"], REGISTERS, say, "register")
                topic = topics[g["topic"]] = {"slug": g["topic"], "register": g["register"],
                                              "domain": g["domain"], "lead": g["lead"], "items": []}
                where[g["topic"]] = say.file
            start = len(topic["items"])  # items are numbered within the topic, as in the pair ids
            topic["items"] += [(item, say.at(f"items[{start + i}]")) for i, item in enumerate(g["items"], 1)]
    return list(topics.values())


def check_item(item: Any, say: Say) -> tuple[str, str] | None:
    """Validate one item; return (quote, passage without the brackets) or None."""
    before = len(say.problems)
    if not check_fields(item, ITEM_FIELDS, say):
        return None
    check_choice(item["speaker_type"], PAIR_SPEAKER_TYPES, say, "speaker_type")
    check_choice(item["quote_kind"], QUOTE_KINDS, say, "quote_kind")
    if not item["labels"]:
        say("labels", "no targets")
    for target, label in item["labels"].items():
        if not isinstance(target, str) or not target.strip():
            say("labels", f"target {target!r} is not a non-empty string")
        check_choice(label, STANCE_LABELS, say, f"labels[{target!r}]")
    passage = item["passage"]
    spans = SPAN_RE.findall(passage)
    if len(spans) != 1:
        say("passage", f"expected exactly one [[...]] span, got {len(spans)}")
    elif "[[" in SPAN_RE.sub("", passage) or "]]" in SPAN_RE.sub("", passage):
        say("passage", "stray brackets")
    if len(say.problems) > before:
        return None
    quote = spans[0]
    start, end = passage.index("[["), passage.index("]]") + 2
    before_mark, after = passage[start - 1] if start > 0 else "", passage[end:end + 2]
    has_inner = any(m in quote for m in OPEN_MARKS + CLOSE_MARKS + '"')
    kind = item["quote_kind"]
    if kind == "direct" and not (before_mark in OPEN_MARKS and (
            after[:1] in CLOSE_MARKS or (after[:1] in ",.?!" and after[1:2] in CLOSE_MARKS))):
        say("passage", "a direct quote must sit between quote marks")
    elif kind == "indirect" and (before_mark in OPEN_MARKS or has_inner):
        say("passage", "an indirect quote must not contain quote marks")
    elif kind == "mixed" and not has_inner:
        say("passage", "a mixed quote must contain a quoted fragment")
    return None if len(say.problems) > before else (quote, SPAN_RE.sub(r"\1", passage))


def load_splits(path: Path, problems: list[str]) -> dict[str, str]:
    """Topic slug -> split, from the splits file (topics it does not name are train)."""
    split_of: dict[str, str] = {}
    for split, slugs in (load_yaml(path, problems, dict) or {}).items():
        say = Say(problems, display(path), str(split))
        if check_choice(split, PAIR_SPLITS, say, "") and isinstance(slugs, list) and check_strings(slugs, say, ""):
            for slug in slugs:
                if slug in split_of:
                    say("", f"{slug!r} is also in {split_of[slug]}")
                split_of[slug] = split
        elif not isinstance(slugs, list):
            say("", f"expected a list of topic slugs, got {slugs!r}")
    return split_of


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build_pairs(paths: list[Path], splits_path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Build the pair records of the topic files; return (records, topics) or raise DataError."""
    problems: list[str] = []
    topics = load_topics(paths, problems)
    split_of = load_splits(splits_path, problems)
    for slug in sorted(split_of.keys() - {t["slug"] for t in topics}):
        problems.append(f"{display(splits_path)}: {split_of[slug]}: names unknown topic {slug!r}")
    records, seen = [], {}
    for t in topics:
        for idx, (item, say) in enumerate(t["items"], 1):
            checked = check_item(item, say)
            if checked is None:
                continue
            quote, passage = checked
            context = t["lead"] + " " + passage  # the quote occurs in it verbatim, by construction
            for target, label in item["labels"].items():
                rid = "%s-%02d-%s" % (t["slug"], idx, slugify(target))
                if rid in seen:
                    say("labels", f"pair id {rid} already used by {seen[rid]}")
                seen[rid] = f"{say.file}: {say.record}"
                records.append({
                    "id": rid, "topic": t["slug"], "target": target, "speaker": item["speaker"],
                    "speaker_type": item["speaker_type"], "quote": quote, "context": context,
                    "quote_kind": item["quote_kind"], "label": label,
                    "split": split_of.get(t["slug"], "train"),
                })
    if problems:
        raise DataError(problems)
    return records, topics


def seed_overlap(records: list[dict[str, Any]], seeds_dir: Path, n: int = 8) -> list[tuple[str, str]]:
    """(pair id, shingle) for each n-word shingle a context shares with the seed texts."""
    def shingles(text: str) -> set[str]:
        words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
        return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}
    seed: set[str] = set()
    for path in sorted(p for p in seeds_dir.iterdir() if p.is_file()):
        seed |= shingles(path.read_text(encoding="utf-8", errors="replace"))
    return [(r["id"], sh) for r in records for sh in shingles(r["context"]) & seed]


def report_pairs(records: list[dict[str, Any]], topics: list[dict[str, Any]]) -> None:
    """Print the counts that annotations/stance/README.md quotes."""
    c = collections.Counter
    print("pairs: %d  topics: %d  distinct targets: %d  distinct quotes: %d" % (
        len(records), len({r["topic"] for r in records}),
        len({r["target"] for r in records}), len({r["quote"] for r in records})))
    print("%-6s %6s %6s %6s %6s %7s" % ("split", "favor", "against", "neutral", "total", "topics"))
    for s in PAIR_SPLITS + ("all",):
        rows = [r for r in records if s in ("all", r["split"])]
        n = c(r["label"] for r in rows)
        print("%-6s %6d %7d %7d %6d %7d" % (s, n["favor"], n["against"], n["neutral"], len(rows),
                                         len({r["topic"] for r in rows})))
    total, n = len(records), c(r["label"] for r in records)
    print("label share: " + ", ".join("%s %.1f%%" % (lab, 100.0 * n[lab] / total) for lab in STANCE_LABELS))
    print("split share: " + ", ".join("%s %.1f%%" % (s, 100.0 * sum(r["split"] == s for r in records) / total)
                                      for s in PAIR_SPLITS))
    print("quote_kind: %s" % dict(c(r["quote_kind"] for r in records)))
    print("speaker_type: %s" % dict(c(r["speaker_type"] for r in records)))
    items = [(t, it) for t in topics for it, _ in t["items"]]
    print("register: %s" % dict(c(t["register"] for t, it in items for _ in it["labels"])))
    print("quotes with >1 target: %d (with differing labels: %d)" % (
        sum(len(it["labels"]) > 1 for _, it in items), sum(len(set(it["labels"].values())) > 1 for _, it in items)))


# ---------------------------------------------------------------- command line


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", choices=("all", "articles", "pairs"), default="all")
    ap.add_argument("--out", type=Path, default=HERE, help="where the built files go (default: annotations/)")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if a built file differs")
    ap.add_argument("--seeds-dir", type=Path, default=DEFAULT_SEEDS_DIR, help="the seed article texts")
    ap.add_argument("--seed-overlap", action="store_true",
                    help="pairs: fail if a context shares 8 words in a row with a seed text")
    ap.add_argument("--check-splitter", action="store_true",
                    help="articles: list where the rule splitter and the sentence lines differ")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    outputs: dict[str, str] = {}
    status = 0
    try:
        if args.corpus in ("all", "articles"):
            records = build_articles(sorted(ARTICLE_FILES.glob("*.yaml")), args.seeds_dir)
            for name in dict.fromkeys(ARTICLE_OUTPUTS.values()):
                outputs[name] = render([r for r in records if ARTICLE_OUTPUTS[r["split"]] == name])
            if not args.quiet:
                for r in records:
                    print(f"  {r['id']:36} {r['split']:5} {r['locale']} {len(r['text'].split()):4} words "
                          f"{len(r['quotes']):3} quotes")
            if args.check_splitter:
                check_splitter([r for r in records if r["split"] in ("dev", "test")])
        if args.corpus in ("all", "pairs"):
            topic_files = sorted(TOPIC_FILES.glob("*.yaml"))
            records, topics = build_pairs(topic_files, SPLITS_FILE)
            held_files = sorted(HELD_FILES.glob("*.yaml"))
            if held_files:  # held back from training: validated with the others, never written
                build_pairs(topic_files + held_files, SPLITS_FILE)
            outputs[PAIRS_OUTPUT] = render(records)
            if not args.quiet:
                report_pairs(records, topics)
            if args.seed_overlap:
                hits = seed_overlap(records, args.seeds_dir)
                for rid, sh in hits:
                    print(f"SEED OVERLAP {rid}: {sh}")
                if not hits:
                    print(f"seed check: no 8-word overlap with {display(args.seeds_dir)}")
                status = 1 if hits else status
    except DataError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    for name, content in outputs.items():
        path = args.out / name
        if args.check:
            same = path.is_file() and path.read_bytes() == content.encode("utf-8")
            print(f"{'up to date' if same else 'DIFFERS'}: {display(path)}")
            status = status if same else 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
            print(f"wrote {display(path)}: {content.count(chr(10))} records")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
