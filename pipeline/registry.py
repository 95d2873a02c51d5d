"""The one table of stage names -> factories (no import-order magic).

Factories import lazily so that ``import pipeline`` stays cheap.
"""
from __future__ import annotations

from typing import Callable

from .stage import Stage


def _sentences(**kw) -> Stage:
    from .stages.sentences import SentenceSplitter
    return SentenceSplitter(**kw)


def _parse(**kw) -> Stage:
    from .stages.parse import SpacyParser
    return SpacyParser(**kw)


def _quotes(**kw) -> Stage:
    from .stages.quotes import QuoteDetector
    return QuoteDetector(**kw)


def _tagged_quotes(**kw) -> Stage:
    from .stages.tagged_quotes import TaggedQuotes
    return TaggedQuotes(**kw)


def _mentions(**kw) -> Stage:
    from .stages.mentions import MentionFinder
    return MentionFinder(**kw)


def _speakers(**kw) -> Stage:
    from .stages.speakers import SpeakerResolver
    return SpeakerResolver(**kw)


def _stance(**kw) -> Stage:
    from .stages.stance import StanceClassifier
    return StanceClassifier(**kw)


REGISTRY: dict[str, Callable[..., Stage]] = {
    "sentences": _sentences,
    "parse": _parse,
    "quotes": _quotes,
    "tagged-quotes": _tagged_quotes,
    "mentions": _mentions,
    "speakers": _speakers,
    "stance": _stance,
}

DEFAULT_STAGES = ("sentences", "parse", "quotes", "mentions", "speakers", "stance")


def create(name: str, **kwargs) -> Stage:
    try:
        factory = REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
    return factory(**kwargs)
