"""sayso on Ray Data: the same records as ``sayso run``, computed by a pool of actors.

For feeds that outgrow one machine. Install the extra (``pip install -e ".[ray]"``), then either

* ``sayso run INPUT -o OUTPUT --engine ray [--ray-workers N] [--ray-address ADDR]``: the command
  reads and checks the input as it always does (errors, duplicate ids, ``--resume``), the actors
  run the pipeline, and the output is written in input order by the same safe writer, so the file
  is record for record the one a single process writes; or
* from Python, on a Ray Dataset you read yourself::

      import ray
      from pipeline.engines.ray import SaysoPredictor, read_articles

      ds = read_articles("s3://bucket/feed/*.parquet")          # or JSONL, or a folder of .txt
      out = ds.map_batches(SaysoPredictor, fn_constructor_kwargs={"targets": ["the strike"]},
                           batch_size=32, concurrency=8, num_gpus=1)   # num_gpus only on GPU nodes
      out.write_parquet("s3://bucket/sayso/")                  # or write_json

Each actor loads the pipeline once (:class:`SaysoPredictor`). Rows in and out are flat, so Arrow
never has to unify article fields across rows: an input row is ``{"id", "text", "targets"?}`` (other
columns are kept as the article's ``meta``), and an output row is ``{"id", "record", "error"}``,
where ``record`` is the JSON line ``sayso run`` writes (``Document.to_dict()``) and ``error`` the
reason an article failed (empty when it did not). ``ray.init()`` with no address starts a local
cluster; an address (``ray://head:10001`` or ``auto``) joins an existing one.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

ITEM_COLUMNS = ("id", "text", "targets", "format")


def _require_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError("the ray engine needs Ray Data: pip install -e \".[ray]\"") from exc
    return ray


def _plain(v: Any) -> Any:
    """A numpy or Arrow scalar/array from a batch as a plain Python value."""
    if hasattr(v, "tolist"):
        return v.tolist()
    return v


class SaysoPredictor:
    """A ``map_batches`` callable class: loads the pipeline once per actor, then turns a batch of
    article rows into output rows ``{"id", "record", "error"}`` (see the module docstring).

    Keyword arguments go to :func:`pipeline.load` (``device``, ``quotes``, ``precision``,
    ``limits``), except ``targets``, stance targets added to every article (as ``sayso run
    --target``), and ``batch_size``, the pipeline's own batch size inside the actor.
    A row may instead carry ``item``, the article as a JSON object (what ``sayso run --engine ray``
    sends, so that every field survives as it is).
    """

    def __init__(self, *, targets: Iterable[str] | None = None, batch_size: int = 8, **load_kwargs: Any):
        from ..pipeline import load

        if "device" not in load_kwargs:
            load_kwargs["device"] = "auto"
        self.nlp = load(**load_kwargs)
        self.targets = list(targets or [])
        self.batch_size = batch_size

    def _items(self, batch: dict[str, Any]) -> list[dict]:
        cols = {k: _plain(v) for k, v in batch.items()}
        n = len(next(iter(cols.values()))) if cols else 0
        items = []
        for i in range(n):
            if "item" in cols:
                item = json.loads(cols["item"][i])
            else:
                item = {k: cols[k][i] for k in cols}
                item = {k: v for k, v in item.items() if v is not None or k in ("id", "text")}
            if self.targets:
                item["targets"] = list(item.get("targets") or []) + self.targets
            items.append(item)
        return items

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        items = self._items(batch)
        ids, records, errors = [], [], []
        for n, doc in enumerate(self.nlp.pipe(items, batch_size=self.batch_size)):
            ids.append(doc.id)
            if doc.error is not None:
                records.append("")
                errors.append(doc.error)
            else:
                records.append(json.dumps(doc.to_dict(), ensure_ascii=False))
                errors.append("")
        out = {"id": ids, "record": records, "error": errors}
        if "seq" in batch:
            out["seq"] = _plain(batch["seq"])
        return out


def read_articles(path: str | os.PathLike, **kwargs: Any):
    """A Ray Dataset of articles from ``path``: Parquet (``.parquet`` or a folder of them), JSONL
    (``.jsonl``/``.json``), or a folder of ``.txt`` files (one article each, its id the file name
    without ``.txt``). ``kwargs`` go to Ray's reader."""
    ray = _require_ray()
    p = str(path)
    if p.endswith(".parquet") or (Path(p).is_dir() and any(Path(p).glob("*.parquet"))):
        return ray.data.read_parquet(p, **kwargs)
    if p.endswith((".jsonl", ".json")):
        return ray.data.read_json(p, lines=True, **kwargs) if "lines" not in kwargs else ray.data.read_json(p, **kwargs)
    if Path(p).is_dir():
        def to_item(row: dict) -> dict:
            name = Path(row["path"]).name
            return {"id": name[:-4] if name.endswith(".txt") else name,
                    "text": row["bytes"].decode("utf-8", errors="replace")}
        return ray.data.read_binary_files(p, include_paths=True, file_extensions=["txt"], **kwargs).map(to_item)
    raise ValueError(f"cannot read {p!r} with Ray: give a .parquet, a .jsonl or a folder of .txt files")


def write_records(ds, path: str | os.PathLike) -> None:
    """Write predictor output: ``.parquet`` or a folder for Parquet, else JSON lines (Ray writes a
    folder of part files either way)."""
    p = str(path)
    if p.endswith(".parquet"):
        ds.write_parquet(p)
    else:
        ds.write_json(p)


def run_items(items: Iterable[dict], *, workers: int = 1, address: str | None = None, batch_size: int = 8,
              targets: Iterable[str] | None = None, gpus_per_worker: float | None = None,
              **load_kwargs: Any) -> Iterator[tuple[dict, str, str]]:
    """Run articles (dicts, as ``sayso run`` reads them) on Ray and yield ``(item, record, error)`` in
    input order. ``workers`` actors, each with ``gpus_per_worker`` GPUs (default: 1 when the
    cluster has GPUs, else 0)."""
    ray = _require_ray()
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 **({} if address else {"num_cpus": max(workers, os.cpu_count() or 1)}))
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    try:
        ctx.enable_progress_bars = False
    except AttributeError:  # pragma: no cover - older Ray
        pass
    items = list(items)
    if not items:
        return
    if gpus_per_worker is None:
        gpus_per_worker = 1 if ray.cluster_resources().get("GPU", 0) >= 1 else 0
    rows = [{"seq": i, "item": json.dumps(it, ensure_ascii=False)} for i, it in enumerate(items)]
    # one input block per pipeline batch, so that the actors share the work
    ds = ray.data.from_items(rows, override_num_blocks=max(1, min(len(rows), (len(rows) + batch_size - 1) // batch_size)))
    kw = {"num_gpus": gpus_per_worker} if gpus_per_worker else {"num_cpus": max(1, (os.cpu_count() or 1) // max(1, workers))}
    out = ds.map_batches(SaysoPredictor, fn_constructor_kwargs={"targets": list(targets or []), "batch_size": batch_size,
                                                                **load_kwargs},
                         batch_size=batch_size, concurrency=workers, **kw)
    got = {}
    nxt = 0
    for row in out.iter_rows():
        got[int(row["seq"])] = (row["record"], row["error"])
        while nxt in got:  # input order, whatever order the blocks come back in
            rec, err = got.pop(nxt)
            yield items[nxt], rec, err
            nxt += 1


__all__ = ["SaysoPredictor", "read_articles", "run_items", "write_records"]
