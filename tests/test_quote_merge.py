"""The one merge of the quote stage (pipeline.stages.quote_merge), on quotes built by hand.

No model and no parse: each test writes the tagger producer's and the rule
producer's quotes itself and checks what ``merge_quotes`` makes of them:
agreement, the score cut, the rule fallback (``add_rules``), continuation
(the rules' and the quote-only paragraphs'), numbering, and that the inputs
are left as they were. The last tests run the rule stage on parsed text to
pin that it is ``merge_quotes(text, [], rule_quotes(doc))`` and that the
tagged-quotes stage with no tagged quotes gives the same quotes.
"""
import copy
from dataclasses import replace

import pytest

from pipeline.doc import CONFIDENT_QUOTE, Quote, Span
from pipeline.stages.quote_merge import (QUOTE_ORIGINS, RULE_CONFIDENCE, is_continuation_origin, is_uncued_speech,
                                         link_rule_quotes, merge_quotes)


def quote(text, piece, *, kind="direct", paragraph=0, confidence=0.9, origin="tagger", cue=None, source=None,
          nth=0):
    """A quote over the ``nth`` occurrence of ``piece`` in ``text``; ``cue`` / ``source`` name words of it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)

    def span(word):
        if word is None:
            return None
        i = text.index(word)
        return Span(i, i + len(word))

    return Quote(id="", start=start, end=start + len(piece), kind=kind, paragraph=paragraph, confidence=confidence,
                 origin=origin, cue=span(cue), source=span(source))


def rule(text, piece, **kw):
    kw.setdefault("origin", "cue-intro")
    kw.setdefault("confidence", RULE_CONFIDENCE["cue"])
    return quote(text, piece, **kw)


def texts(text, quotes):
    return [text[q.start:q.end] for q in quotes]


LEE = "Ann Lee, the union's branch secretary, said: “We will win, and we will keep on winning until the rota is fixed.”\n"


# ---------------------------------------------------------------- agreement

def test_an_agreed_tagged_quote_without_a_source_keeps_its_span_and_score_and_takes_the_rule_kind_and_cue():
    tagged = [quote(LEE, "We will win", kind="indirect", confidence=0.9, cue="secretary")]
    rules = [rule(LEE, "We will win, and we will keep on winning until the rota is fixed.", cue="said")]
    (q,) = merge_quotes(LEE, tagged, rules, min_score=0.85)
    assert (LEE[q.start:q.end], q.kind, q.confidence, q.origin) == ("We will win", "direct", 0.9, "tagger")
    assert LEE[q.cue.start:q.cue.end] == "said" and q.source is None and q.id == "q1"


def test_an_agreed_tagged_quote_with_a_source_keeps_the_source_and_takes_the_rule_kind_and_cue():
    """The direct-quote regression (issue 12): the rules' cue and its parse subject used to replace the
    speaker phrase the tagger tagged; on PolNeAR dev that cost direct-quote relation recall 88.6 -> 68.9."""
    text = "“We will win,” Ann Lee told the rally, the mayor said.\n"
    tagged = [quote(text, "We will win", kind="indirect", confidence=0.9, cue="told the rally", source="Ann Lee")]
    rules = [rule(text, "We will win", cue="told")]
    (q,) = merge_quotes(text, tagged, rules, min_score=0.85)
    assert (q.kind, text[q.cue.start:q.cue.end], text[q.source.start:q.source.end]) == ("direct", "told", "Ann Lee")


def test_a_tagged_source_inside_the_agreed_rule_quote_is_dropped():
    text = "Amira Hussain said: “One woman told us her son had asked why.”\n"
    tagged = [quote(text, "her son had asked why", confidence=0.9, cue="told", source="One woman")]
    rules = [rule(text, "One woman told us her son had asked why.", cue="said")]
    (q,) = merge_quotes(text, tagged, rules, min_score=0.85)
    assert q.source is None and text[q.cue.start:q.cue.end] == "said"


def test_an_agreed_uncued_rule_quote_keeps_a_tagged_source_and_its_cue():
    text = "Ann Lee spoke to the rally.\n“We have listened to every complaint,” Lee added.\n"
    tagged = [quote(text, "We have listened to every complaint,", paragraph=1, cue="added", source="Lee")]
    rules = [rule(text, "We have listened to every complaint,", paragraph=1, origin="uncued",
                  confidence=RULE_CONFIDENCE["uncued"])]
    (q,) = merge_quotes(text, tagged, rules, min_score=0.85)
    assert (text[q.cue.start:q.cue.end], text[q.source.start:q.source.end], q.origin) == ("added", "Lee", "tagger")


def test_a_tagged_quote_overlapping_a_rule_quote_by_less_than_half_does_not_agree():
    text = "Ann Lee said: “The rota is unfair to every driver.” The depot manager disagreed with her.\n"
    tagged = [quote(text, "driver.” The depot manager disagreed with her", kind="indirect", confidence=0.7)]
    rules = [rule(text, "The rota is unfair to every driver.", cue="said")]
    out = merge_quotes(text, tagged, rules, min_score=0.85, min_score_agreed=0.6)
    # not agreed and under the cut: dropped; the rule quote comes back as the fallback
    assert [(text[q.start:q.end], q.confidence) for q in out] == [("The rota is unfair to every driver.", 0.95)]


def test_a_rule_quote_agrees_with_one_tagged_quote_only():
    text = "Ann Lee said: “We will win. We will not stop.”\n"
    tagged = [quote(text, "We will win", confidence=0.9), quote(text, "We will not stop", confidence=0.7)]
    rules = [rule(text, "We will win. We will not stop.", cue="said")]
    out = merge_quotes(text, tagged, rules, min_score=0.85, min_score_agreed=0.6)
    assert texts(text, out) == ["We will win"]


def test_an_agreed_uncued_rule_quote_drops_the_tagger_cue_and_gives_its_origin():
    text = "The city will review its bus routes.\n“We have listened to every complaint.”\n"
    tagged = [quote(text, "We have listened to every complaint.", paragraph=1, cue="review")]
    rules = [rule(text, "We have listened to every complaint.", paragraph=1, origin="uncued",
                  confidence=RULE_CONFIDENCE["uncued"])]
    (q,) = merge_quotes(text, tagged, rules, min_score=0.85)
    assert q.cue is None and q.source is None and q.origin == "uncued" and q.confidence == 0.9
    assert is_uncued_speech(q) and not is_continuation_origin(q)


# ---------------------------------------------------------------- the score cut

RULE = "Ann Lee said: “The rota is unfair to every driver.”\n"


@pytest.mark.parametrize("score, agreed_cut, expected", [
    (0.9, None, 0.9),  # over the cut: kept
    (0.7, 0.6, 0.7),  # under the cut, agreed and over the agreed cut: kept
    (0.7, None, 0.95),  # under both cuts: dropped, and the rule quote comes back
])
def test_the_score_cut_and_the_agreed_cut(score, agreed_cut, expected):
    tagged = [quote(RULE, "The rota is unfair to every driver.", confidence=score)]
    rules = [rule(RULE, "The rota is unfair to every driver.", cue="said")]
    (q,) = merge_quotes(RULE, tagged, rules, min_score=0.85, min_score_agreed=agreed_cut)
    assert q.confidence == expected


def test_without_rule_quotes_the_cut_alone_decides():
    text = "The depot will close in May, the drivers fear.\n\nThe rota will change in June, staff say.\n"
    tagged = [quote(text, "The depot will close in May", kind="indirect", confidence=0.6),
              quote(text, "The rota will change in June", kind="indirect", confidence=0.9, paragraph=1)]
    out = merge_quotes(text, tagged, [], min_score=0.85, min_score_agreed=0.5)
    assert texts(text, out) == ["The rota will change in June"] and out[0].id == "q1"


# ---------------------------------------------------------------- the rule fallback

BOTH = "Ann Lee said the rota was unfair to every driver.\n\nTom Bird said: “The rota is fair.”\n"
BOTH_RULES = [rule(BOTH, "the rota was unfair to every driver", kind="indirect", origin="indirect",
                   confidence=RULE_CONFIDENCE["indirect"], cue="said"),
              rule(BOTH, "The rota is fair.", paragraph=1, cue="said")]


@pytest.mark.parametrize("add_rules, expected", [
    ("all", ["the rota was unfair to every driver", "The rota is fair."]),
    ("direct", ["The rota is fair."]),
    ("none", []),
])
def test_rule_quotes_the_tagger_missed_are_added_as_add_rules_says(add_rules, expected):
    assert texts(BOTH, merge_quotes(BOTH, [], BOTH_RULES, min_score=0.85, add_rules=add_rules)) == expected


def test_a_rule_quote_a_kept_tagged_quote_overlaps_is_not_added():
    # "the rota" in common: under half of the shorter one (the tagged quote), so no agreement
    tagged = [quote(BOTH, "Ann Lee said the rota", kind="indirect", confidence=0.9)]
    out = merge_quotes(BOTH, tagged, BOTH_RULES, min_score=0.85)
    assert texts(BOTH, out) == ["Ann Lee said the rota", "The rota is fair."]
    assert out[0].cue is None  # not agreed: the tagger's reading stands


def test_add_rules_must_be_known():
    with pytest.raises(ValueError, match="add_rules"):
        merge_quotes(BOTH, [], BOTH_RULES, add_rules="some")


# ---------------------------------------------------------------- numbering and the prose filter

def test_quotes_are_sorted_by_offset_and_numbered_and_quotes_without_prose_are_dropped():
    text = "“😀😀”, he said. The depot will close, the drivers fear. Ann Lee said: “The rota is unfair.”\n"
    tagged = [quote(text, "The depot will close", kind="indirect", confidence=0.9),
              quote(text, "😀😀", confidence=0.99)]
    rules = [rule(text, "The rota is unfair.", cue="Ann"), rule(text, "😀😀", origin="scare", confidence=0.2)]
    out = merge_quotes(text, tagged, rules, min_score=0.85)
    assert texts(text, out) == ["The depot will close", "The rota is unfair."]
    assert [q.id for q in out] == ["q1", "q2"]


# ---------------------------------------------------------------- continuation

BRITISH = "Ann Lee said: ‘The rota is unfair to every driver.\n‘We will ballot our members.’\n"
BRITISH_RULES = [rule(BRITISH, "The rota is unfair to every driver.", cue="said"),
                 rule(BRITISH, "We will ballot our members.", paragraph=1, origin="continuation",
                      confidence=RULE_CONFIDENCE["continuation"])]


def test_a_rule_continuation_continues_the_previous_quote_and_takes_its_cue():
    first, second = merge_quotes(BRITISH, [], BRITISH_RULES)
    assert second.continues == first.id == "q1" and first.continues is None
    assert (second.cue.start, second.cue.end) == (first.cue.start, first.cue.end)
    assert second.cue is not first.cue


def test_a_tagged_quote_in_place_of_a_rule_continuation_keeps_the_link():
    tagged = [quote(BRITISH, "The rota is unfair to every driver."),
              quote(BRITISH, "We will ballot our members.", paragraph=1)]
    first, second = merge_quotes(BRITISH, tagged, BRITISH_RULES, min_score=0.85)
    assert (first.confidence, second.confidence) == (0.9, 0.9)  # the tagged quotes, not the rules'
    assert second.continues == first.id and first.continues is None
    assert BRITISH[second.cue.start:second.cue.end] == "said"


def test_a_continuation_whose_quote_is_gone_continues_nothing():
    rules = [replace(BRITISH_RULES[0], start=0, end=0)] + BRITISH_RULES[1:]  # no prose: dropped
    (q,) = merge_quotes(BRITISH, [], rules)
    assert q.continues is None and q.id == "q1"


def test_uncued_speech_after_a_cued_quote_in_its_paragraph_is_a_continuation():
    text = "“We will win,” said Ann Lee, the branch secretary. “We will not stop.”\n"
    rules = [rule(text, "We will win,", origin="cue-after", cue="said"),
             rule(text, "We will not stop.", origin="uncued", confidence=RULE_CONFIDENCE["uncued"])]
    first, second = merge_quotes(text, [], rules)
    assert second.origin == "continuation" and second.confidence == RULE_CONFIDENCE["continuation"]
    assert second.continues == first.id and text[second.cue.start:second.cue.end] == "said"


def test_a_quote_in_another_script_does_not_continue():
    text = "“We will win,” said Ann Lee. “سوف ننتصر في النهاية.”\n"
    rules = [rule(text, "We will win,", origin="cue-after", cue="said"),
             rule(text, "سوف ننتصر في النهاية.", origin="uncued", confidence=RULE_CONFIDENCE["uncued"])]
    first, second = merge_quotes(text, [], rules)
    assert second.origin == "uncued" and second.continues is None and second.cue is None


def test_a_quote_under_the_confident_cut_anchors_no_continuation():
    rules = [replace(BRITISH_RULES[0], confidence=CONFIDENT_QUOTE - 0.05), BRITISH_RULES[1]]
    first, second = merge_quotes(BRITISH, [], rules)
    assert second.continues is None and second.cue is None


def test_reported_speech_in_a_later_paragraph_ends_the_run_of_quotes():
    text = "Ann Lee said: “The rota is unfair.”\nTom Bird said the depot would close.\n“We will ballot.”\n"
    rules = [rule(text, "The rota is unfair.", cue="said"),
             rule(text, "the depot would close", kind="indirect", origin="indirect", paragraph=1,
                  confidence=RULE_CONFIDENCE["indirect"]),
             rule(text, "We will ballot.", paragraph=2, origin="continuation",
                  confidence=RULE_CONFIDENCE["paragraph-speech"])]
    out = merge_quotes(text, [], rules)
    assert [q.continues for q in out] == [None, None, None]


CHAIN = ("“The rota is unfair,” said Ann Lee.\n“We will ballot our members.”\n"
         "The depot opened in 1990.\n“Nobody asked the drivers.”\n")


def test_a_quote_only_paragraph_of_the_tagger_continues_the_previous_quote():
    tagged = [quote(CHAIN, "The rota is unfair,", cue="said", source="Ann Lee"),
              quote(CHAIN, "We will ballot our members.", paragraph=1),
              quote(CHAIN, "Nobody asked the drivers.", paragraph=3)]
    out = merge_quotes(CHAIN, tagged, [], min_score=0.85)
    assert [q.id for q in out] == ["q1", "q2", "q3"]
    assert [q.continues for q in out] == [None, "q1", None]  # a paragraph of other text breaks the chain
    assert (out[1].cue.start, out[1].cue.end) == (out[0].cue.start, out[0].cue.end) and out[2].cue is None


def test_a_tagged_quote_with_a_source_or_agreed_with_a_rule_quote_does_not_continue_by_paragraph():
    tagged = [quote(CHAIN, "The rota is unfair,", cue="said", source="Ann Lee"),
              quote(CHAIN, "We will ballot our members.", paragraph=1, source="The depot")]
    out = merge_quotes(CHAIN, tagged, [], min_score=0.85)
    assert out[1].continues is None
    rules = [rule(CHAIN, "We will ballot our members.", paragraph=1, origin="scare", confidence=0.2)]
    tagged = [tagged[0], quote(CHAIN, "We will ballot our members.", paragraph=1)]
    out = merge_quotes(CHAIN, tagged, rules, min_score=0.85)
    assert out[1].continues is None  # agreed: the rules' reading (no continuation) stands


# ---------------------------------------------------------------- the rule-only path and purity

def test_the_rule_only_path_numbers_and_links_the_rule_quotes_alone():
    linked = link_rule_quotes(BRITISH, list(reversed(BRITISH_RULES)))
    merged = merge_quotes(BRITISH, [], list(reversed(BRITISH_RULES)), min_score=0.99, add_rules="all")
    assert merged == linked
    assert [q.id for q in merged] == ["q1", "q2"] and merged[1].continues == "q1"


def test_the_merge_changes_none_of_its_inputs():
    tagged = [quote(BRITISH, "The rota is unfair to every driver.", cue="rota", source="Ann Lee"),
              quote(BRITISH, "We will ballot our members.", paragraph=1, confidence=0.6)]
    rules = BRITISH_RULES + [rule(BRITISH, "unfair", origin="uncued", confidence=0.55)]
    before_tagged, before_rules = copy.deepcopy(tagged), copy.deepcopy(rules)
    out = merge_quotes(BRITISH, tagged, rules, min_score=0.85, min_score_agreed=0.5)
    assert tagged == before_tagged and rules == before_rules
    inputs = {id(x) for q in tagged + rules for x in (q, q.cue, q.source) if x is not None}
    assert not any(id(x) in inputs for q in out for x in (q, q.cue, q.source) if x is not None)


def test_the_rule_stage_is_the_merge_of_the_rule_quotes_alone(rules):
    from pipeline.stages.quotes import QuoteDetector, rule_quotes

    text = ("“The rota is unfair,” said Ann Lee, the branch secretary. “We will ballot.”\n"
            "‘We will not back down.\n‘Nobody asked the drivers,’ she added.\n"
            "Tom Bird said the depot would close in May. The plan was what staff called “a disaster”.\n"
            "– We will strike on Monday, said Mr Bird.\n")
    doc = rules(text)
    found = rule_quotes(doc)
    stage_quotes = QuoteDetector().predict(doc)
    assert stage_quotes == merge_quotes(doc.text, [], found)
    key = lambda q: (q.id, q.start, q.end, q.kind)  # noqa: E731
    assert [key(q) for q in stage_quotes] == [key(q) for q in doc.quotes]
    assert {q.origin for q in found} <= set(QUOTE_ORIGINS)
    assert {q.origin for q in stage_quotes} >= {"cue-after", "continuation", "indirect", "naming"}


def test_the_tagged_quotes_stage_without_tagged_quotes_gives_the_rule_stage_quotes(rules):
    from pipeline.stages.tagged_quotes import TaggedQuotes

    class SilentTagger:
        min_score = 0.85
        schemes = ("sayso",)
        context_chars = 200
        version = "silent"

        def scheme_id(self, scheme):
            return 0

        def predict(self, jobs, **kw):
            return [[] for _ in jobs]

    text = ("“The rota is unfair,” said Ann Lee. “We will ballot.”\n\n“Nobody asked the drivers.”\n\n"
            "Tom Bird said the depot would close in May.\n")
    doc = rules(text)
    stage = TaggedQuotes(tagger=SilentTagger())
    assert stage.name == "tagged-quotes"
    from pipeline.stages.quotes import QuoteDetector

    assert stage.predict(doc) == QuoteDetector().predict(doc)


# ---------------------------------------------------------------- edges: the cuts are inclusive

def test_a_tagged_quote_at_the_agreed_cut_is_kept():
    tagged = [quote(RULE, "The rota is unfair to every driver.", confidence=0.6)]
    rules = [rule(RULE, "The rota is unfair to every driver.", cue="said")]
    (q,) = merge_quotes(RULE, tagged, rules, min_score=0.85, min_score_agreed=0.6)
    assert q.confidence == 0.6


def test_a_tagged_quote_at_the_confident_cut_anchors_a_quote_only_paragraph():
    tagged = [quote(CHAIN, "The rota is unfair,", cue="said", source="Ann Lee", confidence=CONFIDENT_QUOTE),
              quote(CHAIN, "We will ballot our members.", paragraph=1)]
    out = merge_quotes(CHAIN, tagged, [], min_score=CONFIDENT_QUOTE)
    assert out[1].continues == out[0].id


# ---------------------------------------------------------------- the tagger producer

def test_the_tagged_source_is_the_one_nearest_the_cue_outside_the_content():
    from pipeline.doc import Document
    from pipeline.stages.tagged_quotes import tagged_quotes

    text = "Ann Lee's union and Tom Bird agree, said the notice: the rota is unfair.\n"

    def sp(kind, piece, score=0.9):
        i = text.index(piece)
        return (kind, i, i + len(piece), score)

    # a source that starts before the content and ends inside it is outside it; one that starts in it is not
    content = sp("content", "union and Tom Bird agree")
    (q,) = tagged_quotes(Document(text), [sp("source", "Ann Lee's union"), content, sp("cue", "said"),
                                          sp("source", "Tom Bird")])
    assert text[q.source.start:q.source.end] == "Ann Lee's union" and q.origin == "tagger"
    # a source that starts where the content ends is outside it
    content = sp("content", "Ann Lee's union and")
    (q,) = tagged_quotes(Document(text), [content, sp("source", " Tom Bird"), sp("cue", "said")])
    assert text[q.source.start:q.source.end] == " Tom Bird"
