"""Token-budget minibatches: sort by length, split by a budget, pad per batch, restore order.

Generic helpers for every model stage (and training). Units are opaque: the
caller gives one length per unit (in model tokens, special tokens included)
and gets back lists of *input indices*; nothing here knows about documents.

The cost of a padded batch is ``len(batch) * max_len_in_batch`` tokens; a
batch is closed when adding the next (longer) unit would push that cost over
``token_budget``. A unit longer than the budget gets a batch of its own.
Because units are sorted by length first, padding waste stays small; because
every batch is padded on its own and outputs are put back by index, the
result does not depend on how the units were grouped (batch size 1 and
batch size N give the same output, up to floating-point noise).
"""
from __future__ import annotations

from typing import Callable, Iterator, Sequence, TypeVar

import torch

T = TypeVar("T")
R = TypeVar("R")


def token_budget_batches(
    lengths: Sequence[int], *, token_budget: int, max_batch_size: int | None = None
) -> list[list[int]]:
    """Group indices ``0..len(lengths)-1`` into batches, shortest units first.

    ``token_budget`` bounds ``len(batch) * max(lengths in batch)`` (padded
    tokens); ``max_batch_size`` optionally bounds the number of units.
    Sorting is stable, so equal lengths keep their input order. Every index
    appears exactly once.
    """
    if token_budget < 1:
        raise ValueError(f"token_budget must be >= 1, got {token_budget}")
    if max_batch_size is not None and max_batch_size < 1:
        raise ValueError(f"max_batch_size must be >= 1, got {max_batch_size}")
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    cur: list[int] = []
    cur_max = 0
    for i in order:
        n = max(1, int(lengths[i]))
        new_max = max(cur_max, n)
        too_big = cur and (len(cur) + 1) * new_max > token_budget
        too_many = max_batch_size is not None and len(cur) >= max_batch_size
        if too_big or too_many:
            batches.append(cur)
            cur, new_max = [], n
        cur.append(i)
        cur_max = new_max
    if cur:
        batches.append(cur)
    return batches


def restore_order(batches: Sequence[Sequence[int]], outputs: Sequence[Sequence[R]]) -> list[R]:
    """Put per-batch outputs back in input order.

    ``outputs[b][k]`` is the result for input index ``batches[b][k]``.
    """
    n = sum(len(b) for b in batches)
    out: list = [None] * n
    filled = 0
    for idx, res in zip(batches, outputs, strict=True):
        if len(idx) != len(res):
            raise ValueError(f"batch of {len(idx)} units produced {len(res)} outputs")
        for i, r in zip(idx, res):
            out[i] = r
            filled += 1
    if filled != n:
        raise ValueError(f"expected {n} outputs, got {filled}")
    return out


def pad(rows: Sequence[Sequence[int]], *, pad_value: int = 0) -> torch.Tensor:
    """Right-pad integer rows to the longest row: a ``(len(rows), max_len)`` LongTensor."""
    width = max((len(r) for r in rows), default=0)
    out = torch.full((len(rows), width), pad_value, dtype=torch.long)
    for k, r in enumerate(rows):
        if r:
            out[k, : len(r)] = torch.as_tensor(list(r), dtype=torch.long)
    return out


def collate(
    encodings: Sequence[dict[str, Sequence[int]]], *, pad_values: dict[str, int] | None = None
) -> dict[str, torch.Tensor]:
    """Pad a list of ``{"input_ids": [...], "attention_mask": [...], ...}`` into tensors.

    Every key of the first encoding is padded (``pad_values[key]``, default 0;
    attention masks are padded with 0 so padded positions are ignored).
    """
    if not encodings:
        raise ValueError("collate() needs at least one encoding")
    pv = pad_values or {}
    return {k: pad([e[k] for e in encodings], pad_value=pv.get(k, 0)) for k in encodings[0]}


def iter_batches(
    items: Sequence[T], lengths: Sequence[int], *, token_budget: int, max_batch_size: int | None = None
) -> Iterator[tuple[list[int], list[T]]]:
    """Yield ``(indices, items)`` per token-budget batch (sorted by length)."""
    if len(items) != len(lengths):
        raise ValueError(f"{len(items)} items but {len(lengths)} lengths")
    for idx in token_budget_batches(lengths, token_budget=token_budget, max_batch_size=max_batch_size):
        yield idx, [items[i] for i in idx]


def device_token_budget(device, *, cpu: int, cuda: int) -> int:
    """A model stage's default token budget (padded tokens per forward pass) on ``device``.

    On the CPU a small budget wins: batches of similar lengths waste less on padding, and the
    matrix multiplies are already at the cores' peak (``eval/budget_sweep.py``: on 20 PolNeAR
    articles, stance 4096 -> 1024 and tagger 8192 -> 2048 cut each stage's time by a fifth with
    the same records). On CUDA a large batch keeps the device busy; the CUDA figures are not
    measured yet (no GPU was lent when they were set)."""
    kind = getattr(device, "type", str(device or "cpu"))
    return cuda if kind == "cuda" else cpu


def map_batched(
    fn: Callable[[list[T]], Sequence[R]],
    items: Sequence[T],
    lengths: Sequence[int],
    *,
    token_budget: int,
    max_batch_size: int | None = None,
    usage: dict[str, int] | None = None,
) -> list[R]:
    """Apply ``fn`` (a list of units -> one result per unit) by token-budget batches.

    Returns the results in the input order. ``usage``, when given, is a running count of what
    was computed: ``units``, ``batches``, ``tokens`` (real) and ``padded_tokens`` (what the
    model ran, padding included).
    """
    batches: list[list[int]] = []
    outputs: list[Sequence[R]] = []
    for idx, chunk in iter_batches(items, lengths, token_budget=token_budget, max_batch_size=max_batch_size):
        batches.append(idx)
        outputs.append(fn(chunk))
        if usage is not None:
            lens = [lengths[i] for i in idx]
            usage["units"] = usage.get("units", 0) + len(idx)
            usage["batches"] = usage.get("batches", 0) + 1
            usage["tokens"] = usage.get("tokens", 0) + sum(lens)
            usage["padded_tokens"] = usage.get("padded_tokens", 0) + max(lens) * len(lens)
    return restore_order(batches, outputs)


__all__ = ["collate", "device_token_budget", "iter_batches", "map_batched", "pad", "restore_order", "token_budget_batches"]
