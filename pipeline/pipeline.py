"""The pipeline: ordered stages, a requirement check at construction, and
per-document error handling in ``pipe``.

A document that a stage fails on is set aside with its error in
``doc.meta["error"]`` (the stage and the message) and skips the later stages;
every other document of the batch goes on. Input order is kept.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable, Iterator, Sequence

from .doc import Document
from .errors import InputError, PipelineConfigError
from .stage import Stage

log = logging.getLogger(__name__)


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


def make_document(item: Any, *, targets: Sequence[str] | None = None, id: str | None = None) -> Document:
    """A Document from a string, a dict {"id", "text", "targets"} or a Document.

    Raises InputError naming the document when the text is missing, empty or
    not a string.
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        text, doc_id, tg, meta = item, id or "", list(targets or []), {}
    elif isinstance(item, dict):
        doc_id = str(item.get("id", id or ""))
        text = item.get("text")
        tg = item.get("targets", targets or [])
        meta = {k: v for k, v in item.items() if k not in {"id", "text", "targets"}}
        if text is None:
            raise InputError("missing 'text'", doc_id=doc_id)
        if not isinstance(text, str):
            raise InputError(f"'text' must be a string, not {type(text).__name__}", doc_id=doc_id)
        if tg is None:
            tg = []
        if isinstance(tg, str):
            tg = [tg]
        if not isinstance(tg, list) or not all(isinstance(t, str) for t in tg):
            raise InputError("'targets' must be a list of strings", doc_id=doc_id)
    else:
        raise InputError(f"cannot make a document from {type(item).__name__}", doc_id=id)
    if not text.strip():
        raise InputError("empty text", doc_id=doc_id)
    if "\x00" in text:
        raise InputError("text holds NUL bytes (binary input?)", doc_id=doc_id)
    return Document(text=text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text,
                    id=doc_id, targets=list(tg), meta=meta)


class Pipeline:
    """Stages in order; ``nlp(text)`` for one document, ``nlp.pipe`` for many."""

    def __init__(self, stages: Sequence[Stage]):
        check_chain(stages)
        self.stages = list(stages)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def get(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise KeyError(name)

    def __call__(self, text: Any, *, targets: Sequence[str] | None = None, id: str | None = None) -> Document:
        doc = make_document(text, targets=targets, id=id)
        out = next(self._run([doc], batch_size=1))
        if "error" in out.meta:
            raise RuntimeError(f"document {out.id!r}: {out.meta['error']}")
        return out

    def pipe(self, items: Iterable[Any], *, batch_size: int = 8,
             targets: Sequence[str] | None = None) -> Iterator[Document]:
        """Documents in input order. Items: str, dict {"id","text","targets"} or Document.

        An unusable item yields a Document whose ``meta["error"]`` says why
        (its text may be empty); nothing else is lost.
        """
        batch: list[Document] = []
        for n, item in enumerate(items):
            try:
                doc = make_document(item, targets=targets)
            except InputError as exc:
                doc = Document(text="", id=exc.doc_id or str(n))
                doc.meta["error"] = str(exc)
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch, batch_size=batch_size)
                batch = []
        if batch:
            yield from self._run(batch, batch_size=batch_size)

    def _run(self, docs: list[Document], *, batch_size: int) -> Iterator[Document]:
        for stage in self.stages:
            live = [d for d in docs if "error" not in d.meta]
            if not live:
                break
            try:
                list(stage.pipe(live, batch_size=batch_size))
            except Exception:  # one bad document must not cost the batch: retry one by one
                for d in live:
                    try:
                        list(stage.pipe([d], batch_size=1))
                    except Exception as exc:  # noqa: BLE001 - recorded per document
                        log.warning("stage %s failed on document %r: %s", stage.name, d.id, exc)
                        d.meta["error"] = f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}"
        yield from docs


MODEL_STAGES = ("stance", "tagged-quotes")


def load(*, stages: Sequence[str] | None = None, config: dict[str, dict] | None = None,
         device: str | None = None, quotes: str = "auto", precision: str | None = None) -> Pipeline:
    """Build the default pipeline (or the named ``stages``) from the registry.

    ``config`` maps a stage name to keyword arguments for its factory.
    ``device`` ("auto", "cpu", "cuda", "cuda:1") is chosen once here and
    passed to every model stage. ``quotes``: "auto" (default: the trained
    tagger, with the rules as features and fallback, when its model folder
    exists, else the rule stage), "tagger" or "rules". ``precision`` ("auto",
    "fp32", "bf16") is passed to every model stage: "auto" autocasts on CUDA
    only, "bf16" on the CPU too.
    """
    from . import registry

    names = list(stages or registry.DEFAULT_STAGES)
    if quotes not in {"rules", "tagger", "auto"}:
        raise ValueError(f"quotes must be 'rules', 'tagger' or 'auto', not {quotes!r}")
    if quotes == "tagger" or (quotes == "auto" and registry.tagger_available()):
        names = ["tagged-quotes" if n == "quotes" else n for n in names]
    config = {k: dict(v) for k, v in (config or {}).items()}
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
    return Pipeline([registry.create(n, **config.get(n, {})) for n in names])
