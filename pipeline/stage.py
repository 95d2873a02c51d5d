"""The stage contract.

A stage declares the layers it ``requires`` and the layers it ``assigns``; the
pipeline checks the chain when it is built. ``pipe`` takes and yields
Documents in order. Compute (``predict``) and write (``set_annotations``) are
kept apart, as in spaCy's pipes, so that model stages can batch the compute.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Sequence

from .doc import Document

log = logging.getLogger(__name__)


class Stage:
    """A rule stage: ``predict`` one document, ``set_annotations`` writes it."""

    name: str = "stage"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    version: str = "rules-1"

    def predict(self, doc: Document):  # pragma: no cover - interface
        raise NotImplementedError

    def set_annotations(self, doc: Document, result) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        self.set_annotations(doc, self.predict(doc))
        self._mark(doc)
        return doc

    def usage(self) -> dict[str, int]:
        """A running count of the model work done so far (tokens, padded tokens, batches, pairs); empty
        for a rule stage. ``sayso bench --profile`` reports it per article."""
        return {}

    def _mark(self, doc: Document) -> None:
        for layer in self.assigns:
            if layer not in doc.layers:
                doc.layers.append(layer)
        doc.provenance[self.name] = self.version

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 8) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


class ModelStage(Stage):
    """A stage whose compute runs on a model in batches.

    ``predict_batch`` receives a list of documents and returns one result per
    document, in order; batch size must not change the results.
    """

    def predict_batch(self, docs: Sequence[Document]) -> list:  # pragma: no cover - interface
        raise NotImplementedError

    def predict(self, doc: Document):
        return self.predict_batch([doc])[0]

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 8) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Document]) -> Iterator[Document]:
        results = self.predict_batch(batch)
        for doc, result in zip(batch, results):
            self.set_annotations(doc, result)
            self._mark(doc)
            yield doc
