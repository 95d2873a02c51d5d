"""The tagger/rules merge of the tagged-quotes stage, on scripted tagger output.

The tagged-quotes stage takes content / cue / source spans from the trained
tagger and reconciles them with the rule stage's quotes:

* a tagged quote under ``min_score`` is dropped unless a rule quote agrees
  with it (overlap of at least half the shorter one) and it reaches
  ``min_score_agreed``;
* a kept tagged quote that agrees with a rule quote keeps its own span and
  score but takes the rule's kind, cue (hence speaker) and continuation;
* rule quotes no kept tagged quote overlaps are added (``add_rules``: all,
  direct, none): the rules are the fallback;
* without the rules, a quote-only paragraph continues the previous quote.

The tagger here is scripted (it returns the spans a test gives it), so the
merge is pinned without the trained model; everything goes through
``pipeline.load(..., quotes="tagger", config={"tagged-quotes": {...}})`` and
the output record ``doc.to_dict()``.
"""
import pytest

pytestmark = pytest.mark.reliability

STAGES = ["sentences", "parse", "quotes", "mentions", "speakers"]


class ScriptedTagger:
    """Stands in for pipeline.nn.tagger.Tagger: per text, the (type, start, end, score) spans to return."""

    min_score = 0.85
    schemes = ("sayso",)
    context_chars = 200
    version = "scripted"

    def __init__(self):
        self.spans: dict[str, list[tuple[str, int, int, float]]] = {}

    def scheme_id(self, scheme):
        return 0

    def predict(self, jobs, **kw):
        return [[s for s in self.spans.get(text, []) if unit["focus"][0] <= s[1] < unit["focus"][1]]
                for text, unit in jobs]


TAGGER = ScriptedTagger()
_PIPES: dict = {}


def tagged(text, spans, **config):
    """Run ``text`` through the pipeline with the tagger answering ``spans``; the output record."""
    from pipeline import load

    key = tuple(sorted(config.items()))
    if key not in _PIPES:
        _PIPES[key] = load(stages=STAGES, quotes="tagger", config={"tagged-quotes": {"tagger": TAGGER, **config}})
    TAGGER.spans[text] = spans
    doc = _PIPES[key](text)
    return doc


def span(text, kind, piece, score=0.9):
    i = text.index(piece)
    return (kind, i, i + len(piece), score)


def summary(doc):
    return [(q["text"], q["type"], q["confidence"], q["cue"]["text"] if q["cue"] else None, q["speaker"]["name"])
            for q in doc.to_dict()["quotes"]]


LEE = "Ann Lee, the union's branch secretary, said: “We will win, and we will keep on winning until the rota is fixed.”\n"


def test_agreed_tagged_quote_keeps_its_span_and_score_but_takes_the_rule_kind_cue_and_speaker():
    # the tagger's piece has no marks of its own (it would be indirect), a wrong cue and no source
    doc = tagged(LEE, [span(LEE, "content", "We will win", 0.9), span(LEE, "cue", "secretary")])
    assert summary(doc) == [("We will win", "direct", 0.9, "said", "Ann Lee")]


def test_agreed_tagged_quote_with_a_tagged_source_keeps_the_tagger_speaker():
    """Pins the fix of the direct-quote regression (issue 12): a speaker phrase the tagger tagged is
    not replaced by the subject of the rules' cue."""
    text = "The mayor asked Ann Lee, who said: “We will win.”\n"  # the cue's subject is "who": no speaker
    doc = tagged(text, [span(text, "content", "We will win."), span(text, "cue", "said"),
                        span(text, "source", "Ann Lee")])
    assert summary(doc) == [("We will win.", "direct", 0.9, "said", "Ann Lee")]


def test_a_tagged_speaker_phrase_is_cut_at_its_apposition():
    text = "“Rent control never built a home,” said Gregory Pratt, the association's executive director.\n"
    doc = tagged(text, [span(text, "content", "Rent control never built a home,"), span(text, "cue", "said"),
                        span(text, "source", "Gregory Pratt, the association's executive director")])
    assert summary(doc) == [("Rent control never built a home,", "direct", 0.9, "said", "Gregory Pratt")]
    assert doc.to_dict()["quotes"][0]["speaker"]["mention"]["text"] == "Gregory Pratt"


def test_unagreed_tagged_quote_under_the_score_cut_is_dropped():
    text = "The depot will close in May.\n"
    assert summary(tagged(text, [span(text, "content", "The depot will close in May", 0.6)])) == []


def test_unagreed_tagged_quote_over_the_score_cut_is_kept_as_the_tagger_has_it():
    text = "The depot will close in May, the drivers fear.\n"
    doc = tagged(text, [span(text, "content", "The depot will close in May", 0.9)])
    assert summary(doc) == [("The depot will close in May", "indirect", 0.9, None, None)]


RULE = "Ann Lee said: “The rota is unfair to every driver.”\n"


def test_agreed_tagged_quote_under_the_cut_is_kept_when_it_reaches_the_agreed_cut():
    doc = tagged(RULE, [span(RULE, "content", "The rota is unfair to every driver.", 0.7)], min_score_agreed=0.6)
    assert summary(doc) == [("The rota is unfair to every driver.", "direct", 0.7, "said", "Ann Lee")]


def test_agreed_tagged_quote_under_both_cuts_gives_way_to_the_rule_quote():
    doc = tagged(RULE, [span(RULE, "content", "The rota is unfair to every driver.", 0.7)])
    assert summary(doc) == [("The rota is unfair to every driver.", "direct", 0.95, "said", "Ann Lee")]


def test_a_tagged_quote_that_overlaps_a_rule_quote_by_less_than_half_does_not_agree():
    text = "Ann Lee said: “The rota is unfair to every driver.” The depot manager disagreed with her.\n"
    piece = "driver.” The depot manager disagreed with her"
    doc = tagged(text, [span(text, "content", piece, 0.7)], min_score_agreed=0.6)
    # not agreed and under the cut: dropped, and the rule quote comes back as the fallback
    assert summary(doc) == [("The rota is unfair to every driver.", "direct", 0.95, "said", "Ann Lee")]


BOTH = "Ann Lee said the rota was unfair to every driver.\n\nTom Bird said: “The rota is fair.”\n"


@pytest.mark.parametrize("add_rules, expected", [
    ("all", ["the rota was unfair to every driver", "The rota is fair."]),
    ("direct", ["The rota is fair."]),
    ("none", []),
])
def test_rule_quotes_the_tagger_missed_are_added_as_add_rules_says(add_rules, expected):
    doc = tagged(BOTH, [], add_rules=add_rules)
    assert [q[0] for q in summary(doc)] == expected


def test_add_rules_must_be_known():
    from pipeline.stages.tagged_quotes import TaggedQuotes

    with pytest.raises(ValueError, match="add_rules"):
        TaggedQuotes(tagger=TAGGER, add_rules="some")


def test_a_rule_quote_agrees_with_one_tagged_quote_only():
    text = "Ann Lee said: “We will win. We will not stop.”\n"
    doc = tagged(text, [span(text, "content", "We will win", 0.9), span(text, "content", "We will not stop", 0.7)],
                 min_score_agreed=0.6)
    # the second piece finds the rule quote taken: unagreed and under the cut, it goes
    assert summary(doc) == [("We will win", "direct", 0.9, "said", "Ann Lee")]


def test_tagged_quotes_of_a_british_multi_paragraph_quote_keep_the_rule_continuation():
    text = "Ann Lee said: ‘The rota is unfair to every driver.\n\n‘We will ballot our members.’\n"
    doc = tagged(text, [span(text, "content", "The rota is unfair to every driver."),
                        span(text, "content", "We will ballot our members.")])
    assert summary(doc) == [("The rota is unfair to every driver.", "direct", 0.9, "said", "Ann Lee"),
                            ("We will ballot our members.", "direct", 0.9, "said", "Ann Lee")]
    first, second = doc.quotes
    assert second.continues == first.id and first.continues is None


@pytest.mark.parametrize("opening", ["", "Outside the depot on Monday, "])  # rule how: continuation, uncued
def test_an_uncued_rule_quote_drops_the_tagger_cue_so_a_dash_line_can_name_the_speaker(opening):
    text = ("The city will review its bus routes next year.\n\n" + opening +
            "“We have listened to every complaint.”\n\n– Sarah Mitchell, Commissioner for Transport\n")
    doc = tagged(text, [span(text, "content", "We have listened to every complaint."),
                        span(text, "source", "The city"), span(text, "cue", "review")])
    assert summary(doc) == [("We have listened to every complaint.", "direct", 0.9, None, "Sarah Mitchell")]


def test_an_unagreed_tagged_quote_does_not_end_the_merge():
    text = "The depot will close in May, the drivers fear.\n\nAnn Lee said: “The rota is unfair to every driver.”\n"
    doc = tagged(text, [span(text, "content", "The depot will close in May", 0.9),
                        span(text, "content", "The rota is unfair to every driver.", 0.9)])
    assert summary(doc) == [("The depot will close in May", "indirect", 0.9, None, None),
                            ("The rota is unfair to every driver.", "direct", 0.9, "said", "Ann Lee")]


def test_without_rules_the_tagged_source_nearest_the_cue_is_the_speaker_mention():
    text = "Tom Bird listened. “The rota is unfair to every driver,” Ann Lee's spokesman said.\n"
    doc = tagged(text, [span(text, "content", "The rota is unfair to every driver,"), span(text, "cue", "said"),
                        span(text, "source", "Tom Bird"), span(text, "source", "Ann Lee")], merge_rules=False)
    (q,) = doc.to_dict()["quotes"]
    assert q["cue"]["text"] == "said"
    assert q["speaker"]["mention"]["text"] == "Ann Lee"  # the tagger's phrase, not the parse's subject
    assert q["speaker"]["name"] == "Ann Lee"


CHAIN = ("“The rota is unfair,” said Ann Lee.\n\n“We will ballot our members.”\n\n"
         "The depot opened in 1990.\n\n“Nobody asked the drivers.”\n")


def test_without_rules_a_quote_only_paragraph_continues_the_previous_quote():
    doc = tagged(CHAIN, [span(CHAIN, "content", "The rota is unfair,"), span(CHAIN, "cue", "said"),
                         span(CHAIN, "source", "Ann Lee"), span(CHAIN, "content", "We will ballot our members."),
                         span(CHAIN, "content", "Nobody asked the drivers.")], merge_rules=False)
    rec = doc.to_dict()["quotes"]
    assert [q["id"] for q in rec] == ["q1", "q2", "q3"]
    assert [(q["text"], q["speaker"]["name"]) for q in rec] == [
        ("The rota is unfair,", "Ann Lee"), ("We will ballot our members.", "Ann Lee"),
        ("Nobody asked the drivers.", None)]  # a paragraph of other text breaks the chain
    assert rec[1]["cue"] == rec[0]["cue"] and rec[0]["cue"]["text"] == "said"
    assert rec[2]["cue"] is None
    assert doc.quotes[1].continues == doc.quotes[0].id and doc.quotes[2].continues is None


def test_without_rules_the_score_cut_alone_decides():
    doc = tagged(RULE, [span(RULE, "content", "The rota is unfair to every driver.", 0.7)], merge_rules=False)
    assert summary(doc) == []
    doc = tagged(RULE + " ", [span(RULE, "content", "The rota is unfair to every driver.", 0.9)], merge_rules=False)
    assert [q[:3] for q in summary(doc)] == [("The rota is unfair to every driver.", "direct", 0.9)]
