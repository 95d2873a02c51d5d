"""The attribution tagger: label mapping, windows, batching, and the quote stage on a tiny random model."""
import pytest
import torch

from pipeline.nn.tagger import LABEL2ID, LABELS, Tagger, TaggerModel, char_labels_to_tokens, decode, windows
from pipeline.stages.tagged_quotes import TaggedQuotes, strip_marks


def test_tagger_labels_round_trip_through_offsets():
    offsets = [(0, 0), (0, 3), (4, 8), (9, 13), (14, 16), (17, 22), (0, 0)]
    spans = {"source": [(0, 3)], "cue": [(4, 8)], "content": [(9, 22)]}
    labels = char_labels_to_tokens(offsets, spans)
    assert [LABELS[i] if i >= 0 else None for i in labels] == [
        None, "B-source", "B-cue", "B-content", "I-content", "I-content", None]
    assert decode(offsets, [max(0, i) for i in labels]) == [("source", 0, 3), ("cue", 4, 8), ("content", 9, 22)]


def test_tagger_decode_keeps_only_the_focus():
    offsets = [(0, 3), (4, 8), (9, 13)]
    ids = [LABEL2ID["B-content"], LABEL2ID["I-content"], LABEL2ID["I-content"]]
    assert decode(offsets, ids, focus=(104, 200), base=100) == [("content", 104, 113)]


def test_tagger_windows_cover_every_paragraph_with_context():
    text = "First para here.\n\nSecond one is here.\n\n" + "word " * 400
    paras = [(0, 16), (18, 37), (39, len(text) - 1)]
    units = windows(text, paras, context_chars=10, max_chars=500)
    focus = [u["focus"] for u in units]
    assert focus[0] == (0, 16) and focus[1] == (18, 37)
    assert focus[2][0] == 39 and focus[-1][1] == len(text) - 1
    for u in units:
        assert u["span"][0] <= u["focus"][0] and u["focus"][1] <= u["span"][1]


def test_tagger_strip_marks():
    t = "x “We will win,” y"
    s, e, enc = strip_marks(t, 2, 16)
    assert (t[s:e], enc) == ("We will win,", True)
    s, e, enc = strip_marks(t, 3, 14)
    assert (t[s:e], enc) == ("We will win", False)


@pytest.fixture(scope="module")
def tiny_tagger():
    from transformers import AutoTokenizer, BertConfig

    from pipeline.nn.base_encoders import MINILM, locate

    tok = AutoTokenizer.from_pretrained(str(locate(MINILM)))
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37, max_position_embeddings=512)
    model = TaggerModel.from_config(cfg)
    with torch.no_grad():  # make some tokens content so that quotes come out
        model.head.bias[LABEL2ID["B-content"]] += 0.5
    return Tagger(model, tok, device=torch.device("cpu"))


def test_tagger_predict_is_batch_invariant(tiny_tagger):
    texts = ["Mr Bird said the strike was about work conditions.", "‘We will win,’ she said.\n\nShort.",
             "A much longer paragraph " * 30]
    jobs = [(t, u) for t in texts for u in windows(t, [(0, len(t))])]
    one = [tiny_tagger.predict([j], token_budget=64)[0] for j in jobs]
    many = tiny_tagger.predict(jobs, token_budget=100000)
    assert one == many


def test_tagged_quotes_stage_batch_invariant(tiny_tagger):
    from pipeline import load

    nlp1 = load(stages=["sentences", "parse", "quotes", "mentions", "speakers"])
    stage = TaggedQuotes(tagger=tiny_tagger)
    nlp1.stages[2] = stage
    texts = ["Mr Bird said the strike was about work conditions.\n\n‘We will win,’ he added.",
             "The union said staff were under pressure.", "“Go,” said Ann Lee."]
    a = [d.to_dict() for d in nlp1.pipe(texts, batch_size=1)]
    b = [d.to_dict() for d in nlp1.pipe(texts, batch_size=3)]
    assert a == b
    for rec, text in zip(a, texts):
        for q in rec["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]


def test_tagger_scores_and_schemes(tiny_tagger):
    from pipeline.nn.tagger import decode_scored

    offsets = [(0, 3), (4, 8), (9, 13)]
    ids = [LABEL2ID["B-content"], LABEL2ID["I-content"], LABEL2ID["O"]]
    assert decode_scored(offsets, ids, [0.9, 0.7, 0.99]) == [("content", 0, 8, 0.8)]
    # a one-scheme model answers any known request in its scheme; a two-scheme model refuses unknown ones
    assert tiny_tagger.scheme_id(None) == 0
    two = Tagger(tiny_tagger.model, tiny_tagger.tokenizer, device=torch.device("cpu"), schemes=("polnear", "sayso"))
    assert two.scheme_id("sayso") == 1
    with pytest.raises(ValueError):
        two.scheme_id("other")
    text = "Mr Bird said the strike was about work conditions."
    jobs = [(text, u) for u in windows(text, [(0, len(text))])]
    a = two.predict(jobs, scheme="polnear", scores=True)[0]
    b = two.predict(jobs, scheme="sayso", scores=True)[0]
    assert all(len(x) == 4 and 0.0 <= x[3] <= 1.0 for x in a + b)
    assert a != b  # the token type id reaches the encoder


def test_tagger_o_bias_trades_spans_for_precision(tiny_tagger):
    text = "Mr Bird said the strike was about work conditions. The union said staff were under pressure."
    jobs = [(text, u) for u in windows(text, [(0, len(text))])]
    plain = tiny_tagger.predict(jobs)[0]
    assert plain  # the tiny model's head leans to content
    assert tiny_tagger.predict(jobs, o_bias=0.0)[0] == plain
    assert tiny_tagger.predict(jobs, o_bias=100.0)[0] == []  # everything becomes O
    tokens_in = lambda spans: sum(e - s for _, s, e in spans)  # noqa: E731
    assert tokens_in(tiny_tagger.predict(jobs, o_bias=0.3)[0]) <= tokens_in(plain)
    # the bias is kept per scheme and used when the call does not override it
    biased = Tagger(tiny_tagger.model, tiny_tagger.tokenizer, device=torch.device("cpu"),
                    schemes=("polnear", "sayso"), o_bias={"polnear": 100.0})
    assert biased.predict(jobs, scheme="polnear")[0] == []
    assert biased.predict(jobs, scheme="sayso")[0] == two_scheme_plain(tiny_tagger, jobs)


def test_viterbi_keeps_bio_well_formed_and_words_whole():
    from pipeline.nn.tagger import LABELS, viterbi

    C = len(LABELS)
    lp = torch.full((2, 5, C), -6.0)
    # row 0: a span of I-content with no B before it
    for t, lab in enumerate(["O", "I-content", "I-content", "I-content", "O"]):
        lp[0, t, LABEL2ID[lab]] = 0.0
    lp[0, 1, LABEL2ID["B-content"]] = -0.5
    # row 1: the second piece of a word wants O while the first is content; padding at the end
    for t, lab in enumerate(["B-source", "O", "O", "O", "O"]):
        lp[1, t, LABEL2ID[lab]] = 0.0
    lp[1, 1, LABEL2ID["I-source"]] = -1.0
    real = torch.tensor([[True] * 5, [True, True, True, False, False]])
    glued = torch.zeros(2, 5, dtype=torch.bool)
    glued[1, 1] = True
    out = [[LABELS[i] for i in row] for row in viterbi(lp, real, glued)]
    assert out[0] == ["O", "B-content", "I-content", "I-content", "O"]
    assert out[1] == ["B-source", "I-source", "O", "O", "O"]
    for row in out:  # never an I-x after anything but x
        for a, b in zip(["O"] + row, row):
            assert not b.startswith("I-") or a[2:] == b[2:]


def test_viterbi_decoding_is_batch_invariant(tiny_tagger):
    vit = Tagger(tiny_tagger.model, tiny_tagger.tokenizer, device=torch.device("cpu"), decoding="viterbi")
    texts = ["Mr Bird said the strike was about work conditions.", "‘We will win,’ she said.",
             "A much longer paragraph " * 20]
    jobs = [(t, u) for t in texts for u in windows(t, [(0, len(t))])]
    assert [vit.predict([j], token_budget=64)[0] for j in jobs] == vit.predict(jobs, token_budget=100000)
    with pytest.raises(ValueError):
        Tagger(tiny_tagger.model, tiny_tagger.tokenizer, device=torch.device("cpu"), decoding="beam")


def two_scheme_plain(tagger, jobs):
    two = Tagger(tagger.model, tagger.tokenizer, device=torch.device("cpu"), schemes=("polnear", "sayso"))
    return two.predict(jobs, scheme="sayso")[0]


def test_bridge_joins_pieces_of_one_clause_only():
    from pipeline.stages.tagged_quotes import bridge, marked_outside

    t = "It said shorter calls over the phone were favoured. Next sentence here."
    pieces = [(8, 21, 0.9), (26, 35, 0.7), (40, 51, 0.8)]
    merged = bridge(pieces, t)
    assert len(merged) == 1 and merged[0][:2] == (8, 51) and 0.7 < merged[0][2] < 0.9
    assert len(bridge([(8, 21, 0.9), (52, 66, 0.9)], t)) == 2  # a sentence end lies between
    q = "He said: “We will win,” and left."
    s = q.index("We")
    assert marked_outside(q, s, s + len("We will win"))
    assert not marked_outside(q, 0, 2)


@pytest.mark.slow
def test_shipped_tagger_is_the_default_and_attributes_the_dev_articles():
    """The shipped tagger (real weights) as the default quote stage on our own gold dev articles."""
    import json
    from pathlib import Path

    from pipeline import load
    from pipeline.paths import tagger_available
    from pipeline.scoring import score_documents

    assert tagger_available()
    nlp = load(stages=["sentences", "parse", "quotes", "mentions", "speakers"])
    assert nlp.stages[2].version.startswith("tagger-") and nlp.stages[2].scheme == "sayso"
    gold = [json.loads(line) for line in
            open(Path(__file__).resolve().parents[1] / "annotations" / "articles.jsonl", encoding="utf-8")]
    gold = [g for g in gold if g["split"] == "dev"]
    preds = [d.to_dict() for d in nlp.pipe([{"id": g["id"], "text": g["text"], "targets": g["targets"]}
                                            for g in gold], batch_size=4)]
    res = score_documents(gold, preds)
    assert res["attribution_f"] >= 0.9


def test_tagger_splits_units_that_do_not_fit(tiny_tagger):
    """A whole article on one line: every character of the focus is seen by some piece, in order."""
    text = " ".join(f"Sentence number {i} says the union wants talks." for i in range(120))
    units = windows(text, [(0, len(text))])
    encs = [e for u in units for e in tiny_tagger.encode(text, u)]
    assert len(encs) > len(units)
    covered = []
    for e in encs:
        assert len(e["input_ids"]) <= tiny_tagger.max_length
        offs = [(a + e["base"], b + e["base"]) for a, b in e["offsets"] if b > a]
        fs, fe = e["focus"]
        assert offs[0][0] <= fs + 1 and offs[-1][1] >= fe - 1  # the focus lies inside the encoded window
        covered.append((fs, fe))
    assert covered[0][0] == 0 and covered[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(covered, covered[1:]))
    jobs = [(text, u) for u in units]
    assert tiny_tagger.predict(jobs, token_budget=512) == tiny_tagger.predict(jobs, token_budget=100000)


def test_tagger_under_bf16_autocast_decodes_well_formed_spans(tiny_tagger):
    bf = Tagger(tiny_tagger.model, tiny_tagger.tokenizer, device=torch.device("cpu"), decoding="viterbi",
                precision="bf16")
    text = "Mr Bird said the strike was about work conditions."
    jobs = [(text, u) for u in windows(text, [(0, len(text))])]
    spans = bf.predict(jobs, scores=True)[0]
    assert all(0 <= s < e <= len(text) and 0.0 <= p <= 1.0 for _, s, e, p in spans)
