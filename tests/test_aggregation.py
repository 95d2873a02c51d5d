"""Per-speaker stance aggregation, pinned on hand-built documents.

The stance stage labels every (quote, target) pair and then aggregates per
speaker and target: the summed probabilities decide the label among the sides
a speaker took (favor / against), neutral only when no side was taken; counts
per label, a confidence, ``mixed`` when one speaker is both for and against.
Quotes under confidence 0.5 (scare quotes) and quotes without a speaker do
not count. The documents here are built by hand (no parse, no model) and go
through the stance stage (``stage(doc)``) with its model's stances given; the
assertions read the public output record, ``doc.to_dict()``.
"""
import pytest

from pipeline.doc import Document, Entity, Quote, Stance

pytestmark = pytest.mark.reliability

STRIKE = "the strike"
TALKS = "the pay talks"


@pytest.fixture(scope="module")
def stance_stage():
    from pipeline.stages.stance import StanceClassifier

    class GivenStances(StanceClassifier):
        """The stance stage with the model's output given: ``given`` is what it predicts for a document."""

        given: list = []

        def predict_batch(self, docs):
            return [list(self.given) for _ in docs]

    return GivenStances(model="linear")


def run(stage, doc, stances):
    stage.given = stances
    return stage(doc).to_dict()


def probs(favor, against, neutral):
    return {"favor": favor, "against": against, "neutral": neutral}


def st(quote, label, p=None, target=STRIKE):
    p = {} if p is None else p
    return Stance(quote=quote, target=target, label=label, score=p.get(label, 1.0), probs=p)


def article(quotes, targets=(STRIKE,)):
    """quotes: (entity id or None, confidence); one paragraph each, "Name said: “...”"."""
    names = {"e1": "Ann Lee", "e2": "Rail Union", "e3": "Tom Bird"}
    types = {"e1": "person", "e2": "organization", "e3": "person"}
    text, qs = "", []
    for i, (eid, conf) in enumerate(quotes, 1):
        who = names.get(eid, "Someone")
        line = f"{who} said: “Statement number {i} about the dispute.”\n\n"
        start = len(text) + line.index("“") + 1
        qs.append(Quote(id=f"q{i}", start=start, end=len(text) + line.index("”"), entity=eid,
                        confidence=conf, paragraph=i - 1))
        text += line
    ents = [Entity(id=e, name=names[e], type=types[e]) for e in sorted({q.entity for q in qs if q.entity})]
    return Document(text=text, id="hand", targets=list(targets), entities=ents, quotes=qs)


def speaker_stances(doc, stage, stances):
    return {sp["name"]: sp["stances"] for sp in run(stage, doc, stances)["speakers"]}


def test_one_side_outweighs_any_number_of_neutral_quotes(stance_stage):
    doc = article([("e1", 0.95)] * 4)
    got = speaker_stances(doc, stance_stage, [
        st("q1", "neutral", probs(0.1, 0.1, 0.8)),
        st("q2", "favor", probs(0.6, 0.1, 0.3)),
        st("q3", "neutral", probs(0.1, 0.1, 0.8)),
        st("q4", "neutral", probs(0.1, 0.1, 0.8)),
    ])
    (agg,) = got["Ann Lee"]
    assert agg["target"] == STRIKE
    assert agg["label"] == "favor"
    assert (agg["favor"], agg["against"], agg["neutral"]) == (1, 0, 3)
    assert agg["mixed"] is False
    assert agg["confidence"] == pytest.approx(0.225)  # favor mass 0.9 of 4.0


def test_a_speaker_with_only_neutral_quotes_is_neutral(stance_stage):
    doc = article([("e1", 0.95), ("e1", 0.95)])
    got = speaker_stances(doc, stance_stage, [
        st("q1", "neutral", probs(0.3, 0.1, 0.6)),
        st("q2", "neutral", probs(0.1, 0.2, 0.7)),
    ])
    (agg,) = got["Ann Lee"]
    assert agg["label"] == "neutral"
    assert (agg["favor"], agg["against"], agg["neutral"]) == (0, 0, 2)
    assert agg["mixed"] is False
    assert agg["confidence"] == pytest.approx(0.65)


def test_mixed_speaker_takes_the_side_with_more_probability_mass_not_more_quotes(stance_stage):
    doc = article([("e1", 0.95)] * 3)
    got = speaker_stances(doc, stance_stage, [
        st("q1", "favor", probs(0.55, 0.35, 0.10)),
        st("q2", "favor", probs(0.55, 0.35, 0.10)),
        st("q3", "against", probs(0.05, 0.90, 0.05)),
    ])
    (agg,) = got["Ann Lee"]
    assert (agg["favor"], agg["against"], agg["neutral"]) == (2, 1, 0)
    assert agg["label"] == "against"  # mass 1.60 against 1.15
    assert agg["mixed"] is True
    assert agg["confidence"] == 0.5333  # 1.6 / 3.0, rounded to 4 places


def test_scare_quotes_under_half_confidence_do_not_count_and_half_does(stance_stage):
    doc = article([("e1", 0.2), ("e1", 0.9), ("e1", 0.5)])
    got = speaker_stances(doc, stance_stage, [
        st("q1", "favor", probs(0.9, 0.05, 0.05)),  # a scare quote: ignored, and it comes first
        st("q2", "against", probs(0.1, 0.8, 0.1)),
        st("q3", "neutral", probs(0.1, 0.1, 0.8)),  # exactly 0.5 counts
    ])
    (agg,) = got["Ann Lee"]
    assert (agg["favor"], agg["against"], agg["neutral"]) == (0, 1, 1)
    assert agg["label"] == "against"
    assert agg["mixed"] is False
    assert agg["confidence"] == pytest.approx(0.45)  # 0.9 of 2.0


def test_quotes_without_a_speaker_and_unknown_quote_ids_are_skipped(stance_stage):
    doc = article([(None, 0.95), ("e1", 0.95)])
    got = speaker_stances(doc, stance_stage, [
        st("q99", "favor", probs(0.9, 0.05, 0.05)),  # no such quote
        st("q1", "favor", probs(0.9, 0.05, 0.05)),  # nobody said it
        st("q2", "against", probs(0.2, 0.7, 0.1)),
    ])
    assert list(got) == ["Ann Lee"]
    (agg,) = got["Ann Lee"]
    assert (agg["favor"], agg["against"], agg["neutral"], agg["label"]) == (0, 1, 0, "against")


def test_each_speaker_and_each_target_is_aggregated_apart(stance_stage):
    doc = article([("e1", 0.95), ("e2", 0.95), ("e1", 0.95)], targets=(STRIKE, TALKS))
    got = speaker_stances(doc, stance_stage, [
        st("q1", "favor", probs(0.7, 0.2, 0.1)),
        st("q1", "against", probs(0.1, 0.6, 0.3), target=TALKS),
        st("q2", "against", probs(0.1, 0.8, 0.1)),
        st("q2", "neutral", probs(0.2, 0.2, 0.6), target=TALKS),
        st("q3", "favor", probs(0.8, 0.1, 0.1)),
        st("q3", "against", probs(0.2, 0.7, 0.1), target=TALKS),
    ])
    assert set(got) == {"Ann Lee", "Rail Union"}
    ann = {a["target"]: a for a in got["Ann Lee"]}
    union = {a["target"]: a for a in got["Rail Union"]}
    assert (ann[STRIKE]["label"], ann[STRIKE]["favor"], ann[STRIKE]["against"]) == ("favor", 2, 0)
    assert (ann[TALKS]["label"], ann[TALKS]["favor"], ann[TALKS]["against"]) == ("against", 0, 2)
    assert (union[STRIKE]["label"], union[STRIKE]["against"]) == ("against", 1)
    assert (union[TALKS]["label"], union[TALKS]["neutral"]) == ("neutral", 1)
    assert ann[STRIKE]["confidence"] == 0.75  # 1.5 of 2.0


def test_a_stance_without_probabilities_counts_its_label_as_certain(stance_stage):
    doc = article([("e1", 0.95), ("e1", 0.95)])
    got = speaker_stances(doc, stance_stage, [
        st("q1", "favor"),  # no probabilities: favor 1.0
        st("q2", "against", probs(0.2, 0.7, 0.1)),
    ])
    (agg,) = got["Ann Lee"]
    assert agg["label"] == "favor"  # mass 1.2 against 0.7
    assert agg["mixed"] is True
    assert agg["confidence"] == pytest.approx(0.6)  # 1.2 of 2.0


def test_the_target_summary_lists_each_speaker_under_its_side(stance_stage):
    doc = article([("e1", 0.95), ("e2", 0.95), ("e3", 0.95)], targets=(STRIKE, TALKS))
    rec = run(stance_stage, doc, [
        st("q1", "favor", probs(0.8, 0.1, 0.1)),
        st("q2", "against", probs(0.1, 0.8, 0.1)),
        st("q3", "neutral", probs(0.1, 0.1, 0.8)),
        st("q3", "favor", probs(0.1, 0.1, 0.8), target="a target nobody asked for"),
    ])
    keys = ("target", "favor", "against", "neutral", "speakers")
    assert [{k: t[k] for k in keys} for t in rec["targets"]] == [
        {"target": STRIKE, "favor": 1, "against": 1, "neutral": 1,
         "speakers": {"favor": ["Ann Lee"], "against": ["Rail Union"], "neutral": ["Tom Bird"]}},
        {"target": TALKS, "favor": 0, "against": 0, "neutral": 0,
         "speakers": {"favor": [], "against": [], "neutral": []}},
    ]
    # the quote-level stances are the ones given, in order
    assert [(s["target"], s["label"]) for s in rec["quotes"][2]["stances"]] == [
        (STRIKE, "neutral"), ("a target nobody asked for", "favor")]


def test_a_quoted_speaker_without_stances_has_an_empty_list(stance_stage):
    doc = article([("e1", 0.95)], targets=())
    (sp,) = run(stance_stage, doc, [])["speakers"]
    assert sp["name"] == "Ann Lee" and sp["stances"] == []


def test_the_why_line_explains_a_label_that_has_fewer_quotes(stance_stage):
    # the case: "against (favor 2, against 1)" reads as a contradiction unless explained
    doc = article([("e1", 0.95)] * 3)
    got = speaker_stances(doc, stance_stage, [
        st("q1", "favor", probs(0.55, 0.35, 0.10)),
        st("q2", "favor", probs(0.55, 0.35, 0.10)),
        st("q3", "against", probs(0.05, 0.90, 0.05)),
    ])
    (agg,) = got["Ann Lee"]
    assert agg["quotes"] == {"favor": ["q1", "q2"], "against": ["q3"], "neutral": []}
    assert agg["why"] == ("against: 1 quote (q3 0.90), probability mass 1.60 over favor 1.15 "
                          "from 2 quotes (q1 0.55, q2 0.55)")


def test_mixed_needs_a_confident_quote_on_each_side(stance_stage):
    # a favor label the model gives with under even odds does not put the speaker on both sides
    doc = article([("e1", 0.95)] * 2)
    got = speaker_stances(doc, stance_stage, [
        st("q1", "favor", probs(0.45, 0.20, 0.35)),
        st("q2", "against", probs(0.05, 0.90, 0.05)),
    ])
    (agg,) = got["Ann Lee"]
    assert (agg["label"], agg["favor"], agg["against"], agg["mixed"]) == ("against", 1, 1, False)
    assert agg["why"].startswith("against: 1 quote (q2 0.90)")


def test_a_neutral_speaker_says_why(stance_stage):
    doc = article([("e1", 0.95), ("e1", 0.95)])
    got = speaker_stances(doc, stance_stage, [
        st("q1", "neutral", probs(0.3, 0.1, 0.6)),
        st("q2", "neutral", probs(0.1, 0.2, 0.7)),
    ])
    (agg,) = got["Ann Lee"]
    assert agg["why"] == "neutral: none of 2 quotes takes a side"
