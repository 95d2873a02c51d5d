"""The pipeline: ordered stages, a requirement check at construction, and
per-document error handling and bounded work in ``pipe``.

A document that a stage fails on, or that runs over a limit (:class:`Limits`), is
set aside with its error in ``Document.error`` (the stage and the message) and
skips the later stages; every other document of the batch goes on, and its
output is the same as when it runs alone (stages' ``predict`` is pure). Input
order is kept. A long article is processed in chunks, so cost is linear in its
length.
"""
from __future__ import annotations

import logging
import re
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator, Sequence

from .doc import TEXT_FORMATS, Document, Entity
from .errors import DocumentError, InputError, PipelineConfigError
from .io import target_list
from .stage import Stage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """Bounds on the work one article may cost, so that one article never stalls a feed.

    ``max_chars``: a longer article (after cleaning) is refused with an error naming it.
    ``chunk_chars``: a longer article is processed as consecutive chunks of at most this many
    characters, cut at paragraph ends where it can (else sentence ends, else spaces); the
    stages' cost is then linear in article length. Speakers are resolved within a chunk and
    joined across chunks by canonical name and type; a warning on the document says so.
    ``time_limit``: seconds each chunk (an article short enough to be one chunk is one) may
    spend in the stages; an article over it is set aside with an error. None: no limit.
    It is enforced with SIGALRM (an interval timer) in the main thread, so a program with its
    own SIGALRM timer should pass None; in other threads it is checked between stages. A batch
    that runs over is retried one document at a time, each with what is left of its own budget.
    ``max_targets``: stance targets per article; later ones are dropped with a warning.
    ``max_target_chars``: a longer target is refused with an error naming the document.
    """

    max_chars: int = 1_000_000
    chunk_chars: int = 20_000
    time_limit: float | None = 300.0
    max_targets: int = 16
    max_target_chars: int = 200

    def __post_init__(self):
        if self.chunk_chars < 1000:
            raise ValueError(f"chunk_chars must be at least 1000, not {self.chunk_chars}")
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be positive, not {self.max_chars}")
        if self.time_limit is not None and self.time_limit <= 0:
            raise ValueError(f"time_limit must be positive or None, not {self.time_limit}")
        if self.max_targets < 1:
            raise ValueError(f"max_targets must be at least 1, not {self.max_targets}")


def check_chain(stages: Sequence[Stage]) -> None:
    """Raise PipelineConfigError when a stage requires a layer no earlier stage assigns."""
    have: set[str] = set()
    for st in stages:
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise PipelineConfigError(
                f"stage {st.name!r} requires {missing} but the stages before it "
                f"({[s.name for s in stages[:stages.index(st)]]}) only assign {sorted(have)}"
            )
        have.update(st.assigns)


def normalize_targets(targets: Any, *, doc_id: str | None = None, limits: Limits | None = None
                      ) -> tuple[list[str], list[str]]:
    """Stance targets as a clean list, and the warnings to attach to the document.

    A string is one target (never one per character); None is none. Targets are stripped and
    deduplicated in order. An empty, non-string or over-long target raises InputError; targets
    over ``limits.max_targets`` are dropped with a warning.
    """
    limits = limits or Limits()
    out: list[str] = []
    for t in target_list(targets, doc_id=doc_id):
        t = " ".join(t.split())
        if not t or not any(ch.isalnum() for ch in t):
            raise InputError("empty target (a target needs at least one letter or digit)", doc_id=doc_id)
        if len(t) > limits.max_target_chars:
            raise InputError(f"target of {len(t)} characters, over the limit of {limits.max_target_chars}",
                             doc_id=doc_id)
        if t not in out:
            out.append(t)
    warnings = []
    if len(out) > limits.max_targets:
        dropped = out[limits.max_targets:]
        out = out[:limits.max_targets]
        warnings.append(f"{len(dropped)} target(s) over the limit of {limits.max_targets} per article were not "
                        f"scored: {', '.join(repr(t) for t in dropped[:5])}{' ...' if len(dropped) > 5 else ''}")
    return out, warnings


def make_document(item: Any, *, targets: Sequence[str] | None = None, id: str | None = None,
                  limits: Limits | None = None) -> Document:
    """A Document from a string, a dict {"id", "text", "targets", "format"?, ...} or a Document.

    The text is cleaned (:func:`pipeline.clean.clean`: markup stripped, CRLF and control
    characters normalised) and the map back to the raw input is kept on the Document. Other
    dict fields go to ``meta`` untouched. Raises InputError naming the document when the text
    is missing, empty (also after cleaning), not a string, binary, over ``limits.max_chars``,
    or a target is unusable.
    """
    from .clean import clean

    limits = limits or Limits()
    if isinstance(item, Document):
        return item
    fmt = "auto"
    if isinstance(item, str):
        text, doc_id, tg, meta = item, "" if id is None else str(id), targets, {}
    elif isinstance(item, dict):
        raw_id = item.get("id", id)
        doc_id = "" if raw_id is None else str(raw_id)
        text = item.get("text")
        tg = item.get("targets", targets)
        fmt = item.get("format") or "auto"
        meta = {k: v for k, v in item.items() if k not in {"id", "text", "targets", "format"}}
        if text is None:
            raise InputError("missing 'text'", doc_id=doc_id)
        if not isinstance(text, str):
            raise InputError(f"'text' must be a string, not {type(text).__name__}", doc_id=doc_id)
        if fmt not in TEXT_FORMATS:
            raise InputError(f"'format' must be one of {', '.join(TEXT_FORMATS)}, not {fmt!r}", doc_id=doc_id)
    else:
        raise InputError(f"cannot make a document from {type(item).__name__}", doc_id=id)
    tg, warnings = normalize_targets(tg, doc_id=doc_id, limits=limits)
    if "\x00" in text:
        raise InputError("text holds NUL bytes (binary input?)", doc_id=doc_id)
    if not text.strip():
        raise InputError("empty text", doc_id=doc_id)
    cleaned = clean(text, format=fmt)
    if not cleaned.text.strip():
        raise InputError(f"no text left after removing {cleaned.format} markup", doc_id=doc_id)
    if len(cleaned.text) > limits.max_chars:
        raise InputError(f"article of {len(cleaned.text):,} characters, over the limit of {limits.max_chars:,} "
                         f"(raise it with --max-chars)", doc_id=doc_id)
    return Document(text=cleaned.text, id=doc_id, targets=tg, meta=meta, warnings=warnings,
                    format=cleaned.format,
                    offset_map=[tuple(a) for a in cleaned.offset_map] if cleaned.offset_map is not None else None)


# ---- bounded work: chunks and a time limit ------------------------------------------------------

_PARA_END = re.compile(r"\n")
_SENT_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive ``[start, end)`` spans covering ``text``, each at most ``size`` characters.

    Cuts after the last newline in a window, else after the last sentence end, else at the last
    space, else hard at ``size``. Linear in ``len(text)``.
    """
    bounds = []
    start, n = 0, len(text)
    while n - start > size:
        hi = start + size
        window = text[start:hi]
        cut = window.rfind("\n")
        if cut < size // 4:
            cut = -1
            for m in _SENT_END.finditer(window, size // 2):
                cut = m.end() - 1
            if cut < 0:
                sp = window.rfind(" ")
                cut = sp if sp >= size // 4 else size - 1
        end = start + cut + 1
        bounds.append((start, end))
        start = end
    bounds.append((start, n))
    return bounds


@dataclass
class _Unit:
    """A piece of work: a whole document, or one chunk of a long one."""

    doc: Document  # what the stages run on
    parent: Document | None = None  # the article a chunk belongs to
    offset: int = 0  # where the chunk starts in the parent's text
    index: int = 0
    count: int = 1
    done: bool = False


def _split(doc: Document, limits: Limits) -> list[_Unit]:
    if doc.error is not None or len(doc.text) <= limits.chunk_chars:
        return [_Unit(doc)]
    bounds = chunk_bounds(doc.text, limits.chunk_chars)
    units = []
    for i, (s, e) in enumerate(bounds):
        piece = Document(text=doc.text[s:e], id=f"{doc.id}#chunk{i + 1}", targets=list(doc.targets))
        units.append(_Unit(piece, parent=doc, offset=s, index=i, count=len(bounds)))
    return units


def _join(parent: Document, units: list[_Unit]) -> Document:
    """The chunks' layers shifted to the parent's offsets, ids renumbered, speakers joined by name."""
    failed = [u for u in units if u.doc.error is not None]
    if failed:
        u = failed[0]
        parent.error = f"chunk {u.index + 1} of {u.count} (characters {u.offset}-{u.offset + len(u.doc.text)}): {u.doc.error}"
        return parent
    from .stages.stance import aggregate

    ents: dict[tuple[str, str], Entity] = {}
    n_q = n_m = 0
    for u in units:
        d, off = u.doc, u.offset
        para0 = (parent.sentences[-1].paragraph + 1) if parent.sentences else 0
        if u.index and parent.text[off - 1:off] != "\n" and parent.sentences:
            para0 -= 1  # a chunk cut inside a paragraph continues it
        for s in d.sentences:
            parent.sentences.append(replace(s, start=s.start + off, end=s.end + off, paragraph=s.paragraph + para0))
        m_ids: dict[str, str] = {}
        for m in d.mentions:
            n_m += 1
            m_ids[m.id] = f"m{n_m}"
        e_ids: dict[str, str] = {}
        for e in d.entities:
            key = (e.name, e.type) if e.type != "unknown" else (f"{u.index}:{e.id}", "unknown")
            if key not in ents:
                ents[key] = Entity(id=f"e{len(ents) + 1}", name=e.name, type=e.type)
                parent.entities.append(ents[key])
            target = ents[key]
            target.mentions += [m_ids[i] for i in e.mentions if i in m_ids]
            e_ids[e.id] = target.id
        for m in d.mentions:
            parent.mentions.append(replace(m, id=m_ids[m.id], start=m.start + off, end=m.end + off,
                                           entity=e_ids.get(m.entity) if m.entity else None))
        q_ids: dict[str, str] = {}
        for q in d.quotes:
            n_q += 1
            q_ids[q.id] = f"q{n_q}"
        for q in d.quotes:
            parent.quotes.append(replace(
                q, id=q_ids[q.id], start=q.start + off, end=q.end + off, paragraph=q.paragraph + para0,
                cue=replace(q.cue, start=q.cue.start + off, end=q.cue.end + off) if q.cue else None,
                source=replace(q.source, start=q.source.start + off, end=q.source.end + off) if q.source else None,
                speaker=m_ids.get(q.speaker) if q.speaker else None,
                entity=e_ids.get(q.entity) if q.entity else None,
                continues=q_ids.get(q.continues) if q.continues else None))
        for st in d.stances:
            parent.stances.append(replace(st, quote=q_ids[st.quote]))
        for layer in d.layers:
            if layer not in parent.layers:
                parent.layers.append(layer)
        parent.provenance.update(d.provenance)
        parent.warnings += [w for w in d.warnings if w not in parent.warnings]
    if "stances" in parent.layers:
        parent.speaker_stances, parent.target_summary = aggregate(parent)
    parent.warnings.append(f"article of {len(parent.text):,} characters processed in {len(units)} chunks of at most "
                           f"{len(units[0].doc.text):,}; speakers are joined across chunks by name only")
    return parent


class _Timeout(BaseException):
    """Raised by the alarm inside a stage; a BaseException so that no stage's ``except Exception`` eats it."""


@contextmanager
def _deadline(seconds: float | None):
    """Raise _Timeout in the main thread after ``seconds`` (no-op elsewhere, or for None)."""
    if seconds is None or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    if seconds <= 0:
        raise _Timeout()

    def on_alarm(signum, frame):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


class Pipeline:
    """Stages in order; ``nlp(text)`` for one document, ``nlp.pipe`` for many.

    ``limits`` (:class:`Limits`) bounds the work one article may cost.
    """

    def __init__(self, stages: Sequence[Stage], *, limits: Limits | None = None, prefetch: bool = False):
        check_chain(stages)
        self.stages = list(stages)
        self.limits = limits or Limits()
        # run the CPU stages before the first model stage (sentences, parse) of the next batch in a
        # worker thread while this batch is in the model stages, so that a GPU never waits on spaCy
        self.prefetch = prefetch
        # per stage: wall seconds spent in it and documents through it, since the last reset_profile()
        self.profile: dict[str, dict[str, float]] = {}
        self.reset_profile()

    def reset_profile(self) -> None:
        """Zero the per-stage seconds (``profile``); model usage counters are read as differences."""
        self.profile = {s.name: {"seconds": 0.0, "docs": 0} for s in self.stages}

    def profile_report(self, usage_before: dict[str, dict[str, int]] | None = None) -> list[dict]:
        """One row per stage: seconds, share of the stages' time, documents, and the model work done
        since ``usage_before`` (a :meth:`usage` snapshot)."""
        total = sum(p["seconds"] for p in self.profile.values()) or 1.0
        now = self.usage()
        rows = []
        for s in self.stages:
            p = self.profile[s.name]
            before = (usage_before or {}).get(s.name, {})
            use = {k: v - before.get(k, 0) for k, v in now.get(s.name, {}).items()}
            rows.append({"stage": s.name, "seconds": round(p["seconds"], 3), "share": round(p["seconds"] / total, 4),
                         "docs": int(p["docs"]), **use})
        return rows

    def usage(self) -> dict[str, dict[str, int]]:
        """Each model stage's running count of model work (:meth:`Stage.usage`)."""
        return {s.name: s.usage() for s in self.stages if s.usage()}

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def get(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise KeyError(name)

    def make_document(self, item: Any, *, targets: Sequence[str] | None = None, id: str | None = None) -> Document:
        """:func:`make_document` under this pipeline's limits."""
        return make_document(item, targets=targets, id=id, limits=self.limits)

    def __call__(self, text: Any, *, targets: Sequence[str] | str | None = None, id: str | None = None) -> Document:
        """One document. Raises InputError for unusable input, DocumentError when a stage fails on it."""
        doc = self.make_document(text, targets=targets, id=id)
        out = next(self.pipe([doc], batch_size=1))
        if out.error is not None:
            raise DocumentError(f"document {out.id!r}: {out.error}")
        return out

    def pipe(self, items: Iterable[Any], *, batch_size: int = 8,
             targets: Sequence[str] | str | None = None) -> Iterator[Document]:
        """Documents in input order. Items: str, dict {"id","text","targets"} or Document.

        An unusable item, or one a stage fails on or that runs over a limit, yields a Document
        whose ``error`` says why (its text may be empty); nothing else is lost, and no other
        document's output changes.
        """
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, not {batch_size!r}")
        pending: deque[tuple[Document, list[_Unit]]] = deque()  # documents in input order, with their units
        batch: list[_Unit] = []

        def ready() -> Iterator[Document]:
            while pending and all(u.done for u in pending[0][1]):
                doc, units = pending.popleft()
                yield _join(doc, units) if units[0].parent is not None else doc

        split = self._prefetch_split()
        pool = None
        in_flight: deque = deque()  # (units, future of the CPU prefix) waiting for the model stages

        def finish(units: list[_Unit], fut) -> None:
            spent = fut.result()
            self._run([u.doc for u in units], batch_size=batch_size, stages=self.stages[split:], spent=spent)
            for u in units:
                u.done = True

        def run(units: list[_Unit]) -> None:
            nonlocal pool
            if split is None:
                self._run([u.doc for u in units], batch_size=batch_size)
                for u in units:
                    u.done = True
                return
            if pool is None:
                from concurrent.futures import ThreadPoolExecutor

                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sayso-prefetch")
            docs = [u.doc for u in units]
            in_flight.append((units, pool.submit(self._run, docs, batch_size=batch_size, stages=self.stages[:split])))
            while len(in_flight) > 1:  # this batch's CPU prefix runs while the one before is in the models
                finish(*in_flight.popleft())

        for n, item in enumerate(items):
            try:
                doc = self.make_document(item, targets=targets)
            except InputError as exc:
                doc_id = exc.doc_id
                if doc_id is None and isinstance(item, dict) and item.get("id") is not None:
                    doc_id = str(item["id"])
                doc = Document(text="", id=doc_id if doc_id is not None else str(n), error=exc.problem)
            units = _split(doc, self.limits)
            pending.append((doc, units))
            for u in units:
                if u.doc.error is None:
                    batch.append(u)
                else:
                    u.done = True
            while len(batch) >= batch_size:
                run(batch[:batch_size])
                del batch[:batch_size]
            yield from ready()
        try:
            if batch:
                run(batch)
            while in_flight:
                finish(*in_flight.popleft())
            yield from ready()
        finally:
            if pool is not None:
                pool.shutdown(wait=True)

    def _prefetch_split(self) -> int | None:
        """Where the stages split for prefetching: the index of the first model stage, or None when
        prefetching is off or there is no CPU stage before a model stage."""
        if not self.prefetch:
            return None
        from .stage import ModelStage

        k = next((i for i, st in enumerate(self.stages) if isinstance(st, ModelStage)), None)
        return k if k else None

    def _run(self, docs: list[Document], *, batch_size: int, stages: Sequence[Stage] | None = None,
             spent: list[float] | None = None) -> list[float]:
        """``stages`` (default: every stage) over ``docs`` in batches; a failing or slow document is set
        aside alone. ``spent``: seconds each document has already spent (a batch run in two parts);
        returns it, updated."""
        spent = [0.0] * len(docs) if spent is None else spent
        limit = self.limits.time_limit
        for stage in (self.stages if stages is None else stages):
            live = [i for i, d in enumerate(docs) if d.error is None]
            if not live:
                break
            budget = None if limit is None else sum(max(0.0, limit - spent[i]) for i in live)
            t0 = time.monotonic()
            try:
                with _deadline(budget):
                    list(stage.pipe([docs[i] for i in live], batch_size=batch_size))
                took = time.monotonic() - t0
                prof = self.profile.setdefault(stage.name, {"seconds": 0.0, "docs": 0})
                prof["seconds"] += took
                prof["docs"] += len(live)
                share = took / len(live)
                for i in live:
                    spent[i] += share
                    self._check_time(docs[i], stage, spent[i])
            except (Exception, _Timeout):  # one bad document must not cost the batch: retry one by one
                for i in live:
                    d = docs[i]
                    t1 = time.monotonic()
                    try:
                        with _deadline(None if limit is None else limit - spent[i]):
                            list(stage.pipe([d], batch_size=1))
                    except _Timeout:
                        d.error = (f"stage {stage.name!r}: over the time limit of {limit:g} s per article "
                                   f"(raise it with --time-limit)")
                        log.warning("document %r: %s", d.id, d.error)
                    except Exception as exc:  # noqa: BLE001 - recorded per document
                        log.warning("stage %s failed on document %r: %s", stage.name, d.id, exc)
                        d.error = f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}"
                    spent[i] += time.monotonic() - t1
                    if d.error is None:
                        self._check_time(d, stage, spent[i])
        return spent

    def _check_time(self, doc: Document, stage: Stage, spent: float) -> None:
        """Where the alarm cannot fire (a thread other than the main one), the limit is checked here."""
        limit = self.limits.time_limit
        if limit is not None and spent > limit * 1.5 and doc.error is None:
            doc.error = f"stage {stage.name!r}: over the time limit of {limit:g} s per article (took {spent:.1f} s)"


MODEL_STAGES = ("stance", "tagged-quotes")


def load(*, stages: Sequence[str] | None = None, config: dict[str, dict] | None = None,
         device: str | None = None, quotes: str = "auto", precision: str | None = None,
         limits: Limits | None = None, prefetch: bool | None = None) -> Pipeline:
    """Build the default pipeline (or the named ``stages``) from the registry.

    ``config`` maps a stage name to keyword arguments for its factory.
    ``device`` ("auto", "cpu", "cuda", "cuda:1") is chosen once here and
    passed to every model stage. ``quotes``: "auto" (default: the trained
    tagger, with the rules as features and fallback, when its model folder
    exists, else the rule stage), "tagger" or "rules". ``precision`` ("auto",
    "fp32", "bf16", "int8") is passed to every model stage: "auto" autocasts on CUDA
    and runs int8 on a CPU with VNNI/AMX int8 where the model folder has its
    calibration ranges (:mod:`pipeline.nn.int8`), else fp32; "bf16" autocasts on the CPU too. ``limits`` bounds the work per article (:class:`Limits`).
    ``prefetch``: parse the next batch in a worker thread while this one is in the model stages
    (default: on when the model stages run on CUDA, off on the CPU, where the two compete for the
    same cores).
    """
    from . import paths, registry

    names = list(stages or registry.DEFAULT_STAGES)
    if quotes not in {"rules", "tagger", "auto"}:
        raise ValueError(f"quotes must be 'rules', 'tagger' or 'auto', not {quotes!r}")
    if quotes == "tagger" or (quotes == "auto" and paths.tagger_available()):
        names = ["tagged-quotes" if n == "quotes" else n for n in names]
    config = {k: dict(v) for k, v in (config or {}).items()}
    dev = None
    if device is not None:
        from .device import choose_device

        dev = choose_device(device)
        for n in names:
            if n in MODEL_STAGES:
                config.setdefault(n, {}).setdefault("device", dev)
    if precision is not None:
        from .device import check_precision

        check_precision(precision)  # at load time, not at the first document
        for n in names:
            if n in MODEL_STAGES:
                config.setdefault(n, {}).setdefault("precision", precision)
    if prefetch is None:
        prefetch = dev is not None and getattr(dev, "type", "cpu") == "cuda"
    return Pipeline([registry.create(n, **config.get(n, {})) for n in names], limits=limits, prefetch=prefetch)
