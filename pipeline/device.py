"""Choose the device once and pass it in; inference context with autocast on CUDA only.

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


def autocast_dtype(device: torch.device) -> torch.dtype | None:
    """bf16 on CUDA devices that support it, else fp16 on CUDA; ``None`` (fp32) on CPU."""
    if device.type != "cuda":
        return None
    return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16


@contextlib.contextmanager
def inference(device: torch.device, *, autocast: bool = True) -> Iterator[None]:
    """``torch.inference_mode()`` plus mixed-precision autocast on CUDA (never on CPU)."""
    dtype = autocast_dtype(device) if autocast else None
    with torch.inference_mode():
        if dtype is None:
            yield
        else:
            with torch.autocast(device_type="cuda", dtype=dtype):
                yield


__all__ = ["autocast_dtype", "choose_device", "inference"]
