"""sayso: who said what in the news, how, and where they stand.

    from pipeline import load
    nlp = load()
    doc = nlp(text, targets=["the strike"])
    doc.quotes, doc.speakers, doc.to_dict()
"""
from .doc import Document, Entity, Mention, Quote, Sentence, Stance
from .errors import DocumentError, InputError, PipelineConfigError, SaysoError, UsageError
from .pipeline import Limits, Pipeline, load

__all__ = ["load", "Pipeline", "Limits", "Document", "Sentence", "Mention", "Entity", "Quote", "Stance",
           "SaysoError", "InputError", "DocumentError", "PipelineConfigError", "UsageError"]
__version__ = "0.1.0"
