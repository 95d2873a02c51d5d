"""sayso output as tables: Parquet files, pandas frames, Hugging Face datasets.

The output record (:meth:`pipeline.doc.Document.to_dict`, one article) has one declared Arrow schema,
:data:`RECORD_SCHEMA`: a row per article with its quotes and speakers as nested lists, so that Arrow,
pandas and ``datasets`` read a Parquet output directly and it converts back to the JSONL records
unchanged (:func:`read_records`). Two things differ in the Parquet file, and both are undone on
reading: keys a record leaves out (``raw_start`` where cleaning changed nothing, ``quote_alone``
where no document step ran, ``text``, ``warnings``, ``meta``) are nulls, and ``meta``, the user's own
input fields of any shape, is a JSON string.

Flat tables for analysis: :func:`quote_rows` (one row per quote and target; a quote without a stance
gives one row with no target) and :func:`speaker_rows` (one row per speaker and target), and as pandas
frames :func:`quotes_frame` / :func:`speakers_frame`. :func:`load_output` and :func:`load_gold` give
``datasets.Dataset`` objects with declared features.

``pyarrow``, ``pandas`` and ``datasets`` come with the ``data`` extra (``pip install "sayso[data]"``);
nothing else in sayso needs them.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .doc import article_date, quote_records
from .errors import UsageError

PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_ROWS = 1000  # records per Parquet row group (and per batch written)


def is_parquet(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(PARQUET_SUFFIXES)


def require_pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install \"sayso[data]\" (or pip install pyarrow)") from None
    return pa, pq


# ---- the schema ------------------------------------------------------------------------------------
# keys that a record (or one of its objects) carries only sometimes: null in Parquet means "absent"
OPTIONAL_KEYS = {
    "record": {"text", "format", "offset_map", "targets", "warnings", "meta"},
    "span": {"raw_start", "raw_end"},
    "quote": {"raw_start", "raw_end"},  # a quote is a span too
    "stance": {"quote_alone"},
    "speaker": {"identity"},
}


def record_schema():
    """The Arrow schema of one output record (a row per article)."""
    pa, _ = require_pyarrow()
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
                      ("raw_start", pa.int64()), ("raw_end", pa.int64())])
    stance = pa.struct([("target", pa.string()), ("label", pa.string()), ("score", pa.float64()),
                        ("quote_alone", pa.struct([("label", pa.string()), ("score", pa.float64())]))])
    qspeaker = pa.struct([("name", pa.string()), ("type", pa.string()), ("entity", pa.string()), ("mention", span),
                          ("phrase", span), ("evidence", pa.string()), ("confidence", pa.float64()),
                          ("identity", pa.string())])
    quote = pa.struct([("id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
                       ("raw_start", pa.int64()), ("raw_end", pa.int64()), ("type", pa.string()), ("cue", span),
                       ("speaker", qspeaker), ("continues", pa.string()), ("stances", pa.list_(stance)),
                       ("confidence", pa.float64())])
    by_label = pa.struct([(lab, pa.list_(pa.string())) for lab in ("favor", "against", "neutral")])
    agg = pa.struct([("target", pa.string()), ("label", pa.string()), ("favor", pa.int64()), ("against", pa.int64()),
                     ("neutral", pa.int64()), ("confidence", pa.float64()), ("mixed", pa.bool_()),
                     ("quotes", by_label), ("why", pa.string())])
    speaker = pa.struct([("entity", pa.string()), ("name", pa.string()), ("type", pa.string()),
                         ("mentions", pa.list_(span)), ("stances", pa.list_(agg)), ("identity", pa.string())])
    target = pa.struct([("target", pa.string()), ("favor", pa.int64()), ("against", pa.int64()),
                        ("neutral", pa.int64()), ("speakers", by_label), ("mentioned", pa.bool_())])
    return pa.schema([
        ("id", pa.string()), ("text", pa.string()), ("format", pa.string()),
        ("offset_map", pa.list_(pa.list_(pa.int64()))), ("sentences", pa.list_(pa.list_(pa.int64()))),
        ("quotes", pa.list_(quote)), ("speakers", pa.list_(speaker)), ("targets", pa.list_(target)),
        ("warnings", pa.list_(pa.string())), ("meta", pa.string()),
    ])


def _to_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = dict(rec)
    if "meta" in row:
        row["meta"] = json.dumps(row["meta"], ensure_ascii=False)
    return row


def _drop_absent(value: Any, kind: str) -> Any:
    """Undo the nulls Parquet puts where a key was absent (OPTIONAL_KEYS), recursively."""
    if not isinstance(value, dict):
        return value
    out = {}
    for k, v in value.items():
        if v is None and k in OPTIONAL_KEYS.get(kind, ()):
            continue
        if k in {"cue", "mention", "phrase"} and isinstance(v, dict):
            v = _drop_absent(v, "span")
        elif k == "speaker" and isinstance(v, dict):
            v = _drop_absent(v, "speaker")
        elif k == "stances" and isinstance(v, list) and kind == "quote":
            v = [_drop_absent(s, "stance") for s in v]
        elif k == "mentions" and isinstance(v, list):
            v = [_drop_absent(m, "span") for m in v]
        out[k] = v
    return out


def _from_row(row: dict[str, Any]) -> dict[str, Any]:
    rec = {k: v for k, v in row.items() if not (v is None and k in OPTIONAL_KEYS["record"])}
    if isinstance(rec.get("meta"), str):
        rec["meta"] = json.loads(rec["meta"])
    rec["quotes"] = [_drop_absent(q, "quote") for q in rec.get("quotes") or []]
    rec["speakers"] = [_drop_absent(s, "speaker") for s in rec.get("speakers") or []]
    for key in ("offset_map", "sentences"):
        if rec.get(key) is not None:
            rec[key] = [list(x) for x in rec[key]]
    # the record's own key order, so that a Parquet record prints like its JSONL line
    order = ["id", "text", "format", "offset_map", "sentences", "quotes", "speakers", "targets", "warnings", "meta"]
    return {k: rec[k] for k in order if k in rec}


# ---- reading and writing ---------------------------------------------------------------------------
def read_records(path: str | os.PathLike, *, on_error: Callable[[int, str], None] | None = None
                 ) -> Iterator[dict[str, Any]]:
    """The records of a sayso output, JSONL or Parquet (by extension), in order. A JSONL line that is not a
    record goes to ``on_error(line_number, problem)`` and is skipped; without ``on_error`` it raises
    ``ValueError`` naming the line."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: {'is a folder' if path.is_dir() else 'no such file'}")
    if is_parquet(path):
        _, pq = require_pyarrow()
        try:
            pf = pq.ParquetFile(path)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a file that is not Parquet
            raise UsageError(f"{path}: not a Parquet file ({exc})") from None
        n = 0
        try:
            for batch in pf.iter_batches(batch_size=PARQUET_ROWS):
                for row in batch.to_pylist():
                    n += 1
                    rec = _from_row(row)
                    try:
                        check_record(rec)
                    except ValueError as exc:  # a Parquet file some other tool wrote
                        if on_error is None:
                            raise ValueError(f"{path} row {n}: not a sayso record: {exc}") from None
                        on_error(n, f"not a sayso record: {exc}")
                        continue
                    yield rec
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise UsageError(f"{path}: not a sayso Parquet output (row {n + 1}: {type(exc).__name__} {exc})") from None
        return
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
                check_record(rec)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                problem = f"not a sayso record ({type(exc).__name__})"
            except ValueError as exc:
                problem = f"not a sayso record: {exc}"
            else:
                problem = None
            if problem:
                if on_error is None:
                    raise ValueError(f"{path} line {n}: {problem}")
                on_error(n, problem)
                continue
            yield rec


def check_record(rec: Any) -> None:
    """Raise ``ValueError`` naming the first thing that makes ``rec`` no sayso output record: what the
    readers of an output (the report, the feed, the frames) rely on."""
    if not isinstance(rec, dict):
        raise ValueError("not an object")
    if not isinstance(rec.get("id"), str):
        raise ValueError("no string id")
    if not isinstance(rec.get("quotes"), list) or not isinstance(rec.get("speakers", []), list):
        raise ValueError(f"record {rec['id']!r}: quotes and speakers must be lists")
    text = rec.get("text")
    for q in rec["quotes"]:
        if not isinstance(q, dict) or not all(k in q for k in ("id", "start", "end", "text", "type", "confidence")):
            raise ValueError(f"record {rec['id']!r}: a quote without id, start, end, text, type or confidence")
        if not isinstance(q.get("speaker"), dict) or not isinstance(q.get("stances", []), list):
            raise ValueError(f"record {rec['id']!r}, quote {q['id']!r}: speaker must be an object, stances a list")
        if not (isinstance(q["start"], int) and isinstance(q["end"], int) and 0 <= q["start"] <= q["end"]):
            raise ValueError(f"record {rec['id']!r}, quote {q['id']!r}: bad offsets {q['start']!r}..{q['end']!r}")
        if isinstance(text, str) and text[q["start"]:q["end"]] != q["text"]:
            raise ValueError(f"record {rec['id']!r}, quote {q['id']!r}: its text is not the record text at its offsets")
    for sp in rec.get("speakers", []):
        if not isinstance(sp, dict) or not all(k in sp for k in ("entity", "name", "type")):
            raise ValueError(f"record {rec['id']!r}: a speaker without entity, name or type")


def write_parquet(records: Iterable[dict[str, Any]], path: str | os.PathLike) -> int:
    """Records to a Parquet file (written beside it, then renamed onto it). Returns the number written."""
    pa, pq = require_pyarrow()
    schema = record_schema()
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with pq.ParquetWriter(tmp, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for rec in records:
            chunk.append(_to_row(rec))
            if len(chunk) >= PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    os.replace(tmp, path)
    return n


# ---- flat rows and frames --------------------------------------------------------------------------
def quote_rows(records: Iterable[dict[str, Any]], *, min_confidence: float = 0.0) -> Iterator[dict[str, Any]]:
    """One row per quote and target of every record (:func:`pipeline.doc.quote_records`)."""
    for rec in records:
        yield from quote_records(rec, min_confidence=min_confidence)


def speaker_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per speaker and target (a speaker without a stance: one row, no target): its position in
    that article (``stance``, ``favor``/``against``/``neutral`` quote counts, ``mixed``, ``confidence``)."""
    for rec in records:
        day = article_date(rec)
        for s in rec.get("speakers", []):
            base = {"doc": rec["id"], "date": day, "entity": s["entity"], "identity": s.get("identity"),
                    "name": s["name"], "type": s["type"], "mentions": len(s.get("mentions", []))}
            for agg in s.get("stances") or [None]:
                yield {**base, "target": agg and agg["target"], "stance": agg and agg["label"],
                       **{k: agg and agg[k] for k in ("favor", "against", "neutral", "mixed", "confidence")}}


def _records(source) -> Iterable[dict[str, Any]]:
    return read_records(source) if isinstance(source, (str, os.PathLike)) else source


def _linked(source, link: bool) -> list[dict[str, Any]]:
    records = list(_records(source))
    if link:
        from .feed import link_feed

        records = list(link_feed(records).annotate(records))
    return records


def quotes_frame(source, *, link: bool = True, min_confidence: float = 0.0):
    """A pandas DataFrame of :func:`quote_rows` from an output file (JSONL or Parquet) or records; with
    ``link`` the speakers carry their feed identity (:func:`pipeline.feed.link_feed`)."""
    import pandas as pd

    return pd.DataFrame(list(quote_rows(_linked(source, link), min_confidence=min_confidence)))


def speakers_frame(source, *, link: bool = True):
    """A pandas DataFrame of :func:`speaker_rows` (see :func:`quotes_frame`)."""
    import pandas as pd

    return pd.DataFrame(list(speaker_rows(_linked(source, link))))


# ---- Hugging Face datasets --------------------------------------------------------------------------
def output_features():
    """The ``datasets.Features`` of an output record (from :func:`record_schema`)."""
    import datasets

    return datasets.Features.from_arrow_schema(record_schema())


def load_output(path: str | os.PathLike, **kwargs):
    """A sayso output (JSONL or Parquet) as a ``datasets.Dataset`` with declared features, a row per
    article. A JSONL output is read with ``load_dataset("json", ...)`` after ``meta`` becomes a JSON
    string (written beside it as ``PATH.rows.jsonl``), as in the Parquet file."""
    import datasets

    path = Path(path)
    if is_parquet(path):
        return datasets.load_dataset("parquet", data_files=str(path), features=output_features(), split="train", **kwargs)
    rows = path.with_name(path.name + ".rows.jsonl")
    with rows.open("w", encoding="utf-8") as fh:
        for rec in read_records(path):
            fh.write(json.dumps(_to_row(rec), ensure_ascii=False) + "\n")
    return datasets.load_dataset("json", data_files=str(rows), features=output_features(), split="train", **kwargs)


def gold_features():
    """The ``datasets.Features`` of our gold annotations (``annotations/articles.jsonl``; see annotations/README.md)."""
    import datasets

    V = datasets.Value
    span = {"start": V("int64"), "end": V("int64"), "text": V("string")}
    return datasets.Features({
        "id": V("string"), "split": V("string"), "source": V("string"), "locale": V("string"), "text": V("string"),
        "targets": datasets.List(V("string")),
        "sentences": datasets.List(datasets.List(V("int64"))),
        "entities": datasets.List({"id": V("string"), "name": V("string"), "type": V("string")}),
        "mentions": datasets.List({**span, "id": V("string"), "entity": V("string")}),
        "quotes": datasets.List({**span, "id": V("string"), "kind": V("string"), "cue": span,
                                 "speaker": V("string"), "entity": V("string"),
                                 "stances": datasets.List({"target": V("string"), "label": V("string")})}),
    })


def load_gold(path: str | os.PathLike = "annotations/articles.jsonl", **kwargs):
    """Our gold articles as a ``datasets.Dataset`` with declared features (``load_dataset("json", ...)``);
    slice it like any dataset: ``load_gold().filter(lambda a: a["split"] == "dev")``."""
    import datasets

    return datasets.load_dataset("json", data_files=str(path), features=gold_features(), split="train", **kwargs)
