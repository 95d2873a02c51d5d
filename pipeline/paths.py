"""Where sayso finds its trained models: one configured location.

The models folder is, in this order:

1. ``$SAYSO_MODELS``, when set (a shared volume, a cluster's model cache, a
   folder of retrained models);
2. ``models/`` inside the installed package: a wheel or ``pip install .``
   ships the repository's ``models/`` there (pyproject maps it to
   ``pipeline/models``);
3. ``models/`` beside the package, in a source checkout or an editable
   install (``pip install -e .``).

Each model is a folder of it (``quote-tagger-minilm``, ``stance-mpnet``,
``stance-minilm``, ``stance-lr``), with its weights, config and model card.
The location is read at each call, so setting the variable after import
works.
"""
from __future__ import annotations

import os
from pathlib import Path

MODELS_ENV = "SAYSO_MODELS"
TAGGER = "quote-tagger-minilm"
STANCE_LINEAR = "stance-lr"
# the transformer stance models, best first; "auto" takes the first one that can load here
STANCE_TRANSFORMERS = ("stance-mpnet", "stance-minilm")

_PACKAGE = Path(__file__).resolve().parent


def models_dir() -> Path:
    """The folder that holds sayso's models (see the module docstring for the order)."""
    configured = os.environ.get(MODELS_ENV)
    if configured:
        return Path(configured).expanduser()
    shipped = _PACKAGE / "models"
    if shipped.is_dir():
        return shipped
    return _PACKAGE.parent / "models"


def model_path(name: str) -> Path:
    """The folder of model ``name`` (it may not exist: loaders say what is missing)."""
    return models_dir() / name


def tagger_available() -> bool:
    """Whether the trained quote tagger is present (``quotes="auto"`` then takes it)."""
    return (model_path(TAGGER) / "tagger_config.json").exists()
