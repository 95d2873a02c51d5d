"""Bounded work per article: chunks for long articles, a time limit, a size limit."""
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import Limits
from pipeline.pipeline import chunk_bounds

pytestmark = pytest.mark.reliability

PARA = ("“We will not accept this offer,” said Nick Bird, the union's branch secretary. "
        "The employer said the claims were exaggerated and that talks would go on.")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n“”"), max_size=5000), st.integers(1000, 3000))
def test_chunks_cover_the_text_in_order_and_respect_the_size(text, size):
    bounds = chunk_bounds(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (s, e), (s2, _) in zip(bounds, bounds[1:]):
        assert e == s2
    assert all(0 < e - s <= size for s, e in bounds) or len(text) == 0


def test_chunks_cut_at_paragraph_ends_where_they_can():
    text = "\n".join([PARA] * 40)
    for s, e in chunk_bounds(text, 2000)[:-1]:
        assert text[e - 1] == "\n"


def test_a_one_line_article_is_cut_at_sentence_ends():
    text = " ".join([PARA] * 40)
    for s, e in chunk_bounds(text, 2000)[:-1]:
        assert text[e - 2] == "." and text[e - 1] == " "


def test_a_chunked_article_gives_the_quotes_of_the_whole(rules):
    text = "Union row\n\n" + "\n\n".join(PARA.replace("Nick Bird", f"Nick Bird{i}") for i in range(12))
    whole = rules(text)
    rules.limits = Limits(chunk_chars=1000)
    try:
        chunked = rules(text)
    finally:
        rules.limits = Limits()
    a, b = whole.to_dict(), chunked.to_dict()
    assert [(q["start"], q["end"], q["type"]) for q in a["quotes"]] == \
           [(q["start"], q["end"], q["type"]) for q in b["quotes"]]
    assert [q["speaker"]["name"] for q in a["quotes"]] == [q["speaker"]["name"] for q in b["quotes"]]
    assert len({q["id"] for q in b["quotes"]}) == len(b["quotes"])
    for q in b["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["speaker"]["mention"] is None or \
            text[q["speaker"]["mention"]["start"]:q["speaker"]["mention"]["end"]] == q["speaker"]["mention"]["text"]
    assert any("chunks" in w for w in chunked.warnings)
    # one entity per named speaker across chunks, as in the whole article
    names = [s["name"] for s in b["speakers"] if s["type"] != "unknown"]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(s["name"] for s in a["speakers"] if s["type"] != "unknown")


def test_an_article_over_max_chars_is_an_error_naming_it(rules):
    rules.limits = Limits(max_chars=5000)
    try:
        docs = list(rules.pipe([{"id": "big", "text": PARA * 100}, {"id": "ok", "text": PARA}]))
    finally:
        rules.limits = Limits()
    assert "over the limit of 5,000" in docs[0].error
    assert docs[1].error is None and docs[1].quotes


def test_a_slow_document_is_set_aside_and_the_rest_go_on(rules, monkeypatch):
    from pipeline.stages.speakers import SpeakerResolver

    original = SpeakerResolver.predict

    def slow(self, doc):
        if "SLOW" in doc.text:
            time.sleep(30)
        return original(self, doc)

    monkeypatch.setattr(SpeakerResolver, "predict", slow)
    rules.limits = Limits(time_limit=1.0)
    t0 = time.monotonic()
    try:
        docs = list(rules.pipe([{"id": "a", "text": PARA}, {"id": "slow", "text": "SLOW. " + PARA},
                                {"id": "b", "text": PARA}], batch_size=8))
    finally:
        rules.limits = Limits()
    assert time.monotonic() - t0 < 15
    assert [d.id for d in docs] == ["a", "slow", "b"]
    assert docs[1].error and "time limit" in docs[1].error and "speakers" in docs[1].error
    assert docs[0].error is None and docs[2].error is None
    assert docs[0].to_dict()["quotes"] == docs[2].to_dict()["quotes"]


def test_batch_size_must_be_positive(rules):
    with pytest.raises(ValueError, match="batch_size"):
        list(rules.pipe(["x"], batch_size=0))
