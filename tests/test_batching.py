"""pipeline.batching: token-budget batches, padding, order restoration."""
import random

import pytest
import torch

from pipeline.batching import collate, iter_batches, map_batched, pad, restore_order, token_budget_batches


def test_every_index_appears_exactly_once():
    lengths = [random.Random(0).randint(1, 60) for _ in range(200)]
    batches = token_budget_batches(lengths, token_budget=256)
    flat = sorted(i for b in batches for i in b)
    assert flat == list(range(200))


def test_batches_respect_token_budget_and_max_batch_size():
    rng = random.Random(1)
    lengths = [rng.randint(1, 50) for _ in range(300)]
    for b in token_budget_batches(lengths, token_budget=200, max_batch_size=7):
        assert len(b) <= 7
        assert len(b) * max(lengths[i] for i in b) <= 200


def test_unit_longer_than_budget_gets_its_own_batch():
    batches = token_budget_batches([5, 500, 5], token_budget=100)
    assert [1] in batches
    assert sorted(i for b in batches for i in b) == [0, 1, 2]


def test_batches_are_sorted_by_length_and_stable():
    lengths = [3, 1, 3, 2, 1]
    order = [i for b in token_budget_batches(lengths, token_budget=1000) for i in b]
    assert order == [1, 4, 3, 0, 2]


def test_empty_input_gives_no_batches():
    assert token_budget_batches([], token_budget=10) == []
    assert map_batched(lambda xs: xs, [], [], token_budget=10) == []


@pytest.mark.parametrize("bad", [0, -3])
def test_invalid_budget_raises(bad):
    with pytest.raises(ValueError):
        token_budget_batches([1, 2], token_budget=bad)


def test_restore_order_puts_outputs_back():
    batches = [[2, 0], [1]]
    assert restore_order(batches, [["c", "a"], ["b"]]) == ["a", "b", "c"]


def test_restore_order_rejects_wrong_output_count():
    with pytest.raises(ValueError):
        restore_order([[0, 1]], [["a"]])


def test_map_batched_returns_input_order_for_any_budget():
    rng = random.Random(2)
    items = [rng.randint(1, 40) for _ in range(57)]
    for budget in (1, 16, 64, 10_000):
        out = map_batched(lambda xs: [x * 10 for x in xs], items, items, token_budget=budget)
        assert out == [x * 10 for x in items]


def test_iter_batches_yields_items_with_their_indices():
    items = ["ccc", "a", "bb"]
    got = list(iter_batches(items, [len(x) for x in items], token_budget=100))
    assert got == [([1, 2, 0], ["a", "bb", "ccc"])]


def test_pad_right_pads_with_value():
    t = pad([[1, 2, 3], [4]], pad_value=9)
    assert t.dtype == torch.long
    assert t.tolist() == [[1, 2, 3], [4, 9, 9]]


def test_collate_pads_every_key_and_masks_with_zero():
    b = collate([{"input_ids": [5, 6], "attention_mask": [1, 1]}, {"input_ids": [7], "attention_mask": [1]}],
                pad_values={"input_ids": 0})
    assert b["input_ids"].tolist() == [[5, 6], [7, 0]]
    assert b["attention_mask"].tolist() == [[1, 1], [1, 0]]


def test_precision_picks_the_autocast_dtype():
    from pipeline.device import autocast_dtype, inference

    cpu = torch.device("cpu")
    assert autocast_dtype(cpu) is None  # auto: fp32 on the CPU
    assert autocast_dtype(cpu, "fp32") is None
    assert autocast_dtype(cpu, "bf16") is torch.bfloat16
    assert autocast_dtype(cpu, "int8") is None  # int8 replaces the linear layers at load: no autocast
    with pytest.raises(ValueError):
        autocast_dtype(cpu, "fp8")
    lin = torch.nn.Linear(4, 4)
    x = torch.randn(2, 4)
    with inference(cpu, precision="bf16"):
        assert lin(x).dtype is torch.bfloat16
    with inference(cpu):
        assert lin(x).dtype is torch.float32


def test_load_rejects_an_unknown_precision():
    from pipeline import load

    with pytest.raises(ValueError):
        load(stages=["sentences"], precision="fp8")
