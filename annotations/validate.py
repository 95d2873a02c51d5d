#!/usr/bin/env python3
"""Check the gold annotations in annotations/*.jsonl (standard library only).

Usage::

    python annotations/validate.py [DIR_OR_FILE ...]

With no argument, every ``*.jsonl`` next to this script is checked. Each
problem is printed as ``file:line: article-id: problem``; the exit status is 1
when there is any problem, else 0. Counts per split are printed at the end.
The format and the conventions are in README.md and guidelines.md.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

SPLITS = {"seed", "train", "dev", "test"}
SOURCES = {"seed", "own"}
LOCALES = {"uk", "us"}
from pipeline.doc import ENTITY_TYPES, QUOTE_KINDS, STANCE_LABELS  # the one definition of the label sets
MAX_TARGETS = 3

OPENING_MARKS = ("\u201c", "\u2018", '"', "'", "``")  # “ ‘ " ' ``
CLOSING_MARKS = ("\u201d", "\u2019", '"', "'", "''")  # ” ’ " ' ''
DOUBLE_MARKS = ("\u201c", "\u201d", '"', "``", "''")
# An indirect quote may end in an abbreviation's period ("... at 7 a.m.").
ABBREVIATION_ENDINGS = (" a.m.", " p.m.", "U.S.", " Jr.", " Inc.")

TOP_KEYS = {
    "id": str,
    "split": str,
    "source": str,
    "locale": str,
    "text": str,
    "targets": list,
    "sentences": list,
    "entities": list,
    "mentions": list,
    "quotes": list,
}


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


class Checker:
    """Collects the problems of one article record."""

    def __init__(self, rec: dict[str, Any]) -> None:
        self.rec = rec
        self.problems: list[str] = []

    def fail(self, msg: str) -> None:
        self.problems.append(msg)

    # -- spans -----------------------------------------------------------

    def span(self, obj: Any, what: str, *, with_text: bool = True) -> tuple[int, int] | None:
        """Check a {start, end, text} object; return (start, end) when usable."""
        text = self.rec["text"]
        if not isinstance(obj, dict):
            self.fail(f"{what}: not an object")
            return None
        s, e = obj.get("start"), obj.get("end")
        if not (_is_int(s) and _is_int(e)):
            self.fail(f"{what}: start/end must be integers")
            return None
        if not 0 <= s < e <= len(text):
            self.fail(f"{what}: bad span [{s}, {e}) for text of length {len(text)}")
            return None
        if with_text:
            if obj.get("text") != text[s:e]:
                self.fail(
                    f"{what}: text {obj.get('text')!r} != text[{s}:{e}] {text[s:e]!r}"
                )
        if text[s].isspace() or text[e - 1].isspace():
            self.fail(f"{what}: span [{s}, {e}) starts or ends with whitespace")
        return s, e

    # -- the record --------------------------------------------------------

    def run(self) -> list[str]:
        rec = self.rec
        for key, typ in TOP_KEYS.items():
            if not isinstance(rec.get(key), typ):
                self.fail(f"field {key!r} missing or not a {typ.__name__}")
        if self.problems:
            return self.problems
        if rec["split"] not in SPLITS:
            self.fail(f"split {rec['split']!r} not in {sorted(SPLITS)}")
        if rec["source"] not in SOURCES:
            self.fail(f"source {rec['source']!r} not in {sorted(SOURCES)}")
        if (rec["split"] == "seed") != (rec["source"] == "seed"):
            self.fail("split 'seed' and source 'seed' go together")
        if rec["locale"] not in LOCALES:
            self.fail(f"locale {rec['locale']!r} not in {sorted(LOCALES)}")
        if not rec["text"].strip():
            self.fail("empty text")
        self.check_targets()
        sentences = self.check_sentences()
        entity_ids = self.check_entities()
        mention_entity = self.check_mentions(entity_ids)
        self.check_quotes(entity_ids, mention_entity, sentences)
        return self.problems

    def check_targets(self) -> None:
        targets = self.rec["targets"]
        if not 1 <= len(targets) <= MAX_TARGETS:
            self.fail(f"{len(targets)} targets (need 1 to {MAX_TARGETS})")
        if not all(isinstance(t, str) and t.strip() for t in targets):
            self.fail("targets must be non-empty strings")
        elif len(set(targets)) != len(targets):
            self.fail("duplicate targets")

    def check_sentences(self) -> list[tuple[int, int]]:
        text = self.rec["text"]
        spans: list[tuple[int, int]] = []
        for i, pair in enumerate(self.rec["sentences"]):
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(_is_int(x) for x in pair)
            ):
                self.fail(f"sentence #{i}: not a [start, end] pair of integers")
                continue
            s, e = pair
            if not 0 <= s < e <= len(text):
                self.fail(f"sentence #{i}: bad span [{s}, {e})")
                continue
            if text[s].isspace() or text[e - 1].isspace():
                self.fail(f"sentence #{i} [{s}, {e}): surrounding whitespace included")
            if "\n" in text[s:e]:
                self.fail(f"sentence #{i} [{s}, {e}): crosses a line break")
            spans.append((s, e))
        if not spans:
            self.fail("no sentences")
            return spans
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                self.fail(f"sentences [{s1}, {e1}) and [{s2}, {e2}) unsorted or overlapping")
        # Every non-whitespace character belongs to a sentence.
        pos = 0
        for s, e in sorted(spans):
            gap = text[pos:s]
            if gap.strip():
                self.fail(f"text [{pos}, {s}) {gap.strip()[:40]!r} is in no sentence")
            pos = max(pos, e)
        if text[pos:].strip():
            self.fail(f"text after offset {pos} is in no sentence")
        return sorted(spans)

    def check_entities(self) -> set[str]:
        ids: set[str] = set()
        for i, ent in enumerate(self.rec["entities"]):
            if not isinstance(ent, dict) or not isinstance(ent.get("id"), str):
                self.fail(f"entity #{i}: needs a string id")
                continue
            if ent["id"] in ids:
                self.fail(f"entity {ent['id']}: duplicate id")
            ids.add(ent["id"])
            if not isinstance(ent.get("name"), str) or not ent["name"].strip():
                self.fail(f"entity {ent['id']}: empty name")
            if ent.get("type") not in ENTITY_TYPES:
                self.fail(f"entity {ent['id']}: type {ent.get('type')!r} not in {ENTITY_TYPES}")
        return ids

    def check_mentions(self, entity_ids: set[str]) -> dict[str, str]:
        mention_entity: dict[str, str] = {}
        for i, men in enumerate(self.rec["mentions"]):
            if not isinstance(men, dict) or not isinstance(men.get("id"), str):
                self.fail(f"mention #{i}: needs a string id")
                continue
            mid = men["id"]
            if mid in mention_entity:
                self.fail(f"mention {mid}: duplicate id")
            self.span(men, f"mention {mid}")
            if men.get("entity") not in entity_ids:
                self.fail(f"mention {mid}: entity {men.get('entity')!r} does not resolve")
            mention_entity[mid] = men.get("entity")
        return mention_entity

    def check_quotes(
        self,
        entity_ids: set[str],
        mention_entity: dict[str, str],
        sentences: list[tuple[int, int]],
    ) -> None:
        text = self.rec["text"]
        targets = self.rec["targets"]
        mentions = {m["id"]: m for m in self.rec["mentions"] if isinstance(m, dict)}
        seen_ids: set[str] = set()
        seen_spans: set[tuple[int, int]] = set()
        used_entities = set(mention_entity.values())
        for i, q in enumerate(self.rec["quotes"]):
            if not isinstance(q, dict) or not isinstance(q.get("id"), str):
                self.fail(f"quote #{i}: needs a string id")
                continue
            qid = q["id"]
            if qid in seen_ids:
                self.fail(f"quote {qid}: duplicate id")
            seen_ids.add(qid)
            span = self.span(q, f"quote {qid}")
            kind = q.get("kind")
            if kind not in QUOTE_KINDS:
                self.fail(f"quote {qid}: kind {kind!r} not in {QUOTE_KINDS}")
            if span is None:
                continue
            s, e = span
            if span in seen_spans:
                self.fail(f"quote {qid}: same span as an earlier quote")
            seen_spans.add(span)
            content = text[s:e]
            if "\n" in content:
                self.fail(f"quote {qid}: crosses a line break (one quote per paragraph)")
            self.check_in_sentences(qid, s, e, sentences)
            if kind in QUOTE_KINDS:
                self.check_kind(qid, kind, s, e)

            cue = q.get("cue")
            if cue is not None:
                cspan = self.span(cue, f"quote {qid} cue")
                if cspan and cspan[0] < e and s < cspan[1]:
                    self.fail(f"quote {qid}: cue overlaps the content")
            speaker = q.get("speaker")
            if speaker is not None:
                if speaker not in mention_entity:
                    self.fail(f"quote {qid}: speaker {speaker!r} does not resolve to a mention")
                else:
                    if q.get("entity") != mention_entity[speaker]:
                        self.fail(
                            f"quote {qid}: entity {q.get('entity')!r} differs from the entity "
                            f"of speaker mention {speaker} ({mention_entity[speaker]!r})"
                        )
                    m = mentions.get(speaker, {})
                    ms, me = m.get("start"), m.get("end")
                    if _is_int(ms) and _is_int(me) and ms < e and s < me:
                        self.fail(f"quote {qid}: speaker mention overlaps the content")
            entity = q.get("entity")
            if entity is not None:
                if entity not in entity_ids:
                    self.fail(f"quote {qid}: entity {entity!r} does not resolve")
                used_entities.add(entity)
            self.check_stances(qid, q.get("stances"), targets)
        for ent in entity_ids - used_entities:
            self.fail(f"entity {ent}: not used by any mention or quote")

    def check_in_sentences(
        self, qid: str, s: int, e: int, sentences: list[tuple[int, int]]
    ) -> None:
        text = self.rec["text"]
        for pos in range(s, e):
            if text[pos].isspace():
                continue
            if not any(a <= pos < b for a, b in sentences):
                self.fail(f"quote {qid}: offset {pos} is in no sentence")
                return

    def check_kind(self, qid: str, kind: str, s: int, e: int) -> None:
        text = self.rec["text"]
        content = text[s:e]
        line_start = s == 0 or text[s - 1] == "\n"
        line_end = e == len(text) or text[e] == "\n"
        opened = any(text[max(0, s - len(m)) : s] == m for m in OPENING_MARKS)
        closed = any(text[e : e + len(m)] == m for m in CLOSING_MARKS)
        if kind == "direct":
            if not (opened or line_start):
                self.fail(f"quote {qid}: direct quote not preceded by an opening mark")
            if not (closed or line_end):
                self.fail(f"quote {qid}: direct quote not followed by a closing mark")
        elif kind == "indirect":
            if content.lower().startswith("that "):
                self.fail(f"quote {qid}: indirect content starts with 'that'")
            if content.endswith(".") and not content.endswith(ABBREVIATION_ENDINGS):
                self.fail(f"quote {qid}: indirect content ends with the sentence's period")
            if any(m in content for m in DOUBLE_MARKS + ("\u2018",)):
                self.fail(f"quote {qid}: indirect content contains quote marks (mixed?)")
        elif kind == "mixed":
            inner = any(m in content for m in DOUBLE_MARKS + ("\u2018", "\u2019", "'"))
            if not (inner or (opened and closed)):
                self.fail(f"quote {qid}: mixed quote has no quoted fragment")
            if content.lower().startswith("that "):
                self.fail(f"quote {qid}: mixed content starts with 'that'")
            if content.endswith(".") and not closed:
                # A period inside the closing mark ("... “on substance.”") is
                # content; the sentence's own final period is not.
                self.fail(f"quote {qid}: mixed content ends with the sentence's period")

    def check_stances(self, qid: str, stances: Any, targets: list[str]) -> None:
        if not isinstance(stances, list):
            self.fail(f"quote {qid}: stances must be a list")
            return
        got = []
        for st in stances:
            if not isinstance(st, dict):
                self.fail(f"quote {qid}: stance is not an object")
                continue
            if st.get("label") not in STANCE_LABELS:
                self.fail(f"quote {qid}: stance label {st.get('label')!r} not in {STANCE_LABELS}")
            got.append(st.get("target"))
        if sorted(map(str, got)) != sorted(targets) or len(got) != len(targets):
            self.fail(f"quote {qid}: stance targets {got} != article targets {targets}")


def validate_record(rec: Any) -> list[str]:
    """Return the problems of one article record (an empty list when clean)."""
    if not isinstance(rec, dict):
        return ["record is not a JSON object"]
    return Checker(rec).run()


def iter_files(args: Iterable[str]) -> list[Path]:
    paths: list[Path] = []
    for arg in args:
        p = Path(arg)
        paths.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    return paths


def main(argv: list[str]) -> int:
    files = iter_files(argv or [str(Path(__file__).resolve().parent)])
    if not files:
        print("no *.jsonl files found", file=sys.stderr)
        return 1
    problems = 0
    seen: dict[str, str] = {}
    articles: Counter[str] = Counter()
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path.name}:{lineno}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{where}: invalid JSON: {exc}")
                    problems += 1
                    continue
                aid = rec.get("id", "?") if isinstance(rec, dict) else "?"
                errs = validate_record(rec)
                if isinstance(aid, str) and aid in seen:
                    errs.append(f"duplicate article id (also in {seen[aid]})")
                seen[str(aid)] = where
                for err in errs:
                    print(f"{where}: {aid}: {err}")
                problems += len(errs)
                if errs:
                    continue
                split = rec["split"]
                articles[split] += 1
                c = stats[split]
                c["words"] += len(rec["text"].split())
                c["sentences"] += len(rec["sentences"])
                c["mentions"] += len(rec["mentions"])
                c["targets"] += len(rec["targets"])
                c[f"locale:{rec['locale']}"] += 1
                for q in rec["quotes"]:
                    c["quotes"] += 1
                    c[f"quote:{q['kind']}"] += 1
                    if q["speaker"] is None:
                        c["quote:no-speaker"] += 1
                    if q["cue"] is None:
                        c["quote:no-cue"] += 1
                    for st in q["stances"]:
                        c[f"stance:{st['label']}"] += 1
                for ent in rec["entities"]:
                    c["entities"] += 1
                    c[f"entity:{ent['type']}"] += 1

    order = [s for s in ("seed", "train", "dev", "test") if s in articles]
    header = f"{'':24}" + "".join(f"{s:>8}" for s in order) + f"{'total':>8}"
    rows = (
        ["articles"]
        + ["locale:uk", "locale:us", "words", "sentences", "targets", "quotes"]
        + [f"quote:{k}" for k in QUOTE_KINDS]
        + ["quote:no-speaker", "quote:no-cue", "mentions", "entities"]
        + [f"entity:{t}" for t in ENTITY_TYPES]
        + [f"stance:{lab}" for lab in STANCE_LABELS]
    )
    print(header)
    for row in rows:
        vals = [articles[s] if row == "articles" else stats[s][row] for s in order]
        print(f"{row:24}" + "".join(f"{v:>8}" for v in vals) + f"{sum(vals):>8}")
    if problems:
        print(f"\n{problems} problem(s) in {len(files)} file(s)", file=sys.stderr)
        return 1
    print(f"\nOK: {sum(articles.values())} articles in {len(files)} file(s), no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
