"""Choose the device once and pass it in; inference context with mixed-precision autocast.

Library code never keeps a global device: a stage or model receives a
:class:`torch.device` from :func:`choose_device` (called once, by the CLI or
the pipeline loader) and moves its module there.
"""
from __future__ import annotations

import contextlib
import logging
from typing import Iterator

import torch

log = logging.getLogger(__name__)


def choose_device(spec: str | torch.device | None = None) -> torch.device:
    """``None``/``"auto"``: CUDA if available, else CPU. Otherwise ``torch.device(spec)``.

    Raises ``ValueError`` when CUDA is asked for but not available.
    """
    if isinstance(spec, torch.device):
        dev = spec
    elif spec is None or spec == "auto":
        dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    else:
        dev = torch.device(spec)
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {spec!r} requested but CUDA is not available")
    log.debug("using device %s", dev)
    return dev


PRECISIONS = ("auto", "fp32", "bf16", "int8")


def check_precision(precision: str) -> str:
    """``precision`` itself, or ``ValueError`` when it is not one of :data:`PRECISIONS`."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    return precision


def autocast_dtype(device: torch.device, precision: str = "auto") -> torch.dtype | None:
    """The autocast dtype for ``precision`` on ``device`` (``None``: plain fp32).

    ``auto``: bf16 on CUDA devices that support it, else fp16 on CUDA; fp32 on
    CPU. ``fp32``: never autocast. ``bf16``: bf16 on CUDA and on CPU too (fast
    where the CPU has AVX512-BF16 or AMX; see ``eval/cpu_ceiling.py``).
    ``int8``: no autocast; the model's linear layers were replaced by int8
    ones at load (:mod:`pipeline.nn.int8`, CPU only).
    """
    if check_precision(precision) in {"fp32", "int8"}:
        return None
    if device.type == "cuda":
        return torch.bfloat16 if precision == "bf16" or torch.cuda.is_bf16_supported() else torch.float16
    return torch.bfloat16 if precision == "bf16" else None


@contextlib.contextmanager
def inference(device: torch.device, *, autocast: bool = True, precision: str = "auto") -> Iterator[None]:
    """``torch.inference_mode()`` plus mixed-precision autocast (see :func:`autocast_dtype`)."""
    dtype = autocast_dtype(device, precision) if autocast else None
    with torch.inference_mode():
        if dtype is None:
            yield
        else:
            with torch.autocast(device_type=device.type, dtype=dtype):
                yield


__all__ = ["PRECISIONS", "autocast_dtype", "check_precision", "choose_device", "inference"]
