r"""Int8 inference for the encoders on the CPU: per-token activations, per-channel weights, SmoothQuant scales.

Why not ``torch.ao.quantization.quantize_dynamic``: it quantizes each
activation tensor with one scale. The feed-forward outputs of these encoders
carry a few huge values (up to about 100, where most are under 3), so one
scale per tensor rounds the rest away: on stance-mpnet only 24% of labels
agreed with fp32 (``eval/results/int8.md``).

Here each :class:`Int8Linear`

* scales every input **token** (row) by its own absolute maximum (per-token
  dynamic quantization), so an outlier token costs only itself;
* scales every output **channel** of the weight by its own maximum;
* divides the input by per-channel **smoothing** scales ``s`` and multiplies
  the weight's input columns by ``s`` (SmoothQuant, Xiao et al. 2023,
  ``s_j = max|X_j|^alpha / max|W_j|^(1-alpha)``), which moves the outlier
  channels' range from the activations into the weights. ``max|X_j|`` comes
  from a calibration run (:func:`activation_ranges`), stored beside the model
  as ``int8_ranges.safetensors`` (:data:`RANGES_NAME`);
* multiplies with ``torch._int_mm`` (int8 x int8 -> int32; VNNI on x86).

Only ``nn.Linear`` layers inside the encoder are replaced; embeddings, layer
norms, attention softmax and the classification heads stay fp32. The
calibration file is written by ``python -m pipeline.training.int8 MODEL_DIR``, on
our own train articles (never dev or test text).
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Callable

import torch
from torch import nn

log = logging.getLogger(__name__)

RANGES_NAME = "int8_ranges.safetensors"
DEFAULT_ALPHA = 0.5  # SmoothQuant migration strength (chosen on stance units of PolNeAR dev; eval/results/int8.md)
_CPU_FLAGS = ("avx512_vnni", "avx_vnni", "amx_int8")


def cpu_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


@functools.lru_cache(maxsize=1)
def cpu_int8_supported() -> bool:
    """Whether int8 matrix products pay on this CPU: a VNNI or AMX int8 flag, and ``torch._int_mm`` runs.

    Detected, not assumed: without VNNI, int8 products are not faster than fp32 GEMM.
    """
    if not any(f in cpu_flags() for f in _CPU_FLAGS):
        return False
    try:
        a = torch.ones(4, 8, dtype=torch.int8)
        return int(torch._int_mm(a, torch.ones(8, 4, dtype=torch.int8))[0, 0]) == 8
    except Exception:  # noqa: BLE001 - an old torch or a build without the kernel
        return False


class Int8Linear(nn.Module):
    """``nn.Linear`` computed as an int8 product (see the module docstring); CPU only."""

    def __init__(self, linear: nn.Linear, act_range: torch.Tensor | None = None, *, alpha: float = DEFAULT_ALPHA):
        super().__init__()
        w = linear.weight.detach().float()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        if act_range is not None:
            a = act_range.detach().float().clamp(min=1e-5)
            s = (a.pow(alpha) / w.abs().amax(0).clamp(min=1e-5).pow(1 - alpha)).clamp(min=1e-5)
            s = s / s.mean()
            w = w * s
            self.register_buffer("inv_smooth", (1.0 / s).contiguous())
        else:
            self.inv_smooth = None
        w_scale = (w.abs().amax(1, keepdim=True) / 127.0).clamp(min=1e-8)
        self.register_buffer("weight_q", torch.round(w / w_scale).clamp(-127, 127).to(torch.int8).t().contiguous())
        self.register_buffer("weight_scale", w_scale.t().contiguous())  # (1, out)
        bias = linear.bias
        self.register_buffer("bias", None if bias is None else bias.detach().float().clone())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape
        x2 = x.reshape(-1, shape[-1]).float()
        if self.inv_smooth is not None:
            x2 = x2 * self.inv_smooth
        scale = (x2.abs().amax(1, keepdim=True) / 127.0).clamp(min=1e-8)
        xq = torch.round(x2 / scale).to(torch.int8)
        y = torch._int_mm(xq, self.weight_q).float().mul_(scale).mul_(self.weight_scale)
        if self.bias is not None:
            y.add_(self.bias)
        return y.reshape(*shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, smooth={self.inv_smooth is not None}"


def linear_names(module: nn.Module) -> list[str]:
    return [n for n, m in module.named_modules() if isinstance(m, nn.Linear)]


def activation_ranges(module: nn.Module, run: Callable[[], object]) -> dict[str, torch.Tensor]:
    """Per input channel, the largest absolute input each ``nn.Linear`` in ``module`` saw while ``run()`` ran."""
    ranges: dict[str, torch.Tensor] = {}

    def hook(name):
        def f(_mod, inp):
            x = inp[0].detach().float()
            m = x.abs().reshape(-1, x.shape[-1]).amax(0)
            ranges[name] = m if name not in ranges else torch.maximum(ranges[name], m)
        return f

    handles = [module.get_submodule(n).register_forward_pre_hook(hook(n)) for n in linear_names(module)]
    try:
        with torch.inference_mode():
            run()
    finally:
        for h in handles:
            h.remove()
    return {k: v.cpu() for k, v in ranges.items()}


def quantize_linears(module: nn.Module, ranges: dict[str, torch.Tensor] | None = None, *,
                     alpha: float = DEFAULT_ALPHA) -> int:
    """Replace every ``nn.Linear`` in ``module`` (in place) by an :class:`Int8Linear`; the number replaced.

    ``ranges`` (from :func:`activation_ranges`, keyed by the names inside
    ``module``) turns on the smoothing; a layer with no range is quantized
    without it. A range whose size does not fit its layer raises ValueError.
    """
    n = 0
    for name in linear_names(module):
        lin = module.get_submodule(name)
        rng = (ranges or {}).get(name)
        if rng is not None and rng.numel() != lin.in_features:
            raise ValueError(f"int8 range for {name} has {rng.numel()} channels; the layer takes {lin.in_features}")
        parent, _, child = name.rpartition(".")
        setattr(module.get_submodule(parent) if parent else module, child, Int8Linear(lin, rng, alpha=alpha))
        n += 1
    return n


def save_ranges(ranges: dict[str, torch.Tensor], path: str | Path, **meta: str) -> Path:
    from safetensors.torch import save_file

    path = Path(path)
    save_file({k: v.contiguous() for k, v in ranges.items()}, str(path), metadata={k: str(v) for k, v in meta.items()})
    return path


def load_ranges(path: str | Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(str(path))


def resolve(precision: str, device: torch.device, model_dir: str | Path | None = None) -> str:
    """The precision a model stage really runs at: ``int8`` only on a CPU that supports it.

    ``auto`` on the CPU is ``int8`` where :func:`cpu_int8_supported` and the
    model folder holds its calibration ranges, else fp32 (``auto``). An
    explicit ``int8`` that cannot run here logs a warning and runs as
    ``auto``: on CUDA that means bf16/fp16 autocast.
    """
    has_ranges = model_dir is not None and (Path(model_dir) / RANGES_NAME).exists()
    if precision == "auto":
        return "int8" if device.type == "cpu" and has_ranges and cpu_int8_supported() else "auto"
    if precision != "int8":
        return precision
    if device.type != "cpu":
        log.warning("int8 runs on the CPU only; on %s the model runs with autocast", device)
        return "auto"
    if not cpu_int8_supported():
        log.warning("this CPU has no int8 dot-product instructions (VNNI/AMX) or torch lacks _int_mm: running fp32")
        return "fp32"
    if not has_ranges:
        log.warning("no %s in %s: int8 without SmoothQuant scales (less exact; write them with "
                    "python -m pipeline.training.int8 %s)", RANGES_NAME, model_dir, model_dir)
    return "int8"


def quantize_model(encoder: nn.Module, model_dir: str | Path | None) -> int:
    """Quantize ``encoder``'s linear layers with the ranges stored in ``model_dir`` (when it has them)."""
    f = Path(model_dir) / RANGES_NAME if model_dir is not None else None
    ranges = load_ranges(f) if f is not None and f.exists() else None
    return quantize_linears(encoder, ranges)


def prepare(encoder: nn.Module, precision: str, device: torch.device, model_dir: str | Path | None) -> str:
    """Resolve ``precision`` (:func:`resolve`); at ``int8``, quantize ``encoder`` in place. The precision to run at."""
    precision = resolve(precision, device, model_dir)
    if precision == "int8":
        n = quantize_model(encoder, model_dir)
        log.debug("int8: %d linear layers of %s", n, model_dir)
    return precision


__all__ = ["DEFAULT_ALPHA", "Int8Linear", "RANGES_NAME", "activation_ranges", "cpu_int8_supported",
           "load_ranges", "prepare", "quantize_linears", "quantize_model", "resolve", "save_ranges"]
