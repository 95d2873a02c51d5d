"""Prefetching (the CPU stages of the next batch in a worker thread while this batch is in the model
stages) changes nothing in the output: same records, same order, same errors."""
from __future__ import annotations

from pipeline import load

TEXTS = [
    "“We will not back down,” said union leader Mary Bird. The council said the offer was fair.",
    "",  # an error, for this document only
    "Ministers said the plan would go ahead. “It is the right thing to do,” Ms Cole added.",
    "“No,” she said.",
    "The report found that costs had doubled, the auditor said.",
]


def _records(nlp, batch_size):
    items = [{"id": f"d{i}", "text": t, "targets": ["the plan"]} for i, t in enumerate(TEXTS)]
    return [d.to_dict() if d.error is None else ("error", d.id, d.error) for d in nlp.pipe(items, batch_size=batch_size)]


def test_prefetch_gives_the_same_records():
    plain = load(quotes="rules", device="cpu", prefetch=False)
    ahead = load(quotes="rules", device="cpu", prefetch=True)
    assert ahead._prefetch_split() == ahead.stage_names.index("stance")
    for bs in (1, 2, 3):
        assert _records(ahead, bs) == _records(plain, bs)


def test_prefetch_is_off_on_the_cpu_by_default():
    assert load(quotes="rules", device="cpu", stages=["sentences", "parse", "quotes"]).prefetch is False
