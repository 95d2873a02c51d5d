#!/usr/bin/env python
"""How much batching can buy on this CPU: the tagger at batch sizes 1, 8, 32 in
fp32 and under CPU bf16 autocast (with label agreement against fp32 batch 1),
and the raw fp32 GEMM rate of one feed-forward layer at 100, 800 and 3,200
rows.

    python eval/cpu_ceiling.py | tee eval/results/cpu_ceiling.txt

If one ~100-token unit already runs the GEMM near the machine's peak, no
batch size can give a large speed-up in fp32; bf16 (AVX512-BF16/AMX) is the
lever that batching unlocks. Not part of the pipeline: a measurement.
"""
import os
import platform
import time

import torch

from pipeline.evaluation.bench import load_articles
from pipeline.nn.tagger import Tagger, windows
from pipeline.text import paragraphs
from pipeline.paths import TAGGER, model_path
from pipeline.batching import map_batched
torch.set_num_threads(2)
tg = Tagger.from_pretrained(model_path(TAGGER), device='cpu', precision='fp32')  # fp32 and bf16 autocast below, not int8
print(platform.platform(), 'cpus', os.cpu_count(), 'torch', torch.__version__, 'threads', torch.get_num_threads())
arts = load_articles(1)
jobs = [(a["text"], u) for a in arts for u in windows(a["text"], [(p.start, p.end) for p in paragraphs(a["text"])], context_chars=tg.context_chars)]
encs = [e for part in tg.encode_many(jobs) for e in part]
n_tok = sum(len(e["input_ids"]) for e in encs)
print(len(encs), 'units', n_tok, 'tokens', 'mean len', n_tok / len(encs))
ref = None
for mode in ('fp32', 'bf16'):
    for bs in (1, 8, 32):
        def run():
            with torch.inference_mode():
                if mode == 'bf16':
                    with torch.autocast('cpu', dtype=torch.bfloat16):
                        return map_batched(tg._forward, encs, [len(e["input_ids"]) for e in encs], token_budget=bs * 256, max_batch_size=bs)
                return map_batched(tg._forward, encs, [len(e["input_ids"]) for e in encs], token_budget=bs * 256, max_batch_size=bs)
        run() if bs == 1 else None
        t = time.perf_counter(); out = run(); sec = time.perf_counter() - t
        labs = [o[0] for o in out]
        if ref is None: ref = labs
        agree = sum(a == b for x, y in zip(ref, labs) for a, b in zip(x, y)) / sum(len(x) for x in ref)
        print(f"{mode} bs={bs:<3} {n_tok/sec:8.0f} tok/s  label agreement with fp32 bs1 {agree:.4f}", flush=True)
# raw GEMM ceiling: one layer's FFN at M tokens
W = torch.randn(384, 1536)
for M in (100, 800, 3200):
    x = torch.randn(M, 384)
    for _ in range(3): x @ W
    t = time.perf_counter(); n = max(1, 20000 // M)
    for _ in range(n): x @ W
    sec = (time.perf_counter() - t) / n
    print(f"GEMM M={M:<5} {2*M*384*1536/sec/1e9:6.1f} GFLOP/s fp32")
