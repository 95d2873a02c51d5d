"""The stance stage's document step: features of a speaker's other quotes, the fitted step, the output.

Documents are built by hand (no parse, no model); the step's weights are fitted here on synthetic rows
or set by hand, so each test pins one behaviour.
"""
import json

import pytest

from pipeline.doc import Document, Entity, Mention, Quote, Sentence, Stance
from pipeline.stages.stance_doc import FEATURES, DocStep, features, fit

STRIKE = "the strike"


def probs(favor, against, neutral):
    return {"favor": favor, "against": against, "neutral": neutral}


def st(quote, p, target=STRIKE):
    label = max(p, key=p.get)
    return Stance(quote=quote, target=target, label=label, score=p[label], probs=p)


def article(speakers):
    """One paragraph per quote: "<name> said: “...”"; ``speakers`` holds entity ids or None."""
    names = {"e1": "Unite union", "e2": "Adrian Pelham"}
    types = {"e1": "org", "e2": "person"}
    text, qs, ms, sents = "", [], [], []
    for i, eid in enumerate(speakers, 1):
        who = names.get(eid, "Someone")
        body = "The strike will go ahead." if i == 1 else "We will keep talking to them."
        line = f"{who} said: “{body}”"
        start = len(text)
        sents.append(Sentence(start=start, end=start + len(line), paragraph=i - 1))
        if eid:
            ms.append(Mention(id=f"m{i}", start=start, end=start + len(who), entity=eid))
        qs.append(Quote(id=f"q{i}", start=start + line.index("“") + 1, end=start + line.index("”"),
                        entity=eid, speaker=f"m{i}" if eid else None, paragraph=i - 1))
        text += line + "\n\n"
    ents = [Entity(id=e, name=names[e], type=types[e], mentions=[m.id for m in ms if m.entity == e])
            for e in sorted({q.entity for q in qs if q.entity})]
    return Document(text=text, id="hand", targets=[STRIKE], sentences=sents, mentions=ms, entities=ents, quotes=qs)


def row(values):
    return dict(zip(FEATURES, values))


def test_features_pool_the_same_speakers_other_quotes_on_the_target():
    doc = article(["e1", "e1", "e2", None])
    stances = [st("q1", probs(0.9, 0.05, 0.05)), st("q2", probs(0.1, 0.1, 0.8)),
               st("q3", probs(0.2, 0.2, 0.6)), st("q4", probs(0.3, 0.3, 0.4))]
    rows = [row(r) for r in features(doc, stances)]
    assert len(rows[0]) == len(FEATURES)
    # q2's other quote is q1 (same speaker), strongly favor
    assert rows[1]["has_others"] == 1.0 and rows[1]["others_max_favor"] == pytest.approx(0.9)
    assert rows[1]["others_max_against"] == pytest.approx(0.05)
    # Pelham has no other quote; the quote without a speaker pools with nothing and says so
    assert rows[2]["has_others"] == 0.0 and rows[2]["no_speaker"] == 0.0 and rows[2]["type_person"] == 1.0
    assert rows[3]["has_others"] == 0.0 and rows[3]["no_speaker"] == 1.0
    # q1 names the strike, q2 does not; the union stands next to it in its own sentence
    assert rows[0]["target_in_quote"] == 1.0 and rows[1]["target_in_quote"] == 0.0
    assert rows[1]["target_near_speaker"] == 1.0
    assert rows[0]["speaker_in_target"] == 0.0


def test_other_targets_are_not_pooled():
    doc = article(["e1", "e1"])
    doc.targets = [STRIKE, "the pay offer"]
    stances = [st("q1", probs(0.9, 0.05, 0.05)), st("q2", probs(0.1, 0.1, 0.8), target="the pay offer")]
    rows = [row(r) for r in features(doc, stances)]
    assert rows[0]["has_others"] == 0.0 and rows[1]["has_others"] == 0.0


def _synthetic():
    """Rows where a neutral-looking quote takes its speaker's side: the label is the side of the
    speaker's strongest other quote when it is confident, else the quote's own argmax."""
    import random

    rng = random.Random(3)
    doc = article(["e1", "e1"])
    X, y = [], []
    for _ in range(400):
        side = rng.choice(["favor", "against"])
        strong = rng.random() < 0.6
        p1 = probs(0.9, 0.05, 0.05) if side == "favor" else probs(0.05, 0.9, 0.05)
        if not strong:
            p1 = probs(0.2, 0.2, 0.6)
        p2 = probs(0.15, 0.15, 0.7)
        X.append(features(doc, [st("q1", p1), st("q2", p2)])[1])
        y.append(side if strong else "neutral")
    return X, y


def test_fitted_step_learns_the_speakers_side_and_round_trips(tmp_path):
    X, y = _synthetic()
    step = fit(X, y, c=1.0, meta={"version": "t"})
    path = tmp_path / "doc_step.json"
    step.save(path)
    again = DocStep.load(path)
    doc = article(["e1", "e1"])
    stances = [st("q1", probs(0.05, 0.9, 0.05)), st("q2", probs(0.15, 0.15, 0.7))]
    out = again.apply(doc, stances)
    assert out[1].label == "against"
    assert out[1].quote_probs == stances[1].probs
    assert sum(out[1].probs.values()) == pytest.approx(1.0, abs=1e-3)
    # a lone neutral quote stays neutral
    lone = again.apply(article(["e2"]), [st("q1", probs(0.15, 0.15, 0.7))])
    assert lone[0].label == "neutral"


def test_a_step_for_other_features_is_refused(tmp_path):
    X, y = _synthetic()
    data = json.loads(json.dumps({**fit(X, y).__dict__}))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        DocStep(**data)


def test_output_shows_the_quote_alone_label_and_why_explains_the_move():
    from pipeline.stages.stance import StanceClassifier

    X, y = _synthetic()
    step = fit(X, y)

    class Given(StanceClassifier):
        given: list = []

        def predict_batch(self, docs):
            return [step.apply(d, list(self.given)) for d in docs]

    stage = Given(model="linear")
    doc = article(["e1", "e1"])
    stage.given = [st("q1", probs(0.05, 0.9, 0.05)), st("q2", probs(0.15, 0.15, 0.7))]
    out = stage(doc).to_dict()
    q2 = out["quotes"][1]["stances"][0]
    assert q2["label"] == "against" and q2["quote_alone"]["label"] == "neutral"
    (agg,) = out["speakers"][0]["stances"]
    assert agg["label"] == "against" and "q2 neutral->against" in agg["why"]
