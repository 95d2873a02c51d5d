"""pipeline.nn.int8: per-token int8 linear layers with SmoothQuant scales, and when the stages use them."""
import json
import logging

import pytest
import torch
from torch import nn

from pipeline.nn import int8
from pipeline.nn.int8 import (RANGES_NAME, Int8Linear, activation_ranges, cpu_int8_supported, quantize_linears,
                              resolve, save_ranges)

needs_int_mm = pytest.mark.skipif(not hasattr(torch, "_int_mm"), reason="this torch has no _int_mm")


def _rel_err(y, ref):
    return ((y - ref).abs().mean() / ref.abs().mean()).item()


@needs_int_mm
def test_int8_linear_is_close_to_fp32_even_with_an_outlier_token():
    torch.manual_seed(0)
    lin = nn.Linear(64, 48)
    x = torch.randn(3, 10, 64)
    x[0, 3] *= 60  # one token far larger than the rest: a per-tensor scale would round the others away
    q = Int8Linear(lin)
    with torch.inference_mode():
        ref, y = lin(x), q(x)
    assert y.shape == ref.shape
    assert _rel_err(y, ref) < 0.02
    others = torch.ones(3, 10, dtype=torch.bool)
    others[0, 3] = False
    assert _rel_err(y[others], ref[others]) < 0.02


@needs_int_mm
def test_smoothing_moves_an_outlier_channel_into_the_weights():
    torch.manual_seed(1)
    lin = nn.Linear(64, 32)
    x = torch.randn(200, 64)
    x[:, 5] *= 80  # one channel always huge: per-token scales alone lose the others
    plain = Int8Linear(lin)
    ranges = activation_ranges(nn.Sequential(lin), lambda: lin(x))
    smooth = Int8Linear(lin, ranges["0"])
    with torch.inference_mode():
        ref = lin(x)
        e_plain, e_smooth = _rel_err(plain(x), ref), _rel_err(smooth(x), ref)
    assert e_smooth < e_plain / 2
    assert e_smooth < 0.02


def test_activation_ranges_are_the_per_channel_maxima():
    lin = nn.Linear(4, 2)
    x = torch.tensor([[1.0, -5.0, 0.5, 0.0], [-2.0, 1.0, 0.25, 3.0]])
    r = activation_ranges(nn.Sequential(lin), lambda: (lin(x[:1]), lin(x[1:])))
    assert r["0"].tolist() == [2.0, 5.0, 0.5, 3.0]


@needs_int_mm
def test_quantize_linears_replaces_every_linear_of_a_tiny_bert_and_keeps_its_output():
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=64, max_position_embeddings=64)
    enc = BertModel(cfg).eval()
    ids = torch.randint(5, 100, (4, 20))
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        ref = enc(input_ids=ids, attention_mask=mask).last_hidden_state
    ranges = activation_ranges(enc, lambda: enc(input_ids=ids, attention_mask=mask))
    n_linear = sum(isinstance(m, nn.Linear) for m in enc.modules())
    assert quantize_linears(enc, ranges) == n_linear
    assert not any(isinstance(m, nn.Linear) for m in enc.modules())
    with torch.inference_mode():
        out = enc(input_ids=ids, attention_mask=mask).last_hidden_state
    assert torch.nn.functional.cosine_similarity(out.flatten(), ref.flatten(), dim=0) > 0.999


def test_a_range_of_the_wrong_size_is_refused():
    with pytest.raises(ValueError, match="channels"):
        quantize_linears(nn.Sequential(nn.Linear(8, 4)), {"0": torch.ones(5)})


def test_resolve_uses_int8_only_where_it_can_run(tmp_path, monkeypatch, caplog):
    cpu, cuda = torch.device("cpu"), torch.device("cuda")
    monkeypatch.setattr(int8, "cpu_int8_supported", lambda: True)
    assert resolve("auto", cpu, tmp_path) == "auto"  # no calibration ranges in the folder: fp32
    save_ranges({"x": torch.ones(2)}, tmp_path / RANGES_NAME)
    assert resolve("auto", cpu, tmp_path) == "int8"
    assert resolve("auto", cuda, tmp_path) == "auto"  # CUDA keeps its autocast
    assert resolve("fp32", cpu, tmp_path) == "fp32" and resolve("bf16", cpu, tmp_path) == "bf16"
    with caplog.at_level(logging.WARNING):
        assert resolve("int8", cuda, tmp_path) == "auto"
    assert "CPU only" in caplog.text
    monkeypatch.setattr(int8, "cpu_int8_supported", lambda: False)
    assert resolve("auto", cpu, tmp_path) == "auto"
    with caplog.at_level(logging.WARNING):
        assert resolve("int8", cpu, tmp_path) == "fp32"
    assert "VNNI" in caplog.text


def test_cpu_int8_supported_needs_an_int8_flag(monkeypatch):
    cpu_int8_supported.cache_clear()
    monkeypatch.setattr(int8, "cpu_flags", lambda: {"avx2", "fma"})
    try:
        assert cpu_int8_supported() is False
    finally:
        cpu_int8_supported.cache_clear()


def test_precision_int8_is_accepted_and_never_autocasts():
    from pipeline.device import autocast_dtype, check_precision

    assert check_precision("int8") == "int8"
    assert autocast_dtype(torch.device("cpu"), "int8") is None


@needs_int_mm
def test_stance_model_loads_at_int8_with_its_ranges(tmp_path, monkeypatch):
    from safetensors.torch import save_file
    from transformers import BertConfig, BertTokenizer

    from pipeline.nn.stance_model import CONFIG_NAME, LABELS, WEIGHTS_NAME, StanceModel, TransformerStance

    monkeypatch.setattr(int8, "cpu_int8_supported", lambda: True)
    words = "the a strike union said we support oppose it good bad".split()
    (tmp_path / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "<", ">", "[", "]"]
                                                  + words) + "\n")
    tok = BertTokenizer(vocab_file=str(tmp_path / "vocab.txt"))
    cfg = BertConfig(vocab_size=len(tok.get_vocab()), hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=64, max_position_embeddings=128)
    torch.manual_seed(0)
    model = StanceModel.from_config(cfg)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(tmp_path / WEIGHTS_NAME))
    cfg.save_pretrained(str(tmp_path))
    tok.save_pretrained(str(tmp_path))
    (tmp_path / CONFIG_NAME).write_text(json.dumps({"labels": list(LABELS), "temperature": 1.0, "max_length": 48}))
    items = [{"target": "the strike", "speaker": "union", "text": "we support the strike said the union"},
             {"target": "the strike", "speaker": "", "text": "it was bad"}]
    ref = TransformerStance.from_pretrained(tmp_path, device="cpu")
    assert ref.precision == "auto"  # no ranges yet
    ranges = activation_ranges(ref.model.encoder, lambda: ref.predict(items))
    save_ranges(ranges, tmp_path / RANGES_NAME)
    q = TransformerStance.from_pretrained(tmp_path, device="cpu")
    assert q.precision == "int8"
    assert any(isinstance(m, Int8Linear) for m in q.model.encoder.modules())
    for a, b in zip(ref.predict(items), q.predict(items)):
        assert all(abs(a[k] - b[k]) < 0.02 for k in LABELS)
    fp = TransformerStance.from_pretrained(tmp_path, device="cpu", precision="fp32")
    assert not any(isinstance(m, Int8Linear) for m in fp.model.encoder.modules())
    from pipeline.stages.stance import StanceClassifier

    stage = StanceClassifier(model_path=tmp_path, device="cpu")
    assert stage.version.endswith("+int8")  # the output's provenance says the model ran at int8
    assert not StanceClassifier(model_path=tmp_path, device="cpu", precision="fp32").version.endswith("+int8")


def test_a_trainer_removes_ranges_measured_on_old_weights(tmp_path):
    from pipeline.training.int8 import stale_int8_ranges

    assert stale_int8_ranges(tmp_path) is False
    save_ranges({"x": torch.ones(2)}, tmp_path / RANGES_NAME)
    assert stale_int8_ranges(tmp_path) is True
    assert not (tmp_path / RANGES_NAME).exists()
