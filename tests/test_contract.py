"""The stage contract, enforced: ``predict`` is pure, only ``set_annotations`` writes, a stage reads
the layers it requires and writes the layers it assigns, and a failing document changes no other
document's output."""
import copy
import json

import pytest

from pipeline import Document
from pipeline.doc import INPUT_FIELDS, LAYER_FIELDS
from pipeline.stage import ModelStage

pytestmark = pytest.mark.reliability

ARTICLE = """Union calls strike at contact centres
By Claire West

Staff at two contact centres will strike next week, the Public and Commercial Services union (PCS) said.

“Members are at the sharp end every day,” said Nick Bird, the union's branch secretary. He added that the pay offer was “an insult”.

A Department for Work and Pensions spokesman said the action was unnecessary and would achieve nothing.

“The offer is an insult to every one of our members.”
– Sarah Jones, PCS organiser

“We will not back down,” Mr Bird said.
"""
OTHER = """Council defends bin plan

The council said on Monday that the new collection rota would save money.

“Residents will hardly notice,” said Jane Doe, the council leader. Critics warned that rubbish would pile up.
"""


def _fields(doc: Document) -> dict:
    """Every field of the document, and of its objects, as plain data: {"quotes.speaker": [...], ...}."""
    state = doc.to_json()
    flat = {}
    for name, value in state.items():
        flat[name] = json.dumps(value, sort_keys=True, default=str)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for key in value[0]:
                flat[f"{name}.{key}"] = json.dumps([v.get(key) for v in value], sort_keys=True, default=str)
    flat["parse"] = None if doc.parse is None else json.dumps(
        [(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc.parse])
    return flat


def _outside(changed: set[str], layers) -> set[str]:
    """The changed fields that the layers do not cover: a whole field ("quotes") covers its objects'
    fields; an object field ("quotes.speaker") covers itself and the list's serialisation."""
    whole = {f for layer in layers for f in LAYER_FIELDS[layer] if "." not in f}
    parts = {f for layer in layers for f in LAYER_FIELDS[layer] if "." in f}
    out = set()
    for k in changed:
        if k in whole or k.split(".")[0] in whole or k in parts:
            continue
        if "." not in k and any(p.startswith(k + ".") for p in parts):
            continue
        out.add(k)
    return out


def _stages(nlp):
    return list(nlp.stages)


@pytest.fixture(scope="module", params=["rules", "tagger"])
def each(request, nlp):
    """The rules pipeline (the session fixture) and the default one with the trained quote tagger."""
    if request.param == "rules":
        return nlp
    from pipeline import load
    from pipeline.paths import tagger_available

    if not tagger_available():
        pytest.skip("no tagger model")
    return load(stages=["sentences", "parse", "quotes", "mentions", "speakers"], quotes="tagger")


def _prepare(nlp, stage, text=ARTICLE):
    doc = nlp.make_document({"id": "a", "text": text, "targets": ["the strike"]})
    for st in nlp.stages:
        if st is stage:
            break
        st(doc)
    return doc


def _predict(stage, doc):
    if isinstance(stage, ModelStage):
        return stage.predict_batch([doc])[0]
    return stage.predict(doc)


def test_every_layer_named_in_a_stage_is_declared_in_the_data_model(each):
    nlp = each
    for st in _stages(nlp):
        for layer in st.requires + st.assigns:
            assert layer in LAYER_FIELDS, f"stage {st.name!r} names layer {layer!r}, not in doc.LAYER_FIELDS"


def test_predict_is_pure_for_every_stage(each):
    nlp = each
    for st in _stages(nlp):
        doc = _prepare(nlp, st)
        before = _fields(doc)
        quotes_before = copy.deepcopy(doc.quotes)
        _predict(st, doc)
        after = _fields(doc)
        changed = sorted(k for k in before if before[k] != after[k])
        assert not changed, f"stage {st.name!r}: predict wrote {changed}"
        assert doc.quotes == quotes_before


def test_set_annotations_writes_only_the_assigned_layers(each):
    nlp = each
    for st in _stages(nlp):
        doc = _prepare(nlp, st)
        before = _fields(doc)
        st(doc)
        after = _fields(doc)
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        changed -= {"layers", "provenance"}  # every stage marks what it did
        extra = _outside(changed, st.assigns)
        assert not extra, f"stage {st.name!r} assigns {st.assigns} but also wrote {sorted(extra)}"


def test_stages_read_only_the_layers_they_require(each, monkeypatch):
    nlp = each
    """Record the Document fields each stage's predict reads; each must be input or a required layer."""
    reads: set[str] = set()
    field_names = set(Document.__dataclass_fields__)
    original = Document.__getattribute__

    def recording(self, name):
        if name in field_names:
            reads.add(name)
        return original(self, name)

    for st in _stages(nlp):
        doc = _prepare(nlp, st)
        reads.clear()
        monkeypatch.setattr(Document, "__getattribute__", recording)
        try:
            _predict(st, doc)
        finally:
            monkeypatch.setattr(Document, "__getattribute__", original)
        allowed = set(INPUT_FIELDS) | {f.split(".")[0] for layer in st.requires for f in LAYER_FIELDS[layer]}
        extra = reads - allowed
        assert not extra, f"stage {st.name!r} requires {st.requires} but its predict reads {sorted(extra)}"


def test_running_a_stage_twice_gives_the_same_output(each):
    nlp = each
    """The pipeline retries a failed batch one document at a time: a stage must be idempotent."""
    doc = nlp.make_document({"id": "a", "text": ARTICLE, "targets": ["the strike"]})
    for st in nlp.stages:
        st(doc)
        once = _fields(doc)
        st(doc)
        assert _fields(doc) == once, f"stage {st.name!r} is not idempotent"


@pytest.mark.parametrize("failing", ["quotes", "mentions", "speakers", "stance"])
def test_a_failing_document_changes_no_other_documents_output(nlp, monkeypatch, failing):
    items = [{"id": "good1", "text": ARTICLE, "targets": ["the strike"]},
             {"id": "bad", "text": ARTICLE, "targets": ["the strike"]},
             {"id": "good2", "text": OTHER, "targets": ["the strike"]}]
    alone = {it["id"]: next(nlp.pipe([it], batch_size=1)).to_dict() for it in items if it["id"] != "bad"}
    stage = nlp.get(failing)
    cls = type(stage)
    is_model = isinstance(stage, ModelStage)
    original = cls.predict_batch if is_model else cls.predict

    def boom_batch(self, docs):
        if any(d.id == "bad" for d in docs):
            # misbehave first: touch the neighbours as a careless stage would, then fail
            for d in docs:
                for q in d.quotes:
                    q.origin = "tampered"
            raise RuntimeError("boom")
        return original(self, docs)

    def boom(self, doc):
        if doc.id == "bad":
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(cls, "predict_batch" if is_model else "predict", boom_batch if is_model else boom)
    docs = list(nlp.pipe(items, batch_size=8))
    assert [d.id for d in docs] == ["good1", "bad", "good2"]
    assert "Sarah Jones" in [q["speaker"]["name"] for q in alone["good1"]["quotes"]]  # a dash-line speaker
    assert docs[1].error and "boom" in docs[1].error and failing in docs[1].error
    for d in (docs[0], docs[2]):
        assert d.error is None
        if not is_model:
            assert d.to_dict() == alone[d.id]
        else:  # the tampering stage above writes in predict, which is what the pipeline must survive
            got = d.to_dict()
            assert [q["text"] for q in got["quotes"]] == [q["text"] for q in alone[d.id]["quotes"]]
            assert [q["speaker"]["name"] for q in got["quotes"]] == [q["speaker"]["name"] for q in alone[d.id]["quotes"]]


def test_input_fields_named_like_pipeline_state_stay_user_data(nlp):
    item = {"id": "x", "text": ARTICLE, "error": None, "speaker_stances": {"e1": "junk"},
            "target_summary": 3, "quotes": "mine", "layers": 5}
    doc = next(nlp.pipe([item], batch_size=1))
    assert doc.error is None
    rec = doc.to_dict()
    assert rec["quotes"], "an input field named 'error' must not make the stages skip the document"
    assert rec["meta"] == {"error": None, "speaker_stances": {"e1": "junk"}, "target_summary": 3,
                           "quotes": "mine", "layers": 5}


def test_library_target_string_is_one_target(nlp):
    doc = nlp(ARTICLE, targets="the strike")
    assert doc.targets == ["the strike"]
    assert {s.target for s in doc.stances} == {"the strike"}


@pytest.mark.parametrize("bad", ["", "   ", "!!"])
def test_library_empty_target_is_refused(nlp, bad):
    from pipeline import InputError

    with pytest.raises(InputError, match="empty target"):
        nlp(ARTICLE, targets=["the strike", bad])


def test_targets_over_the_cap_are_dropped_with_a_warning(nlp):
    from pipeline import Limits
    from pipeline.pipeline import normalize_targets

    tg, warnings = normalize_targets([f"target {i}" for i in range(20)], limits=Limits(max_targets=3))
    assert tg == ["target 0", "target 1", "target 2"]
    assert warnings and "17 target(s) over the limit of 3" in warnings[0]


def test_a_target_the_article_never_names_is_flagged(nlp):
    from pipeline.stages.stance import target_mentioned

    assert target_mentioned("the strike", "Staff went on strike today.")
    assert target_mentioned("the strikes", "Staff are striking today.")
    assert not target_mentioned("target number 47", "Staff went on strike today, the union said.")
    doc = nlp(ARTICLE, targets=["the strike", "target number 47"])
    summary = {t["target"]: t for t in doc.to_dict()["targets"]}
    assert summary["the strike"]["mentioned"] is True
    assert summary["target number 47"]["mentioned"] is False


@pytest.mark.parametrize("raw", [
    ARTICLE.replace("\n", "\r\n"),
    "<html><head><style>p {color: red}</style></head><body>" + "".join(
        f"<p>{p.replace('Nick Bird', '<b>Nick Bird</b>')}</p>" for p in ARTICLE.split("\n\n")) + "</body></html>",
])
def test_every_span_maps_back_to_the_raw_input(nlp, raw):
    doc = nlp(raw)
    rec = doc.to_dict()
    assert rec["text"] == doc.text and rec["offset_map"]
    assert "<" not in doc.text and "\r" not in doc.text
    assert rec["quotes"] and any(q["speaker"]["name"] == "Nick Bird" for q in rec["quotes"])
    for q in rec["quotes"]:
        assert doc.text[q["start"]:q["end"]] == q["text"]
        assert raw[q["raw_start"]:q["raw_end"]].replace("\r", "") == q["text"] or "<" in raw[q["raw_start"]:q["raw_end"]]
    by_raw = doc.to_dict(offsets="raw")
    assert "text" not in by_raw
    for q, r in zip(rec["quotes"], by_raw["quotes"]):
        assert (r["start"], r["end"]) == (q["raw_start"], q["raw_end"])
    if "\r" in raw:  # only line ends differ: the raw span is the same text with its CRs
        for q in by_raw["quotes"]:
            assert raw[q["start"]:q["end"]].replace("\r\n", "\n") == q["text"]
