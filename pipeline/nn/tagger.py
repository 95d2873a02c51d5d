"""A BIO tagger for attributions: source, cue and content spans over word pieces.

Units are character windows of one text (a paragraph with its neighbours as
context). One model serves several annotation *schemes*: PolNeAR marks every
attribution (beliefs, polls, documents), sayso's own gold marks speech only.
The scheme is given to the encoder as the token type id of every token (0 =
the first scheme, PolNeAR), so training on both teaches one encoder two
conventions and inference picks one. The encoder is any BERT-like model loadable by transformers; the
head is a linear layer over the 7 labels. Predictions map back to character
offsets through the tokenizer's offset mapping; only tokens inside a unit's
``focus`` (the paragraph itself, not its context) are kept, so overlapping
windows stitch back without double counting. Never imports Document.
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch
from torch import nn

from ..batching import map_batched, pad
from ..device import choose_device, inference
from .int8 import prepare

TYPES = ("source", "cue", "content")
LABELS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I"))
LABEL2ID = {l: i for i, l in enumerate(LABELS)}
CONFIG_NAME = "tagger_config.json"
WEIGHTS_NAME = "model.safetensors"


class TaggerModel(nn.Module):
    def __init__(self, encoder: nn.Module, *, n_labels: int = len(LABELS), dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, n_labels)

    @classmethod
    def from_config(cls, config: Any, **kw) -> "TaggerModel":
        from transformers import AutoModel

        return cls(AutoModel.from_config(config), **kw)

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        kw = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
        out = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **kw)
        return self.head(self.dropout(out.last_hidden_state))


def char_labels_to_tokens(offsets: Sequence[tuple[int, int]], spans: dict[str, list[tuple[int, int]]]) -> list[int]:
    """Token labels from character spans: a token takes the type of the span holding its start."""
    labels = []
    prev_span = None
    for s, e in offsets:
        if e <= s:
            labels.append(-100)  # special tokens
            prev_span = None
            continue
        lab, cur = "O", None
        for t in TYPES:
            for a, b in spans.get(t, []):
                if a <= s < b:
                    cur = (t, a, b)
                    break
            if cur:
                break
        if cur:
            lab = ("I-" if prev_span == cur else "B-") + cur[0]
        labels.append(LABEL2ID[lab])
        prev_span = cur
    return labels


def decode(offsets: Sequence[tuple[int, int]], label_ids: Sequence[int], *, focus: tuple[int, int] | None = None,
           base: int = 0) -> list[tuple[str, int, int]]:
    """BIO over tokens -> ``(type, start, end)`` character spans (offsets shifted by ``base``).

    An I- without a preceding B- of its type starts a span. Tokens outside
    ``focus`` (absolute offsets) are ignored.
    """
    return [x[:3] for x in decode_scored(offsets, label_ids, None, focus=focus, base=base)]


def decode_scored(offsets: Sequence[tuple[int, int]], label_ids: Sequence[int], probs: Sequence[float] | None, *,
                  focus: tuple[int, int] | None = None, base: int = 0) -> list[tuple[str, int, int, float]]:
    """Like :func:`decode`, with each span's score: the mean probability of its tokens' labels."""
    out: list[tuple[str, int, int, float]] = []
    cur = None
    probs = probs if probs is not None else [1.0] * len(label_ids)

    def close(c):
        out.append((c[0], c[1], c[2], round(sum(c[3]) / len(c[3]), 4)))

    for (s, e), lid, pr in zip(offsets, label_ids, probs):
        if e <= s:
            continue
        s, e = s + base, e + base
        if focus is not None and not (focus[0] <= s < focus[1]):
            if cur:
                close(cur)
                cur = None
            continue
        lab = LABELS[lid]
        if lab == "O":
            if cur:
                close(cur)
                cur = None
            continue
        p, t = lab.split("-", 1)
        if p == "B" or cur is None or cur[0] != t:
            if cur:
                close(cur)
            cur = [t, s, e, [pr]]
        else:
            cur[2] = e
            cur[3].append(pr)
    if cur:
        close(cur)
    return out


def _penalties() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Log-space transition penalties (0 allowed, -1e9 not), ``[from, to]``:

    * between words: I-x only after B-x or I-x;
    * inside a word (a piece glued to the one before it): the label carries
      on, O after O and I-x after B-x or I-x;
    * and the penalty of each label as the first of a sequence (no I-x).
    """
    n, neg = len(LABELS), -1e9
    between = np.zeros((n, n))
    inword = np.full((n, n), neg)
    inword[0, 0] = 0.0
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            ok = [LABEL2ID["B-" + lab[2:]], j]
            between[:, j] = neg
            between[ok, j] = 0.0
            inword[ok, j] = 0.0
    first = np.array([neg if lab.startswith("I-") else 0.0 for lab in LABELS])
    return between, inword, first


_BETWEEN, _INWORD, _FIRST = _penalties()


def viterbi(logp: torch.Tensor, real: torch.Tensor, glued: torch.Tensor) -> torch.Tensor:
    """Best label path under the BIO constraints, for a batch.

    ``logp`` ``(B, L, C)`` log-probabilities; ``real`` ``(B, L)`` marks the
    tokens that carry text (special tokens and padding are skipped: they
    neither constrain nor take a label, and get O); ``glued`` ``(B, L)``
    marks word pieces that continue the word before them, which may only
    carry its label on. Returns ``(B, L)`` label ids. Runs in NumPy: the
    loop over positions costs microseconds a step, not torch's dispatch.
    """
    lp = logp.detach().cpu().double().numpy()
    real_np = real.cpu().numpy().astype(bool)
    glued_np = glued.cpu().numpy().astype(bool)
    B, L, C = lp.shape
    score = np.zeros((B, C))
    started = np.zeros(B, dtype=bool)
    back = np.tile(np.arange(C), (B, L, 1))
    rows = np.arange(B)
    for t in range(L):
        r = real_np[:, t]
        if not r.any():
            continue
        trans = np.where(glued_np[:, t, None, None], _INWORD, _BETWEEN)  # (B, C, C)
        cand = score[:, :, None] + trans
        arg = cand.argmax(1)
        best = np.take_along_axis(cand, arg[:, None, :], 1)[:, 0]
        first = r & ~started
        new = np.where(first[:, None], _FIRST + lp[:, t], best + lp[:, t])
        step_back = np.where(first[:, None], np.arange(C), arg)
        score = np.where(r[:, None], new, score)
        back[:, t] = np.where(r[:, None], step_back, back[:, t])
        started |= r
    labels = np.zeros((B, L), dtype=np.int64)
    cur = score.argmax(-1)
    for t in range(L - 1, -1, -1):
        r = real_np[:, t]
        labels[:, t] = np.where(r, cur, 0)
        cur = np.where(r, back[rows, t, cur], cur)
    return torch.from_numpy(labels)


def windows(text: str, paragraphs: Sequence[tuple[int, int]], *, context_chars: int = 200,
            max_chars: int = 1200) -> list[dict]:
    """One unit per paragraph: ``focus`` = the paragraph, ``span`` = it plus context.

    A paragraph longer than ``max_chars`` is cut into pieces at spaces.
    Offsets are absolute ``str`` indices into ``text``.
    """
    units = []
    for ps, pe in paragraphs:
        pieces = []
        s = ps
        while pe - s > max_chars:
            cut = text.rfind(" ", s, s + max_chars)
            cut = cut if cut > s else s + max_chars
            pieces.append((s, cut))
            s = cut
        pieces.append((s, pe))
        for fs, fe in pieces:
            ws = max(0, fs - context_chars)
            we = min(len(text), fe + context_chars)
            # start and end the context at a space
            if ws > 0:
                sp = text.find(" ", ws, fs)
                ws = sp + 1 if sp >= 0 else fs
            if we < len(text):
                sp = text.rfind(" ", fe, we)
                we = sp if sp >= 0 else fe
            units.append({"span": (ws, we), "focus": (fs, fe)})
    return units


def group_paragraphs(paragraphs: Sequence[tuple[int, int]], group_chars: int) -> list[tuple[int, int]]:
    """Consecutive paragraphs joined into foci of at most ``group_chars`` characters (a longer
    paragraph stays alone), so that each token is encoded about once rather than once per
    neighbouring paragraph's context. 0 keeps one paragraph per focus."""
    if group_chars <= 0:
        return list(paragraphs)
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs:
        if out and pe - out[-1][0] <= group_chars:
            out[-1] = (out[-1][0], pe)
        else:
            out.append((ps, pe))
    return out


def update_config(model_dir: str | Path, **values: Any) -> Path:
    """Merge ``values`` into a trained tagger's ``tagger_config.json`` (tuned decoding and cuts)."""
    path = Path(model_dir) / CONFIG_NAME
    cfg = json.loads(path.read_text(encoding="utf-8"))
    for k, v in values.items():
        if isinstance(v, dict) and isinstance(cfg.get(k), dict):
            cfg[k].update(v)
        else:
            cfg[k] = v
    path.write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
    return path


class Tagger:
    """A trained tagger with its tokenizer on one device; ``predict`` on texts + units."""

    def __init__(self, model: TaggerModel, tokenizer: Any, *, device: torch.device, max_length: int = 256,
                 context_chars: int = 200, version: str = "0", schemes: Sequence[str] = ("polnear",),
                 o_bias: dict[str, float] | None = None, decoding: str = "argmax",
                 min_score: float | None = None, precision: str = "auto"):
        if decoding not in {"argmax", "viterbi"}:
            raise ValueError(f"decoding must be 'argmax' or 'viterbi', not {decoding!r}")
        self.decoding = decoding
        self.min_score = min_score  # the sayso stage's tuned cut on span scores (None: the stage's default)
        self.precision = precision  # autocast: see pipeline.device.autocast_dtype
        self.model = model.to(device).eval()
        # per scheme: a log-probability added to label O before the argmax (tuned on dev; > 0 trades
        # recall for precision). The class-weighted loss leans towards recall; this moves it back.
        self.o_bias = dict(o_bias or {})
        self.schemes = tuple(schemes)
        self.context_chars = context_chars
        self.tokenizer = tokenizer
        self.device = device
        self.max_length = max_length
        self.version = version
        self.usage: dict[str, int] = {}  # running count of what the model computed (pipeline.batching.map_batched)

    @classmethod
    def from_pretrained(cls, path: str | Path, *, device=None, precision: str = "auto") -> "Tagger":
        from safetensors.torch import load_file
        from transformers import AutoConfig, AutoTokenizer

        path = Path(path)
        if not (path / CONFIG_NAME).exists():
            raise FileNotFoundError(f"quote tagger not found at {path} (train it: sayso train quotes)")
        cfg = json.loads((path / CONFIG_NAME).read_text(encoding="utf-8"))
        model = TaggerModel.from_config(AutoConfig.from_pretrained(str(path)))
        state = {k: v.float() for k, v in load_file(str(path / WEIGHTS_NAME)).items()}
        model.load_state_dict(state, strict=False)
        tok = AutoTokenizer.from_pretrained(str(path))
        device = choose_device(device)
        precision = prepare(model.encoder, precision, device, path)
        return cls(model, tok, device=device, max_length=cfg.get("max_length", 256),
                   context_chars=cfg.get("context_chars", 200), version=str(cfg.get("version", "0")),
                   schemes=cfg.get("schemes", ["polnear"]), o_bias=cfg.get("o_bias"),
                   decoding=cfg.get("decoding", "argmax"), min_score=cfg.get("min_score"), precision=precision)

    def scheme_id(self, scheme: str | None) -> int:
        """The token type id of ``scheme`` (None: the first); a model trained on one scheme answers in it."""
        if scheme is None or scheme not in self.schemes:
            if scheme is not None and len(self.schemes) > 1:
                raise ValueError(f"unknown tagging scheme {scheme!r}; this model knows {list(self.schemes)}")
            return 0
        return self.schemes.index(scheme)

    def encode(self, text: str, unit: dict) -> list[dict]:
        return self.encode_many([(text, unit)])[0]

    def encode_many(self, jobs: Sequence[tuple[str, dict]]) -> list[list[dict]]:
        """Tokenise units in one call of the (Rust, multi-threaded) fast tokenizer.

        A unit whose focus does not fit in ``max_length`` word pieces (a
        feed that puts a whole article on one line) is split at a space into
        two units, each with its own context, until every piece fits; the
        encodings of one unit come back as a list in text order.
        """
        if not jobs:
            return []
        pieces = [t[u["span"][0]:u["span"][1]] for t, u in jobs]
        enc = self.tokenizer(pieces, truncation=True, max_length=self.max_length, return_offsets_mapping=True)
        out = []
        for i, (text, u) in enumerate(jobs):
            e = {"input_ids": enc["input_ids"][i], "offsets": enc["offset_mapping"][i], "base": u["span"][0],
                 "focus": u["focus"]}
            covered = u["span"][0] + max((b for a, b in e["offsets"] if b > a), default=0)
            fs, fe = u["focus"]
            if covered >= len(text[:fe].rstrip()) or fe - fs < 40:
                out.append([e])
                continue
            mid = text.rfind(" ", fs, (fs + fe) // 2 + 1)
            mid = mid if mid > fs else (fs + fe) // 2
            halves = windows(text, [(fs, mid), (mid, fe)], context_chars=self.context_chars, max_chars=fe - fs)
            out.append([x for part in self.encode_many([(text, h) for h in halves]) for x in part])
        return out

    def _forward(self, encs: list[dict], type_id: int = 0,
                 o_bias: float = 0.0) -> list[tuple[list[int], list[float]]]:
        ids = pad([e["input_ids"] for e in encs], pad_value=self.tokenizer.pad_token_id or 0)
        mask = pad([[1] * len(e["input_ids"]) for e in encs])
        types = torch.full_like(ids, type_id)
        probs = self.model(ids.to(self.device), mask.to(self.device), types.to(self.device)).float().softmax(-1)
        probs = probs.cpu()
        if o_bias or self.decoding == "viterbi":
            logp = probs.clamp_min(1e-12).log()
            logp[..., 0] += o_bias
            if self.decoding == "viterbi":
                real = torch.zeros(ids.shape, dtype=torch.bool)
                glued = torch.zeros(ids.shape, dtype=torch.bool)
                for i, e in enumerate(encs):
                    pieces = self.tokenizer.convert_ids_to_tokens(e["input_ids"])
                    for k, (a, b) in enumerate(e["offsets"]):
                        if b > a:
                            real[i, k] = True
                            glued[i, k] = k > 0 and real[i, k - 1] and pieces[k].startswith("##")
                labels = viterbi(logp, real, glued)
            else:
                labels = logp.argmax(-1)
            best = probs.gather(-1, labels.unsqueeze(-1)).squeeze(-1)
        else:
            best, labels = probs.max(-1)
        return [(labels[i, : len(e["input_ids"])].tolist(), best[i, : len(e["input_ids"])].tolist())
                for i, e in enumerate(encs)]

    def predict(self, jobs: Sequence[tuple[str, dict]], *, token_budget: int = 8192, scheme: str | None = None,
                scores: bool = False, chunk_size: int = 256, o_bias: float | None = None) -> list[list[tuple]]:
        """For each (text, unit): the ``(type, start, end)`` spans inside the unit's focus, in input order.

        ``scheme`` picks the annotation convention (see the module docstring);
        ``scores=True`` adds each span's mean token probability as a fourth item.
        ``o_bias`` overrides the scheme's tuned bias towards label O.
        """
        type_id = self.scheme_id(scheme)
        if o_bias is None:
            o_bias = float(self.o_bias.get(self.schemes[type_id], 0.0))
        jobs = list(jobs)
        if not jobs:
            return []
        # tokenisation overlaps the model: a worker thread encodes chunk k+1 while chunk k runs
        # (the tokenizer and torch both release the GIL); within a chunk, token-budget batches
        chunks = [jobs[i:i + chunk_size] for i in range(0, len(jobs), chunk_size)]
        res: list[list[tuple]] = []
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(self.encode_many, chunks[0])
            for k in range(len(chunks)):
                per_job = pending.result()
                if k + 1 < len(chunks):
                    pending = pool.submit(self.encode_many, chunks[k + 1])
                encs = [e for part in per_job for e in part]
                with inference(self.device, precision=self.precision):
                    outs = map_batched(lambda b: self._forward(b, type_id, o_bias), encs,
                                       [len(e["input_ids"]) for e in encs], token_budget=token_budget,
                                       usage=self.usage)
                spans = iter([decode_scored(e["offsets"], lab, pr, focus=e["focus"], base=e["base"])
                              for e, (lab, pr) in zip(encs, outs)])
                # the pieces of a split unit are disjoint and in text order: their spans concatenate
                res.extend([x for _ in part for x in next(spans)] for part in per_job)
        return res if scores else [[x[:3] for x in r] for r in res]
