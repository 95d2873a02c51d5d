"""The learned quote-to-speaker linker: candidates, the decision rule against the rules' choice."""
import pytest

from pipeline.doc import Document, Entity, Mention, Quote
from pipeline.stages.linker import FEATURES, Context, Linker, candidates, features, fit


def doc_with(entity="e1", link="cue-subject"):
    text = "Ann Lee met reporters on Monday.\n\nTom Bird said: “We will strike.”\n\nAnn Lee left."
    qs = text.index("“") + 1
    ms = [Mention(id="m1", start=0, end=7, entity="e1", type="person"),
          Mention(id="m2", start=text.index("Tom"), end=text.index("Tom") + 8, entity="e2", type="person"),
          Mention(id="m3", start=text.rindex("Ann"), end=text.rindex("Ann") + 7, entity="e1", type="person")]
    ents = [Entity(id="e1", name="Ann Lee", type="person", mentions=["m1", "m3"]),
            Entity(id="e2", name="Tom Bird", type="person", mentions=["m2"])]
    q = Quote(id="q1", start=qs, end=text.index("”"), entity=entity, speaker="m1" if entity else None,
              confidence=0.9, link=link if entity else None, paragraph=1)
    return Document(text=text, id="d", mentions=ms, entities=ents, quotes=[q])


def same_paragraph_linker(margin, floor):
    """A linker that believes the candidate in the quote's paragraph (P 0.82) over the others (P 0.18)."""
    coef = [0.0] * len(FEATURES)
    coef[FEATURES.index("same_paragraph")] = 3.0
    return Linker(coef, -1.5, [0.0] * len(FEATURES), [1.0] * len(FEATURES), list(FEATURES), margin=margin, floor=floor)


def test_candidates_are_the_entities_near_the_quote_with_their_nearest_mention():
    doc = doc_with()
    ctx = Context(doc)
    got = dict(candidates(ctx, doc.quotes[0]))
    assert set(got) == {"e1", "e2"} and got["e1"].id == "m3"  # "Ann Lee left." is nearer than the first
    rows = {e: dict(zip(FEATURES, r)) for (e, _), r in zip(candidates(ctx, doc.quotes[0]),
                                                          features(ctx, doc.quotes[0], candidates(ctx, doc.quotes[0])))}
    assert rows["e1"]["rule_choice"] == 1.0 and rows["e1"]["rule_cue-subject"] == 1.0
    assert rows["e2"]["rule_choice"] == 0.0 and rows["e2"]["same_paragraph"] == 1.0 and rows["e2"]["before"] == 1.0


@pytest.mark.parametrize("margin, changes", [(0.3, True), (0.7, False)])
def test_the_linker_overrides_the_rules_only_by_its_margin(margin, changes):
    doc = doc_with()
    changed = same_paragraph_linker(margin, 0.6).relink(doc)
    q = doc.quotes[0]
    if changes:
        assert changed == [q] and (q.entity, q.speaker, q.link) == ("e2", "m2", "linker")
        assert (q.phrase.start, q.phrase.end) == (doc.mentions[1].start, doc.mentions[1].end)
    else:
        assert changed == [] and (q.entity, q.link) == ("e1", "cue-subject")


@pytest.mark.parametrize("floor, gets", [(0.6, "e2"), (0.9, None)])
def test_a_quote_without_a_speaker_gets_one_above_the_floor(floor, gets):
    doc = doc_with(entity=None)
    same_paragraph_linker(0.3, floor).relink(doc)
    assert doc.quotes[0].entity == gets


def test_fit_and_round_trip(tmp_path):
    doc = doc_with()
    ctx = Context(doc)
    cands = candidates(ctx, doc.quotes[0])
    rows = features(ctx, doc.quotes[0], cands) * 20
    labels = [0, 1] * 20 if cands[0][0] == "e1" else [1, 0] * 20
    model = fit(rows, labels)
    model.save(tmp_path / "linker.json")
    again = Linker.load(tmp_path / "linker.json")
    probs = dict(zip([e for e, _ in cands], map(again.score, features(ctx, doc.quotes[0], cands))))
    assert probs["e2"] > 0.9 > 0.1 > probs["e1"]
