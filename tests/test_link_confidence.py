"""The learned confidence of a quote's speaker link: features, the fitted model, the output field."""
import pytest

from pipeline.doc import Document, Entity, Mention, Quote, Span
from pipeline.stages.link_confidence import FEATURES, LinkConfidence, features, fit


def doc_with(link="source", kind="name", gap_words=0, speaker=True):
    """ "<Name> said ... “quote”" with ``gap_words`` words between the mention and the quote."""
    name = "Ann Lee" if kind == "name" else "She"
    text = f"{name} said " + "word " * gap_words + "“We will strike.”"
    qs = text.index("“") + 1
    m = Mention(id="m1", start=0, end=len(name), kind=kind, type="person", entity="e1")
    q = Quote(id="q1", start=qs, end=text.index("”"), kind="direct", cue=Span(len(name) + 1, len(name) + 5),
              speaker="m1" if speaker else None, entity="e1" if speaker else None, confidence=0.9, link=link)
    return Document(text=text, id="d", mentions=[m], entities=[Entity(id="e1", name="Ann Lee", type="person",
                                                                      mentions=["m1"])], quotes=[q])


def row(doc):
    return dict(zip(FEATURES, features(doc, doc.quotes[0])))


def test_features_describe_the_link():
    r = row(doc_with("cue-subject", gap_words=3))
    assert r["evidence_cue-subject"] == 1.0 and r["evidence_source"] == 0.0
    assert r["kind_name"] == 1.0 and r["type_person"] == 1.0 and r["quote_direct"] == 1.0
    assert r["mention_before"] == 1.0 and r["same_paragraph"] == 1.0 and r["log_gap"] > 0
    assert features(doc_with(speaker=False), doc_with(speaker=False).quotes[0]) is None


def _synthetic():
    X, y = [], []
    for i in range(300):
        src = i % 2 == 0
        d = doc_with("source" if src else "cue-subject", gap_words=i % 7)
        X.append(features(d, d.quotes[0]))
        # tagged sources are right 9 in 10, cue subjects 1 in 2
        y.append(1 if (src and i % 10) or (not src and i % 4 < 2) else 0)
    return X, y


def test_fitted_model_ranks_the_surer_evidence_higher_and_round_trips(tmp_path):
    X, y = _synthetic()
    model = fit(X, y, c=1.0)
    path = tmp_path / "link_confidence.json"
    model.save(path)
    again = LinkConfidence.load(path)
    src, cue = doc_with("source"), doc_with("cue-subject")
    again.assign(src)
    again.assign(cue)
    assert src.quotes[0].link_confidence > 0.75 > cue.quotes[0].link_confidence > 0.3
    bare = doc_with(speaker=False)
    again.assign(bare)
    assert bare.quotes[0].link_confidence is None


def test_output_carries_the_confidence_only_with_a_speaker():
    X, y = _synthetic()
    d = doc_with("source")
    fit(X, y).assign(d)
    sp = d.to_dict()["quotes"][0]["speaker"]
    assert sp["evidence"] == "source" and 0.0 < sp["confidence"] < 1.0
    assert doc_with(speaker=False).to_dict()["quotes"][0]["speaker"]["confidence"] is None


def test_speakers_stage_loads_the_model_from_the_models_folder(tmp_path, monkeypatch):
    from pipeline.stages.speakers import SpeakerResolver

    monkeypatch.setenv("SAYSO_MODELS", str(tmp_path))
    assert SpeakerResolver().link_model is None
    with pytest.raises(FileNotFoundError, match="link confidence"):
        SpeakerResolver(link_confidence=True)
    X, y = _synthetic()
    fit(X, y, meta={"version": "t"}).save(tmp_path / "speaker-link" / "link_confidence.json")
    stage = SpeakerResolver()
    assert stage.link_model is not None and stage.version.endswith("+link-t")
