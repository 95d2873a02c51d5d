"""pipeline.nn.stance_model: input encoding, the module, and the batched predictor.

A tiny randomly initialised BERT (and a hand-written vocabulary) stands in for
the real encoder, so these run in seconds; the shipped weights are tested
only under ``-m slow``.
"""
import json
import math
from pathlib import Path

import pytest
import torch

transformers = pytest.importorskip("transformers")
from transformers import BertConfig, BertTokenizer  # noqa: E402

from pipeline.nn.stance_model import (CONFIG_NAME, LABELS, MARK_CLOSE, MARK_OPEN, WEIGHTS_NAME,  # noqa: E402
                                      StanceModel, TransformerStance, encode_items, find_target_spans,
                                      mark_focus, mark_target, segment_a)

WORDS = ("the a of to and in is was said we they it not strike union mayor plan council bill "
         "good bad support oppose want will would people ring us tears pay tax wrong right smith jones "
         "workers government vote against favor new rules city money school < > << >> . , \" ' :").split()


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory):
    d = tmp_path_factory.mktemp("tok")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + sorted(set(WORDS))
    (d / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    return BertTokenizer(vocab_file=str(d / "vocab.txt"))


@pytest.fixture(scope="module")
def tiny_config(tokenizer):
    return BertConfig(vocab_size=len(tokenizer.get_vocab()), hidden_size=32, num_hidden_layers=2,
                      num_attention_heads=4, intermediate_size=64, max_position_embeddings=160)


@pytest.fixture(scope="module")
def stance(tokenizer, tiny_config):
    torch.manual_seed(0)
    model = StanceModel.from_config(tiny_config)
    return TransformerStance(model, tokenizer, device=torch.device("cpu"), temperature=1.5, max_length=48)


ITEMS = [
    {"target": "the strike", "speaker": "Gareth Smith", "text": "The union said the strike was right. \"We want pay.\""},
    {"target": "the plan", "speaker": "", "text": "Council said it would not support the plan."},
    {"target": "Jones", "speaker": "the mayor", "text": "Jones was wrong, the mayor said."},
    {"target": "school rules", "speaker": "people", "text": "We oppose new school rules. " * 12},
    {"target": "tax", "speaker": "government", "text": "tax", "target_spans": [(0, 3)]},
]


def test_find_target_spans_is_case_insensitive_whole_word_and_drops_article():
    text = "The Strike began; strikers joined the strike."
    assert find_target_spans(text, "the strike") == [(4, 10), (38, 44)]
    assert find_target_spans(text, "") == []


def test_mark_target_wraps_spans_and_maps_offsets():
    text = "we back Smith now"
    marked, omap = mark_target(text, [(8, 13)])
    assert marked == f"we back {MARK_OPEN} Smith {MARK_CLOSE} now"
    assert marked[omap[8]:omap[12] + 1] == "Smith"
    assert omap[len(text)] == len(marked)
    assert len(omap) == len(text) + 1


def test_mark_target_drops_overlapping_and_out_of_range_spans():
    marked, _ = mark_target("abc def", [(0, 3), (1, 4), (5, 99)])
    assert marked == f"{MARK_OPEN} abc {MARK_CLOSE} def"


def test_segment_a_names_unknown_speaker_none():
    assert segment_a("the plan", "") == "the plan [SEP] none"
    assert segment_a(" x ", "Jo") == "x [SEP] Jo"


def test_encoding_has_two_segments_and_respects_max_length(tokenizer):
    encs = encode_items(tokenizer, ITEMS, max_length=48)
    for e in encs:
        assert len(e["input_ids"]) <= 48
        assert len(e["input_ids"]) == len(e["token_type_ids"]) == len(e["attention_mask"])
        assert e["input_ids"][0] == tokenizer.cls_token_id and e["input_ids"][-1] == tokenizer.sep_token_id
        assert e["token_type_ids"][0] == 0 and e["token_type_ids"][-1] == 1
    assert len(encs[3]["input_ids"]) == 48  # the long text was windowed


def test_long_text_window_keeps_the_focus(tokenizer):
    text = "people ring us . " * 40 + "we oppose the plan . " + "people ring us . " * 40
    start = text.index("we oppose")
    item = {"target": "plan", "speaker": "", "text": text, "focus": (start, start + 18)}
    ids = encode_items(tokenizer, [item], max_length=32)[0]["input_ids"]
    assert tokenizer.convert_tokens_to_ids("oppose") in ids


def test_focus_marks_wrap_the_quote_beside_the_target_marks():
    text = 'The union said the strike would go ahead. "We have no choice," said Ann.'
    marked, omap = mark_target(text, find_target_spans(text, "the strike"))
    q = text.index("We have")
    out, centre = mark_focus(marked, omap, (q, q + len("We have no choice,")))
    assert out == 'The union said the << strike >> would go ahead. "[[ We have no choice, ]]" said Ann.'
    assert out[centre - 3:centre + 3].strip() and "[[" in out[:centre] and "]]" in out[centre:]


def test_focus_marks_reach_the_encoding_only_when_asked(tokenizer):
    item = {"target": "plan", "speaker": "", "text": "we oppose the plan .", "focus": (0, 9)}
    plain = encode_items(tokenizer, [item])[0]["input_ids"]
    marked = encode_items(tokenizer, [item], focus_marks=True)[0]["input_ids"]
    assert len(marked) > len(plain)
    assert encode_items(tokenizer, [dict(item, focus=None)], focus_marks=True)[0]["input_ids"] == plain


def test_model_outputs_one_logit_row_per_item(tokenizer, tiny_config):
    model = StanceModel.from_config(tiny_config).eval()
    from pipeline.batching import collate
    b = collate(encode_items(tokenizer, ITEMS[:3]), pad_values={"input_ids": 0})
    assert model(**b).shape == (3, len(LABELS))


def test_predict_returns_calibrated_distributions_in_input_order(stance):
    out = stance.predict(ITEMS)
    assert len(out) == len(ITEMS)
    for p in out:
        assert set(p) == set(LABELS)
        assert math.isclose(sum(p.values()), 1.0, abs_tol=1e-5)
    one_by_one = [stance.predict([it])[0] for it in ITEMS]
    for a, b in zip(out, one_by_one):
        for lab in LABELS:
            assert a[lab] == pytest.approx(b[lab], abs=1e-5)


@pytest.mark.parametrize("budget", [1, 64, 200, 100_000])
def test_batch_size_one_and_n_give_the_same_logits(stance, budget):
    ref = stance.predict_logits(ITEMS, token_budget=1, max_batch_size=1)
    got = stance.predict_logits(ITEMS, token_budget=budget)
    assert torch.allclose(ref, got, atol=1e-5)


def test_predict_of_nothing_is_empty(stance):
    assert stance.predict([]) == []


def test_save_and_load_round_trip_in_fp16(stance, tiny_config, tokenizer, tmp_path):
    from safetensors.torch import save_file

    state = {k: v.half().contiguous() for k, v in stance.model.state_dict().items()}
    save_file(state, str(tmp_path / WEIGHTS_NAME))
    tiny_config.save_pretrained(str(tmp_path))
    tokenizer.save_pretrained(str(tmp_path))
    (tmp_path / CONFIG_NAME).write_text(json.dumps({"labels": list(LABELS), "temperature": 1.5,
                                                    "max_length": 48, "version": "t"}))
    loaded = TransformerStance.from_pretrained(tmp_path, device="cpu")
    assert loaded.temperature == 1.5 and loaded.version == "t"
    a, b = stance.predict(ITEMS), loaded.predict(ITEMS)
    for x, y in zip(a, b):
        for lab in LABELS:
            assert x[lab] == pytest.approx(y[lab], abs=2e-2)


def test_missing_model_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        TransformerStance.from_pretrained(tmp_path / "nope", device="cpu")


MODELS = Path(__file__).resolve().parents[1] / "models"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["stance-mpnet", "stance-minilm"])
def test_shipped_model_separates_clear_cases(name):
    from pipeline.stages.stance import loadable

    ok, why = loadable(MODELS / name)
    if not ok:
        pytest.skip(why)
    model = TransformerStance.from_pretrained(MODELS / name, device="cpu")
    out = model.predict([
        {"target": "the strike", "speaker": "union leader",
         "text": "“We fully support the strike. Our members deserve a fair deal,” the union leader said."},
        {"target": "the strike", "speaker": "the minister",
         "text": "“This strike is reckless and will hurt patients,” the minister said."},
    ])
    assert max(out[0], key=out[0].get) == "favor"
    assert max(out[1], key=out[1].get) == "against"


# --------------------------------------------------------------------------
# a frozen lower part: top layers over cached hidden states, partial weights
# --------------------------------------------------------------------------


def _tiny_mpnet(vocab_size):
    from transformers import MPNetConfig

    return MPNetConfig(vocab_size=vocab_size, hidden_size=32, num_hidden_layers=3, num_attention_heads=4,
                       intermediate_size=64, max_position_embeddings=160, pad_token_id=0)


@pytest.mark.parametrize("arch", ["bert", "mpnet"])
def test_top_layers_over_bottom_hidden_states_equal_the_full_forward(tokenizer, tiny_config, arch):
    torch.manual_seed(0)
    config = tiny_config if arch == "bert" else _tiny_mpnet(len(tokenizer.get_vocab()))
    model = StanceModel.from_config(config).eval()
    from pipeline.batching import collate
    from pipeline.nn.stance_model import uses_token_types

    encs = encode_items(tokenizer, ITEMS, max_length=48, token_types=uses_token_types(config))
    batch = collate(encs, pad_values={"input_ids": 0})
    with torch.no_grad():
        full = model(**batch)
        for k in range(1, len(model.layers)):
            hidden = model.bottom_hidden(k, **batch)
            split = model.top_forward(k, hidden, batch["attention_mask"])
            assert torch.allclose(full, split, atol=1e-5), (arch, k)
    assert len(model.layers) == config.num_hidden_layers  # the layer list is restored


def test_freeze_below_leaves_only_the_top_layers_and_head_trainable(tiny_config):
    model = StanceModel.from_config(tiny_config)
    model.freeze_below(1)
    trainable = {n.split(".")[0] if n.startswith("head") else ".".join(n.split(".")[:4])
                 for n, p in model.named_parameters() if p.requires_grad}
    assert trainable == {"head", "encoder.encoder.layer.1"}


def test_partial_weights_load_over_the_base_encoder(tokenizer, tiny_config, tmp_path, monkeypatch):
    """A model that stores only its trained top layers is completed from its base encoder."""
    from safetensors.torch import save_file

    torch.manual_seed(1)
    base_dir = tmp_path / "base"
    base = StanceModel.from_config(tiny_config)
    base.encoder.save_pretrained(str(base_dir))
    tokenizer.save_pretrained(str(base_dir))
    trained = StanceModel.from_encoder(base_dir)
    trained.freeze_below(1)
    with torch.no_grad():
        for p in trained.layers[1].parameters():
            p.add_(0.05)  # "training" changes the top layer only
    keep = {n for n, p in trained.named_parameters() if p.requires_grad}
    out = tmp_path / "model"
    out.mkdir()
    save_file({n: v.contiguous() for n, v in trained.state_dict().items() if n in keep}, str(out / WEIGHTS_NAME))
    tiny_config.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    cfg = {"labels": list(LABELS), "temperature": 1.0, "max_length": 48, "version": "p",
           "stored_weights": "top", "trained_from_layer": 1, "base_encoder_name": "tiny"}
    (out / CONFIG_NAME).write_text(json.dumps(cfg))
    import pipeline.nn.base_encoders as be

    monkeypatch.setattr(be, "locate", lambda name: base_dir if name == "tiny" else pytest.fail(name))
    loaded = TransformerStance.from_pretrained(out, device="cpu")
    ref = TransformerStance(trained, tokenizer, device=torch.device("cpu"), max_length=48)
    assert torch.allclose(loaded.predict_logits(ITEMS), ref.predict_logits(ITEMS), atol=1e-5)
    # a stored file that lacks a trained layer is refused
    save_file({n: v.contiguous() for n, v in trained.state_dict().items() if n.startswith("head")},
              str(out / WEIGHTS_NAME))
    with pytest.raises(ValueError, match="lack trained parameters"):
        TransformerStance.from_pretrained(out, device="cpu")


def test_unknown_base_encoder_is_refused():
    from pipeline.nn.base_encoders import locate

    with pytest.raises(ValueError, match="unknown base encoder"):
        locate("bert-large-from-nowhere")


def test_training_features_from_cached_hidden_states_give_the_models_logits(tokenizer, tiny_config):
    """The training path that caches the frozen layers' output scores items as the full model does."""
    from pipeline.batching import collate
    from pipeline.training.stance import Features

    torch.manual_seed(2)
    model = StanceModel.from_config(tiny_config)
    model.freeze_below(1)
    encs = encode_items(tokenizer, ITEMS, max_length=48)
    cached = Features(model, encs, k=1, pad_id=0).select([2, 0, 0, 4])
    assert [len(h) for h in cached.hidden] == [len(encs[i]["input_ids"]) for i in (2, 0, 0, 4)]
    model.eval()
    with torch.no_grad():
        want = model(**collate([encs[i] for i in (2, 0, 0, 4)], pad_values={"input_ids": 0}))
        got = cached.logits(range(4))
    assert torch.allclose(want, got, atol=2e-3)  # the cache is fp16


def test_partial_weights_refuse_a_different_base(tokenizer, tiny_config, tmp_path, monkeypatch):
    from safetensors.torch import save_file

    base_dir = tmp_path / "base"
    StanceModel.from_config(tiny_config).encoder.save_pretrained(str(base_dir))
    out = tmp_path / "model"
    out.mkdir()
    model = StanceModel.from_encoder(base_dir)
    save_file({n: v.contiguous() for n, v in model.state_dict().items()
               if n.startswith(("head.", "encoder.encoder.layer.1."))}, str(out / WEIGHTS_NAME))
    tokenizer.save_pretrained(str(out))
    (out / CONFIG_NAME).write_text(json.dumps({"labels": list(LABELS), "stored_weights": "top", "trained_from_layer": 1,
                                               "base_encoder_name": "tiny", "base_weights_bytes": 12345}))
    import pipeline.nn.base_encoders as be

    monkeypatch.setattr(be, "locate", lambda name: base_dir)
    with pytest.raises(ValueError, match="was trained over"):
        TransformerStance.from_pretrained(out, device="cpu")


def test_train_article_items_get_the_stage_speaker_context(tmp_path):
    import json

    from pipeline.training.stance import load_article_pairs

    text = "Jo Bloggs, the union's organiser, spoke at the gate. Pay is low. “We will win,” she said."
    rec = {"id": "a1", "split": "train", "text": text, "sentences": [[0, 52], [53, 64], [65, 90]],
           "entities": [{"id": "e1", "name": "Jo Bloggs", "type": "person"}],
           "mentions": [{"id": "m1", "start": 0, "end": 9, "entity": "e1"},
                        {"id": "m2", "start": 83, "end": 86, "entity": "e1"}],
           "quotes": [{"id": "q1", "start": 66, "end": 77, "entity": "e1",
                       "stances": [{"target": "the strike", "label": "favor"}]}]}
    path = tmp_path / "arts.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    (spk,) = load_article_pairs(path, context="speaker")
    (sent,) = load_article_pairs(path, context="sentence")
    assert sent["text"] == text[65:90]
    assert spk["text"] == text[0:52] + " " + text[65:90]
    for it in (spk, sent):
        assert it["text"][it["focus"][0]:it["focus"][1]] == "We will win"
    with pytest.raises(ValueError):
        load_article_pairs(path, context="lead")
